//! The date and time forms the Periskope API uses: ISO 8601 (`2025-01-26T13:46:21.670006+00:00`),
//! Postgres style (`2024-05-13 11:19:34+00`, `2026-04-26 17:23:13.273371+05:30`) and
//! plain dates (`2025-04-20`).

use crate::error::push_integer;

/// A parsed date or date-time, reduced to the instant it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instant {
    /// Milliseconds since the Unix epoch, UTC.
    pub epoch_ms: i64,
    /// Whether the text named a time of day (with an offset) or only a date.
    pub has_time: bool,
}

/// Why a text is not a timestamp, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimestampError {
    Malformed,
    OutOfRange,
    MissingOffset,
}

impl TimestampError {
    pub fn describe(self) -> &'static str {
        match self {
            TimestampError::Malformed => {
                "expected a date like 2025-04-20 or a date-time like 2025-04-09T18:29:59Z or 2025-04-09 18:29:59+00"
            }
            TimestampError::OutOfRange => "the date or time does not exist (check the month, day, hour and minute)",
            TimestampError::MissingOffset => "a date-time needs a timezone offset (Z, +00 or +05:30), otherwise it is ambiguous",
        }
    }
}

struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn digits(&mut self, count: usize) -> Option<i64> {
        let slice = self.bytes.get(self.at..self.at + count)?;
        let mut value = 0i64;
        for &b in slice {
            if !b.is_ascii_digit() {
                return None;
            }
            value = value * 10 + i64::from(b - b'0');
        }
        self.at += count;
        Some(value)
    }

    fn eat(&mut self, byte: u8) -> bool {
        if self.bytes.get(self.at) == Some(&byte) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn done(&self) -> bool {
        self.at == self.bytes.len()
    }
}

pub fn parse_timestamp(text: &str) -> Result<Instant, TimestampError> {
    use TimestampError::*;
    let mut c = Cursor { bytes: text.as_bytes(), at: 0 };
    let year = c.digits(4).ok_or(Malformed)?;
    if !c.eat(b'-') {
        return Err(Malformed);
    }
    let month = c.digits(2).ok_or(Malformed)?;
    if !c.eat(b'-') {
        return Err(Malformed);
    }
    let day = c.digits(2).ok_or(Malformed)?;
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return Err(OutOfRange);
    }
    let days = days_from_civil(year, month, day);
    if c.done() {
        return Ok(Instant { epoch_ms: days * 86_400_000, has_time: false });
    }
    if !(c.eat(b'T') || c.eat(b't') || c.eat(b' ')) {
        return Err(Malformed);
    }
    let hour = c.digits(2).ok_or(Malformed)?;
    if !c.eat(b':') {
        return Err(Malformed);
    }
    let minute = c.digits(2).ok_or(Malformed)?;
    let mut second = 0;
    let mut millis = 0;
    if c.eat(b':') {
        second = c.digits(2).ok_or(Malformed)?;
        if c.eat(b'.') || c.eat(b',') {
            let start = c.at;
            let mut scale = 100;
            while let Some(d) = c.peek().filter(u8::is_ascii_digit) {
                millis += i64::from(d - b'0') * scale;
                scale /= 10;
                c.at += 1;
            }
            if c.at == start {
                return Err(Malformed);
            }
        }
    }
    if hour > 23 || minute > 59 || second > 60 {
        return Err(OutOfRange);
    }
    let offset_minutes = match c.peek() {
        None => return Err(MissingOffset),
        Some(b'Z' | b'z') => {
            c.at += 1;
            0
        }
        Some(sign @ (b'+' | b'-')) => {
            c.at += 1;
            let hours = c.digits(2).ok_or(Malformed)?;
            let minutes = if c.done() {
                0
            } else {
                c.eat(b':');
                c.digits(2).ok_or(Malformed)?
            };
            if hours > 23 || minutes > 59 {
                return Err(OutOfRange);
            }
            let total = hours * 60 + minutes;
            if sign == b'-' {
                -total
            } else {
                total
            }
        }
        Some(_) => return Err(Malformed),
    };
    if !c.done() {
        return Err(Malformed);
    }
    let local_ms = ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millis;
    Ok(Instant { epoch_ms: local_ms - offset_minutes * 60_000, has_time: true })
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `2025-04-09T18:29:59.000Z`: the form `Date.prototype.toISOString` gives, for any instant.
pub fn format_iso_utc(epoch_ms: i64) -> String {
    let days = epoch_ms.div_euclid(86_400_000);
    let ms_of_day = epoch_ms.rem_euclid(86_400_000);
    let (year, month, day) = civil_from_days(days);
    let mut out = String::with_capacity(27);
    // toISOString's expanded years: a sign and six digits outside 0000 to 9999 (an offset can
    // move 0000-01-01 or 9999-12-31 across that edge); push_integer writes the minus.
    if year > 9999 {
        out.push('+');
    }
    push_integer(&mut out, year, if (0..=9999).contains(&year) { 4 } else { 6 });
    let (h, m, s, ms) = (ms_of_day / 3_600_000, ms_of_day / 60_000 % 60, ms_of_day / 1000 % 60, ms_of_day % 1000);
    for (separator, value, digits) in [('-', month, 2), ('-', day, 2), ('T', h, 2), (':', m, 2), (':', s, 2), ('.', ms, 3)] {
        out.push(separator);
        push_integer(&mut out, value, digits);
    }
    out.push('Z');
    out
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(text: &str) -> i64 {
        parse_timestamp(text).unwrap_or_else(|e| panic!("{text}: {e:?}")).epoch_ms
    }

    #[test]
    fn every_form_of_the_reference_parses_to_the_same_instant_as_js_date() {
        // Values from `new Date(text).getTime()` in Node 20.
        assert_eq!(ms("2025-01-26T13:46:21.670006+00:00"), 1_737_899_181_670);
        assert_eq!(ms("2024-05-13 11:19:34+00"), 1_715_599_174_000);
        assert_eq!(ms("2026-04-26 17:23:13.273371+05:30"), 1_777_204_393_273);
        assert_eq!(ms("2025-04-20"), 1_745_107_200_000);
        assert_eq!(ms("2025-04-09T18:29:59Z"), 1_744_223_399_000);
        assert_eq!(ms("2025-01-18T14:51:03+00:00"), 1_737_211_863_000);
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        assert_eq!(parse_timestamp("2025-02-30"), Err(TimestampError::OutOfRange));
        assert_eq!(parse_timestamp("2025-04-09 18:29:59"), Err(TimestampError::MissingOffset));
        for bad in ["", "tomorrow", "2025-4-9", "2025-04-09T", "2025-04-09T18:29:59+0", "2025-04-09T18:29:59Zjunk", "1737976074"] {
            assert!(parse_timestamp(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn formats_like_to_iso_string() {
        assert_eq!(format_iso_utc(1_777_204_393_273), "2026-04-26T11:53:13.273Z");
        assert_eq!(format_iso_utc(0), "1970-01-01T00:00:00.000Z");
        // `new Date(ms).toISOString()` in Node 20: years outside 0000 to 9999 are expanded.
        assert_eq!(format_iso_utc(-62_167_222_800_000), "-000001-12-31T23:00:00.000Z");
        assert_eq!(format_iso_utc(253_402_304_399_000), "+010000-01-01T00:59:59.000Z");
        assert_eq!(format_iso_utc(-62_135_596_800_000), "0001-01-01T00:00:00.000Z");
        assert_eq!(format_iso_utc(-1), "1969-12-31T23:59:59.999Z");
    }
}
