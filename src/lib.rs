//! periskope-wasm: typed, validated, fast access to the Periskope API from browsers,
//! workers and Node. Everything but [`bindings`] is plain Rust, tested natively; the
//! bindings are the only place that knows about JavaScript.

// First: its `model!` helpers (`shape_of!`, `ts_type!`) also describe the client's operations.
#[macro_use]
pub mod model;
pub mod client;
pub mod error;
pub mod events;
pub mod formats;
pub mod json;
pub mod schema;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod bindings;

pub use error::{Error, ErrorKind, Issue, IssueCode, IssueDetail, PathSegment, Position};
pub use schema::ParseOptions;

/// The version of this package, as published.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Talc instead of Rust's default dlmalloc for wasm: smaller, and no slower on our workloads.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
