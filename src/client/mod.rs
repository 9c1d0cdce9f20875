//! The sans-IO client: request descriptions and response interpretation (issue 5).
