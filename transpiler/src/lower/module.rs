//! Assembles the generated file: statics for globals, builtin sites and
//! constants, the functions, the module body and `main`.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;
use rustpython_parser::ast::{self, Stmt};

use super::annotations;
use super::context::{DirectDef, FnCx, Lower, ModuleCx, ModuleRole};
use super::func::contains_walrus;
use super::names;
use crate::diag::Diagnostic;
use crate::parse::Module;
use crate::program::ImportMap;
use crate::scope::ModuleScope;

/// Lowers a parsed module to a Rust file. `source_file` names the copy of the
/// Python source next to the generated file (quoted by tracebacks).
pub fn lower_module(
    module: &Module,
    source_file: &str,
    role: &ModuleRole,
    imports: &ImportMap,
) -> Result<syn::File, Vec<Diagnostic>> {
    let scope = ModuleScope::analyze(&module.body);
    let mut m = ModuleCx::new(&module.source, scope, role, imports);
    m.future_annotations = annotations::has_future_annotations(&module.body);
    plan_direct_defs(&mut m, &module.body);
    let has_walrus = module.body.iter().any(contains_walrus);
    let body = {
        let mut lower = Lower {
            m: &mut m,
            f: FnCx::new(None, has_walrus),
        };
        let doc = match annotations::docstring(&module.body) {
            Some(text) => lower.m.str_const(text),
            None => quote!(pyrt::Value::None),
        };
        let doc = lower.store_name("__doc__", doc);
        let setup = lower.annotations_setup(&module.body);
        let body = lower.block(&module.body);
        quote!(#doc #setup #body)
    };
    if !m.diags.is_empty() {
        let mut diags = std::mem::take(&mut m.diags);
        diags.sort_by_key(|d| d.pos);
        diags.dedup();
        return Err(diags);
    }
    let tokens = assemble(&m, body, source_file);
    syn::parse2::<syn::File>(tokens).map_err(|err| {
        vec![Diagnostic::unsupported(
            format!("program (internal error: generated Rust does not parse: {err})"),
            &module.source.path,
            Default::default(),
        )]
    })
}

/// Finds module-level functions defined exactly once: calls to them may be direct.
fn plan_direct_defs(m: &mut ModuleCx<'_>, body: &[Stmt]) {
    let mut defs: BTreeMap<String, Vec<&ast::StmtFunctionDef>> = BTreeMap::new();
    collect_module_defs(body, &mut defs);
    for (name, found) in defs {
        let [def] = found.as_slice() else { continue };
        let args = &def.args;
        // A decorated function is whatever its decorators return: no direct calls.
        let plain = def.decorator_list.is_empty()
            && args.posonlyargs.is_empty()
            && args.vararg.is_none()
            && args.kwonlyargs.is_empty()
            && args.kwarg.is_none();
        if !plain {
            continue;
        }
        let rust_fn = m.item_name(&name);
        let site = m.item_name(&format!("SITE_{name}"));
        m.direct_defs.insert(
            name,
            DirectDef {
                rust_fn,
                site,
                arity: args.args.len(),
            },
        );
    }
}

fn collect_module_defs<'a>(
    body: &'a [Stmt],
    out: &mut BTreeMap<String, Vec<&'a ast::StmtFunctionDef>>,
) {
    for stmt in body {
        match stmt {
            Stmt::FunctionDef(def) => out.entry(def.name.to_string()).or_default().push(def),
            Stmt::If(s) => {
                collect_module_defs(&s.body, out);
                collect_module_defs(&s.orelse, out);
            }
            Stmt::While(s) => {
                collect_module_defs(&s.body, out);
                collect_module_defs(&s.orelse, out);
            }
            Stmt::For(s) => {
                collect_module_defs(&s.body, out);
                collect_module_defs(&s.orelse, out);
            }
            _ => {}
        }
    }
}

fn assemble(m: &ModuleCx<'_>, body: TokenStream, source_file: &str) -> TokenStream {
    let path = m.src.path.as_str();
    let cells = m.scope.names.iter().map(|name| {
        let cell = names::global_cell(name);
        quote!(static #cell: pyrt::sync::PyStatic<pyrt::globals::GlobalCell> =
            pyrt::sync::PyStatic::new(pyrt::globals::GlobalCell::new(#name));)
    });
    let sites = m.builtin_sites.iter().map(|name| {
        let site = names::builtin_site(name);
        quote!(static #site: pyrt::sync::PyStatic<pyrt::globals::BuiltinSite> =
            pyrt::sync::PyStatic::new(pyrt::globals::BuiltinSite::in_module(#name, &MODULE_NS));)
    });
    let namespace_entries = m.scope.names.iter().map(|name| {
        let cell = names::global_cell(name);
        quote!((#name, &#cell))
    });
    let def_sites = m.direct_defs.values().map(|d| {
        let site = &d.site;
        quote!(static #site: pyrt::sync::PyStatic<pyrt::globals::DefSite> =
            pyrt::sync::PyStatic::new(pyrt::globals::DefSite::new());)
    });
    let strs = m.str_consts.iter().map(|(text, ident)| {
        quote!(static #ident: pyrt::sync::PyStatic<pyrt::literals::StrConst> =
            pyrt::sync::PyStatic::new(pyrt::literals::StrConst::new(#text));)
    });
    let bigs = m.big_consts.iter().map(|(digits, ident)| {
        quote!(static #ident: pyrt::sync::PyStatic<pyrt::literals::BigIntConst> =
            pyrt::sync::PyStatic::new(pyrt::literals::BigIntConst::new(#digits));)
    });
    let byte_consts = m.bytes_consts.iter().map(|(data, ident)| {
        let literal = proc_macro2::Literal::byte_string(data);
        quote!(static #ident: pyrt::sync::PyStatic<pyrt::bytes::BytesConst> =
            pyrt::sync::PyStatic::new(pyrt::bytes::BytesConst::new(#literal));)
    });
    let items = &m.items;
    let cache_sites = &m.cache_sites;
    let name_cell = names::global_cell("__name__");
    let module_name = m.role.name.as_str();
    let (file_const, linkage) = linkage(m.role, path);
    let header = format!(" Generated by pyrc from `{path}`: do not edit.");
    quote! {
        #![doc = #header]
        // Python code often has dead stores, unused loop variables and
        // unreachable code after `return`; the Rust mirrors it faithfully.
        #![allow(
            non_snake_case,
            non_upper_case_globals,
            unused_mut,
            unused_variables,
            unused_assignments,
            unreachable_code,
            unused_braces,
            unused_parens,
            clippy::all
        )]

        static MODULE: pyrt::frame::ModuleInfo = pyrt::frame::ModuleInfo {
            name: #module_name,
            path: #path,
            source: include_str!(#source_file),
        };

        static MODULE_CODE: pyrt::frame::Code = pyrt::frame::Code {
            name: "<module>",
            module: &MODULE,
        };

        /// The module namespace `globals()` shows: the cells below.
        pub(crate) static MODULE_NS: pyrt::module::ModuleStatic = pyrt::sync::PyStatic::new(
            pyrt::module::ModuleNamespace::with_file(
                #module_name,
                #file_const,
                &[#(#namespace_entries),*],
            ),
        );

        #(#cells)*
        #(#sites)*
        #(#cache_sites)*
        #(#def_sites)*
        #(#strs)*
        #(#bigs)*
        #(#byte_consts)*
        #(#items)*

        /// The module's top-level code.
        fn module_body(__frame: &mut pyrt::frame::Frame) -> pyrt::PyResult<()> {
            #name_cell.set(pyrt::Value::str(#module_name));
            #body
            Ok(())
        }

        /// Runs the module body in its own frame.
        fn run() -> pyrt::PyResult<()> {
            let mut __frame = pyrt::frame::Frame::enter(&MODULE_CODE, 1)?;
            let result = module_body(&mut __frame);
            __frame.leave(result)
        }

        #linkage
    }
}

/// The module's `__file__` constant and how it links into the program: the
/// main file declares the other modules and `main`; another module exposes
/// `import()`, which runs its body once and binds it on its parent package.
fn linkage(role: &ModuleRole, path: &str) -> (TokenStream, TokenStream) {
    let Some(_) = &role.rust_mod else {
        let submodules = role.submodules.iter().map(|s| names::ident(s));
        let linkage = quote! {
            #(mod #submodules;)*

            fn main() {
                pyrt::stdlib::sys::set_script(#path);
                pyrt::runtime::run_main(run)
            }
        };
        return (quote!(None), linkage);
    };
    let (parent_import, bind_on_parent) = match &role.parent {
        Some((parent, attr)) => {
            let parent = names::ident(parent);
            (
                quote!(crate::#parent::import()?;),
                quote!(crate::#parent::MODULE_NS.set(#attr, module.clone());),
            )
        }
        None => (quote!(), quote!()),
    };
    let linkage = quote! {
        static MODULE_INIT: pyrt::sync::PyStatic<pyrt::module::ModuleInit> =
            pyrt::sync::PyStatic::new(pyrt::module::ModuleInit::new());

        /// Imports the module: runs its body the first time (parents first)
        /// and returns the module object.
        pub(crate) fn import() -> pyrt::PyResult<pyrt::Value> {
            #parent_import
            let module = MODULE_INIT.import(&MODULE_NS, run)?;
            #bind_on_parent
            Ok(module)
        }
    };
    (quote!(Some(#path)), linkage)
}
