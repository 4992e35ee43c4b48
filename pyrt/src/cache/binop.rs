//! Binary-operator sites specialised on the operand types they see.
//!
//! A site remembers the pair of operand kinds it last saw (int+int,
//! float*float, str+str, ...). While the kinds repeat, each execution counts as
//! a hit of that specialisation and runs the operator, whose inlined fast path
//! for those kinds comes first; when they change, the site deoptimises and
//! re-specialises on the new pair. The pair is recorded only while statistics
//! are on (`PYRC_STATS=1`): the fast paths test the operands themselves.

use std::cell::{Cell, RefCell};

use crate::error::PyResult;
use crate::stats::{self, CacheKind};
use crate::str::PyStr;
use crate::value::{Operand, Value};

/// The operand classes a site distinguishes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub(crate) enum Kind {
    Int = 1,
    BigInt,
    Float,
    Bool,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    Instance,
    Other,
}

impl Kind {
    /// The class of `v`.
    #[inline(always)]
    pub(crate) fn of(v: &Value) -> Kind {
        match v {
            Value::Int(_) => Kind::Int,
            Value::Float(_) => Kind::Float,
            Value::BigInt(_) => Kind::BigInt,
            Value::Bool(_) => Kind::Bool,
            Value::Str(_) => Kind::Str,
            Value::List(_) => Kind::List,
            Value::Tuple(_) => Kind::Tuple,
            Value::Dict(_) => Kind::Dict,
            Value::Set(_) | Value::FrozenSet(_) => Kind::Set,
            Value::Instance(_) => Kind::Instance,
            _ => Kind::Other,
        }
    }
}

/// The two operands' types packed into one compare: `left << 8 | right`,
/// each the variant's tag plus one, so that 0 stays "unspecialised".
#[inline(always)]
pub(crate) fn pair(a: &Value, b: &Value) -> u16 {
    ((a.tag() as u16 + 1) << 8) | (b.tag() as u16 + 1)
}

/// Records that a site with state `state` saw `seen`, counting for `kind`.
///
/// The state only feeds the statistics (the operators' fast paths test the
/// operands themselves), so without `PYRC_STATS=1` nothing is recorded and
/// the operand kinds are not even computed.
#[inline(always)]
pub(crate) fn observe(state: &Cell<u16>, seen: u16, kind: CacheKind) {
    if !stats::enabled() {
        return;
    }
    if state.get() == seen {
        stats::hit(kind);
    } else {
        respecialise(state, seen, kind);
    }
}

#[cold]
#[inline(never)]
fn respecialise(state: &Cell<u16>, seen: u16, kind: CacheKind) {
    stats::miss(kind);
    if state.get() != 0 {
        stats::deopt(kind);
    }
    stats::specialized(kind);
    state.set(seen);
}

/// The cache of one binary-operator site (`a + b`, `a += b`, ...).
pub struct BinaryOpSite {
    state: Cell<u16>,
    /// For a Python-defined left operand: its special method for the
    /// operand classes last seen, called without looking it up again.
    special: RefCell<Option<SpecialEntry>>,
}

/// The forward special method (`__add__`, ...) of a left operand's class,
/// valid while both operands' classes keep the versions recorded.
struct SpecialEntry {
    left: u64,
    right: (Kind, u64),
    method: Value,
}

impl Default for BinaryOpSite {
    fn default() -> Self {
        Self::new()
    }
}

/// The class identity of an operand: its kind, and its class version for an instance.
#[inline(always)]
fn operand_key(v: &Value) -> (Kind, u64) {
    match v {
        Value::Instance(i) => (Kind::Instance, i.class_ref().version.get()),
        other => (Kind::of(other), 0),
    }
}

/// A binary operator's names: the forward and reflected special methods,
/// what happens when both decline, and for an augmented assignment the
/// in-place method whose absence lets the binary protocol run.
struct OperatorNames {
    inplace: Option<&'static str>,
    forward: &'static str,
    reflected: &'static str,
    declined: Declined,
}

/// What a binary operator does when both special methods decline.
#[derive(Clone, Copy)]
enum Declined {
    /// `TypeError: unsupported operand type(s) for <symbol>: ...`.
    Raise(&'static str),
    /// The operator's remaining fallbacks (sequence repetition for `*`).
    Continue(fn(&Value, &Value) -> PyResult<Value>),
}

impl BinaryOpSite {
    /// An unspecialised site.
    pub const fn new() -> Self {
        BinaryOpSite {
            state: Cell::new(0),
            special: RefCell::new(None),
        }
    }

    /// `a op b` with a Python-defined left operand, through the cached
    /// special method (`None`: not cached; the caller runs the generic path).
    #[inline(never)]
    fn instance_op(&self, a: &Value, b: &Value, names: &OperatorNames) -> Option<PyResult<Value>> {
        let Value::Instance(x) = a else {
            return None;
        };
        let left = x.class_ref().version.get();
        let right = operand_key(b);
        let cached = match &*self.special.borrow() {
            Some(e) if e.left == left && e.right == right => Some(e.method.clone()),
            _ => None,
        };
        let Some(method) = cached else {
            self.remember_special(x, b, names, left, right);
            return None;
        };
        let result = match &method {
            // A plain two-parameter method: its direct entry, no argument slice.
            Value::Function(f) => match f.def.fast {
                crate::func::FastEntry::Args2(entry) => entry(f, a.clone(), b.clone()),
                _ => f.call(Some(a), std::slice::from_ref(b), &[]),
            },
            _ => crate::func::call_with_receiver(&method, a, std::slice::from_ref(b), &[]),
        };
        match result {
            Ok(Value::NotImplemented) => {}
            other => return Some(other),
        }
        if let Some(result) =
            crate::instance::call_special(b, names.reflected, std::slice::from_ref(a))
        {
            match result {
                Ok(Value::NotImplemented) => {}
                other => return Some(other),
            }
        }
        Some(match names.declined {
            Declined::Raise(symbol) => Err(crate::error::raise::unsupported_operands(symbol, a, b)),
            Declined::Continue(rest) => rest(a, b),
        })
    }

    /// Records the left operand's forward method when the generic protocol
    /// would call it first: a plain function, and the right operand not an
    /// instance of a subclass that overrides the reflected method.
    #[cold]
    fn remember_special(
        &self,
        x: &crate::instance::PyInstance,
        b: &Value,
        names: &OperatorNames,
        left: u64,
        right: (Kind, u64),
    ) {
        if left == 0 || (right.0 == Kind::Instance && right.1 == 0) {
            return;
        }
        let class = x.class_ref();
        if names
            .inplace
            .is_some_and(|name| class.lookup(name).is_some())
        {
            return;
        }
        if let Value::Instance(y) = b {
            let other = y.class_ref();
            if !std::rc::Rc::ptr_eq(class, other)
                && other.is_subclass(class)
                && other.lookup(names.reflected).is_some()
            {
                return;
            }
        }
        if let Some(method @ Value::Function(_)) = class.lookup(names.forward) {
            *self.special.borrow_mut() = Some(SpecialEntry {
                left,
                right,
                method,
            });
        }
    }
}

/// Whether `v` is an int or a float: numbers have no in-place special
/// methods, so for the arithmetic operators (defined on every pair of
/// numbers, so never the "unsupported operand" error that names the
/// augmented symbol) their augmented assignment is exactly the binary one.
#[inline(always)]
fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Float(_))
}

macro_rules! operators {
    ($($(#[$doc:meta])* $name:ident => $op:path $(| $numbers:path)? $(, $inplace:expr, $forward:literal, $reflected:literal, $declined:expr)?;)*) => {
        impl BinaryOpSite {
            $(
                $(#[$doc])*
                ///
                /// Each operand is a local (`&Value`) or a temporary
                /// (`Value`), which is released here, where its kind is known.
                #[inline(always)]
                pub fn $name(&self, a: impl Operand, b: impl Operand) -> PyResult<Value> {
                    #[inline(always)]
                    fn run(site: &BinaryOpSite, a: &Value, b: &Value) -> PyResult<Value> {
                        observe(&site.state, pair(a, b), CacheKind::BinaryOp);
                        $(
                            if is_number(a) && is_number(b) {
                                return $numbers(a, b);
                            }
                        )?
                        $(
                            const NAMES: OperatorNames = OperatorNames {
                                inplace: $inplace,
                                forward: $forward,
                                reflected: $reflected,
                                declined: $declined,
                            };
                            if let Value::Instance(_) = a {
                                if let Some(result) = site.instance_op(a, b, &NAMES) {
                                    return result;
                                }
                            }
                        )?
                        $op(a, b)
                    }
                    let result = run(self, a.value(), b.value());
                    a.release();
                    b.release();
                    result
                }
            )*
        }
    };
}

impl BinaryOpSite {
    /// `a + b`. Two strs are joined here: in place when `a` is a str
    /// temporary that nothing else holds (CPython's `s = s + t` reuse), so
    /// `a + " " + b` builds one string, not two.
    #[inline(always)]
    pub fn add(&self, a: impl Operand, b: impl Operand) -> PyResult<Value> {
        if let (Value::Str(_), Value::Str(_)) = (a.value(), b.value()) {
            return self.add_strs(a, b);
        }
        self.add_other(a, b)
    }

    /// [`BinaryOpSite::add`] of two strs (out of line: the operator sites
    /// inline only the test).
    #[inline(never)]
    fn add_strs(&self, mut a: impl Operand, b: impl Operand) -> PyResult<Value> {
        observe(&self.state, pair(a.value(), b.value()), CacheKind::BinaryOp);
        if let Value::Str(tail) = b.value() {
            if append_to_unique(a.unique_str(), tail) {
                b.release();
                return Ok(a.into_owned());
            }
        }
        let joined = join_strs(a.value(), b.value());
        a.release();
        b.release();
        joined
    }

    /// `x = x + b` for a plain local `x`: when `x` and `b` are strs and no
    /// one else holds `x`'s str, `b` is appended to it in place.
    #[inline(always)]
    pub fn add_to_local(&self, x: &mut Value, b: impl Operand) -> PyResult<()> {
        self.grow_local(x, b, |x, b| self.add(x, b))
    }

    /// `x += b` for a plain local `x`, like [`BinaryOpSite::add_to_local`]
    /// (a str has no `__iadd__`, so `+=` is `+` for it).
    #[inline(always)]
    pub fn iadd_to_local(&self, x: &mut Value, b: impl Operand) -> PyResult<()> {
        self.grow_local(x, b, |x, b| self.iadd(x, b))
    }

    /// Appends `b` in place to the str in `x` when it can, else rebinds `x`
    /// to `op(x, b)`.
    #[inline(always)]
    fn grow_local<B: Operand>(
        &self,
        x: &mut Value,
        b: B,
        op: impl FnOnce(&Value, B) -> PyResult<Value>,
    ) -> PyResult<()> {
        let b = match x {
            Value::Str(_) => match self.append_in_place(x, b) {
                Some(b) => b,
                None => return Ok(()),
            },
            _ => b,
        };
        let sum = op(&*x, b)?;
        x.rebind(sum);
        Ok(())
    }

    /// Appends `b` to the str in `x` when both are non-empty strs and `x`'s
    /// is held by nothing else; otherwise gives `b` back.
    #[inline(never)]
    fn append_in_place<B: Operand>(&self, x: &mut Value, b: B) -> Option<B> {
        let seen = pair(x, b.value());
        if let Value::Str(tail) = b.value() {
            if append_to_unique(Operand::unique_str(x), tail) {
                observe(&self.state, seen, CacheKind::BinaryOp);
                b.release();
                return None;
            }
        }
        Some(b)
    }
}

/// Appends `tail` to `head`, a str that nothing else holds, unless either
/// is empty (`"" + s` is `s` itself, as in CPython); whether it did.
#[inline(always)]
fn append_to_unique(head: Option<&mut PyStr>, tail: &PyStr) -> bool {
    match head {
        Some(head) if !head.is_empty() && !tail.is_empty() => {
            head.push_str(tail);
            true
        }
        _ => false,
    }
}

/// `head + tail` for two strs (anything else goes the general way).
#[inline(always)]
fn join_strs(head: &Value, tail: &Value) -> PyResult<Value> {
    match (head, tail) {
        (Value::Str(h), Value::Str(t)) => Ok(crate::ops::join_strs(h, t)),
        _ => crate::ops::add(head, tail),
    }
}

operators! {
    /// `a + b` when not both strs.
    add_other => crate::ops::add, None, "__add__", "__radd__", Declined::Raise("+");
    /// `a - b`
    sub => crate::ops::sub, None, "__sub__", "__rsub__", Declined::Raise("-");
    /// `a * b`
    mul => crate::ops::mul, None, "__mul__", "__rmul__",
        Declined::Continue(crate::ops::mul_without_specials);
    /// `a @ b`
    matmul => crate::ops::matmul, None, "__matmul__", "__rmatmul__", Declined::Raise("@");
    /// `a / b`
    truediv => crate::ops::truediv, None, "__truediv__", "__rtruediv__", Declined::Raise("/");
    /// `a // b`
    floordiv => crate::ops::floordiv, None, "__floordiv__", "__rfloordiv__", Declined::Raise("//");
    /// `a % b`
    modulo => crate::ops::modulo, None, "__mod__", "__rmod__", Declined::Raise("%");
    /// `a ** b`
    pow => crate::ops::pow, None, "__pow__", "__rpow__", Declined::Raise("** or pow()");
    /// `a << b`
    lshift => crate::ops::lshift, None, "__lshift__", "__rlshift__", Declined::Raise("<<");
    /// `a >> b`
    rshift => crate::ops::rshift, None, "__rshift__", "__rrshift__", Declined::Raise(">>");
    /// `a & b`
    bitand => crate::ops::bitand, None, "__and__", "__rand__", Declined::Raise("&");
    /// `a | b`
    bitor => crate::ops::bitor, None, "__or__", "__ror__", Declined::Raise("|");
    /// `a ^ b`
    bitxor => crate::ops::bitxor, None, "__xor__", "__rxor__", Declined::Raise("^");
    /// `a += b`
    iadd => crate::ops::iadd | crate::ops::add, Some("__iadd__"), "__add__", "__radd__", Declined::Raise("+=");
    /// `a -= b`
    isub => crate::ops::isub | crate::ops::sub, Some("__isub__"), "__sub__", "__rsub__", Declined::Raise("-=");
    /// `a *= b`
    imul => crate::ops::imul | crate::ops::mul, Some("__imul__"), "__mul__", "__rmul__",
        Declined::Continue(crate::ops::imul_without_specials);
    /// `a @= b`
    imatmul => crate::ops::imatmul, Some("__imatmul__"), "__matmul__", "__rmatmul__",
        Declined::Raise("@=");
    /// `a /= b`
    itruediv => crate::ops::itruediv | crate::ops::truediv, Some("__itruediv__"), "__truediv__", "__rtruediv__",
        Declined::Raise("/=");
    /// `a //= b`
    ifloordiv => crate::ops::ifloordiv | crate::ops::floordiv, Some("__ifloordiv__"), "__floordiv__", "__rfloordiv__",
        Declined::Raise("//=");
    /// `a %= b`
    imod => crate::ops::imod | crate::ops::modulo, Some("__imod__"), "__mod__", "__rmod__", Declined::Raise("%=");
    /// `a **= b`
    ipow => crate::ops::ipow | crate::ops::pow, Some("__ipow__"), "__pow__", "__rpow__", Declined::Raise("**=");
    /// `a <<= b`
    ilshift => crate::ops::ilshift, Some("__ilshift__"), "__lshift__", "__rlshift__",
        Declined::Raise("<<=");
    /// `a >>= b`
    irshift => crate::ops::irshift, Some("__irshift__"), "__rshift__", "__rrshift__",
        Declined::Raise(">>=");
    /// `a &= b`
    iand => crate::ops::iand, Some("__iand__"), "__and__", "__rand__", Declined::Raise("&=");
    /// `a |= b`
    ior => crate::ops::ior, Some("__ior__"), "__or__", "__ror__", Declined::Raise("|=");
    /// `a ^= b`
    ixor => crate::ops::ixor, Some("__ixor__"), "__xor__", "__rxor__", Declined::Raise("^=");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_specialises_and_deoptimises_when_kinds_change() {
        let site = BinaryOpSite::new();
        let before = stats::counts(CacheKind::BinaryOp);
        for i in 0..3 {
            let r = site.add(Value::Int(i), Value::Int(1)).expect("int + int");
            assert!(matches!(r, Value::Int(n) if n == i + 1));
        }
        let r = site
            .add(Value::Float(0.5), Value::Float(0.25))
            .expect("float + float");
        assert!(matches!(r, Value::Float(f) if f == 0.75));
        let after = stats::counts(CacheKind::BinaryOp);
        assert_eq!(after.0 - before.0, 2, "hits");
        assert_eq!(after.1 - before.1, 2, "misses");
        assert_eq!(after.2 - before.2, 2, "specializations");
        assert_eq!(after.3 - before.3, 1, "deopts");
    }

    #[test]
    fn operands_by_reference_and_by_value_give_the_same_results() {
        let site = BinaryOpSite::new();
        let (text, two) = (Value::str("ab"), Value::Int(2));
        let list = Value::list(vec![Value::Int(1)]);
        let by_ref = site.mul(&text, &two).expect("str * int");
        let by_value = site
            .mul(Value::str("ab"), Value::Int(2))
            .expect("str * int");
        assert_eq!(crate::repr::repr(&by_ref).unwrap(), "'abab'");
        assert_eq!(crate::repr::repr(&by_value).unwrap(), "'abab'");
        // A shared operand passed by value keeps the other holder's reference.
        let sum = site.add(list.clone(), &list).expect("list + list");
        assert_eq!(crate::repr::repr(&sum).unwrap(), "[1, 1]");
        assert_eq!(crate::repr::repr(&list).unwrap(), "[1]");
        assert_eq!(crate::repr::repr(&text).unwrap(), "'ab'");
        assert!(matches!(two, Value::Int(2)));
    }
}
