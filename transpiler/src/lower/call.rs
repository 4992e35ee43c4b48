//! Calls: direct calls to module-level functions, method calls on objects,
//! and the generic call protocol.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use rustpython_parser::ast::{self, Expr};

use super::comprehension::{Collect, Reduction};
use super::context::Lower;
use super::names;
use crate::scope::NameKind;

impl Lower<'_, '_, '_> {
    /// Lowers a call expression to an expression producing the call's `Value`.
    pub fn call(&mut self, c: &ast::ExprCall) -> TokenStream {
        if c.keywords.iter().any(|k| k.arg.is_none()) {
            return self.call_with_mapping_args(c);
        }
        if let Expr::Attribute(a) = c.func.as_ref() {
            return self.method_call(&a.value, a.attr.as_str(), c);
        }
        if let Expr::Name(n) = c.func.as_ref() {
            if let Some(direct) = self.direct_call(n.id.as_str(), c) {
                return direct;
            }
            if let Some(sup) = self.zero_argument_super(n.id.as_str(), c) {
                return sup;
            }
            if let Some(inline) = self.inline_reduction(n.id.as_str(), c) {
                return inline;
            }
            if n.id.as_str() == "vars"
                && c.args.is_empty()
                && self.f.kind("vars") == NameKind::Global
                && !self.m.scope.names.contains("vars")
            {
                self.m.unsupported("vars() without an argument", c);
                return quote!(pyrt::Value::None);
            }
            if n.id.as_str() == "globals"
                && c.args.is_empty()
                && c.keywords.is_empty()
                && self.f.kind("globals") == NameKind::Global
                && !self.m.scope.names.contains("globals")
            {
                return quote!(pyrt::module::globals(&MODULE_NS));
            }
        }
        let callee = self.expr_ref(&c.func);
        let tmp = self.f.temp("f");
        if positional_args(c) && c.args.len() == 1 {
            // A builtin reads a local argument in place; other callees get it owned.
            let arg = self.expr_operand(&c.args[0]);
            return quote!({ let #tmp = #callee; pyrt::func::call1_operand(#tmp, #arg)? });
        }
        if positional_args(c) && c.args.len() <= 3 {
            // The arguments move into the callee (no clone per argument).
            let call = format_ident!("call{}", c.args.len());
            let values: Vec<TokenStream> = c.args.iter().map(|a| self.expr(a)).collect();
            return quote!({ let #tmp = #callee; pyrt::func::#call(#tmp, #(#values),*)? });
        }
        let args = self.args(&c.args);
        let kwargs = self.kwargs(&c.keywords);
        quote!({ let #tmp = #callee; pyrt::func::call(#tmp, #args, #kwargs)? })
    }

    /// `obj.name(args)`: looks the method up and calls it without making a bound method.
    fn method_call(&mut self, obj: &Expr, name: &str, c: &ast::ExprCall) -> TokenStream {
        // A local receiver is borrowed in place: the arguments cannot rebind
        // it (a function with `:=` has no borrowed locals).
        let tmp = self.f.temp("o");
        let site = self.m.method_site(name);
        if positional_args(c) && c.args.len() <= 3 {
            // A temporary receiver and the arguments move into the callee
            // (no clone for them).
            let receiver = self.expr_operand(obj);
            let call = format_ident!("call{}", c.args.len());
            let values: Vec<TokenStream> = c.args.iter().map(|a| self.expr(a)).collect();
            return quote!({ let #tmp = #receiver; #site.#call(#tmp, #(#values),*)? });
        }
        let receiver = self.expr_ref(obj);
        let args = self.args(&c.args);
        let kwargs = self.kwargs(&c.keywords);
        quote!({ let #tmp = #receiver; #site.call(#tmp, #args, #kwargs)? })
    }

    /// A call of a module-level function by name: a direct Rust call while
    /// the global still holds the function its `def` created.
    fn direct_call(&mut self, name: &str, c: &ast::ExprCall) -> Option<TokenStream> {
        if self.f.kind(name) != NameKind::Global {
            return None;
        }
        let def = self.m.direct_defs.get(name)?.clone();
        if !positional_args(c) || c.args.len() != def.arity {
            return None;
        }
        let cell = names::global_cell(name);
        let site = &def.site;
        let rust_fn = &def.rust_fn;
        let callee = self.f.temp("callee");
        let temps: Vec<_> = (0..c.args.len()).map(|_| self.f.temp("a")).collect();
        let values: Vec<TokenStream> = c.args.iter().map(|a| self.expr(a)).collect();
        Some(quote!({
            let #callee = #cell.callee(&#site)?;
            #(let #temps = #values;)*
            match #callee {
                pyrt::globals::Callee::Direct => #rust_fn(#(#temps),*)?,
                pyrt::globals::Callee::Dynamic(__f) => pyrt::func::call(&__f, &[#(#temps),*], &[])?,
            }
        }))
    }

    /// `sum(genexpr)`, `any(...)`, `all(...)`, `max(...)`, `min(...)` over a
    /// generator expression: while the name still means the builtin, the
    /// loop runs inline and feeds the reduction (no generator object, no
    /// resumption per item); otherwise the call is made as written.
    fn inline_reduction(&mut self, name: &str, c: &ast::ExprCall) -> Option<TokenStream> {
        if !c.keywords.is_empty() || self.f.kind(name) != NameKind::Global {
            return None;
        }
        let (Some(Expr::GeneratorExp(g)), rest) = (c.args.first(), c.args.get(1..)?) else {
            return None;
        };
        if g.generators.iter().any(|gen| gen.is_async) {
            return None;
        }
        let reduction = match (name, rest) {
            ("sum", []) => Reduction::Sum(None),
            ("sum", [start]) if !matches!(start, Expr::Starred(_)) => {
                Reduction::Sum(Some(self.expr(start)))
            }
            ("any", []) => Reduction::Any,
            ("all", []) => Reduction::All,
            ("max", []) => Reduction::Max,
            ("min", []) => Reduction::Min,
            _ => return None,
        };
        let callee = self.expr(&c.func);
        let node = &c.args[0];
        let inline = self.comprehension(&g.generators, Collect::Reduce(reduction, &g.elt), node);
        let args = self.args(&c.args);
        let tmp = self.f.temp("f");
        Some(quote!({
            let #tmp = #callee;
            if pyrt::builtins::reduce::is_builtin(&#tmp, #name) {
                #inline
            } else {
                pyrt::func::call(&#tmp, #args, &[])?
            }
        }))
    }

    /// A call with `**mapping` arguments: keyword names are known only at run time.
    fn call_with_mapping_args(&mut self, c: &ast::ExprCall) -> TokenStream {
        let (receiver, method) = match c.func.as_ref() {
            Expr::Attribute(a) => (self.expr(&a.value), Some(a.attr.as_str())),
            other => (self.expr(other), None),
        };
        let callee = self.f.temp("f");
        let args = self.args(&c.args);
        let kw = self.f.temp("kw");
        let pushes: Vec<TokenStream> = c
            .keywords
            .iter()
            .map(|k| {
                let value = self.expr(&k.value);
                match &k.arg {
                    Some(name) => {
                        let name = name.as_str();
                        quote!(#kw.push((#name.to_string(), #value));)
                    }
                    None => quote!(pyrt::func::extend_kwargs(&mut #kw, &#value)?;),
                }
            })
            .collect();
        let call = match method {
            Some(name) => quote!(pyrt::func::call_method_dynamic(&#callee, #name, __args, &#kw)?),
            None => quote!(pyrt::func::call_dynamic(&#callee, __args, &#kw)?),
        };
        quote!({
            let #callee = #receiver;
            let __args = #args;
            let mut #kw: pyrt::func::DynKwArgs = Vec::new();
            #(#pushes)*
            #call
        })
    }

    /// `super()` in a method: the `__class__` cell and the method's first argument.
    fn zero_argument_super(&mut self, name: &str, c: &ast::ExprCall) -> Option<TokenStream> {
        if name != "super" || !c.args.is_empty() || !c.keywords.is_empty() {
            return None;
        }
        if self.f.kind("super") != NameKind::Global || self.f.kind("__class__") != NameKind::Free {
            return None;
        }
        let first = self.f.scope?.params.first()?.clone();
        let object = self.name_load(&first);
        let cell = names::local("__class__");
        Some(quote!(pyrt::class::super_object(&#cell.get_free("__class__")?, #object)?))
    }

    /// Positional arguments as a `&[Value]` expression (expanding `*iterable`).
    fn args(&mut self, args: &[Expr]) -> TokenStream {
        if !args.iter().any(|a| matches!(a, Expr::Starred(_))) {
            let values: Vec<TokenStream> = args.iter().map(|a| self.expr(a)).collect();
            return quote!(&[#(#values),*]);
        }
        let items = self.sequence_items(args);
        quote!(&#items)
    }

    /// Keyword arguments as a `&[(&str, Value)]` expression.
    pub(super) fn kwargs(&mut self, keywords: &[ast::Keyword]) -> TokenStream {
        let pairs: Vec<TokenStream> = keywords
            .iter()
            .filter_map(|k| {
                let name = k.arg.as_ref()?.as_str();
                let value = self.expr(&k.value);
                Some(quote!((#name, #value)))
            })
            .collect();
        quote!(&[#(#pairs),*])
    }
}

/// Whether a call passes positional arguments only, none of them starred.
fn positional_args(c: &ast::ExprCall) -> bool {
    c.keywords.is_empty() && !c.args.iter().any(|a| matches!(a, Expr::Starred(_)))
}
