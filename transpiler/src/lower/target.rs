//! Assignment targets: names, subscripts, slices and (starred) unpacking; and `del`.

use proc_macro2::TokenStream;
use quote::quote;
use rustpython_parser::ast::{self, Expr};

use super::context::Lower;
use super::names;
use crate::scope::NameKind;

impl Lower<'_, '_, '_> {
    /// Statements storing `value` (an owned `Value` expression, evaluated once) into `target`.
    pub fn store(&mut self, target: &Expr, value: TokenStream) -> TokenStream {
        match target {
            Expr::Name(n) => self.store_name(n.id.as_str(), value),
            Expr::Subscript(s) => {
                let tmp = self.f.temp("v");
                // A local container is borrowed in place (no clone).
                let obj = self.expr_ref(&s.value);
                let o = self.f.temp("o");
                if let Expr::Slice(slice) = s.slice.as_ref() {
                    let [lo, hi, step] = self.slice_bound_refs(slice);
                    return quote!({
                        let #tmp = #value;
                        let #o = #obj;
                        pyrt::subscript::setslice(#o, #lo, #hi, #step, #tmp)?;
                    });
                }
                let key = self.expr(&s.slice);
                let site = self.m.subscript_site();
                quote!({ let #tmp = #value; let #o = #obj; #site.set(#o, #key, #tmp)?; })
            }
            Expr::Tuple(t) => self.store_unpack(&t.elts, value, target),
            Expr::List(l) => self.store_unpack(&l.elts, value, target),
            Expr::Attribute(a) if a.attr.as_str() == "__class__" => {
                self.m.unsupported("assignment to __class__", target);
                quote!()
            }
            Expr::Attribute(a) => {
                let tmp = self.f.temp("v");
                // The value is evaluated first; a local object is then borrowed.
                let obj = self.expr_ref(&a.value);
                let site = self.m.attr_site(a.attr.as_str());
                quote!({ let #tmp = #value; #site.store(#obj, #tmp)?; })
            }
            other => {
                self.m.unsupported("assignment target", other);
                quote!()
            }
        }
    }

    /// Binds a name in the scope it belongs to.
    pub fn store_name(&mut self, name: &str, value: TokenStream) -> TokenStream {
        if let Some(ns) = self.class_namespace_for(name) {
            return quote!(#ns.insert(#name.to_string(), #value););
        }
        let id = names::local(name);
        match self.f.kind(name) {
            NameKind::Local => quote!(#id.rebind(#value);),
            NameKind::MaybeUnboundLocal => quote!(#id = Some(#value);),
            NameKind::Cell | NameKind::Free => quote!(#id.set(#value);),
            NameKind::Global => {
                let cell = names::global_cell(name);
                quote!(#cell.set(#value);)
            }
        }
    }

    fn store_unpack(&mut self, elts: &[Expr], value: TokenStream, node: &Expr) -> TokenStream {
        let tmp = self.f.temp("u");
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if elts
            .iter()
            .filter(|e| matches!(e, Expr::Starred(_)))
            .count()
            > 1
        {
            self.m
                .unsupported("multiple starred expressions in assignment", node);
            return quote!();
        }
        if star.is_none() && binds_names_only(elts) {
            let binds = self.bind_borrowed(elts, quote!(&#tmp));
            return quote!({
                let #tmp = #value;
                #binds
            });
        }
        match star {
            None => {
                let parts: Vec<_> = elts.iter().map(|_| self.f.temp("p")).collect();
                let n = names::lit(elts.len());
                let stores: Vec<TokenStream> = elts
                    .iter()
                    .zip(&parts)
                    .map(|(e, p)| self.store(e, quote!(#p)))
                    .collect();
                quote!({
                    let #tmp = #value;
                    let [#(#parts),*] = pyrt::unpack::exact::<#n>(&#tmp)?;
                    #(#stores)*
                })
            }
            Some(index) => {
                let before = names::lit(index);
                let after = names::lit(elts.len() - index - 1);
                let (head, tail) = (self.f.temp("h"), self.f.temp("t"));
                let mid = self.f.temp("m");
                let mut stores = Vec::new();
                for (i, e) in elts.iter().enumerate() {
                    let source = match i.cmp(&index) {
                        std::cmp::Ordering::Less => {
                            quote!(#head.next().unwrap_or(pyrt::Value::None))
                        }
                        std::cmp::Ordering::Equal => quote!(#mid.clone()),
                        std::cmp::Ordering::Greater => {
                            quote!(#tail.next().unwrap_or(pyrt::Value::None))
                        }
                    };
                    let target = match e {
                        Expr::Starred(s) => s.value.as_ref(),
                        other => other,
                    };
                    stores.push(self.store(target, source));
                }
                quote!({
                    let #tmp = #value;
                    let (#head, #mid, #tail) = pyrt::unpack::starred(&#tmp, #before, #after)?;
                    let mut #head = #head.into_iter();
                    let mut #tail = #tail.into_iter();
                    #(#stores)*
                })
            }
        }
    }

    /// Binds the names of an unpacking target (nested tuples and lists of
    /// names) to the items of `source` (a `&Value` expression), borrowing
    /// each level's items in place and cloning only the values bound.
    fn bind_borrowed(&mut self, elts: &[Expr], source: TokenStream) -> TokenStream {
        let items = self.f.temp("s");
        let parts: Vec<_> = elts.iter().map(|_| self.f.temp("p")).collect();
        let n = names::lit(elts.len());
        let binds: Vec<TokenStream> = elts
            .iter()
            .zip(&parts)
            .map(|(e, p)| match e {
                Expr::Tuple(t) => self.bind_borrowed(&t.elts, quote!(#p)),
                Expr::List(l) => self.bind_borrowed(&l.elts, quote!(#p)),
                name => self.store(name, quote!(#p.clone())),
            })
            .collect();
        quote!({
            let #items = pyrt::unpack::borrowed::<#n>(#source)?;
            let [#(#parts),*] = &*#items;
            #(#binds)*
        })
    }

    /// Unbinds a name at the end of an `except ... as name:` clause (no error if already unbound).
    pub fn unbind_name(&mut self, name: &str) -> TokenStream {
        let id = names::local(name);
        match self.f.kind(name) {
            NameKind::Global => {
                let cell = names::global_cell(name);
                quote!(let _ = #cell.delete();)
            }
            NameKind::Cell | NameKind::Free => quote!(let _ = #id.delete(#name);),
            NameKind::MaybeUnboundLocal => quote!(#id = None;),
            NameKind::Local => quote!(),
        }
    }

    /// `del target`
    pub fn delete(&mut self, target: &Expr) -> TokenStream {
        match target {
            Expr::Name(n) => {
                let name = n.id.as_str();
                if let Some(ns) = self.class_namespace_for(name) {
                    return quote!(pyrt::class::ns_delete(&mut #ns, #name)?;);
                }
                let id = names::local(name);
                match self.f.kind(name) {
                    NameKind::Global => {
                        let cell = names::global_cell(name);
                        quote!(#cell.delete()?;)
                    }
                    NameKind::Cell | NameKind::Free => quote!(#id.delete(#name)?;),
                    _ => quote!(pyrt::frame::delete_local(&mut #id, #name)?;),
                }
            }
            Expr::Subscript(s) => {
                let obj = self.expr_ref(&s.value);
                if let Expr::Slice(slice) = s.slice.as_ref() {
                    let [lo, hi, step] = self.slice_bound_refs(slice);
                    return quote!(pyrt::subscript::delslice(#obj, #lo, #hi, #step)?;);
                }
                let key = self.expr_ref(&s.slice);
                quote!(pyrt::subscript::delitem(#obj, #key)?;)
            }
            Expr::Attribute(a) => {
                let obj = self.expr_ref(&a.value);
                let name = a.attr.as_str();
                quote!(pyrt::attr::delattr(#obj, #name)?;)
            }
            Expr::Tuple(t) => {
                let parts: Vec<TokenStream> = t.elts.iter().map(|e| self.delete(e)).collect();
                quote!(#(#parts)*)
            }
            Expr::List(l) => {
                let parts: Vec<TokenStream> = l.elts.iter().map(|e| self.delete(e)).collect();
                quote!(#(#parts)*)
            }
            other => {
                self.m.unsupported("del target", other);
                quote!()
            }
        }
    }

    /// `x = x + value` or `x += value` for a plain local `x`: the site gets
    /// the variable itself, so that a str held by nothing else grows in
    /// place (CPython's `s += t` reuse, which keeps a loop that builds a
    /// string linear); `site_fn` is `add_to_local` or `iadd_to_local`.
    /// `None` when `x` is not a plain local, when the value is a number
    /// (`n += 1` keeps the plain operator), or when the value could touch
    /// `x` while it is lent out (it is `x` or contains `:=`).
    pub fn grow_local(
        &mut self,
        target: &Expr,
        value: &Expr,
        site_fn: &str,
    ) -> Option<TokenStream> {
        let Expr::Name(n) = target else {
            return None;
        };
        let name = n.id.as_str();
        let reads_target = matches!(value, Expr::Name(v) if v.id.as_str() == name);
        // `n += 1`: a number can never be appended to a str.
        let number =
            matches!(value, Expr::Constant(c) if !matches!(c.value, ast::Constant::Str(_)));
        if number
            || self.f.kind(name) != NameKind::Local
            || self.class_namespace_for(name).is_some()
            || reads_target
            || super::func::expr_contains_walrus(value)
        {
            return None;
        }
        let id = names::local(name);
        let rhs = self.expr_operand(value);
        let (tmp, site, f) = (self.f.temp("r"), self.m.binop_site(), names::ident(site_fn));
        Some(quote!({ let #tmp = #rhs; #site.#f(&mut #id, #tmp)?; }))
    }

    /// `target op= value`: the target's parts are evaluated once.
    pub fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> TokenStream {
        let op = super::expr::inplace_fn(&a.op);
        if matches!(a.op, ast::Operator::Add) {
            if let Some(grown) = self.grow_local(&a.target, &a.value, "iadd_to_local") {
                return grown;
            }
        }
        match a.target.as_ref() {
            Expr::Name(n) => {
                let current = self.expr_ref(&a.target);
                let rhs = self.expr_operand(&a.value);
                let tmp = self.f.temp("r");
                let store = self.store_name(n.id.as_str(), quote!(#tmp));
                let site = self.m.binop_site();
                quote!({ let #tmp = #site.#op(#current, #rhs)?; #store })
            }
            // `x[a:b] += y` passes a slice object, as CPython does.
            // A local object is borrowed; the current item and a temporary
            // right-hand side go to the operator by value.
            Expr::Subscript(s) => {
                let obj = self.expr_ref(&s.value);
                let key = self.expr(&s.slice);
                let rhs = self.expr_operand(&a.value);
                let (o, k, r) = (self.f.temp("o"), self.f.temp("k"), self.f.temp("r"));
                let (item, site) = (self.m.subscript_site(), self.m.binop_site());
                quote!({
                    let #o = #obj;
                    let #k = #key;
                    let #r = #site.#op(#item.get(#o, &#k)?, #rhs)?;
                    #item.set(#o, #k, #r)?;
                })
            }
            Expr::Attribute(attr) => {
                let obj = self.expr_ref(&attr.value);
                let rhs = self.expr_operand(&a.value);
                let (o, r) = (self.f.temp("o"), self.f.temp("r"));
                let (field, site) = (self.m.attr_site(attr.attr.as_str()), self.m.binop_site());
                quote!({
                    let #o = #obj;
                    let #r = #site.#op(#field.load(#o)?, #rhs)?;
                    #field.store(#o, #r)?;
                })
            }
            other => {
                self.m.unsupported("augmented assignment target", other);
                quote!()
            }
        }
    }
}

/// Whether every leaf of an unpacking target is a name (no starred item,
/// subscript or attribute): binding those runs no Python code, so the items
/// can be read in place while the names are bound.
fn binds_names_only(elts: &[Expr]) -> bool {
    elts.iter().all(|e| match e {
        Expr::Name(_) => true,
        Expr::Tuple(t) => binds_names_only(&t.elts),
        Expr::List(l) => binds_names_only(&l.elts),
        _ => false,
    })
}
