//! The nested objects of a full message: its key (`id`), delivery receipts, media and poll.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::values::Nullable;
use crate::schema::{Field, Format, ObjectShape, Shape};

/// The WhatsApp key of a message. Real traffic sends `{fromMe, _serialized}` or
/// `{from_me, serialized}`; the result always has the snake_case form.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Tsify)]
#[tsify(hashmap_as_object)]
pub struct MessageKey {
    /// The bare WhatsApp id, e.g. `3EB0297C336FD627EAF4447CFC1DEB49394D7874`.
    #[serde(default)]
    #[tsify(optional)]
    pub id: Nullable<String>,
    /// The chat the message belongs to.
    #[serde(default)]
    #[tsify(optional)]
    pub remote: Nullable<String>,
    /// Whether the organisation's phone sent it (normalised from `fromMe`).
    #[serde(default)]
    #[tsify(optional)]
    pub from_me: Nullable<bool>,
    /// The full message id (normalised from `_serialized`).
    #[serde(default)]
    #[tsify(optional)]
    pub serialized: Nullable<String>,
}

pub static MESSAGE_KEY: ObjectShape = ObjectShape::new(
    "MessageKey",
    &[
        Field::optional("id", Shape::Str(Format::Text)),
        Field::optional("remote", Shape::Str(Format::Text)),
        Field::optional("from_me", Shape::Bool).or_alias("fromMe"),
        Field::optional("serialized", Shape::Str(Format::MessageId)).or_alias("_serialized"),
    ],
);

/// Delivery and read receipts, with epoch-millisecond times keyed by contact id.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Tsify)]
#[tsify(hashmap_as_object)]
pub struct DeliveryInfo {
    /// When each recipient received the message (epoch ms).
    #[serde(default)]
    #[tsify(optional)]
    pub delivered: Nullable<BTreeMap<String, f64>>,
    /// When each recipient read the message (epoch ms).
    #[serde(default)]
    #[tsify(optional)]
    pub read: Nullable<BTreeMap<String, f64>>,
    /// Recipients that have not received it yet.
    #[serde(default)]
    #[tsify(optional)]
    pub pending: Nullable<Vec<String>>,
    #[serde(default)]
    #[tsify(optional)]
    pub read_count: Nullable<f64>,
    #[serde(default)]
    #[tsify(optional)]
    pub delivered_count: Nullable<f64>,
}

pub static DELIVERY_INFO: ObjectShape = ObjectShape::new(
    "DeliveryInfo",
    &[
        Field::optional("delivered", Shape::Map(&Shape::Int)),
        Field::optional("read", Shape::Map(&Shape::Int)),
        Field::optional("pending", Shape::Array(&Shape::Str(Format::Text))),
        Field::optional("read_count", Shape::Int),
        Field::optional("delivered_count", Shape::Int),
    ],
);

/// The media a message carries.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Tsify)]
#[tsify(hashmap_as_object)]
pub struct Media {
    /// Where the file is stored.
    #[serde(default)]
    #[tsify(optional)]
    pub path: Nullable<String>,
    #[serde(default)]
    #[tsify(optional)]
    pub mimetype: Nullable<String>,
    #[serde(default)]
    #[tsify(optional)]
    pub filename: Nullable<String>,
    /// Size in bytes.
    #[serde(default)]
    #[tsify(optional)]
    pub size: Nullable<f64>,
    /// Image or video dimensions, as the API gives them.
    #[serde(default)]
    #[tsify(optional, type = "unknown")]
    pub dimensions: serde_json::Value,
    #[serde(default)]
    #[tsify(optional)]
    pub thumbnail: Nullable<String>,
}

pub static MEDIA: ObjectShape = ObjectShape::new(
    "Media",
    &[
        Field::optional("path", Shape::Str(Format::Text)),
        Field::optional("mimetype", Shape::Str(Format::Text)),
        Field::optional("filename", Shape::Str(Format::Text)),
        Field::optional("size", Shape::NumberLike),
        Field::optional("dimensions", Shape::Any),
        Field::optional("thumbnail", Shape::Str(Format::Text)),
    ],
);

/// A poll a message creates.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Tsify)]
#[tsify(hashmap_as_object)]
pub struct PollInfo {
    #[serde(rename = "pollName")]
    #[serde(default)]
    #[tsify(optional)]
    pub poll_name: Nullable<String>,
    #[serde(rename = "pollOptions")]
    #[serde(default)]
    #[tsify(optional)]
    pub poll_options: Nullable<Vec<String>>,
    /// Poll settings (`allowMultipleAnswers`...), as the API gives them.
    #[serde(default)]
    #[tsify(optional, type = "unknown")]
    pub options: serde_json::Value,
}

pub static POLL_INFO: ObjectShape = ObjectShape::new(
    "PollInfo",
    &[
        Field::optional("pollName", Shape::Str(Format::Text)),
        Field::optional("pollOptions", Shape::Array(&Shape::Str(Format::Text))),
        Field::optional("options", Shape::Any),
    ],
);
