//! The shapes as the object path of `js/interop.js` reads them: the object path walks an already parsed JS value
//! against these tables, which are the walker's own shapes written out as JSON once per
//! instance, so that both paths read one set of shapes. Only what lenient mode checks is
//! written: strict mode's format checks are the core's (an object in strict mode is read as text).
//!
//! The numbers that say what a shape is are named here, once; `js/interop.js` writes each with
//! its name beside it (`3 /* SHAPE_INT */`), and `tests/generated.rs` checks them.

use super::js_numbers::js_numbers;
use super::shape::{Field, ObjectShape, Shape};
use crate::error::JsonText;

js_numbers! {
    /// What one value must be, as the object path tells them apart.
    pub enum ShapeKind {
        /// Any JSON value, copied (also a user-defined value: lenient mode keeps it as sent).
        Any = 0 as "SHAPE_ANY",
        /// Any string (formats are strict mode's, enums keep unknown values).
        String = 1 as "SHAPE_STRING",
        Bool = 2 as "SHAPE_BOOL",
        Int = 3 as "SHAPE_INT",
        Number = 4 as "SHAPE_NUMBER",
        NumberLike = 5 as "SHAPE_NUMBER_LIKE",
        Priority = 6 as "SHAPE_PRIORITY",
        Timestamp = 7 as "SHAPE_TIMESTAMP",
        /// `[OBJECT, index of the object in the tables]`.
        Object = 8 as "SHAPE_OBJECT",
        /// `[MAP, shape of the values]`.
        Map = 9 as "SHAPE_MAP",
        /// `[ARRAY, shape of the items]`.
        Array = 10 as "SHAPE_ARRAY",
        /// `[NULLABLE, inner shape]`.
        Nullable = 11 as "SHAPE_NULLABLE",
    }
}

/// Every shape kind `js/interop.js` reads, by the name it writes beside it.
pub fn js_names() -> Vec<(&'static str, u32)> {
    ShapeKind::JS_NAMES.to_vec()
}

/// The object shapes reachable from `roots`, as one JSON array; `roots[i]` is at index `i`.
/// Each object is `[name, [field, ...]]`, each field `[name, alias or null, shape, nullable, required]`
/// (the last two 0 or 1), each shape a kind or `[kind, argument]`.
pub fn lenient_tables_json(roots: &[&'static ObjectShape]) -> String {
    let mut objects: Vec<&'static ObjectShape> = roots.to_vec();
    let mut out = JsonText(String::with_capacity(8 * 1024));
    out.raw("[");
    let mut next = 0;
    while let Some(object) = objects.get(next).copied() {
        out.raw(if next == 0 { "[" } else { ",[" });
        out.string(object.name);
        out.raw(",[");
        for (i, field) in object.fields.iter().enumerate() {
            out.raw(if i == 0 { "[" } else { ",[" });
            write_field(&mut out, field, &mut objects);
            out.raw("]");
        }
        out.raw("]]");
        next += 1;
    }
    out.raw("]");
    out.0
}

fn write_field(out: &mut JsonText, field: &Field, objects: &mut Vec<&'static ObjectShape>) {
    out.string(field.name);
    out.raw(",");
    match field.alias {
        Some(alias) => out.string(alias),
        None => out.raw("null"),
    }
    out.raw(",");
    write_shape(out, &field.shape, objects);
    out.raw(if field.nullable { ",1" } else { ",0" });
    out.raw(if field.required { ",1" } else { ",0" });
}

fn write_shape(out: &mut JsonText, shape: &Shape, objects: &mut Vec<&'static ObjectShape>) {
    let (kind, inner) = match shape {
        Shape::Any | Shape::UserDefined(_) => (ShapeKind::Any, None),
        Shape::Str(_) | Shape::Enum(_) => (ShapeKind::String, None),
        Shape::Bool => (ShapeKind::Bool, None),
        Shape::Int => (ShapeKind::Int, None),
        Shape::Number => (ShapeKind::Number, None),
        Shape::NumberLike => (ShapeKind::NumberLike, None),
        Shape::Priority => (ShapeKind::Priority, None),
        Shape::Timestamp => (ShapeKind::Timestamp, None),
        Shape::Object(object) => {
            let index = match objects.iter().position(|known| std::ptr::eq(*known, *object)) {
                Some(index) => index,
                None => {
                    objects.push(object);
                    objects.len() - 1
                }
            };
            out.raw("[");
            out.integer(ShapeKind::Object as i64);
            out.raw(",");
            out.integer(index as i64);
            out.raw("]");
            return;
        }
        Shape::Map(inner) => (ShapeKind::Map, Some(inner)),
        Shape::Array(inner) => (ShapeKind::Array, Some(inner)),
        Shape::Nullable(inner) => (ShapeKind::Nullable, Some(inner)),
    };
    match inner {
        None => out.integer(kind as i64),
        Some(inner) => {
            out.raw("[");
            out.integer(kind as i64);
            out.raw(",");
            write_shape(out, inner, objects);
            out.raw("]");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{TICKET, TICKET_LIST};

    #[test]
    fn roots_come_first_and_each_object_is_written_once() {
        let tables: serde_json::Value = serde_json::from_str(&lenient_tables_json(&[&TICKET_LIST, &TICKET])).unwrap();
        let names: Vec<&str> = tables.as_array().unwrap().iter().map(|object| object[0].as_str().unwrap()).collect();
        assert_eq!(&names[..2], ["TicketList", "Ticket"]);
        let tickets = tables[0][1].as_array().unwrap().iter().find(|field| field[0] == "tickets").unwrap();
        // The list's tickets refer to the Ticket written second, not to a copy of it.
        assert_eq!(tickets[2], serde_json::json!([ShapeKind::Array as u32, [ShapeKind::Object as u32, 1]]));
        assert_eq!(names.iter().filter(|name| **name == "Ticket").count(), 1);
    }
}
