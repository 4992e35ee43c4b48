//! pyrt — the runtime linked into every program compiled by pyrc.
//!
//! Generated code calls a small API: [`ops`] for operators, [`builtins`] for
//! builtin functions, [`methods`] for method calls on builtin objects,
//! [`globals`] for module-level cells and caches, [`frame`] for tracebacks and
//! the recursion limit, and [`runtime::run_main`] to run the module body.
//!
//! Map (one file per object type or concept):
//! - [`value`]: the `Value` enum; [`types`]: builtin type objects.
//! - [`int`], [`float`], [`str`], [`list`], [`tuple`], [`dict`], [`range`], [`iter`]: objects.
//! - [`ops`], [`compare`], [`hash`], [`subscript`]: operators with Python semantics.
//! - [`repr`]: `repr()` and `str()` of every value.
//! - [`error`]: exceptions; [`frame`]: frames and the recursion limit.
//! - [`globals`]: static cells, versions and builtin caches; [`stats`]: cache counters.
//! - [`func`]: functions and the call protocol; [`sync`]: the single-thread `static` wrapper.
//! - [`class`], [`instance`], [`object`]: Python-defined classes and their instances;
//!   [`object_type`]: the methods of `object`; [`builtin_base`]: classes deriving from builtin types.
//! - [`io`], [`runtime`]: output buffering and process exit; [`allocator`]: free lists in front of `malloc`.
//!
//! pyrt knows nothing of the transpiler or of syn.

pub mod allocator;
pub mod attr;
pub mod bind;
pub mod builtin_base;
pub mod builtins;
pub mod bytes;
pub mod cache;
pub mod cell;
pub mod class;
pub mod compare;
pub mod descr;
pub mod dict;
pub mod error;
pub mod exceptions;
pub mod float;
pub mod flow;
pub mod fmt;
pub mod frame;
pub mod func;
pub mod generator;
pub mod generic_alias;
pub mod globals;
pub mod hash;
pub mod instance;
pub mod int;
pub mod io;
pub mod iter;
pub mod list;
pub mod literals;
pub mod metaclass;
pub mod methods;
pub mod module;
pub mod native;
pub mod object;
pub mod object_type;
pub mod ops;
pub mod pairs;
pub mod patterns;
pub mod range;
pub mod repr;
pub mod runtime;
pub mod set;
pub mod shape;
pub mod slice;
pub mod stats;
pub mod stdlib;
pub mod str;
pub mod subscript;
pub mod sync;
pub mod tuple;
pub mod types;
pub mod unpack;
pub mod value;

pub use error::{ExcKind, PyErr, PyResult};
pub use value::Value;
