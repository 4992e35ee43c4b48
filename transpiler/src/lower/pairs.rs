//! Two-name loop targets over `enumerate(x)` or `zip(a, b)`
//! (`for i, x in enumerate(xs)`, `[... for a, b in zip(xs, ys)]`): the loop
//! draws pairs from a `pyrt::pairs::PairIter`, so no 2-tuple is built and
//! unpacked per item while the names mean the builtins.

use proc_macro2::TokenStream;
use quote::quote;
use rustpython_parser::ast::Expr;

use super::context::Lower;
use crate::scope::NameKind;

/// A loop over pairs: how to make the `PairIter`, and the two targets.
pub struct PairLoop<'e> {
    /// Expression creating the `pyrt::pairs::PairIter`.
    pub init: TokenStream,
    /// The targets the first and second value of each pair are stored to.
    pub targets: [&'e Expr; 2],
}

impl Lower<'_, '_, '_> {
    /// The pair loop for `for <target> in <iter>`, if it has that shape.
    pub fn pair_loop<'e>(&mut self, target: &'e Expr, iter: &Expr) -> Option<PairLoop<'e>> {
        let elts = match target {
            Expr::Tuple(t) => &t.elts,
            Expr::List(l) => &l.elts,
            _ => return None,
        };
        let [first, second] = elts.as_slice() else {
            return None;
        };
        if elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            return None;
        }
        let Expr::Call(call) = iter else { return None };
        let Expr::Name(func) = call.func.as_ref() else {
            return None;
        };
        let name = func.id.as_str();
        if !call.keywords.is_empty()
            || call.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || self.f.kind(name) != NameKind::Global
        {
            return None;
        }
        let init = match (name, call.args.as_slice()) {
            ("enumerate", [items]) => {
                let callee = self.expr(&call.func);
                let items = self.expr(items);
                quote!(pyrt::pairs::PairIter::enumerate(&#callee, &#items)?)
            }
            ("zip", [left, right]) => {
                let callee = self.expr(&call.func);
                let left = self.expr(left);
                let right = self.expr(right);
                quote!(pyrt::pairs::PairIter::zip(&#callee, &#left, &#right)?)
            }
            _ => return None,
        };
        Some(PairLoop {
            init,
            targets: [first, second],
        })
    }
}
