//! A contact of the organisation (`the-contact-object`): what `GET /contacts` lists and
//! `GET /contacts/{contact_id}` and `PATCH /contacts/{contact_id}` return.

model! {
    /// A WhatsApp contact of the organisation: a person or a business it has talked with.
    pub struct Contact as CONTACT {
        /// The contact's WhatsApp id, `{phone_number}@c.us`.
        contact_id: required Str(ContactId),
        /// The name shown on Periskope (editable there, not on the phone).
        contact_name: Str(Text),
        /// `user` or `business`, as the API sends it.
        contact_type: Str(Text),
        /// The colour of the contact's avatar on Periskope.
        contact_color: Str(Text),
        /// The URL of the contact's profile image.
        contact_image: Str(Text),
        /// The contact's labels on Periskope, by name.
        labels: Array(Str(Text)),
        /// Label ids set on the contact, mapped to `true`.
        label_ids: Map(Bool),
        /// Whether the contact belongs to the organisation: its messages are not flagged.
        is_internal: Bool,
        /// Whether the contact was imported into Periskope.
        is_imported: Bool,
        /// Whether the contact is saved on the organisation's phone.
        is_my_contact: Bool,
        /// Whether the number is on WhatsApp.
        is_wa_contact: Bool,
        /// The chats the contact is in, 1-1 and common groups (`getContact` only).
        chat_ids: Array(Str(ChatId)),
        /// The organisation that owns the WhatsApp account.
        org_id: Str(Uuid),
        /// When the contact was last updated.
        updated_at: Timestamp,
    }
}
