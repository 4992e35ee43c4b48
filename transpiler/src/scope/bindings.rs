//! Which names a block of statements binds, and which it declares `global`.

use std::collections::BTreeSet;

use crate::parse::ast::{self, Expr, Stmt};
use crate::parse::walk;

/// Names bound directly in the scope that runs `body` (not inside nested
/// functions or classes, whose own names belong to them).
pub fn bound_in_block(body: &[Stmt]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for stmt in body {
        bound_in_stmt(stmt, &mut names);
    }
    names
}

fn bound_in_stmt(stmt: &Stmt, names: &mut BTreeSet<String>) {
    let block = |body: &[Stmt], names: &mut BTreeSet<String>| {
        for s in body {
            bound_in_stmt(s, names);
        }
    };
    match stmt {
        Stmt::FunctionDef(s) => {
            names.insert(s.name.to_string());
        }
        Stmt::AsyncFunctionDef(s) => {
            names.insert(s.name.to_string());
        }
        Stmt::ClassDef(s) => {
            names.insert(s.name.to_string());
        }
        Stmt::Assign(s) => {
            s.targets.iter().for_each(|t| target_names(t, names));
            walrus_names(&s.value, names);
        }
        Stmt::AugAssign(s) => {
            target_names(&s.target, names);
            walrus_names(&s.value, names);
        }
        Stmt::AnnAssign(s) => {
            if s.value.is_some() {
                target_names(&s.target, names);
            } else if let Expr::Name(n) = s.target.as_ref() {
                // An annotation alone still makes the name local to a function.
                names.insert(n.id.to_string());
            }
        }
        Stmt::For(s) => {
            target_names(&s.target, names);
            walrus_names(&s.iter, names);
            block(&s.body, names);
            block(&s.orelse, names);
        }
        Stmt::While(s) => {
            walrus_names(&s.test, names);
            block(&s.body, names);
            block(&s.orelse, names);
        }
        Stmt::If(s) => {
            walrus_names(&s.test, names);
            block(&s.body, names);
            block(&s.orelse, names);
        }
        Stmt::With(s) => {
            for item in &s.items {
                walrus_names(&item.context_expr, names);
                if let Some(v) = &item.optional_vars {
                    target_names(v, names);
                }
            }
            block(&s.body, names);
        }
        Stmt::Try(s) => {
            block(&s.body, names);
            for handler in &s.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = handler;
                if let Some(name) = &h.name {
                    names.insert(name.to_string());
                }
                block(&h.body, names);
            }
            block(&s.orelse, names);
            block(&s.finalbody, names);
        }
        Stmt::Delete(s) => s.targets.iter().for_each(|t| target_names(t, names)),
        Stmt::Import(s) => {
            for alias in &s.names {
                let bound = alias.asname.as_ref().map_or_else(
                    || alias.name.split('.').next().unwrap_or_default().to_string(),
                    |a| a.to_string(),
                );
                names.insert(bound);
            }
        }
        Stmt::ImportFrom(s) => {
            for alias in &s.names {
                let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                if bound.as_str() != "*" {
                    names.insert(bound.to_string());
                }
            }
        }
        Stmt::Match(s) => {
            walrus_names(&s.subject, names);
            for case in &s.cases {
                pattern_names(&case.pattern, names);
                block(&case.body, names);
            }
        }
        Stmt::Expr(s) => walrus_names(&s.value, names),
        Stmt::Return(s) => s.value.iter().for_each(|v| walrus_names(v, names)),
        _ => {}
    }
}

/// Whether a module or class body contains an annotated assignment, so that
/// it starts by binding `__annotations__ = {}` (CPython's `find_ann`: compound
/// statements are searched, nested functions and classes and `match` are not).
pub fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::AnnAssign(_) => true,
        Stmt::For(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        Stmt::AsyncFor(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        Stmt::While(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        Stmt::If(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        Stmt::With(s) => has_annotations(&s.body),
        Stmt::AsyncWith(s) => has_annotations(&s.body),
        Stmt::Try(s) => {
            has_annotations(&s.body)
                || s.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
                || has_annotations(&s.orelse)
                || has_annotations(&s.finalbody)
        }
        _ => false,
    })
}

/// Adds the names a `case` pattern captures.
fn pattern_names(pattern: &ast::Pattern, names: &mut BTreeSet<String>) {
    use ast::Pattern;
    match pattern {
        Pattern::MatchAs(a) => {
            if let Some(p) = &a.pattern {
                pattern_names(p, names);
            }
            if let Some(n) = &a.name {
                names.insert(n.to_string());
            }
        }
        Pattern::MatchStar(s) => {
            if let Some(n) = &s.name {
                names.insert(n.to_string());
            }
        }
        Pattern::MatchOr(o) => o.patterns.iter().for_each(|p| pattern_names(p, names)),
        Pattern::MatchSequence(s) => s.patterns.iter().for_each(|p| pattern_names(p, names)),
        Pattern::MatchMapping(m) => {
            m.patterns.iter().for_each(|p| pattern_names(p, names));
            if let Some(rest) = &m.rest {
                names.insert(rest.to_string());
            }
        }
        Pattern::MatchClass(c) => {
            c.patterns.iter().for_each(|p| pattern_names(p, names));
            c.kwd_patterns.iter().for_each(|p| pattern_names(p, names));
        }
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
    }
}

/// Adds the names an assignment target binds (`x`, `a, b`, `[x, *y]`).
pub fn target_names(target: &Expr, names: &mut BTreeSet<String>) {
    match target {
        Expr::Name(n) => {
            names.insert(n.id.to_string());
        }
        Expr::Tuple(t) => t.elts.iter().for_each(|e| target_names(e, names)),
        Expr::List(l) => l.elts.iter().for_each(|e| target_names(e, names)),
        Expr::Starred(s) => target_names(&s.value, names),
        _ => {}
    }
}

fn walrus_names(expr: &Expr, names: &mut BTreeSet<String>) {
    walk::walk(expr, &mut |e| {
        if let Expr::NamedExpr(n) = e {
            target_names(&n.target, names);
        }
    });
}

/// Names declared `global` directly in `body` (this function's own statements).
pub fn global_statements(body: &[Stmt]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    visit_blocks(body, &mut |stmt| {
        if let Stmt::Global(g) = stmt {
            names.extend(g.names.iter().map(|n| n.to_string()));
        }
    });
    names
}

/// Names declared `nonlocal` directly in `body`.
pub fn nonlocal_statements(body: &[Stmt]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    visit_blocks(body, &mut |stmt| {
        if let Stmt::Nonlocal(n) = stmt {
            names.extend(n.names.iter().map(|n| n.to_string()));
        }
    });
    names
}

/// Names an expression binds with `:=`.
pub fn walrus_targets(expr: &Expr) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    walrus_names(expr, &mut names);
    names
}

/// Names declared `global` in any function nested anywhere in `body`.
pub fn declared_globals(body: &[Stmt]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    collect_nested_globals(body, &mut names);
    names
}

fn collect_nested_globals(body: &[Stmt], names: &mut BTreeSet<String>) {
    visit_blocks(body, &mut |stmt| match stmt {
        Stmt::Global(g) => names.extend(g.names.iter().map(|n| n.to_string())),
        Stmt::FunctionDef(f) => collect_nested_globals(&f.body, names),
        Stmt::ClassDef(c) => collect_nested_globals(&c.body, names),
        _ => {}
    });
}

/// Calls `f` on every statement of `body` and of its compound statements'
/// blocks, without entering function or class bodies.
fn visit_blocks(body: &[Stmt], f: &mut impl FnMut(&Stmt)) {
    for stmt in body {
        f(stmt);
        match stmt {
            Stmt::For(s) => {
                visit_blocks(&s.body, f);
                visit_blocks(&s.orelse, f);
            }
            Stmt::While(s) => {
                visit_blocks(&s.body, f);
                visit_blocks(&s.orelse, f);
            }
            Stmt::If(s) => {
                visit_blocks(&s.body, f);
                visit_blocks(&s.orelse, f);
            }
            Stmt::With(s) => visit_blocks(&s.body, f),
            Stmt::Match(s) => s.cases.iter().for_each(|c| visit_blocks(&c.body, f)),
            Stmt::Try(s) => {
                visit_blocks(&s.body, f);
                for handler in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = handler;
                    visit_blocks(&h.body, f);
                }
                visit_blocks(&s.orelse, f);
                visit_blocks(&s.finalbody, f);
            }
            _ => {}
        }
    }
}
