//! `re`: regular expressions (being written).

use crate::value::Value;

/// The module's attributes.
pub fn attributes() -> Vec<(&'static str, Value)> {
    Vec::new()
}
