//! Timestamps: any text is a timestamp or a clean error, and for the years ISO strings can
//! name, an instant written as `toISOString` does reads back as the same instant.
#![no_main]

use libfuzzer_sys::fuzz_target;
use periskope_wasm::formats::{format_iso_utc, parse_timestamp};

/// 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z.
const FOUR_DIGIT_YEARS: std::ops::RangeInclusive<i64> = -62_167_219_200_000..=253_402_300_799_999;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(instant) = parse_timestamp(text) {
        if FOUR_DIGIT_YEARS.contains(&instant.epoch_ms) {
            let written = format_iso_utc(instant.epoch_ms);
            let again = parse_timestamp(&written).unwrap_or_else(|e| panic!("{written}: {e:?}"));
            assert_eq!(again.epoch_ms, instant.epoch_ms, "{text} → {written}");
        }
    }
    if data.len() >= 8 {
        let ms = i64::from_le_bytes(data[..8].try_into().unwrap_or_default());
        let _ = format_iso_utc(ms);
    }
});
