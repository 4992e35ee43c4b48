//! How a block lowered into a closure (a `try` body, a `with` body, an
//! `except` handler) finished, so the enclosing code can continue the same way.

use crate::value::Value;

/// The way a closure-lowered block ended.
pub enum Flow {
    /// It ran to its end.
    Normal,
    /// It executed `return value`.
    Return(Value),
    /// It executed `break` out of the loop with this id (a loop outside the block).
    Break(u32),
    /// It executed `continue` in the loop with this id (a loop outside the block).
    Continue(u32),
}
