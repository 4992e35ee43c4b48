//! Calling the iterator types: `enumerate`, `zip`, `map`, `filter`, `reversed`.
//!
//! Argument checks follow CPython 3.11's vectorcall entry points, message for
//! message and in the same order (keywords first, then counts, then iterability).

use crate::error::{raise, PyResult};
use crate::func::{check_arity, no_kwargs, KwArgs};
use crate::iter::{Iter, PyIter};
use crate::value::Value;

use super::args::index_value;
use super::lazy::{Enumerate, Filter, Lazy, Map, Zip};

/// `enumerate(iterable, start=0)`
pub fn enumerate(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (iterable, start) = enumerate_args(args, kwargs)?;
    let start = match start {
        Some(s) => index_value(s)?,
        None => Value::Int(0),
    };
    let inner = PyIter::of(iterable)?;
    Ok(PyIter::lazy(Lazy::Enumerate(Enumerate::new(inner, start))))
}

/// Binds enumerate's arguments exactly as CPython's hand-written parser does.
fn enumerate_args<'a>(
    args: &'a [Value],
    kwargs: KwArgs<'a>,
) -> PyResult<(&'a Value, Option<&'a Value>)> {
    let expect = |index: usize, name: &str| -> PyResult<()> {
        match kwargs.get(index) {
            Some((key, _)) if *key != name => Err(raise::type_error(format!(
                "'{key}' is an invalid keyword argument for enumerate()"
            ))),
            _ => Ok(()),
        }
    };
    let values: Vec<&Value> = args.iter().chain(kwargs.iter().map(|(_, v)| v)).collect();
    match (values.as_slice(), kwargs.len()) {
        ([iterable], n) => {
            if n == 1 {
                expect(0, "iterable")?;
            }
            Ok((iterable, None))
        }
        ([first, second], 2) if kwargs[0].0 == "start" => {
            expect(1, "iterable")?;
            Ok((second, Some(first)))
        }
        ([first, second], n) => {
            match n {
                1 => expect(0, "start")?,
                2 => {
                    expect(0, "iterable")?;
                    expect(1, "start")?;
                }
                _ => {}
            }
            Ok((first, Some(second)))
        }
        _ if args.is_empty() => Err(raise::type_error(
            "enumerate() missing required argument 'iterable'",
        )),
        _ => Err(raise::type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            values.len()
        ))),
    }
}

/// `zip(*iterables, strict=False)`
pub fn zip(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [strict] = super::take_kwargs("zip", kwargs, ["strict"])?;
    let strict = match strict {
        Some(s) => crate::object::truthy(s)?,
        None => false,
    };
    let iters = args.iter().map(PyIter::of).collect::<PyResult<Vec<_>>>()?;
    Ok(PyIter::lazy(Lazy::Zip(Zip::new(iters, strict))))
}

/// `map(func, *iterables)`
pub fn map(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("map", kwargs)?;
    let [func, iterables @ ..] = args else {
        return Err(raise::type_error("map() must have at least two arguments."));
    };
    if iterables.is_empty() {
        return Err(raise::type_error("map() must have at least two arguments."));
    }
    let iters = iterables
        .iter()
        .map(PyIter::of)
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyIter::lazy(Lazy::Map(Map::new(func.clone(), iters))))
}

/// `filter(function_or_None, iterable)`
pub fn filter(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("filter", kwargs)?;
    check_arity("filter", args, 2, 2)?;
    let inner = PyIter::of(&args[1])?;
    Ok(PyIter::lazy(Lazy::Filter(Filter::new(
        args[0].clone(),
        inner,
    ))))
}

/// `reversed(sequence)`
pub fn reversed(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("reversed", kwargs)?;
    let [seq] = args else {
        return Err(raise::type_error(format!(
            "reversed expected 1 argument, got {}",
            args.len()
        )));
    };
    let state = match seq {
        Value::List(l) => Iter::ListReverse {
            list: l.clone(),
            left: l.len(),
        },
        Value::Tuple(t) => Iter::TupleReverse {
            tuple: t.clone(),
            left: t.items.len(),
        },
        Value::Str(s) => Iter::StrReverse {
            s: s.clone(),
            end: s.as_str().len(),
        },
        Value::Range(r) => {
            let left = r.len() as u64;
            // The last item is in the range, so it fits in i64.
            let last = r.start as i128 + (left.max(1) as i128 - 1) * r.step as i128;
            Iter::Count {
                next: last as i64,
                step: r.step.wrapping_neg(),
                left,
            }
        }
        Value::Dict(d) => dict_reverse(d, crate::dict::ViewKind::Keys),
        Value::DictView(v) => dict_reverse(&v.dict, v.kind),
        // An instance whose class, or a class whose metaclass, defines `__reversed__`.
        Value::Instance(_) | Value::Class(_)
            if crate::instance::special_method(seq, "__reversed__").is_some() =>
        {
            return crate::instance::call_special(seq, "__reversed__", &[])
                .unwrap_or_else(|| Err(not_reversible(seq)));
        }
        // A native sequence (one with a length): its items, backwards.
        Value::Native(n) if n.length().is_some() => {
            let list = std::rc::Rc::new(crate::list::PyList::new(crate::iter::collect(seq)?));
            Iter::ListReverse {
                left: list.len(),
                list,
            }
        }
        other => return Err(not_reversible(other)),
    };
    Ok(Value::Iter(PyIter::from_state(state)))
}

/// `TypeError: 'int' object is not reversible`
fn not_reversible(v: &Value) -> crate::error::PyErr {
    raise::type_error(format!("'{}' object is not reversible", v.type_name()))
}

fn dict_reverse(dict: &std::rc::Rc<crate::dict::PyDict>, kind: crate::dict::ViewKind) -> Iter {
    Iter::DictReverse {
        dict: dict.clone(),
        kind,
        left: dict.len(),
        len: dict.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reversed_range(start: i64, stop: i64, step: i64) -> Vec<i64> {
        let range = Value::Range(std::rc::Rc::new(crate::range::PyRange {
            start,
            stop,
            step,
        }));
        let it = reversed(&[range], &[]).unwrap();
        crate::iter::collect(&it)
            .unwrap()
            .into_iter()
            .map(|v| match v {
                Value::Int(i) => i,
                _ => panic!("range items are ints"),
            })
            .collect()
    }

    #[test]
    fn reversed_ranges_reach_the_edges_of_i64() {
        assert_eq!(reversed_range(0, 10, 3), [9, 6, 3, 0]);
        assert_eq!(reversed_range(10, 0, -3), [1, 4, 7, 10]);
        assert_eq!(reversed_range(5, 5, 1), Vec::<i64>::new());
        assert_eq!(
            reversed_range(i64::MIN, i64::MIN + 10, 4),
            [i64::MIN + 8, i64::MIN + 4, i64::MIN]
        );
        assert_eq!(
            reversed_range(i64::MAX, i64::MAX - 3, -2),
            [i64::MAX - 2, i64::MAX]
        );
        assert_eq!(reversed_range(5, i64::MIN, i64::MIN), [i64::MIN + 5, 5]);
    }

    #[test]
    fn enumerate_arguments_follow_cpython() {
        let message = |args: &[Value], kwargs: KwArgs| match enumerate(args, kwargs) {
            Ok(_) => "ok".to_string(),
            Err(e) => e.message(),
        };
        let xs = Value::list(vec![]);
        let one = Value::Int(1);
        assert_eq!(
            message(&[], &[("start", one.clone())]),
            "'start' is an invalid keyword argument for enumerate()"
        );
        assert_eq!(
            message(&[], &[]),
            "enumerate() missing required argument 'iterable'"
        );
        assert_eq!(
            message(&[xs.clone(), one.clone()], &[("start", one.clone())]),
            "enumerate() takes at most 2 arguments (3 given)"
        );
        assert_eq!(
            message(&[], &[("start", one.clone()), ("iterable", xs.clone())]),
            "ok"
        );
        assert_eq!(
            message(std::slice::from_ref(&xs), &[("iterable", one.clone())]),
            "'iterable' is an invalid keyword argument for enumerate()"
        );
        assert_eq!(
            message(&[one], &[("start", Value::str("a"))]),
            "'str' object cannot be interpreted as an integer"
        );
    }
}
