//! An organisation's WhatsApp phone: the data of the `org.phone.*` events (`PhoneInfoType`
//! of the official types, a subset of a `tbl_org_phones` row plus `labels`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::values::{Nullable, Timestamp};
use crate::schema::{Field, Format, ObjectShape, Shape};

/// One of the organisation's WhatsApp numbers connected to Periskope, and its connection state.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Tsify)]
#[tsify(hashmap_as_object)]
pub struct PhoneInfo {
    /// The phone's id: `phone-` and 16 lowercase letters; always present.
    pub phone_id: String,
    /// The phone's WhatsApp id, `{phone_number}@c.us`; `null` before the first connection.
    #[serde(default)]
    #[tsify(optional)]
    pub org_phone: Nullable<String>,
    /// The organisation the phone belongs to.
    #[serde(default)]
    #[tsify(optional)]
    pub org_id: Nullable<String>,
    /// The name given to the phone on Periskope.
    #[serde(default)]
    #[tsify(optional)]
    pub phone_name: Nullable<String>,
    /// The URL of the phone's profile image.
    #[serde(default)]
    #[tsify(optional)]
    pub phone_image: Nullable<String>,
    /// Whether the phone is connected and ready to send.
    #[serde(default)]
    #[tsify(optional)]
    pub is_ready: Nullable<bool>,
    /// WhatsApp's connection state (`CONNECTED`, `UNPAIRED`...), kept as sent.
    #[serde(default)]
    #[tsify(optional)]
    pub wa_state: Nullable<String>,
    /// The QR code to scan to link the phone (`org.phone.qr`), as WhatsApp's pairing string.
    #[serde(default)]
    #[tsify(optional)]
    pub qr_code: Nullable<String>,
    /// Label ids set on the phone, mapped to `true`.
    #[serde(default)]
    #[tsify(optional)]
    pub label_ids: Nullable<BTreeMap<String, bool>>,
    /// The names of the phone's labels.
    #[serde(default)]
    #[tsify(optional)]
    pub labels: Nullable<Vec<String>>,
    /// When the phone was added.
    #[serde(default)]
    #[tsify(optional)]
    pub created_at: Nullable<Timestamp>,
    /// When the phone first connected.
    #[serde(default)]
    #[tsify(optional)]
    pub first_connected_at: Nullable<Timestamp>,
    /// When the phone's record last changed.
    #[serde(default)]
    #[tsify(optional)]
    pub updated_at: Nullable<Timestamp>,
}

pub static PHONE_INFO: ObjectShape = ObjectShape::new(
    "PhoneInfo",
    &[
        Field::required("phone_id", Shape::Str(Format::Text)),
        Field::optional("org_phone", Shape::Str(Format::ContactId)),
        Field::optional("org_id", Shape::Str(Format::Uuid)),
        Field::optional("phone_name", Shape::Str(Format::Text)),
        Field::optional("phone_image", Shape::Str(Format::Text)),
        Field::optional("is_ready", Shape::Bool),
        Field::optional("wa_state", Shape::Str(Format::Text)),
        Field::optional("qr_code", Shape::Str(Format::Text)),
        Field::optional("label_ids", Shape::Map(&Shape::Bool)),
        Field::optional("labels", Shape::Array(&Shape::Str(Format::Text))),
        Field::optional("created_at", Shape::Timestamp),
        Field::optional("first_connected_at", Shape::Timestamp),
        Field::optional("updated_at", Shape::Timestamp),
    ],
);
