//! The storage of an `array.array`: a typecode ([`Code`]) and the items in a
//! vector of the matching machine type ([`Items`]), with CPython's
//! conversions of Python values into items (range checks and their exact
//! messages) and back.
//!
//! A value is converted into a [`Scalar`] before the array is borrowed (the
//! conversion may call `__index__` or `__float__`), then stored with a plain
//! cast: the range check has already made it exact.

use crate::error::{raise, PyErr, PyResult};
use crate::subscript::SliceIndices;
use crate::value::Value;

/// The typecodes, in the order of `array.typecodes`.
pub(super) const TYPECODES: &str = "bBuhHiIlLqQfd";

/// A typecode: the C type of the items.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Code {
    /// `b`: signed char.
    SignedChar,
    /// `B`: unsigned char.
    UnsignedChar,
    /// `u`: wchar_t (4 bytes, as on Linux).
    WideChar,
    /// `h`: signed short.
    Short,
    /// `H`: unsigned short.
    UnsignedShort,
    /// `i`: signed int.
    Int,
    /// `I`: unsigned int.
    UnsignedInt,
    /// `l`: signed long (8 bytes, as on 64-bit Linux).
    Long,
    /// `L`: unsigned long.
    UnsignedLong,
    /// `q`: signed long long.
    LongLong,
    /// `Q`: unsigned long long.
    UnsignedLongLong,
    /// `f`: float.
    Float,
    /// `d`: double.
    Double,
}

/// An item converted from a Python value, ready to be stored.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Scalar {
    /// An integer already checked against the typecode's range.
    Int(i128),
    /// A float (stored as `f32` for `f`).
    Float(f64),
    /// A code point (for `u`).
    Char(u32),
}

impl Code {
    const ALL: [Code; 13] = [
        Code::SignedChar,
        Code::UnsignedChar,
        Code::WideChar,
        Code::Short,
        Code::UnsignedShort,
        Code::Int,
        Code::UnsignedInt,
        Code::Long,
        Code::UnsignedLong,
        Code::LongLong,
        Code::UnsignedLongLong,
        Code::Float,
        Code::Double,
    ];

    /// The typecode spelled `c`, if there is one.
    pub(super) fn from_char(c: char) -> Option<Code> {
        TYPECODES.chars().position(|x| x == c).map(|i| Code::ALL[i])
    }

    /// The typecode's character.
    pub(super) fn char(self) -> char {
        char::from(TYPECODES.as_bytes()[self as usize])
    }

    /// `itemsize`: bytes per item.
    pub(super) fn itemsize(self) -> usize {
        self.empty().itemsize()
    }

    /// An empty vector of the typecode's items.
    pub(super) fn empty(self) -> Items {
        match self {
            Code::SignedChar => Items::I8(Vec::new()),
            Code::UnsignedChar => Items::U8(Vec::new()),
            Code::WideChar => Items::Wide(Vec::new()),
            Code::Short => Items::I16(Vec::new()),
            Code::UnsignedShort => Items::U16(Vec::new()),
            Code::Int => Items::I32(Vec::new()),
            Code::UnsignedInt => Items::U32(Vec::new()),
            Code::Long | Code::LongLong => Items::I64(Vec::new()),
            Code::UnsignedLong | Code::UnsignedLongLong => Items::U64(Vec::new()),
            Code::Float => Items::F32(Vec::new()),
            Code::Double => Items::F64(Vec::new()),
        }
    }

    /// `v` as an item of this typecode, with CPython's errors.
    pub(super) fn scalar(self, v: &Value) -> PyResult<Scalar> {
        match self {
            Code::Float | Code::Double => crate::stdlib::math::as_double(v).map(Scalar::Float),
            Code::WideChar => match crate::builtin_base::view(v) {
                Value::Str(s) if s.char_len() == 1 => {
                    Ok(Scalar::Char(s.as_str().chars().next().map_or(0, u32::from)))
                }
                _ => Err(raise::type_error("array item must be unicode character")),
            },
            _ => {
                let int = crate::builtins::args::index_value(v)?;
                self.check_int(clamped(&int)).map(Scalar::Int)
            }
        }
    }

    /// Checks an integer against the typecode's range as CPython's item
    /// setter does: first the C conversion it goes through (`long`,
    /// `unsigned long`, `long long`, ...), then the narrower type.
    fn check_int(self, x: i128) -> PyResult<i128> {
        let long = i128::from(i64::MIN)..=i128::from(i64::MAX);
        let ulong_max = i128::from(u64::MAX);
        let narrow = |name: &str, min: i128, max: i128| -> PyResult<i128> {
            if !long.contains(&x) {
                return Err(overflow("Python int too large to convert to C long"));
            }
            if x < min {
                return Err(overflow(&format!("{name} is less than minimum")));
            }
            if x > max {
                return Err(overflow(&format!("{name} is greater than maximum")));
            }
            Ok(x)
        };
        let unsigned_long = |max: i128| -> PyResult<i128> {
            if x < 0 {
                return Err(overflow("can't convert negative value to unsigned int"));
            }
            if x > ulong_max {
                return Err(overflow(
                    "Python int too large to convert to C unsigned long",
                ));
            }
            if x > max {
                return Err(overflow("unsigned int is greater than maximum"));
            }
            Ok(x)
        };
        match self {
            Code::SignedChar => narrow("signed char", i8::MIN.into(), i8::MAX.into()),
            Code::UnsignedChar => narrow("unsigned byte integer", 0, u8::MAX.into()),
            Code::Short => narrow("signed short integer", i16::MIN.into(), i16::MAX.into()),
            Code::UnsignedShort => narrow("unsigned short", 0, u16::MAX.into()),
            Code::Int => narrow("signed integer", i32::MIN.into(), i32::MAX.into()),
            Code::Long => narrow("signed long", i64::MIN.into(), i64::MAX.into()),
            Code::UnsignedInt => unsigned_long(u32::MAX.into()),
            Code::UnsignedLong => unsigned_long(ulong_max),
            Code::LongLong if long.contains(&x) => Ok(x),
            Code::LongLong => Err(overflow("int too big to convert")),
            Code::UnsignedLongLong if x < 0 => {
                Err(overflow("can't convert negative int to unsigned"))
            }
            Code::UnsignedLongLong if x > ulong_max => Err(overflow("int too big to convert")),
            Code::UnsignedLongLong => Ok(x),
            Code::Float | Code::Double | Code::WideChar => {
                unreachable!("not an integer typecode")
            }
        }
    }
}

/// An int value as `i128`; ints beyond that range clamp to its ends (every
/// typecode's limits lie far inside it, so the checks decide the same).
fn clamped(int: &Value) -> i128 {
    match int {
        Value::Int(i) => i128::from(*i),
        other => match crate::int::to_bigint(other) {
            Some(b) => i128::try_from(&b).unwrap_or(if crate::int::is_negative(other) {
                i128::MIN
            } else {
                i128::MAX
            }),
            None => 0,
        },
    }
}

#[cold]
fn overflow(message: &str) -> PyErr {
    raise::overflow(message)
}

/// A machine type items are stored as.
pub(super) trait Elem: Copy + PartialOrd + 'static {
    /// Stores a checked scalar.
    fn from_scalar(s: Scalar) -> Self;
    /// Appends the item's bytes in native order.
    fn write(self, out: &mut Vec<u8>);
    /// The item in `bytes` (exactly its size) in native order.
    fn read(bytes: &[u8]) -> Self;
    /// The item with its bytes reversed.
    fn swapped(self) -> Self;
}

macro_rules! int_elem {
    ($($t:ty),*) => {$(
        impl Elem for $t {
            fn from_scalar(s: Scalar) -> Self {
                match s {
                    Scalar::Int(i) => i as $t,
                    Scalar::Char(c) => c as $t,
                    Scalar::Float(f) => f as $t,
                }
            }
            fn write(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_ne_bytes());
            }
            fn read(bytes: &[u8]) -> Self {
                <$t>::from_ne_bytes(bytes.try_into().expect("one item's bytes"))
            }
            fn swapped(self) -> Self {
                self.swap_bytes()
            }
        }
    )*};
}

int_elem!(i8, u8, i16, u16, i32, u32, i64, u64);

macro_rules! float_elem {
    ($($t:ty),*) => {$(
        impl Elem for $t {
            fn from_scalar(s: Scalar) -> Self {
                match s {
                    Scalar::Float(f) => f as $t,
                    Scalar::Int(i) => i as $t,
                    Scalar::Char(c) => c as $t,
                }
            }
            fn write(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_ne_bytes());
            }
            fn read(bytes: &[u8]) -> Self {
                <$t>::from_ne_bytes(bytes.try_into().expect("one item's bytes"))
            }
            fn swapped(self) -> Self {
                <$t>::from_bits(self.to_bits().swap_bytes())
            }
        }
    )*};
}

float_elem!(f32, f64);

/// The items of an array, in the machine type of its typecode (`l`/`q` and
/// `L`/`Q` share one; `u` stores code points as `u32`).
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Items {
    /// `b`
    I8(Vec<i8>),
    /// `B`
    U8(Vec<u8>),
    /// `h`
    I16(Vec<i16>),
    /// `H`
    U16(Vec<u16>),
    /// `i`
    I32(Vec<i32>),
    /// `I`
    U32(Vec<u32>),
    /// `l` and `q`
    I64(Vec<i64>),
    /// `L` and `Q`
    U64(Vec<u64>),
    /// `f`
    F32(Vec<f32>),
    /// `d`
    F64(Vec<f64>),
    /// `u`: code points, which may be invalid after `frombytes`/`byteswap`.
    Wide(Vec<u32>),
}

/// Runs `$body` with `$v` bound to the vector, whatever its element type.
macro_rules! each {
    ($items:expr, $v:ident => $body:expr) => {
        match $items {
            Items::I8($v) => $body,
            Items::U8($v) => $body,
            Items::I16($v) => $body,
            Items::U16($v) => $body,
            Items::I32($v) => $body,
            Items::U32($v) => $body,
            Items::I64($v) => $body,
            Items::U64($v) => $body,
            Items::F32($v) => $body,
            Items::F64($v) => $body,
            Items::Wide($v) => $body,
        }
    };
}

/// Runs `$body` with `$x` and `$y` bound to two vectors of the same
/// variant; `$other` when the variants differ.
macro_rules! each_pair {
    ($a:expr, $b:expr, $x:ident, $y:ident => $body:expr, _ => $other:expr) => {
        match ($a, $b) {
            (Items::I8($x), Items::I8($y)) => $body,
            (Items::U8($x), Items::U8($y)) => $body,
            (Items::I16($x), Items::I16($y)) => $body,
            (Items::U16($x), Items::U16($y)) => $body,
            (Items::I32($x), Items::I32($y)) => $body,
            (Items::U32($x), Items::U32($y)) => $body,
            (Items::I64($x), Items::I64($y)) => $body,
            (Items::U64($x), Items::U64($y)) => $body,
            (Items::F32($x), Items::F32($y)) => $body,
            (Items::F64($x), Items::F64($y)) => $body,
            (Items::Wide($x), Items::Wide($y)) => $body,
            _ => $other,
        }
    };
}

impl Items {
    /// The number of items.
    pub(super) fn len(&self) -> usize {
        each!(self, v => v.len())
    }

    /// Bytes per item.
    pub(super) fn itemsize(&self) -> usize {
        fn size<T>(_: &[T]) -> usize {
            std::mem::size_of::<T>()
        }
        each!(self, v => size(v))
    }

    /// Item `i` (in range) as a Python value.
    pub(super) fn get(&self, i: usize) -> PyResult<Value> {
        Ok(match self {
            Items::I8(v) => Value::Int(v[i].into()),
            Items::U8(v) => Value::Int(v[i].into()),
            Items::I16(v) => Value::Int(v[i].into()),
            Items::U16(v) => Value::Int(v[i].into()),
            Items::I32(v) => Value::Int(v[i].into()),
            Items::U32(v) => Value::Int(v[i].into()),
            Items::I64(v) => Value::Int(v[i]),
            Items::U64(v) => match i64::try_from(v[i]) {
                Ok(x) => Value::Int(x),
                Err(_) => Value::from_bigint(v[i].into()),
            },
            Items::F32(v) => Value::Float(v[i].into()),
            Items::F64(v) => Value::Float(v[i]),
            Items::Wide(v) => wide_char(v[i])?,
        })
    }

    /// Every item as a Python value (`tolist()`).
    pub(super) fn to_values(&self) -> PyResult<Vec<Value>> {
        (0..self.len()).map(|i| self.get(i)).collect()
    }

    /// Appends a checked scalar.
    pub(super) fn push(&mut self, s: Scalar) {
        each!(self, v => v.push(Elem::from_scalar(s)))
    }

    /// Inserts a checked scalar before index `i` (at most the length).
    pub(super) fn insert(&mut self, i: usize, s: Scalar) {
        each!(self, v => v.insert(i, Elem::from_scalar(s)))
    }

    /// Replaces item `i` (in range) by a checked scalar.
    pub(super) fn set(&mut self, i: usize, s: Scalar) {
        each!(self, v => v[i] = Elem::from_scalar(s))
    }

    /// Removes item `i` (in range).
    pub(super) fn remove(&mut self, i: usize) {
        each!(self, v => { v.remove(i); })
    }

    /// The items a resolved slice selects.
    pub(super) fn select(&self, ix: &SliceIndices) -> Items {
        let mut out = self.clone();
        each!(&mut out, v => {
            let picked = (0..ix.len).map(|k| v[ix.index(k)]).collect();
            *v = picked;
        });
        out
    }

    /// Appends the items of `other`, which must be of the same variant
    /// (same typecode); `false` (nothing done) otherwise.
    pub(super) fn extend(&mut self, other: &Items) -> bool {
        each_pair!(self, other, x, y => { x.extend_from_slice(y); true }, _ => false)
    }

    /// Replaces the items `start..stop` by `other` (same variant).
    pub(super) fn splice(&mut self, start: usize, stop: usize, other: &Items) -> bool {
        each_pair!(self, other, x, y => {
            x.splice(start..stop, y.iter().copied());
            true
        }, _ => false)
    }

    /// Stores `other` (same variant, `ix.len` items) at the indices of a
    /// resolved slice.
    pub(super) fn assign(&mut self, ix: &SliceIndices, other: &Items) -> bool {
        each_pair!(self, other, x, y => {
            for (k, item) in y.iter().enumerate() {
                x[ix.index(k)] = *item;
            }
            true
        }, _ => false)
    }

    /// Removes the items at the indices of a resolved slice.
    pub(super) fn delete(&mut self, ix: &SliceIndices) {
        if ix.len == 0 {
            return;
        }
        let mut doomed = vec![false; self.len()];
        for k in 0..ix.len {
            doomed[ix.index(k)] = true;
        }
        each!(self, v => {
            let mut i = 0;
            v.retain(|_| {
                i += 1;
                !doomed[i - 1]
            });
        })
    }

    /// The items repeated `n` times.
    pub(super) fn repeat(&self, n: usize) -> Items {
        let mut out = self.clone();
        each!(&mut out, v => *v = v.repeat(n));
        out
    }

    /// `reverse()`
    pub(super) fn reverse(&mut self) {
        each!(self, v => v.reverse())
    }

    /// `byteswap()`
    pub(super) fn byteswap(&mut self) {
        each!(self, v => v.iter_mut().for_each(|x| *x = x.swapped()))
    }

    /// `tobytes()`: the items' bytes in native order.
    pub(super) fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.len() * self.itemsize());
        each!(self, v => v.iter().for_each(|x| x.write(&mut out)));
        out
    }

    /// Appends the items in `bytes` (a whole number of items).
    pub(super) fn extend_from_bytes(&mut self, bytes: &[u8]) {
        fn read_all<T: Elem>(v: &mut Vec<T>, bytes: &[u8]) {
            v.extend(bytes.chunks_exact(std::mem::size_of::<T>()).map(T::read));
        }
        each!(self, v => read_all(v, bytes))
    }

    /// The address of the first item (`buffer_info()`).
    pub(super) fn address(&self) -> usize {
        each!(self, v => v.as_ptr() as usize)
    }

    /// A rich comparison with `other` when both store the same machine type
    /// (`None` otherwise): item by item up to the first unequal pair, whose
    /// order decides; else the lengths decide, as for lists.
    pub(super) fn compare_same(&self, other: &Items, op: crate::native::CompareOp) -> Option<bool> {
        each_pair!(self, other, x, y => Some(compare_slices(x, y, op)), _ => None)
    }
}

/// Lexicographic comparison of two slices of one machine type. Items compare
/// as their Python values would: a NaN is unequal to everything.
fn compare_slices<T: PartialOrd>(a: &[T], b: &[T], op: crate::native::CompareOp) -> bool {
    use crate::native::CompareOp;
    match a.iter().zip(b).position(|(x, y)| x != y) {
        Some(i) => {
            let (x, y) = (&a[i], &b[i]);
            match op {
                CompareOp::Eq => false,
                CompareOp::Ne => true,
                CompareOp::Lt => x < y,
                CompareOp::Le => x <= y,
                CompareOp::Gt => x > y,
                CompareOp::Ge => x >= y,
            }
        }
        None => op.holds(a.len().cmp(&b.len())),
    }
}

/// A `u` item as a one-character str.
pub(super) fn wide_char(c: u32) -> PyResult<Value> {
    match char::from_u32(c) {
        Some(ch) => Ok(crate::str::char_value(ch)),
        None if c > 0x10ffff => Err(raise::value_error(format!(
            "character U+{c:x} is not in range [U+0000; U+10ffff]"
        ))),
        None => Err(raise::value_error(
            "pyrc: lone surrogate code points are not supported in str",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    fn message(code: char, v: Value) -> String {
        crate::sync::mark_python_thread();
        let code = Code::from_char(code).expect("a typecode");
        match code.scalar(&v) {
            Ok(Scalar::Int(i)) => format!("ok {i}"),
            Ok(other) => format!("ok {other:?}"),
            Err(e) => e.summary(),
        }
    }

    fn big(s: &str) -> Value {
        Value::from_bigint(s.parse::<BigInt>().expect("a decimal int"))
    }

    #[test]
    fn typecodes_round_trip_and_have_cpython_sizes() {
        let sizes: Vec<usize> = TYPECODES
            .chars()
            .map(|c| Code::from_char(c).expect("a typecode").itemsize())
            .collect();
        assert_eq!(sizes, [1, 1, 4, 2, 2, 4, 4, 8, 8, 8, 8, 4, 8]);
        for c in TYPECODES.chars() {
            assert_eq!(Code::from_char(c).map(Code::char), Some(c));
        }
        assert_eq!(Code::from_char('x'), None);
    }

    #[test]
    fn small_signed_and_unsigned_codes_check_long_first_then_their_range() {
        let cases: &[(char, i64, i64, &str)] = &[
            ('b', -128, 127, "signed char"),
            ('B', 0, 255, "unsigned byte integer"),
            ('h', -32768, 32767, "signed short integer"),
            ('H', 0, 65535, "unsigned short"),
            ('i', i32::MIN.into(), i32::MAX.into(), "signed integer"),
        ];
        for &(code, min, max, name) in cases {
            assert_eq!(message(code, Value::Int(min)), format!("ok {min}"));
            assert_eq!(message(code, Value::Int(max)), format!("ok {max}"));
            assert_eq!(
                message(code, Value::Int(max + 1)),
                format!("OverflowError: {name} is greater than maximum")
            );
            assert_eq!(
                message(code, Value::Int(min - 1)),
                format!("OverflowError: {name} is less than minimum")
            );
            for huge in ["9223372036854775808", "-9223372036854775809"] {
                assert_eq!(
                    message(code, big(huge)),
                    "OverflowError: Python int too large to convert to C long"
                );
            }
        }
    }

    #[test]
    fn wide_unsigned_codes_refuse_negatives_before_size() {
        assert_eq!(message('I', Value::Int(4294967295)), "ok 4294967295");
        assert_eq!(
            message('I', Value::Int(4294967296)),
            "OverflowError: unsigned int is greater than maximum"
        );
        for code in ['I', 'L'] {
            assert_eq!(
                message(code, Value::Int(-1)),
                "OverflowError: can't convert negative value to unsigned int"
            );
            assert_eq!(
                message(code, big("-100000000000000000000000")),
                "OverflowError: can't convert negative value to unsigned int"
            );
            assert_eq!(
                message(code, big("18446744073709551616")),
                "OverflowError: Python int too large to convert to C unsigned long"
            );
        }
        assert_eq!(
            message('L', big("18446744073709551615")),
            "ok 18446744073709551615"
        );
        assert_eq!(
            message('Q', big("18446744073709551615")),
            "ok 18446744073709551615"
        );
        assert_eq!(
            message('Q', Value::Int(-1)),
            "OverflowError: can't convert negative int to unsigned"
        );
        assert_eq!(
            message('Q', big("18446744073709551616")),
            "OverflowError: int too big to convert"
        );
    }

    #[test]
    fn long_codes_differ_only_in_their_messages() {
        assert_eq!(
            message('l', Value::Int(i64::MIN)),
            format!("ok {}", i64::MIN)
        );
        assert_eq!(
            message('q', Value::Int(i64::MAX)),
            format!("ok {}", i64::MAX)
        );
        assert_eq!(
            message('l', big("9223372036854775808")),
            "OverflowError: Python int too large to convert to C long"
        );
        assert_eq!(
            message('q', big("-9223372036854775809")),
            "OverflowError: int too big to convert"
        );
        // Beyond i128 the value clamps and still overflows the same way.
        let huge = format!("1{}", "0".repeat(60));
        assert_eq!(
            message('q', big(&huge)),
            "OverflowError: int too big to convert"
        );
        assert_eq!(
            message('B', big(&format!("-{huge}"))),
            "OverflowError: Python int too large to convert to C long"
        );
    }

    #[test]
    fn item_types_are_checked_before_ranges() {
        assert_eq!(message('b', Value::Bool(true)), "ok 1");
        assert_eq!(
            message('b', Value::Float(1.0)),
            "TypeError: 'float' object cannot be interpreted as an integer"
        );
        assert_eq!(
            message('Q', Value::str("1")),
            "TypeError: 'str' object cannot be interpreted as an integer"
        );
        assert_eq!(message('d', Value::Int(3)), "ok Float(3.0)");
        assert_eq!(
            message('f', Value::str("x")),
            "TypeError: must be real number, not str"
        );
        assert_eq!(
            message('d', big(&format!("1{}", "0".repeat(400)))),
            "OverflowError: int too large to convert to float"
        );
        assert_eq!(message('u', Value::str("é")), "ok Char(233)");
        assert_eq!(
            message('u', Value::str("ab")),
            "TypeError: array item must be unicode character"
        );
    }

    #[test]
    fn items_store_bytes_in_native_order_and_swap() {
        let mut items = Code::Short.empty();
        for x in [1, 256, -2] {
            items.push(Scalar::Int(x));
        }
        assert_eq!(items.to_bytes(), [1, 0, 0, 1, 0xfe, 0xff]);
        items.byteswap();
        assert_eq!(items, Items::I16(vec![256, 1, -257]));
        let mut floats = Code::Float.empty();
        floats.extend_from_bytes(&1.5f32.to_ne_bytes());
        assert_eq!(floats, Items::F32(vec![1.5]));
    }

    #[test]
    fn slices_select_assign_and_delete_by_resolved_indices() {
        let ix = |start: i64, step: i64, len: usize| SliceIndices {
            start,
            stop: 0,
            step,
            len,
        };
        let items = Items::I32((0..6).collect());
        assert_eq!(items.select(&ix(5, -2, 3)), Items::I32(vec![5, 3, 1]));
        let mut assigned = items.clone();
        assert!(assigned.assign(&ix(0, 2, 3), &Items::I32(vec![7, 7, 7])));
        assert_eq!(assigned, Items::I32(vec![7, 1, 7, 3, 7, 5]));
        assert!(!assigned.assign(&ix(0, 2, 3), &Items::I64(vec![7, 7, 7])));
        let mut deleted = items.clone();
        deleted.delete(&ix(4, -3, 2));
        assert_eq!(deleted, Items::I32(vec![0, 2, 3, 5]));
        let mut spliced = items;
        assert!(spliced.splice(1, 5, &Items::I32(vec![9])));
        assert_eq!(spliced, Items::I32(vec![0, 9, 5]));
    }

    #[test]
    fn same_type_comparison_is_lexicographic_with_nan_unequal() {
        use crate::native::CompareOp;
        let a = Items::F64(vec![1.0, f64::NAN]);
        assert_eq!(a.compare_same(&a.clone(), CompareOp::Eq), Some(false));
        assert_eq!(a.compare_same(&a.clone(), CompareOp::Le), Some(false));
        let short = Items::F64(vec![1.0]);
        assert_eq!(short.compare_same(&a, CompareOp::Lt), Some(true));
        assert_eq!(short.compare_same(&Items::I8(vec![1]), CompareOp::Eq), None);
    }
}
