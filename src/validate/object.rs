//! The request object itself: is it an object, which of its keys are unknown or repeated.

use crate::error::{Issue, IssueDetail, PathSegment};
use crate::json::Value;

use super::fields::got;
use super::request::FieldRule;

/// The entries of `input` when it is an object; otherwise one issue at the root.
pub(crate) fn entries<'a>(input: &'a Value, what: &str, issues: &mut Vec<Issue>) -> Option<&'a [(String, Value)]> {
    match input {
        Value::Object(entries) => Some(entries),
        other => {
            let detail = IssueDetail::invalid_type("object", other.kind().name());
            issues.push(Issue::new(Vec::new(), detail, format!("expected an object with {what}, got {}", got(other))));
            None
        }
    }
}

/// The value of `key`; the last one when it is repeated, as `JSON.parse` would keep.
pub(crate) fn field<'a>(entries: &'a [(String, Value)], key: &str) -> Option<&'a Value> {
    entries.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Reports keys the request does not take and keys given twice. A typo such as `asignee`
/// would otherwise be dropped by the server without a word, so it is an issue here.
pub(crate) fn check_keys(entries: &[(String, Value)], fields: &[FieldRule], request: &str, issues: &mut Vec<Issue>) {
    for (index, (key, _)) in entries.iter().enumerate() {
        let path = || vec![PathSegment::Key(key.clone())];
        if entries.iter().take(index).any(|(earlier, _)| earlier == key) {
            issues.push(Issue::new(path(), IssueDetail::duplicate_key(key.clone()), "is given twice; keep one"));
            continue;
        }
        if fields.iter().any(|field| field.name == key) {
            continue;
        }
        let known: Vec<&str> = fields.iter().map(|field| field.name).collect();
        let shown = super::fields::excerpt(key);
        let suggestion = closest(key, &known);
        let message = match suggestion {
            Some(near) => format!("unknown field {shown}: did you mean {near}?"),
            None => format!("unknown field {shown}: {request} takes {}", known.join(", ")),
        };
        let detail = IssueDetail::UnknownField { key: key.clone(), suggestion };
        issues.push(Issue::new(path(), detail, message));
    }
}

/// The known field nearest to `key` (ignoring case), when it is close enough to be a typo.
fn closest<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
    let key = key.to_ascii_lowercase();
    let limit = (key.chars().count() / 3).clamp(1, 3);
    known
        .iter()
        .map(|candidate| (edit_distance(&key, candidate), *candidate))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// Levenshtein distance over characters, with one row of memory.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = i;
        let mut left = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let up = row.get(j + 1).copied().unwrap_or(usize::MAX - 1);
            let value = (diagonal + usize::from(ca != *cb)).min(up + 1).min(left + 1);
            diagonal = up;
            if let Some(slot) = row.get_mut(j + 1) {
                *slot = value;
            }
            left = value;
        }
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_and_suggestions() {
        assert_eq!(edit_distance("asignee", "assignee"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        let known = ["chat_id", "subject", "assignee", "due_date", "labels"];
        assert_eq!(closest("asignee", &known), Some("assignee"));
        assert_eq!(closest("dueDate", &known), Some("due_date"));
        assert_eq!(closest("chatId", &known), Some("chat_id"));
        assert_eq!(closest("label", &known), Some("labels"));
        assert_eq!(closest("group_name", &known), None);
        assert_eq!(closest("options", &known), None);
    }
}
