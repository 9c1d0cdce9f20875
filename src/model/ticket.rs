//! A ticket: the `ticket` of ticket info, and each item of a ticket list.

use super::values::TicketStatus;

model! {
    /// A support ticket raised on a WhatsApp message. Ticket info and list items carry
    /// different subsets of these fields; every field but `ticket_id` may be absent.
    pub struct Ticket as TICKET {
        /// The ticket's id, e.g. `BKT-001`.
        ticket_id: required Str(Text),
        /// The organisation (a UUID).
        org_id: Str(Uuid),
        /// The chat the ticket was raised in (list items).
        chat_id: Str(ChatId),
        /// The ticket's subject line.
        subject: Str(Text),
        /// `open`, `inprogress`, `closed` or `archived`.
        status: Enum(TicketStatus),
        /// 0 none, 1 low, 2 medium, 3 high, 4 urgent; always a number here, even when the API sent a string.
        priority: Priority,
        /// The email of the user the ticket is assigned to; `""` when unassigned.
        assignee: Str(Email),
        /// The email of the user who assigned it.
        assigned_by: Str(Email),
        /// The email of the user who raised it.
        raised_by: Str(Email),
        /// When the ticket was created.
        created_at: Timestamp,
        /// When the ticket is due; `null` when it has no due date (the API's `""` becomes `null`).
        due_date: Timestamp,
        /// When the ticket was closed.
        closed_at: Timestamp,
        /// The email of the user who closed it.
        closed_by: Str(Email),
        /// The message sent when the ticket was closed, as the API gives it.
        closed_message: Any,
        /// When the ticket was first assigned.
        first_assigned_at: Timestamp,
        /// When the ticket was last changed (list items).
        last_updated_at: Timestamp,
        /// Who last changed the ticket (list items).
        last_updated_by: Str(Text),
        /// Whether the ticket is deleted.
        is_deleted: Bool,
        /// Comma-separated labels (ticket info), e.g. `"label1, label2"`.
        ticket_labels: Str(Text),
        /// Label ids set on the ticket (list items), e.g. `{"label-xbitdvipqshahdcu": true}`.
        label_ids: Map(Bool),
        /// Labels (list items), as the API gives them.
        labels: Array(Any),
        /// The WhatsApp id of the message the ticket quotes, bare or full.
        quoted_message_id: Str(QuotedMessageId),
        /// Custom properties by name (ticket info). Each organisation defines them: any JSON value,
        /// kept as sent; with `strict: true`, a string (the selected option, text or date) or `null`.
        ticket_custom_properties: Map(UserDefined(Nullable(Str(Text)))),
        /// Custom properties by id (list items), as `ticket_custom_properties`.
        custom_properties: Map(UserDefined(Nullable(Str(Text)))),
        /// Time to first response, as the API gives it.
        response_time: Any,
        /// How the ticket was closed, as the API gives it.
        close_ticket_metadata: Any,
        /// HubSpot integration data.
        hubspot_metadata: Any,
        /// Freshdesk integration data.
        freshdesk_metadata: Any,
        /// Zoho Desk integration data.
        zohodesk_metadata: Any,
    }
}
