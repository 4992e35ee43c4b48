//! Borrowing walks over expressions: the direct sub-expressions of a node.

use super::ast::{self, Expr};

/// Calls `f` on each direct sub-expression of `expr` that is evaluated in the
/// same scope (lambda bodies and comprehension element expressions, which run
/// in their own scope, are skipped; a comprehension's first iterable is not).
pub fn for_each_child<'a>(expr: &'a Expr, f: &mut impl FnMut(&'a Expr)) {
    match expr {
        Expr::BoolOp(e) => e.values.iter().for_each(f),
        Expr::NamedExpr(e) => {
            f(&e.target);
            f(&e.value);
        }
        Expr::BinOp(e) => {
            f(&e.left);
            f(&e.right);
        }
        Expr::UnaryOp(e) => f(&e.operand),
        Expr::Lambda(e) => defaults(&e.args, f),
        Expr::IfExp(e) => {
            f(&e.test);
            f(&e.body);
            f(&e.orelse);
        }
        Expr::Dict(e) => {
            e.keys.iter().flatten().for_each(&mut *f);
            e.values.iter().for_each(f);
        }
        Expr::Set(e) => e.elts.iter().for_each(f),
        Expr::ListComp(e) => first_iter(&e.generators, f),
        Expr::SetComp(e) => first_iter(&e.generators, f),
        Expr::DictComp(e) => first_iter(&e.generators, f),
        Expr::GeneratorExp(e) => first_iter(&e.generators, f),
        Expr::Await(e) => f(&e.value),
        Expr::Yield(e) => e.value.iter().for_each(|v| f(v)),
        Expr::YieldFrom(e) => f(&e.value),
        Expr::Compare(e) => {
            f(&e.left);
            e.comparators.iter().for_each(f);
        }
        Expr::Call(e) => {
            f(&e.func);
            e.args.iter().for_each(&mut *f);
            e.keywords.iter().for_each(|k| f(&k.value));
        }
        Expr::FormattedValue(e) => {
            f(&e.value);
            e.format_spec.iter().for_each(|v| f(v));
        }
        Expr::JoinedStr(e) => e.values.iter().for_each(f),
        Expr::Constant(_) | Expr::Name(_) => {}
        Expr::Attribute(e) => f(&e.value),
        Expr::Subscript(e) => {
            f(&e.value);
            f(&e.slice);
        }
        Expr::Starred(e) => f(&e.value),
        Expr::List(e) => e.elts.iter().for_each(f),
        Expr::Tuple(e) => e.elts.iter().for_each(f),
        Expr::Slice(e) => {
            e.lower.iter().for_each(|v| f(v));
            e.upper.iter().for_each(|v| f(v));
            e.step.iter().for_each(|v| f(v));
        }
    }
}

fn defaults<'a>(args: &'a ast::Arguments, f: &mut impl FnMut(&'a Expr)) {
    let all = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.kwonlyargs);
    for arg in all {
        if let Some(d) = &arg.default {
            f(d);
        }
    }
}

fn first_iter<'a>(generators: &'a [ast::Comprehension], f: &mut impl FnMut(&'a Expr)) {
    if let Some(first) = generators.first() {
        f(&first.iter);
    }
}

/// Calls `f` on every expression in the tree rooted at `expr` (same scope), pre-order.
pub fn walk<'a>(expr: &'a Expr, f: &mut impl FnMut(&'a Expr)) {
    f(expr);
    for_each_child(expr, &mut |child| walk(child, f));
}
