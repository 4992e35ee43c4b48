//! Binary-operator sites specialised on the operand types they see.
//!
//! A site remembers the pair of operand kinds it last saw (int+int,
//! float*float, str+str, ...). While the kinds repeat, each execution counts as
//! a hit of that specialisation and runs the operator, whose inlined fast path
//! for those kinds comes first; when they change, the site deoptimises and
//! re-specialises on the new pair.

use std::cell::Cell;

use crate::error::PyResult;
use crate::stats::{self, CacheKind};
use crate::value::Value;

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

/// Two kinds packed into one compare: `left << 8 | right`; 0 when unspecialised.
#[inline(always)]
pub(crate) fn pair(a: &Value, b: &Value) -> u16 {
    (Kind::of(a) as u16) << 8 | Kind::of(b) as u16
}

/// Records that a site with state `state` saw `seen`, counting for `kind`.
#[inline(always)]
pub(crate) fn observe(state: &Cell<u16>, seen: u16, kind: CacheKind) {
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
}

impl Default for BinaryOpSite {
    fn default() -> Self {
        Self::new()
    }
}

macro_rules! operators {
    ($($(#[$doc:meta])* $name:ident => $op:path;)*) => {
        impl BinaryOpSite {
            $(
                $(#[$doc])*
                #[inline(always)]
                pub fn $name(&self, a: &Value, b: &Value) -> PyResult<Value> {
                    observe(&self.state, pair(a, b), CacheKind::BinaryOp);
                    $op(a, b)
                }
            )*
        }
    };
}

impl BinaryOpSite {
    /// An unspecialised site.
    pub const fn new() -> Self {
        BinaryOpSite {
            state: Cell::new(0),
        }
    }
}

operators! {
    /// `a + b`
    add => crate::ops::add;
    /// `a - b`
    sub => crate::ops::sub;
    /// `a * b`
    mul => crate::ops::mul;
    /// `a @ b`
    matmul => crate::ops::matmul;
    /// `a / b`
    truediv => crate::ops::truediv;
    /// `a // b`
    floordiv => crate::ops::floordiv;
    /// `a % b`
    modulo => crate::ops::modulo;
    /// `a ** b`
    pow => crate::ops::pow;
    /// `a << b`
    lshift => crate::ops::lshift;
    /// `a >> b`
    rshift => crate::ops::rshift;
    /// `a & b`
    bitand => crate::ops::bitand;
    /// `a | b`
    bitor => crate::ops::bitor;
    /// `a ^ b`
    bitxor => crate::ops::bitxor;
    /// `a += b`
    iadd => crate::ops::iadd;
    /// `a -= b`
    isub => crate::ops::isub;
    /// `a *= b`
    imul => crate::ops::imul;
    /// `a @= b`
    imatmul => crate::ops::imatmul;
    /// `a /= b`
    itruediv => crate::ops::itruediv;
    /// `a //= b`
    ifloordiv => crate::ops::ifloordiv;
    /// `a %= b`
    imod => crate::ops::imod;
    /// `a **= b`
    ipow => crate::ops::ipow;
    /// `a <<= b`
    ilshift => crate::ops::ilshift;
    /// `a >>= b`
    irshift => crate::ops::irshift;
    /// `a &= b`
    iand => crate::ops::iand;
    /// `a |= b`
    ior => crate::ops::ior;
    /// `a ^= b`
    ixor => crate::ops::ixor;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_specialises_and_deoptimises_when_kinds_change() {
        let site = BinaryOpSite::new();
        let before = stats::counts(CacheKind::BinaryOp);
        for i in 0..3 {
            let r = site.add(&Value::Int(i), &Value::Int(1)).expect("int + int");
            assert!(matches!(r, Value::Int(n) if n == i + 1));
        }
        let r = site
            .add(&Value::Float(0.5), &Value::Float(0.25))
            .expect("float + float");
        assert!(matches!(r, Value::Float(f) if f == 0.75));
        let after = stats::counts(CacheKind::BinaryOp);
        assert_eq!(after.0 - before.0, 2, "hits");
        assert_eq!(after.1 - before.1, 2, "misses");
        assert_eq!(after.2 - before.2, 2, "specializations");
        assert_eq!(after.3 - before.3, 1, "deopts");
    }
}
