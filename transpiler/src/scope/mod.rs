//! Scope analysis: which names are module globals, which are function locals,
//! and which locals may be read before they are assigned.
//!
//! Invariant: this phase only reads the AST; it reports nothing and cannot fail.
//! Constructs it does not understand are left for lowering to diagnose.

mod bindings;
mod closure;
mod definite;

use std::collections::BTreeSet;

use crate::parse::ast;

pub use bindings::{bound_in_block, declared_globals, has_annotations};
pub use closure::{all_references, is_generator, param_names, references, NestedBody};

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
        names.insert("__doc__".to_string());
        if has_annotations(body) {
            names.insert("__annotations__".to_string());
        }
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
    /// A local that nested functions also use: it lives in a shared cell.
    Cell,
    /// A variable of an enclosing function, reached through the closure.
    Free,
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
    /// Locals that nested functions use (kept in cells).
    pub cells: BTreeSet<String>,
    /// Variables of enclosing functions this function (or one nested in it)
    /// uses, in closure order.
    pub free: Vec<String>,
}

impl FunctionScope {
    /// Analyses a function with parameters `params` and body `body`, nested in
    /// functions whose locals are `enclosing` (outermost first; empty at module level).
    pub fn analyze(
        params: Vec<String>,
        body: NestedBody<'_>,
        enclosing: &[BTreeSet<String>],
    ) -> FunctionScope {
        let stmts: &[ast::Stmt] = match body {
            NestedBody::Block(stmts) => stmts,
            NestedBody::Lambda(_) | NestedBody::GenExp(_) => &[],
        };
        let globals = bindings::global_statements(stmts);
        let nonlocals = bindings::nonlocal_statements(stmts);
        let mut locals: BTreeSet<String> = bound_in_block(stmts)
            .into_iter()
            .filter(|n| !globals.contains(n) && !nonlocals.contains(n))
            .collect();
        match body {
            NestedBody::Lambda(e) => locals.extend(bindings::walrus_targets(e)),
            NestedBody::GenExp(g) => {
                for c in &g.generators {
                    locals.extend(bound_target_names(&c.target));
                }
            }
            NestedBody::Block(_) => {}
        }
        locals.extend(params.iter().cloned());

        let (refs, nested) = references(body);
        let mut inner_chain = enclosing.to_vec();
        inner_chain.push(locals.clone());
        let mut child_free = BTreeSet::new();
        for child in nested {
            child_free.extend(FunctionScope::analyze(child.params, child.body, &inner_chain).free);
        }
        let free: Vec<String> = refs
            .iter()
            .chain(&child_free)
            .chain(&nonlocals)
            .filter(|n| !locals.contains(*n) && !globals.contains(*n))
            .filter(|n| enclosing.iter().any(|e| e.contains(*n)))
            .cloned()
            .collect::<BTreeSet<String>>()
            .into_iter()
            .collect();
        let cells: BTreeSet<String> = locals.intersection(&child_free).cloned().collect();
        let maybe_unbound = definite::maybe_unbound_reads(&params, &locals, stmts);
        FunctionScope {
            params,
            locals,
            maybe_unbound,
            cells,
            free,
        }
    }

    /// How `name` resolves in this function.
    pub fn kind(&self, name: &str) -> NameKind {
        if self.cells.contains(name) {
            NameKind::Cell
        } else if self.free.iter().any(|f| f == name) {
            NameKind::Free
        } else if !self.locals.contains(name) {
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
        let params = def
            .args
            .args
            .iter()
            .map(|a| a.def.arg.to_string())
            .collect();
        FunctionScope::analyze(params, NestedBody::Block(&def.body), &[])
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
        let f = function(
            "def f(a):\n    if a:\n        x = 1\n    else:\n        x = 2\n    return x\n",
        );
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
        let f = function(
            "def f(a):\n    if a:\n        x = 1\n    else:\n        return 0\n    return x\n",
        );
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
    fn variables_used_by_nested_functions_are_cells_and_free_there() {
        let f = function(
            "def f(a):\n    b = 1\n    def g():\n        nonlocal b\n        b += a\n        return lambda: b\n    return g\n",
        );
        assert_eq!(f.kind("a"), NameKind::Cell);
        assert_eq!(f.kind("b"), NameKind::Cell);
        assert_eq!(f.kind("g"), NameKind::Local);
        assert!(f.free.is_empty());
    }

    #[test]
    fn augmented_assignment_reads_first() {
        let f = function("def f():\n    x += 1\n");
        assert_eq!(f.kind("x"), NameKind::MaybeUnboundLocal);
    }
}
