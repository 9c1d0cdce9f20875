//! Request validation: what the caller is about to send, checked and normalised before it leaves (issue 4).
