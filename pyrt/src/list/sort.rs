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
pub fn sort_values(items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let key = key.filter(|k| !matches!(k, Value::None));
    if items.len() < 2 && key.is_none() {
        return Ok(());
    }
    let keys = match key {
        Some(f) => Some(
            items
                .iter()
                .map(|item| crate::func::call(f, std::slice::from_ref(item), &[]))
                .collect::<PyResult<Vec<Value>>>()?,
        ),
        _ => None,
    };
    let Some(keys) = keys else {
        if classify(items) != Kind::Mixed {
            if reverse {
                items.sort_by(|a, b| direct_cmp(b, a));
            } else {
                items.sort_by(direct_cmp);
            }
            return Ok(());
        }
        let order = sorted_order(items, reverse)?;
        permute(items, &order);
        return Ok(());
    };
    let order = sorted_order(&keys, reverse)?;
    drop(keys);
    permute(items, &order);
    Ok(())
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

/// Rearranges `items` so that position `k` holds the old `items[order[k]]`.
fn permute(items: &mut Vec<Value>, order: &[usize]) {
    let mut old: Vec<Value> = std::mem::take(items);
    *items = order
        .iter()
        .map(|&i| std::mem::replace(&mut old[i], Value::None))
        .collect();
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
        let tup = |a: i64, b: &str| Value::tuple(vec![Value::Int(a), Value::str(b)]);
        let mut v = vec![
            tup(2, "b"),
            tup(1, "z"),
            tup(2, "a"),
            Value::tuple(vec![Value::Int(2)]),
        ];
        assert!(classify(&v) == Kind::Tuple);
        sort_values(&mut v, None, false).ok().unwrap();
        let shown: Vec<String> = v
            .iter()
            .map(|x| crate::repr::repr(x).ok().unwrap())
            .collect();
        assert_eq!(shown, ["(1, 'z')", "(2,)", "(2, 'a')", "(2, 'b')"]);
        let mixed = vec![tup(1, "a"), Value::tuple(vec![Value::str("x")])];
        assert!(classify(&mixed) == Kind::Mixed);
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
