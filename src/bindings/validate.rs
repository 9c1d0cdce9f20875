//! Exports of request validation.
