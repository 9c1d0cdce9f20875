//! The `PeriskopeClient` class as wasm-bindgen generates it: the constructor, which checks the
//! options and keeps the key inside the module, and what the sans-IO core in `crate::client`
//! does for each call: the request to send, what an answer resolves to, whether and when to
//! retry. js/client.js does the I/O around them (`fetch`, the timeout, the caller's signal, the
//! waits) and decides nothing: async Rust over JS promises cost the module more than all of it.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use super::error::to_js_error;
use super::interop::{js_options_to_value, js_to_value, js_type_name, materialise, with_payload};
use crate::client::{
    decide_retry, interpret, next_offset, redact_error, redact_text, Answer, Config, Form, Input, Operation, Outcome, DEFAULT_PAGE_LIMIT,
};
use crate::error::{Error, Issue, IssueDetail, PathSegment};
use crate::json::Value;
use crate::schema::ParseOptions;

/// Options and inputs are small; deeper nesting is a mistake and is refused before it is read.
const MAX_INPUT_DEPTH: u32 = 32;

#[wasm_bindgen(typescript_custom_section)]
const TS_CLIENT: &'static str = r#"
/** How a `PeriskopeClient` talks to the API. */
export interface PeriskopeClientOptions {
  /**
   * The organisation's API key (console.periskope.app → Settings → API). Kept inside the module: never in an error, a
   * log or on the client object. Required for the Periskope API itself; leave it out when `baseUrl` is your own backend,
   * which adds it (`createApiProxy` of `periskope-wasm/server`), so that the key never reaches the page.
   */
  apiKey?: string;
  /**
   * Headers of your own for every request, such as a session token for your backend: an object, or a function
   * (sync or async) called before each attempt. Not `Authorization` when `apiKey` is set, and not the headers the
   * client sets itself (`x-phone`, `Accept`, `Content-Type`).
   */
  headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
  /** The phone to act with, sent as `x-phone`: country code and number (`+91 98745 32456` is normalised to `919874532456`) or a phone id (`phone-…`). */
  phone?: string;
  /**
   * Default `https://api.periskope.app/v1`. With `apiKey` it must be `https:`, except on localhost, 127.0.0.1 and
   * [::1]. In a page it may be a path of the page's own origin (`/api/periskope`).
   */
  baseUrl?: string;
  /** A `fetch` to use instead of `globalThis.fetch` (a logging wrapper, a test double, a proxy). */
  fetch?: typeof fetch;
  /** How long one call may take, retries and waits included, before it rejects with kind `'timeout'`. Default 30000. */
  timeoutMs?: number;
  /** How many times a GET that failed with 429, 502, 503, 504 or a network error is tried again. Default 2, at most 10. POST and PATCH are never retried. */
  maxRetries?: number;
}
/** wasm-bindgen gives every class `[Symbol.dispose]`; this declares the symbol for projects whose
 * `lib` predates `esnext.disposable` (ES2022), and is identical to that lib's own declaration. */
declare global {
  interface SymbolConstructor {
    readonly dispose: unique symbol;
  }
}
/** Per-call options. */
export interface RequestOptions {
  /** Aborting rejects the call at once with kind `'aborted'`, also while it waits to retry. */
  signal?: AbortSignal;
}
"#;

/// The methods of the operations table, merged into the class's declaration.
#[wasm_bindgen(typescript_custom_section)]
const TS_CLIENT_METHODS: &'static str = crate::client::TYPESCRIPT;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "PeriskopeClientOptions")]
    pub type JsClientOptions;
}

/// A client of the Periskope API: tickets, chats, messages, private notes and contacts, with an
/// async iterator over every list. Every method validates its input first (an invalid input
/// rejects with kind `'validation'` and nothing is sent), then resolves to the parsed, normalised
/// model, or rejects with a `PeriskopeError`.
#[wasm_bindgen]
pub struct PeriskopeClient {
    config: Config,
}

#[wasm_bindgen]
impl PeriskopeClient {
    /// Checks the options once: throws a `PeriskopeError` of kind `'validation'` for an empty
    /// `apiKey`, an invalid `phone`, a `baseUrl` that is not `https:` (loopback excepted), or an
    /// out-of-range `timeoutMs` / `maxRetries`.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsClientOptions) -> Result<PeriskopeClient, JsValue> {
        let options: &JsValue = options.as_ref();
        let option = |name: &str| Reflect::get(options, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
        let config = js_options_to_value(options, MAX_INPUT_DEPTH)
            .and_then(|value| with_resolved_base_url(value, &option("headers")))
            .and_then(|value| Config::from_options(&value));
        match config {
            Ok(config) => Ok(PeriskopeClient { config }),
            // Validation messages never quote the key, but redact is the one rule for every error.
            Err(error) => Err(to_js_error(redact_unknown_key(options, error))),
        }
    }

    /// The request of operation `operation` of the table (`crate::client::Operation::ALL`), with
    /// its arguments as given to its method in js/client.js (the path id first when it takes
    /// one, then its query or body when it takes one, then the per-call options): `[method, url,
    /// headers as [name, value, ...], body or undefined, where the options are among a, b, c]`.
    /// Throws a `PeriskopeError` of kind `'validation'` for invalid input. js/client.js sends it:
    /// the core describes requests and reads answers, JS does the I/O.
    #[wasm_bindgen(js_name = __request, skip_typescript)]
    pub fn request(&self, operation: u32, a: JsValue, b: JsValue, c: JsValue) -> Result<Array, JsValue> {
        let operation = operation_at(operation).map_err(to_js_error)?;
        let route = operation.route();
        let mut arguments = [a, b, c].into_iter();
        let id = route.id.map(|_| arguments.next().unwrap_or(JsValue::UNDEFINED));
        let input = match route.input {
            Input::None => JsValue::UNDEFINED,
            _ => arguments.next().unwrap_or(JsValue::UNDEFINED),
        };
        let options_at = usize::from(route.id.is_some()) + usize::from(!matches!(route.input, Input::None));
        let spec = id
            .map(|id| js_to_value(&id, MAX_INPUT_DEPTH))
            .transpose()
            .and_then(|id| self.config.request(operation, id.as_ref(), &js_to_value(&input, MAX_INPUT_DEPTH)?))
            .map_err(|error| to_js_error(self.config.redact(error)))?;
        let headers: Array = spec.headers.iter().flat_map(|(name, value)| [JsValue::from_str(name), JsValue::from_str(value)]).collect();
        let body = spec.body.as_deref().map_or(JsValue::UNDEFINED, JsValue::from_str);
        Ok([JsValue::from_str(spec.method.as_str()), JsValue::from_str(&spec.url), headers.into(), body, JsValue::from(options_at as u32)]
            .into_iter()
            .collect())
    }

    /// What an answer to operation `operation` resolves to: the parsed, normalised model (or
    /// `null` for 204 No Content); throws the `PeriskopeError` it is otherwise (`http`, or a
    /// body the server got wrong), the key redacted. `headers` as `[name, value, ...]`.
    #[wasm_bindgen(js_name = __answer, skip_typescript)]
    pub fn answer(&self, operation: u32, status: u16, headers: Array, body: JsValue) -> Result<JsValue, JsValue> {
        let run = || {
            let operation = operation_at(operation)?;
            let headers = header_pairs(&headers);
            let mut answer_error = None;
            let built = with_payload(&body, &ParseOptions::default(), None, &mut |payload| match interpret(
                operation,
                status,
                &headers,
                payload.text,
                js_sys::Date::now() as u64,
            ) {
                Ok(Answer::Body { edits, form }) => shaped(materialise(payload, &edits)?, form),
                Ok(Answer::Empty) => Ok(JsValue::NULL),
                Err(error) => {
                    answer_error = Some(error);
                    Ok(JsValue::UNDEFINED)
                }
            })
            .map_err(Error::from_server)?;
            answer_error.map_or(Ok(built), Err)
        };
        run().map_err(|error| to_js_error(self.config.redact(error)))
    }

    /// How long to wait before attempt `attempt + 1` of operation `operation`, in ms, after an
    /// answer with `status` (0: no answer at all); -1 when it is not retried.
    #[wasm_bindgen(js_name = __retry, skip_typescript)]
    pub fn retry(&self, operation: u32, attempt: u32, status: u16, headers: Array, random: f64, now: f64) -> f64 {
        let Ok(operation) = operation_at(operation) else { return -1.0 };
        let outcome = if status == 0 { Outcome::Network } else { Outcome::Status(status) };
        decide_retry(operation.method(), attempt, outcome, &header_pairs(&headers), self.config.max_retries(), random, now as u64)
            .map_or(-1.0, |ms| ms as f64)
    }

    /// Where the next page of a list starts after one asked from `offset` with `limit` that held
    /// `received` items and said `count` (a number, or anything else when it said none); -1
    /// after the last page. For the `paginate…` iterators of js/client.js.
    #[wasm_bindgen(js_name = __nextOffset, skip_typescript)]
    pub fn next_offset(offset: f64, limit: f64, received: u32, count: JsValue) -> f64 {
        next_offset(offset as u64, limit as u64, u64::from(received), count.as_f64()).map_or(-1.0, |next| next as f64)
    }

    /// The page size of the `paginate…` iterators when their query gives no `limit`.
    #[wasm_bindgen(js_name = __defaultPageLimit, getter, skip_typescript)]
    pub fn default_page_limit() -> u32 {
        DEFAULT_PAGE_LIMIT
    }

    /// `timeoutMs`, as checked by the constructor.
    #[wasm_bindgen(js_name = __timeoutMs, getter, skip_typescript)]
    pub fn timeout_ms(&self) -> u32 {
        self.config.timeout_ms()
    }

    /// `text` without the API key, for the messages js/client.js writes itself.
    #[wasm_bindgen(js_name = __redact, skip_typescript)]
    pub fn redact(&self, text: String) -> String {
        match self.config.api_key() {
            Some(key) => redact_text(&text, key).unwrap_or(text),
            None => text,
        }
    }
}

fn operation_at(index: u32) -> Result<Operation, Error> {
    Operation::ALL
        .get(index as usize)
        .copied()
        .ok_or_else(|| Error::network("no such operation: the package's files are from different versions"))
}

fn header_pairs(flat: &Array) -> Vec<(String, String)> {
    let values: Vec<String> = flat.iter().map(|value| value.as_string().unwrap_or_default()).collect();
    values.chunks_exact(2).filter_map(|pair| Some((pair.first()?.clone(), pair.get(1)?.clone()))).collect()
}

/// Before a `Config` exists there is no key to redact with; read it from the options.
/// The options with a `baseUrl` that is a path of the page's own origin (`/api/periskope`)
/// made absolute against `location`, and a `headers` option that is an object of another
/// class (a `Headers`, a `Map`) refused: `JSON.stringify` would have read it as `{}`.
fn with_resolved_base_url(value: Value, headers: &JsValue) -> Result<Value, Error> {
    let kind = js_type_name(headers);
    if !matches!(kind.as_str(), "undefined" | "null" | "object" | "function") {
        let detail = IssueDetail::invalid_type("object | function", kind.clone());
        let message = format!("expected an object of header values or a function returning one, got a {kind}");
        return Err(Error::validation(vec![Issue::new(vec![PathSegment::from("headers")], detail, message)]));
    }
    let Value::Object(mut entries) = value else { return Ok(value) };
    let Some((_, Value::String(url))) = entries.iter_mut().rev().find(|(key, _)| key == "baseUrl") else {
        return Ok(Value::Object(entries));
    };
    if url.starts_with('/') && !url.starts_with("//") {
        let location = Reflect::get(&js_sys::global(), &JsValue::from_str("location")).unwrap_or(JsValue::UNDEFINED);
        let origin = Reflect::get(&location, &JsValue::from_str("origin")).ok().and_then(|origin| origin.as_string());
        match origin.filter(|origin| origin.starts_with("http")) {
            Some(origin) => *url = format!("{origin}{url}"),
            None => {
                let message = "is a path, which needs a page's location to resolve against: outside a page, give an absolute URL";
                return Err(Error::validation(vec![Issue::new(
                    vec![PathSegment::from("baseUrl")],
                    IssueDetail::invalid_format("url"),
                    message,
                )]));
            }
        }
    }
    Ok(Value::Object(entries))
}

fn redact_unknown_key(options: &JsValue, error: Error) -> Error {
    match Reflect::get(options, &JsValue::from_str("apiKey")).ok().and_then(|key| key.as_string()) {
        Some(key) => redact_error(error, &key),
        None => error,
    }
}

/// What of a parsed body the call resolves to.
fn shaped(body: JsValue, form: Form) -> Result<JsValue, Error> {
    match form {
        Form::Whole => Ok(body),
        Form::Field(key) => Ok(Reflect::get(&body, &JsValue::from_str(key)).unwrap_or(JsValue::NULL)),
        Form::WrappedIn(key) => {
            let wrapper = Object::new();
            let _ = Reflect::set(&wrapper, &JsValue::from_str(key), &body);
            Ok(wrapper.into())
        }
    }
}
