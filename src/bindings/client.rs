//! The `PeriskopeClient` class: the only code that calls `fetch`.
