//! pyrc — an ahead-of-time compiler from Python 3 to Rust.
//!
//! The phases, one module each, run in order:
//! [`parse`] (source → AST) → [`scope`] (globals, locals, definite assignment)
//! → [`lower`] (AST → Rust syntax trees calling pyrt) → [`emit`] (prettyplease
//! formatting with Python source comments) → [`build`] (Cargo project, cargo).
//! [`diag`] holds the diagnostics every phase reports.

pub mod build;
pub mod diag;
pub mod emit;
pub mod lower;
pub mod parse;
pub mod scope;

use diag::Diagnostic;

/// Compiles Python source to the text of a Rust `main.rs`.
///
/// `path` is the file name tracebacks and diagnostics print; `source_file` is
/// the name under which the generated project keeps a copy of the source (for
/// the source lines tracebacks quote). Returns every diagnostic found.
pub fn compile_to_rust(
    text: &str,
    path: &str,
    source_file: &str,
) -> Result<String, Vec<Diagnostic>> {
    let module = parse::parse_module(text, path).map_err(|d| vec![d])?;
    let file = lower::lower_module(&module, source_file)?;
    Ok(emit::render(&file))
}
