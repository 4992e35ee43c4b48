//! Shared helpers for pyrc's end-to-end tests.
