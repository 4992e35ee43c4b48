//! `random`: CPython 3.11's module functions over its Mersenne Twister, giving
//! the same numbers as CPython for the same seed and the same calls.
//!
//! Files: `mt` (the generator: seeding, 32-bit words, floats, bits,
//! `_randbelow`), `params` (argument binding with `Random.<name>()` messages),
//! `seq` (`choice`, `choices`, `shuffle`, `sample`), `dist` (the float
//! distributions). This file holds the module's state, seeding and state
//! access, and the integer functions (`random`, `getrandbits`, `randbytes`,
//! `randrange`, `randint`).
//!
//! Invariant: the generator is borrowed only inside this module's helpers and
//! never while Python code runs (a `__getitem__` or `__add__` may call back
//! into `random`).

use std::cell::RefCell;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};
use sha2::{Digest, Sha512};

use crate::compare;
use crate::error::{raise, PyResult};
use crate::func::{BuiltinFunction, KwArgs};
use crate::sync::PyStatic;
use crate::types::TypeId;
use crate::value::Value;

mod dist;
mod instance;
mod mt;
mod params;
mod seq;

#[cfg(test)]
mod cases;
#[cfg(test)]
mod harness;

use mt::Mt;
use params::{exact_positional, Params};

/// The module's public functions.
static FUNCTIONS: [BuiltinFunction; 23] = [
    BuiltinFunction {
        name: "seed",
        call: seed,
    },
    BuiltinFunction {
        name: "random",
        call: random,
    },
    BuiltinFunction {
        name: "getrandbits",
        call: getrandbits,
    },
    BuiltinFunction {
        name: "randbytes",
        call: randbytes,
    },
    BuiltinFunction {
        name: "randrange",
        call: randrange,
    },
    BuiltinFunction {
        name: "randint",
        call: randint,
    },
    BuiltinFunction {
        name: "getstate",
        call: getstate,
    },
    BuiltinFunction {
        name: "setstate",
        call: setstate,
    },
    BuiltinFunction {
        name: "choice",
        call: seq::choice,
    },
    BuiltinFunction {
        name: "choices",
        call: seq::choices,
    },
    BuiltinFunction {
        name: "shuffle",
        call: seq::shuffle,
    },
    BuiltinFunction {
        name: "sample",
        call: seq::sample,
    },
    BuiltinFunction {
        name: "uniform",
        call: dist::uniform,
    },
    BuiltinFunction {
        name: "triangular",
        call: dist::triangular,
    },
    BuiltinFunction {
        name: "gauss",
        call: dist::gauss,
    },
    BuiltinFunction {
        name: "normalvariate",
        call: dist::normalvariate,
    },
    BuiltinFunction {
        name: "lognormvariate",
        call: dist::lognormvariate,
    },
    BuiltinFunction {
        name: "expovariate",
        call: dist::expovariate,
    },
    BuiltinFunction {
        name: "vonmisesvariate",
        call: dist::vonmisesvariate,
    },
    BuiltinFunction {
        name: "gammavariate",
        call: dist::gammavariate,
    },
    BuiltinFunction {
        name: "betavariate",
        call: dist::betavariate,
    },
    BuiltinFunction {
        name: "paretovariate",
        call: dist::paretovariate,
    },
    BuiltinFunction {
        name: "weibullvariate",
        call: dist::weibullvariate,
    },
];

/// The module's public names: its functions and the constants `random.py`
/// defines at module level (`TWOPI`, `BPF`, ...).
pub fn attributes() -> Vec<(&'static str, Value)> {
    let mut names: Vec<(&'static str, Value)> = FUNCTIONS
        .iter()
        .map(|f| (f.name, Value::Builtin(f)))
        .collect();
    names.push(("Random", instance::constructor()));
    names.extend([
        ("NV_MAGICCONST", Value::Float(dist::nv_magicconst())),
        ("TWOPI", Value::Float(std::f64::consts::TAU)),
        ("LOG4", Value::Float(4.0f64.ln())),
        ("SG_MAGICCONST", Value::Float(dist::sg_magicconst())),
        ("BPF", Value::Int(53)),
        ("RECIP_BPF", Value::Float(1.0 / 9_007_199_254_740_992.0)),
    ]);
    names
}

/// A generator's state: the hidden `Random` instance behind the module
/// functions, or a `random.Random` object's.
struct State {
    mt: Mt,
    /// `gauss`'s cached second value (`None` or, normally, a float).
    gauss_next: Value,
}

/// The module's generator, seeded from OS entropy on first use (as CPython
/// seeds it when `random` is imported).
static STATE: PyStatic<RefCell<Option<Box<State>>>> = PyStatic::new(RefCell::new(None));

impl State {
    /// A generator seeded from OS entropy.
    fn from_entropy() -> State {
        State {
            mt: Mt::from_key(&entropy_key()),
            gauss_next: Value::None,
        }
    }
}

/// Runs `f` on the state of the generator in use: the `random.Random`
/// object whose method is running ([`instance::Active`]), else the module's.
/// `f` must not call Python code.
fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> R {
    if let Some(state) = instance::active() {
        return f(&mut state.borrow_mut());
    }
    let mut slot = STATE.borrow_mut();
    let state = slot.get_or_insert_with(|| Box::new(State::from_entropy()));
    f(state)
}

/// Runs `f` on the generator. `f` must not call Python code.
fn with_mt<R>(f: impl FnOnce(&mut Mt) -> R) -> R {
    with_state(|state| f(&mut state.mt))
}

/// `random()` as a Rust float.
fn next_float() -> f64 {
    with_mt(Mt::random)
}

/// `_randbelow(n)` for `n > 0`.
fn randbelow_usize(n: usize) -> usize {
    // usize fits in u64 on every supported target, so the result fits back.
    with_mt(|mt| mt.below_u64(n as u64)) as usize
}

/// `_randbelow(n)` for a positive int `n` of any size.
fn randbelow_big(n: &BigInt) -> BigInt {
    match n.to_u64() {
        Some(small) => BigInt::from(with_mt(|mt| mt.below_u64(small))),
        None => BigInt::from(with_mt(|mt| mt.below_big(n.magnitude()))),
    }
}

/// An int value from an `i128`.
fn int_value(i: i128) -> Value {
    match i64::try_from(i) {
        Ok(small) => Value::Int(small),
        Err(_) => Value::from_bigint(BigInt::from(i)),
    }
}

/// 624 words from the OS (`/dev/urandom`), or, without it, words hashed
/// from the time, the process id and std's per-process random keys.
fn entropy_key() -> Vec<u32> {
    use std::io::Read;
    let mut bytes = vec![0u8; mt::N * 4];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
    if read.is_ok() {
        return bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    use std::hash::{BuildHasher, Hasher};
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let keys = std::collections::hash_map::RandomState::new();
    (0..8u32)
        .flat_map(|i| {
            let mut h = keys.build_hasher();
            h.write_u128(nanos);
            h.write_u32(std::process::id());
            h.write_u32(i);
            let x = h.finish();
            [x as u32, (x >> 32) as u32]
        })
        .collect()
}

/// The seed words of a non-negative big int: 32-bit words, least significant first.
fn words_of(n: &BigUint) -> Vec<u32> {
    let words = n.to_u32_digits();
    if words.is_empty() {
        vec![0]
    } else {
        words
    }
}

/// The seed words of a hash, taken as an unsigned 64-bit number (`size_t`).
fn hash_words(hash: i64) -> Vec<u32> {
    words_of(&BigUint::from(hash as u64))
}

static SEED: Params = Params {
    name: "seed",
    positional: &["a", "version"],
    required: 0,
    kwonly: &[],
};

/// `random.seed(a=None, version=2)`
pub fn seed(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [a, version] = SEED.bind(args, kwargs)?;
    let a = a.unwrap_or(&Value::None);
    let version_is = |n: i64| match version {
        None => Ok(n == 2),
        Some(v) => compare::eq(v, &Value::Int(n)),
    };
    let text_seed = matches!(a, Value::Str(_) | Value::Bytes(_));
    let key = if text_seed && version_is(1)? {
        version1_words(a)
    } else if text_seed && version_is(2)? {
        let data: &[u8] = match a {
            Value::Str(s) => s.as_str().as_bytes(),
            Value::Bytes(b) => &b.data,
            _ => &[],
        };
        let mut all = data.to_vec();
        all.extend_from_slice(&Sha512::digest(data));
        words_of(&BigUint::from_bytes_be(&all))
    } else {
        match a {
            Value::None => entropy_key(),
            Value::Bool(b) => vec![u32::from(*b)],
            Value::Int(i) => words_of(&BigUint::from(i.unsigned_abs())),
            Value::BigInt(b) => words_of(b.magnitude()),
            Value::Float(_) | Value::Str(_) | Value::Bytes(_) => hash_words(crate::hash::hash(a)?),
            _ => {
                return Err(raise::type_error(
                    "The only supported seed types are: None,\n\
                     int, float, str, bytes, and bytearray.",
                ))
            }
        }
    };
    with_state(|state| {
        state.mt = Mt::from_key(&key);
        state.gauss_next = Value::None;
    });
    Ok(Value::None)
}

/// `seed(a, version=1)` for str and bytes: Python 2's string hash.
fn version1_words(a: &Value) -> Vec<u32> {
    let chars: Vec<u32> = match a {
        Value::Str(s) => s.as_str().chars().map(u32::from).collect(),
        Value::Bytes(b) => b.data.iter().map(|&c| u32::from(c)).collect(),
        _ => Vec::new(),
    };
    let mut x: u64 = chars.first().map_or(0, |&c| u64::from(c) << 7);
    for &c in &chars {
        x = 1_000_003u64.wrapping_mul(x) ^ u64::from(c);
    }
    x ^= chars.len() as u64;
    words_of(&BigUint::from(x))
}

static GETSTATE: Params = Params {
    name: "getstate",
    positional: &[],
    required: 0,
    kwonly: &[],
};

/// `random.getstate()`: `(3, (624 words..., index), gauss_next)`.
pub fn getstate(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [] = GETSTATE.bind(args, kwargs)?;
    let (words, gauss_next) = with_state(|state| {
        let (words, index) = state.mt.state();
        let mut items: Vec<Value> = words.iter().map(|&w| Value::Int(i64::from(w))).collect();
        items.push(Value::Int(index as i64));
        (items, state.gauss_next.clone())
    });
    Ok(Value::tuple_of([
        Value::Int(3),
        Value::tuple(words),
        gauss_next,
    ]))
}

static SETSTATE: Params = Params {
    name: "setstate",
    positional: &["state"],
    required: 1,
    kwonly: &[],
};

/// `random.setstate(state)` for the states `getstate` returns (version 3)
/// and Python 2.4's (version 2).
pub fn setstate(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [state] = SETSTATE.bind(args, kwargs)?;
    let state = state.unwrap_or(&Value::None);
    let version = crate::subscript::getitem(state, &Value::Int(0))?;
    let modulo = if compare::eq(&version, &Value::Int(3))? {
        false
    } else if compare::eq(&version, &Value::Int(2))? {
        true
    } else {
        return Err(raise::value_error(format!(
            "state with version {} passed to Random.setstate() of version 3",
            crate::repr::str_of(&version)?
        )));
    };
    let [_, internal, gauss_next] = crate::unpack::exact::<3>(state)?;
    with_state(|s| s.gauss_next = gauss_next);
    let Value::Tuple(internal) = internal else {
        return Err(raise::type_error("state vector must be a tuple"));
    };
    if internal.items.len() != mt::N + 1 {
        return Err(raise::value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; mt::N];
    for (word, item) in words.iter_mut().zip(&internal.items) {
        *word = state_word(item, modulo)?;
    }
    let index = match &internal.items[mt::N] {
        Value::Int(i) => usize::try_from(*i).ok(),
        Value::Bool(b) => Some(usize::from(*b)),
        _ => None,
    };
    let mt = index
        .and_then(|index| Mt::from_state(words, index))
        .ok_or_else(|| raise::value_error("invalid state"))?;
    with_state(|s| s.mt = mt);
    Ok(Value::None)
}

/// One word of a state tuple: an int in `0..2**64` (or any int, for a
/// version 2 state), of which the low 32 bits are kept.
fn state_word(item: &Value, modulo: bool) -> PyResult<u32> {
    let Some(big) = crate::int::to_bigint(item) else {
        return Err(raise::type_error("an integer is required"));
    };
    if modulo {
        let (_, digits) = big.to_u32_digits();
        let low = digits.first().copied().unwrap_or(0);
        return Ok(if big.sign() == Sign::Minus {
            low.wrapping_neg()
        } else {
            low
        });
    }
    if big.is_negative() {
        return Err(raise::overflow(
            "can't convert negative value to unsigned int",
        ));
    }
    match big.to_u64() {
        Some(w) => Ok(w as u32),
        None => Err(raise::overflow(
            "Python int too large to convert to C unsigned long",
        )),
    }
}

/// `random.random()`: a float in [0.0, 1.0).
pub fn random(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    exact_positional("random", args, kwargs, 0)?;
    Ok(Value::Float(next_float()))
}

/// The bit count `k` of `getrandbits(k)`: a C `int`, not negative.
fn bit_count(k: &Value) -> PyResult<u64> {
    let k = match k {
        Value::Int(i) => i32::try_from(*i)
            .map_err(|_| raise::overflow("Python int too large to convert to C int"))?,
        Value::Bool(b) => i32::from(*b),
        Value::BigInt(_) => {
            return Err(raise::overflow("Python int too large to convert to C int"))
        }
        other => return Err(crate::methods::args::not_an_integer(other)),
    };
    u64::try_from(k).map_err(|_| raise::value_error("number of bits must be non-negative"))
}

/// `random.getrandbits(k)`: an int of `k` random bits.
pub fn getrandbits(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    exact_positional("getrandbits", args, kwargs, 1)?;
    let k = bit_count(&args[0])?;
    Ok(if k <= 64 {
        let bits = with_mt(|mt| mt.bits_u64(k as u32));
        match i64::try_from(bits) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::from_bigint(BigInt::from(bits)),
        }
    } else {
        Value::from_bigint(BigInt::from(with_mt(|mt| mt.bits_big(k))))
    })
}

static RANDBYTES: Params = Params {
    name: "randbytes",
    positional: &["n"],
    required: 1,
    kwonly: &[],
};

/// `random.randbytes(n)`: `getrandbits(n * 8)` as `n` little-endian bytes.
pub fn randbytes(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [n] = RANDBYTES.bind(args, kwargs)?;
    let n = n.unwrap_or(&Value::None);
    let k = bit_count(&crate::ops::mul(n, &Value::Int(8))?)?;
    let words = with_mt(|mt| mt.bits_words(k));
    if !crate::int::is_int(n) {
        // `to_bytes(n)` rejects what `n * 8` accepted.
        return Err(crate::methods::args::not_an_integer(n));
    }
    let mut bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    bytes.truncate((k / 8) as usize);
    Ok(crate::bytes::PyBytes::value(bytes))
}

/// An argument of `randrange` as an int: `operator.index(v)`, or (deprecated
/// in CPython, which also warns) `int(v)` when that equals `v`.
fn range_arg(v: &Value, what: &str) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => return Ok(v.clone()),
        Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
        Value::Instance(_) => {
            if let Some(result) = crate::instance::call_special(v, "__index__", &[]) {
                return match result? {
                    i @ (Value::Int(_) | Value::BigInt(_)) => Ok(i),
                    other => Err(raise::type_error(format!(
                        "__index__ returned non-int (type {})",
                        other.type_name()
                    ))),
                };
            }
        }
        _ => {}
    }
    let int = crate::builtins::construct(TypeId::Int, std::slice::from_ref(v), &[])?;
    if !compare::eq(&int, v)? {
        return Err(raise::value_error(format!(
            "non-integer {what} for randrange()"
        )));
    }
    Ok(int)
}

static RANDRANGE: Params = Params {
    name: "randrange",
    positional: &["start", "stop", "step"],
    required: 1,
    kwonly: &[],
};

/// `random.randrange(stop)` / `randrange(start, stop[, step])`
pub fn randrange(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [start, stop, step] = RANDRANGE.bind(args, kwargs)?;
    let start = start.unwrap_or(&Value::None);
    let stop = stop.filter(|s| !matches!(s, Value::None));
    range_from(start, stop, step)
}

/// `randrange(start, stop, step)` with `stop` already `None` when omitted or None.
fn range_from(start: &Value, stop: Option<&Value>, step: Option<&Value>) -> PyResult<Value> {
    let istart = range_arg(start, "arg 1")?;
    let Some(stop) = stop else {
        // `step is _ONE`: only an int 1 (not True, not 1.0) passes.
        if step.is_some_and(|s| !matches!(s, Value::Int(1))) {
            return Err(raise::type_error("Missing a non-None stop argument"));
        }
        return match &istart {
            Value::Int(n) if *n > 0 => Ok(Value::Int(with_mt(|mt| mt.below_u64(*n as u64)) as i64)),
            Value::BigInt(n) if n.is_positive() => Ok(Value::from_bigint(randbelow_big(n))),
            _ => Err(raise::value_error("empty range for randrange()")),
        };
    };
    let istop = range_arg(stop, "stop")?;
    let istep = match step {
        None => Value::Int(1),
        Some(step) => range_arg(step, "step")?,
    };
    match (&istart, &istop, &istep) {
        (Value::Int(a), Value::Int(b), Value::Int(c)) => {
            small_range(i128::from(*a), i128::from(*b), i128::from(*c))
        }
        _ => big_range(
            &crate::int::to_bigint(&istart).unwrap_or_default(),
            &crate::int::to_bigint(&istop).unwrap_or_default(),
            &crate::int::to_bigint(&istep).unwrap_or_default(),
        ),
    }
}

/// The message for an empty range with step 1.
fn empty_width(
    start: &dyn std::fmt::Display,
    stop: &dyn std::fmt::Display,
    width: &dyn std::fmt::Display,
) -> crate::error::PyErr {
    raise::value_error(format!(
        "empty range for randrange() ({start}, {stop}, {width})"
    ))
}

/// `randrange` for bounds and step that fit in `i64` (so every
/// intermediate fits in `i128` and every count in `u64`).
fn small_range(start: i128, stop: i128, step: i128) -> PyResult<Value> {
    let width = stop - start;
    if step == 1 {
        if width > 0 {
            let r = with_mt(|mt| mt.below_u64(width as u64));
            return Ok(int_value(start + i128::from(r)));
        }
        return Err(empty_width(&start, &stop, &width));
    }
    let n = match step.signum() {
        1 => Integer::div_floor(&(width + step - 1), &step),
        -1 => Integer::div_floor(&(width + step + 1), &step),
        _ => return Err(raise::value_error("zero step for randrange()")),
    };
    if n <= 0 {
        return Err(raise::value_error("empty range for randrange()"));
    }
    let r = with_mt(|mt| mt.below_u64(n as u64));
    Ok(int_value(start + step * i128::from(r)))
}

/// `randrange` for big bounds or step.
fn big_range(start: &BigInt, stop: &BigInt, step: &BigInt) -> PyResult<Value> {
    let width = stop - start;
    let one = BigInt::from(1);
    if *step == one {
        if width.is_positive() {
            return Ok(Value::from_bigint(start + randbelow_big(&width)));
        }
        return Err(empty_width(start, stop, &width));
    }
    let n = match step.sign() {
        Sign::Plus => (&width + step - &one).div_floor(step),
        Sign::Minus => (&width + step + &one).div_floor(step),
        Sign::NoSign => return Err(raise::value_error("zero step for randrange()")),
    };
    if !n.is_positive() {
        return Err(raise::value_error("empty range for randrange()"));
    }
    Ok(Value::from_bigint(start + step * randbelow_big(&n)))
}

static RANDINT: Params = Params {
    name: "randint",
    positional: &["a", "b"],
    required: 2,
    kwonly: &[],
};

/// `random.randint(a, b)`: `randrange(a, b + 1)`.
pub fn randint(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [a, b] = RANDINT.bind(args, kwargs)?;
    let (a, b) = (a.unwrap_or(&Value::None), b.unwrap_or(&Value::None));
    if let (Value::Int(a), Value::Int(b)) = (a, b) {
        return small_range(i128::from(*a), i128::from(*b) + 1, 1);
    }
    let stop = crate::ops::add(b, &Value::Int(1))?;
    range_from(a, Some(&stop), None)
}

#[cfg(test)]
mod tests {
    use super::harness::{i, Session, N};
    use super::*;

    #[test]
    fn entropy_seeds_differ_and_int_seeds_repeat() {
        let session = Session::start();
        let draw = || getrandbits(&[i(128)], &[]).and_then(|v| crate::repr::repr(&v));
        assert!(seed(&[], &[]).is_ok());
        let first = draw().ok();
        assert!(seed(&[N], &[]).is_ok());
        assert_ne!(first, draw().ok());
        assert!(seed(&[i(9)], &[]).is_ok());
        let nine = draw().ok();
        assert!(seed(&[], &[("a", i(9))]).is_ok());
        assert_eq!(nine, draw().ok());
        assert_eq!(entropy_key().len(), mt::N);
        session.finish();
    }

    #[test]
    fn attribute_names_are_unique() {
        let names: Vec<&str> = attributes().into_iter().map(|(n, _)| n).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len());
        for f in &FUNCTIONS {
            assert!(names.contains(&f.name));
        }
    }
}
