//! The program: the main script and every local module it imports.
//!
//! Starting from the main script, every `import` and `from ... import`
//! statement (at any depth: in functions, classes, branches) is resolved as
//! CPython would with `sys.path[0]` the script's folder: a local `name.py` or
//! package `name/__init__.py` first, then a standard module: one written in
//! Python and embedded in pyrc (`transpiler/pylib/`, compiled like a local
//! module), or one pyrt implements in Rust.
//! Local modules are parsed and followed in turn; each becomes one Rust
//! module of the generated crate. Names that resolve nowhere are left out of
//! the [`ImportMap`]: lowering reports them at the import statement.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::parse::{self, ast, Module};
use ast::Stmt;

mod pylib {
    include!(concat!(env!("OUT_DIR"), "/pylib_files.rs"));
}

/// The folder standard modules written in Python appear to live in
/// (in tracebacks and `__file__`).
pub const PYLIB_DIR: &str = "/pyrc/lib/python3.11";

/// The standard modules pyrt implements natively (`pyrt::stdlib::MODULES`).
pub const NATIVE_MODULES: &[&str] = &[
    "array", "hashlib", "io", "json", "math", "os", "os.path", "random", "re", "struct", "sys",
    "time",
];

/// Where an absolute module name comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A module of the program, compiled into the Rust module of this name.
    Local(String),
    /// A standard module built into pyrt.
    Native,
}

/// Absolute module names the program imports, resolved.
pub type ImportMap = BTreeMap<String, Resolved>;

/// One Python module of the program.
pub struct Unit {
    /// `__main__` for the script, else the dotted module name.
    pub name: String,
    /// The package relative imports start from (`""` at the top level).
    pub package: String,
    /// The absolute path of the source file.
    pub path: PathBuf,
    /// The parsed source.
    pub module: Module,
    /// The Rust module name (`None` for the main script, which is `main.rs`).
    pub rust_mod: Option<String>,
}

/// The main script and its local modules, in discovery order (main first).
pub struct Program {
    /// Every unit; `units[0]` is the main script.
    pub units: Vec<Unit>,
    /// Every resolvable module name.
    pub imports: ImportMap,
}

/// Loads the program rooted at `main` (whose text is `text`): parses it and
/// every local module it imports. A syntax error in any module is returned.
pub fn load(main: &Path, text: &str, display: &str) -> Result<Program, Diagnostic> {
    let root = main
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let module = parse::parse_module(text, display)?;
    let mut program = Program {
        units: vec![Unit {
            name: "__main__".to_string(),
            package: String::new(),
            path: main.to_path_buf(),
            module,
            rust_mod: None,
        }],
        imports: ImportMap::new(),
    };
    let mut next = 0;
    while next < program.units.len() {
        let wanted = wanted_modules(&program.units[next]);
        next += 1;
        for name in wanted {
            if program.imports.contains_key(&name) {
                continue;
            }
            let found = find_local(&root, &name)
                .map(|(path, is_package)| {
                    let text = std::fs::read_to_string(&path);
                    (path, is_package, text)
                })
                .or_else(|| {
                    find_pylib(&name)
                        .map(|(path, is_package, text)| (path, is_package, Ok(text.to_string())))
                });
            match found {
                Some((path, is_package, text)) => {
                    let mut rust_mod = rust_module_name(&name);
                    // `a.b` and `a__b` would both be `m_a__b`: keep names distinct.
                    while program
                        .units
                        .iter()
                        .any(|u| u.rust_mod.as_ref() == Some(&rust_mod))
                    {
                        rust_mod.push('_');
                    }
                    program
                        .imports
                        .insert(name.clone(), Resolved::Local(rust_mod.clone()));
                    let text = text.map_err(|e| {
                        Diagnostic::unsupported(
                            format!("module '{name}' (cannot read {}: {e})", path.display()),
                            &program.units[0].module.source.path,
                            Default::default(),
                        )
                    })?;
                    let display = path.display().to_string();
                    let module = parse::parse_module(&text, &display)?;
                    let package = if is_package {
                        name.clone()
                    } else {
                        parent_of(&name).to_string()
                    };
                    program.units.push(Unit {
                        name,
                        package,
                        path,
                        module,
                        rust_mod: Some(rust_mod),
                    });
                }
                None if NATIVE_MODULES.contains(&name.as_str()) => {
                    program.imports.insert(name, Resolved::Native);
                }
                None => {}
            }
        }
    }
    Ok(program)
}

/// The Rust module holding compiled module `name` (`pkg.sub` → `m_pkg__sub`).
pub fn rust_module_name(name: &str) -> String {
    let mut out = String::from("m_");
    for c in name.chars() {
        match c {
            '.' => out.push_str("__"),
            c if c.is_ascii_alphanumeric() || c == '_' => out.push(c),
            c => out.push_str(&format!("_u{:x}_", c as u32)),
        }
    }
    out
}

/// `pkg.sub` → `pkg`; a top-level name → `""`.
pub fn parent_of(name: &str) -> &str {
    name.rfind('.').map_or("", |i| &name[..i])
}

/// The absolute name of `from <dots><module> import ...` in a module whose
/// package is `package`; `None` when the dots go above the top level.
pub fn absolute_name(package: &str, level: usize, module: Option<&str>) -> Option<String> {
    if level == 0 {
        return module.map(str::to_string);
    }
    let mut base = package.to_string();
    if base.is_empty() {
        return None;
    }
    for _ in 1..level {
        if base.is_empty() {
            return None;
        }
        base = parent_of(&base).to_string();
    }
    if base.is_empty() {
        return None;
    }
    Some(match module {
        Some(m) => format!("{base}.{m}"),
        None => base,
    })
}

/// Every dotted prefix of `name`: `a.b.c` → `a`, `a.b`, `a.b.c`.
pub fn prefixes(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, c) in name.char_indices() {
        if c == '.' {
            out.push(name[..i].to_string());
        }
    }
    out.push(name.to_string());
    out
}

/// The local file of module `name` under `root`: `a/b.py` or `a/b/__init__.py`
/// (every parent must be a package), with whether it is a package.
fn find_local(root: &Path, name: &str) -> Option<(PathBuf, bool)> {
    let parts: Vec<&str> = name.split('.').collect();
    let mut dir = root.to_path_buf();
    for part in &parts[..parts.len() - 1] {
        dir.push(part);
        if !dir.join("__init__.py").is_file() {
            return None;
        }
    }
    let last = parts[parts.len() - 1];
    let package = dir.join(last).join("__init__.py");
    if package.is_file() {
        return Some((canonical(&package), true));
    }
    let file = dir.join(format!("{last}.py"));
    file.is_file().then(|| (canonical(&file), false))
}

/// The embedded standard module `name`: its apparent path, whether it is a
/// package, and its source.
fn find_pylib(name: &str) -> Option<(PathBuf, bool, &'static str)> {
    let relative = name.replace('.', "/");
    let file = |path: String| pylib::PYLIB_FILES.iter().find(|(p, _)| *p == path);
    if let Some((path, text)) = file(format!("{relative}/__init__.py")) {
        return Some((Path::new(PYLIB_DIR).join(path), true, text));
    }
    file(format!("{relative}.py"))
        .map(|(path, text)| (Path::new(PYLIB_DIR).join(path), false, *text))
}

fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The absolute module names a unit's import statements may load, parents
/// first: for `from p import n`, `p.n` too (it may be a submodule).
fn wanted_modules(unit: &Unit) -> Vec<String> {
    let mut statements = Vec::new();
    import_statements(&unit.module.body, &mut statements);
    let mut wanted = Vec::new();
    for stmt in statements {
        match stmt {
            Stmt::Import(s) => {
                for alias in &s.names {
                    wanted.extend(prefixes(alias.name.as_str()));
                }
            }
            Stmt::ImportFrom(s) => {
                let level = s.level.map_or(0, |l| l.to_u32() as usize);
                let module = s.module.as_ref().map(|m| m.as_str());
                let Some(base) = absolute_name(&unit.package, level, module) else {
                    continue;
                };
                wanted.extend(prefixes(&base));
                for alias in &s.names {
                    if alias.name.as_str() != "*" {
                        wanted.push(format!("{base}.{}", alias.name));
                    }
                }
            }
            _ => {}
        }
    }
    wanted
}

/// Collects the import statements in `body`, at any nesting depth.
pub fn import_statements<'a>(body: &'a [Stmt], out: &mut Vec<&'a Stmt>) {
    for stmt in body {
        match stmt {
            Stmt::Import(_) | Stmt::ImportFrom(_) => out.push(stmt),
            Stmt::FunctionDef(f) => import_statements(&f.body, out),
            Stmt::AsyncFunctionDef(f) => import_statements(&f.body, out),
            Stmt::ClassDef(c) => import_statements(&c.body, out),
            Stmt::If(s) => {
                import_statements(&s.body, out);
                import_statements(&s.orelse, out);
            }
            Stmt::For(s) => {
                import_statements(&s.body, out);
                import_statements(&s.orelse, out);
            }
            Stmt::While(s) => {
                import_statements(&s.body, out);
                import_statements(&s.orelse, out);
            }
            Stmt::With(s) => import_statements(&s.body, out),
            Stmt::Try(s) => {
                import_statements(&s.body, out);
                for handler in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = handler;
                    import_statements(&h.body, out);
                }
                import_statements(&s.orelse, out);
                import_statements(&s.finalbody, out);
            }
            Stmt::Match(s) => {
                for case in &s.cases {
                    import_statements(&case.body, out);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_names_resolve_against_the_package() {
        assert_eq!(absolute_name("", 0, Some("a.b")).as_deref(), Some("a.b"));
        assert_eq!(absolute_name("pkg", 1, Some("x")).as_deref(), Some("pkg.x"));
        assert_eq!(absolute_name("pkg", 1, None).as_deref(), Some("pkg"));
        assert_eq!(
            absolute_name("pkg.sub", 2, Some("y")).as_deref(),
            Some("pkg.y")
        );
        assert_eq!(absolute_name("pkg", 2, Some("y")), None);
        assert_eq!(absolute_name("", 1, Some("x")), None);
    }

    #[test]
    fn module_names_map_to_distinct_rust_modules() {
        assert_eq!(rust_module_name("pkg.sub"), "m_pkg__sub");
        assert_eq!(prefixes("a.b.c"), ["a", "a.b", "a.b.c"]);
        assert_eq!(parent_of("a.b.c"), "a.b");
    }
}
