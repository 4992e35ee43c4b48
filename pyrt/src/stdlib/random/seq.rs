//! The sequence functions of `random`: `choice`, `choices`, `shuffle` and
//! `sample`, drawing from the generator in exactly CPython's order.

use rustc_hash::FxHashSet;

use super::params::Params;
use super::{next_float, randbelow_usize};
use crate::builtins::len;
use crate::compare;
use crate::error::{raise, PyResult};
use crate::func::KwArgs;
use crate::subscript::{getitem, setitem};
use crate::value::Value;

/// `seq[i]`, for an index that came from `len(seq)`.
fn item(seq: &Value, i: usize) -> PyResult<Value> {
    getitem(seq, &Value::Int(i as i64))
}

static CHOICE: Params = Params {
    name: "choice",
    positional: &["seq"],
    required: 1,
    kwonly: &[],
};

/// `random.choice(seq)`: one element of a non-empty sequence.
pub fn choice(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [seq] = CHOICE.bind(args, kwargs)?;
    let seq = seq.unwrap_or(&Value::None);
    let n = len(seq)?;
    if n == 0 {
        return Err(raise::index_error("Cannot choose from an empty sequence"));
    }
    item(seq, randbelow_usize(n))
}

static SHUFFLE: Params = Params {
    name: "shuffle",
    positional: &["x"],
    required: 1,
    kwonly: &[],
};

/// `random.shuffle(x)`: Fisher-Yates from the end, in place.
pub fn shuffle(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [x] = SHUFFLE.bind(args, kwargs)?;
    let x = x.unwrap_or(&Value::None);
    let n = len(x)?;
    if let Value::List(list) = x {
        // No Python code runs in the loop, so the list cannot change under it.
        let mut items = list.items.borrow_mut();
        for i in (1..n.min(items.len())).rev() {
            let j = randbelow_usize(i + 1);
            items.swap(i, j);
        }
        return Ok(Value::None);
    }
    for i in (1..n).rev() {
        let j = randbelow_usize(i + 1);
        // `x[i], x[j] = x[j], x[i]`
        let (at_j, at_i) = (item(x, j)?, item(x, i)?);
        setitem(x, Value::Int(i as i64), at_j)?;
        setitem(x, Value::Int(j as i64), at_i)?;
    }
    Ok(Value::None)
}

/// `list(itertools.accumulate(values))`: running sums with `+`.
fn accumulate(values: &Value) -> PyResult<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    let mut iter = crate::iter::Iter::new(values)?;
    while let Some(v) = iter.next()? {
        let total = match out.last() {
            Some(last) => crate::ops::add(last, &v)?,
            None => v,
        };
        out.push(total);
    }
    Ok(out)
}

/// `bisect.bisect_right(a, x, 0, hi)`.
fn bisect_right(a: &[Value], x: &Value, hi: usize) -> PyResult<usize> {
    let (mut lo, mut hi) = (0, hi.min(a.len()));
    while lo < hi {
        let mid = (lo + hi) / 2;
        if compare::lt(x, &a[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// The items of a sequence argument (a list or tuple as it is now).
fn items_of(seq: &Value) -> PyResult<Vec<Value>> {
    match seq {
        Value::List(l) => Ok(l.items.borrow().clone()),
        Value::Tuple(t) => Ok(t.items.to_vec()),
        other => crate::iter::collect(other),
    }
}

/// The float value of a real number (`math.isfinite`'s conversion).
pub(super) fn real(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Instance(_) => match crate::instance::call_special(v, "__float__", &[]) {
            Some(result) => match result? {
                Value::Float(f) => Ok(f),
                other => Err(raise::type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    v.type_name(),
                    other.type_name()
                ))),
            },
            None => Err(not_real(v)),
        },
        other => crate::int::value_to_f64(other).unwrap_or_else(|| Err(not_real(other))),
    }
}

/// `TypeError: must be real number, not str`
#[cold]
fn not_real(v: &Value) -> crate::error::PyErr {
    raise::type_error(format!("must be real number, not {}", v.type_name()))
}

static CHOICES: Params = Params {
    name: "choices",
    positional: &["population", "weights"],
    required: 1,
    kwonly: &["cum_weights", "k"],
};

/// `random.choices(population, weights=None, *, cum_weights=None, k=1)`:
/// `k` elements chosen with replacement.
pub fn choices(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [population, weights, cum_weights, k] = CHOICES.bind(args, kwargs)?;
    let population = population.unwrap_or(&Value::None);
    let given = |v: Option<&Value>| v.filter(|v| !matches!(v, Value::None)).cloned();
    let (weights, cum_weights) = (given(weights), given(cum_weights));
    let k_value = k.cloned().unwrap_or(Value::Int(1));
    let n = len(population)?;
    let cum: Vec<Value> = match (weights, cum_weights) {
        (None, None) => {
            let k = repeat_count(&k_value)?;
            let scale = n as f64;
            let mut out = Vec::with_capacity(k.min(n.max(1) * 16));
            for _ in 0..k {
                let i = (next_float() * scale).floor();
                out.push(getitem(population, &Value::Int(i as i64))?);
            }
            return Ok(Value::list(out));
        }
        (Some(weights), None) => {
            if crate::int::is_int(&weights) {
                return Err(raise::type_error(format!(
                    "The number of choices must be a keyword argument: k={}",
                    crate::repr::repr(&weights)?
                )));
            }
            accumulate(&weights)?
        }
        (None, Some(cum_weights)) => {
            if len(&cum_weights)? != n {
                return Err(weights_mismatch());
            }
            items_of(&cum_weights)?
        }
        (Some(_), Some(_)) => {
            return Err(raise::type_error(
                "Cannot specify both weights and cumulative weights",
            ))
        }
    };
    if cum.len() != n {
        return Err(weights_mismatch());
    }
    let Some(last) = cum.last() else {
        return Err(raise::index_error("list index out of range"));
    };
    let total = crate::ops::add(last, &Value::Float(0.0))?;
    if compare::le(&total, &Value::Float(0.0))? {
        return Err(raise::value_error(
            "Total of weights must be greater than zero",
        ));
    }
    let total = real(&total)?;
    if !total.is_finite() {
        return Err(raise::value_error("Total of weights must be finite"));
    }
    let k = repeat_count(&k_value)?;
    let hi = n - 1;
    let mut out = Vec::with_capacity(k.min(n * 16));
    for _ in 0..k {
        let x = Value::Float(next_float() * total);
        out.push(item(population, bisect_right(&cum, &x, hi)?)?);
    }
    Ok(Value::list(out))
}

/// `ValueError: The number of weights does not match the population`
#[cold]
fn weights_mismatch() -> crate::error::PyErr {
    raise::value_error("The number of weights does not match the population")
}

/// The count of `itertools.repeat(None, k)`: an index, negative meaning none.
fn repeat_count(k: &Value) -> PyResult<usize> {
    Ok(usize::try_from(crate::builtins::index_arg(k)?).unwrap_or(0))
}

static SAMPLE: Params = Params {
    name: "sample",
    positional: &["population", "k"],
    required: 2,
    kwonly: &["counts"],
};

/// `random.sample(population, k, *, counts=None)`: `k` distinct positions of
/// a sequence, in selection order.
pub fn sample(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [population, k, counts] = SAMPLE.bind(args, kwargs)?;
    let population = population.unwrap_or(&Value::None);
    let k = k.unwrap_or(&Value::None);
    if !matches!(
        population,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_)
    ) {
        return Err(raise::type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let n = len(population)?;
    if let Some(counts) = counts.filter(|c| !matches!(c, Value::None)) {
        return sample_counted(population, n, k, counts);
    }
    let k = sample_size(k, n)?;
    match sample_positions(n, k) {
        Positions::Pool(positions) => {
            let pool = items_of(population)?;
            let out: PyResult<Vec<Value>> = positions
                .into_iter()
                .map(|j| {
                    pool.get(j)
                        .cloned()
                        .ok_or_else(|| raise::index_error("list index out of range"))
                })
                .collect();
            Ok(Value::list(out?))
        }
        Positions::Set(positions) => {
            let out: PyResult<Vec<Value>> =
                positions.into_iter().map(|j| item(population, j)).collect();
            Ok(Value::list(out?))
        }
    }
}

/// `sample(population, k, counts=counts)`: a sample of `range(total)`
/// mapped back through the cumulative counts.
fn sample_counted(population: &Value, n: usize, k: &Value, counts: &Value) -> PyResult<Value> {
    let mut cum_counts = accumulate(counts)?;
    if cum_counts.len() != n {
        return Err(raise::value_error(
            "The number of counts does not match the population",
        ));
    }
    let Some(total) = cum_counts.pop() else {
        return Err(raise::index_error("pop from empty list"));
    };
    if !crate::int::is_int(&total) {
        return Err(raise::type_error("Counts must be integers"));
    }
    if compare::le(&total, &Value::Int(0))? {
        return Err(raise::value_error(
            "Total of counts must be greater than zero",
        ));
    }
    // `len(range(total))` must fit in a C `ssize_t`.
    let total = usize::try_from(crate::builtins::index_arg(&total)?)
        .map_err(|_| raise::overflow("Python int too large to convert to C ssize_t"))?;
    let k = sample_size(k, total)?;
    let selections = match sample_positions(total, k) {
        Positions::Pool(p) | Positions::Set(p) => p,
    };
    let hi = cum_counts.len();
    let mut out = Vec::with_capacity(selections.len());
    for s in selections {
        let s = Value::Int(s as i64);
        out.push(item(population, bisect_right(&cum_counts, &s, hi)?)?);
    }
    Ok(Value::list(out))
}

/// Checks `0 <= k <= n` (with Python's comparisons) and that `k` can size
/// a list (`[None] * k`).
fn sample_size(k: &Value, n: usize) -> PyResult<usize> {
    let in_range = compare::le(&Value::Int(0), k)?
        && compare::le(k, &Value::Int(i64::try_from(n).unwrap_or(i64::MAX)))?;
    if !in_range {
        return Err(raise::value_error(
            "Sample larger than population or is negative",
        ));
    }
    match k {
        Value::Int(k) => Ok(*k as usize),
        Value::Bool(b) => Ok(usize::from(*b)),
        other => Err(raise::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            other.type_name()
        ))),
    }
}

/// The positions `sample` picks, and which of CPython's two methods picked them.
enum Positions {
    /// Partial Fisher-Yates over a copy of the population (`list(population)`).
    Pool(Vec<usize>),
    /// Rejection against a set of chosen positions (`population[j]`).
    Set(Vec<usize>),
}

/// CPython 3.11's choice between a pool and a set, by their memory cost,
/// and the draws each makes.
fn sample_positions(n: usize, k: usize) -> Positions {
    let mut setsize: u128 = 21;
    if k > 5 {
        let exponent = ((k as f64 * 3.0).ln() / 4.0f64.ln()).ceil();
        setsize += 4u128.saturating_pow(exponent as u32);
    }
    if n as u128 <= setsize {
        let mut pool: Vec<usize> = (0..n).collect();
        let mut out = Vec::with_capacity(k);
        for i in 0..k {
            let j = randbelow_usize(n - i);
            out.push(pool[j]);
            pool[j] = pool[n - i - 1];
        }
        Positions::Pool(out)
    } else {
        let mut selected = FxHashSet::default();
        let mut out = Vec::with_capacity(k);
        for _ in 0..k {
            let mut j = randbelow_usize(n);
            while !selected.insert(j) {
                j = randbelow_usize(n);
            }
            out.push(j);
        }
        Positions::Set(out)
    }
}
