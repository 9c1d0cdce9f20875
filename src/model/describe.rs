//! [`model!`]: each API object is described once, and its Rust struct, the [`ObjectShape`] the
//! walker checks payloads against, and its TypeScript interface all come from that description,
//! so the three cannot disagree on a field, its optionality or its type.
//!
//! ```text
//! model! {
//!     /// A support ticket raised on a WhatsApp message.
//!     pub struct Ticket as TICKET {
//!         /// The ticket's id, e.g. `BKT-001`.
//!         ticket_id: required Str(Text),          // must be present and not null
//!         /// When the ticket is due.
//!         due_date: Timestamp,                    // may be absent or null: `Nullable<Timestamp>`
//!         from_me or "fromMe": Bool,              // another spelling, renamed to the field's in the result
//!         poll_name as "pollName": Str(Text),     // a JSON name that is not a Rust name
//!     }
//! }
//! ```
//!
//! The shapes, what each is in Rust and in TypeScript:
//!
//! | shape | Rust | TypeScript |
//! | --- | --- | --- |
//! | `Str(Format)` (`Format` checked in strict mode) | `String` | `string` |
//! | `Enum(Type)` (an open string enum of `values.rs`) | `Type` | `Type` |
//! | `Bool` | `bool` | `boolean` |
//! | `Int`, `Number`, `NumberLike` | `f64` | `number` |
//! | `Priority`, `Timestamp` | `Priority`, `Timestamp` | `Priority`, `Timestamp` |
//! | `Any` (kept as sent) | `serde_json::Value` | `unknown` |
//! | `UserDefined(S)`: any value; `S` in strict mode | `serde_json::Value` | `JsonValue` |
//! | `Object(Model)` | `Model` | `Model` |
//! | `Boxed(S)` | `Box<S>` | `S` |
//! | `Map(S)`, `Array(S)`, `Nullable(S)` | `BTreeMap<String, S>`, `Vec<S>`, `Nullable<S>` | `Record<string, S>`, `S[]`, `Nullable<S>` |
//!
//! An optional field of shape `S` is `Nullable<S>` in Rust and `name?: Nullable<S>` in
//! TypeScript, except `Any`, which already holds `null`: `serde_json::Value` and `name?: unknown`.

/// The Rust type that holds a value of a shape.
macro_rules! rust_type {
    (Str($format:ident)) => { String };
    (Enum($type:ident)) => { $type };
    (Bool) => { bool };
    (Int) => { f64 };
    (Number) => { f64 };
    (NumberLike) => { f64 };
    (Priority) => { $crate::model::Priority };
    (Timestamp) => { $crate::model::Timestamp };
    (Any) => { serde_json::Value };
    (UserDefined($($inner:tt)+)) => { serde_json::Value };
    (Object($type:ident)) => { $type };
    (Boxed($($inner:tt)+)) => { Box<rust_type!($($inner)+)> };
    (Map($($inner:tt)+)) => { std::collections::BTreeMap<String, rust_type!($($inner)+)> };
    (Array($($inner:tt)+)) => { Vec<rust_type!($($inner)+)> };
    (Nullable($($inner:tt)+)) => { $crate::model::Nullable<rust_type!($($inner)+)> };
}

/// The [`Shape`](crate::schema::Shape) the walker checks a value against.
macro_rules! shape_of {
    (Str($format:ident)) => { $crate::schema::Shape::Str($crate::schema::Format::$format) };
    (Enum($type:ident)) => { $crate::schema::Shape::Enum($type::VALUES) };
    (Object($type:ident)) => { $crate::schema::Shape::Object(<$type as $crate::model::Model>::SHAPE) };
    (Boxed($($inner:tt)+)) => { shape_of!($($inner)+) };
    (Map($($inner:tt)+)) => { $crate::schema::Shape::Map(&shape_of!($($inner)+)) };
    (Array($($inner:tt)+)) => { $crate::schema::Shape::Array(&shape_of!($($inner)+)) };
    (Nullable($($inner:tt)+)) => { $crate::schema::Shape::Nullable(&shape_of!($($inner)+)) };
    (UserDefined($($inner:tt)+)) => { $crate::schema::Shape::UserDefined(&shape_of!($($inner)+)) };
    ($leaf:ident) => { $crate::schema::Shape::$leaf };
}

/// The TypeScript type of a value of a shape.
macro_rules! ts_type {
    (Str($format:ident)) => { "string" };
    (Enum($type:ident)) => { stringify!($type) };
    (Bool) => { "boolean" };
    (Int) => { "number" };
    (Number) => { "number" };
    (NumberLike) => { "number" };
    (Priority) => { "Priority" };
    (Timestamp) => { "Timestamp" };
    (Any) => { "unknown" };
    (UserDefined($($inner:tt)+)) => { "JsonValue" };
    (Object($type:ident)) => { stringify!($type) };
    (Boxed($($inner:tt)+)) => { ts_type!($($inner)+) };
    (Map($($inner:tt)+)) => { concat!("Record<string, ", ts_type!($($inner)+), ">") };
    (Array($($inner:tt)+)) => { concat!(ts_type!($($inner)+), "[]") };
    (Nullable($($inner:tt)+)) => { concat!("Nullable<", ts_type!($($inner)+), ">") };
}

/// Doc comments as TSDoc, indented; nothing when there are none.
macro_rules! ts_doc {
    ($indent:literal) => { "" };
    ($indent:literal $($line:literal)+) => { concat!($indent, "/**\n", $($indent, " *", $line, "\n",)+ $indent, " */\n") };
}

/// A field's name in JSON: its `as` name, or the Rust name.
macro_rules! json_name {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident $json:literal) => {
        $json
    };
}

/// See the module documentation. Reads the fields one at a time, adding each to the struct's
/// fields, the shape's fields and the TypeScript interface's lines, then writes all three.
macro_rules! model {
    ($(#[doc = $doc:literal])* pub struct $name:ident as $shape:ident { $($fields:tt)* }) => {
        model!(@field [$($doc)*] $name $shape [] [] [] $($fields)*);
    };

    // Identity fields: present and not null.
    (@field $docs:tt $name:ident $shape:ident [$($rust:tt)*] [$($shapes:tt)*] [$($ts:tt)*]
        $(#[doc = $fdoc:literal])* $field:ident $(as $json:literal)? : required $kind:ident $(($($args:tt)+))?, $($rest:tt)*
    ) => {
        model!(@field $docs $name $shape
            [$($rust)* $(#[doc = $fdoc])* $(#[serde(rename = $json)])? pub $field: rust_type!($kind $(($($args)+))?),]
            [$($shapes)* $crate::schema::Field::required(json_name!($field $($json)?), shape_of!($kind $(($($args)+))?)),]
            [$($ts)* ts_doc!("    " $($fdoc)*), "    ", json_name!($field $($json)?), ": ", ts_type!($kind $(($($args)+))?), ";\n",]
            $($rest)*);
    };

    // Values kept as sent: `null` is one of them, so the Rust type is the JSON value itself.
    (@field $docs:tt $name:ident $shape:ident [$($rust:tt)*] [$($shapes:tt)*] [$($ts:tt)*]
        $(#[doc = $fdoc:literal])* $field:ident $(as $json:literal)? $(or $alias:literal)? : Any, $($rest:tt)*
    ) => {
        model!(@field $docs $name $shape
            [$($rust)* $(#[doc = $fdoc])* #[serde(default $(, rename = $json)?)] pub $field: serde_json::Value,]
            [$($shapes)* $crate::schema::Field::optional(json_name!($field $($json)?), $crate::schema::Shape::Any)$(.or_alias($alias))?,]
            [$($ts)* ts_doc!("    " $($fdoc)*), "    ", json_name!($field $($json)?), "?: unknown;\n",]
            $($rest)*);
    };

    // Every other field: may be absent or null.
    (@field $docs:tt $name:ident $shape:ident [$($rust:tt)*] [$($shapes:tt)*] [$($ts:tt)*]
        $(#[doc = $fdoc:literal])* $field:ident $(as $json:literal)? $(or $alias:literal)? : $kind:ident $(($($args:tt)+))?, $($rest:tt)*
    ) => {
        model!(@field $docs $name $shape
            [$($rust)* $(#[doc = $fdoc])* #[serde(default $(, rename = $json)?)] pub $field: $crate::model::Nullable<rust_type!($kind $(($($args)+))?)>,]
            [$($shapes)* $crate::schema::Field::optional(json_name!($field $($json)?), shape_of!($kind $(($($args)+))?))$(.or_alias($alias))?,]
            [$($ts)* ts_doc!("    " $($fdoc)*), "    ", json_name!($field $($json)?), "?: Nullable<", ts_type!($kind $(($($args)+))?), ">;\n",]
            $($rest)*);
    };

    (@field [$($doc:literal)*] $name:ident $shape:ident [$($rust:tt)*] [$($shapes:tt)*] [$($ts:tt)*]) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
        pub struct $name {
            $($rust)*
        }

        #[doc = concat!("The shape of [`", stringify!($name), "`], which payloads are checked against.")]
        pub static $shape: $crate::schema::ObjectShape = $crate::schema::ObjectShape::new(stringify!($name), &[$($shapes)*]);

        impl $crate::model::Model for $name {
            const SHAPE: &'static $crate::schema::ObjectShape = &$shape;
            const TYPESCRIPT: &'static str =
                concat!(ts_doc!("" $($doc)*), "export interface ", stringify!($name), " {\n", $($ts)* "}\n");
        }
    };
}

/// Joins `&str` constants into one constant (`concat!` only takes literals).
macro_rules! concat_consts {
    ($($part:expr),+ $(,)?) => {{
        const PARTS: &[&str] = &[$($part),+];
        const BYTES: [u8; $crate::model::describe::total_len(PARTS)] = $crate::model::describe::joined(PARTS);
        match std::str::from_utf8(&BYTES) {
            Ok(text) => text,
            Err(_) => "",
        }
    }};
}

pub const fn total_len(parts: &[&str]) -> usize {
    let mut total = 0;
    let mut rest = parts;
    while let [first, tail @ ..] = rest {
        total += first.len();
        rest = tail;
    }
    total
}

#[allow(clippy::indexing_slicing, reason = "only evaluated at compile time (concat_consts!), where N is the total length")]
pub const fn joined<const N: usize>(parts: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut at = 0;
    let mut rest = parts;
    while let [first, tail @ ..] = rest {
        let mut bytes = first.as_bytes();
        while let [byte, more @ ..] = bytes {
            out[at] = *byte;
            at += 1;
            bytes = more;
        }
        rest = tail;
    }
    out
}
