//! `match` statements: each case's pattern lowers to a labelled block that
//! evaluates to whether it matched, filling capture temporaries; names are
//! bound after a successful match, before the guard, as in CPython.

use std::collections::BTreeMap;

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use rustpython_parser::ast::{self, Constant, Pattern};

use super::context::Lower;
use super::names;

/// Capture temporaries of one case: Python name → Rust `Option<Value>` variable.
type Captures = BTreeMap<String, Ident>;

impl Lower<'_, '_, '_> {
    /// Lowers a `match` statement.
    pub fn match_stmt(&mut self, m: &ast::StmtMatch) -> TokenStream {
        let subject = self.expr(&m.subject);
        let label = self.f.label("match");
        let mut cases = Vec::new();
        for case in &m.cases {
            let mut captures = Captures::new();
            let value = self.f.temp("subject");
            let test = self.pattern(&case.pattern, &value, &mut captures);
            let declare: Vec<TokenStream> = captures
                .values()
                .map(|id| quote!(let mut #id: Option<pyrt::Value> = None;))
                .collect();
            let stores: Vec<TokenStream> = captures
                .iter()
                .map(|(name, id)| {
                    let v = self.f.temp("v");
                    let store = self.store_name(name, quote!(#v));
                    quote!(if let Some(#v) = #id.take() { #store })
                })
                .collect();
            let guard = match &case.guard {
                Some(g) => self.cond(g),
                None => quote!(true),
            };
            let body = self.block(&case.body);
            cases.push(quote!({
                let #value = __subject.clone();
                #(#declare)*
                if #test {
                    #(#stores)*
                    if #guard {
                        #body
                        break #label;
                    }
                }
            }));
        }
        quote!(#label: {
            let __subject = #subject;
            #(#cases)*
        })
    }

    /// A pattern test on `subject` (a `Value` variable) as a `bool` expression.
    fn pattern(&mut self, p: &Pattern, subject: &Ident, captures: &mut Captures) -> TokenStream {
        match p {
            Pattern::MatchValue(v) => {
                let value = self.expr(&v.value);
                quote!(pyrt::compare::eq(&#subject, &#value)?)
            }
            Pattern::MatchSingleton(s) => {
                let value = match s.value {
                    Constant::Bool(b) => quote!(pyrt::Value::Bool(#b)),
                    _ => quote!(pyrt::Value::None),
                };
                quote!(#subject.is(&#value))
            }
            Pattern::MatchAs(a) => {
                let inner = match &a.pattern {
                    Some(p) => self.pattern(p, subject, captures),
                    None => quote!(true),
                };
                match &a.name {
                    Some(name) => {
                        let id = self.capture(name.as_str(), captures);
                        quote!((#inner && { #id = Some(#subject.clone()); true }))
                    }
                    None => inner,
                }
            }
            Pattern::MatchOr(o) => {
                let alternatives: Vec<TokenStream> = o
                    .patterns
                    .iter()
                    .map(|p| self.pattern(p, subject, captures))
                    .collect();
                quote!((#(#alternatives)||*))
            }
            Pattern::MatchSequence(s) => self.sequence_pattern(&s.patterns, subject, captures),
            Pattern::MatchMapping(m) => self.mapping_pattern(m, subject, captures),
            Pattern::MatchClass(c) => self.class_pattern(c, subject, captures),
            Pattern::MatchStar(_) => {
                self.m
                    .unsupported("starred pattern outside a sequence pattern", p);
                quote!(false)
            }
        }
    }

    fn capture(&mut self, name: &str, captures: &mut Captures) -> Ident {
        let next = self.f.temp("cap");
        captures.entry(name.to_string()).or_insert(next).clone()
    }

    fn sequence_pattern(
        &mut self,
        patterns: &[Pattern],
        subject: &Ident,
        captures: &mut Captures,
    ) -> TokenStream {
        let label = self.f.label("seq");
        let items = self.f.temp("items");
        let star = patterns
            .iter()
            .position(|p| matches!(p, Pattern::MatchStar(_)));
        let n = patterns.len();
        let length_check = match star {
            None => {
                let n = names::lit(n);
                quote!(#items.len() == #n)
            }
            Some(_) => {
                let min = names::lit(n - 1);
                quote!(#items.len() >= #min)
            }
        };
        let mut checks = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            let item = self.f.temp("item");
            let index = match star {
                Some(s) if i > s => {
                    let from_end = names::lit(n - i);
                    quote!(#items.len() - #from_end)
                }
                _ => {
                    let i = names::lit(i);
                    quote!(#i)
                }
            };
            if let Pattern::MatchStar(s) = p {
                if let Some(name) = &s.name {
                    let id = self.capture(name.as_str(), captures);
                    let after = names::lit(n - i - 1);
                    let i = names::lit(i);
                    checks.push(quote!(#id = Some(pyrt::Value::list(#items[#i..#items.len() - #after].to_vec()));));
                }
                continue;
            }
            let test = self.pattern(p, &item, captures);
            checks.push(quote! {
                let #item = #items[#index].clone();
                if !#test { break #label false; }
            });
        }
        quote!(#label: {
            let Some(#items) = pyrt::patterns::sequence(&#subject)? else { break #label false; };
            if !(#length_check) { break #label false; }
            #(#checks)*
            true
        })
    }

    fn mapping_pattern(
        &mut self,
        m: &ast::PatternMatchMapping,
        subject: &Ident,
        captures: &mut Captures,
    ) -> TokenStream {
        let label = self.f.label("map");
        let keys = self.f.temp("keys");
        let key_values: Vec<TokenStream> = m.keys.iter().map(|k| self.expr(k)).collect();
        let mut checks = Vec::new();
        for (i, p) in m.patterns.iter().enumerate() {
            let item = self.f.temp("item");
            let test = self.pattern(p, &item, captures);
            let i = names::lit(i);
            checks.push(quote! {
                let Some(#item) = pyrt::patterns::mapping_get(&#subject, &#keys[#i])? else { break #label false; };
                if !#test { break #label false; }
            });
        }
        if let Some(rest) = &m.rest {
            let id = self.capture(rest.as_str(), captures);
            checks.push(quote!(#id = Some(pyrt::patterns::mapping_rest(&#subject, &#keys)?);));
        }
        quote!(#label: {
            if !pyrt::patterns::is_mapping(&#subject) { break #label false; }
            let #keys: Vec<pyrt::Value> = vec![#(#key_values),*];
            #(#checks)*
            true
        })
    }

    fn class_pattern(
        &mut self,
        c: &ast::PatternMatchClass,
        subject: &Ident,
        captures: &mut Captures,
    ) -> TokenStream {
        let label = self.f.label("class");
        let class = self.expr(&c.cls);
        let class_var = self.f.temp("class");
        let values = self.f.temp("positional");
        let n = names::lit(c.patterns.len());
        let mut checks = Vec::new();
        for (i, p) in c.patterns.iter().enumerate() {
            let item = self.f.temp("item");
            let test = self.pattern(p, &item, captures);
            let i = names::lit(i);
            checks.push(quote! {
                let #item = #values[#i].clone();
                if !#test { break #label false; }
            });
        }
        for (attr, p) in c.kwd_attrs.iter().zip(&c.kwd_patterns) {
            let item = self.f.temp("item");
            let name = attr.as_str();
            let test = self.pattern(p, &item, captures);
            checks.push(quote! {
                let Some(#item) = pyrt::patterns::attribute(&#subject, #name)? else { break #label false; };
                if !#test { break #label false; }
            });
        }
        quote!(#label: {
            let #class_var = #class;
            if !pyrt::patterns::instance_of(&#subject, &#class_var)? { break #label false; }
            let Some(#values) = pyrt::patterns::positional(&#subject, &#class_var, #n)? else { break #label false; };
            #(#checks)*
            true
        })
    }
}
