//! Per-site inline caches, one `static` per site in the generated code, in the
//! spirit of CPython's specialising interpreter (PEP 659) done ahead of time.
//!
//! - [`AttrSite`]: `obj.name` reads and writes on instances, keyed on the
//!   class's version tag and the instance's [`crate::shape::Shape`]: a hit is
//!   two integer compares and an indexed load.
//! - [`MethodSite`]: `obj.name(args)` calling the class's function without
//!   allocating a bound method.
//! - [`BinaryOpSite`] and [`SubscriptSite`]: operators specialised on the
//!   operand types they see, deoptimising when the types change.
//!
//! Each site holds up to [`WAYS`] entries (a small polymorphic cache) and
//! replaces them round-robin. Class versions and shape ids are never reused,
//! so an entry whose keys match is valid. Sites count hits, misses,
//! specializations and deopts in [`crate::stats`].

mod attr;
mod binop;
mod method;
mod subscript;

pub use attr::AttrSite;
pub use binop::BinaryOpSite;
pub use method::MethodSite;
pub use subscript::SubscriptSite;

/// Entries per site: how many (class, shape) pairs a site remembers.
pub const WAYS: usize = 4;
