//! Annotations and docstrings: what CPython 3.11 keeps of them at run time.
//!
//! A module or class body with an annotated assignment starts by binding
//! `__annotations__ = {}`; each `name: T` there stores `T` under `'name'`.
//! Function annotations land in the function's `__annotations__`. Under
//! `from __future__ import annotations` nothing is evaluated: each annotation
//! is kept as its source text, spelled as `ast.unparse` would ([`unparse`]).
//! Annotations of local variables inside functions are never evaluated.

use proc_macro2::TokenStream;
use quote::quote;
use rustpython_parser::ast::{self, Expr, Stmt};

use super::context::Lower;
use super::unparse::unparse;
use crate::scope::has_annotations;

impl Lower<'_, '_, '_> {
    /// Whether annotations here are stored (module and class bodies), not
    /// dropped (function bodies).
    fn annotations_stored(&self) -> bool {
        self.f.class_body.is_some() || self.f.scope.is_none()
    }

    /// The statement binding `__annotations__ = {}` at the start of a module
    /// or class body that has annotated assignments.
    pub fn annotations_setup(&mut self, body: &[Stmt]) -> TokenStream {
        if !has_annotations(body) {
            return quote!();
        }
        self.store_name("__annotations__", quote!(pyrt::literals::dict(Vec::new())?))
    }

    /// `target: annotation [= value]`.
    pub fn ann_assign(&mut self, s: &ast::StmtAnnAssign) -> TokenStream {
        let store = match &s.value {
            Some(value) => {
                let v = self.expr(value);
                self.store(&s.target, v)
            }
            None => quote!(),
        };
        if !self.annotations_stored() {
            return store;
        }
        let record = match s.target.as_ref() {
            Expr::Name(name) if s.simple => {
                let annotation = self.annotation(&s.annotation);
                let annotations = self.name_load("__annotations__");
                let key = self.m.str_const(name.id.as_str());
                quote!(pyrt::subscript::setitem(&#annotations, #key, #annotation)?;)
            }
            // A complex target's annotation is evaluated, not stored.
            _ if self.m.future_annotations => quote!(),
            _ => {
                let annotation = self.expr(&s.annotation);
                quote!(let _ = #annotation;)
            }
        };
        quote!(#store #record)
    }

    /// An annotation's run-time value: the evaluated expression, or its text
    /// under `from __future__ import annotations`.
    pub fn annotation(&mut self, annotation: &Expr) -> TokenStream {
        if self.m.future_annotations {
            let text = unparse(annotation, self.m.src);
            self.m.str_const(&text)
        } else {
            self.expr(annotation)
        }
    }

    /// A function's annotations as `(name, value)` pairs, in CPython 3.11's
    /// order: ordinary parameters, positional-only ones, `*args`,
    /// keyword-only parameters, `**kwargs`, `return`.
    pub fn function_annotations(
        &mut self,
        args: &ast::Arguments,
        returns: Option<&Expr>,
    ) -> Vec<TokenStream> {
        let params = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .map(|a| &a.def)
            .chain(args.vararg.as_deref())
            .chain(args.kwonlyargs.iter().map(|a| &a.def))
            .chain(args.kwarg.as_deref());
        let mut pairs: Vec<(String, &Expr)> = params
            .filter_map(|p| Some((p.arg.to_string(), p.annotation.as_deref()?)))
            .collect();
        if let Some(r) = returns {
            pairs.push(("return".to_string(), r));
        }
        pairs
            .into_iter()
            .map(|(name, annotation)| {
                let value = self.annotation(annotation);
                quote!((#name, #value))
            })
            .collect()
    }
}

/// The docstring of a module, class or function body: its first statement,
/// when that is a string literal.
pub fn docstring(body: &[Stmt]) -> Option<&str> {
    let Stmt::Expr(first) = body.first()? else {
        return None;
    };
    match first.value.as_ref() {
        Expr::Constant(ast::ExprConstant {
            value: ast::Constant::Str(text),
            ..
        }) => Some(text.as_str()),
        _ => None,
    }
}

/// Whether a module body has `from __future__ import annotations`.
pub fn has_future_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::ImportFrom(s) => {
            s.module
                .as_ref()
                .is_some_and(|m| m.as_str() == "__future__")
                && s.names.iter().any(|a| a.name.as_str() == "annotations")
        }
        _ => false,
    })
}
