//! `GET /tickets`: the page of tickets to list.

use serde::Serialize;

use crate::error::Issue;
use crate::json::{Value, MAX_SAFE_INTEGER};

use super::fields;
use super::object::{check_keys, entries, field};

const FIELDS: &[&str] = &["offset", "limit"];
/// The most tickets the API returns in one page.
pub const MAX_LIMIT: u64 = 2000;

/// The query of a ticket list, normalised to numbers. Absent fields are left to the server.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ListTicketsQuery {
    /// How many tickets to skip: 0 or more.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// How many tickets to return: 1 to 2000.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
}

impl ListTicketsQuery {
    /// `offset=0&limit=100`, `limit=5`, or `""` when neither is set (no leading `?`).
    pub fn to_query_string(&self) -> String {
        let parts: Vec<String> = [("offset", self.offset), ("limit", self.limit)]
            .into_iter()
            .filter_map(|(key, value)| value.map(|v| format!("{key}={v}")))
            .collect();
        parts.join("&")
    }
}

/// Checks a list query. Numbers and numeric strings (as read from URL parameters) are
/// accepted; `null` counts as not given, since `URLSearchParams.get` returns it for absent keys.
pub fn validate_list_tickets_query(input: &Value) -> Result<ListTicketsQuery, Vec<Issue>> {
    let mut issues = Vec::new();
    let Some(entries) = entries(input, "offset and limit (both optional)", &mut issues) else {
        return Err(issues);
    };
    let given = |key| field(entries, key).filter(|v| !matches!(v, Value::Null));
    let offset = given("offset").and_then(|v| fields::integer(v, "offset", 0, MAX_SAFE_INTEGER, &mut issues));
    let limit = given("limit").and_then(|v| fields::integer(v, "limit", 1, MAX_LIMIT, &mut issues));
    check_keys(entries, FIELDS, "a ticket list query", &mut issues);
    if issues.is_empty() {
        Ok(ListTicketsQuery { offset, limit })
    } else {
        Err(issues)
    }
}
