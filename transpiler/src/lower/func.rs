//! Function definitions and lambdas: a typed Rust function per definition, a
//! generic entry that binds arguments, and the expression that creates the
//! function object (with its defaults, closure cells and decorators).

use std::collections::BTreeSet;

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use rustpython_parser::ast::{self, Expr, Ranged};

use super::context::{DirectDef, FnCx, Lower, ModuleCx};
use super::names;
use crate::parse::walk;
use crate::scope::{is_generator, param_names, FunctionScope, NameKind, NestedBody};

/// A function definition to lower: a `def` or a lambda.
struct FunctionSource<'a> {
    /// `__name__`: the def's name or `<lambda>`.
    name: &'a str,
    args: &'a ast::Arguments,
    body: NestedBody<'a>,
    /// Position, for the code object's first line and diagnostics.
    line: u32,
    /// The return annotation (`def f() -> T`).
    returns: Option<&'a Expr>,
}

impl Lower<'_, '_, '_> {
    /// Lowers a `def` statement: emits the function's items and returns the
    /// statement that creates the function object and binds its name.
    pub fn function_def(&mut self, def: &ast::StmtFunctionDef) -> TokenStream {
        let decorators: Vec<TokenStream> =
            def.decorator_list.iter().map(|d| self.expr(d)).collect();
        let source = FunctionSource {
            name: def.name.as_str(),
            args: &def.args,
            body: NestedBody::Block(&def.body),
            line: self.m.pos(def).line,
            returns: def.returns.as_deref(),
        };
        let at_module_level = self.f.scope.is_none() && self.f.class_body.is_none();
        let direct = match at_module_level && decorators.is_empty() {
            true => self.m.direct_defs.get(def.name.as_str()).cloned(),
            false => None,
        };
        let Some(mut function) = self.make_function(&source, direct.as_ref()) else {
            return quote!();
        };
        let name = def.name.as_str();
        if let Some(d) = direct {
            let cell = names::global_cell(name);
            let site = &d.site;
            return quote!(#cell.set_def(#function, &#site););
        }
        // Decorator expressions are evaluated first, then applied innermost first.
        let temps: Vec<Ident> = decorators.iter().map(|_| self.f.temp("dec")).collect();
        for t in temps.iter().rev() {
            function = quote!(pyrt::func::call(&#t, &[#function], &[])?);
        }
        let store = self.store_name(name, function);
        quote!({ #(let #temps = #decorators;)* #store })
    }

    /// Lowers a lambda to an expression creating the function object.
    pub fn lambda(&mut self, l: &ast::ExprLambda, node: &Expr) -> TokenStream {
        let source = FunctionSource {
            name: "<lambda>",
            args: &l.args,
            body: NestedBody::Lambda(&l.body),
            line: self.m.pos(node).line,
            returns: None,
        };
        self.make_function(&source, None)
            .unwrap_or_else(|| quote!(pyrt::Value::None))
    }

    /// Emits the generator function of a generator expression; returns the
    /// expression creating the function object.
    pub fn make_generator_function(
        &mut self,
        args: &ast::Arguments,
        body: &[ast::Stmt],
        node: &impl Ranged,
    ) -> Option<TokenStream> {
        let source = FunctionSource {
            name: "<genexpr>",
            args,
            body: NestedBody::Block(body),
            line: self.m.pos(node).line,
            returns: None,
        };
        self.make_function(&source, None)
    }

    /// Emits a function's items; returns the expression creating the function object.
    fn make_function(
        &mut self,
        source: &FunctionSource<'_>,
        direct: Option<&DirectDef>,
    ) -> Option<TokenStream> {
        let params = param_names(source.args);
        let mut chain = self.f.enclosing.clone();
        if let Some(scope) = self.f.scope {
            chain.push(scope.locals.clone());
        }
        let scope = FunctionScope::analyze(params, source.body, &chain);
        let qualname = match (&self.f.class_body, &self.f.qualname) {
            (Some(class), _) => format!("{}.{}", class.qualname, source.name),
            (None, Some(outer)) => format!("{outer}.<locals>.{}", source.name),
            (None, None) => source.name.to_string(),
        };
        let def_static = emit_function(self.m, source, &scope, direct, chain, qualname);
        let args = source.args;
        let defaults: Vec<TokenStream> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .filter_map(|a| a.default.as_ref())
            .map(|d| self.expr(d))
            .collect();
        let kwdefaults: Vec<TokenStream> = args
            .kwonlyargs
            .iter()
            .filter_map(|a| {
                let name = a.def.arg.as_str();
                let value = self.expr(a.default.as_ref()?);
                Some(quote!((#name, #value)))
            })
            .collect();
        let annotations = self.function_annotations(args, source.returns);
        let function = if scope.free.is_empty() && kwdefaults.is_empty() {
            quote!(pyrt::func::PyFunction::from_def(&#def_static, vec![#(#defaults),*]))
        } else {
            let cells: Vec<Ident> = scope.free.iter().map(|n| names::local(n)).collect();
            quote!(pyrt::func::PyFunction::create(
                &#def_static,
                vec![#(#defaults),*],
                vec![#(#kwdefaults),*],
                vec![#(#cells.clone()),*],
            ))
        };
        if annotations.is_empty() {
            return Some(function);
        }
        Some(quote!(pyrt::func::annotated(#function, vec![#(#annotations),*])?))
    }
}

/// Emits the items of a function: its `FunctionDef` static, the typed Rust
/// function, its body, and the generic entry point. Returns the static's name.
fn emit_function(
    m: &mut ModuleCx<'_>,
    source: &FunctionSource<'_>,
    scope: &FunctionScope,
    direct: Option<&DirectDef>,
    chain: Vec<BTreeSet<String>>,
    qualname: String,
) -> Ident {
    let py_name = source.name;
    let base = if py_name == "<lambda>" {
        "lambda"
    } else {
        py_name
    };
    let rust_fn = match direct {
        Some(d) => d.rust_fn.clone(),
        None => m.item_name(base),
    };
    let body_fn = m.item_name(&format!("{rust_fn}_body"));
    let entry_fn = m.item_name(&format!("{rust_fn}_entry"));
    let def_static = m.item_name(&format!("DEF_{rust_fn}"));
    let line = source.line;
    let line_lit = names::lit(line as usize);
    let docstring = match &source.body {
        NestedBody::Block(body) => super::annotations::docstring(body),
        _ => None,
    };
    let docstring = match docstring {
        Some(text) => quote!(Some(#text)),
        None => quote!(None),
    };

    let params = &scope.params;
    let arity = names::lit(params.len());
    // The entry functions pass arguments on under positional names: a
    // parameter may share the function's own name (`def f(f): ...`).
    let param_idents: Vec<Ident> = (0..params.len())
        .map(|i| names::ident(&format!("__a{i}")))
        .collect();
    // Parameters that are not plain locals arrive under another name and are rebound.
    let param_args: Vec<Ident> = params
        .iter()
        .map(|p| match scope.kind(p) {
            NameKind::Local => names::local(p),
            _ => names::ident(&format!("{}_arg", names::sanitize(p))),
        })
        .collect();
    let mut prologue: Vec<TokenStream> = params
        .iter()
        .zip(&param_args)
        .filter_map(|(p, arg)| {
            let id = names::local(p);
            match scope.kind(p) {
                NameKind::MaybeUnboundLocal => Some(quote!(let mut #id = Some(#arg);)),
                NameKind::Cell => Some(quote!(let #id = pyrt::cell::Cell::with(#arg);)),
                _ => None,
            }
        })
        .collect();
    for (i, name) in scope.free.iter().enumerate() {
        let id = names::local(name);
        let i = names::lit(i);
        prologue.push(quote!(let #id = __closure[#i].clone();));
    }
    for local in scope.locals.iter().filter(|l| !params.contains(l)) {
        let id = names::local(local);
        prologue.push(match scope.kind(local) {
            NameKind::MaybeUnboundLocal => quote!(let mut #id: Option<pyrt::Value> = None;),
            NameKind::Cell => quote!(let #id = pyrt::cell::Cell::new();),
            // Bound to None until assigned, so every assignment can release
            // the old value inline (`rebind`) rather than through drop flags.
            _ => quote!(let mut #id = pyrt::Value::None;),
        });
    }

    let has_walrus = match source.body {
        NestedBody::Block(stmts) => stmts.iter().any(contains_walrus),
        NestedBody::Lambda(e) => expr_contains_walrus(e),
        NestedBody::GenExp(_) => false,
    };
    let generator = is_generator(source.body);
    // A stepped generator's loop iterator, as it starts (exhausted).
    let mut stepped_iterator = TokenStream::new();
    let stepped = match source.body {
        NestedBody::Block(stmts) if generator => super::stepgen::step_shape(stmts),
        _ => None,
    };
    let body = {
        let mut fcx = FnCx::new(Some(scope), has_walrus);
        fcx.enclosing = chain;
        fcx.qualname = Some(qualname.clone());
        fcx.is_generator = generator && stepped.is_none();
        fcx.stepped = stepped.is_some();
        // A step function runs again after its last statement: no local's
        // last use is final.
        fcx.body_end = match source.body {
            _ if stepped.is_some() => None,
            NestedBody::Block(stmts) => stmts.last().map(|s| u32::from(s.end()) as usize),
            NestedBody::Lambda(e) => Some(u32::from(e.end()) as usize),
            NestedBody::GenExp(_) => None,
        };
        if let NestedBody::Lambda(e) = source.body {
            fcx.stmt_start = u32::from(e.start()) as usize;
        }
        let mut lower = Lower { m: &mut *m, f: fcx };
        match source.body {
            NestedBody::Block(_) if let Some(shape) = &stepped => {
                let (body, exhausted) = lower.stepped_body(shape);
                stepped_iterator = exhausted;
                body
            }
            NestedBody::Block(stmts) => {
                let block = lower.block(stmts);
                quote!(#block Ok::<pyrt::Value, pyrt::PyErr>(pyrt::Value::None))
            }
            NestedBody::Lambda(e) => {
                let value = lower.expr(e);
                quote!(Ok(#value))
            }
            NestedBody::GenExp(_) => unreachable!("generator expressions are lowered as blocks"),
        }
    };

    let (closure_param, closure_arg, closure_from_fn) = if scope.free.is_empty() {
        (quote!(), quote!(), quote!())
    } else {
        (
            quote!(__closure: &[pyrt::cell::Cell],),
            quote!(__closure,),
            quote!(&__function.closure,),
        )
    };
    let doc = format!(" `{qualname}` at line {line}");
    let signature = signature_tokens(source.args);
    let (wrapper, body_item) = if stepped.is_some() {
        // The prologue runs here, before the step closure takes the locals
        // (free variables included): the closure slice needs no copy.
        let wrapper = quote! {
            #[doc = #doc]
            fn #rust_fn(#closure_param #(#param_args: pyrt::Value),*) -> pyrt::PyResult<pyrt::Value> {
                #(let mut #param_args = #param_args;)*
                #(#prologue)*
                let mut __point: u32 = 0;
                let mut __it = #stepped_iterator;
                Ok(pyrt::generator::create_stepped(
                    &#def_static,
                    #line_lit,
                    move |__frame: &mut pyrt::frame::Frame| -> pyrt::PyResult<pyrt::generator::Step> {
                        #body
                    },
                ))
            }
        };
        (wrapper, quote!())
    } else if generator {
        let keep_closure = if scope.free.is_empty() {
            quote!()
        } else {
            quote!(let __closure: Vec<pyrt::cell::Cell> = __closure.to_vec();)
        };
        let wrapper = quote! {
            #[doc = #doc]
            fn #rust_fn(#closure_param #(#param_args: pyrt::Value),*) -> pyrt::PyResult<pyrt::Value> {
                #keep_closure
                Ok(pyrt::generator::create(&#def_static, move |__co: pyrt::generator::Co| async move {
                    let mut __frame_owned = pyrt::frame::Frame::detached(&#def_static.code, #line_lit);
                    let __frame = &mut __frame_owned;
                    #(let mut #param_args = #param_args;)*
                    let __result: pyrt::PyResult<pyrt::Value> = async {
                        #(#prologue)*
                        #body
                    }
                    .await;
                    __frame_owned.leave(__result)
                }))
            }
        };
        (wrapper, quote!())
    } else {
        let wrapper = quote! {
            #[doc = #doc]
            fn #rust_fn(#closure_param #(#param_args: pyrt::Value),*) -> pyrt::PyResult<pyrt::Value> {
                let mut __frame = pyrt::frame::Frame::enter(&#def_static.code, #line_lit)?;
                let __result = #body_fn(&mut __frame, #closure_arg #(#param_args),*);
                __frame.leave(__result)
            }
        };
        let body_item = quote! {
            #[inline]
            fn #body_fn(
                __frame: &mut pyrt::frame::Frame,
                #closure_param
                #(mut #param_args: pyrt::Value),*
            ) -> pyrt::PyResult<pyrt::Value> {
                #(#prologue)*
                #body
            }
        };
        (wrapper, body_item)
    };
    let (fast, fast_item) = fast_entry(m, source.args, &rust_fn, &param_idents, &closure_from_fn);
    m.items.push(quote! {
        static #def_static: pyrt::func::FunctionDef = pyrt::func::FunctionDef {
            code: pyrt::frame::Code { name: #py_name, module: &MODULE },
            qualname: #qualname,
            doc: #docstring,
            signature: #signature,
            entry: #entry_fn,
            fast: #fast,
        };

        #fast_item

        #wrapper

        #body_item

        fn #entry_fn(
            __function: &pyrt::func::PyFunction,
            __args: &[pyrt::Value],
            __kwargs: pyrt::func::KwArgs,
        ) -> pyrt::PyResult<pyrt::Value> {
            let [#(#param_idents),*] = __function.bind::<#arity>(__args, __kwargs)?;
            #rust_fn(#closure_from_fn #(#param_idents),*)
        }
    });
    def_static
}

/// Most parameters a direct entry (`pyrt::func::FastEntry`) takes.
const MAX_FAST_ARGS: usize = 4;

/// The `pyrt::func::FastEntry` of a function and the item implementing it:
/// only for functions whose parameters are all plain positional ones.
fn fast_entry(
    m: &mut ModuleCx<'_>,
    args: &ast::Arguments,
    rust_fn: &Ident,
    params: &[Ident],
    closure_from_fn: &TokenStream,
) -> (TokenStream, TokenStream) {
    let plain = args.vararg.is_none() && args.kwarg.is_none() && args.kwonlyargs.is_empty();
    if !plain || params.len() > MAX_FAST_ARGS {
        return (quote!(pyrt::func::FastEntry::None), quote!());
    }
    let fast_fn = m.item_name(&format!("{rust_fn}_fast"));
    let variant = names::ident(&format!("Args{}", params.len()));
    let item = quote! {
        fn #fast_fn(
            __function: &pyrt::func::PyFunction,
            #(#params: pyrt::Value),*
        ) -> pyrt::PyResult<pyrt::Value> {
            #rust_fn(#closure_from_fn #(#params),*)
        }
    };
    (quote!(pyrt::func::FastEntry::#variant(#fast_fn)), item)
}

/// The `pyrt::func::Signature` of a parameter list.
fn signature_tokens(args: &ast::Arguments) -> TokenStream {
    let named: Vec<&str> = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.kwonlyargs)
        .map(|a| a.def.arg.as_str())
        .collect();
    let posonly = names::lit(args.posonlyargs.len());
    let positional = names::lit(args.posonlyargs.len() + args.args.len());
    let optional = |a: &Option<Box<ast::Arg>>| match a {
        Some(arg) => {
            let name = arg.arg.as_str();
            quote!(Some(#name))
        }
        None => quote!(None),
    };
    let varargs = optional(&args.vararg);
    let varkw = optional(&args.kwarg);
    quote!(pyrt::func::Signature {
        params: &[#(#named),*],
        posonly: #posonly,
        positional: #positional,
        varargs: #varargs,
        varkw: #varkw,
    })
}

/// Whether a statement (not counting nested functions) contains `:=`.
pub fn contains_walrus(stmt: &ast::Stmt) -> bool {
    let mut found = false;
    for_each_stmt_expr(stmt, &mut |e| found |= expr_contains_walrus(e));
    found
}

/// Whether an expression (not counting nested functions) contains `:=`.
pub fn expr_contains_walrus(e: &Expr) -> bool {
    let mut found = false;
    walk::walk(e, &mut |x| found |= matches!(x, Expr::NamedExpr(_)));
    found
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
            s.targets.iter().for_each(&mut *f);
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
        Stmt::Delete(s) => s.targets.iter().for_each(&mut *f),
        Stmt::Assert(s) => f(&s.test),
        _ => {}
    }
}
