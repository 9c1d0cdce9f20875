//! A page of tickets, as `GET /tickets` returns it.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::ticket::{Ticket, TICKET};
use super::values::Nullable;
use crate::schema::{Field, ObjectShape, Shape};

/// One page of tickets and where it sits in the whole list.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Tsify)]
#[tsify(hashmap_as_object)]
pub struct TicketList {
    /// The tickets of this page.
    pub tickets: Vec<Ticket>,
    /// The offset of the first ticket of the page.
    #[serde(default)]
    #[tsify(optional)]
    pub from: Nullable<f64>,
    /// The offset of the last ticket of the page.
    #[serde(default)]
    #[tsify(optional)]
    pub to: Nullable<f64>,
    /// How many tickets there are in all.
    #[serde(default)]
    #[tsify(optional)]
    pub count: Nullable<f64>,
}

pub static TICKET_LIST: ObjectShape = ObjectShape::new(
    "TicketList",
    &[
        Field::optional("from", Shape::Int),
        Field::optional("to", Shape::Int),
        Field::optional("count", Shape::Int),
        Field::required("tickets", Shape::Array(&Shape::Object(&TICKET))),
    ],
);
