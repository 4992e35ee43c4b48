//! Stepped generators: generator bodies lowered to a step function instead
//! of a coroutine.
//!
//! Most generators yield from a loop in a plain way (`for v in values: if
//! v & 1: yield v`). Such a body needs no `async` state machine: a closure
//! that owns the locals (and the loop's iterator) can run from one `yield`
//! to the next and return the value, and a resumption is one call of it
//! (see `pyrt::generator::create_stepped`).
//!
//! **Shape.** The body is a *prefix* with no `yield`, at most one top-level
//! `for` or `while` loop (without `else`) whose body yields, and a *suffix*. Every
//! `yield` is a statement (its value, what `send` passes in, is unused)
//! reached from the loop body or the suffix through `if`s only; no `try`,
//! `with` or `match` appears (outside nested functions). Anything else keeps
//! the coroutine lowering.
//!
//! **Resume points.** The closure keeps `__point`: 0 before the prefix, 1
//! at the loop's next item, 2 at the start of the suffix, 3 after the end;
//! from 4 on, one point per `yield`. A `yield` records its point and
//! returns. What follows it in its blocks (up to the loop body, or to the
//! end of the suffix) is the point's *remainder*, lowered as its own copy
//! and run first by the next call; a `yield` in a remainder gets a point of
//! its own. Inside the loop, `continue` and `break` are jumps of the Rust
//! loop that dispatches the points.

use proc_macro2::TokenStream;
use quote::quote;
use rustpython_parser::ast::{self, Expr, Stmt};

use super::context::Lower;
use super::names;
use crate::parse::walk;
use crate::scope::{is_generator, NestedBody};

/// The most resume points a stepped generator gets (remainders are copies,
/// so a body with many `yield`s keeps the coroutine lowering).
const MAX_POINTS: usize = 16;

/// Point at the start of the body.
const START: usize = 0;
/// Point at the loop's next item.
const NEXT_ITEM: usize = 1;
/// Point at the start of the suffix.
const SUFFIX: usize = 2;
/// Point after the end of the body.
const END: usize = 3;
/// The first point of a `yield`.
const FIRST_YIELD: usize = 4;

/// A generator body that can be stepped: prefix, loop and suffix.
pub struct StepShape<'a> {
    prefix: &'a [Stmt],
    /// The loop, as a statement and as what kind of loop.
    main_loop: Option<(&'a Stmt, MainLoop<'a>)>,
    suffix: &'a [Stmt],
}

/// The loop a stepped generator yields from.
#[derive(Clone, Copy)]
enum MainLoop<'a> {
    For(&'a ast::StmtFor),
    While(&'a ast::StmtWhile),
}

impl<'a> MainLoop<'a> {
    fn body(self) -> &'a [Stmt] {
        match self {
            MainLoop::For(f) => &f.body,
            MainLoop::While(w) => &w.body,
        }
    }
}

/// How a generator body splits for stepping, if it can be stepped.
pub fn step_shape(body: &[Stmt]) -> Option<StepShape<'_>> {
    if !body.iter().all(steppable_stmt) {
        return None;
    }
    let first = body.iter().position(contains_yield)?;
    let main_loop = match &body[first] {
        Stmt::For(f) if f.orelse.is_empty() && !expr_yields(&f.iter) => Some(MainLoop::For(f)),
        Stmt::While(w) if w.orelse.is_empty() && !expr_yields(&w.test) => Some(MainLoop::While(w)),
        _ => None,
    };
    let shape = match main_loop {
        Some(main_loop) => StepShape {
            prefix: &body[..first],
            main_loop: Some((&body[first], main_loop)),
            suffix: &body[first + 1..],
        },
        None => StepShape {
            prefix: &[],
            main_loop: None,
            suffix: body,
        },
    };
    let loop_body = shape.main_loop.map_or(&[][..], |(_, l)| l.body());
    let placed = yields_placed(loop_body) && yields_placed(shape.suffix);
    let points = point_count(loop_body, &[]) + point_count(shape.suffix, &[]);
    (placed && points <= MAX_POINTS).then_some(shape)
}

/// Whether a statement (and those nested in it, outside nested functions and
/// classes) is one the step lowering handles.
fn steppable_stmt(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::Try(_)
        | Stmt::TryStar(_)
        | Stmt::With(_)
        | Stmt::AsyncWith(_)
        | Stmt::AsyncFor(_)
        | Stmt::Match(_) => false,
        Stmt::If(s) => s.body.iter().chain(&s.orelse).all(steppable_stmt),
        Stmt::For(s) => s.body.iter().chain(&s.orelse).all(steppable_stmt),
        Stmt::While(s) => s.body.iter().chain(&s.orelse).all(steppable_stmt),
        _ => true,
    }
}

/// Whether `stmt` yields (in its own scope).
fn contains_yield(stmt: &Stmt) -> bool {
    is_generator(NestedBody::Block(std::slice::from_ref(stmt)))
}

/// Whether an expression yields or awaits (in its own scope).
fn expr_yields(e: &Expr) -> bool {
    let mut found = false;
    walk::walk(e, &mut |x| {
        found |= matches!(x, Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Await(_));
    });
    found
}

/// The value of a `yield` statement (`yield` alone yields `None`).
fn yield_stmt(stmt: &Stmt) -> Option<Option<&Expr>> {
    match stmt {
        Stmt::Expr(s) => match &*s.value {
            Expr::Yield(y) if !y.value.as_deref().is_some_and(expr_yields) => {
                Some(y.value.as_deref())
            }
            _ => None,
        },
        _ => None,
    }
}

/// Whether every `yield` in `stmts` is a statement reached through `if`s only.
fn yields_placed(stmts: &[Stmt]) -> bool {
    stmts.iter().all(|s| {
        if yield_stmt(s).is_some() {
            return true;
        }
        match s {
            Stmt::If(i) => {
                !expr_yields(&i.test) && yields_placed(&i.body) && yields_placed(&i.orelse)
            }
            other => !contains_yield(other),
        }
    })
}

/// How many resume points lowering `stmts` (followed by `rest`) creates,
/// counting those of the remainders; stops counting past [`MAX_POINTS`].
fn point_count(stmts: &[Stmt], rest: &[Stmt]) -> usize {
    let mut count = 0;
    for (i, s) in stmts.iter().enumerate() {
        if count > MAX_POINTS {
            break;
        }
        if yield_stmt(s).is_some() {
            let remainder = remainder(&stmts[i + 1..], rest);
            return count + 1 + point_count(&remainder, &[]);
        }
        if let Stmt::If(branch) = s {
            let after = remainder(&stmts[i + 1..], rest);
            count += point_count(&branch.body, &after) + point_count(&branch.orelse, &after);
        }
    }
    count
}

/// The statements that follow a `yield`: the rest of its block, then `rest`.
fn remainder(block_rest: &[Stmt], rest: &[Stmt]) -> Vec<Stmt> {
    block_rest.iter().chain(rest).cloned().collect()
}

/// A resume point found while lowering: its number and the statements its
/// remainder runs.
struct Point {
    id: usize,
    remainder: Vec<Stmt>,
}

impl Lower<'_, '_, '_> {
    /// Lowers a stepped generator's body: the statements of its step
    /// closure, which the caller declares with `__point` and `__it` captured,
    /// and the initial value of `__it` (an exhausted iterator of its kind).
    pub fn stepped_body(&mut self, shape: &StepShape<'_>) -> (TokenStream, TokenStream) {
        let [start_point, next_item, suffix_point, end] =
            [START, NEXT_ITEM, SUFFIX, END].map(names::lit);
        let mut points = Vec::new();
        let prefix = self.block(shape.prefix);
        let mut pairs = None;
        let start = match shape.main_loop {
            Some((_, MainLoop::While(_))) => quote!(#prefix __point = #next_item;),
            Some((stmt, MainLoop::For(f))) => {
                let init = self.stmt_lowered_with(stmt, |this, _| {
                    let source = match this.pair_loop(&f.target, &f.iter) {
                        Some(pair_loop) => {
                            pairs = Some(pair_loop.targets);
                            pair_loop.init
                        }
                        None => {
                            let iterable = this.iterable_ref(&f.iter);
                            quote!(pyrt::iter::Iter::new(#iterable)?)
                        }
                    };
                    quote!(__it = #source;)
                });
                quote!(#prefix #init __point = #next_item;)
            }
            None => quote!(#prefix __point = #suffix_point;),
        };
        let exhausted = match pairs {
            Some(_) => quote!(pyrt::pairs::PairIter::exhausted()),
            None => quote!(pyrt::iter::Iter::exhausted()),
        };
        let looped = shape
            .main_loop
            .map(|(stmt, l)| self.stepped_loop(stmt, l, pairs, &exhausted, &mut points))
            .unwrap_or_default();
        let first_suffix_point = points.len();
        let suffix = self.step_block(shape.suffix, &[], &mut points);
        let remainders = self.remainder_arms(&mut points, first_suffix_point);
        let body = quote! {
            if __point == #start_point {
                #start
            }
            #looped
            match std::mem::replace(&mut __point, #end) {
                #suffix_point => { #suffix }
                #(#remainders)*
                _ => {}
            }
            Ok(pyrt::generator::Step::Returned(pyrt::Value::None))
        };
        (body, exhausted)
    }

    /// The main loop: a Rust loop dispatching the loop's resume points, the
    /// next item's point fetching the item (or the pair, for a two-name
    /// target over `enumerate` or `zip`), or testing a `while` condition,
    /// and running the loop body.
    fn stepped_loop(
        &mut self,
        stmt: &Stmt,
        main_loop: MainLoop<'_>,
        pairs: Option<[&Expr; 2]>,
        exhausted: &TokenStream,
        points: &mut Vec<Point>,
    ) -> TokenStream {
        let [next_item, suffix_point] = [NEXT_ITEM, SUFFIX].map(names::lit);
        let line = names::lit(self.m.pos(stmt).line as usize);
        let label = self.f.label("for");
        self.push_loop(label.clone(), false);
        let fetch = match (main_loop, pairs) {
            (MainLoop::While(w), _) => {
                let test = self.cond(&w.test);
                quote! {
                    if !({ __frame.line = #line; #test }) {
                        break #label;
                    }
                }
            }
            (MainLoop::For(_), Some([first, second])) => {
                let (a, b) = (self.f.temp("first"), self.f.temp("second"));
                let store_first = self.store(first, quote!(#a));
                let store_second = self.store(second, quote!(#b));
                quote! {
                    let Some((#a, #b)) = ({ __frame.line = #line; __it.next_pair()? }) else {
                        break #label;
                    };
                    #store_first
                    #store_second
                }
            }
            (MainLoop::For(f), None) => {
                let item = self.f.temp("item");
                let store = self.store(&f.target, quote!(#item));
                quote! {
                    let Some(#item) = ({ __frame.line = #line; __it.next()? }) else {
                        break #label;
                    };
                    #store
                }
            }
        };
        let first_point = points.len();
        let body = self.step_block(main_loop.body(), &[], points);
        let arms = self.remainder_arms(points, first_point);
        let ids: Vec<_> = points[first_point..]
            .iter()
            .map(|p| names::lit(p.id))
            .collect();
        self.f.loops.pop();
        quote! {
            if matches!(__point, #next_item #(| #ids)*) {
                #label: loop {
                    match std::mem::replace(&mut __point, #next_item) {
                        #(#arms)*
                        _ => {
                            #fetch
                            #body
                        }
                    }
                }
                __it = #exhausted;
                __point = #suffix_point;
            }
        }
    }

    /// The match arms running the remainders of the points from `first` on,
    /// including those of points the remainders add.
    fn remainder_arms(&mut self, points: &mut Vec<Point>, first: usize) -> Vec<TokenStream> {
        let mut arms = Vec::new();
        let mut next = first;
        while next < points.len() {
            let (id, remainder) = (names::lit(points[next].id), points[next].remainder.clone());
            next += 1;
            let code = self.step_block(&remainder, &[], points);
            arms.push(quote!(#id => { #code }));
        }
        arms
    }

    /// Lowers `stmts` (followed by `rest` in their enclosing blocks), each
    /// `yield` recording a resume point whose remainder is what follows it.
    fn step_block(
        &mut self,
        stmts: &[Stmt],
        rest: &[Stmt],
        points: &mut Vec<Point>,
    ) -> TokenStream {
        let mut out = Vec::new();
        for (i, s) in stmts.iter().enumerate() {
            if let Some(value) = yield_stmt(s) {
                let id = FIRST_YIELD + points.len();
                points.push(Point {
                    id,
                    remainder: remainder(&stmts[i + 1..], rest),
                });
                let id = names::lit(id);
                out.push(self.stmt_lowered_with(s, |this, _| {
                    let value = match value {
                        Some(v) => this.expr(v),
                        None => quote!(pyrt::Value::None),
                    };
                    quote! {{
                        let __yielded = #value;
                        __point = #id;
                        return Ok(pyrt::generator::Step::Yielded(__yielded));
                    }}
                }));
                // What follows runs as the remainder, on the next call.
                break;
            }
            match s {
                Stmt::If(branch) if contains_yield(s) => {
                    let after = remainder(&stmts[i + 1..], rest);
                    out.push(self.stmt_lowered_with(s, |this, _| {
                        let test = this.cond(&branch.test);
                        let body = this.step_block(&branch.body, &after, points);
                        if branch.orelse.is_empty() {
                            return quote!(if #test { #body });
                        }
                        let orelse = this.step_block(&branch.orelse, &after, points);
                        quote!(if #test { #body } else { #orelse })
                    }));
                }
                other => out.push(self.stmt(other)),
            }
        }
        quote!(#(#out)*)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustpython_parser::Parse;

    /// The body of the one function defined in `source`.
    fn body_of(source: &str) -> Vec<Stmt> {
        let suite = ast::Suite::parse(source, "<test>").expect("valid Python");
        match suite.into_iter().next() {
            Some(Stmt::FunctionDef(f)) => f.body,
            _ => panic!("expected a function"),
        }
    }

    fn steps(source: &str) -> bool {
        step_shape(&body_of(source)).is_some()
    }

    #[test]
    fn loops_yielding_through_ifs_are_stepped() {
        assert!(steps("def g(xs):\n    n = 0\n    for x in xs:\n        if x:\n            yield x\n    yield n\n"));
        assert!(steps(
            "def g(xs):\n    for x in xs:\n        yield x\n        yield -x\n        x = 0\n"
        ));
        assert!(steps(
            "def g():\n    yield 1\n    if a:\n        yield 2\n    else:\n        return 3\n"
        ));
        assert!(steps("def g(xs):\n    for x in xs:\n        for y in x:\n            if y:\n                break\n        yield x\n"));
        assert!(steps("def g():\n    a, b = 0, 1\n    while True:\n        yield a\n        a, b = b, a + b\n"));
    }

    #[test]
    fn other_yields_keep_the_coroutine() {
        // A yield inside a nested loop, a try or a with; a yield expression.
        assert!(!steps(
            "def g(xs):\n    for x in xs:\n        for y in x:\n            yield y\n"
        ));
        assert!(!steps("def g(xs):\n    for x in xs:\n        try:\n            yield x\n        finally:\n            pass\n"));
        assert!(!steps(
            "def g(xs):\n    for x in xs:\n        with x:\n            yield x\n"
        ));
        assert!(!steps(
            "def g(xs):\n    for x in xs:\n        y = yield x\n"
        ));
        assert!(!steps(
            "def g(xs):\n    for x in xs:\n        yield from x\n"
        ));
        // A yielding loop with an else block, or a try anywhere in the body.
        assert!(!steps(
            "def g(xs):\n    for x in xs:\n        yield x\n    else:\n        pass\n"
        ));
        assert!(!steps("def g(xs):\n    try:\n        pass\n    except E:\n        pass\n    for x in xs:\n        yield x\n"));
        // Yields before the loop: the body is stepped without a loop only if
        // the loop itself does not yield.
        assert!(!steps(
            "def g(xs):\n    yield 0\n    for x in xs:\n        yield x\n"
        ));
    }

    #[test]
    fn each_yield_gets_a_point_and_remainders_add_theirs() {
        let count = |source: &str| {
            let body = body_of(source);
            point_count(&body, &[])
        };
        assert_eq!(count("def g():\n    yield 1\n"), 1);
        // The remainder of the first yield holds the second.
        assert_eq!(count("def g():\n    yield 1\n    yield 2\n"), 2);
        // Both branches yield and the remainder of each holds a copy of the
        // last yield; the path past the `if` is lowered with one more copy.
        assert_eq!(
            count(
                "def g():\n    if a:\n        yield 1\n    else:\n        yield 2\n    yield 3\n"
            ),
            5
        );
        let many: String = (0..20).map(|i| format!("    yield {i}\n")).collect();
        assert!(!steps(&format!("def g():\n{many}")), "too many points");
    }
}
