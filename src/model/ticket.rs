//! A ticket: the `ticket` of ticket info, and each item of a ticket list.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::values::{Nullable, Priority, TicketStatus, Timestamp, TICKET_STATUSES};
use crate::schema::{Field, Format, ObjectShape, Shape};

/// A support ticket raised on a WhatsApp message. Ticket info and list items carry
/// different subsets of these fields; every field but `ticket_id` may be absent.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Tsify)]
#[tsify(hashmap_as_object)]
pub struct Ticket {
    /// The ticket's id, e.g. `BKT-001`.
    pub ticket_id: String,
    /// The organisation (a UUID).
    #[serde(default)]
    #[tsify(optional)]
    pub org_id: Nullable<String>,
    /// The chat the ticket was raised in (list items).
    #[serde(default)]
    #[tsify(optional)]
    pub chat_id: Nullable<String>,
    /// The ticket's subject line.
    #[serde(default)]
    #[tsify(optional)]
    pub subject: Nullable<String>,
    /// `open`, `inprogress`, `closed` or `archived`.
    #[serde(default)]
    #[tsify(optional)]
    pub status: Nullable<TicketStatus>,
    /// 0 none, 1 low, 2 medium, 3 high, 4 urgent; always a number here, even when the API sent a string.
    #[serde(default)]
    #[tsify(optional)]
    pub priority: Nullable<Priority>,
    /// The email of the user the ticket is assigned to; `""` when unassigned.
    #[serde(default)]
    #[tsify(optional)]
    pub assignee: Nullable<String>,
    /// The email of the user who assigned it.
    #[serde(default)]
    #[tsify(optional)]
    pub assigned_by: Nullable<String>,
    /// The email of the user who raised it.
    #[serde(default)]
    #[tsify(optional)]
    pub raised_by: Nullable<String>,
    /// When the ticket was created.
    #[serde(default)]
    #[tsify(optional)]
    pub created_at: Nullable<Timestamp>,
    /// When the ticket is due; `null` when it has no due date (the API's `""` becomes `null`).
    #[serde(default)]
    #[tsify(optional)]
    pub due_date: Nullable<Timestamp>,
    /// When the ticket was closed.
    #[serde(default)]
    #[tsify(optional)]
    pub closed_at: Nullable<Timestamp>,
    /// The email of the user who closed it.
    #[serde(default)]
    #[tsify(optional)]
    pub closed_by: Nullable<String>,
    /// The message sent when the ticket was closed, as the API gives it.
    #[serde(default)]
    #[tsify(optional, type = "unknown")]
    pub closed_message: serde_json::Value,
    /// When the ticket was first assigned.
    #[serde(default)]
    #[tsify(optional)]
    pub first_assigned_at: Nullable<Timestamp>,
    /// When the ticket was last changed (list items).
    #[serde(default)]
    #[tsify(optional)]
    pub last_updated_at: Nullable<Timestamp>,
    /// Who last changed the ticket (list items).
    #[serde(default)]
    #[tsify(optional)]
    pub last_updated_by: Nullable<String>,
    /// Whether the ticket is deleted.
    #[serde(default)]
    #[tsify(optional)]
    pub is_deleted: Nullable<bool>,
    /// Comma-separated labels (ticket info), e.g. `"label1, label2"`.
    #[serde(default)]
    #[tsify(optional)]
    pub ticket_labels: Nullable<String>,
    /// Label ids set on the ticket (list items), e.g. `{"label-xbitdvipqshahdcu": true}`.
    #[serde(default)]
    #[tsify(optional)]
    pub label_ids: Nullable<BTreeMap<String, bool>>,
    /// Labels (list items), as the API gives them.
    #[serde(default)]
    #[tsify(optional, type = "Nullable<unknown[]>")]
    pub labels: Nullable<Vec<serde_json::Value>>,
    /// The WhatsApp id of the message the ticket quotes, bare or full.
    #[serde(default)]
    #[tsify(optional)]
    pub quoted_message_id: Nullable<String>,
    /// Custom properties by name (ticket info).
    #[serde(default)]
    #[tsify(optional)]
    pub ticket_custom_properties: Nullable<BTreeMap<String, Nullable<String>>>,
    /// Custom properties by id (list items).
    #[serde(default)]
    #[tsify(optional)]
    pub custom_properties: Nullable<BTreeMap<String, Nullable<String>>>,
    /// Time to first response, as the API gives it.
    #[serde(default)]
    #[tsify(optional, type = "unknown")]
    pub response_time: serde_json::Value,
    /// How the ticket was closed, as the API gives it.
    #[serde(default)]
    #[tsify(optional, type = "unknown")]
    pub close_ticket_metadata: serde_json::Value,
    /// HubSpot integration data.
    #[serde(default)]
    #[tsify(optional, type = "unknown")]
    pub hubspot_metadata: serde_json::Value,
    /// Freshdesk integration data.
    #[serde(default)]
    #[tsify(optional, type = "unknown")]
    pub freshdesk_metadata: serde_json::Value,
    /// Zoho Desk integration data.
    #[serde(default)]
    #[tsify(optional, type = "unknown")]
    pub zohodesk_metadata: serde_json::Value,
}

pub static TICKET: ObjectShape = ObjectShape::new(
    "Ticket",
    &[
        Field::required("ticket_id", Shape::Str(Format::Text)),
        Field::optional("org_id", Shape::Str(Format::Uuid)),
        Field::optional("chat_id", Shape::Str(Format::ChatId)),
        Field::optional("subject", Shape::Str(Format::Text)),
        Field::optional("status", Shape::Enum(TICKET_STATUSES)),
        Field::optional("priority", Shape::Priority),
        Field::optional("assignee", Shape::Str(Format::Email)),
        Field::optional("assigned_by", Shape::Str(Format::Email)),
        Field::optional("raised_by", Shape::Str(Format::Email)),
        Field::optional("created_at", Shape::Timestamp),
        Field::optional("due_date", Shape::Timestamp),
        Field::optional("closed_at", Shape::Timestamp),
        Field::optional("closed_by", Shape::Str(Format::Email)),
        Field::optional("closed_message", Shape::Any),
        Field::optional("first_assigned_at", Shape::Timestamp),
        Field::optional("last_updated_at", Shape::Timestamp),
        Field::optional("last_updated_by", Shape::Str(Format::Text)),
        Field::optional("is_deleted", Shape::Bool),
        Field::optional("ticket_labels", Shape::Str(Format::Text)),
        Field::optional("label_ids", Shape::Map(&Shape::Bool)),
        Field::optional("labels", Shape::Array(&Shape::Any)),
        Field::optional("quoted_message_id", Shape::Str(Format::QuotedMessageId)),
        Field::optional("ticket_custom_properties", Shape::Map(&Shape::Nullable(&Shape::Str(Format::Text)))),
        Field::optional("custom_properties", Shape::Map(&Shape::Nullable(&Shape::Str(Format::Text)))),
        Field::optional("response_time", Shape::Any),
        Field::optional("close_ticket_metadata", Shape::Any),
        Field::optional("hubspot_metadata", Shape::Any),
        Field::optional("freshdesk_metadata", Shape::Any),
        Field::optional("zohodesk_metadata", Shape::Any),
    ],
);
