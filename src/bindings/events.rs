//! `parseEvent`, `changedFields`, `verifyWebhookSignature` and `WEBHOOK_EVENTS`: conversions
//! around `crate::events`, which makes every decision.

use js_sys::{Array, JsString};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::error::to_js_error;
use super::interop::{
    bytes_of, js_to_value, js_type_name, json_parse, materialise, parse_options, string_items, with_payload, Bytes, JsParseOptions,
    JsPayload, POSING,
};
use crate::error::{Error, Issue, IssueDetail, PathSegment};
use crate::events;
use crate::schema::ParseOptions;

#[wasm_bindgen(typescript_custom_section)]
const TS_EVENT_NAMES: &'static str = events::EVENT_NAMES_TS;

#[wasm_bindgen(typescript_custom_section)]
const TS_EVENTS: &'static str = r#"
/** What every webhook event carries, whichever envelope form it came in. */
export interface WebhookEnvelope {
  /** The organisation the event belongs to (a UUID). */
  org_id: string;
  /** When the event was created. */
  timestamp?: Nullable<Timestamp>;
  /** The delivery's id, sent by real traffic (with `event_type`); absent in the documented form. */
  id?: Nullable<string>;
  /** Update events: the changed fields' values before the update, by field name. See `changedFields`. */
  previous_attributes?: Nullable<Record<string, unknown>>;
}
/** A webhook event this version knows: `data` has the model its name says. Narrow on `event`. */
export type KnownWebhookEvent = {
  [N in WebhookEventName]: WebhookEnvelope & {
    /** The event's name (from `event`, or `event_type` in the form real traffic carries). */
    event: N;
    known: true;
    data: WebhookEventData[N];
  };
}[WebhookEventName];
declare const unknownEventName: unique symbol;
/**
 * The name of an event this version does not know. It is a plain string at runtime; it is
 * typed apart from `string` so that `event === 'ticket.updated'` narrows a `WebhookEvent` to the
 * known event (TypeScript has no "any string but these" type). Use `String(e.event)` to read it.
 */
export interface UnknownEventName extends String {
  readonly [unknownEventName]: true;
}
/** An event this version does not know (the API added it later): `data` is kept as sent. */
export interface UnknownWebhookEvent extends WebhookEnvelope {
  event: UnknownEventName;
  known: false;
  data?: unknown;
}
/** A parsed webhook body: narrow on `event` (or check `known`) to get the type of `data`. */
export type WebhookEvent = KnownWebhookEvent | UnknownWebhookEvent;
/** One field an update event changed. */
export interface ChangedField {
  /** The field's name, a key of `previous_attributes`. */
  field: string;
  /** Its value before the update. */
  previous: unknown;
  /** Its value now: from `data.ticket` for `ticket.*` events, from `data` otherwise; absent when the data does not carry it. */
  current?: unknown;
}
"#;

// The array itself is a small generated module (a test keeps it equal to the Rust table);
// the package entry points re-export it, since wasm-bindgen exports only functions and classes.
#[wasm_bindgen(module = "/src/events/webhook-events.js")]
extern "C" {
    #[wasm_bindgen(thread_local_v2, js_name = WEBHOOK_EVENTS)]
    static WEBHOOK_EVENTS_ARRAY: Array;
}

/// Parses a webhook body: JSON text (preferred: keep the raw body, which `verifyWebhookSignature`
/// needs too), its UTF-8 bytes, or a parsed object. Accepts the documented envelope
/// (`{ event, data, org_id, timestamp, previous_attributes }`) and the one real traffic carries
/// (`event_type` instead of `event`, plus `id`), and returns one form: `event` is always set,
/// `known` says whether this version knows the event, and `data` is parsed with the event's
/// model. An unknown event name is not an error: its `data` is kept as sent.
/// Throws a `PeriskopeError` of kind `syntax`, `validation` (e.g. no `event`, `data` of the wrong
/// type, `event` and `event_type` naming different events) or `limit`.
#[wasm_bindgen(js_name = parseEvent, unchecked_return_type = "WebhookEvent")]
pub fn parse_event(input: JsPayload, options: Option<JsParseOptions>) -> Result<JsValue, JsValue> {
    let options = parse_options(options.as_ref());
    with_payload(&input, &options, None, &mut |payload| {
        let parsed = events::parse_event(payload.text, &options)?;
        materialise(payload, &parsed.edits)
    })
    .map_err(to_js_error)
}

/// The fields an update event changed: one `{ field, previous, current }` per key of
/// `previous_attributes`, in order. `current` comes from `data.ticket` for `ticket.*` events and
/// from `data` for the others. An event without `previous_attributes` gives `[]`.
#[wasm_bindgen(js_name = changedFields, unchecked_return_type = "ChangedField[]")]
pub fn changed_fields(#[wasm_bindgen(unchecked_param_type = "WebhookEvent")] event: JsValue) -> Result<JsValue, JsValue> {
    let run = || -> Result<JsValue, Error> {
        let value = js_to_value(&event, ParseOptions::default().max_depth)?;
        let changed = events::changed_fields(&value);
        json_parse(&events::changed_fields_json(&changed))
    };
    run().map_err(to_js_error)
}

/// Whether `signature` (the `x-periskope-signature` header) is the HMAC-SHA256 of the raw
/// request body keyed with the signing key's UTF-8 bytes, in hex (either case; surrounding
/// whitespace ignored). Compares in constant time. A missing, empty or malformed header gives
/// `false`, never an exception. While keys are rotated, give several: a signature by any of
/// them verifies, and every one is tried, so the time taken does not say which matched.
///
/// The scheme follows integrators' reports and the header the API sends: Periskope's own page
/// on it could not be found. Pass the body exactly as received (a string, or the bytes), never
/// re-serialised JSON. Throws a `PeriskopeError` of kind `validation` only for programming
/// errors: a `rawBody` that is not a string or bytes (such as an already parsed object), or a
/// `signingKey` that is not a non-empty string (or a non-empty array of them).
#[wasm_bindgen(js_name = verifyWebhookSignature)]
pub fn verify_webhook_signature(
    #[wasm_bindgen(js_name = rawBody, unchecked_param_type = "string | Uint8Array | ArrayBuffer")] raw_body: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | readonly string[] | null | undefined")] signature: JsValue,
    #[wasm_bindgen(js_name = signingKey, unchecked_param_type = "string | readonly string[]")] signing_key: JsValue,
) -> Result<bool, JsValue> {
    let body = body_bytes(&raw_body).map_err(to_js_error)?;
    let keys = signing_keys(&signing_key).map_err(to_js_error)?;
    let Some(header) = header_text(&signature) else { return Ok(false) };
    Ok(keys.iter().fold(false, |verified, key| events::verify_signature(&body, &header, key.as_bytes()) | verified))
}

fn signing_keys(signing_key: &JsValue) -> Result<Vec<String>, Error> {
    let keys = string_items(signing_key).unwrap_or_else(|| vec![signing_key.as_string()]);
    if keys.is_empty() || keys.iter().any(|key| key.as_deref().is_none_or(str::is_empty)) {
        return Err(misuse(
            "signingKey",
            "string | string[]",
            signing_key,
            "expected the signing key from the Periskope console, a non-empty string, or an array of them while rotating",
        ));
    }
    Ok(keys.into_iter().flatten().collect())
}

fn body_bytes(raw_body: &JsValue) -> Result<Vec<u8>, Error> {
    if let Some(text) = raw_body.dyn_ref::<JsString>() {
        return Ok(String::from(text).into_bytes());
    }
    let message = match bytes_of(raw_body) {
        Bytes::Array(bytes) => return Ok(bytes.to_vec()),
        Bytes::Posing => POSING,
        Bytes::Not => {
            "expected the raw request body as a string or bytes; verify before parsing JSON, since a re-serialised body has other bytes"
        }
    };
    Err(misuse("rawBody", "string | Uint8Array | ArrayBuffer", raw_body, message))
}

/// The header's text; Node gives repeated headers as an array, of which only a single value is meaningful.
fn header_text(signature: &JsValue) -> Option<String> {
    if let Some(text) = signature.as_string() {
        return Some(text);
    }
    match string_items(signature)?.as_slice() {
        [only] => only.clone(),
        _ => None,
    }
}

fn misuse(argument: &str, expected: &'static str, given: &JsValue, message: &str) -> Error {
    let detail = IssueDetail::invalid_type(expected, js_type_name(given));
    Error::validation(vec![Issue::new(vec![PathSegment::from(argument)], detail, message)])
}
