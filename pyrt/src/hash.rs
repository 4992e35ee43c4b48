//! `hash()` with CPython 3.11's values for numbers and tuples.
//!
//! Numbers hash to their value modulo the Mersenne prime 2**61 - 1 (with the
//! sign), so that equal ints, floats and bools hash alike. Tuples use
//! CPython's xxHash-based combination. Str hashes are fixed (CPython
//! randomises them) and cached in the str. Mutable containers are unhashable;
//! functions and other objects hash by identity. No hash is ever -1.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};

use crate::dict::ViewKind;
use crate::error::{raise, PyResult};
use crate::range::PyRange;
use crate::value::Value;

/// The modulus of numeric hashes: the Mersenne prime 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;
/// Bits in [`MODULUS`].
const MODULUS_BITS: u32 = 61;
/// `hash(float('inf'))`
pub const INF_HASH: i64 = 314_159;
/// `hash(None)`: CPython uses the object's address; any constant will do.
pub const NONE_HASH: i64 = 0x00FC_FCFC_FCFC_FCFC;
/// `hash(float('nan'))`: CPython hashes NaNs by identity; pyrc uses a constant.
pub const NAN_HASH: i64 = 0;

/// `hash(v)`
#[inline]
pub fn hash(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(hash_i64(*i)),
        Value::Str(s) => Ok(s.cached_hash(hash_str)),
        _ => hash_slow(v),
    }
}

/// `hash(v)` for everything but small ints and strs.
#[inline(never)]
fn hash_slow(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(hash_i64(*i)),
        Value::Str(s) => Ok(s.cached_hash(hash_str)),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::Float(f) => Ok(hash_f64(*f)),
        Value::BigInt(b) => Ok(hash_bigint(b)),
        Value::Tuple(t) => hash_tuple(&t.items),
        Value::None => Ok(NONE_HASH),
        Value::Range(r) => hash_range(r),
        Value::Type(t) => Ok(not_minus_one(0x7A3B_0000_0000 + *t as i64)),
        Value::Function(f) => Ok(pointer_hash(Rc::as_ptr(f) as *const ())),
        Value::Builtin(b) => Ok(pointer_hash(*b as *const _ as *const ())),
        Value::Iter(it) => Ok(pointer_hash(Rc::as_ptr(it) as *const ())),
        Value::Method(m) => Ok(not_minus_one(
            identity_hash(&m.receiver) ^ hash_str(m.name).rotate_left(17),
        )),
        Value::DictView(view) if view.kind == ViewKind::Values => {
            Ok(pointer_hash(Rc::as_ptr(view) as *const ()))
        }
        Value::Bytes(b) => Ok(not_minus_one(hash_bytes(&b.data))),
        Value::Namespace(_) | Value::InstanceDict(_) => {
            Err(raise::type_error("unhashable type: 'dict'"))
        }
        Value::FrozenSet(s) => Ok(crate::set::frozen_hash(s)),
        Value::Module(m) => Ok(pointer_hash(*m as *const _ as *const ())),
        Value::Native(n) if !n.hashable() => Err(raise::type_error(format!(
            "unhashable type: '{}'",
            v.type_name()
        ))),
        Value::Native(n) => Ok(pointer_hash(Rc::as_ptr(n) as *const ())),
        // Equal methods (same `__self__`, equal `__func__`) hash alike.
        Value::PyMethod(m) => Ok(not_minus_one(
            identity_hash(&m.receiver) ^ hash(&m.func)?.rotate_left(17),
        )),
        Value::Instance(_)
        | Value::Class(_)
        | Value::Property(_)
        | Value::ClassMethod(_)
        | Value::StaticMethod(_)
        | Value::NotImplemented
        | Value::Super(_)
        | Value::Generator(_) => crate::object::hash(v),
        Value::List(_) | Value::Dict(_) | Value::DictView(_) | Value::Set(_) => Err(
            raise::type_error(format!("unhashable type: '{}'", v.type_name())),
        ),
    }
}

/// Maps the reserved hash -1 to -2, as CPython does.
#[inline]
fn not_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(i)` for an `i64`: `i` modulo 2**61 - 1 with the sign of `i`.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    not_minus_one(if i < 0 { -m } else { m })
}

/// `hash(b)` for a big int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    let mut acc: u64 = 0;
    for digit in b.iter_u64_digits().rev() {
        acc = ((((acc as u128) << 64) | digit as u128) % MODULUS as u128) as u64;
    }
    let m = acc as i64;
    not_minus_one(if b.sign() == Sign::Minus { -m } else { m })
}

/// `x * 2**k` modulo 2**61 - 1, for `x < 2**61` and `k < 61`: a 61-bit rotation.
fn rotate_61(x: u64, k: u32) -> u64 {
    if k == 0 {
        x
    } else {
        ((x << k) & MODULUS) | (x >> (MODULUS_BITS - k))
    }
}

/// `hash(f)`: for a finite float, its exact rational value modulo 2**61 - 1
/// (so an integral float hashes like the int); ±314159 for infinities.
pub fn hash_f64(f: f64) -> i64 {
    if f.is_nan() {
        return NAN_HASH;
    }
    if f.is_infinite() {
        return if f > 0.0 { INF_HASH } else { -INF_HASH };
    }
    if f == 0.0 {
        return 0;
    }
    // |f| = mantissa * 2**exp with an integer mantissa below 2**53.
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // 2**61 = 1 (mod 2**61 - 1), so the power of two reduces modulo 61.
    let k = exp.rem_euclid(MODULUS_BITS as i32) as u32;
    let m = rotate_61(mantissa % MODULUS, k) as i64;
    not_minus_one(if f < 0.0 { -m } else { m })
}

/// The hash of str text (never -1): the bytes' hash, so that an ASCII str
/// and the equal bytes hash alike, as in CPython.
pub fn hash_str(s: &str) -> i64 {
    not_minus_one(hash_bytes(s.as_bytes()))
}

/// xxHash primes used by CPython's tuple hash.
const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// `hash(t)` for a tuple: CPython 3.11's xxHash-style combination of the item hashes.
pub fn hash_tuple(items: &[Value]) -> PyResult<i64> {
    let mut acc = XXPRIME_5;
    for item in items {
        let lane = hash(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return Ok(1_546_275_796);
    }
    Ok(acc as i64)
}

/// `hash(range)`: the hash of `(len, start, step)`, with `None` for the parts
/// that do not affect equality (as CPython does).
fn hash_range(r: &PyRange) -> PyResult<i64> {
    let len = r.len();
    let items = [
        Value::Int(len as i64),
        if len == 0 {
            Value::None
        } else {
            Value::Int(r.start)
        },
        if len <= 1 {
            Value::None
        } else {
            Value::Int(r.step)
        },
    ];
    hash_tuple(&items)
}

/// CPython's pointer hash: the address rotated right by 4 bits.
fn pointer_hash(p: *const ()) -> i64 {
    not_minus_one((p as usize as u64).rotate_right(4) as i64)
}

/// A hash consistent with identity (`is`): the address of a heap object,
/// or the value's own hash for values stored inline.
fn identity_hash(v: &Value) -> i64 {
    match v {
        Value::Str(x) => pointer_hash(Rc::as_ptr(x) as *const ()),
        Value::List(x) => pointer_hash(Rc::as_ptr(x) as *const ()),
        Value::Tuple(x) => pointer_hash(Rc::as_ptr(x) as *const ()),
        Value::Dict(x) => pointer_hash(Rc::as_ptr(x) as *const ()),
        Value::DictView(x) => pointer_hash(Rc::as_ptr(x) as *const ()),
        Value::Range(x) => pointer_hash(Rc::as_ptr(x) as *const ()),
        Value::BigInt(x) => pointer_hash(Rc::as_ptr(x) as *const ()),
        Value::Set(x) | Value::FrozenSet(x) => pointer_hash(Rc::as_ptr(x) as *const ()),
        other => hash(other).unwrap_or(0),
    }
}

/// The hash of a byte string: rustc-hash's word-at-a-time hash (CPython
/// randomizes str and bytes hashes per process, so no program can depend on
/// the values; only their quality and speed matter).
#[inline]
fn hash_bytes(data: &[u8]) -> i64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    hasher.write(data);
    hasher.finish() as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::Pow;

    fn big(base: i64, exp: u32) -> BigInt {
        Pow::pow(BigInt::from(base), exp)
    }

    #[test]
    fn ints() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(-2), -2);
        assert_eq!(hash_i64(0), 0);
        assert_eq!(hash_i64(12345), 12345);
        assert_eq!(hash_i64((1 << 61) - 1), 0);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_i64(-(1 << 61)), -2);
        assert_eq!(hash_i64(i64::MIN), -4);
        assert_eq!(hash_i64(i64::MAX), 3);
        assert_eq!(hash(&Value::Bool(true)).unwrap(), 1);
        assert_eq!(hash_bigint(&big(2, 100)), 549755813888);
        assert_eq!(hash_bigint(&-big(2, 100)), -549755813888);
        assert_eq!(hash_bigint(&big(10, 30)), 465258685558744706);
        assert_eq!(hash(&Value::from_bigint(big(2, 63))).unwrap(), 4);
    }

    #[test]
    fn floats() {
        assert_eq!(hash_f64(1.5), 1152921504606846977);
        assert_eq!(hash_f64(-1.5), -1152921504606846977);
        assert_eq!(hash_f64(1e300), 1224995262755759164);
        assert_eq!(hash_f64(1e-300), 482449582752280463);
        assert_eq!(hash_f64(f64::INFINITY), 314159);
        assert_eq!(hash_f64(f64::NEG_INFINITY), -314159);
        assert_eq!(hash_f64(0.1), 230584300921369408);
        assert_eq!(hash_f64(5e-324), 16777216);
        assert_eq!(hash_f64(-2.0), -2);
        assert_eq!(hash_f64(-1.0), -2);
        assert_eq!(hash_f64(-0.0), 0);
        assert_eq!(hash_f64(2f64.powi(61)), 1);
        assert_eq!(hash_f64(1e20), 848750603811160107);
    }

    #[test]
    fn tuples() {
        let t = |items: Vec<Value>| hash(&Value::tuple(items)).unwrap();
        assert_eq!(t(vec![Value::Int(1), Value::Int(2)]), -3550055125485641917);
        assert_eq!(t(vec![]), 5740354900026072187);
        assert_eq!(t(vec![Value::Int(1)]), -6644214454873602895);
        assert_eq!(t(vec![Value::Int(-1)]), 8078679518589016365);
        let inner = Value::tuple_of([Value::Int(1), Value::Int(2)]);
        assert_eq!(
            t(vec![inner, Value::Float(3.5), Value::Bool(true)]),
            -8097959711442384515
        );
    }

    #[test]
    fn unhashable_and_identity() {
        let err = hash(&Value::list(vec![])).unwrap_err();
        assert_eq!(err.kind(), crate::ExcKind::TypeError);
        assert!(matches!(err.args(), [Value::Str(s)] if s.as_str() == "unhashable type: 'list'"));
        let err = hash(&Value::tuple_of([Value::Int(1), Value::list(vec![])])).unwrap_err();
        assert_eq!(err.kind(), crate::ExcKind::TypeError);
        assert_eq!(hash(&Value::None).unwrap(), hash(&Value::None).unwrap());
        let s = Value::str("abc");
        assert_eq!(hash(&s).unwrap(), hash(&Value::str("abc")).unwrap());
        assert_ne!(hash(&s).unwrap(), hash(&Value::str("abd")).unwrap());
    }
}
