//! The `PeriskopeClient` class: the only code that calls `fetch`. It performs what the sans-IO
//! core in `crate::client` describes (requests, retries, waits) and makes no decision itself.
//!
//! `fetch`, `setTimeout` and `AbortController` are read from `globalThis` so the same module runs
//! in pages, dedicated workers, extension service workers (no `window`) and Node; a caller's own
//! `fetch` is used when given. gloo-net is not used: it binds the global `fetch` statically, so it
//! cannot take the caller's, and it panics when `fetch` resolves to something other than a native
//! `Response` (a panic kills the module for the whole page).

use std::rc::Rc;

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

use super::error::to_js_error;
use super::interop::{js_to_value, js_type_name, materialise, with_payload};
use crate::client::{decide_retry, interpret, redact_text, Answer, Config, Form, Input, Operation, Outcome, RequestSpec};
use crate::error::{Error, Issue, IssueDetail, PathSegment};
use crate::json::Value;
use crate::schema::ParseOptions;

/// Options and inputs are small; deeper nesting is a mistake and is refused before it is read.
const MAX_INPUT_DEPTH: u32 = 32;
/// The abort reason that tells our own timeout from the caller's signal.
const TIMEOUT_REASON: &str = "periskope-timeout";

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
    inner: Rc<Inner>,
}

struct Inner {
    config: Config,
    fetch: Option<Function>,
    /// The `headers` option when it is a function, called before each attempt.
    headers: Option<Function>,
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
        let fetch = option("fetch").dyn_into::<Function>().ok();
        let headers = option("headers").dyn_into::<Function>().ok();
        let config = js_to_value(options, MAX_INPUT_DEPTH)
            .and_then(|value| with_resolved_base_url(value, &option("headers")))
            .and_then(|value| Config::from_options(&value));
        match config {
            Ok(config) => Ok(PeriskopeClient { inner: Rc::new(Inner { config, fetch, headers }) }),
            // Validation messages never quote the key, but redact is the one rule for every error.
            Err(error) => Err(to_js_error(redact_unknown_key(options, error))),
        }
    }

    /// Calls operation `operation` of the table (`crate::client::Operation::ALL`). The method of
    /// each operation (`getTicket(ticketId, options)`) is defined in js/client.js as a call to this
    /// with its arguments as given: the path id first when the operation takes one, then its query
    /// or body when it takes one, then the per-call options.
    #[wasm_bindgen(js_name = __call, skip_typescript)]
    pub fn call(&self, operation: u32, a: JsValue, b: JsValue, c: JsValue) -> Promise {
        let Some(&operation) = Operation::ALL.get(operation as usize) else {
            return self.run(Err(Error::network("no such operation: the package's files are from different versions")), JsValue::UNDEFINED);
        };
        let route = operation.route();
        let mut arguments = [a, b, c].into_iter();
        let id = route.id.map(|_| arguments.next().unwrap_or(JsValue::UNDEFINED));
        let input = match route.input {
            Input::None => JsValue::UNDEFINED,
            _ => arguments.next().unwrap_or(JsValue::UNDEFINED),
        };
        let options = arguments.next().unwrap_or(JsValue::UNDEFINED);
        let spec = id.map(|id| js_to_value(&id, MAX_INPUT_DEPTH)).transpose().and_then(|id| {
            let input = js_to_value(&input, MAX_INPUT_DEPTH)?;
            self.inner.config.request(operation, id.as_ref(), &input)
        });
        self.run(spec, options)
    }

    fn run(&self, spec: Result<RequestSpec, Error>, options: JsValue) -> Promise {
        let inner = Rc::clone(&self.inner);
        let signal = Some(options)
            .filter(JsValue::is_object)
            .and_then(|o| Reflect::get(&o, &JsValue::from_str("signal")).ok())
            .filter(|s| s.is_object());
        future_to_promise(async move {
            let result = match spec {
                Ok(spec) => execute(&inner, &spec, signal).await,
                Err(error) => Err(error),
            };
            result.map_err(|error| to_js_error(inner.config.redact(error)))
        })
    }
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

fn redact_unknown_key(options: &JsValue, mut error: Error) -> Error {
    if let Some(key) = Reflect::get(options, &JsValue::from_str("apiKey")).ok().and_then(|k| k.as_string()) {
        if let Some(clean) = redact_text(&error.message, &key) {
            error.message = clean;
        }
    }
    error
}

/// How one `fetch` attempt ended.
enum Attempt {
    Answered { status: u16, headers: Vec<(String, String)>, body: JsValue },
    Failed(String),
}

/// Runs one call: attempts, waits and the final interpretation, all decided by the core.
async fn execute(inner: &Inner, spec: &RequestSpec, signal: Option<JsValue>) -> Result<JsValue, Error> {
    let call = Call::start(inner, signal)?;
    let mut attempt = 0u32;
    loop {
        attempt += 1;
        let outcome = call.attempt(inner, spec).await?;
        let now = js_sys::Date::now() as u64;
        let (retry, error) = match outcome {
            Attempt::Failed(message) => {
                let wait =
                    decide_retry(spec.method, attempt, Outcome::Network, &[], inner.config.max_retries(), js_sys::Math::random(), now);
                (wait, Error::network(message))
            }
            Attempt::Answered { status, headers, body } => {
                // The body's own errors come back marked `from_server` already; only reading it can fail here.
                let mut answer_error = None;
                let built = with_payload(&body, ParseOptions::default().max_bytes, &mut |payload| match interpret(
                    spec.operation,
                    status,
                    &headers,
                    payload.text,
                    now,
                ) {
                    Ok(Answer::Body { edits, form }) => shaped(materialise(payload, &edits)?, form),
                    Ok(Answer::Empty) => Ok(JsValue::NULL),
                    Err(error) => {
                        answer_error = Some(error);
                        Ok(JsValue::UNDEFINED)
                    }
                })
                .map_err(Error::from_server)?;
                match answer_error {
                    None => return Ok(built),
                    Some(error) => {
                        let outcome = Outcome::Status(status);
                        let wait =
                            decide_retry(spec.method, attempt, outcome, &headers, inner.config.max_retries(), js_sys::Math::random(), now);
                        (wait, error)
                    }
                }
            }
        };
        match retry {
            Some(wait_ms) => call.sleep(wait_ms).await?,
            None => return Err(error),
        }
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

fn global_function(global: &JsValue, name: &str) -> Result<Function, Error> {
    Reflect::get(global, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or_else(|| Error::network(format!("this environment has no global {name}")))
}

/// The JS objects of one call: its `AbortController` (fired by the caller's signal or by the
/// timeout), a promise that settles when it fires, and the timer. Dropping it clears the timer
/// and unhooks the caller's signal, so nothing outlives the call.
struct Call {
    global: JsValue,
    set_timeout: Function,
    clear_timeout: Function,
    signal: JsValue,
    interrupted: Promise,
    timer: JsValue,
    timeout_ms: u32,
    caller_signal: Option<(JsValue, Function)>,
}

impl Call {
    fn start(inner: &Inner, caller_signal: Option<JsValue>) -> Result<Call, Error> {
        if let Some(signal) = &caller_signal {
            if is_aborted(signal) {
                return Err(Error::aborted());
            }
        }
        let global: JsValue = js_sys::global().into();
        let set_timeout = global_function(&global, "setTimeout")?;
        let clear_timeout = global_function(&global, "clearTimeout")?;
        let controller = Reflect::construct(&global_function(&global, "AbortController")?, &Array::new())
            .map_err(|_| Error::network("AbortController could not be created"))?;
        let signal = Reflect::get(&controller, &JsValue::from_str("signal")).unwrap_or(JsValue::UNDEFINED);
        let abort = Reflect::get(&controller, &JsValue::from_str("abort"))
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .ok_or_else(|| Error::network("AbortController has no abort method"))?;
        // Resolves (never rejects: nothing to leave unhandled) when the call is interrupted.
        let interrupted = Promise::new(&mut |resolve, _reject| {
            let _ = call_method(&signal, "addEventListener", &[JsValue::from_str("abort"), resolve.into()]);
        });
        let on_timeout = abort.bind1(&controller, &JsValue::from_str(TIMEOUT_REASON));
        let timer = set_timeout.call2(&global, &on_timeout, &JsValue::from(inner.config.timeout_ms())).unwrap_or(JsValue::UNDEFINED);
        let caller_signal = caller_signal.map(|caller| {
            let on_abort = abort.bind0(&controller);
            let _ = call_method(&caller, "addEventListener", &[JsValue::from_str("abort"), on_abort.clone().into()]);
            (caller, on_abort)
        });
        Ok(Call { global, set_timeout, clear_timeout, signal, interrupted, timer, timeout_ms: inner.config.timeout_ms(), caller_signal })
    }

    /// The error for an interrupted call: our timeout or the caller's abort.
    fn interruption(&self) -> Error {
        let reason = Reflect::get(&self.signal, &JsValue::from_str("reason")).unwrap_or(JsValue::UNDEFINED);
        if reason.as_string().as_deref() == Some(TIMEOUT_REASON) {
            Error::timeout(self.timeout_ms)
        } else {
            Error::aborted()
        }
    }

    /// Awaits `promise` unless the call is interrupted first. `Ok(Err(e))` is the promise's rejection.
    async fn race(&self, promise: &Promise) -> Result<Result<JsValue, JsValue>, Error> {
        let raced = Promise::race(&Array::of2(promise, &self.interrupted));
        let settled = JsFuture::from(raced).await;
        if is_aborted(&self.signal) {
            return Err(self.interruption());
        }
        Ok(settled)
    }

    async fn attempt(&self, inner: &Inner, spec: &RequestSpec) -> Result<Attempt, Error> {
        let fetch = match &inner.fetch {
            Some(fetch) => fetch.clone(),
            None => global_function(&self.global, "fetch")?,
        };
        let init = Object::new();
        let headers = Object::new();
        // The caller's own first, so that the client's (the key, x-phone) are what is sent.
        if let Some(callback) = &inner.headers {
            let own = match callback.call0(&JsValue::UNDEFINED) {
                Ok(returned) => self.race(&Promise::resolve(&returned)).await?,
                Err(thrown) => Err(thrown),
            };
            match own {
                Ok(own) if own.is_object() => {
                    for entry in Object::entries(&Object::from(own)).iter() {
                        let entry: Array = entry.unchecked_into();
                        let _ = Reflect::set(&headers, &entry.get(0), &JsValue::from_str(&entry.get(1).as_string().unwrap_or_default()));
                    }
                }
                Ok(_) => return Err(Error::network("the headers option's function returned no object of headers")),
                Err(error) => return Err(Error::network(format!("the headers option's function failed: {}", network_message(&error)))),
            }
        }
        for (name, value) in &spec.headers {
            let _ = Reflect::set(&headers, &JsValue::from_str(name), &JsValue::from_str(value));
        }
        let _ = Reflect::set(&init, &JsValue::from_str("method"), &JsValue::from_str(spec.method.as_str()));
        let _ = Reflect::set(&init, &JsValue::from_str("headers"), &headers);
        if let Some(body) = &spec.body {
            let _ = Reflect::set(&init, &JsValue::from_str("body"), &JsValue::from_str(body));
        }
        let _ = Reflect::set(&init, &JsValue::from_str("signal"), &self.signal);
        let response = match fetch.call2(&self.global, &JsValue::from_str(&spec.url), &init) {
            Ok(returned) => self.race(&Promise::resolve(&returned)).await?,
            Err(thrown) => Err(thrown),
        };
        let response = match response {
            Ok(response) => response,
            Err(error) => return Ok(Attempt::Failed(network_message(&error))),
        };
        let status = Reflect::get(&response, &JsValue::from_str("status")).ok().and_then(|s| s.as_f64());
        let Some(status) = status.filter(|s| (100.0..=599.0).contains(s)).map(|s| s as u16) else {
            return Ok(Attempt::Failed("fetch resolved to something that is not a Response".to_owned()));
        };
        let headers = read_headers(&response);
        let body = match call_method(&response, "text", &[]) {
            Ok(text) => self.race(&Promise::resolve(&text)).await?,
            Err(thrown) => Err(thrown),
        };
        match body {
            Ok(body) if body.is_string() => Ok(Attempt::Answered { status, headers, body }),
            Ok(_) => Ok(Attempt::Failed("the response body could not be read as text".to_owned())),
            Err(error) => Ok(Attempt::Failed(format!("the connection failed while reading the response: {}", network_message(&error)))),
        }
    }

    /// Waits `ms`, or less when the call is interrupted (then rejects at once).
    async fn sleep(&self, ms: u64) -> Result<(), Error> {
        let mut timer = JsValue::UNDEFINED;
        let elapsed = Promise::new(&mut |resolve, _reject| {
            timer = self.set_timeout.call2(&self.global, &resolve, &JsValue::from(ms as f64)).unwrap_or(JsValue::UNDEFINED);
        });
        let result = self.race(&elapsed).await;
        let _ = self.clear_timeout.call1(&self.global, &timer);
        result.map(|_| ())
    }
}

impl Drop for Call {
    fn drop(&mut self) {
        let _ = self.clear_timeout.call1(&self.global, &self.timer);
        if let Some((caller, on_abort)) = &self.caller_signal {
            let _ = call_method(caller, "removeEventListener", &[JsValue::from_str("abort"), on_abort.clone().into()]);
        }
    }
}

fn is_aborted(signal: &JsValue) -> bool {
    Reflect::get(signal, &JsValue::from_str("aborted")).is_ok_and(|a| a.is_truthy())
}

fn call_method(target: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let method: Function = Reflect::get(target, &JsValue::from_str(name))?.dyn_into()?;
    method.apply(target, &args.iter().collect::<Array>())
}

/// Response headers as pairs, through the iterable `Headers` (any `fetch` returns one).
fn read_headers(response: &JsValue) -> Vec<(String, String)> {
    let Ok(headers) = Reflect::get(response, &JsValue::from_str("headers")) else { return Vec::new() };
    let Ok(Some(entries)) = js_sys::try_iter(&headers) else { return Vec::new() };
    entries
        .filter_map(|entry| {
            let pair: Array = entry.ok()?.dyn_into().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// A failed fetch's message, with its cause (Node puts the reason, `ECONNREFUSED`, there).
fn network_message(error: &JsValue) -> String {
    let text = |value: &JsValue| -> Option<String> {
        value.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).or_else(|| value.as_string()).filter(|m| !m.is_empty())
    };
    let mut message = format!("could not reach the Periskope API: {}", text(error).unwrap_or_else(|| "the request failed".to_owned()));
    if let Some(cause) = Reflect::get(error, &JsValue::from_str("cause")).ok().as_ref().and_then(text) {
        message.push_str(&format!(" ({cause})"));
    }
    message
}
