//! The state lowering carries: per module (statics to emit, diagnostics) and
//! per function (scope, loops, temporaries).

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use rustpython_parser::ast::Ranged;

use crate::diag::{Diagnostic, Pos};
use crate::parse::SourceFile;
use crate::scope::{FunctionScope, ModuleScope, NameKind};

use super::names;

/// A module-level `def` that call sites may call directly.
#[derive(Clone)]
pub struct DirectDef {
    /// The Rust function taking the parameters as `Value`s.
    pub rust_fn: Ident,
    /// The static `DefSite` recording which cell version holds this function.
    pub site: Ident,
    /// Number of positional parameters.
    pub arity: usize,
}

/// Which module of the program is being lowered, and how it links to the others.
#[derive(Clone, Debug, Default)]
pub struct ModuleRole {
    /// `__main__`, or the dotted module name.
    pub name: String,
    /// The package relative imports resolve against (`""` at the top level).
    pub package: String,
    /// The Rust module this one is compiled into (`None`: the main file).
    pub rust_mod: Option<String>,
    /// For the main file: the Rust modules of every other module of the program.
    pub submodules: Vec<String>,
    /// For a submodule `pkg.sub`: the parent's Rust module and the attribute
    /// (`sub`) the imported module is bound to on the parent.
    pub parent: Option<(String, String)>,
}

/// Module-wide lowering state.
pub struct ModuleCx<'m> {
    /// The source, for positions and comment text.
    pub src: &'m SourceFile,
    /// This module's place in the program.
    pub role: &'m ModuleRole,
    /// How the program's import statements resolve.
    pub imports: &'m crate::program::ImportMap,
    /// Names with static cells.
    pub scope: ModuleScope,
    /// Module-level defs eligible for direct calls, by Python name.
    pub direct_defs: BTreeMap<String, DirectDef>,
    /// Items (functions, statics) generated so far.
    pub items: Vec<TokenStream>,
    /// Diagnostics found so far.
    pub diags: Vec<Diagnostic>,
    /// Builtin names referenced, each with one cache site.
    pub builtin_sites: BTreeSet<String>,
    /// Interned str constants: text → static name.
    pub str_consts: BTreeMap<String, Ident>,
    /// Big int constants: digits → static name.
    pub big_consts: BTreeMap<String, Ident>,
    /// Bytes constants: contents → static name.
    pub bytes_consts: BTreeMap<Vec<u8>, Ident>,
    /// Per-site inline cache statics (attribute, method, operator, subscript).
    pub cache_sites: Vec<TokenStream>,
    /// Rust item names already used.
    used_item_names: BTreeSet<String>,
    /// Position of the name or statement being lowered.
    pub current: Pos,
    /// Whether the module has `from __future__ import annotations`
    /// (annotations are kept as strings, not evaluated).
    pub future_annotations: bool,
}

impl<'m> ModuleCx<'m> {
    /// Fresh state for a module with the given scope.
    pub fn new(
        src: &'m SourceFile,
        scope: ModuleScope,
        role: &'m ModuleRole,
        imports: &'m crate::program::ImportMap,
    ) -> Self {
        let reserved = [
            "main",
            "run",
            "module_body",
            "MODULE",
            "MODULE_CODE",
            "MODULE_NS",
            "MODULE_INIT",
            "import",
        ];
        ModuleCx {
            src,
            role,
            imports,
            scope,
            direct_defs: BTreeMap::new(),
            items: Vec::new(),
            diags: Vec::new(),
            builtin_sites: BTreeSet::new(),
            str_consts: BTreeMap::new(),
            big_consts: BTreeMap::new(),
            bytes_consts: BTreeMap::new(),
            cache_sites: Vec::new(),
            used_item_names: reserved.iter().map(|s| s.to_string()).collect(),
            current: Pos::default(),
            future_annotations: false,
        }
    }

    /// The position of an AST node.
    pub fn pos(&self, node: &impl Ranged) -> Pos {
        self.src.pos(u32::from(node.start()) as usize)
    }

    /// Records an unsupported construct at `node`.
    pub fn unsupported(&mut self, what: &str, node: &impl Ranged) {
        let pos = self.pos(node);
        self.diags
            .push(Diagnostic::unsupported(what, &self.src.path, pos));
    }

    /// Records an unsupported construct at the expression or statement being lowered.
    pub fn unsupported_here(&mut self, what: &str) {
        self.diags
            .push(Diagnostic::unsupported(what, &self.src.path, self.current));
    }

    /// Records an import of a module pyrc does not provide.
    pub fn unsupported_module(&mut self, module: &str, node: &impl Ranged) {
        let pos = self.pos(node);
        self.diags.push(Diagnostic {
            kind: crate::diag::DiagKind::UnsupportedModule,
            message: module.to_string(),
            file: self.src.path.clone(),
            pos,
        });
    }

    /// A Rust item name based on `base`, unique in the generated file.
    pub fn item_name(&mut self, base: &str) -> Ident {
        let base = names::sanitize(base);
        let mut candidate = base.clone();
        let mut n = 2;
        while !self.used_item_names.insert(candidate.clone()) {
            candidate = format!("{base}_{n}");
            n += 1;
        }
        names::ident(&candidate)
    }

    /// An expression for the str constant `text` (shared, allocated once).
    pub fn str_const(&mut self, text: &str) -> TokenStream {
        let next = self.str_consts.len();
        let ident = self
            .str_consts
            .entry(text.to_string())
            .or_insert_with(|| names::ident(&format!("S{next}")))
            .clone();
        quote!(#ident.get())
    }

    /// An expression for a big int constant.
    pub fn big_const(&mut self, digits: &str) -> TokenStream {
        let next = self.big_consts.len();
        let ident = self
            .big_consts
            .entry(digits.to_string())
            .or_insert_with(|| names::ident(&format!("N{next}")))
            .clone();
        quote!(#ident.get())
    }

    /// An expression for a bytes constant.
    pub fn bytes_const(&mut self, data: &[u8]) -> TokenStream {
        let next = self.bytes_consts.len();
        let ident = self
            .bytes_consts
            .entry(data.to_vec())
            .or_insert_with(|| names::ident(&format!("BYTES{next}")))
            .clone();
        quote!(#ident.get())
    }

    /// A new inline cache `static` of pyrt type `pyrt::cache::<ty>`, built by `init`.
    fn cache_site(&mut self, prefix: &str, ty: &str, init: TokenStream) -> Ident {
        let ident = self.item_name(&format!("{prefix}{}", self.cache_sites.len()));
        let ty = names::ident(ty);
        self.cache_sites.push(quote!(
            static #ident: pyrt::sync::PyStatic<pyrt::cache::#ty> =
                pyrt::sync::PyStatic::new(pyrt::cache::#ty::#init);
        ));
        ident
    }

    /// A new cache for the attribute site `obj.name` (reads and writes).
    pub fn attr_site(&mut self, name: &str) -> Ident {
        self.cache_site("ATTR", "AttrSite", quote!(new(#name)))
    }

    /// A new cache for the method-call site `obj.name(...)`.
    pub fn method_site(&mut self, name: &str) -> Ident {
        self.cache_site("METHOD", "MethodSite", quote!(new(#name)))
    }

    /// A new cache for a binary-operator site.
    pub fn binop_site(&mut self) -> Ident {
        self.cache_site("BINOP", "BinaryOpSite", quote!(new()))
    }

    /// A new cache for a subscript site.
    pub fn subscript_site(&mut self) -> Ident {
        self.cache_site("SUBSCR", "SubscriptSite", quote!(new()))
    }

    /// The static builtin cache site for `name`.
    pub fn builtin_site(&mut self, name: &str) -> Ident {
        self.builtin_sites.insert(name.to_string());
        names::builtin_site(name)
    }
}

/// A loop being lowered: its labels and whether its body used them.
pub struct LoopCx {
    /// Identifies the loop in `Flow::Break`/`Flow::Continue` from closure-lowered blocks.
    pub id: u32,
    /// How many closure-lowered blocks enclosed the loop itself.
    pub try_depth: u32,
    /// Label of the Rust loop (`continue` target; `break` target without `else`).
    pub label: syn::Lifetime,
    /// Label of the block around loop and `else` (`break` skips the `else`).
    pub block_label: Option<syn::Lifetime>,
    /// Whether the body continued or broke out through a label.
    pub label_used: bool,
    /// Whether the body broke to the block label.
    pub block_label_used: bool,
}

/// Per-function lowering state.
pub struct FnCx<'s> {
    /// The function's scope; `None` for module-level code.
    pub scope: Option<&'s FunctionScope>,
    /// Loops enclosing the statement being lowered, innermost last.
    pub loops: Vec<LoopCx>,
    /// Counter for unique temporaries and labels.
    next_id: usize,
    /// Whether the body assigns with `:=` (operands are then copied, not borrowed).
    pub has_walrus: bool,
    /// Names local to the comprehensions being lowered, innermost last.
    pub comprehension_scopes: Vec<super::comprehension::ComprehensionScope>,
    /// Locals of this function and the functions enclosing it (outermost
    /// first): where the free variables of nested functions come from.
    pub enclosing: Vec<BTreeSet<String>>,
    /// This function's qualified name; `None` at module level.
    pub qualname: Option<String>,
    /// How many closure-lowered blocks (`try`, `with`, handlers) enclose the current statement.
    pub try_depth: u32,
    /// For each enclosing closure-lowered block, the loop jumps that leave it:
    /// (loop id, whether it is a `break`).
    pub try_escapes: Vec<BTreeSet<(u32, bool)>>,
    /// The error variables of the `except` handlers being lowered, innermost last
    /// (what a bare `raise` re-raises).
    pub handled: Vec<Ident>,
    /// The class body being lowered, if any: its namespace variable and qualified name.
    pub class_body: Option<ClassBody>,
    /// Whether this body is a generator's (lowered into an `async` block).
    pub is_generator: bool,
    /// Whether this body is a stepped generator's (see `lower::stepgen`).
    pub stepped: bool,
    /// Where the function's body ends in the source (`None` at module
    /// level): the end of the text a last-use move looks at.
    pub body_end: Option<usize>,
    /// Where the statement being lowered starts in the source.
    pub stmt_start: usize,
}

/// A class body being lowered.
#[derive(Clone)]
pub struct ClassBody {
    /// The Rust variable holding the namespace being built.
    pub namespace: Ident,
    /// Names the class body binds.
    pub names: BTreeSet<String>,
    /// The class's qualified name.
    pub qualname: String,
}

impl<'s> FnCx<'s> {
    /// State for a function body (or the module body when `scope` is `None`).
    pub fn new(scope: Option<&'s FunctionScope>, has_walrus: bool) -> Self {
        FnCx {
            scope,
            loops: Vec::new(),
            next_id: 0,
            has_walrus,
            comprehension_scopes: Vec::new(),
            enclosing: Vec::new(),
            qualname: None,
            try_depth: 0,
            try_escapes: Vec::new(),
            handled: Vec::new(),
            class_body: None,
            is_generator: false,
            stepped: false,
            body_end: None,
            stmt_start: 0,
        }
    }

    /// How `name` resolves here.
    pub fn kind(&self, name: &str) -> NameKind {
        if let Some(scope) = self
            .comprehension_scopes
            .iter()
            .rev()
            .find(|s| s.locals.contains(name))
        {
            return if scope.cells.contains(name) {
                NameKind::Cell
            } else {
                NameKind::Local
            };
        }
        match self.scope {
            Some(scope) => scope.kind(name),
            None => NameKind::Global,
        }
    }

    /// A fresh temporary identifier `__{prefix}{n}`.
    pub fn temp(&mut self, prefix: &str) -> Ident {
        self.next_id += 1;
        names::ident(&format!("__{prefix}{}", self.next_id))
    }

    /// A fresh loop label.
    pub fn label(&mut self, prefix: &str) -> syn::Lifetime {
        self.next_id += 1;
        syn::Lifetime::new(
            &format!("'{prefix}{}", self.next_id),
            proc_macro2::Span::call_site(),
        )
    }
}

/// Lowering of one function (or module) body: module state plus function state.
pub struct Lower<'a, 'm, 's> {
    /// Module-wide state.
    pub m: &'a mut ModuleCx<'m>,
    /// This body's state.
    pub f: FnCx<'s>,
}
