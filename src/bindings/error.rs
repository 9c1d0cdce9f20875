//! The one mapping from the core [`Error`] to the JS `PeriskopeError`.

use js_sys::{Date, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::error::{issues_json, Error, Issue};

#[wasm_bindgen(module = "/js/periskope-error.js")]
extern "C" {
    /// The parts of a `PeriskopeError`, which the glue makes as it throws them (js/periskope-error.js):
    /// every `Err` of an export is one of these.
    #[wasm_bindgen(js_name = createPeriskopeError)]
    fn create_periskope_error(kind: &str, message: &str, details: &Object) -> JsValue;
}

#[wasm_bindgen]
extern "C" {
    // Not `catch`: it is only given the text of `issues_json` or `validation_json`, which the
    // core's tests parse for every kind of issue and every character.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse)]
    pub(super) fn parse_json(text: &str) -> JsValue;
}

fn set(target: &Object, key: &str, value: impl Into<JsValue>) {
    // Reflect.set on a fresh plain object cannot fail.
    let _ = Reflect::set(target, &JsValue::from_str(key), &value.into());
}

pub fn to_js_error(error: Error) -> JsValue {
    let details = Object::new();
    if let Some(position) = error.position {
        set(&details, "line", position.line);
        set(&details, "column", position.column);
        set(&details, "offset", position.offset);
    }
    if !error.issues.is_empty() {
        set(&details, "issues", issues_to_js(&error.issues));
    }
    if let Some(limit) = error.limit {
        set(&details, "limit", limit.as_str());
    }
    if error.from_server {
        set(&details, "fromServer", true);
    }
    if let Some(http) = &error.http {
        set(&details, "status", http.status);
        if let Some(code) = &http.code {
            set(&details, "code", code.as_str());
        }
        if let Some(trace_id) = &http.trace_id {
            set(&details, "traceId", trace_id.as_str());
        }
        if let Some(seconds) = http.retry_after_seconds {
            set(&details, "retryAfter", seconds);
        }
        if let Some(rate) = &http.rate_limit {
            let js_rate = Object::new();
            if let Some(limit) = rate.limit {
                set(&js_rate, "limit", limit as f64);
            }
            if let Some(remaining) = rate.remaining {
                set(&js_rate, "remaining", remaining as f64);
            }
            if let Some(reset) = rate.reset_epoch_seconds {
                set(&js_rate, "reset", Date::new(&JsValue::from_f64(reset as f64 * 1000.0)));
            }
            set(&details, "rateLimit", js_rate);
        }
    }
    create_periskope_error(error.kind.as_str(), &error.message, &details)
}

/// The issues as JS objects (`PeriskopeIssue[]`), built by one `JSON.parse` of the core's text.
pub fn issues_to_js(issues: &[Issue]) -> JsValue {
    parse_json(&issues_json(issues))
}
