//! Definite assignment: finds the locals some read may reach while unbound.
//!
//! A local assigned before every read is kept as a plain Rust variable; the
//! others carry an "unbound" state and raise `UnboundLocalError`. The analysis
//! is deliberately no smarter than rustc's own initialisation check on the code
//! lowering generates (loop bodies may not run; `return`, `break`, `continue`
//! and `raise` end a path; `if` merges by intersection), so every variable it
//! calls definite also compiles as definitely initialised.

use std::collections::BTreeSet;

use crate::parse::ast::{self, Expr, ExprContext, Stmt};
use crate::parse::walk;

use super::bindings::target_names;

/// Names assigned on every path so far; `None` when the point is unreachable.
type State = Option<BTreeSet<String>>;

struct Analysis<'a> {
    locals: &'a BTreeSet<String>,
    maybe_unbound: BTreeSet<String>,
}

/// The locals of a function body that some read may find unbound.
pub fn maybe_unbound_reads(
    params: &[String],
    locals: &BTreeSet<String>,
    body: &[Stmt],
) -> BTreeSet<String> {
    let mut analysis = Analysis {
        locals,
        maybe_unbound: BTreeSet::new(),
    };
    analysis.block(body, Some(params.iter().cloned().collect()));
    analysis.maybe_unbound
}

fn meet(a: State, b: State) -> State {
    match (a, b) {
        (None, other) | (other, None) => other,
        (Some(a), Some(b)) => Some(a.intersection(&b).cloned().collect()),
    }
}

impl Analysis<'_> {
    fn block(&mut self, body: &[Stmt], mut state: State) -> State {
        for stmt in body {
            state = self.stmt(stmt, state);
        }
        state
    }

    fn stmt(&mut self, stmt: &Stmt, state: State) -> State {
        let Some(mut names) = state else {
            // Unreachable code still must not read unbound names at run time,
            // but rustc does not check it either: treat everything as bound.
            return None;
        };
        match stmt {
            Stmt::Assign(s) => {
                self.reads(&s.value, &names);
                for target in &s.targets {
                    self.assign(target, &mut names);
                }
            }
            Stmt::AugAssign(s) => {
                self.target_reads(&s.target, &names);
                if let Expr::Name(n) = s.target.as_ref() {
                    self.read(n.id.as_str(), &names);
                }
                self.reads(&s.value, &names);
                self.assign(&s.target, &mut names);
            }
            Stmt::AnnAssign(s) => {
                if let Some(value) = &s.value {
                    self.reads(value, &names);
                    self.assign(&s.target, &mut names);
                }
            }
            Stmt::Expr(s) => self.reads(&s.value, &names),
            Stmt::Assert(s) => {
                self.reads(&s.test, &names);
                s.msg.iter().for_each(|m| self.reads(m, &names));
            }
            Stmt::Return(s) => {
                s.value.iter().for_each(|v| self.reads(v, &names));
                return None;
            }
            Stmt::Raise(s) => {
                s.exc.iter().for_each(|v| self.reads(v, &names));
                s.cause.iter().for_each(|v| self.reads(v, &names));
                return None;
            }
            Stmt::Break(_) | Stmt::Continue(_) => return None,
            Stmt::If(s) => {
                self.reads(&s.test, &names);
                let then = self.block(&s.body, Some(names.clone()));
                let otherwise = self.block(&s.orelse, Some(names));
                return meet(then, otherwise);
            }
            Stmt::While(s) => {
                self.reads(&s.test, &names);
                self.block(&s.body, Some(names.clone()));
                self.block(&s.orelse, Some(names.clone()));
            }
            Stmt::For(s) => {
                self.reads(&s.iter, &names);
                let mut inside = names.clone();
                self.assign(&s.target, &mut inside);
                self.block(&s.body, Some(inside));
                self.block(&s.orelse, Some(names.clone()));
            }
            Stmt::Delete(s) => {
                for target in &s.targets {
                    self.target_reads(target, &names);
                    if let Expr::Name(n) = target {
                        let name = n.id.to_string();
                        names.remove(&name);
                        self.mark(&name);
                    }
                }
            }
            Stmt::FunctionDef(s) => {
                for arg in s.args.posonlyargs.iter().chain(&s.args.args) {
                    arg.default.iter().for_each(|d| self.reads(d, &names));
                }
                names.insert(s.name.to_string());
            }
            Stmt::Import(_) | Stmt::ImportFrom(_) => {
                let mut bound = BTreeSet::new();
                super::bindings::bound_in_block(std::slice::from_ref(stmt))
                    .into_iter()
                    .for_each(|n| {
                        bound.insert(n);
                    });
                names.extend(bound);
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => {}
            // Compound statements not analysed precisely: names they bind are
            // not definite afterwards, and every block inside starts from the
            // names definite before the statement.
            other => {
                self.conservative(other, &names);
                self.nested_reads(other, &names);
            }
        }
        Some(names)
    }

    /// Marks every local read anywhere in `stmt` that is not already definite.
    fn conservative(&mut self, stmt: &Stmt, names: &BTreeSet<String>) {
        let nested = std::slice::from_ref(stmt);
        for name in super::bindings::bound_in_block(nested) {
            if !names.contains(&name) {
                self.mark(&name);
            }
        }
    }

    /// Checks the reads inside a statement analysed conservatively: its
    /// header expressions and each of its blocks, from the names definite
    /// before it (a handler may run after any part of a `try` body failed).
    fn nested_reads(&mut self, stmt: &Stmt, names: &BTreeSet<String>) {
        let mut blocks: Vec<&[Stmt]> = Vec::new();
        match stmt {
            Stmt::Try(s) => {
                blocks.extend([&s.body[..], &s.orelse, &s.finalbody]);
                self.handler_reads(&s.handlers, names, &mut blocks);
            }
            Stmt::TryStar(s) => {
                blocks.extend([&s.body[..], &s.orelse, &s.finalbody]);
                self.handler_reads(&s.handlers, names, &mut blocks);
            }
            Stmt::With(s) => {
                s.items
                    .iter()
                    .for_each(|i| self.reads(&i.context_expr, names));
                blocks.push(&s.body);
            }
            Stmt::AsyncWith(s) => {
                s.items
                    .iter()
                    .for_each(|i| self.reads(&i.context_expr, names));
                blocks.push(&s.body);
            }
            Stmt::AsyncFor(s) => {
                self.reads(&s.iter, names);
                blocks.extend([&s.body[..], &s.orelse]);
            }
            Stmt::Match(s) => {
                self.reads(&s.subject, names);
                for case in &s.cases {
                    case.guard.iter().for_each(|g| self.reads(g, names));
                    blocks.push(&case.body);
                }
            }
            Stmt::ClassDef(s) => {
                s.bases.iter().for_each(|b| self.reads(b, names));
                s.keywords.iter().for_each(|k| self.reads(&k.value, names));
                s.decorator_list.iter().for_each(|d| self.reads(d, names));
            }
            _ => {}
        }
        for block in blocks {
            self.block(block, Some(names.clone()));
        }
    }

    /// Checks the exception types of `except` clauses and adds their bodies to `blocks`.
    fn handler_reads<'a>(
        &mut self,
        handlers: &'a [ast::ExceptHandler],
        names: &BTreeSet<String>,
        blocks: &mut Vec<&'a [Stmt]>,
    ) {
        for handler in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = handler;
            h.type_.iter().for_each(|t| self.reads(t, names));
            blocks.push(&h.body);
        }
    }

    fn assign(&mut self, target: &Expr, names: &mut BTreeSet<String>) {
        self.target_reads(target, names);
        let mut bound = BTreeSet::new();
        target_names(target, &mut bound);
        names.extend(bound);
    }

    /// Reads performed by an assignment target itself (`a[i] = v` reads `a` and `i`).
    fn target_reads(&mut self, target: &Expr, names: &BTreeSet<String>) {
        match target {
            Expr::Subscript(s) => {
                self.reads(&s.value, names);
                self.reads(&s.slice, names);
            }
            Expr::Attribute(a) => self.reads(&a.value, names),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target_reads(e, names)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.target_reads(e, names)),
            Expr::Starred(s) => self.target_reads(&s.value, names),
            _ => {}
        }
    }

    fn reads(&mut self, expr: &Expr, names: &BTreeSet<String>) {
        walk::walk(expr, &mut |e| match e {
            Expr::Name(n) if n.ctx == ExprContext::Load => self.read(n.id.as_str(), names),
            Expr::NamedExpr(n) => {
                let mut bound = BTreeSet::new();
                target_names(&n.target, &mut bound);
                bound.iter().for_each(|b| self.mark(b));
            }
            Expr::ListComp(c) => self.comprehension(&c.generators, &[&c.elt], names),
            Expr::SetComp(c) => self.comprehension(&c.generators, &[&c.elt], names),
            Expr::GeneratorExp(c) => self.comprehension(&c.generators, &[&c.elt], names),
            Expr::DictComp(c) => self.comprehension(&c.generators, &[&c.key, &c.value], names),
            Expr::Lambda(l) => self.free_reads(&l.body, names),
            _ => {}
        });
    }

    /// Reads in a comprehension's own scope of names from the enclosing one.
    fn comprehension(
        &mut self,
        generators: &[ast::Comprehension],
        elements: &[&Expr],
        names: &BTreeSet<String>,
    ) {
        let mut inner = names.clone();
        for (i, generator) in generators.iter().enumerate() {
            if i > 0 {
                self.reads(&generator.iter, &inner);
            }
            target_names(&generator.target, &mut inner);
            generator.ifs.iter().for_each(|c| self.reads(c, &inner));
        }
        elements.iter().for_each(|e| self.reads(e, &inner));
    }

    /// A nested scope reads enclosing locals when it runs, which may be later:
    /// any local it reads is treated as possibly unbound.
    fn free_reads(&mut self, body: &Expr, _names: &BTreeSet<String>) {
        walk::walk(body, &mut |e| {
            if let Expr::Name(n) = e {
                self.mark(n.id.as_str());
            }
        });
    }

    fn read(&mut self, name: &str, names: &BTreeSet<String>) {
        if !names.contains(name) {
            self.mark(name);
        }
    }

    fn mark(&mut self, name: &str) {
        if self.locals.contains(name) {
            self.maybe_unbound.insert(name.to_string());
        }
    }
}
