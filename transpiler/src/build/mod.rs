//! Building: writing the Cargo project for a program and running cargo.
//!
//! Every project depends on one extracted copy of pyrt and builds into one
//! shared target directory, so pyrt and its dependencies compile once and a
//! new program only compiles its own crate. Invariant: nothing here knows
//! Python; it takes Rust text from the earlier phases.

mod cargo;
mod paths;
mod project;
mod runtime;

pub use cargo::{build_project, BuildError, Profile};
pub use paths::{cache_dir, target_dir};
pub use project::{lock_file, package_name, profiles, write_project, Project, ProjectSpec};
pub use runtime::runtime_dir;
