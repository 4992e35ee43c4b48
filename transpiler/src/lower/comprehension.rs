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
    /// `sum`, `any`, `all`, `max` or `min` of `elt`, computed as the loop runs.
    Reduce(Reduction, &'e Expr),
}

/// A builtin reducing a generator expression inline (see [`Collect::Reduce`]).
#[derive(Clone)]
pub enum Reduction {
    /// `sum(genexpr)`, or `sum(genexpr, start)` with the start's lowering.
    Sum(Option<TokenStream>),
    /// `any(genexpr)`: stops at the first true item.
    Any,
    /// `all(genexpr)`: stops at the first false item.
    All,
    /// `max(genexpr)`.
    Max,
    /// `min(genexpr)`.
    Min,
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
        Collect::List(e) | Collect::Set(e) | Collect::Reduce(_, e) => vec![e],
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
    /// A comprehension's `if` clauses: each skips to the next item when false.
    fn conditions(&mut self, ifs: &[Expr]) -> Vec<TokenStream> {
        ifs.iter()
            .map(|c| {
                let test = self.cond(c);
                quote!(if !#test { continue; })
            })
            .collect()
    }

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
        // The first iterable is evaluated outside the comprehension's scope,
        // and so is the call of a first loop over pairs.
        let mut first_pairs = self.pair_loop(&generators[0].target, &generators[0].iter);
        let first_iter = match first_pairs {
            Some(_) => quote!(),
            None => self.iterable_ref(&generators[0].iter),
        };
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
                    quote!(let mut #id = pyrt::Value::None;)
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
        let done = self.f.label("reduced");
        let breaks_early = matches!(collect, Collect::Reduce(Reduction::Any | Reduction::All, _));
        let innermost = match &collect {
            Collect::List(elt) | Collect::Set(elt) => {
                let v = self.expr(elt);
                quote!(#acc.push(#v);)
            }
            Collect::Dict(key, value) => {
                let k = self.expr(key);
                let v = self.expr(value);
                quote!(#acc.push((#k, #v));)
            }
            Collect::Reduce(reduction, elt) => {
                let v = self.expr(elt);
                match reduction {
                    Reduction::Sum(_) => quote!(#acc.add(&#v)?;),
                    Reduction::Max | Reduction::Min => quote!(#acc.feed(#v)?;),
                    Reduction::Any => quote! {
                        if pyrt::object::truthy(&#v)? { #acc = true; break #done; }
                    },
                    Reduction::All => quote! {
                        if !pyrt::object::truthy(&#v)? { #acc = false; break #done; }
                    },
                }
            }
        };
        let mut body = innermost;
        for (i, generator) in generators.iter().enumerate().rev() {
            let pairs = match i {
                0 => first_pairs.take(),
                _ => self.pair_loop(&generator.target, &generator.iter),
            };
            {
                if let Some(pairs) = pairs {
                    let it = self.f.temp("it");
                    let (first, second) = (self.f.temp("first"), self.f.temp("second"));
                    let store_first = self.store(pairs.targets[0], quote!(#first));
                    let store_second = self.store(pairs.targets[1], quote!(#second));
                    let conditions = self.conditions(&generator.ifs);
                    let init = pairs.init;
                    body = quote! {
                        let mut #it = #init;
                        while let Some((#first, #second)) = #it.next_pair()? {
                            #store_first
                            #store_second
                            #(#conditions)*
                            #body
                        }
                    };
                    continue;
                }
            }
            let iterable = if i == 0 {
                first_iter.clone()
            } else {
                self.iterable_ref(&generator.iter)
            };
            let it = self.f.temp("it");
            let item = self.f.temp("item");
            let store = self.store(&generator.target, quote!(#item));
            let conditions = self.conditions(&generator.ifs);
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
        let labeled_body = match breaks_early {
            true => quote!(#done: { #body }),
            false => body,
        };
        let (init, result) = match collect {
            Collect::List(_) => (quote!(Vec::new()), quote!(pyrt::Value::list(#acc))),
            Collect::Dict(..) => (quote!(Vec::new()), quote!(pyrt::literals::dict(#acc)?)),
            Collect::Set(_) => (quote!(Vec::new()), quote!(pyrt::set::build_set(#acc)?)),
            Collect::Reduce(reduction, _) => match reduction {
                Reduction::Sum(start) => {
                    let start = start.unwrap_or_else(|| quote!(pyrt::Value::Int(0)));
                    (
                        quote!(pyrt::builtins::reduce::Sum::new(#start)?),
                        quote!(#acc.finish()),
                    )
                }
                Reduction::Any => (quote!(false), quote!(pyrt::Value::Bool(#acc))),
                Reduction::All => (quote!(true), quote!(pyrt::Value::Bool(#acc))),
                Reduction::Max => (
                    quote!(pyrt::builtins::reduce::Extreme::max()),
                    quote!(#acc.finish()?),
                ),
                Reduction::Min => (
                    quote!(pyrt::builtins::reduce::Extreme::min()),
                    quote!(#acc.finish()?),
                ),
            },
        };
        quote!({
            let mut #acc = #init;
            #(#declarations)*
            #labeled_body
            #result
        })
    }
}
