//! Expressions: each lowers to a Rust expression producing an owned `Value`
//! (or `bool` in conditions), raising through `?`.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use rustpython_parser::ast::{self, BoolOp, CmpOp, Constant, Expr, Operator, UnaryOp};

use super::builtins;
use super::comprehension::Collect;
use super::context::Lower;
use super::names;
use crate::scope::NameKind;

impl Lower<'_, '_, '_> {
    /// Lowers `e` to an expression of type `Value`.
    pub fn expr(&mut self, e: &Expr) -> TokenStream {
        match e {
            Expr::Constant(c) => self.constant(&c.value, e),
            Expr::Name(n) => {
                self.m.current = self.m.pos(n);
                if self.movable_local(n.id.as_str()) {
                    let id = names::local(n.id.as_str());
                    return quote!(#id);
                }
                self.name_load(n.id.as_str())
            }
            Expr::BinOp(b) => {
                let op = binary_fn(&b.op);
                let l = self.expr_operand(&b.left);
                let r = self.expr_operand(&b.right);
                let site = self.m.binop_site();
                quote!(#site.#op(#l, #r)?)
            }
            Expr::UnaryOp(u) => self.unary(u),
            Expr::BoolOp(b) => self.bool_op(b),
            Expr::Compare(c) => self.compare_value(c),
            Expr::IfExp(i) => {
                let test = self.cond(&i.test);
                let body = self.expr(&i.body);
                let orelse = self.expr(&i.orelse);
                quote!(if #test { #body } else { #orelse })
            }
            Expr::Call(c) => self.call(c),
            Expr::Attribute(a) => {
                let obj = self.expr_ref(&a.value);
                let site = self.m.attr_site(a.attr.as_str());
                quote!(#site.load(#obj)?)
            }
            Expr::Subscript(s) => self.subscript_load(s),
            Expr::List(l) => {
                let items = self.sequence_items(&l.elts);
                quote!(pyrt::Value::list(#items))
            }
            Expr::Tuple(t) if !t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) => {
                // A fixed number of elements: built in place, no vector.
                let items: Vec<TokenStream> = t.elts.iter().map(|e| self.expr(e)).collect();
                quote!(pyrt::Value::tuple_of([#(#items),*]))
            }
            Expr::Tuple(t) => {
                let items = self.sequence_items(&t.elts);
                quote!(pyrt::Value::tuple(#items))
            }
            Expr::Dict(d) => self.dict_display(d),
            Expr::Set(set) => {
                let items = self.sequence_items(&set.elts);
                // CPython folds a display of three or more constants into a
                // frozenset constant first, which decides the iteration order.
                if set.elts.len() >= 3 && set.elts.iter().all(is_folded_constant) {
                    quote!(pyrt::set::build_const_set(#items)?)
                } else {
                    quote!(pyrt::set::build_set(#items)?)
                }
            }
            Expr::SetComp(c) => self.comprehension(&c.generators, Collect::Set(&c.elt), e),
            Expr::JoinedStr(j) => self.fstring(j),
            Expr::Lambda(l) => self.lambda(l, e),
            Expr::GeneratorExp(g) => self.generator_expression(g, e),
            Expr::Yield(y) if self.f.is_generator => {
                let value = match &y.value {
                    Some(v) => self.expr(v),
                    None => quote!(pyrt::Value::None),
                };
                quote!(__co.yield_(#value).await?)
            }
            Expr::YieldFrom(y) if self.f.is_generator => {
                let value = self.expr(&y.value);
                quote!(pyrt::generator::yield_from(&__co, #value).await?)
            }
            Expr::ListComp(c) => self.comprehension(&c.generators, Collect::List(&c.elt), e),
            Expr::DictComp(c) => {
                self.comprehension(&c.generators, Collect::Dict(&c.key, &c.value), e)
            }
            // A slice inside a subscript's tuple (`x[1:2, ::3]`), or one a
            // subscript site takes as its key: a slice object.
            Expr::Slice(s) => {
                let [lo, hi, step] = self.slice_bounds(s);
                quote!(pyrt::slice::new(#lo, #hi, #step))
            }
            Expr::NamedExpr(n) => {
                let value = self.expr(&n.value);
                let tmp = self.f.temp("w");
                let store = self.store(&n.target, quote!(#tmp.clone()));
                quote!({ let #tmp = #value; #store #tmp })
            }
            other => {
                self.m.unsupported(expr_description(other), other);
                quote!(pyrt::Value::None)
            }
        }
    }

    /// Lowers the iterable of a `for` loop or comprehension: a set display of
    /// constants is a frozenset constant there, as CPython compiles it.
    pub fn iterable_ref(&mut self, e: &Expr) -> TokenStream {
        if let Expr::Set(set) = e {
            if set.elts.iter().all(is_folded_constant) {
                let items = self.sequence_items(&set.elts);
                return quote!(&pyrt::set::const_frozenset(#items)?);
            }
        }
        self.expr_ref(e)
    }

    /// Lowers `e` to an expression of type `&Value`, borrowing locals instead of copying them.
    pub fn expr_ref(&mut self, e: &Expr) -> TokenStream {
        if let Some(local) = self.local_ref(e) {
            return local;
        }
        let owned = self.expr(e);
        quote!(&#owned)
    }

    /// A reference to the local variable `e` names, when it is one that can
    /// be borrowed in place.
    fn local_ref(&mut self, e: &Expr) -> Option<TokenStream> {
        let Expr::Name(n) = e else {
            return None;
        };
        if self.f.has_walrus || self.f.class_body.is_some() {
            return None;
        }
        let name = n.id.as_str();
        match self.f.kind(name) {
            NameKind::Local => {
                let id = names::local(name);
                Some(quote!(&#id))
            }
            NameKind::MaybeUnboundLocal => {
                let id = names::local(name);
                Some(quote!(pyrt::frame::bound_local(&#id, #name)?))
            }
            NameKind::Cell | NameKind::Free | NameKind::Global => None,
        }
    }

    /// Lowers `e` as an operand of an operator site: a reference to a local,
    /// or the temporary value itself, which the site releases.
    pub fn expr_operand(&mut self, e: &Expr) -> TokenStream {
        match self.local_ref(e) {
            Some(local) => local,
            None => self.expr(e),
        }
    }

    /// Lowers `e` in a condition: an expression of type `bool`.
    pub fn cond(&mut self, e: &Expr) -> TokenStream {
        match e {
            Expr::Compare(c) => self.compare(c),
            Expr::BoolOp(b) => {
                let parts: Vec<TokenStream> = b.values.iter().map(|v| self.cond(v)).collect();
                match b.op {
                    BoolOp::And => quote!((#(#parts)&&*)),
                    BoolOp::Or => quote!((#(#parts)||*)),
                }
            }
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => {
                let inner = self.cond(&u.operand);
                quote!(!#inner)
            }
            Expr::Constant(ast::ExprConstant {
                value: Constant::Bool(b),
                ..
            }) => quote!(#b),
            other => {
                let v = self.expr_operand(other);
                quote!(pyrt::object::truthy_operand(#v)?)
            }
        }
    }

    /// Reads a variable.
    pub fn name_load(&mut self, name: &str) -> TokenStream {
        if let Some(ns) = self.class_namespace_for(name) {
            let fallback = self.global_load(name);
            return quote!(match #ns.get(#name) { Some(__v) => __v.clone(), None => #fallback });
        }
        match self.f.kind(name) {
            NameKind::Local => {
                let id = names::local(name);
                quote!(#id.clone())
            }
            NameKind::MaybeUnboundLocal => {
                let id = names::local(name);
                quote!(pyrt::frame::bound_local(&#id, #name)?.clone())
            }
            NameKind::Cell => {
                let id = names::local(name);
                quote!(#id.get_local(#name)?)
            }
            NameKind::Free => {
                let id = names::local(name);
                quote!(#id.get_free(#name)?)
            }
            NameKind::Global => self.global_load(name),
        }
    }

    /// Reads a module global, falling back to builtins.
    pub fn global_load(&mut self, name: &str) -> TokenStream {
        if self.m.scope.names.contains(name) {
            let cell = names::global_cell(name);
            if builtins::is_provided(name) {
                let site = self.m.builtin_site(name);
                quote!(#cell.get_or_builtin(&#site)?)
            } else {
                quote!(#cell.get()?)
            }
        } else {
            if builtins::is_missing(name) {
                self.m.unsupported_here(&format!("builtin '{name}'"));
            }
            let site = self.m.builtin_site(name);
            quote!(#site.get()?)
        }
    }

    fn constant(&mut self, c: &Constant, node: &Expr) -> TokenStream {
        match c {
            Constant::None => quote!(pyrt::Value::None),
            Constant::Bool(b) => quote!(pyrt::Value::Bool(#b)),
            Constant::Int(i) => match i64::try_from(i) {
                Ok(small) => {
                    let lit = Literal::i64_unsuffixed(small);
                    quote!(pyrt::Value::Int(#lit))
                }
                Err(_) => self.m.big_const(&i.to_string()),
            },
            Constant::Float(f) => float_literal(*f),
            Constant::Str(s) => self.m.str_const(s),
            Constant::Tuple(items) => {
                let items: Vec<TokenStream> =
                    items.iter().map(|i| self.constant(i, node)).collect();
                quote!(pyrt::Value::tuple_of([#(#items),*]))
            }
            Constant::Bytes(data) => self.m.bytes_const(data),
            Constant::Complex { .. } => {
                self.m.unsupported("complex literal", node);
                quote!(pyrt::Value::None)
            }
            Constant::Ellipsis => quote!(pyrt::native::ellipsis()),
        }
    }

    fn unary(&mut self, u: &ast::ExprUnaryOp) -> TokenStream {
        if let (UnaryOp::USub, Expr::Constant(c)) = (u.op, u.operand.as_ref()) {
            match &c.value {
                Constant::Int(i) => {
                    let negated = -i.clone();
                    if let Ok(small) = i64::try_from(&negated) {
                        let lit = Literal::i64_unsuffixed(small);
                        return quote!(pyrt::Value::Int(#lit));
                    }
                }
                Constant::Float(f) => return float_literal(-f),
                _ => {}
            }
        }
        if u.op == UnaryOp::Not {
            let c = self.cond(&u.operand);
            return quote!(pyrt::Value::Bool(!#c));
        }
        let operand = self.expr_ref(&u.operand);
        let op = match u.op {
            UnaryOp::USub => quote!(neg),
            UnaryOp::UAdd => quote!(pos),
            UnaryOp::Invert => quote!(invert),
            UnaryOp::Not => unreachable!("handled above"),
        };
        quote!(pyrt::ops::#op(#operand)?)
    }

    /// `a or b` / `a and b`: the value of the operand that decided.
    fn bool_op(&mut self, b: &ast::ExprBoolOp) -> TokenStream {
        let (last, rest) = b.values.split_last().expect("a BoolOp has operands");
        let mut out = self.expr(last);
        for value in rest.iter().rev() {
            let v = self.expr(value);
            let tmp = self.f.temp("b");
            out = match b.op {
                BoolOp::Or => quote!({
                    let #tmp = #v;
                    if pyrt::object::truthy(&#tmp)? { #tmp } else { #out }
                }),
                BoolOp::And => quote!({
                    let #tmp = #v;
                    if pyrt::object::truthy(&#tmp)? { #out } else { #tmp }
                }),
            };
        }
        out
    }

    /// A comparison chain as a `bool`: `a < b < c` evaluates `b` once and
    /// stops at the first false link.
    fn compare(&mut self, c: &ast::ExprCompare) -> TokenStream {
        if c.ops.len() == 1 {
            let (op, left, right) = (&c.ops[0], &c.left, &c.comparators[0]);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) {
                return self.identity(op, left, right);
            }
            // Temporaries go in by value: the comparison releases them.
            let l = self.expr_operand(left);
            let r = self.expr_operand(right);
            if matches!(op, CmpOp::In | CmpOp::NotIn) {
                // The item is evaluated before the container, as in Python.
                let item = self.f.temp("item");
                let test = operand_compare(op, &quote!(#item), &r);
                return quote!({ let #item = #l; #test });
            }
            return operand_compare(op, &l, &r);
        }
        let (first, links) = self.chain_links(c, compare_op);
        // Nest from the end so each link is evaluated only if the previous held.
        let mut chain = quote!(true);
        for (bind, test) in links.into_iter().rev() {
            chain = quote!({ #bind #test && #chain });
        }
        quote!({ #first #chain })
    }

    /// A comparison chain's parts: the binding of its first operand, then
    /// for each link the binding of its right operand (each evaluated once)
    /// and the link's comparison of the two, built by `link`.
    fn chain_links(
        &mut self,
        c: &ast::ExprCompare,
        link: fn(&CmpOp, &TokenStream, &TokenStream) -> TokenStream,
    ) -> (TokenStream, Vec<(TokenStream, TokenStream)>) {
        let first = self.expr(&c.left);
        let mut prev = self.f.temp("c");
        let bind_first = quote!(let #prev = #first;);
        let mut links = Vec::new();
        for (op, right) in c.ops.iter().zip(&c.comparators) {
            let value = self.expr(right);
            let next = self.f.temp("c");
            let test = link(op, &quote!(&#prev), &quote!(&#next));
            links.push((quote!(let #next = #value;), test));
            prev = next;
        }
        (bind_first, links)
    }

    /// A comparison used as a value: a rich comparison gives what a
    /// Python-defined special method returned (not necessarily a bool), and
    /// a chain `a < b < c` gives the first falsy link's result or the last.
    fn compare_value(&mut self, c: &ast::ExprCompare) -> TokenStream {
        if c.ops.len() == 1 {
            let (op, left, right) = (&c.ops[0], &c.left, &c.comparators[0]);
            if rich_fn(op).is_none() {
                let test = self.compare(c);
                return quote!(pyrt::Value::Bool(#test));
            }
            let l = self.expr_operand(left);
            let r = self.expr_operand(right);
            return value_compare(op, &l, &r);
        }
        let (first, links) = self.chain_links(c, value_compare);
        // Each link runs only if the previous one's result was truthy; a
        // falsy result is the chain's value.
        let mut links = links.into_iter().rev();
        let (bind, last) = links.next().expect("a chain has links");
        let mut chain = quote!({ #bind #last });
        for (bind, result) in links {
            let r = self.f.temp("r");
            chain = quote!({
                #bind
                let #r = #result;
                if pyrt::object::truthy(&#r)? { #chain } else { #r }
            });
        }
        quote!({ #first #chain })
    }

    /// `left is right` (or `is not`): `is None` is one tag test; other
    /// operands are compared by identity and released where their kind is known.
    fn identity(&mut self, op: &CmpOp, left: &Expr, right: &Expr) -> TokenStream {
        let is_none = |e: &Expr| {
            matches!(
                e,
                Expr::Constant(ast::ExprConstant {
                    value: Constant::None,
                    ..
                })
            )
        };
        let test = if is_none(right) {
            let l = self.expr_operand(left);
            quote!(pyrt::value::is_none(#l))
        } else {
            let l = self.expr_operand(left);
            let r = self.expr_operand(right);
            quote!(pyrt::value::identical(#l, #r))
        };
        match op {
            CmpOp::IsNot => quote!(!#test),
            _ => test,
        }
    }

    fn subscript_load(&mut self, s: &ast::ExprSubscript) -> TokenStream {
        let obj = self.expr_ref(&s.value);
        if let Expr::Slice(slice) = s.slice.as_ref() {
            let [lo, hi, step] = self.slice_bound_refs(slice);
            return quote!(pyrt::subscript::getslice(#obj, #lo, #hi, #step)?);
        }
        let key = self.expr_ref(&s.slice);
        let site = self.m.subscript_site();
        quote!(#site.get(#obj, #key)?)
    }

    /// The three bounds of a slice, `Value::None` where omitted.
    pub fn slice_bounds(&mut self, slice: &ast::ExprSlice) -> [TokenStream; 3] {
        [&slice.lower, &slice.upper, &slice.step].map(|bound| match bound {
            Some(e) => self.expr(e),
            None => quote!(pyrt::Value::None),
        })
    }

    /// The three bounds of a slice as `&Value` expressions (a local bound is
    /// borrowed), `&Value::None` where omitted.
    pub fn slice_bound_refs(&mut self, slice: &ast::ExprSlice) -> [TokenStream; 3] {
        [&slice.lower, &slice.upper, &slice.step].map(|bound| match bound {
            Some(e) => self.expr_ref(e),
            None => quote!(&pyrt::Value::None),
        })
    }

    /// The elements of a list or tuple display as a `Vec<Value>` expression,
    /// expanding `*iterable` elements.
    pub fn sequence_items(&mut self, elts: &[Expr]) -> TokenStream {
        if !elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            let items: Vec<TokenStream> = elts.iter().map(|e| self.expr(e)).collect();
            return quote!(vec![#(#items),*]);
        }
        let tmp = self.f.temp("items");
        let pushes: Vec<TokenStream> = elts
            .iter()
            .map(|e| match e {
                Expr::Starred(s) => {
                    let v = self.expr_ref(&s.value);
                    quote!(#tmp.extend(pyrt::iter::collect(#v)?);)
                }
                other => {
                    let v = self.expr(other);
                    quote!(#tmp.push(#v);)
                }
            })
            .collect();
        quote!({ let mut #tmp = Vec::new(); #(#pushes)* #tmp })
    }

    fn dict_display(&mut self, d: &ast::ExprDict) -> TokenStream {
        if d.keys.iter().any(Option::is_none) {
            // `{**m, k: v}`: parts in order, each evaluated once.
            let parts: Vec<TokenStream> = d
                .keys
                .iter()
                .zip(&d.values)
                .map(|(key, value)| {
                    let v = self.expr(value);
                    match key {
                        Some(key) => {
                            let k = self.expr(key);
                            quote!(pyrt::literals::DictPart::Pair(#k, #v))
                        }
                        None => quote!(pyrt::literals::DictPart::Unpack(#v)),
                    }
                })
                .collect();
            return quote!(pyrt::literals::dict_display(vec![#(#parts),*])?);
        }
        let mut pairs = Vec::new();
        for (key, value) in d.keys.iter().zip(&d.values) {
            let Some(key) = key else { continue };
            let k = self.expr(key);
            let v = self.expr(value);
            pairs.push(quote!((#k, #v)));
        }
        quote!(pyrt::literals::dict(vec![#(#pairs),*])?)
    }

    /// An f-string: literal parts and `str()`/`repr()` of the replacement fields.
    fn fstring(&mut self, j: &ast::ExprJoinedStr) -> TokenStream {
        let tmp = self.f.temp("s");
        let mut parts = Vec::new();
        for value in &j.values {
            match value {
                Expr::Constant(c) => {
                    if let Constant::Str(s) = &c.value {
                        parts.push(quote!(#tmp.push_str(#s);));
                    }
                }
                Expr::FormattedValue(f) => {
                    let v = self.expr_ref(&f.value);
                    let converted = match f.conversion {
                        ast::ConversionFlag::Repr => Some(quote!(pyrt::repr::repr(#v)?)),
                        ast::ConversionFlag::Ascii => Some(quote!(pyrt::repr::ascii_of(#v)?)),
                        ast::ConversionFlag::Str => Some(quote!(pyrt::repr::str_of(#v)?)),
                        ast::ConversionFlag::None => None,
                    };
                    let text = match (&f.format_spec, converted) {
                        (None, Some(text)) => text,
                        (None, None) => quote!(pyrt::repr::str_of(#v)?),
                        (Some(spec), converted) => {
                            let spec = self.format_spec(spec);
                            let value = match converted {
                                Some(text) => quote!(&pyrt::Value::string(#text)),
                                None => v,
                            };
                            quote!(pyrt::fmt::format_value(#value, &#spec)?)
                        }
                    };
                    parts.push(quote!(#tmp.push_str(&#text);));
                }
                other => self.m.unsupported("f-string part", other),
            }
        }
        quote!({ let mut #tmp = String::new(); #(#parts)* pyrt::Value::string(#tmp) })
    }
}

impl Lower<'_, '_, '_> {
    /// A format spec inside an f-string (itself an f-string) as a `String` expression.
    fn format_spec(&mut self, spec: &Expr) -> TokenStream {
        if let Expr::JoinedStr(j) = spec {
            if let [Expr::Constant(c)] = j.values.as_slice() {
                if let Constant::Str(text) = &c.value {
                    return quote!(#text);
                }
            }
            if j.values.is_empty() {
                return quote!("");
            }
        }
        let value = self.expr(spec);
        quote!(pyrt::repr::str_of(&#value)?)
    }
}

/// Whether CPython's compiler folds `e` into a constant: a literal, a signed
/// numeric literal, or a tuple of such.
pub fn is_folded_constant(e: &Expr) -> bool {
    match e {
        Expr::Constant(_) => true,
        Expr::UnaryOp(u) => {
            matches!(u.op, UnaryOp::USub | UnaryOp::UAdd | UnaryOp::Invert)
                && matches!(u.operand.as_ref(), Expr::Constant(c) if matches!(c.value, Constant::Int(_) | Constant::Float(_)))
        }
        Expr::Tuple(t) => t.elts.iter().all(is_folded_constant),
        _ => false,
    }
}

/// The pyrt function for a binary operator.
pub fn binary_fn(op: &Operator) -> proc_macro2::Ident {
    let name = match op {
        Operator::Add => "add",
        Operator::Sub => "sub",
        Operator::Mult => "mul",
        Operator::MatMult => "matmul",
        Operator::Div => "truediv",
        Operator::Mod => "modulo",
        Operator::Pow => "pow",
        Operator::LShift => "lshift",
        Operator::RShift => "rshift",
        Operator::BitOr => "bitor",
        Operator::BitXor => "bitxor",
        Operator::BitAnd => "bitand",
        Operator::FloorDiv => "floordiv",
    };
    names::ident(name)
}

/// The pyrt function for an augmented assignment operator (`+=` may work in place).
pub fn inplace_fn(op: &Operator) -> proc_macro2::Ident {
    let name = match op {
        Operator::Add => "iadd",
        Operator::Sub => "isub",
        Operator::Mult => "imul",
        Operator::MatMult => "imatmul",
        Operator::Div => "itruediv",
        Operator::Mod => "imod",
        Operator::Pow => "ipow",
        Operator::LShift => "ilshift",
        Operator::RShift => "irshift",
        Operator::BitOr => "ior",
        Operator::BitXor => "ixor",
        Operator::BitAnd => "iand",
        Operator::FloorDiv => "ifloordiv",
    };
    names::ident(name)
}

/// The pyrt function of a rich comparison (`eq` for `==`, ...), found in
/// `pyrt::compare` and its `operands` and `values` modules alike; `None`
/// for identity and membership.
fn rich_fn(op: &CmpOp) -> Option<proc_macro2::Ident> {
    let name = match op {
        CmpOp::Eq => "eq",
        CmpOp::NotEq => "ne",
        CmpOp::Lt => "lt",
        CmpOp::LtE => "le",
        CmpOp::Gt => "gt",
        CmpOp::GtE => "ge",
        CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn => return None,
    };
    Some(names::ident(name))
}

fn compare_op(op: &CmpOp, l: &TokenStream, r: &TokenStream) -> TokenStream {
    if let Some(f) = rich_fn(op) {
        return quote!(pyrt::compare::#f(#l, #r)?);
    }
    match op {
        CmpOp::Is => quote!(pyrt::Value::is(#l, #r)),
        CmpOp::IsNot => quote!(!pyrt::Value::is(#l, #r)),
        CmpOp::In => quote!(pyrt::compare::contains(#r, #l)?),
        _ => quote!(!pyrt::compare::contains(#r, #l)?),
    }
}

/// A comparison as a value (see [`Lower::compare_value`]): a rich
/// comparison gives what its special method returned, the others a bool.
fn value_compare(op: &CmpOp, l: &TokenStream, r: &TokenStream) -> TokenStream {
    match rich_fn(op) {
        Some(f) => quote!(pyrt::compare::values::#f(#l, #r)?),
        None => {
            let test = compare_op(op, l, r);
            quote!(pyrt::Value::Bool(#test))
        }
    }
}

/// A comparison whose operands are locals or temporaries ([`Lower::expr_operand`]).
fn operand_compare(op: &CmpOp, l: &TokenStream, r: &TokenStream) -> TokenStream {
    if let Some(f) = rich_fn(op) {
        return quote!(pyrt::compare::operands::#f(#l, #r)?);
    }
    match op {
        CmpOp::In => quote!(pyrt::compare::operands::contains(#r, #l)?),
        CmpOp::NotIn => quote!(!pyrt::compare::operands::contains(#r, #l)?),
        _ => compare_op(op, l, r),
    }
}

fn float_literal(f: f64) -> TokenStream {
    if f.is_infinite() {
        if f > 0.0 {
            quote!(pyrt::Value::Float(f64::INFINITY))
        } else {
            quote!(pyrt::Value::Float(f64::NEG_INFINITY))
        }
    } else if f.is_nan() {
        quote!(pyrt::Value::Float(f64::NAN))
    } else {
        let lit = Literal::f64_suffixed(f);
        quote!(pyrt::Value::Float(#lit))
    }
}

/// A short description of an expression kind, for diagnostics.
fn expr_description(e: &Expr) -> &'static str {
    match e {
        Expr::Lambda(_) => "lambda",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Await(_) => "await",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield",
        Expr::Starred(_) => "starred expression",
        _ => "expression",
    }
}
