//! The big int object behind `Value::BigInt`: a sign and a magnitude of
//! 64-bit limbs, with pyrt's own kernels for the operations that dominate
//! big-int programs (`+ - *`, division with a short quotient or divisor,
//! comparison, hashing), and a `num_bigint::BigInt` view, built on first use
//! and cached, for everything else (text conversion, bitwise operators,
//! `pow`, the math module). The view is what `Deref` gives, so code written
//! against num-bigint's API reads a big int unchanged.

use std::cell::OnceCell;
use std::cmp::Ordering;
use std::ops::Deref;
use std::rc::Rc;

use num_bigint::{BigInt, BigUint, Sign};

use super::limbs;
use crate::value::Value;

/// Shorter factors than this multiply by schoolbook here; longer ones go to
/// num-bigint's Karatsuba and Toom-3 (num-bigint switches at the same size).
const KARATSUBA_LIMBS: usize = 32;

/// Divisions whose quotient or divisor has at most this many limbs run
/// Knuth's algorithm D here (linear in the longer operand); larger ones go to
/// num-bigint's recursive division.
const SCHOOLBOOK_DIV_LIMBS: usize = 400;

/// An int outside the `i64` range.
pub struct Big {
    negative: bool,
    /// The magnitude, normalized, with more than 63 significant bits (or
    /// exactly `2**63` when negative would be `i64::MIN`, which never happens:
    /// such values are `Value::Int`).
    mag: Vec<u64>,
    /// The num-bigint view, built the first time something asks for it.
    num: OnceCell<BigInt>,
}

impl Big {
    /// Whether the value is below zero.
    #[inline]
    pub fn is_negative(&self) -> bool {
        self.negative
    }

    /// The magnitude's limbs, least significant first (the last is nonzero).
    #[inline]
    pub fn limbs(&self) -> &[u64] {
        &self.mag
    }

    /// The value as a num-bigint `BigInt`, converted once and cached.
    pub fn num(&self) -> &BigInt {
        self.num.get_or_init(|| to_num(self.negative, &self.mag))
    }

    /// A fresh num-bigint copy of the value (nothing cached).
    pub fn to_num(&self) -> BigInt {
        match self.num.get() {
            Some(n) => n.clone(),
            None => to_num(self.negative, &self.mag),
        }
    }

    /// The operand view of this value.
    #[inline]
    pub(crate) fn view(&self) -> IntRef<'_> {
        IntRef {
            negative: self.negative,
            mag: Mag::Limbs(&self.mag),
        }
    }
}

impl Deref for Big {
    type Target = BigInt;

    fn deref(&self) -> &BigInt {
        self.num()
    }
}

impl PartialEq for Big {
    fn eq(&self, other: &Big) -> bool {
        self.negative == other.negative && self.mag == other.mag
    }
}

impl Eq for Big {}

impl PartialOrd for Big {
    fn partial_cmp(&self, other: &Big) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Big {
    fn cmp(&self, other: &Big) -> Ordering {
        cmp(self.view(), other.view())
    }
}

impl std::fmt::Debug for Big {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.num(), f)
    }
}

/// The num-bigint value of a sign and magnitude.
fn to_num(negative: bool, mag: &[u64]) -> BigInt {
    let sign = if mag.is_empty() {
        Sign::NoSign
    } else if negative {
        Sign::Minus
    } else {
        Sign::Plus
    };
    BigInt::from_biguint(sign, to_biguint(mag))
}

/// The num-bigint magnitude of a slice of limbs.
fn to_biguint(mag: &[u64]) -> BigUint {
    let mut words = Vec::with_capacity(mag.len() * 2);
    for &limb in mag {
        words.push(limb as u32);
        words.push((limb >> 32) as u32);
    }
    BigUint::new(words)
}

/// The int value of a num-bigint integer (`Value::Int` when it fits).
pub fn value_from_num(b: BigInt) -> Value {
    let (sign, mag) = b.to_u64_digits();
    value_from(sign == Sign::Minus, mag)
}

/// The int value of a sign and a magnitude (normalized here): `Value::Int`
/// when it fits in `i64`, else a new big int.
pub(crate) fn value_from(negative: bool, mut mag: Vec<u64>) -> Value {
    limbs::normalize(&mut mag);
    match *mag {
        [] => return Value::Int(0),
        [x] if !negative && x <= i64::MAX as u64 => return Value::Int(x as i64),
        [x] if negative && x <= 1 << 63 => return Value::Int((x as i64).wrapping_neg()),
        _ => {}
    }
    Value::BigInt(Rc::new(Big {
        negative,
        mag,
        num: OnceCell::new(),
    }))
}

/// A magnitude: one inline limb (a small int) or a big int's limbs.
#[derive(Clone, Copy)]
enum Mag<'a> {
    Small(u64),
    Limbs(&'a [u64]),
}

/// An int operand (small or big) seen as a sign and a magnitude.
#[derive(Clone, Copy)]
pub(crate) struct IntRef<'a> {
    negative: bool,
    mag: Mag<'a>,
}

impl<'a> IntRef<'a> {
    /// A small int.
    #[inline]
    pub(crate) fn small(i: i64) -> IntRef<'static> {
        IntRef {
            negative: i < 0,
            mag: Mag::Small(i.unsigned_abs()),
        }
    }

    /// The view of an int value (bool, int, big int); `None` for anything else.
    #[inline]
    pub(crate) fn of(v: &'a Value) -> Option<IntRef<'a>> {
        match v {
            Value::Int(i) => Some(IntRef::small(*i)),
            Value::BigInt(b) => Some(b.view()),
            Value::Bool(b) => Some(IntRef::small(i64::from(*b))),
            _ => None,
        }
    }

    /// The magnitude's limbs.
    #[inline]
    fn mag(&self) -> &[u64] {
        match &self.mag {
            Mag::Small(0) => &[],
            Mag::Small(x) => std::slice::from_ref(x),
            Mag::Limbs(l) => l,
        }
    }

    #[inline]
    fn is_zero(&self) -> bool {
        self.mag().is_empty()
    }

    /// `-self`
    #[inline]
    fn negated(self) -> IntRef<'a> {
        IntRef {
            negative: !self.negative,
            ..self
        }
    }

    /// The value as a num-bigint integer.
    fn to_num(self) -> BigInt {
        to_num(self.negative, self.mag())
    }
}

/// `a <=> b`
pub(crate) fn cmp(a: IntRef<'_>, b: IntRef<'_>) -> Ordering {
    let (a_neg, b_neg) = (a.negative && !a.is_zero(), b.negative && !b.is_zero());
    match (a_neg, b_neg) {
        (false, false) => limbs::cmp(a.mag(), b.mag()),
        (true, true) => limbs::cmp(b.mag(), a.mag()),
        (false, true) => Ordering::Greater,
        (true, false) => Ordering::Less,
    }
}

/// `a + b`
pub(crate) fn add(a: IntRef<'_>, b: IntRef<'_>) -> Value {
    let (x, y) = (a.mag(), b.mag());
    if a.negative == b.negative {
        return value_from(a.negative, limbs::add(x, y));
    }
    match limbs::cmp(x, y) {
        Ordering::Equal => Value::Int(0),
        Ordering::Greater => value_from(a.negative, limbs::sub(x, y)),
        Ordering::Less => value_from(b.negative, limbs::sub(y, x)),
    }
}

/// `a - b`
pub(crate) fn sub(a: IntRef<'_>, b: IntRef<'_>) -> Value {
    add(a, b.negated())
}

/// `a * b`
pub(crate) fn mul(a: IntRef<'_>, b: IntRef<'_>) -> Value {
    value_from(a.negative != b.negative, mul_mag(a.mag(), b.mag()))
}

/// `|a| * |b|`
fn mul_mag(a: &[u64], b: &[u64]) -> Vec<u64> {
    if a.len().min(b.len()) < KARATSUBA_LIMBS {
        limbs::mul_schoolbook(a, b)
    } else {
        (to_biguint(a) * to_biguint(b)).to_u64_digits()
    }
}

/// `(|a| // |b|, |a| % |b|)` for a nonzero `b`.
fn divrem_mag(a: &[u64], b: &[u64]) -> (Vec<u64>, Vec<u64>) {
    let quotient_len = (a.len() + 1).saturating_sub(b.len());
    if quotient_len.min(b.len()) <= SCHOOLBOOK_DIV_LIMBS {
        limbs::divrem(a, b)
    } else {
        let (q, r) = num_integer::Integer::div_rem(&to_biguint(a), &to_biguint(b));
        (q.to_u64_digits(), r.to_u64_digits())
    }
}

/// Floor division and modulo: `(a // b, a % b)` with the remainder taking
/// the divisor's sign; `None` for a zero divisor.
pub(crate) fn divmod_floor(a: IntRef<'_>, b: IntRef<'_>) -> Option<(Value, Value)> {
    if b.is_zero() {
        return None;
    }
    let (mut q, mut r) = divrem_mag(a.mag(), b.mag());
    let signs_differ = a.negative != b.negative && !a.is_zero();
    if signs_differ && !r.is_empty() {
        // Truncation rounded toward zero: step the quotient down by one
        // (up in magnitude) and take the remainder from the other side.
        q = limbs::add(&q, &[1]);
        r = limbs::sub(b.mag(), &r);
    }
    Some((value_from(signs_differ, q), value_from(b.negative, r)))
}

/// `a // b`; `None` for a zero divisor.
pub(crate) fn floordiv(a: IntRef<'_>, b: IntRef<'_>) -> Option<Value> {
    divmod_floor(a, b).map(|(q, _)| q)
}

/// `a % b` (the sign of `b`); `None` for a zero divisor.
pub(crate) fn modulo(a: IntRef<'_>, b: IntRef<'_>) -> Option<Value> {
    divmod_floor(a, b).map(|(_, r)| r)
}

/// `-a`
pub(crate) fn neg(a: &Big) -> Value {
    value_from(!a.negative, a.mag.clone())
}

/// `abs(a)`
pub(crate) fn abs(a: &Big) -> Value {
    value_from(false, a.mag.clone())
}

/// The value of an int operand as num-bigint (for the callers that still
/// compute on num-bigint).
pub(crate) fn to_num_of(a: IntRef<'_>) -> BigInt {
    a.to_num()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn val(s: &str) -> Value {
        value_from_num(s.parse().unwrap())
    }

    fn text(v: &Value) -> String {
        match v {
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => b.to_string(),
            _ => panic!("not an int"),
        }
    }

    fn r(v: &Value) -> IntRef<'_> {
        IntRef::of(v).unwrap()
    }

    #[test]
    fn signed_arithmetic_matches_num_bigint() {
        let samples = [
            "0",
            "1",
            "-1",
            "7",
            "-7",
            "9223372036854775807",
            "-9223372036854775808",
            "9223372036854775808",
            "-9223372036854775809",
            "18446744073709551616",
            "-18446744073709551615",
            "340282366920938463463374607431768211457",
            "-123456789012345678901234567890123456789012345678901234567890",
            "98765432109876543210987654321098765432109876543210",
        ];
        for a in samples {
            for b in samples {
                let (x, y): (BigInt, BigInt) = (a.parse().unwrap(), b.parse().unwrap());
                let (va, vb) = (val(a), val(b));
                assert_eq!(text(&add(r(&va), r(&vb))), (&x + &y).to_string());
                assert_eq!(text(&sub(r(&va), r(&vb))), (&x - &y).to_string());
                assert_eq!(text(&mul(r(&va), r(&vb))), (&x * &y).to_string());
                assert_eq!(cmp(r(&va), r(&vb)), x.cmp(&y), "{a} <=> {b}");
                if y != BigInt::from(0) {
                    let (q, m) = divmod_floor(r(&va), r(&vb)).unwrap();
                    let (eq, em) = num_integer::Integer::div_mod_floor(&x, &y);
                    assert_eq!((text(&q), text(&m)), (eq.to_string(), em.to_string()));
                } else {
                    assert!(divmod_floor(r(&va), r(&vb)).is_none());
                }
            }
        }
    }

    #[test]
    fn results_demote_to_small_ints() {
        let big = val("9223372036854775808");
        assert!(matches!(big, Value::BigInt(_)));
        let one = Value::Int(1);
        assert!(matches!(sub(r(&big), r(&one)), Value::Int(i64::MAX)));
        let min = sub(r(&Value::Int(0)), r(&big));
        assert!(matches!(min, Value::Int(i64::MIN)));
        assert!(matches!(val("-9223372036854775808"), Value::Int(i64::MIN)));
    }

    #[test]
    fn long_operands_take_the_delegated_paths() {
        let a: BigInt = format!("{}1", "987654321".repeat(2000)).parse().unwrap();
        let b: BigInt = format!("-{}7", "123456789".repeat(1200)).parse().unwrap();
        let (va, vb) = (value_from_num(a.clone()), value_from_num(b.clone()));
        assert_eq!(text(&mul(r(&va), r(&vb))), (&a * &b).to_string());
        let sq = mul(r(&va), r(&va));
        let (q, m) = divmod_floor(r(&sq), r(&vb)).unwrap();
        let (eq, em) = num_integer::Integer::div_mod_floor(&(&a * &a), &b);
        assert_eq!(text(&q), eq.to_string());
        assert_eq!(text(&m), em.to_string());
    }
}
