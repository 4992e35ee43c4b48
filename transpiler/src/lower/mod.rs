//! Lowering: the Python AST to Rust syntax trees that call pyrt.
//!
//! Each Python operation lowers to one call of a pyrt function with a clear
//! name (`pyrt::ops::add`, `G_x.get()`), so generated code stays small and
//! readable. Module globals become static [`GlobalCell`]s; calls to
//! module-level functions become direct Rust calls behind a version check.
//!
//! Invariants: lowering never re-reads the source text except to quote a
//! statement's line in a comment; it never fails wholesale — each unsupported
//! construct adds a diagnostic and lowering goes on, so one run reports all.
//!
//! Map: [`module`] assembles the file; [`stmt`] statements; [`expr`]
//! expressions; [`call`] calls; [`func`] function definitions; [`names`]
//! Rust identifiers for Python names; [`context`] the state shared by all.
//!
//! [`GlobalCell`]: https://docs.rs/pyrt (pyrt::globals::GlobalCell)

mod annotations;
mod builtins;
mod call;
mod class;
mod comprehension;
mod context;
mod exceptions;
mod expr;
mod func;
mod genexpr;
mod imports;
mod matching;
mod module;
mod moves;
mod names;
mod pairs;
mod stepgen;
mod stmt;
mod target;
mod unparse;

pub use builtins::provided as provided_builtins;
pub use context::ModuleRole;
pub use module::lower_module;
