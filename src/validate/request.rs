//! [`request!`]: a request body or query described once, as a table of its fields and their
//! rules, like `model!` describes a model. The table is checked by one routine,
//! [`RequestShape::validate`], and gives both TypeScript interfaces: what a form may pass
//! (`…Input`) and what is sent (`…Request`, `…Query`).
//!
//! ```text
//! request! {
//!     /// A message to send.
//!     pub SendMessage as SEND_MESSAGE: SendMessageInput => SendMessageRequest {
//!         what: "a message to send", one_of: ["message", "media", "poll"],
//!     } {
//!         /// The chat to send it to.
//!         chat_id: required ChatId,    // must be given, not null
//!         /// The text.
//!         message: Content(65536),     // optional: absent and null are the same
//!     }
//! }
//! ```
//!
//! `one_of`: at least one of these fields must be given (an `empty` issue at the root). Every
//! field of a `request!` table takes `null` as "not given", as `URLSearchParams.get` and cleared
//! form fields give it ([`Nulls::Absent`]); the ticket tables (`tickets.rs`) say otherwise field by
//! field. Keys a request does not take are `unknown_field` issues.

use crate::error::{Issue, IssueDetail, PathSegment};
use crate::json::Value;

use super::object::{check_keys, entries, field};
use super::rules::apply;

/// What a field must be, and what it becomes; each rule is in `rules.rs`.
#[derive(Debug, Clone, Copy)]
pub enum Rule {
    /// A chat id, or a user's number as typed, which becomes `…@c.us`.
    ChatId,
    /// One chat id or an array of them: an array of chat ids, repeats dropped.
    ChatIds,
    /// A full message id (`true_…@c.us_3EB0…`) or a bare WhatsApp id (`3EB0…`).
    MessageId,
    /// A string, trimmed, of 1 to this many characters.
    Text(usize),
    /// Text kept as written, at most this many characters; blank counts as not given.
    Content(usize),
    /// An array of at least one string, each trimmed, of 1 to this many characters.
    Texts(usize),
    /// A comma string or an array of strings: one comma string, as for tickets.
    Labels,
    Bool,
    /// How many items to skip: a whole number, 0 or more, as a number or a numeric string.
    Offset,
    /// How many items a page holds: 1 to 2000, as a number or a numeric string.
    Limit,
    /// The chat type filter of `GET /chats`.
    ChatType,
    /// A label id: `label-…`.
    LabelId,
    /// A date (`2025-04-25`, kept) or a date-time with an offset (UTC ISO 8601).
    Time,
    /// An `http:` or `https:` URL.
    Url,
    /// Base64 data: a `data:<mimetype>;base64,…` URL or bare base64.
    Base64,
    /// A media type: `image/png`.
    MimeType,
    /// An object of settings, kept as given.
    Settings,
    /// An object described by a table of its own.
    Object(&'static RequestShape),
    /// A ticket's subject: trimmed, 1 to 500 UTF-16 units.
    Subject,
    /// A ticket priority, 1 to 4 as a number or a numeric string: sent as the string `"1"`..`"4"`.
    Priority,
    /// A ticket status, in any case: `open`, `inprogress`, `closed` or `archived`.
    Status,
    /// A date or a date-time with an offset: sent in UTC as `toISOString` writes it.
    DueDate,
    /// The email of a user of the organisation.
    Assignee,
}

impl Rule {
    /// What a field of this rule takes, in issue details (`expected`).
    pub fn takes(self) -> &'static str {
        match self {
            Rule::Labels | Rule::ChatIds => "string | string[]",
            Rule::Texts(_) => "string[]",
            Rule::Bool => "boolean | string",
            Rule::Offset | Rule::Limit | Rule::Priority => "integer | string",
            Rule::Settings | Rule::Object(_) => "object",
            _ => "string",
        }
    }
}

/// What `null` given for a field means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nulls {
    /// Not given: what `URLSearchParams.get` and a cleared form field give.
    Absent,
    /// A value like any other, which the rule refuses with its own message (a create-ticket field).
    Checked,
    /// Refused: "leave it out to keep it as it is" (an update, where `null` could be read as "clear it").
    Refused,
    /// Kept, and sent as `null`: it clears the field (an update's `due_date`).
    Clears,
}

/// One field of a request.
#[derive(Debug)]
pub struct FieldRule {
    pub name: &'static str,
    pub rule: Rule,
    pub required: bool,
    pub nulls: Nulls,
}

/// A rule between the checked fields of an object: it may change them, and pushes its issues at
/// paths inside the object.
pub type Finish = fn(&mut Vec<(String, Value)>, &mut Vec<Issue>);

/// A request (or an object in one): its fields, the ones of which at least one must be given,
/// and what is done once every field is checked.
#[derive(Debug)]
pub struct RequestShape {
    /// What the request is, for messages ("a message to send").
    pub what: &'static str,
    pub fields: &'static [FieldRule],
    pub one_of: &'static [&'static str],
    /// Rules between fields, run on the checked fields: issues go at paths inside the object.
    pub finish: Option<Finish>,
}

impl RequestShape {
    /// Checks `input` and returns the request normalised, fields in the table's order, or every
    /// issue found.
    pub fn validate(&self, input: &Value) -> Result<Value, Vec<Issue>> {
        let mut issues = Vec::new();
        match self.check(input, &mut issues) {
            Some(request) if issues.is_empty() => Ok(request),
            _ => Err(issues),
        }
    }

    /// The object normalised, or `None` with its issues pushed, paths from the object.
    pub(crate) fn check(&self, input: &Value, issues: &mut Vec<Issue>) -> Option<Value> {
        let before = issues.len();
        let entries = entries(input, self.what, issues)?;
        let mut out = Vec::with_capacity(self.fields.len());
        for spec in self.fields {
            let given = field(entries, spec.name).filter(|v| !(matches!(v, Value::Null) && spec.nulls == Nulls::Absent));
            match given {
                Some(Value::Null) if spec.nulls == Nulls::Clears => out.push((spec.name.to_owned(), Value::Null)),
                Some(Value::Null) if spec.nulls == Nulls::Refused => {
                    let labels = if matches!(spec.rule, Rule::Labels) { ", or give \"\" to remove every label" } else { "" };
                    let message = concat_message(&["got null; leave ", spec.name, " out to keep it as it is", labels]);
                    issues.push(Issue::new(
                        vec![PathSegment::from(spec.name)],
                        IssueDetail::invalid_type(spec.rule.takes(), "null"),
                        message,
                    ));
                }
                None if spec.required => {
                    let message = concat_message(&["is required in ", self.what]);
                    issues.push(Issue::new(vec![PathSegment::from(spec.name)], IssueDetail::missing_field(spec.rule.takes()), message));
                }
                None => {}
                Some(value) => {
                    if let Some(value) = apply(spec.rule, spec.name, value, issues) {
                        out.push((spec.name.to_owned(), value));
                    }
                }
            }
        }
        let mentioned = |name: &&str| {
            out.iter().any(|(key, _)| key == name)
                || issues.iter().skip(before).any(|i| matches!(i.path.first(), Some(PathSegment::Key(key)) if key == name))
        };
        if !self.one_of.is_empty() && !self.one_of.iter().any(mentioned) {
            let message = concat_message(&[self.what, " needs at least one of ", &self.one_of.join(", ")]);
            issues.push(Issue::new(Vec::new(), IssueDetail::Empty { fields: self.one_of }, message));
        }
        check_keys(entries, self.fields, self.what, issues);
        if let Some(finish) = self.finish.filter(|_| issues.len() == before) {
            finish(&mut out, issues);
        }
        (issues.len() == before).then_some(Value::Object(out))
    }
}

/// Joins parts with `push_str`: each `format!` call site adds code to the wasm module.
#[inline(never)]
pub(crate) fn concat_message(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts {
        out.push_str(part);
    }
    out
}

/// A rule as a table names it: `Media` and `Poll` are objects with tables of their own.
macro_rules! rule {
    (Media) => { $crate::validate::Rule::Object(&$crate::validate::MEDIA) };
    (Poll) => { $crate::validate::Rule::Object(&$crate::validate::POLL) };
    ($rule:ident $(($($args:expr),+))?) => { $crate::validate::Rule::$rule $(($($args),+))? };
}

/// The TypeScript types of a rule's field: what a form may pass, and what is sent.
macro_rules! rule_ts {
    (input ChatIds) => {
        "string | string[]"
    };
    (output ChatIds) => {
        "string[]"
    };
    (input Labels) => {
        "string | string[]"
    };
    (input Bool) => {
        "boolean"
    };
    (output Bool) => {
        "boolean"
    };
    (input Offset) => {
        "number | string"
    };
    (output Offset) => {
        "number"
    };
    (input Limit) => {
        "number | string"
    };
    (output Limit) => {
        "number"
    };
    (input Media) => {
        "MediaInput"
    };
    (output Media) => {
        "MediaRequest"
    };
    (input Poll) => {
        "PollInput"
    };
    (output Poll) => {
        "PollRequest"
    };
    (input Texts) => {
        "string[]"
    };
    (output Texts) => {
        "string[]"
    };
    (input Settings) => {
        "Record<string, unknown>"
    };
    (output Settings) => {
        "Record<string, unknown>"
    };
    (input ChatType) => {
        "ChatTypeFilter | 'user'"
    };
    (output ChatType) => {
        "ChatTypeFilter"
    };
    (input Time) => {
        "string | Date"
    };
    ($either:ident $rule:ident) => {
        "string"
    };
}

/// See the module documentation. Reads the fields one at a time, adding each to the table and to
/// both TypeScript interfaces, then writes all three.
macro_rules! request {
    (
        $(#[doc = $doc:literal])*
        pub $name:ident as $shape:ident: $input:ident => $output:ident { what: $what:literal, one_of: [$($one:literal),*] $(,)? }
        { $($fields:tt)* }
    ) => {
        request!(@field [$($doc)*] $name $shape $input $output $what [$($one),*] [] [] [] $($fields)*);
    };

    (@field $docs:tt $name:ident $shape:ident $input:ident $output:ident $what:literal $one:tt [$($rules:tt)*] [$($ins:tt)*] [$($outs:tt)*]
        $(#[doc = $fdoc:literal])* $field:ident: required $rule:ident $(($($args:expr),+))?, $($rest:tt)*
    ) => {
        request!(@field $docs $name $shape $input $output $what $one
            [$($rules)* $crate::validate::FieldRule { name: stringify!($field), rule: rule!($rule $(($($args),+))?), required: true, nulls: $crate::validate::Nulls::Absent },]
            [$($ins)* ts_doc!("    " $($fdoc)*), "    ", stringify!($field), ": ", rule_ts!(input $rule), ";\n",]
            [$($outs)* ts_doc!("    " $($fdoc)*), "    ", stringify!($field), ": ", rule_ts!(output $rule), ";\n",]
            $($rest)*);
    };

    (@field $docs:tt $name:ident $shape:ident $input:ident $output:ident $what:literal $one:tt [$($rules:tt)*] [$($ins:tt)*] [$($outs:tt)*]
        $(#[doc = $fdoc:literal])* $field:ident: $rule:ident $(($($args:expr),+))?, $($rest:tt)*
    ) => {
        request!(@field $docs $name $shape $input $output $what $one
            [$($rules)* $crate::validate::FieldRule { name: stringify!($field), rule: rule!($rule $(($($args),+))?), required: false, nulls: $crate::validate::Nulls::Absent },]
            [$($ins)* ts_doc!("    " $($fdoc)*), "    ", stringify!($field), "?: ", rule_ts!(input $rule), " | null;\n",]
            [$($outs)* ts_doc!("    " $($fdoc)*), "    ", stringify!($field), "?: ", rule_ts!(output $rule), ";\n",]
            $($rest)*);
    };

    (@field [$($doc:literal)*] $name:ident $shape:ident $input:ident $output:ident $what:literal [$($one:literal),*] [$($rules:tt)*] [$($ins:tt)*] [$($outs:tt)*]) => {
        $(#[doc = $doc])*
        pub static $shape: $crate::validate::RequestShape =
            $crate::validate::RequestShape { what: $what, fields: &[$($rules)*], one_of: &[$($one),*], finish: None };

        #[doc = concat!("The TypeScript interfaces of [`", stringify!($shape), "`].")]
        pub struct $name;

        impl $name {
            /// What a form may pass, and what is sent.
            pub const TYPESCRIPT: &'static str = concat!(
                ts_doc!("" $($doc)*), "export interface ", stringify!($input), " {\n", $($ins)* "}\n",
                ts_doc!("" $($doc)*), "export interface ", stringify!($output), " {\n", $($outs)* "}\n",
            );
        }
    };
}
