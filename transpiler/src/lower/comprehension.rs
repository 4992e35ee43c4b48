//! Comprehensions: `[elt for x in it if cond]`, `{k: v for ...}` and `{elt for ...}` run in
//! their own scope. They lower to a Rust block whose loop variables are Rust
//! locals shadowing nothing outside it; the first iterable is evaluated in
//! the enclosing scope, as in CPython.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;
use rustpython_parser::ast::{self, Expr};

use super::context::Lower;
use super::names;
use crate::scope::bound_target_names;

/// What a comprehension builds.
pub enum Collect<'e> {
    /// A list of `elt`.
    List(&'e Expr),
    /// A dict of `key: value`.
    Dict(&'e Expr, &'e Expr),
    /// A set of `elt`.
    Set(&'e Expr),
}

impl Lower<'_, '_, '_> {
    /// Lowers a list, dict or set comprehension to an expression producing the collection.
    pub fn comprehension(
        &mut self,
        generators: &[ast::Comprehension],
        collect: Collect<'_>,
        node: &Expr,
    ) -> TokenStream {
        if generators.iter().any(|g| g.is_async) {
            self.m.unsupported("async comprehension", node);
            return quote!(pyrt::Value::None);
        }
        let first_iter = self.iterable_ref(&generators[0].iter);
        let mut locals = BTreeSet::new();
        for generator in generators {
            locals.extend(bound_target_names(&generator.target));
        }
        let declarations: Vec<TokenStream> = locals
            .iter()
            .map(|name| {
                let id = names::local(name);
                quote!(let mut #id: pyrt::Value;)
            })
            .collect();
        self.f.comprehension_scopes.push(locals);
        let acc = self.f.temp("acc");
        let innermost = match collect {
            Collect::List(elt) | Collect::Set(elt) => {
                let v = self.expr(elt);
                quote!(#acc.push(#v);)
            }
            Collect::Dict(key, value) => {
                let k = self.expr(key);
                let v = self.expr(value);
                quote!(#acc.push((#k, #v));)
            }
        };
        let mut body = innermost;
        for (i, generator) in generators.iter().enumerate().rev() {
            let iterable = if i == 0 {
                first_iter.clone()
            } else {
                self.iterable_ref(&generator.iter)
            };
            let it = self.f.temp("it");
            let item = self.f.temp("item");
            let store = self.store(&generator.target, quote!(#item));
            let conditions: Vec<TokenStream> = generator
                .ifs
                .iter()
                .map(|c| {
                    let test = self.cond(c);
                    quote!(if !#test { continue; })
                })
                .collect();
            body = quote! {
                let mut #it = pyrt::iter::Iter::new(#iterable)?;
                while let Some(#item) = #it.next()? {
                    #store
                    #(#conditions)*
                    #body
                }
            };
        }
        self.f.comprehension_scopes.pop();
        let result = match collect {
            Collect::List(_) => quote!(pyrt::Value::list(#acc)),
            Collect::Dict(..) => quote!(pyrt::literals::dict(#acc)?),
            Collect::Set(_) => quote!(pyrt::set::build_set(#acc)?),
        };
        quote!({
            let mut #acc = Vec::new();
            #(#declarations)*
            #body
            #result
        })
    }
}
