//! Statements: each lowers to Rust statements preceded by a comment quoting
//! the Python line and a store of that line into the frame (for tracebacks).

use proc_macro2::TokenStream;
use quote::quote;
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};

use super::context::{LoopCx, Lower};
use super::names;
use crate::scope::NameKind;

impl Lower<'_, '_, '_> {
    /// Lowers a block of statements.
    pub fn block(&mut self, body: &[Stmt]) -> TokenStream {
        let stmts: Vec<TokenStream> = body.iter().map(|s| self.stmt(s)).collect();
        quote!(#(#stmts)*)
    }

    /// Lowers one statement, with its source comment and line store.
    pub fn stmt(&mut self, stmt: &Stmt) -> TokenStream {
        self.stmt_lowered_with(stmt, |this, line| this.stmt_body(stmt, line))
    }

    /// Lowers one statement with `lower` (given the statement's line), with
    /// the source comment and line store every statement gets.
    pub fn stmt_lowered_with(
        &mut self,
        stmt: &Stmt,
        lower: impl FnOnce(&mut Self, u32) -> TokenStream,
    ) -> TokenStream {
        self.m.current = self.m.pos(stmt);
        let line = self.m.current.line;
        let text = format!("{line}: {}", self.m.src.line_text(line).trim());
        let outer_start = self.f.stmt_start;
        self.f.stmt_start = u32::from(stmt.start()) as usize;
        let body = lower(self, line);
        self.f.stmt_start = outer_start;
        let line = names::lit(line as usize);
        quote! {
            __pyrc_comment!(#text);
            __frame.line = #line;
            #body
        }
    }

    fn stmt_body(&mut self, stmt: &Stmt, line: u32) -> TokenStream {
        match stmt {
            Stmt::Expr(s) => self.expr_stmt(&s.value),
            Stmt::Assign(s) => self.assign(s),
            Stmt::AugAssign(s) => self.aug_assign(s),
            Stmt::AnnAssign(s) => self.ann_assign(s),
            Stmt::If(s) => self.if_stmt(s),
            Stmt::While(s) => self.while_stmt(s, line),
            Stmt::For(s) => self.for_stmt(s, line),
            Stmt::Break(_) => self.break_stmt(stmt),
            Stmt::Continue(_) => self.continue_stmt(stmt),
            Stmt::Pass(_) | Stmt::Global(_) | Stmt::Nonlocal(_) => quote!(),
            Stmt::Return(s) => self.return_stmt(s),
            Stmt::Delete(s) => {
                let parts: Vec<TokenStream> = s.targets.iter().map(|t| self.delete(t)).collect();
                quote!(#(#parts)*)
            }
            Stmt::FunctionDef(def) => self.function_def(def),
            Stmt::ClassDef(def) => self.class_def(def),
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::Raise(r) => self.raise_stmt(r),
            Stmt::With(w) => self.with_stmt(w),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Assert(s) => {
                let test = self.cond(&s.test);
                let args = match &s.msg {
                    Some(msg) => {
                        let m = self.expr(msg);
                        quote!(vec![#m])
                    }
                    None => quote!(Vec::new()),
                };
                quote! {
                    if !#test {
                        return Err(pyrt::PyErr::with_args(pyrt::ExcKind::AssertionError, #args));
                    }
                }
            }
            Stmt::Import(s) => self.import(s),
            Stmt::ImportFrom(s) => self.import_from(s),
            other => {
                self.m.unsupported(stmt_description(other), other);
                quote!()
            }
        }
    }

    fn expr_stmt(&mut self, value: &Expr) -> TokenStream {
        // A docstring or other bare constant does nothing.
        if matches!(value, Expr::Constant(_)) {
            return quote!();
        }
        // The result is released with its tag tested inline: a call's `None`
        // costs no drop glue.
        let v = self.expr(value);
        quote!(pyrt::value::release(#v);)
    }

    fn assign(&mut self, s: &ast::StmtAssign) -> TokenStream {
        if let [target] = s.targets.as_slice() {
            if let Some(parallel) = self.parallel_assign(target, &s.value) {
                return parallel;
            }
            if let Some(copy) = self.slice_copy(target, &s.value) {
                return copy;
            }
            if let Expr::BinOp(b) = s.value.as_ref() {
                let same = matches!((target, b.left.as_ref()),
                    (Expr::Name(t), Expr::Name(l)) if t.id == l.id);
                if same && matches!(b.op, ast::Operator::Add) {
                    if let Some(grown) = self.grow_local(target, &b.right, "add_to_local") {
                        return grown;
                    }
                }
            }
            let value = self.expr(&s.value);
            return self.store(target, value);
        }
        // a = b = value: evaluate once, store left to right.
        let value = self.expr(&s.value);
        let tmp = self.f.temp("v");
        let stores: Vec<TokenStream> = s
            .targets
            .iter()
            .map(|t| self.store(t, quote!(#tmp.clone())))
            .collect();
        quote!({ let #tmp = #value; #(#stores)* })
    }

    /// `a[i:j] = b[k:l]`: the source slice's items go into the target slice
    /// without a list object in between (evaluation order as in Python: the
    /// source and its bounds, then the target and its bounds).
    fn slice_copy(&mut self, target: &Expr, value: &Expr) -> Option<TokenStream> {
        let (Expr::Subscript(t), Expr::Subscript(v)) = (target, value) else {
            return None;
        };
        let (Expr::Slice(target_slice), Expr::Slice(source_slice)) =
            (t.slice.as_ref(), v.slice.as_ref())
        else {
            return None;
        };
        let source = self.expr_ref(&v.value);
        let [slo, shi, sstep] = self.slice_bound_refs(source_slice);
        let obj = self.expr_ref(&t.value);
        let [lo, hi, step] = self.slice_bound_refs(target_slice);
        let (items, o) = (self.f.temp("items"), self.f.temp("o"));
        Some(quote!({
            let #items = pyrt::subscript::slice_source(#source, #slo, #shi, #sstep)?;
            let #o = #obj;
            pyrt::subscript::setslice_source(#o, #lo, #hi, #step, #items)?;
        }))
    }

    /// `a, b = x, y` without building a tuple: evaluate all values, then store in order.
    fn parallel_assign(&mut self, target: &Expr, value: &Expr) -> Option<TokenStream> {
        let (Expr::Tuple(t), Expr::Tuple(v)) = (target, value) else {
            return None;
        };
        let starred = |elts: &[Expr]| elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if t.elts.len() != v.elts.len() || starred(&t.elts) || starred(&v.elts) {
            return None;
        }
        let temps: Vec<_> = v.elts.iter().map(|_| self.f.temp("p")).collect();
        let values: Vec<TokenStream> = v.elts.iter().map(|e| self.expr(e)).collect();
        let stores: Vec<TokenStream> = t
            .elts
            .iter()
            .zip(&temps)
            .map(|(e, tmp)| self.store(e, quote!(#tmp)))
            .collect();
        Some(quote!({ #(let #temps = #values;)* #(#stores)* }))
    }

    fn if_stmt(&mut self, s: &ast::StmtIf) -> TokenStream {
        let test = self.cond(&s.test);
        let body = self.block(&s.body);
        if s.orelse.is_empty() {
            return quote!(if #test { #body });
        }
        let orelse = self.block(&s.orelse);
        quote!(if #test { #body } else { #orelse })
    }

    fn while_stmt(&mut self, s: &ast::StmtWhile, line: u32) -> TokenStream {
        let line = names::lit(line as usize);
        let label = self.f.label("while");
        self.push_loop(label.clone(), !s.orelse.is_empty());
        let test = self.cond(&s.test);
        let body = self.block(&s.body);
        let cx = self.f.loops.pop().expect("loop pushed above");
        let looped = quote!(while { __frame.line = #line; #test } { #body });
        self.finish_loop(cx, looped, &s.orelse)
    }

    fn for_stmt(&mut self, s: &ast::StmtFor, line: u32) -> TokenStream {
        if let Some(pairs) = self.pair_loop(&s.target, &s.iter) {
            return self.for_pairs_stmt(s, line, pairs);
        }
        let line = names::lit(line as usize);
        let iterable = self.iterable_ref(&s.iter);
        let it = self.f.temp("it");
        let item = self.f.temp("item");
        let label = self.f.label("for");
        self.push_loop(label, !s.orelse.is_empty());
        let store = self.store(&s.target, quote!(#item));
        let body = self.block(&s.body);
        let cx = self.f.loops.pop().expect("loop pushed above");
        let looped = quote! {
            while let Some(#item) = { __frame.line = #line; #it.next()? } {
                #store
                #body
            }
        };
        let whole = self.finish_loop(cx, looped, &s.orelse);
        quote!({ let mut #it = pyrt::iter::Iter::new(#iterable)?; #whole })
    }

    /// `for a, b in enumerate(x)` / `zip(x, y)`: pairs without tuples.
    fn for_pairs_stmt(
        &mut self,
        s: &ast::StmtFor,
        line: u32,
        pairs: super::pairs::PairLoop<'_>,
    ) -> TokenStream {
        let line = names::lit(line as usize);
        let it = self.f.temp("it");
        let (first, second) = (self.f.temp("first"), self.f.temp("second"));
        let label = self.f.label("for");
        self.push_loop(label, !s.orelse.is_empty());
        let store_first = self.store(pairs.targets[0], quote!(#first));
        let store_second = self.store(pairs.targets[1], quote!(#second));
        let body = self.block(&s.body);
        let cx = self.f.loops.pop().expect("loop pushed above");
        let looped = quote! {
            while let Some((#first, #second)) = { __frame.line = #line; #it.next_pair()? } {
                #store_first
                #store_second
                #body
            }
        };
        let whole = self.finish_loop(cx, looped, &s.orelse);
        let init = pairs.init;
        quote!({ let mut #it = #init; #whole })
    }

    /// Enters a loop labelled `label` (with an `else` block or not): the
    /// target of the `break` and `continue` statements lowered until it is popped.
    pub fn push_loop(&mut self, label: syn::Lifetime, has_else: bool) {
        let block_label = has_else.then(|| self.f.label("loop_else"));
        let id = self.f.loops.len() as u32;
        self.f.loops.push(LoopCx {
            id,
            try_depth: self.f.try_depth,
            label,
            block_label,
            label_used: false,
            block_label_used: false,
        });
    }

    /// Wraps a lowered loop with its label and its `else` block.
    fn finish_loop(&mut self, cx: LoopCx, looped: TokenStream, orelse: &[Stmt]) -> TokenStream {
        let labelled = if cx.label_used {
            let label = &cx.label;
            quote!(#label: #looped)
        } else {
            looped
        };
        if orelse.is_empty() {
            return labelled;
        }
        let else_body = self.block(orelse);
        match (&cx.block_label, cx.block_label_used) {
            (Some(block), true) => quote!(#block: { #labelled #else_body }),
            _ => quote!(#labelled #else_body),
        }
    }

    fn break_stmt(&mut self, stmt: &Stmt) -> TokenStream {
        if self.f.loops.is_empty() {
            self.m.unsupported("'break' outside loop", stmt);
            return quote!();
        }
        let index = self.f.loops.len() - 1;
        self.jump(index, true)
    }

    fn continue_stmt(&mut self, stmt: &Stmt) -> TokenStream {
        if self.f.loops.is_empty() {
            self.m.unsupported("'continue' not properly in loop", stmt);
            return quote!();
        }
        let index = self.f.loops.len() - 1;
        self.jump(index, false)
    }

    /// A `break` (or `continue`) of loop `index`: a Rust jump, or, from inside a
    /// closure-lowered block that the loop encloses, a `Flow` returned to it.
    pub fn jump(&mut self, index: usize, is_break: bool) -> TokenStream {
        let cx = &mut self.f.loops[index];
        if cx.try_depth < self.f.try_depth {
            let id = cx.id;
            if let Some(escapes) = self.f.try_escapes.last_mut() {
                escapes.insert((id, is_break));
            }
            return if is_break {
                quote!(return Ok(pyrt::flow::Flow::Break(#id));)
            } else {
                quote!(return Ok(pyrt::flow::Flow::Continue(#id));)
            };
        }
        if !is_break {
            cx.label_used = true;
            let label = &cx.label;
            return quote!(continue #label;);
        }
        match &cx.block_label {
            Some(block) => {
                cx.block_label_used = true;
                quote!(break #block;)
            }
            None => {
                cx.label_used = true;
                let label = &cx.label;
                quote!(break #label;)
            }
        }
    }

    fn return_stmt(&mut self, s: &ast::StmtReturn) -> TokenStream {
        if self.f.scope.is_none() {
            self.m.unsupported("'return' outside function", s);
            return quote!();
        }
        let value = match s.value.as_deref() {
            // Nothing runs after a plain return: a local moves out (no clone).
            // (Not from a step function, which keeps its locals between calls.)
            Some(Expr::Name(n))
                if self.f.try_depth == 0
                    && !self.f.stepped
                    && self.f.class_body.is_none()
                    && self.f.kind(n.id.as_str()) == NameKind::Local =>
            {
                let id = names::local(n.id.as_str());
                quote!(#id)
            }
            Some(v) => self.expr(v),
            None => quote!(pyrt::Value::None),
        };
        if self.f.try_depth > 0 {
            return quote!(return Ok(pyrt::flow::Flow::Return(#value)););
        }
        if self.f.stepped {
            return quote!(return Ok(pyrt::generator::Step::Returned(#value)););
        }
        quote!(return Ok(#value);)
    }
}

/// A short description of a statement kind, for diagnostics.
fn stmt_description(s: &Stmt) -> &'static str {
    match s {
        Stmt::ClassDef(_) => "class definition",
        Stmt::AsyncFunctionDef(_) => "async function",
        Stmt::AsyncFor(_) | Stmt::AsyncWith(_) => "async statement",
        Stmt::With(_) => "with statement",
        Stmt::Try(_) | Stmt::TryStar(_) => "try statement",
        Stmt::Raise(_) => "raise statement",
        Stmt::Match(_) => "match statement",
        Stmt::Nonlocal(_) => "nonlocal declaration",
        Stmt::TypeAlias(_) => "type alias",
        _ => "statement",
    }
}
