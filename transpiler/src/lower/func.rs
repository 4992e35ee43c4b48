//! Function definitions: a typed Rust function per `def`, a generic entry
//! that binds arguments, and the statement that creates the function object.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;
use rustpython_parser::ast::{self, Expr};

use super::context::{DirectDef, FnCx, Lower};
use super::names;
use crate::parse::walk;
use crate::scope::{FunctionScope, NameKind};

/// The Rust items generated for one `def`.
pub struct DefItems {
    /// The static `FunctionDef` describing it.
    pub def_static: proc_macro2::Ident,
}

impl Lower<'_, '_, '_> {
    /// Lowers a `def` statement: emits the function's items and returns the
    /// statement that creates the function object and binds its name.
    pub fn function_def(&mut self, def: &ast::StmtFunctionDef) -> TokenStream {
        if !self.check_supported_def(def) {
            return quote!();
        }
        let params: Vec<String> = def.args.args.iter().map(|a| a.def.arg.to_string()).collect();
        let scope = FunctionScope::analyze(params, &def.body);
        if self.f.scope.is_some() && self.captures_enclosing(def, &scope) {
            self.m.unsupported("closure (nested function using enclosing variables)", def);
            return quote!();
        }
        let direct = self.m.direct_defs.get(def.name.as_str()).cloned();
        let is_direct = self.f.scope.is_none() && direct.is_some();
        let items = emit_function(self.m, def, &scope, direct.as_ref().filter(|_| is_direct));
        let defaults: Vec<TokenStream> = def
            .args
            .args
            .iter()
            .filter_map(|a| a.default.as_ref())
            .map(|d| self.expr(d))
            .collect();
        let def_static = &items.def_static;
        let function = quote!(pyrt::func::PyFunction::new(&#def_static, vec![#(#defaults),*]));
        let name = def.name.as_str();
        match (is_direct, direct) {
            (true, Some(d)) => {
                let cell = names::global_cell(name);
                let site = &d.site;
                quote!(#cell.set_def(#function, &#site);)
            }
            _ => self.store_name(name, function),
        }
    }

    fn check_supported_def(&mut self, def: &ast::StmtFunctionDef) -> bool {
        let args = &def.args;
        let problem = if !def.decorator_list.is_empty() {
            Some("decorator")
        } else if !args.posonlyargs.is_empty() {
            Some("positional-only parameters")
        } else if args.vararg.is_some() {
            Some("*args parameter")
        } else if !args.kwonlyargs.is_empty() {
            Some("keyword-only parameters")
        } else if args.kwarg.is_some() {
            Some("**kwargs parameter")
        } else {
            None
        };
        match problem {
            Some(what) => {
                self.m.unsupported(what, def);
                false
            }
            None => true,
        }
    }

    /// Whether a nested function reads or writes a local of the enclosing function.
    fn captures_enclosing(&self, def: &ast::StmtFunctionDef, inner: &FunctionScope) -> bool {
        let mut used = BTreeSet::new();
        collect_names(&def.body, &mut used);
        used.iter().any(|name| {
            !inner.locals.contains(name) && self.f.kind(name) != NameKind::Global
        })
    }
}

/// Every name read anywhere in `body` (including nested scopes).
fn collect_names(body: &[ast::Stmt], out: &mut BTreeSet<String>) {
    for stmt in body {
        for_each_stmt_expr(stmt, &mut |e| {
            walk::walk(e, &mut |x| {
                if let Expr::Name(n) = x {
                    out.insert(n.id.to_string());
                }
            })
        });
    }
}

/// Calls `f` on the expressions of a statement and of the statements nested in it.
fn for_each_stmt_expr(stmt: &ast::Stmt, f: &mut dyn FnMut(&Expr)) {
    use ast::Stmt;
    let block = |body: &[Stmt], f: &mut dyn FnMut(&Expr)| {
        for s in body {
            for_each_stmt_expr(s, f);
        }
    };
    match stmt {
        Stmt::Expr(s) => f(&s.value),
        Stmt::Assign(s) => {
            f(&s.value);
            s.targets.iter().for_each(|t| f(t));
        }
        Stmt::AugAssign(s) => {
            f(&s.target);
            f(&s.value);
        }
        Stmt::AnnAssign(s) => s.value.iter().for_each(|v| f(v)),
        Stmt::Return(s) => s.value.iter().for_each(|v| f(v)),
        Stmt::If(s) => {
            f(&s.test);
            block(&s.body, f);
            block(&s.orelse, f);
        }
        Stmt::While(s) => {
            f(&s.test);
            block(&s.body, f);
            block(&s.orelse, f);
        }
        Stmt::For(s) => {
            f(&s.iter);
            f(&s.target);
            block(&s.body, f);
            block(&s.orelse, f);
        }
        Stmt::Delete(s) => s.targets.iter().for_each(|t| f(t)),
        Stmt::Assert(s) => f(&s.test),
        Stmt::FunctionDef(d) => block(&d.body, f),
        _ => {}
    }
}

/// Emits the items of a function: its `FunctionDef` static, the typed Rust
/// function, its body, and the generic entry point.
fn emit_function(
    m: &mut super::context::ModuleCx<'_>,
    def: &ast::StmtFunctionDef,
    scope: &FunctionScope,
    direct: Option<&DirectDef>,
) -> DefItems {
    let py_name = def.name.as_str();
    let rust_fn = match direct {
        Some(d) => d.rust_fn.clone(),
        None => m.item_name(py_name),
    };
    let body_fn = m.item_name(&format!("{rust_fn}_body"));
    let entry_fn = m.item_name(&format!("{rust_fn}_entry"));
    let def_static = m.item_name(&format!("DEF_{rust_fn}"));
    let line = m.pos(def).line;

    let params = &scope.params;
    let arity = params.len();
    let param_idents: Vec<_> = params.iter().map(|p| names::local(p)).collect();
    let param_args: Vec<_> = params
        .iter()
        .map(|p| match scope.kind(p) {
            NameKind::MaybeUnboundLocal => names::ident(&format!("{}_arg", names::sanitize(p))),
            _ => names::local(p),
        })
        .collect();
    let rebind_params: Vec<TokenStream> = params
        .iter()
        .zip(&param_args)
        .filter(|(p, _)| scope.kind(p) == NameKind::MaybeUnboundLocal)
        .map(|(p, arg)| {
            let id = names::local(p);
            quote!(let mut #id = Some(#arg);)
        })
        .collect();
    let declarations: Vec<TokenStream> = scope
        .locals
        .iter()
        .filter(|l| !params.contains(l))
        .map(|l| {
            let id = names::local(l);
            match scope.kind(l) {
                NameKind::MaybeUnboundLocal => quote!(let mut #id: Option<pyrt::Value> = None;),
                _ => quote!(let mut #id: pyrt::Value;),
            }
        })
        .collect();

    let has_walrus = def.body.iter().any(contains_walrus);
    let body = {
        let mut lower = Lower {
            m: &mut *m,
            f: FnCx::new(Some(scope), has_walrus),
        };
        lower.block(&def.body)
    };

    let signature = format!(" `def {py_name}({})` at line {line}", params.join(", "));
    let param_names = params.iter().map(|p| p.as_str());
    m.items.push(quote! {
        static #def_static: pyrt::func::FunctionDef = pyrt::func::FunctionDef {
            code: pyrt::frame::Code { name: #py_name, module: &MODULE },
            params: &[#(#param_names),*],
            entry: #entry_fn,
        };

        #[doc = #signature]
        fn #rust_fn(#(#param_args: pyrt::Value),*) -> pyrt::PyResult<pyrt::Value> {
            let mut __frame = pyrt::frame::Frame::enter(&#def_static.code, #line)?;
            let result = #body_fn(&mut __frame, #(#param_args),*);
            __frame.leave(result)
        }

        #[inline]
        fn #body_fn(__frame: &mut pyrt::frame::Frame, #(mut #param_args: pyrt::Value),*) -> pyrt::PyResult<pyrt::Value> {
            #(#rebind_params)*
            #(#declarations)*
            #body
            Ok(pyrt::Value::None)
        }

        fn #entry_fn(
            function: &pyrt::func::PyFunction,
            args: &[pyrt::Value],
            kwargs: pyrt::func::KwArgs,
        ) -> pyrt::PyResult<pyrt::Value> {
            let [#(#param_idents),*] = function.bind::<#arity>(args, kwargs)?;
            #rust_fn(#(#param_idents),*)
        }
    });
    DefItems { def_static }
}

/// Whether a statement (not counting nested functions) contains `:=`.
pub fn contains_walrus(stmt: &ast::Stmt) -> bool {
    let mut found = false;
    for_each_stmt_expr(stmt, &mut |e| {
        walk::walk(e, &mut |x| found |= matches!(x, Expr::NamedExpr(_)))
    });
    found
}
