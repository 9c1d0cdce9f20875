//! The TypeScript declarations of what the validators return. Written once, here; the tests
//! below check every interface against the JSON the validators produce (each field's name,
//! whether it is always there, and the type of its values), so the two cannot drift.

pub const TYPESCRIPT: &str = r#"
/**
 * A ticket priority as the API's OpenAPI document types it: the string `"1"` (low),
 * `"2"` (medium), `"3"` (high) or `"4"` (urgent).
 */
export type RequestPriority = "1" | "2" | "3" | "4";
/** A ticket status a request may set. */
export type RequestStatus = "open" | "inprogress" | "closed" | "archived";
/**
 * A create-ticket body, normalised to what the API accepts. `priority` and `status` always
 * carry a value (the API's defaults `"1"` and `"open"` when none was given), so the body
 * says exactly what the ticket will be; the other fields are left out when not given.
 */
export interface CreateTicketRequest {
    /** The chat to raise the ticket in: `919537851844@c.us` (a user) or `120363392071406466@g.us` (a group). */
    chat_id: string;
    /** The subject, trimmed: 1 to 500 characters. */
    subject: string;
    /** `"1"` low (the default), `"2"` medium, `"3"` high, `"4"` urgent: a string, as the API documents it. */
    priority: RequestPriority;
    /** `open` (the default), `inprogress`, `closed` or `archived`. */
    status: RequestStatus;
    /** When the ticket is due, in UTC as `Date.prototype.toISOString` writes it (`2025-04-20T00:00:00.000Z`). */
    due_date?: string;
    /** The email of the user to assign the ticket to. */
    assignee?: string;
    /** The labels as one comma string (`"Test, Demo"`); left out when no label was given. */
    labels?: string;
    /** The message the ticket is raised on: a bare WhatsApp id or a full message id. */
    quoted_message_id?: string;
}
/**
 * An update-ticket body, normalised to what the API accepts: only the fields given, at
 * least one of them. `due_date: null` clears the due date; `labels: ""` removes every label.
 */
export interface UpdateTicketRequest {
    /** The new subject, trimmed: 1 to 500 characters. */
    subject?: string;
    /** The email of the user to assign the ticket to. */
    assignee?: string;
    /** The new due date in UTC as `Date.prototype.toISOString` writes it, or `null` to clear it. */
    due_date?: string | null;
    /** `"1"` low, `"2"` medium, `"3"` high, `"4"` urgent: a string, as the API documents it. */
    priority?: RequestPriority;
    /** `open`, `inprogress`, `closed` or `archived`. */
    status?: RequestStatus;
    /** The ticket's labels as one comma string (`"Test, Demo"`); they replace the current ones, `""` removes all. */
    labels?: string;
}
/** The query of a ticket list, normalised to numbers. Absent fields are left to the server. */
export interface ListTicketsQuery {
    /** How many tickets to skip: 0 or more. */
    offset?: number;
    /** How many tickets to return: 1 to 2000. */
    limit?: number;
}
"#;
