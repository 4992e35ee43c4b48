//! Scope analysis: which names are module globals, which are function locals,
//! and which locals may be read before they are assigned.
//!
//! Invariant: this phase only reads the AST; it reports nothing and cannot fail.
//! Constructs it does not understand are left for lowering to diagnose.

mod bindings;
mod definite;

use std::collections::BTreeSet;

use crate::parse::ast;

pub use bindings::{bound_in_block, declared_globals};

/// The names an assignment target binds (`x`, `a, (b, *c)`).
pub fn bound_target_names(target: &ast::Expr) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    bindings::target_names(target, &mut names);
    names
}

/// The names bound at module level: each gets a static cell.
pub struct ModuleScope {
    /// Every name bound by a module-level statement or declared `global` in a function.
    pub names: BTreeSet<String>,
}

impl ModuleScope {
    /// Analyses a module body.
    pub fn analyze(body: &[ast::Stmt]) -> ModuleScope {
        let mut names = bound_in_block(body);
        names.extend(declared_globals(body));
        names.insert("__name__".to_string());
        ModuleScope { names }
    }
}

/// How a name used inside a function resolves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    /// A local that is assigned before every read.
    Local,
    /// A local that some read may reach before an assignment (or after `del`).
    MaybeUnboundLocal,
    /// A module global or builtin.
    Global,
}

/// The names of one function body.
pub struct FunctionScope {
    /// Parameter names, in order.
    pub params: Vec<String>,
    /// Every local, parameters included.
    pub locals: BTreeSet<String>,
    /// Locals that may be read while unbound.
    pub maybe_unbound: BTreeSet<String>,
}

impl FunctionScope {
    /// Analyses a function with parameters `params` and body `body`.
    pub fn analyze(params: Vec<String>, body: &[ast::Stmt]) -> FunctionScope {
        let globals: BTreeSet<String> = bindings::global_statements(body);
        let mut locals: BTreeSet<String> = bound_in_block(body)
            .into_iter()
            .filter(|n| !globals.contains(n))
            .collect();
        locals.extend(params.iter().cloned());
        let maybe_unbound = definite::maybe_unbound_reads(&params, &locals, body);
        FunctionScope {
            params,
            locals,
            maybe_unbound,
        }
    }

    /// How `name` resolves in this function.
    pub fn kind(&self, name: &str) -> NameKind {
        if !self.locals.contains(name) {
            NameKind::Global
        } else if self.maybe_unbound.contains(name) {
            NameKind::MaybeUnboundLocal
        } else {
            NameKind::Local
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_module;

    fn function(src: &str) -> FunctionScope {
        let m = parse_module(src, "t.py").unwrap();
        let ast::Stmt::FunctionDef(def) = &m.body[0] else {
            panic!("expected a def")
        };
        let params = def.args.args.iter().map(|a| a.def.arg.to_string()).collect();
        FunctionScope::analyze(params, &def.body)
    }

    #[test]
    fn module_names_include_defs_loops_and_global_declarations() {
        let m = parse_module(
            "x = 1\ndef f():\n    global y\n    y = 2\nfor i in range(3):\n    pass\n",
            "t.py",
        )
        .unwrap();
        let scope = ModuleScope::analyze(&m.body);
        for name in ["x", "f", "y", "i", "__name__"] {
            assert!(scope.names.contains(name), "{name}");
        }
    }

    #[test]
    fn locals_assigned_on_every_path_are_definite() {
        let f = function("def f(a):\n    if a:\n        x = 1\n    else:\n        x = 2\n    return x\n");
        assert_eq!(f.kind("x"), NameKind::Local);
        assert_eq!(f.kind("a"), NameKind::Local);
        assert_eq!(f.kind("print"), NameKind::Global);
    }

    #[test]
    fn a_read_after_a_one_armed_if_may_be_unbound() {
        let f = function("def f(a):\n    if a:\n        x = 1\n    return x\n");
        assert_eq!(f.kind("x"), NameKind::MaybeUnboundLocal);
    }

    #[test]
    fn a_branch_that_returns_does_not_leave_names_unbound() {
        let f = function("def f(a):\n    if a:\n        x = 1\n    else:\n        return 0\n    return x\n");
        assert_eq!(f.kind("x"), NameKind::Local);
    }

    #[test]
    fn loop_bodies_may_not_run() {
        let f = function("def f(n):\n    for i in range(n):\n        y = i\n    return y\n");
        assert_eq!(f.kind("y"), NameKind::MaybeUnboundLocal);
        assert_eq!(f.kind("i"), NameKind::Local);
    }

    #[test]
    fn global_declarations_make_names_global() {
        let f = function("def f():\n    global g\n    g = 1\n    return g\n");
        assert_eq!(f.kind("g"), NameKind::Global);
    }

    #[test]
    fn augmented_assignment_reads_first() {
        let f = function("def f():\n    x += 1\n");
        assert_eq!(f.kind("x"), NameKind::MaybeUnboundLocal);
    }
}
