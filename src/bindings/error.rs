//! The one mapping from the core [`Error`] to the JS `PeriskopeError`.

use js_sys::{Array, Date, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::error::{DetailValue, Error, Issue, PathSegment};

#[wasm_bindgen(module = "/js/periskope-error.js")]
extern "C" {
    #[wasm_bindgen(js_name = createPeriskopeError)]
    fn create_periskope_error(kind: &str, message: &str, details: &Object) -> JsValue;
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

fn detail_to_js(value: DetailValue<'_>) -> JsValue {
    match value {
        DetailValue::Text(text) => JsValue::from_str(text),
        DetailValue::Number(number) => JsValue::from_f64(number),
        DetailValue::Texts(texts) => texts.iter().map(|text| JsValue::from_str(text)).collect::<Array>().into(),
    }
}

pub fn issues_to_js(issues: &[Issue]) -> Array {
    issues
        .iter()
        .map(|issue| {
            let js_issue = Object::new();
            let path: Array = issue
                .path
                .iter()
                .map(|segment| match segment {
                    PathSegment::Key(key) => JsValue::from_str(key),
                    PathSegment::Index(index) => JsValue::from(*index),
                })
                .collect();
            set(&js_issue, "path", path);
            set(&js_issue, "code", issue.code().as_str());
            set(&js_issue, "message", issue.message.as_str());
            issue.detail.each_field(&mut |name, value| set(&js_issue, name, detail_to_js(value)));
            JsValue::from(js_issue)
        })
        .collect()
}
