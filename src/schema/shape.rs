//! Static descriptions of what each payload must look like. A model's shape sits next to
//! its Rust type in `model/`; the [`Walker`](super::Walker) reads JSON text against it.

use std::sync::OnceLock;

use super::field_index::FieldIndex;

/// What one JSON value must be.
#[derive(Debug)]
pub enum Shape {
    /// Anything; kept as it is.
    Any,
    /// A string; in strict mode it must also have this format.
    Str(Format),
    Bool,
    /// A whole number `Number.isSafeInteger` accepts.
    Int,
    Number,
    /// A number, or a string holding one (normalised to the number).
    NumberLike,
    /// 0 (none) to 4 (urgent), as a number or a numeric string (normalised to the number).
    Priority,
    /// A date-time string in any of the API's forms, or epoch milliseconds; `""` is normalised to `null`.
    Timestamp,
    /// A string from a set the API has today; other strings are kept, never rejected.
    Enum(&'static [&'static str]),
    Object(&'static ObjectShape),
    /// An object with arbitrary keys whose values all have the inner shape.
    Map(&'static Shape),
    Array(&'static Shape),
    /// The inner shape, or `null` (for map values and array items, which are not nullable otherwise).
    Nullable(&'static Shape),
    /// A value each organisation defines, not the API (custom properties): any JSON value, kept
    /// as sent; in strict mode it must have the inner shape, the one the documentation gives.
    UserDefined(&'static Shape),
}

impl Shape {
    /// What the shape takes, in issue details (`expected`): `string`, `integer | string`...
    pub fn type_name(&self) -> &'static str {
        match self {
            Shape::Any => "any",
            Shape::Str(_) | Shape::Enum(_) => "string",
            Shape::Bool => "boolean",
            Shape::Int => "integer",
            Shape::Number => "number",
            Shape::NumberLike => "number | string",
            Shape::Priority => "integer | string",
            Shape::Timestamp => "string | number",
            Shape::Object(_) | Shape::Map(_) => "object",
            Shape::Array(_) => "array",
            Shape::Nullable(inner) | Shape::UserDefined(inner) => inner.type_name(),
        }
    }
}

/// Formats checked in strict mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Email,
    /// `<digits>@c.us` or `<digits>@g.us`.
    ChatId,
    /// `<digits>@c.us`.
    ContactId,
    /// Digits, with or without `@c.us`.
    Phone,
    /// `true_<chat>_<id>` or `false_<group>_<id>_<participant>`.
    MessageId,
    /// A bare WhatsApp message id or a full message id.
    QuotedMessageId,
    Uuid,
    LabelId,
}

impl Format {
    /// Its name in issue details (`format`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Email => "email",
            Format::ChatId => "chat_id",
            Format::ContactId => "contact_id",
            Format::Phone => "phone",
            Format::MessageId | Format::QuotedMessageId => "message_id",
            Format::Uuid => "uuid",
            Format::LabelId => "label_id",
        }
    }
}

/// One known property of an object.
#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    /// Another spelling real traffic uses; renamed to `name` in the result.
    pub alias: Option<&'static str>,
    pub shape: Shape,
    pub nullable: bool,
    pub required: bool,
}

impl Field {
    /// May be absent or `null`: how the API treats nearly every field.
    pub const fn optional(name: &'static str, shape: Shape) -> Field {
        Field { name, alias: None, shape, nullable: true, required: false }
    }

    /// Must be present and not `null`: identity fields.
    pub const fn required(name: &'static str, shape: Shape) -> Field {
        Field { name, alias: None, shape, nullable: false, required: true }
    }

    pub const fn or_alias(self, alias: &'static str) -> Field {
        Field { alias: Some(alias), ..self }
    }
}

/// An object with known properties; unknown properties are allowed and kept.
#[derive(Debug)]
pub struct ObjectShape {
    /// The type's name in messages and in TypeScript (`TicketInfo`).
    pub name: &'static str,
    pub fields: &'static [Field],
    /// Built on first use and kept beside the shape, so that finding it costs one load.
    index: OnceLock<FieldIndex>,
}

impl ObjectShape {
    pub const fn new(name: &'static str, fields: &'static [Field]) -> ObjectShape {
        ObjectShape { name, fields, index: OnceLock::new() }
    }

    /// The hashed lookup of this shape's field names and aliases.
    #[inline]
    pub fn index(&self) -> &FieldIndex {
        self.index.get_or_init(|| FieldIndex::build(self))
    }
}

/// Objects can track up to this many known fields (duplicate and required checks use a bit set).
pub const MAX_FIELDS: usize = 64;
