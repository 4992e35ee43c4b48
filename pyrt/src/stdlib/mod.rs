//! Standard-library modules implemented natively in Rust.
//!
//! Each module file exposes `pub fn attributes() -> Vec<(&'static str, Value)>`:
//! the module's public names (functions as `Value::Builtin` of a static
//! [`crate::func::BuiltinFunction`], constants as plain values) in the order
//! CPython's `dir()` would not care about, built once when the module is
//! first imported. Module state (such as `random`'s generator) lives in a
//! [`crate::sync::PyStatic`] inside the module file.

pub mod math;
pub mod random;
