//! Reads JSON text against a [`Shape`] in one pass: checks the grammar, checks every value's
//! type, collects every issue (not only the first), and records the edits of the text that
//! normalise the lenient forms. Nothing is built: the result is the list of edits.

use crate::error::{Error, Issue, IssueDetail, LimitExceeded, PathSegment};
use crate::formats::{ids, parse_timestamp};
use crate::json::{parse_decimal, read_error, JsonNum, JsonStr, NotSafeInteger, ReadResult, Reader, ValueKind, MAX_SAFE_INTEGER};

use super::duplicates::repeated_keys;
use super::edit::{insert_in_order, Edit, PathStep, Replacement};
use super::field_index::START;
use super::shape::{Field, Format, ObjectShape, Shape, MAX_FIELDS};

/// How a payload is parsed. The defaults suit responses and webhooks from the real API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseOptions {
    /// Also check formats: timestamps parse, ids have their documented shapes, emails are emails.
    pub strict: bool,
    /// Inputs longer than this many bytes (UTF-8) are refused before reading.
    pub max_bytes: usize,
    /// Objects and arrays nested deeper than this are refused.
    pub max_depth: u32,
    /// Issues collected before giving up on listing more.
    pub max_issues: usize,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions { strict: false, max_bytes: 64 * 1024 * 1024, max_depth: 128, max_issues: 1000 }
    }
}

enum Step<'a> {
    /// A key as it stands in the text.
    Key(JsonStr<'a>),
    /// A key the walker knows by name (e.g. an envelope's `data` walked out of order).
    Name(&'static str),
    /// An alias, renamed to `canonical` in the result (so edits inside it go there).
    Alias {
        key: JsonStr<'a>,
        canonical: &'static str,
    },
    Index(u32),
}

pub struct Walker<'a> {
    reader: Reader<'a>,
    path: Vec<Step<'a>>,
    issues: Vec<Issue>,
    edits: Vec<Edit>,
    /// The keys of the objects being read whose keys are checked for repeats, one run per
    /// object (a stack: an object's run ends when it does), so that no object allocates.
    keys: Vec<JsonStr<'a>>,
    /// The containers [`Walker::walk_any`] is inside, kept between calls for the same reason.
    open_any: Vec<OpenAny>,
    strict: bool,
    max_issues: usize,
    gave_up: bool,
}

/// Reads the whole of `text` as one value of `shape`; returns the edits that normalise it.
pub fn validate_text(text: &str, shape: &Shape, options: &ParseOptions) -> Result<Vec<Edit>, Error> {
    check_size(text, options)?;
    let mut walker = Walker::new(text, options);
    let read = walker.walk(shape, false).and_then(|()| walker.reader.finish());
    walker.finish(read)
}

pub fn check_size(text: &str, options: &ParseOptions) -> Result<(), Error> {
    if text.len() > options.max_bytes {
        return Err(Error::limit(
            LimitExceeded::MaxBytes,
            format!("the input is {} bytes, more than the limit of {} bytes (option maxBytes)", text.len(), options.max_bytes),
        ));
    }
    Ok(())
}

impl<'a> Walker<'a> {
    pub fn new(text: &'a str, options: &ParseOptions) -> Self {
        Walker {
            reader: Reader::new(text, options.max_depth),
            path: Vec::with_capacity(8),
            issues: Vec::new(),
            edits: Vec::new(),
            keys: Vec::new(),
            open_any: Vec::new(),
            strict: options.strict,
            max_issues: options.max_issues,
            gave_up: false,
        }
    }

    pub fn reader(&mut self) -> &mut Reader<'a> {
        &mut self.reader
    }

    /// Walks the value that starts at byte `start` (found earlier and skipped, e.g. an
    /// envelope's `data` read before its `event` name) against `shape`, then carries on
    /// where the reader was. Positions stay those of the whole text.
    pub fn walk_at(&mut self, start: usize, shape: &Shape, nullable: bool) -> ReadResult<()> {
        let text = self.reader.text();
        let deferred = Reader::over_range(text, start, text.len(), self.reader.depth(), self.reader.max_depth());
        let resumed = std::mem::replace(&mut self.reader, deferred);
        let walked = self.walk(shape, nullable);
        let failure = self.reader.failure();
        self.reader = resumed;
        self.reader.set_failure(failure);
        walked
    }

    /// Turns the walk's result into the caller's: a read error wins over issues found before it.
    pub fn finish(self, read: ReadResult<()>) -> Result<Vec<Edit>, Error> {
        match read {
            Err(_) => Err(read_error(self.reader.text(), self.reader.failure())),
            Ok(()) if self.issues.is_empty() => Ok(self.edits),
            Ok(()) => Err(Error::validation(self.issues)),
        }
    }

    pub fn push_key(&mut self, key: JsonStr<'a>) {
        self.path.push(Step::Key(key));
    }

    pub fn push_name(&mut self, name: &'static str) {
        self.path.push(Step::Name(name));
    }

    pub fn pop(&mut self) {
        self.path.pop();
    }

    pub fn current_path(&self) -> Vec<PathSegment> {
        self.path
            .iter()
            .map(|step| match step {
                Step::Key(key) => PathSegment::Key(key.decode().into_owned()),
                Step::Name(name) => PathSegment::Key((*name).to_owned()),
                Step::Alias { key, .. } => PathSegment::Key(key.decode().into_owned()),
                Step::Index(i) => PathSegment::Index(*i),
            })
            .collect()
    }

    pub fn report(&mut self, detail: IssueDetail, message: String) {
        self.report_at(self.current_path(), detail, message);
    }

    pub fn report_at(&mut self, path: Vec<PathSegment>, detail: IssueDetail, message: String) {
        if self.issues.len() < self.max_issues {
            self.issues.push(Issue::new(path, detail, message));
        } else if !self.gave_up {
            self.gave_up = true;
            self.issues.push(Issue::new(
                Vec::new(),
                IssueDetail::out_of_range(None, Some(self.max_issues as i64), "issues"),
                format!("more than {} issues; the rest were not listed (option maxIssues)", self.max_issues),
            ));
        }
    }

    /// Replaces `start..end` of the text (byte offsets) in the result; in the parsed value,
    /// the edit lands at the current path, followed by `last` when given.
    pub fn push_edit(&mut self, start: usize, end: usize, replacement: Replacement, last: Option<PathStep>) {
        let mut path: Vec<PathStep> = self.path.iter().map(|step| self.path_step(step)).collect();
        path.extend(last);
        insert_in_order(&mut self.edits, Edit { start, end, replacement, path });
    }

    fn path_step(&self, step: &Step<'a>) -> PathStep {
        match step {
            Step::Key(key) => self.key_step(*key),
            Step::Name(name) | Step::Alias { canonical: name, .. } => PathStep::Name(name),
            Step::Index(i) => PathStep::Index(*i),
        }
    }

    /// A key of the text as a path step.
    pub fn key_step(&self, key: JsonStr<'_>) -> PathStep {
        let start = self.offset_of(key.raw);
        PathStep::Key { start, end: start + key.raw.len(), escaped: key.has_escapes }
    }

    /// Where a string token lies in the text, its quotes included.
    pub fn token_span(&self, s: JsonStr<'_>) -> (usize, usize) {
        let start = self.offset_of(s.raw);
        (start.saturating_sub(1), start + s.raw.len() + 1)
    }

    /// The byte offset in the text of `slice`, a slice of it.
    fn offset_of(&self, slice: &str) -> usize {
        (slice.as_ptr() as usize).wrapping_sub(self.reader.text().as_ptr() as usize)
    }

    /// Reads one value of `shape` at the reader's position.
    pub fn walk(&mut self, shape: &Shape, nullable: bool) -> ReadResult<()> {
        let kind = self.reader.peek_kind()?;
        let nullable = nullable || matches!(shape, Shape::Nullable(_) | Shape::Any | Shape::UserDefined(_));
        if kind == ValueKind::Null {
            self.reader.read_null()?;
            if !nullable {
                self.report(IssueDetail::invalid_type(shape.type_name(), "null"), format!("expected {}, got null", expected_of(shape)));
            }
            return Ok(());
        }
        match (shape, kind) {
            (Shape::Any, _) => self.walk_any(),
            (Shape::Nullable(inner), _) => self.walk(inner, true),
            (Shape::UserDefined(documented), _) if self.strict => self.walk(documented, false),
            (Shape::UserDefined(_), _) => self.walk_any(),
            (Shape::Str(format), ValueKind::String) => {
                let s = self.reader.read_string()?;
                if self.strict && *format != Format::Text {
                    self.check_format(*format, s);
                }
                Ok(())
            }
            (Shape::Enum(_), ValueKind::String) => self.reader.read_string().map(drop),
            (Shape::Bool, ValueKind::Bool) => self.reader.read_bool().map(drop),
            (Shape::Number, ValueKind::Number) => self.reader.read_number().map(drop),
            (Shape::Int, ValueKind::Number) => {
                let n = self.reader.read_number()?;
                self.check_safe_integer(n);
                Ok(())
            }
            (Shape::NumberLike, ValueKind::Number) => self.reader.read_number().map(drop),
            (Shape::NumberLike, ValueKind::String) => {
                let s = self.reader.read_string()?;
                let text = s.decode();
                match numeric_text(&text) {
                    Some(number) => {
                        let (start, end) = self.token_span(s);
                        self.push_edit(start, end, Replacement::Number(number.to_owned()), None);
                    }
                    None => self.report(
                        IssueDetail::invalid_type(shape.type_name(), "string"),
                        format!("expected a number or a numeric string, got {}", preview(s)),
                    ),
                }
                Ok(())
            }
            (Shape::Priority, ValueKind::Number) => {
                let n = self.reader.read_number()?;
                self.check_priority(n.raw, None);
                Ok(())
            }
            (Shape::Priority, ValueKind::String) => {
                let s = self.reader.read_string()?;
                let text = s.decode();
                match numeric_text(&text) {
                    Some(number) => self.check_priority(number, Some(s)),
                    None => self.report(
                        IssueDetail::invalid_type(shape.type_name(), "string"),
                        format!("expected a priority from 0 to 4, got {}", preview(s)),
                    ),
                }
                Ok(())
            }
            (Shape::Timestamp, ValueKind::String) => {
                let s = self.reader.read_string()?;
                if s.raw.is_empty() {
                    let (start, end) = self.token_span(s);
                    self.push_edit(start, end, Replacement::Null, None);
                } else if self.strict {
                    if let Err(e) = parse_timestamp(&s.decode()) {
                        self.report(IssueDetail::invalid_format("timestamp"), format!("{}, got {}", e.describe(), preview(s)));
                    }
                }
                Ok(())
            }
            (Shape::Timestamp, ValueKind::Number) => {
                let n = self.reader.read_number()?;
                if self.strict && n.decimal().is_none_or(|d| d.safe_integer().is_err()) {
                    self.report(
                        IssueDetail::invalid_format("timestamp"),
                        format!("expected epoch milliseconds (a whole number), got {}", n.raw),
                    );
                }
                Ok(())
            }
            (Shape::Object(object), ValueKind::Object) => self.walk_object(object),
            (Shape::Map(values), ValueKind::Object) => self.walk_map(values),
            (Shape::Array(items), ValueKind::Array) => self.walk_array(items),
            (_, got) => {
                self.report(
                    IssueDetail::invalid_type(shape.type_name(), got.name()),
                    format!("expected {}, got {}", expected_of(shape), got.described()),
                );
                self.reader.skip_value()
            }
        }
    }

    fn walk_object(&mut self, object: &'static ObjectShape) -> ReadResult<()> {
        debug_assert!(object.fields.len() <= MAX_FIELDS);
        self.reader.begin_object()?;
        let index = object.index();
        let mut seen: u64 = 0;
        let unknown_keys = self.keys.len();
        let mut first = true;
        let mut previous = START;
        loop {
            let guessed = index.guess_after(previous).and_then(|i| Some((i, object.fields.get(i)?)));
            let known = guessed.and_then(|(i, field)| Some((i, field, false, self.reader.next_key_if(first, field.name)?)));
            let (i, field, by_alias, raw_key) = match known {
                Some(known) => known,
                None => {
                    let Some(raw_key) = self.reader.next_key(first)? else { break };
                    first = false;
                    let key = raw_key.decode();
                    let Some((i, by_alias)) = index.lookup(object, &key) else {
                        self.keep_as_sent(raw_key)?;
                        continue;
                    };
                    let Some(field) = object.fields.get(i) else { continue };
                    index.learn(previous, i);
                    (i, field, by_alias, raw_key)
                }
            };
            first = false;
            previous = i;
            self.read_field(field, i, by_alias, raw_key, &mut seen)?;
        }
        let missing = index.required & !seen;
        if missing != 0 {
            for (i, field) in object.fields.iter().enumerate() {
                if missing & 1u64.checked_shl(i as u32).unwrap_or(0) != 0 {
                    let mut path = self.current_path();
                    path.push(PathSegment::Key(field.name.to_owned()));
                    let detail = IssueDetail::missing_field(field.shape.type_name());
                    self.report_at(path, detail, format!("{} is required in {}", field.name, object.name));
                }
            }
        }
        self.report_duplicates(unknown_keys);
        Ok(())
    }

    /// Reads the value of known field number `i`, whose key was just read.
    #[inline(always)]
    fn read_field(&mut self, field: &'static Field, i: usize, by_alias: bool, raw_key: JsonStr<'a>, seen: &mut u64) -> ReadResult<()> {
        let bit = 1u64.checked_shl(i as u32).unwrap_or(0);
        if *seen & bit != 0 {
            let detail = match field.alias {
                Some(alias) => IssueDetail::ConflictingAlias { names: [field.name, alias] },
                None => IssueDetail::duplicate_key(field.name),
            };
            self.push_key(raw_key);
            self.report(detail, duplicate_message(field));
            self.pop();
            return self.reader.skip_value();
        }
        *seen |= bit;
        if !by_alias && self.read_plain_leaf(field)? {
            return Ok(());
        }
        if by_alias {
            let (start, end) = self.token_span(raw_key);
            let key = self.key_step(raw_key);
            self.push_edit(start, end, Replacement::Name(field.name), Some(key));
        }
        // Not an alias: the key is the field's name (perhaps spelt with escapes). The static
        // name is the cheaper step, for edits in JS above all.
        self.path.push(if by_alias { Step::Alias { key: raw_key, canonical: field.name } } else { Step::Name(field.name) });
        let walked = self.walk(&field.shape, field.nullable);
        self.path.pop();
        walked
    }

    /// Reads the value of `field` when it is a leaf that can produce neither an issue nor an
    /// edit (a string where any string will do, a boolean, an allowed null, anything for
    /// `Any`), without pushing its key on the path. Most fields of real payloads are such
    /// leaves; everything else returns `false` and takes the general path.
    #[inline]
    fn read_plain_leaf(&mut self, field: &Field) -> ReadResult<bool> {
        // The commonest leaf first, without classifying the value: a string where any will do.
        let any_string = match field.shape {
            Shape::Str(format) => !self.strict || format == Format::Text,
            Shape::Enum(_) => true,
            _ => false,
        };
        if any_string && self.reader.skip_string_if_next()? {
            return Ok(true);
        }
        // Any string that can be plain was read just above: what is left is null, booleans, numbers.
        let kind = self.reader.peek_kind()?;
        let plain = match (&field.shape, kind) {
            (Shape::Any, ValueKind::Object | ValueKind::Array) => false,
            (Shape::Any, _) => return self.reader.skip_peeked(kind).map(|()| true),
            (_, ValueKind::Null) => field.nullable || matches!(field.shape, Shape::Nullable(_)),
            (Shape::Bool, ValueKind::Bool) | (Shape::Number, ValueKind::Number) => true,
            _ => false,
        };
        if plain {
            self.reader.skip_peeked(kind)?;
        }
        Ok(plain)
    }

    /// Reads the value of a member no shape knows (its key just read), kept as sent: the one
    /// routine for every such member, in objects of a shape and in the envelope alike. The key
    /// joins its object's run in `keys`, so that a repeat is reported when the object ends.
    #[inline]
    pub fn keep_as_sent(&mut self, raw_key: JsonStr<'a>) -> ReadResult<()> {
        self.keys.push(raw_key);
        self.push_key(raw_key);
        let walked = self.walk_any();
        self.pop();
        walked
    }

    /// Reads an object whose members the caller knows one by one (the webhook envelope, whose
    /// rules a shape cannot say): `read_member` reads the value of each key it knows and returns
    /// `false` for any other, which is then kept as sent. A key repeated among the kept ones
    /// is reported as in any object; the caller reports repeats of the keys it reads.
    pub fn walk_members(&mut self, mut read_member: impl FnMut(&mut Self, JsonStr<'a>) -> ReadResult<bool>) -> ReadResult<()> {
        self.reader.begin_object()?;
        let kept_keys = self.keys.len();
        let mut first = true;
        while let Some(raw_key) = self.reader.next_key(first)? {
            first = false;
            if !read_member(self, raw_key)? {
                self.keep_as_sent(raw_key)?;
            }
        }
        self.report_duplicates(kept_keys);
        Ok(())
    }

    /// Reads a value kept as sent (`Any`, unknown keys): only its grammar and the rule that no
    /// object repeats a key are checked. Iterative, so depth is bounded by `maxDepth` alone.
    fn walk_any(&mut self) -> ReadResult<()> {
        // Not reentrant (nothing below calls back into a walk), so one stack serves every call.
        let mut open = std::mem::take(&mut self.open_any);
        open.clear();
        let walked = self.walk_any_with(&mut open);
        self.open_any = open;
        walked
    }

    fn walk_any_with(&mut self, open: &mut Vec<OpenAny>) -> ReadResult<()> {
        use OpenAny as Open;
        loop {
            match self.reader.peek_kind()? {
                ValueKind::Object => {
                    self.reader.begin_object()?;
                    if let Some(key) = self.reader.next_key(true)? {
                        open.push(Open::Object(self.keys.len()));
                        self.keys.push(key);
                        self.push_key(key);
                        continue;
                    }
                }
                ValueKind::Array => {
                    self.reader.begin_array()?;
                    if self.reader.next_item(true)? {
                        open.push(Open::Array(0));
                        self.path.push(Step::Index(0));
                        continue;
                    }
                }
                kind => self.reader.skip_peeked(kind)?,
            }
            // The value is complete: close what ends here, or move to the next key or item.
            loop {
                match open.last_mut() {
                    None => return Ok(()),
                    Some(Open::Object(_)) => {
                        self.path.pop();
                        if let Some(key) = self.reader.next_key(false)? {
                            self.keys.push(key);
                            self.push_key(key);
                            break;
                        }
                        if let Some(Open::Object(keys)) = open.pop() {
                            self.report_duplicates(keys);
                        }
                    }
                    Some(Open::Array(index)) => {
                        self.path.pop();
                        if self.reader.next_item(false)? {
                            *index = index.saturating_add(1);
                            let next = *index;
                            self.path.push(Step::Index(next));
                            break;
                        }
                        open.pop();
                    }
                }
            }
        }
    }

    fn walk_map(&mut self, values: &'static Shape) -> ReadResult<()> {
        self.reader.begin_object()?;
        let keys = self.keys.len();
        let mut first = true;
        while let Some(raw_key) = self.reader.next_key(first)? {
            first = false;
            self.keys.push(raw_key);
            self.push_key(raw_key);
            let walked = self.walk(values, false);
            self.pop();
            walked?;
        }
        self.report_duplicates(keys);
        Ok(())
    }

    fn walk_array(&mut self, items: &'static Shape) -> ReadResult<()> {
        self.reader.begin_array()?;
        let mut index: u32 = 0;
        while self.reader.next_item(index == 0)? {
            self.path.push(Step::Index(index));
            let walked = self.walk(items, false);
            self.path.pop();
            walked?;
            index = index.saturating_add(1);
        }
        Ok(())
    }

    /// Reports the keys repeated in the object whose keys start at `from` in `self.keys`, and
    /// ends that object's run.
    fn report_duplicates(&mut self, from: usize) {
        if self.keys.len() < from + 2 {
            self.keys.truncate(from);
            return;
        }
        let repeated = repeated_keys(self.keys.get(from..).unwrap_or_default());
        self.keys.truncate(from);
        for key in repeated {
            let mut path = self.current_path();
            path.push(PathSegment::Key(key.clone()));
            self.report_at(path, IssueDetail::duplicate_key(key), "this key appears more than once in the object".to_owned());
        }
    }

    fn check_safe_integer(&mut self, n: JsonNum<'_>) {
        match n.decimal().map(|d| d.safe_integer()) {
            Some(Ok(_)) => {}
            Some(Err(NotSafeInteger::TooLarge)) => {
                let bounds = IssueDetail::out_of_range(Some(-(MAX_SAFE_INTEGER as i64)), Some(MAX_SAFE_INTEGER as i64), "value");
                self.report(bounds, format!("{} is beyond 2^53, where JS numbers lose precision", n.raw));
            }
            _ => self.report(IssueDetail::invalid_type("integer", "number"), format!("expected a whole number, got {}", n.raw)),
        }
    }

    fn check_priority(&mut self, number: &str, from_string: Option<JsonStr<'_>>) {
        match parse_decimal(number).map(|d| d.safe_integer()) {
            Some(Ok(value @ 0..=4)) => {
                if let Some(s) = from_string {
                    let (start, end) = self.token_span(s);
                    self.push_edit(start, end, Replacement::Integer(value), None);
                }
            }
            _ => {
                let shown = from_string.map_or_else(|| number.to_owned(), preview);
                let bounds = IssueDetail::out_of_range(Some(0), Some(4), "value");
                self.report(bounds, format!("expected a priority from 0 (none) to 4 (urgent), got {shown}"));
            }
        }
    }

    fn check_format(&mut self, format: Format, s: JsonStr<'_>) {
        let text = s.decode();
        let (ok, expected) = match format {
            Format::Text => (true, ""),
            Format::Email => (ids::is_email(&text), "an email address"),
            Format::ChatId => (ids::is_chat_id(&text), "a chat id like 919537851844@c.us or 120363392071406466@g.us"),
            Format::ContactId => (ids::is_contact_id(&text), "a contact id like 919537851844@c.us"),
            Format::Phone => (ids::is_phone_or_contact_id(&text), "a phone number in digits, with or without @c.us"),
            Format::MessageId => (ids::is_message_id(&text), "a message id like true_919537851844@c.us_3EB0ABB7C973860FC19E"),
            Format::QuotedMessageId => (
                ids::is_bare_message_id(&text) || ids::is_message_id(&text),
                "a WhatsApp message id (3EB0ABB7C973860FC19E) or a full message id",
            ),
            Format::Uuid => (ids::is_uuid(&text), "a UUID"),
            Format::LabelId => (ids::is_label_id(&text), "a label id like label-xbitdvipqshahdcu"),
        };
        if !ok {
            self.report(IssueDetail::invalid_format(format.name()), format!("expected {expected}, got {}", preview(s)));
        }
    }
}

/// A container [`Walker::walk_any`] is inside.
enum OpenAny {
    /// An object; where its keys start in `Walker::keys`.
    Object(usize),
    /// An array; the index of the item being read.
    Array(u32),
}

fn duplicate_message(field: &Field) -> String {
    match field.alias {
        Some(alias) => format!("{} is given twice (as {} and as {alias})", field.name, field.name),
        None => "this key appears more than once in the object".to_owned(),
    }
}

/// The number in a string the API uses for one (`"2"`, `" 3 "`, `"1.5"`): JSON number grammar
/// after trimming spaces. Not `""`, not `"0x10"`, not `"Infinity"`.
fn numeric_text(text: &str) -> Option<&str> {
    let trimmed = text.trim();
    parse_decimal(trimmed).map(|_| trimmed)
}

/// A string value as shown in messages: quoted, cut after 40 characters.
pub fn preview(s: JsonStr<'_>) -> String {
    let text = s.decode();
    let mut shown: String = text.chars().take(40).collect();
    if shown.len() < text.len() {
        shown.push('…');
    }
    crate::error::quote(&shown)
}

fn expected_of(shape: &Shape) -> String {
    match shape {
        Shape::Any => "a value".to_owned(),
        Shape::Str(_) | Shape::Enum(_) => "a string".to_owned(),
        Shape::Bool => "a boolean".to_owned(),
        Shape::Int => "a whole number".to_owned(),
        Shape::Number => "a number".to_owned(),
        Shape::NumberLike => "a number or a numeric string".to_owned(),
        Shape::Priority => "a priority from 0 to 4".to_owned(),
        Shape::Timestamp => "a date-time string or epoch milliseconds".to_owned(),
        Shape::Object(object) => format!("an object ({})", object.name),
        Shape::Map(_) => "an object".to_owned(),
        Shape::Array(_) => "an array".to_owned(),
        Shape::Nullable(inner) => format!("{} or null", expected_of(inner)),
        Shape::UserDefined(documented) => expected_of(documented),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TICKET_INFO;

    fn issues(text: &str, options: &ParseOptions) -> Vec<(String, &'static str)> {
        match validate_text(text, &Shape::Object(&TICKET_INFO), options) {
            Ok(_) => Vec::new(),
            Err(error) => error.issues.iter().map(|i| (crate::error::display_path(&i.path), i.code().as_str())).collect(),
        }
    }

    #[test]
    fn values_kept_as_sent_are_read_without_recursion_and_checked_for_repeated_keys() {
        let depth = 50_000;
        let deep = format!(r#"{{"ticket":{{"ticket_id":"A"}},"x":{}{}}}"#, "[".repeat(depth), "]".repeat(depth));
        let options = ParseOptions { max_depth: depth as u32 + 2, ..ParseOptions::default() };
        assert_eq!(issues(&deep, &options), []);
        let repeated = r#"{"ticket":{"ticket_id":"A","closed_message":[{"k":{"a":1,"a":2}}]},"extra":{"b":1,"b":[]}}"#;
        assert_eq!(
            issues(repeated, &ParseOptions::default()),
            [("ticket.closed_message[0].k.a".to_owned(), "duplicate_key"), ("extra.b".to_owned(), "duplicate_key")]
        );
        // Keys are compared as JSON.parse will see them: an escaped spelling repeats the plain one.
        let escaped = r#"{"ticket":{"ticket_id":"A","label_ids":{"l\u002d1":true,"l-1":false}},"x":[{"\u0061":1,"a":2}]}"#;
        assert_eq!(
            issues(escaped, &ParseOptions::default()),
            [(r#"ticket.label_ids["l-1"]"#.to_owned(), "duplicate_key"), ("x[0].a".to_owned(), "duplicate_key")]
        );
    }

    #[test]
    fn the_learnt_key_order_never_changes_what_is_found() {
        let options = ParseOptions::default();
        // Teaches the guesser one order; the payloads below break it in every way a guess can.
        assert_eq!(issues(r#"{"ticket":{"ticket_id":"A","status":"open","priority":1}}"#, &options), []);
        let cases: [(&str, &[(&str, &str)]); 5] = [
            (r#"{"ticket":{"priority":1,"status":"open","ticket_id":"A"}}"#, &[]),
            (r#"{"ticket":{"ticket_id":"A","ticket_id":"B"}}"#, &[("ticket.ticket_id", "duplicate_key")]),
            (r#"{"ticket":{"ticket_idx":"A"}}"#, &[("ticket.ticket_id", "missing_field")]),
            (r#"{"ticket":{"ticket_\u0069d":"A","status":3}}"#, &[("ticket.status", "invalid_type")]),
            (r#"{"ticket":{ "ticket_id" : "A" , "status" :null,"priority":"9"}}"#, &[("ticket.priority", "out_of_range")]),
        ];
        for (text, expected) in cases {
            let expected: Vec<(String, &str)> = expected.iter().map(|(p, c)| ((*p).to_owned(), *c)).collect();
            assert_eq!(issues(text, &options), expected, "{text}");
        }
    }
}
