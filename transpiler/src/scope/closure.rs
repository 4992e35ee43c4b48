//! References and nested functions: what a function body names, and which
//! functions (defs and lambdas) are nested in it, for closure analysis.

use std::collections::BTreeSet;

use crate::parse::ast::{self, Expr, Stmt};
use crate::parse::walk;

/// The body of a nested function.
#[derive(Clone, Copy)]
pub enum NestedBody<'a> {
    /// A `def`'s statements.
    Block(&'a [Stmt]),
    /// A lambda's expression.
    Lambda(&'a Expr),
    /// A generator expression (a generator function of its first iterable).
    GenExp(&'a ast::ExprGeneratorExp),
}

/// A function nested directly in a body.
pub struct Nested<'a> {
    /// Its parameter names.
    pub params: Vec<String>,
    /// Its body.
    pub body: NestedBody<'a>,
}

/// Every parameter name of `args` in binding-slot order: positional-only,
/// positional-or-keyword, keyword-only, then `*args`, then `**kwargs`.
pub fn param_names(args: &ast::Arguments) -> Vec<String> {
    let mut names: Vec<String> = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.kwonlyargs)
        .map(|a| a.def.arg.to_string())
        .collect();
    if let Some(v) = &args.vararg {
        names.push(v.arg.to_string());
    }
    if let Some(k) = &args.kwarg {
        names.push(k.arg.to_string());
    }
    names
}

/// Whether a function body (not counting nested functions) contains `yield`:
/// that makes the function a generator.
pub fn is_generator(body: NestedBody<'_>) -> bool {
    let (refs, _) = references(body);
    refs.contains(YIELD_MARKER)
}

/// Recorded among the references of a body that yields (not a valid identifier).
const YIELD_MARKER: &str = "<yield>";

/// Names referenced in `body` itself and the functions nested directly in it.
pub fn references(body: NestedBody<'_>) -> (BTreeSet<String>, Vec<Nested<'_>>) {
    let mut refs = BTreeSet::new();
    let mut nested = Vec::new();
    match body {
        NestedBody::Block(stmts) => stmts
            .iter()
            .for_each(|s| stmt_refs(s, &mut refs, &mut nested)),
        NestedBody::Lambda(e) => expr_refs(e, &mut refs, &mut nested),
        NestedBody::GenExp(g) => {
            for (i, c) in g.generators.iter().enumerate() {
                expr_refs(&c.target, &mut refs, &mut nested);
                if i > 0 {
                    expr_refs(&c.iter, &mut refs, &mut nested);
                }
                c.ifs
                    .iter()
                    .for_each(|x| expr_refs(x, &mut refs, &mut nested));
            }
            expr_refs(&g.elt, &mut refs, &mut nested);
            refs.insert(YIELD_MARKER.to_string());
        }
    }
    (refs, nested)
}

/// Every name referenced in a body, including in the functions nested in it.
pub fn all_references(body: NestedBody<'_>, out: &mut BTreeSet<String>) {
    let (refs, nested) = references(body);
    out.extend(refs);
    for child in nested {
        all_references(child.body, out);
    }
}

fn stmt_refs<'a>(stmt: &'a Stmt, refs: &mut BTreeSet<String>, nested: &mut Vec<Nested<'a>>) {
    let mut exprs: Vec<&'a Expr> = Vec::new();
    let mut blocks: Vec<&'a [Stmt]> = Vec::new();
    match stmt {
        Stmt::FunctionDef(d) => {
            defaults(&d.args, &mut exprs);
            exprs.extend(d.decorator_list.iter());
            nested.push(Nested {
                params: param_names(&d.args),
                body: NestedBody::Block(&d.body),
            });
            refs.insert(d.name.to_string());
        }
        Stmt::Return(s) => exprs.extend(s.value.as_deref()),
        Stmt::Delete(s) => exprs.extend(s.targets.iter()),
        Stmt::Assign(s) => {
            exprs.extend(s.targets.iter());
            exprs.push(&s.value);
        }
        Stmt::AugAssign(s) => {
            exprs.push(&s.target);
            exprs.push(&s.value);
        }
        Stmt::AnnAssign(s) => {
            exprs.push(&s.target);
            exprs.extend(s.value.as_deref());
        }
        Stmt::For(s) => {
            exprs.push(&s.target);
            exprs.push(&s.iter);
            blocks.push(&s.body);
            blocks.push(&s.orelse);
        }
        Stmt::While(s) => {
            exprs.push(&s.test);
            blocks.push(&s.body);
            blocks.push(&s.orelse);
        }
        Stmt::If(s) => {
            exprs.push(&s.test);
            blocks.push(&s.body);
            blocks.push(&s.orelse);
        }
        Stmt::With(s) => {
            for item in &s.items {
                exprs.push(&item.context_expr);
                exprs.extend(item.optional_vars.as_deref());
            }
            blocks.push(&s.body);
        }
        Stmt::Try(s) => {
            blocks.push(&s.body);
            for handler in &s.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = handler;
                exprs.extend(h.type_.as_deref());
                if let Some(name) = &h.name {
                    refs.insert(name.to_string());
                }
                blocks.push(&h.body);
            }
            blocks.push(&s.orelse);
            blocks.push(&s.finalbody);
        }
        Stmt::Raise(s) => {
            exprs.extend(s.exc.as_deref());
            exprs.extend(s.cause.as_deref());
        }
        Stmt::Assert(s) => {
            exprs.push(&s.test);
            exprs.extend(s.msg.as_deref());
        }
        Stmt::Expr(s) => exprs.push(&s.value),
        Stmt::Nonlocal(s) => refs.extend(s.names.iter().map(|n| n.to_string())),
        _ => {}
    }
    for e in exprs {
        expr_refs(e, refs, nested);
    }
    for block in blocks {
        block.iter().for_each(|s| stmt_refs(s, refs, nested));
    }
}

fn defaults<'a>(args: &'a ast::Arguments, out: &mut Vec<&'a Expr>) {
    let all = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.kwonlyargs);
    out.extend(all.filter_map(|a| a.default.as_deref()));
}

fn expr_refs<'a>(expr: &'a Expr, refs: &mut BTreeSet<String>, nested: &mut Vec<Nested<'a>>) {
    match expr {
        Expr::Name(n) => {
            // Zero-argument super() reads the implicit __class__ cell.
            if n.id.as_str() == "super" {
                refs.insert("__class__".to_string());
            }
            refs.insert(n.id.to_string());
        }
        Expr::Lambda(l) => {
            let mut ds = Vec::new();
            defaults(&l.args, &mut ds);
            ds.into_iter().for_each(|d| expr_refs(d, refs, nested));
            nested.push(Nested {
                params: param_names(&l.args),
                body: NestedBody::Lambda(&l.body),
            });
        }
        Expr::Yield(_) | Expr::YieldFrom(_) => {
            refs.insert(YIELD_MARKER.to_string());
            walk::for_each_child(expr, &mut |child| expr_refs(child, refs, nested));
        }
        Expr::ListComp(c) => comprehension(&c.generators, &[&c.elt], refs, nested),
        Expr::SetComp(c) => comprehension(&c.generators, &[&c.elt], refs, nested),
        Expr::GeneratorExp(g) => {
            expr_refs(&g.generators[0].iter, refs, nested);
            nested.push(Nested {
                params: vec![".0".to_string()],
                body: NestedBody::GenExp(g),
            });
        }
        Expr::DictComp(c) => comprehension(&c.generators, &[&c.key, &c.value], refs, nested),
        other => walk::for_each_child(other, &mut |child| expr_refs(child, refs, nested)),
    }
}

fn comprehension<'a>(
    generators: &'a [ast::Comprehension],
    elements: &[&'a Expr],
    refs: &mut BTreeSet<String>,
    nested: &mut Vec<Nested<'a>>,
) {
    for g in generators {
        expr_refs(&g.target, refs, nested);
        expr_refs(&g.iter, refs, nested);
        g.ifs.iter().for_each(|c| expr_refs(c, refs, nested));
    }
    elements.iter().for_each(|e| expr_refs(e, refs, nested));
}
