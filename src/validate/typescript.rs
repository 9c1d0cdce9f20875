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

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::TYPESCRIPT;
    use crate::json::Value as Input;
    use crate::validate::{validate_create_ticket, validate_list_tickets_query, validate_update_ticket, RequestPriority, RequestStatus};

    /// The string union `export type <name> = "a" | "b";` declares.
    fn union(name: &str) -> Vec<String> {
        let head = format!("export type {name} = ");
        let line = TYPESCRIPT.lines().find_map(|line| line.strip_prefix(&head)).unwrap();
        line.trim_end_matches(';').split(" | ").map(|member| member.trim_matches('"').to_owned()).collect()
    }

    /// `(name, optional, type)` of each field `export interface <name>` declares.
    fn fields(name: &str) -> Vec<(String, bool, String)> {
        let head = format!("export interface {name} {{\n");
        let start = TYPESCRIPT.find(&head).unwrap() + head.len();
        let body = &TYPESCRIPT[start..start + TYPESCRIPT[start..].find("\n}").unwrap()];
        body.lines()
            .map(str::trim)
            .filter(|line| !line.starts_with("/**") && !line.is_empty())
            .map(|line| {
                let (field, kind) = line.trim_end_matches(';').split_once(": ").unwrap();
                (field.trim_end_matches('?').to_owned(), field.ends_with('?'), kind.to_owned())
            })
            .collect()
    }

    fn admits(kind: &str, value: &Value) -> bool {
        kind.split(" | ").any(|member| match (member, value) {
            ("string", Value::String(_)) | ("number", Value::Number(_)) | ("null", Value::Null) => true,
            ("RequestPriority" | "RequestStatus", Value::String(text)) => union(member).contains(text),
            _ => false,
        })
    }

    /// Every field of `outputs` is declared with a type that admits its value, and a field
    /// not marked optional is in every output.
    fn check(name: &str, outputs: &[Value]) {
        let declared = fields(name);
        for output in outputs {
            let object = output.as_object().unwrap();
            for (key, value) in object {
                let (_, _, kind) =
                    declared.iter().find(|(field, ..)| field == key).unwrap_or_else(|| panic!("{name}.{key} is not declared"));
                assert!(admits(kind, value), "{name}.{key}: {value} is not a {kind}");
            }
            for (field, optional, _) in &declared {
                assert!(*optional || object.contains_key(field), "{name}.{field} is declared required but absent from {output}");
            }
        }
        for (field, ..) in &declared {
            assert!(outputs.iter().any(|o| o.get(field).is_some()), "{name}.{field} is declared but never produced");
        }
    }

    fn input(json: &str) -> Input {
        Input::parse(json, 8).unwrap()
    }

    fn body(json: String) -> Value {
        serde_json::from_str(&json).unwrap()
    }

    #[test]
    fn the_unions_are_the_enums() {
        assert_eq!(union("RequestPriority"), RequestPriority::ALL.map(|p| p.as_str().to_owned()));
        assert_eq!(union("RequestStatus"), RequestStatus::ALL.map(|s| s.as_str().to_owned()));
    }

    #[test]
    fn the_interfaces_declare_what_the_validators_return() {
        let create = |json: &str| body(validate_create_ticket(&input(json)).unwrap().to_json());
        check(
            "CreateTicketRequest",
            &[
                create(r#"{"chat_id":"919537851844@c.us","subject":"s"}"#),
                create(
                    r#"{"chat_id":"919537851844@c.us","subject":"s","priority":3,"status":"closed","due_date":"2025-04-20",
                    "assignee":"a@example.com","labels":["x"],"quoted_message_id":"3EB0ABB7C973860FC19E"}"#,
                ),
            ],
        );
        let update = |json: &str| body(validate_update_ticket(&input(json)).unwrap().to_json());
        check(
            "UpdateTicketRequest",
            &[
                update(r#"{"subject":"s","assignee":"a@example.com","due_date":"2025-04-20","priority":"2","status":"open","labels":""}"#),
                update(r#"{"due_date":null}"#),
            ],
        );
        let query = |json: &str| serde_json::to_value(validate_list_tickets_query(&input(json)).unwrap()).unwrap();
        check("ListTicketsQuery", &[query(r#"{"offset":"10","limit":5}"#), query("{}")]);
    }
}
