//! Webhook events: the envelope, the 20 event types and signature verification (issue 6).
