//! An organisation's WhatsApp phone: the data of the `org.phone.*` events (`PhoneInfoType`
//! of the official types, a subset of a `tbl_org_phones` row plus `labels`).

model! {
    /// One of the organisation's WhatsApp numbers connected to Periskope, and its connection state.
    pub struct PhoneInfo as PHONE_INFO {
        /// The phone's id: `phone-` and 16 lowercase letters; always present.
        phone_id: required Str(Text),
        /// The phone's WhatsApp id, `{phone_number}@c.us`; `null` before the first connection.
        org_phone: Str(ContactId),
        /// The organisation the phone belongs to.
        org_id: Str(Uuid),
        /// The name given to the phone on Periskope.
        phone_name: Str(Text),
        /// The URL of the phone's profile image.
        phone_image: Str(Text),
        /// Whether the phone is connected and ready to send.
        is_ready: Bool,
        /// WhatsApp's connection state (`CONNECTED`, `UNPAIRED`...), kept as sent.
        wa_state: Str(Text),
        /// The QR code to scan to link the phone (`org.phone.qr`), as WhatsApp's pairing string.
        qr_code: Str(Text),
        /// Label ids set on the phone, mapped to `true`.
        label_ids: Map(Bool),
        /// The names of the phone's labels.
        labels: Array(Str(Text)),
        /// When the phone was added.
        created_at: Timestamp,
        /// When the phone first connected.
        first_connected_at: Timestamp,
        /// When the phone's record last changed.
        updated_at: Timestamp,
    }
}
