//! Class definitions: the body runs inline, binding names in a namespace
//! map; then `pyrt::class::build_class` makes the class object. Methods that
//! use `super()` close over a `__class__` cell set once the class exists.

use std::collections::BTreeSet;

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use rustpython_parser::ast;

use super::context::{ClassBody, Lower};
use super::names;
use crate::scope::{bound_in_block, has_annotations};

impl Lower<'_, '_, '_> {
    /// Lowers a `class` statement to the statement that builds and binds the class.
    pub fn class_def(&mut self, def: &ast::StmtClassDef) -> TokenStream {
        if def.keywords.iter().any(|k| k.arg.is_none()) {
            self.m
                .unsupported("'**' in a class's keyword arguments", def);
            return quote!();
        }
        let name = def.name.as_str();
        // Errors of building the class (bad bases, `__new__`) point at the `class` line.
        let line = names::lit(self.m.current.line as usize);
        let qualname = match (&self.f.class_body, &self.f.qualname) {
            (Some(outer), _) => format!("{}.{name}", outer.qualname),
            (None, Some(function)) => format!("{function}.<locals>.{name}"),
            (None, None) => name.to_string(),
        };
        let decorators: Vec<TokenStream> =
            def.decorator_list.iter().map(|d| self.expr(d)).collect();
        let bases: Vec<TokenStream> = def.bases.iter().map(|b| self.expr(b)).collect();
        let keywords = self.kwargs(&def.keywords);
        let namespace = self.f.temp("ns");
        let class_cell = names::local("__class__");
        let body = self.class_body(def, &namespace, qualname.clone());
        let class = self.f.temp("cls");
        let dec_temps: Vec<Ident> = decorators.iter().map(|_| self.f.temp("dec")).collect();
        let mut decorated = quote!(#class.clone());
        for t in dec_temps.iter().rev() {
            decorated = quote!(pyrt::func::call(&#t, &[#decorated], &[])?);
        }
        let store = self.store_name(name, decorated);
        quote!({
            #(let #dec_temps = #decorators;)*
            let __bases = vec![#(#bases),*];
            let __keywords = #keywords;
            let mut #namespace = pyrt::class::Namespace::default();
            let #class_cell = pyrt::cell::Cell::new();
            #body
            __frame.line = #line;
            let #class = pyrt::class::build_class(#name, #qualname, MODULE.name, &__bases, #namespace, __keywords)?;
            #class_cell.set(#class.clone());
            #store
        })
    }

    /// The class body's statements, with names bound in the namespace.
    fn class_body(
        &mut self,
        def: &ast::StmtClassDef,
        namespace: &Ident,
        qualname: String,
    ) -> TokenStream {
        let mut names: BTreeSet<String> = bound_in_block(&def.body);
        let doc = super::annotations::docstring(&def.body);
        if doc.is_some() {
            names.insert("__doc__".to_string());
        }
        if has_annotations(&def.body) {
            names.insert("__annotations__".to_string());
        }
        let saved = self.f.class_body.replace(ClassBody {
            namespace: namespace.clone(),
            names,
            qualname,
        });
        // Methods may close over `__class__` (for `super()`), provided by the block.
        self.f
            .enclosing
            .push(BTreeSet::from(["__class__".to_string()]));
        let doc = match doc {
            Some(text) => {
                let text = self.m.str_const(text);
                self.store_name("__doc__", text)
            }
            None => quote!(),
        };
        let setup = self.annotations_setup(&def.body);
        let body = self.block(&def.body);
        let body = quote!(#doc #setup #body);
        self.f.enclosing.pop();
        self.f.class_body = saved;
        body
    }

    /// If `name` is bound in the class body being lowered: its namespace variable.
    pub fn class_namespace_for(&self, name: &str) -> Option<Ident> {
        let body = self.f.class_body.as_ref()?;
        body.names.contains(name).then(|| body.namespace.clone())
    }
}
