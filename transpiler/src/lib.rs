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
pub mod program;
pub mod scope;

use diag::Diagnostic;

/// Compiles one Python module, as a program's main script, to the text of a
/// Rust `main.rs` (imports of local modules are not followed: see
/// [`compile_program`]).
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
    let role = lower::ModuleRole {
        name: "__main__".to_string(),
        ..Default::default()
    };
    let imports = program::NATIVE_MODULES
        .iter()
        .map(|m| (m.to_string(), program::Resolved::Native))
        .collect();
    let file = lower::lower_module(&module, source_file, &role, &imports)?;
    Ok(emit::render(&file))
}

/// One generated Rust file and the Python source it was compiled from.
pub struct GeneratedFile {
    /// The Rust file's name in `src/` (`main.rs`, `m_pkg__sub.rs`).
    pub rust_name: String,
    /// The formatted Rust source.
    pub rust: String,
    /// The name of the Python source's copy in `src/` (quoted by tracebacks).
    pub source_name: String,
    /// The Python source.
    pub python_source: String,
}

/// Compiles a program: the main script at `main` (text `text`, called
/// `display` in messages and tracebacks, its copy named `source_name`) and
/// every local module it imports, one Rust file each, `main.rs` first.
/// Returns every diagnostic found in any module.
pub fn compile_program(
    main: &std::path::Path,
    text: &str,
    display: &str,
    source_name: &str,
) -> Result<Vec<GeneratedFile>, Vec<Diagnostic>> {
    let program = program::load(main, text, display).map_err(|d| vec![d])?;
    let submodules: Vec<String> = program
        .units
        .iter()
        .filter_map(|u| u.rust_mod.clone())
        .collect();
    let mut files = Vec::new();
    let mut diags = Vec::new();
    for unit in &program.units {
        let (rust_name, copy_name) = match &unit.rust_mod {
            None => ("main.rs".to_string(), source_name.to_string()),
            Some(m) => (format!("{m}.rs"), format!("{m}.py")),
        };
        let parent = unit.rust_mod.as_ref().and_then(|_| {
            let parent = program::parent_of(&unit.name);
            match program.imports.get(parent) {
                Some(program::Resolved::Local(rust)) => {
                    let attr = &unit.name[parent.len() + 1..];
                    Some((rust.clone(), attr.to_string()))
                }
                _ => None,
            }
        });
        let role = lower::ModuleRole {
            name: unit.name.clone(),
            package: unit.package.clone(),
            rust_mod: unit.rust_mod.clone(),
            submodules: if unit.rust_mod.is_none() {
                submodules.clone()
            } else {
                Vec::new()
            },
            parent,
        };
        match lower::lower_module(&unit.module, &copy_name, &role, &program.imports) {
            Ok(file) => files.push(GeneratedFile {
                rust_name,
                rust: emit::render(&file),
                source_name: copy_name,
                python_source: unit.module.source.text.clone(),
            }),
            Err(found) => diags.extend(found),
        }
    }
    if diags.is_empty() {
        Ok(files)
    } else {
        Err(diags)
    }
}
