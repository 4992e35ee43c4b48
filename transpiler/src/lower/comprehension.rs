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
use crate::scope::{all_references, bound_target_names, references, NestedBody};

/// What a comprehension builds.
pub enum Collect<'e> {
    /// A list of `elt`.
    List(&'e Expr),
    /// A dict of `key: value`.
    Dict(&'e Expr, &'e Expr),
    /// A set of `elt`.
    Set(&'e Expr),
}

/// The variables of a comprehension being lowered.
pub struct ComprehensionScope {
    /// Its loop variables.
    pub locals: BTreeSet<String>,
    /// Those of them that nested functions use (kept in cells).
    pub cells: BTreeSet<String>,
}

/// The comprehension variables that functions nested in it (lambdas,
/// generator expressions) refer to.
fn captured_by_nested_functions(
    generators: &[ast::Comprehension],
    collect: &Collect<'_>,
    locals: &BTreeSet<String>,
) -> BTreeSet<String> {
    let mut exprs: Vec<&Expr> = match collect {
        Collect::List(e) | Collect::Set(e) => vec![e],
        Collect::Dict(k, v) => vec![k, v],
    };
    for (i, g) in generators.iter().enumerate() {
        if i > 0 {
            exprs.push(&g.iter);
        }
        exprs.extend(g.ifs.iter());
    }
    let mut used = BTreeSet::new();
    for e in exprs {
        let (_, nested) = references(NestedBody::Lambda(e));
        for child in nested {
            all_references(child.body, &mut used);
        }
    }
    used.intersection(locals).cloned().collect()
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
        let cells = captured_by_nested_functions(generators, &collect, &locals);
        let declarations: Vec<TokenStream> = locals
            .iter()
            .map(|name| {
                let id = names::local(name);
                if cells.contains(name) {
                    quote!(let #id = pyrt::cell::Cell::new();)
                } else {
                    quote!(let mut #id: pyrt::Value;)
                }
            })
            .collect();
        // Functions nested in the comprehension (lambdas, generator
        // expressions) find its variables as free variables.
        self.f.enclosing.push(locals.clone());
        self.f
            .comprehension_scopes
            .push(ComprehensionScope { locals, cells });
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
        self.f.enclosing.pop();
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
