//! Generator expressions: `(elt for x in it if cond)` is a generator function
//! of one parameter (the first iterable, evaluated in the enclosing scope),
//! built here as a small synthetic AST and lowered like any other generator.

use proc_macro2::TokenStream;
use quote::quote;
use rustpython_parser::ast::{self, text_size::TextRange, Expr, Stmt};

use super::context::Lower;

/// The synthetic parameter holding the first iterable (as in CPython, `.0`).
const FIRST_ITERABLE: &str = ".0";

impl Lower<'_, '_, '_> {
    /// Lowers a generator expression to an expression creating the generator.
    pub fn generator_expression(&mut self, g: &ast::ExprGeneratorExp, node: &Expr) -> TokenStream {
        if g.generators.iter().any(|c| c.is_async) {
            self.m.unsupported("async generator expression", node);
            return quote!(pyrt::Value::None);
        }
        let first = self.iterable_ref(&g.generators[0].iter);
        let body = vec![nested_loops(&g.generators, &g.elt, g.range)];
        let mut args = ast::Arguments::empty(g.range.into());
        args.args.push(ast::ArgWithDefault {
            range: g.range.into(),
            def: ast::Arg {
                range: g.range,
                arg: ast::Identifier::new(FIRST_ITERABLE),
                annotation: None,
                type_comment: None,
            },
            default: None,
        });
        let Some(function) = self.make_generator_function(&args, &body, node) else {
            return quote!(pyrt::Value::None);
        };
        quote!({
            let __genexpr = #function;
            let __first = pyrt::builtins::iter_object(#first)?;
            pyrt::func::call(&__genexpr, &[__first], &[])?
        })
    }
}

/// `for t0 in .0: if c: for t1 in it1: ... yield elt`
fn nested_loops(generators: &[ast::Comprehension], elt: &Expr, range: TextRange) -> Stmt {
    let mut inner = Stmt::Expr(ast::StmtExpr {
        range,
        value: Box::new(Expr::Yield(ast::ExprYield {
            range,
            value: Some(Box::new(elt.clone())),
        })),
    });
    for (i, generator) in generators.iter().enumerate().rev() {
        for condition in generator.ifs.iter().rev() {
            inner = Stmt::If(ast::StmtIf {
                range,
                test: Box::new(condition.clone()),
                body: vec![inner],
                orelse: Vec::new(),
            });
        }
        let iter = if i == 0 {
            Expr::Name(ast::ExprName {
                range,
                id: ast::Identifier::new(FIRST_ITERABLE),
                ctx: ast::ExprContext::Load,
            })
        } else {
            generator.iter.clone()
        };
        inner = Stmt::For(ast::StmtFor {
            range,
            target: Box::new(generator.target.clone()),
            iter: Box::new(iter),
            body: vec![inner],
            orelse: Vec::new(),
            type_comment: None,
        });
    }
    inner
}
