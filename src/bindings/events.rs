//! Exports of webhook events.
