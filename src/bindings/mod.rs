//! The JavaScript face of the crate: the only module with `#[wasm_bindgen]` exports. Each
//! export converts its arguments (through [`interop`]), calls the core, and converts back;
//! no decision is made here.

mod error;
mod interop;
mod models;

pub use error::to_js_error;

use wasm_bindgen::prelude::*;

/// The version of this package.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_owned()
}
