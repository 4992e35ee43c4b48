//! `import` and `from ... import`: each module name resolves, through the
//! program's [`ImportMap`], to a compiled module's `import()` (which runs its
//! body once) or to a module built into pyrt; the names bound are ordinary
//! assignments, so they land in the importer's cells.

use proc_macro2::TokenStream;
use quote::quote;
use rustpython_parser::ast::{self, Ranged};

use super::context::Lower;
use super::names;
use crate::program::{self, Resolved};

impl Lower<'_, '_, '_> {
    /// `import a.b.c`, `import a.b as c`, ...
    pub fn import(&mut self, s: &ast::StmtImport) -> TokenStream {
        let mut out = Vec::new();
        for alias in &s.names {
            let name = alias.name.as_str();
            if !self.resolves(name, name, alias) {
                continue;
            }
            let module = self.module_value(name);
            match &alias.asname {
                Some(asname) => out.push(self.store_name(asname.as_str(), module)),
                None => {
                    let top = name.split('.').next().unwrap_or(name);
                    let value = if top == name {
                        module
                    } else {
                        let top_module = self.module_value(top);
                        quote!({ #module; #top_module })
                    };
                    out.push(self.store_name(top, value));
                }
            }
        }
        quote!(#(#out)*)
    }

    /// `from module import x, y as z` and `from module import *`.
    pub fn import_from(&mut self, s: &ast::StmtImportFrom) -> TokenStream {
        let level = s.level.map_or(0, |l| l.to_u32() as usize);
        let module = s.module.as_ref().map(|m| m.as_str());
        let written = format!("{}{}", ".".repeat(level), module.unwrap_or(""));
        let Some(base) = program::absolute_name(&self.m.role.package, level, module) else {
            let message = if self.m.role.package.is_empty() {
                "attempted relative import with no known parent package"
            } else {
                "attempted relative import beyond top-level package"
            };
            return quote!(
                return Err(pyrt::PyErr::with_args(
                    pyrt::ExcKind::ImportError,
                    vec![pyrt::Value::str(#message)],
                ));
            );
        };
        if !self.resolves(&base, &written, s) {
            return quote!();
        }
        let tmp = self.f.temp("m");
        let module_value = self.module_value(&base);
        let mut out = vec![quote!(let #tmp = #module_value;)];
        for alias in &s.names {
            let name = alias.name.as_str();
            if name == "*" {
                out.push(quote!(pyrt::module::import_star(&#tmp, &MODULE_NS)?;));
                continue;
            }
            let fallback = match self.m.imports.get(&format!("{base}.{name}")) {
                Some(Resolved::Local(rust)) => {
                    let rust = names::ident(rust);
                    quote!(Some(crate::#rust::import))
                }
                _ => quote!(None),
            };
            let value = quote!(pyrt::module::import_from(&#tmp, #name, #fallback)?);
            let bound = alias.asname.as_ref().map_or(name, |a| a.as_str());
            out.push(self.store_name(bound, value));
        }
        quote!({ #(#out)* })
    }

    /// Whether `name` and its parent packages all resolve; if not, reports
    /// the module as `written` in the source.
    fn resolves(&mut self, name: &str, written: &str, node: &impl Ranged) -> bool {
        let ok = program::prefixes(name)
            .iter()
            .all(|p| self.m.imports.contains_key(p));
        if !ok {
            self.m.unsupported_module(written, node);
        }
        ok
    }

    /// An expression importing module `name` (already resolved) and giving
    /// the module object.
    fn module_value(&self, name: &str) -> TokenStream {
        match self.m.imports.get(name) {
            Some(Resolved::Local(rust)) => {
                let rust = names::ident(rust);
                quote!(crate::#rust::import()?)
            }
            _ => quote!(pyrt::stdlib::import(#name)?),
        }
    }
}
