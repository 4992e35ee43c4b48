//! `list.sort` / `sorted`: a stable merge sort that compares only with `<`.
//!
//! Lists of plain ints, strs or non-NaN floats, or of flat tuples of them with
//! one kind per position, take a direct path with a total order. Everything else sorts a permutation of indices with
//! `crate::compare::lt` (answered inline for tuples of such values), so that a raising comparison leaves the values
//! untouched and the first error propagates. `reverse` keeps equal elements in
//! their original order, as CPython's reverse/sort/reverse does.

use std::cmp::Ordering;

use crate::error::PyResult;
use crate::value::Value;

/// Runs shorter than this are sorted by binary insertion before merging.
const RUN: usize = 32;

/// The homogeneous kinds with a direct total order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Str,
    Float,
    /// Flat tuples whose items at each position are all of one of the kinds above.
    Tuple,
    Mixed,
}

/// The kind of a scalar with a total order, if it has one.
fn scalar_kind(v: &Value) -> Option<Kind> {
    match v {
        Value::Int(_) => Some(Kind::Int),
        Value::Str(_) => Some(Kind::Str),
        Value::Float(f) if !f.is_nan() => Some(Kind::Float),
        _ => None,
    }
}

fn classify(keys: &[Value]) -> Kind {
    let kind = match keys.first() {
        Some(Value::Tuple(_)) => return classify_tuples(keys),
        Some(first) => match scalar_kind(first) {
            Some(kind) => kind,
            None => return Kind::Mixed,
        },
        None => return Kind::Mixed,
    };
    if keys.iter().all(|k| scalar_kind(k) == Some(kind)) {
        kind
    } else {
        Kind::Mixed
    }
}

/// [`Kind::Tuple`] when every key is a tuple and each position holds one scalar kind.
fn classify_tuples(keys: &[Value]) -> Kind {
    let mut columns: Vec<Kind> = Vec::new();
    for key in keys {
        let Value::Tuple(t) = key else {
            return Kind::Mixed;
        };
        for (j, item) in t.items.iter().enumerate() {
            let Some(kind) = scalar_kind(item) else {
                return Kind::Mixed;
            };
            match columns.get(j) {
                Some(&expected) if expected != kind => return Kind::Mixed,
                Some(_) => {}
                None => columns.push(kind),
            }
        }
    }
    Kind::Tuple
}

/// The total order of a homogeneous kind (only called on such values).
fn direct_cmp(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
        (Value::Tuple(x), Value::Tuple(y)) => {
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                match direct_cmp(p, q) {
                    Ordering::Equal => {}
                    unequal => return unequal,
                }
            }
            x.items.len().cmp(&y.items.len())
        }
        _ => Ordering::Equal,
    }
}

/// `a < b` for plain ints, strs, non-NaN floats and tuples of them, where the
/// answer cannot involve Python code; `None` otherwise.
fn quick_lt(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x < y),
        (Value::Str(x), Value::Str(y)) => Some(x.as_str() < y.as_str()),
        (Value::Float(x), Value::Float(y)) if !x.is_nan() && !y.is_nan() => Some(x < y),
        (Value::Tuple(x), Value::Tuple(y)) => {
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if !quick_eq(p, q)? {
                    return quick_lt(p, q);
                }
            }
            Some(x.items.len() < y.items.len())
        }
        _ => None,
    }
}

/// `a == b` for the values [`quick_lt`] handles.
fn quick_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Str(x), Value::Str(y)) => Some(x.as_str() == y.as_str()),
        (Value::Float(x), Value::Float(y)) if !x.is_nan() && !y.is_nan() => Some(x == y),
        (Value::Tuple(x), Value::Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if !quick_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        _ => None,
    }
}

/// Sorts `items` in place like `list.sort(key=key, reverse=reverse)`; a `key`
/// of `None` (or `Some(Value::None)`) compares the items themselves. On error
/// the items keep their original order.
pub fn sort_values(items: &mut [Value], key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let key = key.filter(|k| !matches!(k, Value::None));
    if items.len() < 2 && key.is_none() {
        return Ok(());
    }
    if key.is_none() {
        match classify(items) {
            Kind::Int | Kind::Float => {
                if reverse {
                    items.sort_by(|a, b| direct_cmp(b, a));
                } else {
                    items.sort_by(direct_cmp);
                }
                return Ok(());
            }
            Kind::Mixed => {
                let mut order = sorted_order(items, reverse)?;
                permute(items, &mut order);
                return Ok(());
            }
            Kind::Str | Kind::Tuple => {}
        }
    }
    let mut order = match flat::order(items, key, reverse)? {
        Ok(order) => order,
        Err(keys) => sorted_order(&keys, reverse)?,
    };
    permute(items, &mut order);
    Ok(())
}

/// Sorting by keys flattened into rows of fixed-width cells.
///
/// When every key is an int, a str or a non-NaN float of one kind, or a tuple
/// of one length (up to [`flat::MAX_WIDTH`]) with one such kind per position,
/// each key becomes a row of [`Cell`]s whose order is the key's order, and the
/// rows themselves (with their item's index, so that ties keep the original
/// order) are sorted. The key objects are dropped as soon as their row is built,
/// and comparing two rows seldom leaves the rows' own memory.
mod flat {
    use std::cmp::Ordering;
    use std::rc::Rc;

    use super::{scalar_kind, Kind};
    use crate::error::PyResult;
    use crate::str::PyStr;
    use crate::value::Value;

    /// The longest key tuple flattened into a row.
    pub const MAX_WIDTH: usize = 4;

    const SIGN: u64 = 1 << 63;

    /// One position of a flattened key: `bits` orders like the value (as an
    /// unsigned integer); a str keeps its text for when the first 8 bytes tie.
    pub struct Cell {
        bits: u64,
        text: Option<Rc<PyStr>>,
    }

    /// The first 8 bytes of `s`, zero-padded, read big-endian: a prefix that
    /// is smaller (larger) means the str is smaller (larger), since UTF-8
    /// bytes order like code points.
    fn prefix(s: &str) -> u64 {
        let mut buf = [0u8; 8];
        let bytes = s.as_bytes();
        let n = bytes.len().min(8);
        buf[..n].copy_from_slice(&bytes[..n]);
        u64::from_be_bytes(buf)
    }

    impl Cell {
        const EMPTY: Cell = Cell {
            bits: 0,
            text: None,
        };

        /// The cell of `v` if it is a value of `kind`.
        fn of(v: &Value, kind: Kind) -> Option<Cell> {
            let bits = match (v, kind) {
                (Value::Int(i), Kind::Int) => (*i as u64) ^ SIGN,
                (Value::Float(f), Kind::Float) if !f.is_nan() => {
                    // -0.0 == 0.0: both order as 0.0.
                    let bits = if *f == 0.0 { 0 } else { f.to_bits() };
                    if bits & SIGN != 0 {
                        !bits
                    } else {
                        bits | SIGN
                    }
                }
                (Value::Str(s), Kind::Str) => {
                    return Some(Cell {
                        bits: prefix(s.as_str()),
                        text: Some(s.clone()),
                    })
                }
                _ => return None,
            };
            Some(Cell { bits, text: None })
        }

        /// A value equal to the one this cell was made from.
        fn into_value(self, kind: Kind) -> Value {
            match (kind, self.text) {
                (_, Some(s)) => Value::Str(s),
                (Kind::Float, None) => {
                    let bits = if self.bits & SIGN != 0 {
                        self.bits & !SIGN
                    } else {
                        !self.bits
                    };
                    Value::Float(f64::from_bits(bits))
                }
                _ => Value::Int((self.bits ^ SIGN) as i64),
            }
        }

        #[inline]
        fn cmp(&self, other: &Cell) -> Ordering {
            match self.bits.cmp(&other.bits) {
                Ordering::Equal => match (&self.text, &other.text) {
                    (Some(a), Some(b)) => a.as_str().cmp(b.as_str()),
                    _ => Ordering::Equal,
                },
                unequal => unequal,
            }
        }
    }

    /// The layout of a row: whether keys are tuples, and the kind at each position.
    struct Layout<const L: usize> {
        tuple: bool,
        kinds: [Kind; L],
    }

    impl<const L: usize> Layout<L> {
        /// The row of `key`, if it has this layout.
        fn row(&self, key: &Value) -> Option<[Cell; L]> {
            if !self.tuple {
                let cell = Cell::of(key, self.kinds[0])?;
                let mut cell = Some(cell);
                return Some(std::array::from_fn(|_| cell.take().unwrap_or(Cell::EMPTY)));
            }
            let Value::Tuple(t) = key else {
                return None;
            };
            if t.items.len() != L {
                return None;
            }
            let mut ok = true;
            let cells = std::array::from_fn(|j| match Cell::of(&t.items[j], self.kinds[j]) {
                Some(c) => c,
                None => {
                    ok = false;
                    Cell::EMPTY
                }
            });
            ok.then_some(cells)
        }

        /// The key a row was made from (an equal one).
        fn key(&self, row: [Cell; L]) -> Value {
            let mut values = row
                .into_iter()
                .zip(self.kinds)
                .map(|(c, k)| c.into_value(k));
            if self.tuple {
                Value::tuple(values.collect())
            } else {
                values.next().unwrap_or(Value::None)
            }
        }
    }

    #[inline]
    fn cmp_rows<const L: usize>(a: &[Cell; L], b: &[Cell; L]) -> Ordering {
        for (x, y) in a.iter().zip(b.iter()) {
            match x.cmp(y) {
                Ordering::Equal => {}
                unequal => return unequal,
            }
        }
        Ordering::Equal
    }

    /// The stable sorted order of `items` by their keys (`key(item)`, or the
    /// items themselves), or, when the keys cannot be flattened, the keys.
    pub fn order(
        items: &[Value],
        key: Option<&Value>,
        reverse: bool,
    ) -> PyResult<Result<Vec<usize>, Vec<Value>>> {
        let get = |item: &Value| match key {
            Some(f) => crate::func::call(f, std::slice::from_ref(item), &[]),
            None => Ok(item.clone()),
        };
        let Some(first) = items.first() else {
            return Ok(Ok(Vec::new()));
        };
        let first = get(first)?;
        let layout: Option<(bool, Vec<Kind>)> = match &first {
            Value::Tuple(t) if !t.items.is_empty() && t.items.len() <= MAX_WIDTH => t
                .items
                .iter()
                .map(scalar_kind)
                .collect::<Option<Vec<Kind>>>()
                .map(|kinds| (true, kinds)),
            other => scalar_kind(other).map(|k| (false, vec![k])),
        };
        let Some((tuple, kinds)) = layout else {
            return all_keys(Vec::new(), first, &items[1..], get).map(Err);
        };
        match kinds.len() {
            1 => build::<1>(tuple, &kinds, first, items, get, reverse),
            2 => build::<2>(tuple, &kinds, first, items, get, reverse),
            3 => build::<3>(tuple, &kinds, first, items, get, reverse),
            _ => build::<4>(tuple, &kinds, first, items, get, reverse),
        }
    }

    /// `done` followed by `next` and the keys of `rest`.
    fn all_keys(
        mut done: Vec<Value>,
        next: Value,
        rest: &[Value],
        get: impl Fn(&Value) -> PyResult<Value>,
    ) -> PyResult<Vec<Value>> {
        done.reserve_exact(rest.len() + 1);
        done.push(next);
        for item in rest {
            done.push(get(item)?);
        }
        Ok(done)
    }

    fn build<const L: usize>(
        tuple: bool,
        kinds: &[Kind],
        first: Value,
        items: &[Value],
        get: impl Fn(&Value) -> PyResult<Value>,
        reverse: bool,
    ) -> PyResult<Result<Vec<usize>, Vec<Value>>> {
        let layout = Layout::<L> {
            tuple,
            kinds: std::array::from_fn(|j| kinds[j]),
        };
        let mut rows: Vec<([Cell; L], usize)> = Vec::with_capacity(items.len());
        let mut next = first;
        loop {
            let i = rows.len();
            match layout.row(&next) {
                Some(row) => rows.push((row, i)),
                None => {
                    let done: Vec<Value> =
                        rows.into_iter().map(|(row, _)| layout.key(row)).collect();
                    return all_keys(done, next, &items[i + 1..], get).map(Err);
                }
            }
            drop(next);
            match items.get(i + 1) {
                Some(item) => next = get(item)?,
                None => break,
            }
        }
        if reverse {
            rows.sort_unstable_by(|(a, i), (b, j)| cmp_rows(b, a).then(i.cmp(j)));
        } else {
            rows.sort_unstable_by(|(a, i), (b, j)| cmp_rows(a, b).then(i.cmp(j)));
        }
        Ok(Ok(rows.into_iter().map(|(_, i)| i).collect()))
    }
}

/// The stable sorted order of `keys` as a permutation of indices.
fn sorted_order(keys: &[Value], reverse: bool) -> PyResult<Vec<usize>> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    if reverse {
        order.reverse();
    }
    if classify(keys) == Kind::Mixed {
        merge_sort(&mut order, &mut |a, b| {
            let (x, y) = (&keys[a], &keys[b]);
            match quick_lt(x, y) {
                Some(less) => Ok(less),
                None => crate::compare::lt(x, y),
            }
        })?;
    } else {
        order.sort_by(|&a, &b| direct_cmp(&keys[a], &keys[b]));
    }
    if reverse {
        order.reverse();
    }
    Ok(order)
}

/// Rearranges `items` so that position `k` holds the old `items[order[k]]`,
/// in place (following the permutation's cycles; `order` is used up).
fn permute(items: &mut [Value], order: &mut [usize]) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut k = start;
        while order[k] != DONE {
            let src = order[k];
            order[k] = DONE;
            if src == start {
                break;
            }
            items.swap(k, src);
            k = src;
        }
    }
}

/// A fallible strict-weak-order test `a < b` on indices.
type Less<'a> = dyn FnMut(usize, usize) -> PyResult<bool> + 'a;

/// Stable merge sort of `v` with `lt`: insertion-sorted runs, then bottom-up
/// merges. Stops at the first error, leaving `v` in an unspecified order.
fn merge_sort(v: &mut [usize], lt: &mut Less) -> PyResult<()> {
    let n = v.len();
    for start in (0..n).step_by(RUN) {
        insertion_sort(&mut v[start..(start + RUN).min(n)], lt)?;
    }
    let mut buf = Vec::with_capacity(n / 2 + 1);
    let mut width = RUN;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                merge(&mut v[lo..hi], mid - lo, &mut buf, lt)?;
            }
        }
        width *= 2;
    }
    Ok(())
}

/// Binary insertion sort; an item already after its predecessor costs one comparison.
fn insertion_sort(v: &mut [usize], lt: &mut Less) -> PyResult<()> {
    for i in 1..v.len() {
        let x = v[i];
        if !lt(x, v[i - 1])? {
            continue;
        }
        let (mut lo, mut hi) = (0, i - 1);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if lt(x, v[mid])? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        v.copy_within(lo..i, lo + 1);
        v[lo] = x;
    }
    Ok(())
}

/// Merges the sorted halves `v[..mid]` and `v[mid..]`, taking from the left on ties.
fn merge(v: &mut [usize], mid: usize, buf: &mut Vec<usize>, lt: &mut Less) -> PyResult<()> {
    if !lt(v[mid], v[mid - 1])? {
        return Ok(());
    }
    buf.clear();
    buf.extend_from_slice(&v[..mid]);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < buf.len() && j < v.len() {
        if lt(v[j], buf[i])? {
            v[k] = v[j];
            j += 1;
        } else {
            v[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    v[k..k + buf.len() - i].copy_from_slice(&buf[i..]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sorts indices by a plain key with the generic merge sort.
    fn generic(keys: &[i64], reverse: bool) -> Vec<usize> {
        let mut order: Vec<usize> = (0..keys.len()).collect();
        if reverse {
            order.reverse();
        }
        merge_sort(&mut order, &mut |a, b| Ok(keys[a] < keys[b]))
            .ok()
            .unwrap();
        if reverse {
            order.reverse();
        }
        order
    }

    fn pseudo_random(n: usize) -> Vec<i64> {
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x % 50) as i64
            })
            .collect()
    }

    #[test]
    fn merge_sort_is_stable() {
        for n in [0, 1, 2, 5, 31, 32, 33, 64, 100, 1000, 5000] {
            let keys = pseudo_random(n);
            let mut expected: Vec<usize> = (0..n).collect();
            expected.sort_by_key(|&i| keys[i]);
            assert_eq!(generic(&keys, false), expected, "n={n}");
            let mut expected: Vec<usize> = (0..n).collect();
            expected.sort_by_key(|&i| std::cmp::Reverse(keys[i]));
            assert_eq!(generic(&keys, true), expected, "reverse n={n}");
        }
    }

    #[test]
    fn sorted_input_costs_linear_comparisons() {
        let n = 10_000;
        let mut order: Vec<usize> = (0..n).collect();
        let mut calls = 0;
        merge_sort(&mut order, &mut |a, b| {
            calls += 1;
            Ok(a < b)
        })
        .ok()
        .unwrap();
        assert!(calls < 2 * n, "{calls} comparisons");
    }

    #[test]
    fn first_error_stops_the_sort() {
        let mut order: Vec<usize> = (0..100).rev().collect();
        let mut calls = 0;
        let result = merge_sort(&mut order, &mut |_, _| {
            calls += 1;
            if calls == 10 {
                Err(crate::error::raise::type_error("boom"))
            } else {
                Ok(true)
            }
        });
        assert_eq!(result.err().unwrap().summary(), "TypeError: boom");
        assert_eq!(calls, 10);
    }

    fn strs(v: &[&str]) -> Vec<Value> {
        v.iter().map(|s| Value::str(s)).collect()
    }

    fn texts(v: &[Value]) -> Vec<String> {
        v.iter()
            .map(|s| match s {
                Value::Str(s) => s.as_str().to_string(),
                _ => panic!("not a str"),
            })
            .collect()
    }

    #[test]
    fn direct_paths() {
        let mut v = strs(&["b", "a", "é", "B"]);
        sort_values(&mut v, None, false).ok().unwrap();
        assert_eq!(texts(&v), ["B", "a", "b", "é"]);
        sort_values(&mut v, None, true).ok().unwrap();
        assert_eq!(texts(&v), ["é", "b", "a", "B"]);
        let mut v: Vec<Value> = [3, -1, 2].iter().map(|&i| Value::Int(i)).collect();
        sort_values(&mut v, None, false).ok().unwrap();
        assert!(matches!(
            v.as_slice(),
            [Value::Int(-1), Value::Int(2), Value::Int(3)]
        ));
    }

    #[test]
    fn tuples_sort_lexicographically() {
        let tup = |a: i64, b: &str| Value::tuple_of([Value::Int(a), Value::str(b)]);
        let mut v = vec![
            tup(2, "b"),
            tup(1, "z"),
            tup(2, "a"),
            Value::tuple_of([Value::Int(2)]),
        ];
        assert!(classify(&v) == Kind::Tuple);
        sort_values(&mut v, None, false).ok().unwrap();
        let shown: Vec<String> = v
            .iter()
            .map(|x| crate::repr::repr(x).ok().unwrap())
            .collect();
        assert_eq!(shown, ["(1, 'z')", "(2,)", "(2, 'a')", "(2, 'b')"]);
        let mixed = vec![tup(1, "a"), Value::tuple_of([Value::str("x")])];
        assert!(classify(&mixed) == Kind::Mixed);
    }

    /// Flattened keys order like the values: negative and positive ints and
    /// floats (with -0.0 == 0.0 keeping its place), strs sharing 8-byte
    /// prefixes or ending early, and tuples of them; the result equals the
    /// generic comparison sort's.
    #[test]
    fn flat_rows_match_the_generic_order() {
        let columns: Vec<Vec<Value>> = vec![
            [5, -3, 0, i64::MIN, i64::MAX, -3, 7]
                .iter()
                .map(|&i| Value::Int(i))
                .collect(),
            [
                0.5,
                -0.0,
                0.0,
                -2.5,
                f64::INFINITY,
                f64::NEG_INFINITY,
                1e-300,
            ]
            .iter()
            .map(|&f| Value::Float(f))
            .collect(),
            [
                "abcdefghij",
                "abcdefgh",
                "abcdefghi",
                "",
                "abcdefgh\0",
                "é",
                "abcdefghij",
            ]
            .iter()
            .map(|s| Value::str(s))
            .collect(),
        ];
        let shown = |v: &[Value]| -> Vec<String> {
            v.iter()
                .map(|x| crate::repr::repr(x).ok().unwrap())
                .collect()
        };
        let mut cases: Vec<Vec<Value>> = columns.clone();
        cases.push(
            (0..7)
                .map(|i| Value::tuple_of([columns[0][i].clone(), columns[2][6 - i].clone()]))
                .collect(),
        );
        cases.push(
            (0..7)
                .map(|i| {
                    Value::tuple_of([
                        Value::Int(i as i64 % 2),
                        columns[1][i].clone(),
                        columns[2][i].clone(),
                    ])
                })
                .collect(),
        );
        for keys in cases {
            for reverse in [false, true] {
                let order = match flat::order(&keys, None, reverse).ok().unwrap() {
                    Ok(order) => order,
                    Err(_) => panic!("not flattened"),
                };
                let mut generic: Vec<usize> = (0..keys.len()).collect();
                if reverse {
                    generic.reverse();
                }
                merge_sort(&mut generic, &mut |a, b| {
                    crate::compare::lt(&keys[a], &keys[b])
                })
                .ok()
                .unwrap();
                if reverse {
                    generic.reverse();
                }
                assert_eq!(order, generic, "{:?} reverse={reverse}", shown(&keys));
            }
        }
    }

    /// Keys that stop fitting the first key's layout part way fall back to
    /// comparing the keys themselves, with the same result.
    #[test]
    fn flat_rows_fall_back_on_a_change_of_layout() {
        let tup = |a: i64, b: &str| Value::tuple_of([Value::Int(a), Value::str(b)]);
        let mut v = vec![
            tup(2, "b"),
            tup(1, "z"),
            Value::tuple_of([Value::Int(2)]),
            tup(2, "a"),
        ];
        assert!(matches!(flat::order(&v, None, false), Ok(Err(_))));
        sort_values(&mut v, None, false).ok().unwrap();
        let shown: Vec<String> = v
            .iter()
            .map(|x| crate::repr::repr(x).ok().unwrap())
            .collect();
        assert_eq!(shown, ["(1, 'z')", "(2,)", "(2, 'a')", "(2, 'b')"]);
        let mut v = vec![Value::Float(-0.0), Value::Int(1), Value::Float(0.5)];
        sort_values(&mut v, None, false).ok().unwrap();
        let shown: Vec<String> = v
            .iter()
            .map(|x| crate::repr::repr(x).ok().unwrap())
            .collect();
        assert_eq!(shown, ["-0.0", "0.5", "1"]);
    }

    #[test]
    fn permute_follows_cycles() {
        let mut v: Vec<Value> = (0..6).map(Value::Int).collect();
        let mut order = vec![3, 0, 4, 1, 2, 5];
        permute(&mut v, &mut order);
        let got: Vec<i64> = v
            .iter()
            .map(|x| match x {
                Value::Int(i) => *i,
                _ => -1,
            })
            .collect();
        assert_eq!(got, [3, 0, 4, 1, 2, 5]);
    }

    #[test]
    fn key_function_with_reverse_keeps_ties_in_order() {
        fn first_char(args: &[Value], _: crate::func::KwArgs) -> PyResult<Value> {
            match &args[0] {
                Value::Str(s) => Ok(crate::str::str_value(&s.as_str()[..1])),
                _ => Ok(Value::None),
            }
        }
        static KEY: crate::func::BuiltinFunction = crate::func::BuiltinFunction {
            name: "first_char",
            call: first_char,
        };
        let key = Value::Builtin(&KEY);
        let mut v = strs(&["b1", "a1", "b2", "a2", "c1"]);
        sort_values(&mut v, Some(&key), false).ok().unwrap();
        assert_eq!(texts(&v), ["a1", "a2", "b1", "b2", "c1"]);
        let mut v = strs(&["b1", "a1", "b2", "a2", "c1"]);
        sort_values(&mut v, Some(&key), true).ok().unwrap();
        assert_eq!(texts(&v), ["c1", "b1", "b2", "a1", "a2"]);
    }
}
