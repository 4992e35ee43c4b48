//! `try`/`except`/`else`/`finally`, `raise` and `with`.
//!
//! A protected block lowers to an immediately called closure returning
//! `PyResult<Flow>`, so `?` inside it stops at the handler. `return`, `break`
//! and `continue` that leave the block become `Flow` values the code after the
//! closure acts on ([`Lower::dispatch`]).

use std::collections::BTreeSet;

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use rustpython_parser::ast::{self, Stmt};

use super::context::Lower;

impl Lower<'_, '_, '_> {
    /// Lowers `body` (a closure of statements) into a closure-lowered block; returns the
    /// expression calling it and the loop jumps that leave it.
    fn protected(
        &mut self,
        body: impl FnOnce(&mut Self) -> TokenStream,
    ) -> (TokenStream, BTreeSet<(u32, bool)>) {
        self.f.try_depth += 1;
        self.f.try_escapes.push(BTreeSet::new());
        let inner = body(self);
        let escapes = self.f.try_escapes.pop().unwrap_or_default();
        self.f.try_depth -= 1;
        // In a generator the block is an `async` block, so that `yield` may suspend inside it.
        let call = if self.f.is_generator {
            quote!(async {
                #inner
                Ok::<pyrt::flow::Flow, pyrt::PyErr>(pyrt::flow::Flow::Normal)
            }
            .await)
        } else {
            quote!((|| -> pyrt::PyResult<pyrt::flow::Flow> {
                #inner
                Ok(pyrt::flow::Flow::Normal)
            })())
        };
        (call, escapes)
    }

    /// Continues after a closure-lowered block ended with `flow` (an `Ok` value):
    /// returns, breaks or continues the same way, or passes the flow outward.
    fn dispatch(&mut self, flow: &Ident, escapes: &BTreeSet<(u32, bool)>) -> TokenStream {
        let ret = if self.f.try_depth > 0 {
            quote!(return Ok(pyrt::flow::Flow::Return(__v)))
        } else if self.f.scope.is_some() {
            quote!(return Ok(__v))
        } else {
            quote!({
                let _ = __v;
            })
        };
        let mut arms = Vec::new();
        for &(id, is_break) in escapes {
            let Some(index) = self.f.loops.iter().position(|l| l.id == id) else {
                continue;
            };
            let jump = self.jump(index, is_break);
            let pattern = if is_break {
                quote!(pyrt::flow::Flow::Break(#id))
            } else {
                quote!(pyrt::flow::Flow::Continue(#id))
            };
            arms.push(quote!(#pattern => { #jump }));
        }
        quote!(match #flow {
            pyrt::flow::Flow::Return(__v) => #ret,
            #(#arms)*
            _ => {}
        })
    }

    /// `try:` with `except` clauses, `else` and `finally`.
    pub fn try_stmt(&mut self, t: &ast::StmtTry) -> TokenStream {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        let (call, escapes) = self.protected(|this| this.try_except(t));
        let finally = self.block(&t.finalbody);
        let result = self.f.temp("r");
        let flow = self.f.temp("flow");
        let dispatch = self.dispatch(&flow, &escapes);
        quote!({
            let #result = #call;
            #finally
            match #result {
                Ok(#flow) => #dispatch,
                Err(__exc) => return Err(__exc),
            }
        })
    }

    /// `try:`/`except`/`else` without `finally`.
    fn try_except(&mut self, t: &ast::StmtTry) -> TokenStream {
        let (call, mut escapes) = self.protected(|this| this.block(&t.body));
        let result = self.f.temp("r");
        let flow = self.f.temp("flow");
        let err = self.f.temp("e");
        let mut handlers = quote!(return Err(#err););
        for handler in t.handlers.iter().rev() {
            let ast::ExceptHandler::ExceptHandler(h) = handler;
            let (body, handler_escapes) = self.handler_body(h, &err);
            escapes.extend(handler_escapes);
            handlers = match &h.type_ {
                Some(class) => {
                    let class = self.expr(class);
                    quote!(if #err.matches(&#class)? { #body } else { #handlers })
                }
                None => body,
            };
        }
        let orelse = self.block(&t.orelse);
        let dispatch = self.dispatch(&flow, &escapes);
        quote!({
            let #result = #call;
            match #result {
                Ok(pyrt::flow::Flow::Normal) => { #orelse }
                Ok(#flow) => #dispatch,
                Err(mut #err) => {
                    #err.caught_in(__frame);
                    #handlers
                }
            }
        })
    }

    /// One `except` clause's body: binds `as name`, runs in its own protected
    /// block so that an exception escaping it gets the handled one as context.
    fn handler_body(
        &mut self,
        h: &ast::ExceptHandlerExceptHandler,
        err: &Ident,
    ) -> (TokenStream, BTreeSet<(u32, bool)>) {
        let bind = match &h.name {
            Some(name) => self.store_name(name.as_str(), quote!(#err.to_value())),
            None => quote!(),
        };
        self.f.handled.push(err.clone());
        let (call, escapes) = self.protected(|this| this.block(&h.body));
        self.f.handled.pop();
        let unbind = match &h.name {
            Some(name) => self.unbind_name(name.as_str()),
            None => quote!(),
        };
        let result = self.f.temp("h");
        let flow = self.f.temp("flow");
        let dispatch = self.dispatch(&flow, &escapes);
        let body = quote!({
            #bind
            let #result = #call;
            #unbind
            match #result {
                Ok(#flow) => #dispatch,
                Err(mut __inner) => {
                    __inner.set_context(&mut #err);
                    return Err(__inner);
                }
            }
        });
        (body, escapes)
    }

    /// `raise`, `raise exc`, `raise exc from cause`.
    pub fn raise_stmt(&mut self, r: &ast::StmtRaise) -> TokenStream {
        let Some(exc) = &r.exc else {
            return match self.f.handled.last() {
                Some(err) => quote!(return Err(#err.clone());),
                None => quote!(return Err(pyrt::PyErr::new(
                    pyrt::ExcKind::RuntimeError,
                    "No active exception to reraise"
                ));),
            };
        };
        let exc = self.expr(exc);
        let cause = match &r.cause {
            None => quote!(),
            Some(c) => {
                let c = self.expr(c);
                quote!(__exc.set_cause(pyrt::exceptions::cause_value(#c)?);)
            }
        };
        quote!({
            let mut __exc = pyrt::PyErr::from_value(&#exc)?;
            #cause
            return Err(__exc);
        })
    }

    /// `with a as x, b as y: body`
    pub fn with_stmt(&mut self, w: &ast::StmtWith) -> TokenStream {
        self.with_items(&w.items, &w.body)
    }

    fn with_items(&mut self, items: &[ast::WithItem], body: &[Stmt]) -> TokenStream {
        let Some((item, rest)) = items.split_first() else {
            return self.block(body);
        };
        let manager = self.expr(&item.context_expr);
        let (mgr, exit, entered) = (
            self.f.temp("mgr"),
            self.f.temp("exit"),
            self.f.temp("entered"),
        );
        let bind = match &item.optional_vars {
            Some(target) => self.store(target, quote!(#entered)),
            None => quote!(),
        };
        let (call, escapes) = self.protected(|this| this.with_items(rest, body));
        let result = self.f.temp("r");
        let flow = self.f.temp("flow");
        let dispatch = self.dispatch(&flow, &escapes);
        quote!({
            let #mgr = #manager;
            let #exit = pyrt::methods::getattr(&#mgr, "__exit__")?;
            let #entered = pyrt::methods::call_method(&#mgr, "__enter__", &[], &[])?;
            #bind
            let #result = #call;
            match #result {
                Ok(#flow) => {
                    pyrt::func::call(&#exit, &[pyrt::Value::None, pyrt::Value::None, pyrt::Value::None], &[])?;
                    #dispatch
                }
                Err(mut __exc) => {
                    let __value = __exc.to_value();
                    let __class = pyrt::builtins::type_of(&__value);
                    let __suppress =
                        pyrt::func::call(&#exit, &[__class, __value, pyrt::Value::None], &[])?;
                    if !pyrt::object::truthy(&__suppress)? {
                        return Err(__exc);
                    }
                }
            }
        })
    }
}
