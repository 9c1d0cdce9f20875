//! A page of tickets, as `GET /tickets` returns it.

use super::ticket::Ticket;

model! {
    /// One page of tickets and where it sits in the whole list.
    pub struct TicketList as TICKET_LIST {
        /// The tickets of this page.
        tickets: required Array(Object(Ticket)),
        /// The offset of the first ticket of the page.
        from: Int,
        /// The offset of the last ticket of the page.
        to: Int,
        /// How many tickets there are in all.
        count: Int,
    }
}
