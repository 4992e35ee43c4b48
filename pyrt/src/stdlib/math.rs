//! `math`: CPython 3.11's math module, natively.
//!
//! Float functions convert their arguments as CPython's `PyFloat_AsDouble`
//! does (a float; an int, correctly rounded; `__float__`; then `__index__`)
//! and map C's error conventions onto Python's: a NaN from non-NaN arguments
//! is `ValueError: math domain error`, an infinity from finite arguments is
//! `OverflowError: math range error` (or a domain error at a singularity).
//!
//! Most functions call the platform libm (glibc on Linux) exactly as CPython
//! does, so results agree to the bit. What CPython computes itself is
//! reproduced operation for operation: `gamma` and `lgamma` (a Lanczos
//! approximation), `fsum` (Shewchuk's exact partials), `hypot` and `dist`
//! (a scaled, compensated vector norm), the special values of `pow`, `atan2`
//! and `remainder`, and logarithms of ints too large for a float.
//!
//! Integer functions (`factorial`, `comb`, `perm`, `gcd`, `lcm`, `isqrt`, and
//! `floor`/`ceil`/`trunc` of floats) return arbitrary-precision ints.

use std::f64::consts::{E, PI, TAU};

use num_bigint::{BigInt, BigUint};
use num_integer::{Integer, Roots};
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::{raise, PyErr, PyResult};
use crate::func::{check_arity, no_kwargs, BuiltinFunction, KwArgs};
use crate::iter::Iter;
use crate::value::Value;

/// The public names of `math`: its functions and its five constants.
pub fn attributes() -> Vec<(&'static str, Value)> {
    let mut names: Vec<(&'static str, Value)> = FUNCTIONS
        .iter()
        .map(|f| (f.name, Value::Builtin(f)))
        .collect();
    names.extend([
        ("e", Value::Float(E)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
        ("pi", Value::Float(PI)),
        ("tau", Value::Float(TAU)),
    ]);
    names
}

/// Declares the module's function table from `name => implementation` pairs.
macro_rules! function_table {
    ($($name:ident => $call:expr),* $(,)?) => {
        /// Every function of the module, in alphabetical order.
        static FUNCTIONS: &[BuiltinFunction] = &[
            $(BuiltinFunction { name: stringify!($name), call: $call },)*
        ];
    };
}

function_table! {
    acos => acos, acosh => acosh, asin => asin, asinh => asinh, atan => atan,
    atan2 => atan2, atanh => atanh, cbrt => cbrt, ceil => ceil, comb => comb,
    copysign => copysign, cos => cos, cosh => cosh, degrees => degrees, dist => dist,
    erf => erf, erfc => erfc, exp => exp, exp2 => exp2, expm1 => expm1, fabs => fabs,
    factorial => factorial, floor => floor, fmod => fmod, frexp => frexp, fsum => fsum,
    gamma => gamma, gcd => gcd, hypot => hypot, isclose => isclose,
    isfinite => isfinite, isinf => isinf, isnan => isnan, isqrt => isqrt, lcm => lcm,
    ldexp => ldexp, lgamma => lgamma, log => log, log10 => log10, log1p => log1p,
    log2 => log2, modf => modf, nextafter => nextafter, perm => perm, pow => pow,
    prod => prod, radians => radians, remainder => remainder, sin => sin, sinh => sinh,
    sqrt => sqrt, tan => tan, tanh => tanh, trunc => trunc, ulp => ulp,
}

// ---------------------------------------------------------------------------
// Arguments and errors

/// The single argument of a one-argument function (CPython's `METH_O`):
/// keywords are refused first, then the count is checked.
fn one_arg<'a>(qualname: &str, args: &'a [Value], kwargs: KwArgs) -> PyResult<&'a Value> {
    no_kwargs(qualname, kwargs)?;
    check_arity(qualname, args, 1, 1)?;
    Ok(&args[0])
}

/// The two positional arguments of `math.<name>(x, y, /)`.
fn two_args<'a>(name: &str, args: &'a [Value], kwargs: KwArgs) -> PyResult<(&'a Value, &'a Value)> {
    refuse_kwargs(name, kwargs)?;
    check_arity(name, args, 2, 2)?;
    Ok((&args[0], &args[1]))
}

/// `TypeError: math.<name>() takes no keyword arguments`.
fn refuse_kwargs(name: &str, kwargs: KwArgs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(raise::type_error(format!(
            "math.{name}() takes no keyword arguments"
        )))
    }
}

/// CPython's `_PyArg_UnpackKeywords` for `fname(p0, ..., *, kw...)`: the
/// first `posonly` parameters are positional-only, at most `maxpos` may be
/// given by position and the first `minpos` are required. Same messages,
/// checked in the same order.
fn unpack_keywords<'a, const N: usize>(
    fname: &str,
    args: &'a [Value],
    kwargs: KwArgs<'a>,
    names: [&str; N],
    posonly: usize,
    minpos: usize,
    maxpos: usize,
) -> PyResult<[Option<&'a Value>; N]> {
    let nargs = args.len();
    let total = nargs + kwargs.len();
    if total > N {
        return Err(raise::type_error(format!(
            "{fname}() takes at most {N} {}argument{} ({total} given)",
            if nargs == 0 { "keyword " } else { "" },
            if N == 1 { "" } else { "s" },
        )));
    }
    if nargs > maxpos || nargs < minpos.min(posonly) {
        let (bound, count) = if nargs > maxpos {
            (
                if minpos < maxpos {
                    "at most"
                } else {
                    "exactly"
                },
                maxpos,
            )
        } else {
            let minposonly = minpos.min(posonly);
            (
                if minposonly < maxpos {
                    "at least"
                } else {
                    "exactly"
                },
                minposonly,
            )
        };
        return Err(raise::type_error(format!(
            "{fname}() takes {bound} {count} positional argument{} ({nargs} given)",
            if count == 1 { "" } else { "s" },
        )));
    }
    let mut slots: [Option<&Value>; N] = [None; N];
    for (slot, arg) in slots.iter_mut().zip(args) {
        *slot = Some(arg);
    }
    let mut unmatched = kwargs.len();
    for i in nargs.max(posonly)..N {
        if unmatched == 0 && i >= minpos {
            break;
        }
        slots[i] = kwargs.iter().find(|(k, _)| *k == names[i]).map(|(_, v)| v);
        if slots[i].is_some() {
            unmatched -= 1;
        } else if i < minpos {
            return Err(raise::type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    if unmatched > 0 {
        for (i, name) in names.iter().enumerate().take(nargs).skip(posonly) {
            if kwargs.iter().any(|(k, _)| k == name) {
                return Err(raise::type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        for (key, _) in kwargs {
            if !names[posonly..].contains(key) {
                return Err(raise::type_error(format!(
                    "'{key}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    Ok(slots)
}

/// `PyFloat_AsDouble`: a float, an int (correctly rounded, `OverflowError`
/// past the float range), or an object with `__float__` or `__index__`.
pub(crate) fn as_double(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        Value::BigInt(b) => crate::int::to_f64(b),
        Value::Instance(_) => instance_as_double(v),
        other => Err(not_real(other)),
    }
}

/// `PyFloat_AsDouble` for an instance of a Python class.
fn instance_as_double(v: &Value) -> PyResult<f64> {
    if let Some(result) = crate::instance::call_special(v, "__float__", &[]) {
        return match result? {
            Value::Float(f) => Ok(f),
            other => Err(raise::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.type_name(),
                other.type_name()
            ))),
        };
    }
    if crate::instance::special_method(v, "__index__").is_some() {
        return as_double(&index(v)?);
    }
    Err(not_real(v))
}

/// `TypeError: must be real number, not T`
#[cold]
fn not_real(v: &Value) -> PyErr {
    raise::type_error(format!("must be real number, not {}", v.type_name()))
}

/// `operator.index(v)`: an int value (`Value::Int` or `Value::BigInt`), or
/// `TypeError: 'T' object cannot be interpreted as an integer`.
fn index(v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Instance(_) => match crate::instance::call_special(v, "__index__", &[]) {
            Some(result) => match result? {
                i @ (Value::Int(_) | Value::BigInt(_)) => Ok(i),
                Value::Bool(b) => Ok(Value::Int(i64::from(b))),
                other => Err(raise::type_error(format!(
                    "__index__ returned non-int (type {})",
                    other.type_name()
                ))),
            },
            None => Err(crate::methods::args::not_an_integer(v)),
        },
        other => Err(crate::methods::args::not_an_integer(other)),
    }
}

/// The value of an int produced by [`index`].
fn big(v: &Value) -> BigInt {
    crate::int::to_bigint(v).unwrap_or_default()
}

/// `ValueError: math domain error`
#[cold]
fn domain_error() -> PyErr {
    raise::value_error("math domain error")
}

/// `OverflowError: math range error`
#[cold]
fn range_error() -> PyErr {
    raise::overflow("math range error")
}

/// What C's `errno` reports after a libm-style computation.
#[derive(Debug, PartialEq)]
enum MathError {
    /// `EDOM`: invalid argument or singularity (`ValueError`).
    Domain,
    /// `ERANGE` with an overflowed result (`OverflowError`).
    Range,
}

impl From<MathError> for PyErr {
    fn from(e: MathError) -> PyErr {
        match e {
            MathError::Domain => domain_error(),
            MathError::Range => range_error(),
        }
    }
}

// ---------------------------------------------------------------------------
// Functions of one float

/// CPython's `math_1`: the result `r = f(x)` of a libm function as a float
/// value, or the error its special values imply.
fn math_1(x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    check_1(x, r, can_overflow).map(Value::Float)
}

/// `r = f(x)`, or the error its special values imply: a NaN from a non-NaN is
/// a domain error; an infinity from a finite `x` an overflow when
/// `can_overflow`, else a singularity (a domain error).
fn check_1(x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(r)
}

/// Defines `math.<name>(x)` functions that apply a libm function through [`math_1`].
macro_rules! libm_functions {
    ($($name:ident => $f:expr, $can_overflow:expr;)*) => {$(
        #[doc = concat!("`math.", stringify!($name), "(x)`")]
        fn $name(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
            let x = as_double(one_arg(concat!("math.", stringify!($name)), args, kwargs)?)?;
            let f: fn(f64) -> f64 = $f;
            math_1(x, f(x), $can_overflow)
        }
    )*};
}

libm_functions! {
    acos => libm::acos, false;
    acosh => libm::acosh, false;
    asin => libm::asin, false;
    asinh => libm::asinh, false;
    atan => libm::atan, false;
    atanh => libm::atanh, false;
    cbrt => libm::cbrt, false;
    cos => libm::cos, false;
    cosh => libm::cosh, true;
    exp => libm::exp, true;
    exp2 => libm::exp2, true;
    expm1 => libm::expm1, true;
    fabs => f64::abs, false;
    log1p => log1p_signed, false;
    sin => libm::sin, false;
    sinh => libm::sinh, true;
    sqrt => f64::sqrt, false;
    tan => libm::tan, false;
    tanh => libm::tanh, false;
}

/// C's `log1p`, keeping the sign of a zero argument as CPython's `m_log1p` does.
fn log1p_signed(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        libm::log1p(x)
    }
}

/// The platform's C math library, which CPython calls. Rust's `f64`
/// methods compute some functions in Rust (`asinh`, `acosh`, `atanh` give
/// other last bits) and lack others (`erf`, `erfc`), and the Rust runtime
/// links its own `cbrt` ahead of libm's, so every transcendental function is
/// declared here; on glibc through its `f64` aliases (glibc 2.27+, the same
/// code as the plain names), which nothing else defines. `sqrt`, `fmod` and
/// the roundings are exact in any implementation and stay Rust's.
mod libm {
    /// Declares C libm functions of doubles, with safe wrappers.
    macro_rules! c_functions {
        ($($name:ident($($arg:ident),*) $gnu_name:literal;)*) => {
            mod c {
                extern "C" {
                    $(
                        #[cfg_attr(all(target_os = "linux", target_env = "gnu"), link_name = $gnu_name)]
                        pub fn $name($($arg: f64),*) -> f64;
                    )*
                }
            }
            $(
                #[doc = concat!("C's `", stringify!($name), "`.")]
                pub fn $name($($arg: f64),*) -> f64 {
                    // SAFETY: a C99 libm function taking and returning doubles
                    // by value: no pointers, no preconditions (every double,
                    // NaN included, is a valid argument), and no memory touched
                    // but the thread-local errno.
                    unsafe { c::$name($($arg),*) }
                }
            )*
        };
    }

    c_functions! {
        acos(x) "acosf64";
        acosh(x) "acoshf64";
        asin(x) "asinf64";
        asinh(x) "asinhf64";
        atan(x) "atanf64";
        atan2(y, x) "atan2f64";
        atanh(x) "atanhf64";
        cbrt(x) "cbrtf64";
        cos(x) "cosf64";
        cosh(x) "coshf64";
        erf(x) "erff64";
        erfc(x) "erfcf64";
        exp(x) "expf64";
        exp2(x) "exp2f64";
        expm1(x) "expm1f64";
        log(x) "logf64";
        log10(x) "log10f64";
        log1p(x) "log1pf64";
        log2(x) "log2f64";
        pow(x, y) "powf64";
        sin(x) "sinf64";
        sinh(x) "sinhf64";
        tan(x) "tanf64";
        tanh(x) "tanhf64";
    }
}

/// `math.erf(x)`
fn erf(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = as_double(one_arg("math.erf", args, kwargs)?)?;
    Ok(Value::Float(libm::erf(x)))
}

/// `math.erfc(x)`
fn erfc(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = as_double(one_arg("math.erfc", args, kwargs)?)?;
    Ok(Value::Float(libm::erfc(x)))
}

/// `math.gamma(x)`
fn gamma(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = as_double(one_arg("math.gamma", args, kwargs)?)?;
    Ok(Value::Float(tgamma(x)?))
}

/// `math.lgamma(x)`
fn lgamma(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = as_double(one_arg("math.lgamma", args, kwargs)?)?;
    Ok(Value::Float(log_gamma(x)?))
}

/// `math.degrees(x)`
fn degrees(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const RAD_TO_DEG: f64 = 180.0 / PI;
    let x = as_double(one_arg("math.degrees", args, kwargs)?)?;
    Ok(Value::Float(x * RAD_TO_DEG))
}

/// `math.radians(x)`
fn radians(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const DEG_TO_RAD: f64 = PI / 180.0;
    let x = as_double(one_arg("math.radians", args, kwargs)?)?;
    Ok(Value::Float(x * DEG_TO_RAD))
}

/// `math.isfinite(x)`
fn isfinite(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = as_double(one_arg("math.isfinite", args, kwargs)?)?;
    Ok(Value::Bool(x.is_finite()))
}

/// `math.isinf(x)`
fn isinf(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = as_double(one_arg("math.isinf", args, kwargs)?)?;
    Ok(Value::Bool(x.is_infinite()))
}

/// `math.isnan(x)`
fn isnan(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = as_double(one_arg("math.isnan", args, kwargs)?)?;
    Ok(Value::Bool(x.is_nan()))
}

/// `math.frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= abs(m) < 1`.
fn frexp(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = as_double(one_arg("math.frexp", args, kwargs)?)?;
    let (m, e) = split_exponent(x);
    Ok(Value::tuple_of([Value::Float(m), Value::Int(i64::from(e))]))
}

/// `math.modf(x)`: the fractional and integral parts, both with the sign of `x`.
fn modf(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = as_double(one_arg("math.modf", args, kwargs)?)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let int = x.trunc();
        let frac = if x == int {
            0.0f64.copysign(x)
        } else {
            x - int
        };
        (frac, int)
    };
    Ok(Value::tuple_of([Value::Float(frac), Value::Float(int)]))
}

/// `math.ulp(x)`: the value of the least significant bit of `x`.
fn ulp(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = as_double(one_arg("math.ulp", args, kwargs)?)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let up = next_after(x, f64::INFINITY);
    Ok(Value::Float(if up.is_infinite() {
        x - next_after(x, f64::NEG_INFINITY)
    } else {
        up - x
    }))
}

// ---------------------------------------------------------------------------
// Functions of two floats

/// CPython's `math_2`: a NaN from non-NaN arguments is a domain error, an
/// infinity from finite arguments an overflow.
fn math_2(x: f64, y: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

/// The two float arguments of `math.<name>(x, y, /)`.
fn two_floats(name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<(f64, f64)> {
    let (x, y) = two_args(name, args, kwargs)?;
    Ok((as_double(x)?, as_double(y)?))
}

/// `math.atan2(y, x)`
fn atan2(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (y, x) = two_floats("atan2", args, kwargs)?;
    math_2(y, x, atan2_special(y, x))
}

/// `math.copysign(x, y)`
fn copysign(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (x, y) = two_floats("copysign", args, kwargs)?;
    math_2(x, y, x.copysign(y))
}

/// `math.remainder(x, y)`
fn remainder(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (x, y) = two_floats("remainder", args, kwargs)?;
    math_2(x, y, ieee_remainder(x, y))
}

/// `math.fmod(x, y)`: C's `fmod` (the sign of `x`), unlike `%`.
fn fmod(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (x, y) = two_floats("fmod", args, kwargs)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

/// `math.pow(x, y)`: always a float; C99's special values.
fn pow(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (x, y) = two_floats("pow", args, kwargs)?;
    Ok(Value::Float(float_pow(x, y)?))
}

/// `math.nextafter(x, y)`
fn nextafter(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (x, y) = two_floats("nextafter", args, kwargs)?;
    Ok(Value::Float(next_after(x, y)))
}

/// `math.ldexp(x, i)`: `x * 2**i`, correctly rounded.
fn ldexp(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (x, i) = two_args("ldexp", args, kwargs)?;
    let x = as_double(x)?;
    let exp = match i {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::BigInt(b) if b.is_negative() => i64::MIN,
        Value::BigInt(_) => i64::MAX,
        _ => {
            return Err(raise::type_error(
                "Expected an int as second argument to ldexp.",
            ))
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let Ok(exp) = i32::try_from(exp) else {
        if exp > 0 {
            return Err(range_error());
        }
        return Ok(Value::Float(0.0f64.copysign(x)));
    };
    let r = scale_by_power_of_two(x, exp);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`
fn isclose(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [a, b, rel_tol, abs_tol] = unpack_keywords(
        "isclose",
        args,
        kwargs,
        ["a", "b", "rel_tol", "abs_tol"],
        0,
        2,
        2,
    )?;
    let (Some(a), Some(b)) = (a, b) else {
        return Err(raise::type_error("isclose() missing required argument"));
    };
    let a = as_double(a)?;
    let b = as_double(b)?;
    let rel_tol = rel_tol.map(as_double).transpose()?.unwrap_or(1e-9);
    let abs_tol = abs_tol.map(as_double).transpose()?.unwrap_or(0.0);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(raise::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

// ---------------------------------------------------------------------------
// Float algorithms

/// C's `frexp`: `(m, e)` with `x == m * 2**e` and `0.5 <= abs(m) < 1`;
/// zeros, infinities and NaNs come back unchanged with `e == 0`.
fn split_exponent(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    // Subnormals: scale into the normal range first (exactly).
    let (x, adjust) = if x.abs() < f64::MIN_POSITIVE {
        (x * power_of_two(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, biased - 1022 + adjust)
}

/// `2**e` for `-1022 <= e <= 1023`, exactly.
fn power_of_two(e: i32) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// C's `ldexp`/`scalbn`: `x * 2**n` with a single rounding (the steps by
/// `2**1023` and `2**-969` are exact, so subnormal results round once).
fn scale_by_power_of_two(x: f64, n: i32) -> f64 {
    let mut y = x;
    let mut n = n;
    if n > 1023 {
        y *= power_of_two(1023);
        n -= 1023;
        if n > 1023 {
            y *= power_of_two(1023);
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        // Stop 53 binades above the subnormal range so the last product is
        // the only inexact one.
        let step = power_of_two(-1022) * power_of_two(53);
        y *= step;
        n += 1022 - 53;
        if n < -1022 {
            y *= step;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * power_of_two(n)
}

/// C's `nextafter`: the next float after `x` in the direction of `y`.
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    // Away from zero when y lies beyond x on x's side of zero.
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

/// CPython's `m_atan2`: C99's special values, then libm's `atan2`.
fn atan2_special(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    libm::atan2(y, x)
}

/// IEEE 754 remainder: `x - n*y` for the integer `n` nearest `x/y` (ties to
/// even), computed exactly as CPython's `m_remainder` does.
fn ieee_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        // Compare m with its complement instead of with absy / 2, which may
        // not be representable.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: m if the quotient is even, -m if odd.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// CPython's `math.pow`: IEEE special values handled directly, the rest by
/// libm's `pow`; a NaN result is a domain error, an infinite one a domain
/// error for zero to a negative power and an overflow otherwise.
fn float_pow(x: f64, y: f64) -> PyResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        return Ok(if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    let r = libm::pow(x, y);
    if r.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            domain_error()
        } else {
            range_error()
        });
    }
    Ok(r)
}

/// `sin(pi * x)`, accurate for every finite `x` (exact zeros at integers),
/// for the gamma reflection formula.
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        // Not -sin(pi * (y - 1)): that would give -0.0 at y == 1.
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        _ => libm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

/// The Lanczos approximation's `g` (as in Boost: N = 13), exactly.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024680040776729583740234375;
/// `LANCZOS_G - 0.5`, exactly.
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
/// Numerator coefficients of the Lanczos sum as a rational function.
#[allow(clippy::excessive_precision)] // the published decimal values
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// Denominator coefficients: the expansion of `x * (x+1) * ... * (x+11)`.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
/// `log(pi)`.
#[allow(clippy::excessive_precision)]
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;
/// `gamma(n)` for `n` in 1..=23: exact factorials.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// The Lanczos sum for `x > 0`, as a rational function (in `1/x` past 5,
/// which avoids overflow and loses less accuracy).
fn lanczos_sum(x: f64) -> f64 {
    let mut num = 0.0;
    let mut den = 0.0;
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// CPython's `m_tgamma`: the gamma function by the Lanczos approximation,
/// with a correction for the rounding of `x + g - 0.5` and the reflection
/// formula for negative `x`.
fn tgamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(MathError::Domain)
        };
    }
    if x == 0.0 {
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= 23.0 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathError::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sin_pi(x))
        } else {
            Err(MathError::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, scaled for the correction factor.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / sin_pi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    };
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// CPython's `m_lgamma`: `log(abs(gamma(x)))` by the Lanczos formula.
fn log_gamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(MathError::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-libm::log(absx));
    }
    let mut r = libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        // The reflection formula.
        r = LOG_PI - libm::log(sin_pi(absx).abs()) - libm::log(absx) - r;
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// The Euclidean norm of `vec` (absolute values, largest `max`), computed as
/// CPython's `vector_norm` does: scaled by a power of two, squares split
/// exactly (Veltkamp-Dekker) and summed with compensation, then one
/// differential correction of the square root.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    /// `2**27 + 1`, the Veltkamp splitting constant.
    const T27: f64 = 134217729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = split_exponent(max);
    let mut csum = 1.0;
    let mut frac1 = 0.0;
    let mut frac2 = 0.0;
    let mut frac3 = 0.0;
    // Adds `x` to `csum`, accumulating the rounding error in `frac`.
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    if max_e < -1023 {
        // 2**-max_e would overflow: divide by max instead.
        for &v in vec {
            let x = v / max;
            add(&mut csum, &mut frac1, x * x);
        }
        return max * (csum - 1.0 + frac1).sqrt();
    }
    let scale = scale_by_power_of_two(1.0, -max_e);
    let split = |x: f64| {
        let t = x * T27;
        let hi = t - (t - x);
        (hi, x - hi)
    };
    for &v in vec {
        let (hi, lo) = split(v * scale);
        add(&mut csum, &mut frac1, hi * hi);
        add(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let (hi, lo) = split(h);
    add(&mut csum, &mut frac1, -hi * hi);
    add(&mut csum, &mut frac2, -2.0 * hi * lo);
    add(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// `math.hypot(*coordinates)`
fn hypot(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    refuse_kwargs("hypot", kwargs)?;
    let mut coordinates = Vec::with_capacity(args.len());
    let mut max = 0.0;
    let mut found_nan = false;
    for arg in args {
        let x = as_double(arg)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coordinates.push(x);
    }
    Ok(Value::Float(vector_norm(&coordinates, max, found_nan)))
}

/// `math.dist(p, q)`: the Euclidean distance between two points.
fn dist(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (p, q) = two_args("dist", args, kwargs)?;
    let p = crate::iter::collect(p)?;
    let q = crate::iter::collect(q)?;
    if p.len() != q.len() {
        return Err(raise::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let mut max = 0.0;
    let mut found_nan = false;
    for (px, qx) in p.iter().zip(&q) {
        let px = as_double(px)?;
        let qx = as_double(qx)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::Float(vector_norm(&diffs, max, found_nan)))
}

/// `math.fsum(iterable)`: the correctly rounded sum, by Shewchuk's
/// algorithm (non-overlapping partial sums kept exactly), as CPython does it.
fn fsum(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let mut it = Iter::new(one_arg("math.fsum", args, kwargs)?)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0;
    let mut inf_sum = 0.0;
    while let Some(item) = it.next()? {
        let mut x = as_double(&item)?;
        let xsave = x;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // From an overflow, or from an infinity or NaN summand.
                if xsave.is_finite() {
                    return Err(raise::overflow("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(raise::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    Ok(Value::Float(sum_partials(&partials)))
}

/// Adds fsum's partials (increasing magnitudes) from the top, stopping when
/// the sum becomes inexact, then fixes the last rounding to half-even across
/// the remaining partials.
fn sum_partials(partials: &[f64]) -> f64 {
    let Some((&top, rest)) = partials.split_last() else {
        return 0.0;
    };
    let mut hi = top;
    let mut lo = 0.0;
    let mut n = rest.len();
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = rest[n];
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    if n > 0 && ((lo < 0.0 && rest[n - 1] < 0.0) || (lo > 0.0 && rest[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    hi
}

// ---------------------------------------------------------------------------
// Logarithms

/// `math.log(x[, base])`
fn log(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(raise::type_error("log() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(raise::type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(&args[0], libm::log)?;
    let Some(base) = args.get(1) else {
        return Ok(Value::Float(num));
    };
    let den = log_of(base, libm::log)?;
    if den == 0.0 {
        return Err(raise::zero_division("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

/// `math.log2(x)`
fn log2(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = one_arg("math.log2", args, kwargs)?;
    Ok(Value::Float(log_of(x, libm::log2)?))
}

/// `math.log10(x)`
fn log10(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = one_arg("math.log10", args, kwargs)?;
    Ok(Value::Float(log_of(x, libm::log10)?))
}

/// CPython's `loghelper`: the logarithm `f` of any real, where an int too
/// large for a float is split as `m * 2**e` and its log is `f(m) + f(2) * e`.
fn log_of(v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    match v {
        Value::Bool(_) | Value::Int(_) | Value::BigInt(_) => {
            if crate::int::is_negative(v) || crate::int::is_zero(v) {
                return Err(domain_error());
            }
            match v {
                Value::BigInt(b) => match crate::int::to_f64(b) {
                    Ok(x) => Ok(f(x)),
                    Err(_) => {
                        let (m, e) = split_big_exponent(b.magnitude());
                        Ok(f(m) + f(2.0) * e as f64)
                    }
                },
                _ => Ok(f(as_double(v)?)),
            }
        }
        _ => {
            let x = as_double(v)?;
            check_1(x, f(x), false)
        }
    }
}

/// `_PyLong_Frexp`: `(m, e)` with `n ≈ m * 2**e`, `0.5 <= m < 1`, `m`
/// correctly rounded to 53 bits (half to even).
fn split_big_exponent(n: &BigUint) -> (f64, i64) {
    let bits = n.bits();
    let top = if bits > 64 {
        let shift = bits - 64;
        let top = (n >> shift).to_u64().unwrap_or(u64::MAX);
        // A sticky bit for everything shifted out keeps the rounding exact.
        let sticky = n.trailing_zeros().is_some_and(|tz| tz < shift);
        top | u64::from(sticky)
    } else if bits == 0 {
        0
    } else {
        n.to_u64().unwrap_or(0) << (64 - bits)
    };
    // top has its leading bit at 2**63: the conversion rounds to 53 bits.
    let m = top as f64 * power_of_two(-64);
    let e = bits as i64;
    if m == 1.0 {
        (0.5, e + 1)
    } else {
        (m, e)
    }
}

// ---------------------------------------------------------------------------
// Rounding to ints

/// `math.floor(x)`
fn floor(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = one_arg("math.floor", args, kwargs)?;
    round_to_int(x, "__floor__", f64::floor)
}

/// `math.ceil(x)`
fn ceil(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = one_arg("math.ceil", args, kwargs)?;
    round_to_int(x, "__ceil__", f64::ceil)
}

/// `floor`/`ceil`: ints unchanged, a Python object's `method`, otherwise
/// `rounding` of the value as a float, as an int.
fn round_to_int(x: &Value, method: &str, rounding: fn(f64) -> f64) -> PyResult<Value> {
    match x {
        Value::Float(f) => return crate::int::from_f64(rounding(*f)),
        Value::Int(_) | Value::BigInt(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
        Value::Instance(_) => {
            if let Some(result) = crate::instance::call_special(x, method, &[]) {
                return result;
            }
        }
        _ => {}
    }
    crate::int::from_f64(rounding(as_double(x)?))
}

/// `math.trunc(x)`
fn trunc(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let x = one_arg("math.trunc", args, kwargs)?;
    match x {
        Value::Float(f) => crate::int::from_f64(*f),
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        _ => match crate::instance::call_special(x, "__trunc__", &[]) {
            Some(result) => result,
            None => Err(raise::type_error(format!(
                "type {} doesn't define __trunc__ method",
                x.type_name()
            ))),
        },
    }
}

// ---------------------------------------------------------------------------
// Integer functions

/// `math.factorial(n)`
fn factorial(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    factorial_of(one_arg("math.factorial", args, kwargs)?)
}

/// `n!` for an int-like `n`, with CPython's messages for negative and huge `n`.
fn factorial_of(n: &Value) -> PyResult<Value> {
    let n = match index(n)? {
        Value::Int(i) if i >= 0 => i as u64,
        Value::BigInt(b) if !b.is_negative() => {
            return Err(raise::overflow(format!(
                "factorial() argument should not exceed {}",
                i64::MAX
            )))
        }
        _ => {
            return Err(raise::value_error(
                "factorial() not defined for negative values",
            ))
        }
    };
    Ok(Value::from_bigint(BigInt::from(falling_product(
        &BigUint::from(n),
        n,
    ))))
}

/// `math.perm(n, k=None)`
fn perm(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    refuse_kwargs("perm", kwargs)?;
    check_arity("perm", args, 1, 2)?;
    let k = match args.get(1) {
        None | Some(Value::None) => return factorial_of(&args[0]),
        Some(k) => k,
    };
    let (n, k) = non_negative_pair(&args[0], k)?;
    if n < k {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        return Err(raise::overflow(format!("k must not exceed {}", i64::MAX)));
    };
    Ok(Value::from_bigint(BigInt::from(falling_product(&n, k))))
}

/// `math.comb(n, k)`
fn comb(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (n, k) = two_args("comb", args, kwargs)?;
    let (n, k) = non_negative_pair(n, k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.clone().min(&n - &k);
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        return Err(raise::overflow(format!(
            "min(n - k, k) must not exceed {}",
            i64::MAX
        )));
    };
    Ok(Value::from_bigint(BigInt::from(binomial(&n, k))))
}

/// The `n` and `k` of `perm`/`comb` as non-negative ints, with CPython's
/// checks in its order: both are ints, then `n`, then `k`, non-negative.
fn non_negative_pair(n: &Value, k: &Value) -> PyResult<(BigUint, BigUint)> {
    let n = big(&index(n)?);
    let k = big(&index(k)?);
    let (Some(n), Some(k)) = (n.to_biguint(), k.to_biguint()) else {
        let which = if n.is_negative() { "n" } else { "k" };
        return Err(raise::value_error(format!(
            "{which} must be a non-negative integer"
        )));
    };
    Ok((n, k))
}

/// `n * (n-1) * ... * (n-k+1)` (`perm(n, k)`; `n!` when `k == n`) for
/// `k <= n`, as a balanced product tree so the big multiplications are
/// between numbers of similar size.
fn falling_product(n: &BigUint, k: u64) -> BigUint {
    match k {
        0 => return BigUint::one(),
        1 => return n.clone(),
        _ => {}
    }
    if k <= 16 {
        if let Some(n) = n.to_u64() {
            return small_falling_product(n, k);
        }
    }
    let j = k / 2;
    falling_product(n, j) * falling_product(&(n - j), k - j)
}

/// `n * (n-1) * ... * (n-k+1)` for machine-word `n`, multiplying in 128-bit
/// words while the product fits.
fn small_falling_product(n: u64, k: u64) -> BigUint {
    let mut acc = BigUint::one();
    let mut word: u128 = 1;
    for i in 0..k {
        let factor = u128::from(n - i);
        match word.checked_mul(factor) {
            Some(w) => word = w,
            None => {
                acc *= word;
                word = factor;
            }
        }
    }
    acc * word
}

/// `comb(n, k)` for `k <= n / 2` (or any `k <= n`), by
/// `C(n, k) = C(n, j) * C(n-j, k-j) / C(k, j)` with `j = k / 2`: the exact
/// division is by a number much smaller than the dividend.
fn binomial(n: &BigUint, k: u64) -> BigUint {
    match k {
        0 => return BigUint::one(),
        1 => return n.clone(),
        _ => {}
    }
    if k < 34 {
        if let Some(small) = n.to_u64().and_then(|n| small_binomial(n, k)) {
            return BigUint::from(small);
        }
    }
    let j = k / 2;
    let product = binomial(n, j) * binomial(&(n - j), k - j);
    product / binomial(&BigUint::from(k), j)
}

/// `comb(n, k)` when it fits in 64 bits (`None` otherwise), for `k <= n / 2`
/// where the running values `C(n, i)` only grow: each step multiplies a value
/// below `2**64` by a factor below `2**64`, so 128 bits never overflow.
fn small_binomial(n: u64, k: u64) -> Option<u64> {
    if k > n - k {
        return None;
    }
    let mut r: u128 = 1;
    for i in 0..k {
        r = r * u128::from(n - i) / u128::from(i + 1);
        if r > u128::from(u64::MAX) {
            return None;
        }
    }
    u64::try_from(r).ok()
}

/// `math.gcd(*integers)`
fn gcd(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    refuse_kwargs("gcd", kwargs)?;
    let Some((first, rest)) = args.split_first() else {
        return Ok(Value::Int(0));
    };
    let mut acc = index(first)?;
    if rest.is_empty() {
        return Ok(int_abs(&acc));
    }
    for arg in rest {
        let x = index(arg)?;
        // Once the gcd is 1 the remaining arguments are only checked.
        if !matches!(acc, Value::Int(1)) {
            acc = gcd_pair(&acc, &x);
        }
    }
    Ok(acc)
}

/// The (non-negative) gcd of two ints.
fn gcd_pair(a: &Value, b: &Value) -> Value {
    if let (Value::Int(a), Value::Int(b)) = (a, b) {
        let g = a.unsigned_abs().gcd(&b.unsigned_abs());
        return Value::from_bigint(BigInt::from(g));
    }
    Value::from_bigint(big(a).gcd(&big(b)))
}

/// `math.lcm(*integers)`
fn lcm(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    refuse_kwargs("lcm", kwargs)?;
    let Some((first, rest)) = args.split_first() else {
        return Ok(Value::Int(1));
    };
    let mut acc = index(first)?;
    if rest.is_empty() {
        return Ok(int_abs(&acc));
    }
    for arg in rest {
        let x = index(arg)?;
        // Once the lcm is 0 the remaining arguments are only checked.
        if !matches!(acc, Value::Int(0)) {
            acc = lcm_pair(&acc, &x);
        }
    }
    Ok(acc)
}

/// The (non-negative) lcm of two ints: `abs(a // gcd(a, b) * b)`.
fn lcm_pair(a: &Value, b: &Value) -> Value {
    let (a, b) = (big(a), big(b));
    if a.is_zero() || b.is_zero() {
        return Value::Int(0);
    }
    let g = a.gcd(&b);
    Value::from_bigint((a / g * b).abs())
}

/// `abs()` of an int value.
fn int_abs(v: &Value) -> Value {
    match v {
        Value::Int(i) => Value::from_bigint(BigInt::from(i.unsigned_abs())),
        other => Value::from_bigint(big(other).abs()),
    }
}

/// `math.isqrt(n)`: the integer part of the square root.
fn isqrt(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let n = index(one_arg("math.isqrt", args, kwargs)?)?;
    if crate::int::is_negative(&n) {
        return Err(raise::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(match n {
        Value::Int(i) => Value::Int(i.sqrt()),
        other => Value::from_bigint(big(&other).sqrt()),
    })
}

/// `math.prod(iterable, /, *, start=1)`: the product by `*`, so any types
/// that multiply work.
fn prod(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [iterable, start] = unpack_keywords("prod", args, kwargs, ["iterable", "start"], 1, 1, 1)?;
    let Some(iterable) = iterable else {
        return Err(raise::type_error(
            "prod() takes exactly 1 positional argument (0 given)",
        ));
    };
    let mut it = Iter::new(iterable)?;
    let mut product = start.cloned().unwrap_or(Value::Int(1));
    while let Some(item) = it.next()? {
        product = crate::ops::mul(&product, &item)?;
    }
    Ok(product)
}

#[cfg(test)]
#[allow(clippy::excessive_precision, clippy::approx_constant)] // literals as CPython prints them
mod tests {
    use super::*;

    const INF: f64 = f64::INFINITY;
    const NAN: f64 = f64::NAN;
    const N: Value = Value::None;

    fn i(x: i64) -> Value {
        Value::Int(x)
    }

    fn bi(digits: &str) -> Value {
        Value::from_bigint(digits.parse().unwrap_or_default())
    }

    fn f(x: f64) -> Value {
        Value::Float(x)
    }

    fn b(x: bool) -> Value {
        Value::Bool(x)
    }

    fn s(x: &str) -> Value {
        Value::str(x)
    }

    fn l(items: Vec<Value>) -> Value {
        Value::list(items)
    }

    fn t(items: Vec<Value>) -> Value {
        Value::tuple(items)
    }

    fn r(start: i64, stop: i64) -> Value {
        Value::Range(std::rc::Rc::new(crate::range::PyRange {
            start,
            stop,
            step: 1,
        }))
    }

    fn show(v: &Value) -> String {
        crate::repr::repr(v).unwrap_or_else(|e| format!("<repr failed: {}>", e.summary()))
    }

    /// `repr(result)`, or `!Kind: message` for an exception.
    fn outcome(result: PyResult<Value>) -> String {
        match result {
            Ok(v) => show(&v),
            Err(e) => format!("!{}", e.summary()),
        }
    }

    /// Calls `math.<name>` by its entry in the module's attributes.
    fn call(name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
        let function = attributes()
            .into_iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v)
            .unwrap_or_else(|| panic!("math.{name} is missing"));
        crate::func::call(&function, args, kwargs)
    }

    /// Collects every mismatch of a test and reports them together.
    struct Checker(Vec<String>);

    impl Checker {
        fn new() -> Checker {
            crate::sync::mark_python_thread();
            Checker(Vec::new())
        }

        fn check(&mut self, what: String, got: String, expected: &str) {
            if got != expected {
                self.0.push(format!(
                    "{what}\n    got:      {got}\n    expected: {expected}"
                ));
            }
        }

        /// `math.name(*args, **kwargs)` gives `expected`.
        fn case(&mut self, name: &str, args: &[Value], kwargs: KwArgs, expected: &str) {
            let shown: Vec<String> = args.iter().map(show).collect();
            let what = format!("{name}({})", shown.join(", "));
            self.check(what, outcome(call(name, args, kwargs)), expected);
        }

        /// `math.name(x)` gives `expected`.
        fn one(&mut self, name: &str, x: &Value, expected: &str) {
            self.case(name, std::slice::from_ref(x), &[], expected);
        }

        /// `math.name(x)` for each `(x, expected)`.
        fn unary(&mut self, name: &str, cases: &[(f64, &str)]) {
            for &(x, expected) in cases {
                self.case(name, &[f(x)], &[], expected);
            }
        }

        /// `math.name(x, y)` for each `(x, y, expected)`.
        fn binary(&mut self, name: &str, cases: &[(f64, f64, &str)]) {
            for &(x, y, expected) in cases {
                self.case(name, &[f(x), f(y)], &[], expected);
            }
        }
    }

    impl Drop for Checker {
        fn drop(&mut self) {
            if !self.0.is_empty() && !std::thread::panicking() {
                panic!("{} mismatches:\n{}", self.0.len(), self.0.join("\n"));
            }
        }
    }

    #[test]
    fn attributes_are_cpythons_public_names() {
        let names: Vec<&str> = attributes().iter().map(|(n, _)| *n).collect();
        assert_eq!(names.len(), 60);
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 60);
        for (name, value) in attributes() {
            match value {
                Value::Builtin(b) => assert_eq!(b.name, name),
                Value::Float(_) => assert!(["e", "inf", "nan", "pi", "tau"].contains(&name)),
                _ => panic!("unexpected attribute {name}"),
            }
        }
        let mut c = Checker::new();
        for (name, expected) in [
            ("pi", "3.141592653589793"),
            ("e", "2.718281828459045"),
            ("tau", "6.283185307179586"),
            ("inf", "inf"),
            ("nan", "nan"),
            ("sqrt", "<built-in function sqrt>"),
        ] {
            let value = attributes().into_iter().find(|(n, _)| *n == name);
            let got = value.map(|(_, v)| show(&v)).unwrap_or_default();
            c.check(name.to_string(), got, expected);
        }
    }

    #[test]
    fn libm_bindings_match_glibc_reference_values() {
        // Values printed by CPython 3.11 on glibc, which calls the same functions.
        assert_eq!(libm::asinh(0.5).to_bits(), 0.48121182505960347f64.to_bits());
        assert_eq!(libm::acosh(2.0).to_bits(), 1.3169578969248166f64.to_bits());
        assert_eq!(libm::atanh(0.5).to_bits(), 0.5493061443340548f64.to_bits());
        assert_eq!(libm::erf(0.5).to_bits(), 0.5204998778130465f64.to_bits());
        assert_eq!(libm::erfc(0.5).to_bits(), 0.4795001221869535f64.to_bits());
        // glibc's cbrt is not correctly rounded; the cbrt Rust's runtime links
        // (and `f64::cbrt`) gives -3.0 here, which is why libm is bound by the
        // glibc-only `cbrtf64` name.
        assert_eq!(libm::cbrt(-27.0), -3.0000000000000004);
        assert!(libm::acosh(0.5).is_nan());
        assert_eq!(libm::asinh(-0.0).to_bits(), (-0.0f64).to_bits());
    }

    #[test]
    fn float_helpers_are_exact() {
        assert_eq!(split_exponent(5e-324), (0.5, -1073));
        assert_eq!(split_exponent(-0.75), (-0.75, 0));
        assert_eq!(scale_by_power_of_two(1.0, -1075), 0.0);
        assert_eq!(scale_by_power_of_two(3.0, -1076), 5e-324);
        assert_eq!(scale_by_power_of_two(1.0, 1024), INF);
        assert_eq!(scale_by_power_of_two(5e-324, 2097), 8.98846567431158e307);
        assert_eq!(next_after(0.0, -1.0), -5e-324);
        assert_eq!(next_after(f64::MAX, INF), INF);
        let two_1024 = BigUint::one() << 1024u32;
        assert_eq!(split_big_exponent(&two_1024), (0.5, 1025));
        assert_eq!(split_big_exponent(&(&two_1024 - 1u32)), (0.5, 1025));
        assert_eq!(split_big_exponent(&BigUint::from(3u32)), (0.75, 2));
    }

    #[test]
    fn integer_algorithms_agree_with_direct_products() {
        let direct = |n: u64, k: u64| (n - k + 1..=n).fold(BigUint::one(), |acc, x| acc * x);
        for n in [0u64, 1, 5, 17, 33, 64, 100, 257] {
            for k in [0u64, 1, 2, 3, 15, 16, 17, 40, 100] {
                if k > n {
                    continue;
                }
                let fall = falling_product(&BigUint::from(n), k);
                assert_eq!(fall, direct(n, k), "perm({n}, {k})");
                let fact = (1..=k).fold(BigUint::one(), |acc, x| acc * x);
                assert_eq!(
                    binomial(&BigUint::from(n), k),
                    fall / fact,
                    "comb({n}, {k})"
                );
            }
        }
        assert_eq!(small_binomial(68, 34), None);
        assert_eq!(small_binomial(67, 33), Some(14226520737620288370));
    }

    /// A class whose special methods are the given builtins, and one instance of it.
    fn instance_with(methods: &[(&str, &'static BuiltinFunction)]) -> Value {
        let mut namespace = crate::class::Namespace::default();
        for (name, function) in methods {
            namespace.insert((*name).to_string(), Value::Builtin(function));
        }
        let class = crate::class::build_class("Num", "Num", "__main__", &[], namespace, &[])
            .expect("class builds");
        let Value::Class(class) = class else {
            panic!("not a class")
        };
        crate::instance::instantiate(&class, &[], &[]).expect("instance")
    }

    static FLOAT_2_5: BuiltinFunction = BuiltinFunction {
        name: "__float__",
        call: |_, _| Ok(Value::Float(2.5)),
    };
    static FLOAT_NOT_FLOAT: BuiltinFunction = BuiltinFunction {
        name: "__float__",
        call: |_, _| Ok(Value::Int(1)),
    };
    static INDEX_7: BuiltinFunction = BuiltinFunction {
        name: "__index__",
        call: |_, _| Ok(Value::Int(7)),
    };
    static INDEX_HUGE: BuiltinFunction = BuiltinFunction {
        name: "__index__",
        call: |_, _| Ok(Value::from_bigint(BigInt::one() << 2000u32)),
    };
    static ROUNDED: BuiltinFunction = BuiltinFunction {
        name: "__floor__",
        call: |_, _| Ok(Value::str("rounded")),
    };

    #[test]
    fn python_objects_convert_like_cpython() {
        // Expected outcomes printed by CPython 3.11 for classes defining these methods.
        let mut c = Checker::new();
        let real = instance_with(&[("__float__", &FLOAT_2_5)]);
        c.one("sqrt", &real, "1.5811388300841898");
        c.one("floor", &real, "2");
        c.one("ceil", &real, "3");
        c.one(
            "trunc",
            &real,
            "!TypeError: type Num doesn't define __trunc__ method",
        );
        c.case("hypot", &[real.clone(), i(6)], &[], "6.5");
        c.case("fsum", &[l(vec![real.clone(), f(0.5)])], &[], "3.0");
        c.one(
            "factorial",
            &real,
            "!TypeError: 'Num' object cannot be interpreted as an integer",
        );
        c.one("log", &real, "0.9162907318741551");
        let bad = instance_with(&[("__float__", &FLOAT_NOT_FLOAT)]);
        c.one(
            "exp",
            &bad,
            "!TypeError: Num.__float__ returned non-float (type int)",
        );
        let index = instance_with(&[("__index__", &INDEX_7)]);
        c.one("sqrt", &index, "2.6457513110645907");
        c.one("factorial", &index, "5040");
        c.case("gcd", &[index.clone(), i(21)], &[], "7");
        c.case("comb", &[index.clone(), index.clone()], &[], "1");
        c.one("isqrt", &index, "2");
        c.case(
            "ldexp",
            &[f(1.0), index.clone()],
            &[],
            "!TypeError: Expected an int as second argument to ldexp.",
        );
        c.one("floor", &index, "7");
        let huge = instance_with(&[("__index__", &INDEX_HUGE)]);
        c.one(
            "log",
            &huge,
            "!OverflowError: int too large to convert to float",
        );
        c.one("isqrt", &huge, &format!("{}", BigInt::one() << 1000u32));
        let rounded = instance_with(&[("__floor__", &ROUNDED)]);
        c.one("floor", &rounded, "'rounded'");
        c.one("ceil", &rounded, "!TypeError: must be real number, not Num");
    }

    // BEGIN GENERATED by gen_math_cases.py from python3 3.11.7; do not edit by hand.
    #[test]
    #[rustfmt::skip]
    fn calls_match_cpython() {
        let mut c = Checker::new();
        c.case("acos", &[f(0.0)], &[], "1.5707963267948966");
        c.case("acos", &[f(-0.0)], &[], "1.5707963267948966");
        c.case("acos", &[f(1.0)], &[], "0.0");
        c.case("acos", &[f(-1.0)], &[], "3.141592653589793");
        c.case("acos", &[f(0.5)], &[], "1.0471975511965979");
        c.case("acos", &[f(-2.5)], &[], "!ValueError: math domain error");
        c.case("acos", &[f(1e-300)], &[], "1.5707963267948966");
        c.case("acos", &[f(1e+300)], &[], "!ValueError: math domain error");
        c.case("acos", &[f(INF)], &[], "!ValueError: math domain error");
        c.case("acos", &[f(-INF)], &[], "!ValueError: math domain error");
        c.case("acos", &[f(NAN)], &[], "nan");
        c.case("acos", &[b(true)], &[], "0.0");
        c.case("acos", &[i(-7)], &[], "!ValueError: math domain error");
        c.case("acos", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("acos", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("acosh", &[f(0.0)], &[], "!ValueError: math domain error");
        c.case("acosh", &[f(-0.0)], &[], "!ValueError: math domain error");
        c.case("acosh", &[f(1.0)], &[], "0.0");
        c.case("acosh", &[f(-1.0)], &[], "!ValueError: math domain error");
        c.case("acosh", &[f(0.5)], &[], "!ValueError: math domain error");
        c.case("acosh", &[f(-2.5)], &[], "!ValueError: math domain error");
        c.case("acosh", &[f(1e-300)], &[], "!ValueError: math domain error");
        c.case("acosh", &[f(1e+300)], &[], "691.4686750787736");
        c.case("acosh", &[f(INF)], &[], "inf");
        c.case("acosh", &[f(-INF)], &[], "!ValueError: math domain error");
        c.case("acosh", &[f(NAN)], &[], "nan");
        c.case("acosh", &[b(true)], &[], "0.0");
        c.case("acosh", &[i(-7)], &[], "!ValueError: math domain error");
        c.case("acosh", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("acosh", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("asin", &[f(0.0)], &[], "0.0");
        c.case("asin", &[f(-0.0)], &[], "-0.0");
        c.case("asin", &[f(1.0)], &[], "1.5707963267948966");
        c.case("asin", &[f(-1.0)], &[], "-1.5707963267948966");
        c.case("asin", &[f(0.5)], &[], "0.5235987755982989");
        c.case("asin", &[f(-2.5)], &[], "!ValueError: math domain error");
        c.case("asin", &[f(1e-300)], &[], "1e-300");
        c.case("asin", &[f(1e+300)], &[], "!ValueError: math domain error");
        c.case("asin", &[f(INF)], &[], "!ValueError: math domain error");
        c.case("asin", &[f(-INF)], &[], "!ValueError: math domain error");
        c.case("asin", &[f(NAN)], &[], "nan");
        c.case("asin", &[b(true)], &[], "1.5707963267948966");
        c.case("asin", &[i(-7)], &[], "!ValueError: math domain error");
        c.case("asin", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("asin", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("asinh", &[f(0.0)], &[], "0.0");
        c.case("asinh", &[f(-0.0)], &[], "-0.0");
        c.case("asinh", &[f(1.0)], &[], "0.881373587019543");
        c.case("asinh", &[f(-1.0)], &[], "-0.881373587019543");
        c.case("asinh", &[f(0.5)], &[], "0.48121182505960347");
        c.case("asinh", &[f(-2.5)], &[], "-1.6472311463710958");
        c.case("asinh", &[f(1e-300)], &[], "1e-300");
        c.case("asinh", &[f(1e+300)], &[], "691.4686750787736");
        c.case("asinh", &[f(INF)], &[], "inf");
        c.case("asinh", &[f(-INF)], &[], "-inf");
        c.case("asinh", &[f(NAN)], &[], "nan");
        c.case("asinh", &[b(true)], &[], "0.881373587019543");
        c.case("asinh", &[i(-7)], &[], "-2.644120761058629");
        c.case("asinh", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("asinh", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("atan", &[f(0.0)], &[], "0.0");
        c.case("atan", &[f(-0.0)], &[], "-0.0");
        c.case("atan", &[f(1.0)], &[], "0.7853981633974483");
        c.case("atan", &[f(-1.0)], &[], "-0.7853981633974483");
        c.case("atan", &[f(0.5)], &[], "0.4636476090008061");
        c.case("atan", &[f(-2.5)], &[], "-1.1902899496825317");
        c.case("atan", &[f(1e-300)], &[], "1e-300");
        c.case("atan", &[f(1e+300)], &[], "1.5707963267948966");
        c.case("atan", &[f(INF)], &[], "1.5707963267948966");
        c.case("atan", &[f(-INF)], &[], "-1.5707963267948966");
        c.case("atan", &[f(NAN)], &[], "nan");
        c.case("atan", &[b(true)], &[], "0.7853981633974483");
        c.case("atan", &[i(-7)], &[], "-1.4288992721907328");
        c.case("atan", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("atan", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("atanh", &[f(0.0)], &[], "0.0");
        c.case("atanh", &[f(-0.0)], &[], "-0.0");
        c.case("atanh", &[f(1.0)], &[], "!ValueError: math domain error");
        c.case("atanh", &[f(-1.0)], &[], "!ValueError: math domain error");
        c.case("atanh", &[f(0.5)], &[], "0.5493061443340548");
        c.case("atanh", &[f(-2.5)], &[], "!ValueError: math domain error");
        c.case("atanh", &[f(1e-300)], &[], "1e-300");
        c.case("atanh", &[f(1e+300)], &[], "!ValueError: math domain error");
        c.case("atanh", &[f(INF)], &[], "!ValueError: math domain error");
        c.case("atanh", &[f(-INF)], &[], "!ValueError: math domain error");
        c.case("atanh", &[f(NAN)], &[], "nan");
        c.case("atanh", &[b(true)], &[], "!ValueError: math domain error");
        c.case("atanh", &[i(-7)], &[], "!ValueError: math domain error");
        c.case("atanh", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("atanh", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("cbrt", &[f(0.0)], &[], "0.0");
        c.case("cbrt", &[f(-0.0)], &[], "-0.0");
        c.case("cbrt", &[f(1.0)], &[], "1.0");
        c.case("cbrt", &[f(-1.0)], &[], "-1.0");
        c.case("cbrt", &[f(0.5)], &[], "0.7937005259840998");
        c.case("cbrt", &[f(-2.5)], &[], "-1.3572088082974532");
        c.case("cbrt", &[f(1e-300)], &[], "1e-100");
        c.case("cbrt", &[f(1e+300)], &[], "1e+100");
        c.case("cbrt", &[f(INF)], &[], "inf");
        c.case("cbrt", &[f(-INF)], &[], "-inf");
        c.case("cbrt", &[f(NAN)], &[], "nan");
        c.case("cbrt", &[b(true)], &[], "1.0");
        c.case("cbrt", &[i(-7)], &[], "-1.9129311827723894");
        c.case("cbrt", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("cbrt", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("ceil", &[f(0.0)], &[], "0");
        c.case("ceil", &[f(-0.0)], &[], "0");
        c.case("ceil", &[f(1.0)], &[], "1");
        c.case("ceil", &[f(-1.0)], &[], "-1");
        c.case("ceil", &[f(0.5)], &[], "1");
        c.case("ceil", &[f(-2.5)], &[], "-2");
        c.case("ceil", &[f(1e-300)], &[], "1");
        c.case("ceil", &[f(1e+300)], &[], "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
        c.case("ceil", &[f(INF)], &[], "!OverflowError: cannot convert float infinity to integer");
        c.case("ceil", &[f(-INF)], &[], "!OverflowError: cannot convert float infinity to integer");
        c.case("ceil", &[f(NAN)], &[], "!ValueError: cannot convert float NaN to integer");
        c.case("ceil", &[b(true)], &[], "1");
        c.case("ceil", &[i(-7)], &[], "-7");
        c.case("ceil", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000");
        c.case("ceil", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("cos", &[f(0.0)], &[], "1.0");
        c.case("cos", &[f(-0.0)], &[], "1.0");
        c.case("cos", &[f(1.0)], &[], "0.5403023058681398");
        c.case("cos", &[f(-1.0)], &[], "0.5403023058681398");
        c.case("cos", &[f(0.5)], &[], "0.8775825618903728");
        c.case("cos", &[f(-2.5)], &[], "-0.8011436155469337");
        c.case("cos", &[f(1e-300)], &[], "1.0");
        c.case("cos", &[f(1e+300)], &[], "-0.5753861119575491");
        c.case("cos", &[f(INF)], &[], "!ValueError: math domain error");
        c.case("cos", &[f(-INF)], &[], "!ValueError: math domain error");
        c.case("cos", &[f(NAN)], &[], "nan");
        c.case("cos", &[b(true)], &[], "0.5403023058681398");
        c.case("cos", &[i(-7)], &[], "0.7539022543433046");
        c.case("cos", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("cos", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("cosh", &[f(0.0)], &[], "1.0");
        c.case("cosh", &[f(-0.0)], &[], "1.0");
        c.case("cosh", &[f(1.0)], &[], "1.5430806348152437");
        c.case("cosh", &[f(-1.0)], &[], "1.5430806348152437");
        c.case("cosh", &[f(0.5)], &[], "1.1276259652063807");
        c.case("cosh", &[f(-2.5)], &[], "6.132289479663686");
        c.case("cosh", &[f(1e-300)], &[], "1.0");
        c.case("cosh", &[f(1e+300)], &[], "!OverflowError: math range error");
        c.case("cosh", &[f(INF)], &[], "inf");
        c.case("cosh", &[f(-INF)], &[], "inf");
        c.case("cosh", &[f(NAN)], &[], "nan");
        c.case("cosh", &[b(true)], &[], "1.5430806348152437");
        c.case("cosh", &[i(-7)], &[], "548.317035155212");
        c.case("cosh", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("cosh", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("degrees", &[f(0.0)], &[], "0.0");
        c.case("degrees", &[f(-0.0)], &[], "-0.0");
        c.case("degrees", &[f(1.0)], &[], "57.29577951308232");
        c.case("degrees", &[f(-1.0)], &[], "-57.29577951308232");
        c.case("degrees", &[f(0.5)], &[], "28.64788975654116");
        c.case("degrees", &[f(-2.5)], &[], "-143.2394487827058");
        c.case("degrees", &[f(1e-300)], &[], "5.729577951308232e-299");
        c.case("degrees", &[f(1e+300)], &[], "5.729577951308233e+301");
        c.case("degrees", &[f(INF)], &[], "inf");
        c.case("degrees", &[f(-INF)], &[], "-inf");
        c.case("degrees", &[f(NAN)], &[], "nan");
        c.case("degrees", &[b(true)], &[], "57.29577951308232");
        c.case("degrees", &[i(-7)], &[], "-401.07045659157626");
        c.case("degrees", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("degrees", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("erf", &[f(0.0)], &[], "0.0");
        c.case("erf", &[f(-0.0)], &[], "-0.0");
        c.case("erf", &[f(1.0)], &[], "0.8427007929497149");
        c.case("erf", &[f(-1.0)], &[], "-0.8427007929497149");
        c.case("erf", &[f(0.5)], &[], "0.5204998778130465");
        c.case("erf", &[f(-2.5)], &[], "-0.999593047982555");
        c.case("erf", &[f(1e-300)], &[], "1.1283791670955126e-300");
        c.case("erf", &[f(1e+300)], &[], "1.0");
        c.case("erf", &[f(INF)], &[], "1.0");
        c.case("erf", &[f(-INF)], &[], "-1.0");
        c.case("erf", &[f(NAN)], &[], "nan");
        c.case("erf", &[b(true)], &[], "0.8427007929497149");
        c.case("erf", &[i(-7)], &[], "-1.0");
        c.case("erf", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("erf", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("erfc", &[f(0.0)], &[], "1.0");
        c.case("erfc", &[f(-0.0)], &[], "1.0");
        c.case("erfc", &[f(1.0)], &[], "0.15729920705028513");
        c.case("erfc", &[f(-1.0)], &[], "1.842700792949715");
        c.case("erfc", &[f(0.5)], &[], "0.4795001221869535");
        c.case("erfc", &[f(-2.5)], &[], "1.999593047982555");
        c.case("erfc", &[f(1e-300)], &[], "1.0");
        c.case("erfc", &[f(1e+300)], &[], "0.0");
        c.case("erfc", &[f(INF)], &[], "0.0");
        c.case("erfc", &[f(-INF)], &[], "2.0");
        c.case("erfc", &[f(NAN)], &[], "nan");
        c.case("erfc", &[b(true)], &[], "0.15729920705028513");
        c.case("erfc", &[i(-7)], &[], "2.0");
        c.case("erfc", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("erfc", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("exp", &[f(0.0)], &[], "1.0");
        c.case("exp", &[f(-0.0)], &[], "1.0");
        c.case("exp", &[f(1.0)], &[], "2.718281828459045");
        c.case("exp", &[f(-1.0)], &[], "0.36787944117144233");
        c.case("exp", &[f(0.5)], &[], "1.6487212707001282");
        c.case("exp", &[f(-2.5)], &[], "0.0820849986238988");
        c.case("exp", &[f(1e-300)], &[], "1.0");
        c.case("exp", &[f(1e+300)], &[], "!OverflowError: math range error");
        c.case("exp", &[f(INF)], &[], "inf");
        c.case("exp", &[f(-INF)], &[], "0.0");
        c.case("exp", &[f(NAN)], &[], "nan");
        c.case("exp", &[b(true)], &[], "2.718281828459045");
        c.case("exp", &[i(-7)], &[], "0.0009118819655545162");
        c.case("exp", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("exp", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("exp2", &[f(0.0)], &[], "1.0");
        c.case("exp2", &[f(-0.0)], &[], "1.0");
        c.case("exp2", &[f(1.0)], &[], "2.0");
        c.case("exp2", &[f(-1.0)], &[], "0.5");
        c.case("exp2", &[f(0.5)], &[], "1.4142135623730951");
        c.case("exp2", &[f(-2.5)], &[], "0.1767766952966369");
        c.case("exp2", &[f(1e-300)], &[], "1.0");
        c.case("exp2", &[f(1e+300)], &[], "!OverflowError: math range error");
        c.case("exp2", &[f(INF)], &[], "inf");
        c.case("exp2", &[f(-INF)], &[], "0.0");
        c.case("exp2", &[f(NAN)], &[], "nan");
        c.case("exp2", &[b(true)], &[], "2.0");
        c.case("exp2", &[i(-7)], &[], "0.0078125");
        c.case("exp2", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("exp2", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("expm1", &[f(0.0)], &[], "0.0");
        c.case("expm1", &[f(-0.0)], &[], "-0.0");
        c.case("expm1", &[f(1.0)], &[], "1.718281828459045");
        c.case("expm1", &[f(-1.0)], &[], "-0.6321205588285577");
        c.case("expm1", &[f(0.5)], &[], "0.6487212707001282");
        c.case("expm1", &[f(-2.5)], &[], "-0.9179150013761013");
        c.case("expm1", &[f(1e-300)], &[], "1e-300");
        c.case("expm1", &[f(1e+300)], &[], "!OverflowError: math range error");
        c.case("expm1", &[f(INF)], &[], "inf");
        c.case("expm1", &[f(-INF)], &[], "-1.0");
        c.case("expm1", &[f(NAN)], &[], "nan");
        c.case("expm1", &[b(true)], &[], "1.718281828459045");
        c.case("expm1", &[i(-7)], &[], "-0.9990881180344455");
        c.case("expm1", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("expm1", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("fabs", &[f(0.0)], &[], "0.0");
        c.case("fabs", &[f(-0.0)], &[], "0.0");
        c.case("fabs", &[f(1.0)], &[], "1.0");
        c.case("fabs", &[f(-1.0)], &[], "1.0");
        c.case("fabs", &[f(0.5)], &[], "0.5");
        c.case("fabs", &[f(-2.5)], &[], "2.5");
        c.case("fabs", &[f(1e-300)], &[], "1e-300");
        c.case("fabs", &[f(1e+300)], &[], "1e+300");
        c.case("fabs", &[f(INF)], &[], "inf");
        c.case("fabs", &[f(-INF)], &[], "inf");
        c.case("fabs", &[f(NAN)], &[], "nan");
        c.case("fabs", &[b(true)], &[], "1.0");
        c.case("fabs", &[i(-7)], &[], "7.0");
        c.case("fabs", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("fabs", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("factorial", &[f(0.0)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("factorial", &[f(-0.0)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("factorial", &[f(1.0)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("factorial", &[f(-1.0)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("factorial", &[f(0.5)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("factorial", &[f(-2.5)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("factorial", &[f(1e-300)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("factorial", &[f(1e+300)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("factorial", &[f(INF)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("factorial", &[f(-INF)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("factorial", &[f(NAN)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("factorial", &[b(true)], &[], "1");
        c.case("factorial", &[i(-7)], &[], "!ValueError: factorial() not defined for negative values");
        c.case("factorial", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: factorial() argument should not exceed 9223372036854775807");
        c.case("factorial", &[s("x")], &[], "!TypeError: 'str' object cannot be interpreted as an integer");
        c.case("floor", &[f(0.0)], &[], "0");
        c.case("floor", &[f(-0.0)], &[], "0");
        c.case("floor", &[f(1.0)], &[], "1");
        c.case("floor", &[f(-1.0)], &[], "-1");
        c.case("floor", &[f(0.5)], &[], "0");
        c.case("floor", &[f(-2.5)], &[], "-3");
        c.case("floor", &[f(1e-300)], &[], "0");
        c.case("floor", &[f(1e+300)], &[], "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
        c.case("floor", &[f(INF)], &[], "!OverflowError: cannot convert float infinity to integer");
        c.case("floor", &[f(-INF)], &[], "!OverflowError: cannot convert float infinity to integer");
        c.case("floor", &[f(NAN)], &[], "!ValueError: cannot convert float NaN to integer");
        c.case("floor", &[b(true)], &[], "1");
        c.case("floor", &[i(-7)], &[], "-7");
        c.case("floor", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000");
        c.case("floor", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("frexp", &[f(0.0)], &[], "(0.0, 0)");
        c.case("frexp", &[f(-0.0)], &[], "(-0.0, 0)");
        c.case("frexp", &[f(1.0)], &[], "(0.5, 1)");
        c.case("frexp", &[f(-1.0)], &[], "(-0.5, 1)");
        c.case("frexp", &[f(0.5)], &[], "(0.5, 0)");
        c.case("frexp", &[f(-2.5)], &[], "(-0.625, 2)");
        c.case("frexp", &[f(1e-300)], &[], "(0.6696928794914171, -996)");
        c.case("frexp", &[f(1e+300)], &[], "(0.7466108948025751, 997)");
        c.case("frexp", &[f(INF)], &[], "(inf, 0)");
        c.case("frexp", &[f(-INF)], &[], "(-inf, 0)");
        c.case("frexp", &[f(NAN)], &[], "(nan, 0)");
        c.case("frexp", &[b(true)], &[], "(0.5, 1)");
        c.case("frexp", &[i(-7)], &[], "(-0.875, 3)");
        c.case("frexp", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("frexp", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("gamma", &[f(0.0)], &[], "!ValueError: math domain error");
        c.case("gamma", &[f(-0.0)], &[], "!ValueError: math domain error");
        c.case("gamma", &[f(1.0)], &[], "1.0");
        c.case("gamma", &[f(-1.0)], &[], "!ValueError: math domain error");
        c.case("gamma", &[f(0.5)], &[], "1.7724538509055159");
        c.case("gamma", &[f(-2.5)], &[], "-0.9453087204829417");
        c.case("gamma", &[f(1e-300)], &[], "9.999999999999999e+299");
        c.case("gamma", &[f(1e+300)], &[], "!OverflowError: math range error");
        c.case("gamma", &[f(INF)], &[], "inf");
        c.case("gamma", &[f(-INF)], &[], "!ValueError: math domain error");
        c.case("gamma", &[f(NAN)], &[], "nan");
        c.case("gamma", &[b(true)], &[], "1.0");
        c.case("gamma", &[i(-7)], &[], "!ValueError: math domain error");
        c.case("gamma", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("gamma", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("isfinite", &[f(0.0)], &[], "True");
        c.case("isfinite", &[f(-0.0)], &[], "True");
        c.case("isfinite", &[f(1.0)], &[], "True");
        c.case("isfinite", &[f(-1.0)], &[], "True");
        c.case("isfinite", &[f(0.5)], &[], "True");
        c.case("isfinite", &[f(-2.5)], &[], "True");
        c.case("isfinite", &[f(1e-300)], &[], "True");
        c.case("isfinite", &[f(1e+300)], &[], "True");
        c.case("isfinite", &[f(INF)], &[], "False");
        c.case("isfinite", &[f(-INF)], &[], "False");
        c.case("isfinite", &[f(NAN)], &[], "False");
        c.case("isfinite", &[b(true)], &[], "True");
        c.case("isfinite", &[i(-7)], &[], "True");
        c.case("isfinite", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("isfinite", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("isinf", &[f(0.0)], &[], "False");
        c.case("isinf", &[f(-0.0)], &[], "False");
        c.case("isinf", &[f(1.0)], &[], "False");
        c.case("isinf", &[f(-1.0)], &[], "False");
        c.case("isinf", &[f(0.5)], &[], "False");
        c.case("isinf", &[f(-2.5)], &[], "False");
        c.case("isinf", &[f(1e-300)], &[], "False");
        c.case("isinf", &[f(1e+300)], &[], "False");
        c.case("isinf", &[f(INF)], &[], "True");
        c.case("isinf", &[f(-INF)], &[], "True");
        c.case("isinf", &[f(NAN)], &[], "False");
        c.case("isinf", &[b(true)], &[], "False");
        c.case("isinf", &[i(-7)], &[], "False");
        c.case("isinf", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("isinf", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("isnan", &[f(0.0)], &[], "False");
        c.case("isnan", &[f(-0.0)], &[], "False");
        c.case("isnan", &[f(1.0)], &[], "False");
        c.case("isnan", &[f(-1.0)], &[], "False");
        c.case("isnan", &[f(0.5)], &[], "False");
        c.case("isnan", &[f(-2.5)], &[], "False");
        c.case("isnan", &[f(1e-300)], &[], "False");
        c.case("isnan", &[f(1e+300)], &[], "False");
        c.case("isnan", &[f(INF)], &[], "False");
        c.case("isnan", &[f(-INF)], &[], "False");
        c.case("isnan", &[f(NAN)], &[], "True");
        c.case("isnan", &[b(true)], &[], "False");
        c.case("isnan", &[i(-7)], &[], "False");
        c.case("isnan", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("isnan", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("isqrt", &[f(0.0)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("isqrt", &[f(-0.0)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("isqrt", &[f(1.0)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("isqrt", &[f(-1.0)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("isqrt", &[f(0.5)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("isqrt", &[f(-2.5)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("isqrt", &[f(1e-300)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("isqrt", &[f(1e+300)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("isqrt", &[f(INF)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("isqrt", &[f(-INF)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("isqrt", &[f(NAN)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("isqrt", &[b(true)], &[], "1");
        c.case("isqrt", &[i(-7)], &[], "!ValueError: isqrt() argument must be nonnegative");
        c.case("isqrt", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000");
        c.case("isqrt", &[s("x")], &[], "!TypeError: 'str' object cannot be interpreted as an integer");
        c.case("lgamma", &[f(0.0)], &[], "!ValueError: math domain error");
        c.case("lgamma", &[f(-0.0)], &[], "!ValueError: math domain error");
        c.case("lgamma", &[f(1.0)], &[], "0.0");
        c.case("lgamma", &[f(-1.0)], &[], "!ValueError: math domain error");
        c.case("lgamma", &[f(0.5)], &[], "0.5723649429247004");
        c.case("lgamma", &[f(-2.5)], &[], "-0.05624371649767457");
        c.case("lgamma", &[f(1e-300)], &[], "690.7755278982137");
        c.case("lgamma", &[f(1e+300)], &[], "6.897755278982137e+302");
        c.case("lgamma", &[f(INF)], &[], "inf");
        c.case("lgamma", &[f(-INF)], &[], "inf");
        c.case("lgamma", &[f(NAN)], &[], "nan");
        c.case("lgamma", &[b(true)], &[], "0.0");
        c.case("lgamma", &[i(-7)], &[], "!ValueError: math domain error");
        c.case("lgamma", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("lgamma", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("log", &[f(0.0)], &[], "!ValueError: math domain error");
        c.case("log", &[f(-0.0)], &[], "!ValueError: math domain error");
        c.case("log", &[f(1.0)], &[], "0.0");
        c.case("log", &[f(-1.0)], &[], "!ValueError: math domain error");
        c.case("log", &[f(0.5)], &[], "-0.6931471805599453");
        c.case("log", &[f(-2.5)], &[], "!ValueError: math domain error");
        c.case("log", &[f(1e-300)], &[], "-690.7755278982137");
        c.case("log", &[f(1e+300)], &[], "690.7755278982137");
        c.case("log", &[f(INF)], &[], "inf");
        c.case("log", &[f(-INF)], &[], "!ValueError: math domain error");
        c.case("log", &[f(NAN)], &[], "nan");
        c.case("log", &[b(true)], &[], "0.0");
        c.case("log", &[i(-7)], &[], "!ValueError: math domain error");
        c.case("log", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "921.0340371976182");
        c.case("log", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("log10", &[f(0.0)], &[], "!ValueError: math domain error");
        c.case("log10", &[f(-0.0)], &[], "!ValueError: math domain error");
        c.case("log10", &[f(1.0)], &[], "0.0");
        c.case("log10", &[f(-1.0)], &[], "!ValueError: math domain error");
        c.case("log10", &[f(0.5)], &[], "-0.3010299956639812");
        c.case("log10", &[f(-2.5)], &[], "!ValueError: math domain error");
        c.case("log10", &[f(1e-300)], &[], "-300.0");
        c.case("log10", &[f(1e+300)], &[], "300.0");
        c.case("log10", &[f(INF)], &[], "inf");
        c.case("log10", &[f(-INF)], &[], "!ValueError: math domain error");
        c.case("log10", &[f(NAN)], &[], "nan");
        c.case("log10", &[b(true)], &[], "0.0");
        c.case("log10", &[i(-7)], &[], "!ValueError: math domain error");
        c.case("log10", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "400.0");
        c.case("log10", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("log1p", &[f(0.0)], &[], "0.0");
        c.case("log1p", &[f(-0.0)], &[], "-0.0");
        c.case("log1p", &[f(1.0)], &[], "0.6931471805599453");
        c.case("log1p", &[f(-1.0)], &[], "!ValueError: math domain error");
        c.case("log1p", &[f(0.5)], &[], "0.4054651081081644");
        c.case("log1p", &[f(-2.5)], &[], "!ValueError: math domain error");
        c.case("log1p", &[f(1e-300)], &[], "1e-300");
        c.case("log1p", &[f(1e+300)], &[], "690.7755278982137");
        c.case("log1p", &[f(INF)], &[], "inf");
        c.case("log1p", &[f(-INF)], &[], "!ValueError: math domain error");
        c.case("log1p", &[f(NAN)], &[], "nan");
        c.case("log1p", &[b(true)], &[], "0.6931471805599453");
        c.case("log1p", &[i(-7)], &[], "!ValueError: math domain error");
        c.case("log1p", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("log1p", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("log2", &[f(0.0)], &[], "!ValueError: math domain error");
        c.case("log2", &[f(-0.0)], &[], "!ValueError: math domain error");
        c.case("log2", &[f(1.0)], &[], "0.0");
        c.case("log2", &[f(-1.0)], &[], "!ValueError: math domain error");
        c.case("log2", &[f(0.5)], &[], "-1.0");
        c.case("log2", &[f(-2.5)], &[], "!ValueError: math domain error");
        c.case("log2", &[f(1e-300)], &[], "-996.5784284662087");
        c.case("log2", &[f(1e+300)], &[], "996.5784284662087");
        c.case("log2", &[f(INF)], &[], "inf");
        c.case("log2", &[f(-INF)], &[], "!ValueError: math domain error");
        c.case("log2", &[f(NAN)], &[], "nan");
        c.case("log2", &[b(true)], &[], "0.0");
        c.case("log2", &[i(-7)], &[], "!ValueError: math domain error");
        c.case("log2", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "1328.771237954945");
        c.case("log2", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("modf", &[f(0.0)], &[], "(0.0, 0.0)");
        c.case("modf", &[f(-0.0)], &[], "(-0.0, -0.0)");
        c.case("modf", &[f(1.0)], &[], "(0.0, 1.0)");
        c.case("modf", &[f(-1.0)], &[], "(-0.0, -1.0)");
        c.case("modf", &[f(0.5)], &[], "(0.5, 0.0)");
        c.case("modf", &[f(-2.5)], &[], "(-0.5, -2.0)");
        c.case("modf", &[f(1e-300)], &[], "(1e-300, 0.0)");
        c.case("modf", &[f(1e+300)], &[], "(0.0, 1e+300)");
        c.case("modf", &[f(INF)], &[], "(0.0, inf)");
        c.case("modf", &[f(-INF)], &[], "(-0.0, -inf)");
        c.case("modf", &[f(NAN)], &[], "(nan, nan)");
        c.case("modf", &[b(true)], &[], "(0.0, 1.0)");
        c.case("modf", &[i(-7)], &[], "(-0.0, -7.0)");
        c.case("modf", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("modf", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("radians", &[f(0.0)], &[], "0.0");
        c.case("radians", &[f(-0.0)], &[], "-0.0");
        c.case("radians", &[f(1.0)], &[], "0.017453292519943295");
        c.case("radians", &[f(-1.0)], &[], "-0.017453292519943295");
        c.case("radians", &[f(0.5)], &[], "0.008726646259971648");
        c.case("radians", &[f(-2.5)], &[], "-0.04363323129985824");
        c.case("radians", &[f(1e-300)], &[], "1.7453292519943295e-302");
        c.case("radians", &[f(1e+300)], &[], "1.7453292519943297e+298");
        c.case("radians", &[f(INF)], &[], "inf");
        c.case("radians", &[f(-INF)], &[], "-inf");
        c.case("radians", &[f(NAN)], &[], "nan");
        c.case("radians", &[b(true)], &[], "0.017453292519943295");
        c.case("radians", &[i(-7)], &[], "-0.12217304763960307");
        c.case("radians", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("radians", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("sin", &[f(0.0)], &[], "0.0");
        c.case("sin", &[f(-0.0)], &[], "-0.0");
        c.case("sin", &[f(1.0)], &[], "0.8414709848078965");
        c.case("sin", &[f(-1.0)], &[], "-0.8414709848078965");
        c.case("sin", &[f(0.5)], &[], "0.479425538604203");
        c.case("sin", &[f(-2.5)], &[], "-0.5984721441039565");
        c.case("sin", &[f(1e-300)], &[], "1e-300");
        c.case("sin", &[f(1e+300)], &[], "-0.8178819121159085");
        c.case("sin", &[f(INF)], &[], "!ValueError: math domain error");
        c.case("sin", &[f(-INF)], &[], "!ValueError: math domain error");
        c.case("sin", &[f(NAN)], &[], "nan");
        c.case("sin", &[b(true)], &[], "0.8414709848078965");
        c.case("sin", &[i(-7)], &[], "-0.6569865987187891");
        c.case("sin", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("sin", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("sinh", &[f(0.0)], &[], "0.0");
        c.case("sinh", &[f(-0.0)], &[], "-0.0");
        c.case("sinh", &[f(1.0)], &[], "1.1752011936438014");
        c.case("sinh", &[f(-1.0)], &[], "-1.1752011936438014");
        c.case("sinh", &[f(0.5)], &[], "0.5210953054937474");
        c.case("sinh", &[f(-2.5)], &[], "-6.0502044810397875");
        c.case("sinh", &[f(1e-300)], &[], "1e-300");
        c.case("sinh", &[f(1e+300)], &[], "!OverflowError: math range error");
        c.case("sinh", &[f(INF)], &[], "inf");
        c.case("sinh", &[f(-INF)], &[], "-inf");
        c.case("sinh", &[f(NAN)], &[], "nan");
        c.case("sinh", &[b(true)], &[], "1.1752011936438014");
        c.case("sinh", &[i(-7)], &[], "-548.3161232732465");
        c.case("sinh", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("sinh", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("sqrt", &[f(0.0)], &[], "0.0");
        c.case("sqrt", &[f(-0.0)], &[], "-0.0");
        c.case("sqrt", &[f(1.0)], &[], "1.0");
        c.case("sqrt", &[f(-1.0)], &[], "!ValueError: math domain error");
        c.case("sqrt", &[f(0.5)], &[], "0.7071067811865476");
        c.case("sqrt", &[f(-2.5)], &[], "!ValueError: math domain error");
        c.case("sqrt", &[f(1e-300)], &[], "1e-150");
        c.case("sqrt", &[f(1e+300)], &[], "1e+150");
        c.case("sqrt", &[f(INF)], &[], "inf");
        c.case("sqrt", &[f(-INF)], &[], "!ValueError: math domain error");
        c.case("sqrt", &[f(NAN)], &[], "nan");
        c.case("sqrt", &[b(true)], &[], "1.0");
        c.case("sqrt", &[i(-7)], &[], "!ValueError: math domain error");
        c.case("sqrt", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("sqrt", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("tan", &[f(0.0)], &[], "0.0");
        c.case("tan", &[f(-0.0)], &[], "-0.0");
        c.case("tan", &[f(1.0)], &[], "1.5574077246549023");
        c.case("tan", &[f(-1.0)], &[], "-1.5574077246549023");
        c.case("tan", &[f(0.5)], &[], "0.5463024898437905");
        c.case("tan", &[f(-2.5)], &[], "0.7470222972386603");
        c.case("tan", &[f(1e-300)], &[], "1e-300");
        c.case("tan", &[f(1e+300)], &[], "1.4214488238747245");
        c.case("tan", &[f(INF)], &[], "!ValueError: math domain error");
        c.case("tan", &[f(-INF)], &[], "!ValueError: math domain error");
        c.case("tan", &[f(NAN)], &[], "nan");
        c.case("tan", &[b(true)], &[], "1.5574077246549023");
        c.case("tan", &[i(-7)], &[], "-0.8714479827243188");
        c.case("tan", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("tan", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("tanh", &[f(0.0)], &[], "0.0");
        c.case("tanh", &[f(-0.0)], &[], "-0.0");
        c.case("tanh", &[f(1.0)], &[], "0.7615941559557649");
        c.case("tanh", &[f(-1.0)], &[], "-0.7615941559557649");
        c.case("tanh", &[f(0.5)], &[], "0.46211715726000974");
        c.case("tanh", &[f(-2.5)], &[], "-0.9866142981514303");
        c.case("tanh", &[f(1e-300)], &[], "1e-300");
        c.case("tanh", &[f(1e+300)], &[], "1.0");
        c.case("tanh", &[f(INF)], &[], "1.0");
        c.case("tanh", &[f(-INF)], &[], "-1.0");
        c.case("tanh", &[f(NAN)], &[], "nan");
        c.case("tanh", &[b(true)], &[], "0.7615941559557649");
        c.case("tanh", &[i(-7)], &[], "-0.9999983369439447");
        c.case("tanh", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("tanh", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("trunc", &[f(0.0)], &[], "0");
        c.case("trunc", &[f(-0.0)], &[], "0");
        c.case("trunc", &[f(1.0)], &[], "1");
        c.case("trunc", &[f(-1.0)], &[], "-1");
        c.case("trunc", &[f(0.5)], &[], "0");
        c.case("trunc", &[f(-2.5)], &[], "-2");
        c.case("trunc", &[f(1e-300)], &[], "0");
        c.case("trunc", &[f(1e+300)], &[], "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
        c.case("trunc", &[f(INF)], &[], "!OverflowError: cannot convert float infinity to integer");
        c.case("trunc", &[f(-INF)], &[], "!OverflowError: cannot convert float infinity to integer");
        c.case("trunc", &[f(NAN)], &[], "!ValueError: cannot convert float NaN to integer");
        c.case("trunc", &[b(true)], &[], "1");
        c.case("trunc", &[i(-7)], &[], "-7");
        c.case("trunc", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000");
        c.case("trunc", &[s("x")], &[], "!TypeError: type str doesn't define __trunc__ method");
        c.case("ulp", &[f(0.0)], &[], "5e-324");
        c.case("ulp", &[f(-0.0)], &[], "5e-324");
        c.case("ulp", &[f(1.0)], &[], "2.220446049250313e-16");
        c.case("ulp", &[f(-1.0)], &[], "2.220446049250313e-16");
        c.case("ulp", &[f(0.5)], &[], "1.1102230246251565e-16");
        c.case("ulp", &[f(-2.5)], &[], "4.440892098500626e-16");
        c.case("ulp", &[f(1e-300)], &[], "1.6578092e-316");
        c.case("ulp", &[f(1e+300)], &[], "1.487016908477783e+284");
        c.case("ulp", &[f(INF)], &[], "inf");
        c.case("ulp", &[f(-INF)], &[], "inf");
        c.case("ulp", &[f(NAN)], &[], "nan");
        c.case("ulp", &[b(true)], &[], "2.220446049250313e-16");
        c.case("ulp", &[i(-7)], &[], "8.881784197001252e-16");
        c.case("ulp", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("ulp", &[s("x")], &[], "!TypeError: must be real number, not str");
        c.case("acos", &[f(1.0000000000000002)], &[], "!ValueError: math domain error");
        c.case("acosh", &[f(0.9999999999999999)], &[], "!ValueError: math domain error");
        c.case("atanh", &[f(1.0)], &[], "!ValueError: math domain error");
        c.case("atanh", &[f(-1.0)], &[], "!ValueError: math domain error");
        c.case("atanh", &[f(0.9999999999999999)], &[], "18.714973875118524");
        c.case("asin", &[f(-1.0000000000000002)], &[], "!ValueError: math domain error");
        c.case("cosh", &[f(710.5)], &[], "!OverflowError: math range error");
        c.case("sinh", &[f(-710.5)], &[], "!OverflowError: math range error");
        c.case("exp", &[f(709.782712893384)], &[], "1.7976931348622732e+308");
        c.case("exp", &[f(709.7827128933841)], &[], "!OverflowError: math range error");
        c.case("exp", &[f(-745.2)], &[], "0.0");
        c.case("exp2", &[f(1024.0)], &[], "!OverflowError: math range error");
        c.case("exp2", &[f(1023.9999999999999)], &[], "1.7976931348621742e+308");
        c.case("exp2", &[f(-1075.0)], &[], "0.0");
        c.case("expm1", &[f(709.8)], &[], "!OverflowError: math range error");
        c.case("expm1", &[f(-800.0)], &[], "-1.0");
        c.case("expm1", &[f(1e-20)], &[], "1e-20");
        c.case("log1p", &[f(-1.0)], &[], "!ValueError: math domain error");
        c.case("log1p", &[f(-1.0000000000000002)], &[], "!ValueError: math domain error");
        c.case("log1p", &[f(-0.0)], &[], "-0.0");
        c.case("log1p", &[f(1e-20)], &[], "1e-20");
        c.case("cbrt", &[f(-27.0)], &[], "-3.0000000000000004");
        c.case("cbrt", &[f(1e-320)], &[], "2.1544266950262728e-107");
        c.case("tan", &[f(1.5707963267948966)], &[], "1.633123935319537e+16");
        c.case("sin", &[f(1e+22)], &[], "-0.8522008497671888");
        c.case("cos", &[f(1e+22)], &[], "0.523214785395139");
        c.case("sqrt", &[i(2)], &[], "1.4142135623730951");
        c.case("sqrt", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("sqrt", &[bi("89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608")], &[], "9.480751908109177e+153");
        c.case("sqrt", &[f(-5e-324)], &[], "!ValueError: math domain error");
        c.case("erf", &[f(0.1)], &[], "0.1124629160182849");
        c.case("erf", &[f(-3.0)], &[], "-0.9999779095030014");
        c.case("erfc", &[f(30.0)], &[], "0.0");
        c.case("erfc", &[f(-30.0)], &[], "2.0");
        c.case("erfc", &[f(27.0)], &[], "5.23705e-319");
        c.case("erfc", &[f(1e-05)], &[], "0.9999887162083294");
        c.case("gamma", &[f(0.5)], &[], "1.7724538509055159");
        c.case("gamma", &[f(-0.5)], &[], "-3.544907701811032");
        c.case("gamma", &[f(23.0)], &[], "1.1240007277776077e+21");
        c.case("gamma", &[f(24.0)], &[], "2.585201673888497e+22");
        c.case("gamma", &[f(171.6)], &[], "1.5858969096672563e+308");
        c.case("gamma", &[f(171.7)], &[], "!OverflowError: math range error");
        c.case("gamma", &[f(-171.5)], &[], "1.9316265431712e-310");
        c.case("gamma", &[f(-200.5)], &[], "-0.0");
        c.case("gamma", &[f(-1e+300)], &[], "!ValueError: math domain error");
        c.case("gamma", &[f(1e-21)], &[], "1.0000000000000001e+21");
        c.case("gamma", &[f(-1e-21)], &[], "-1.0000000000000001e+21");
        c.case("gamma", &[f(5e-324)], &[], "!OverflowError: math range error");
        c.case("gamma", &[f(-5e-324)], &[], "!OverflowError: math range error");
        c.case("gamma", &[f(140.5)], &[], "1.1367323214599712e+240");
        c.case("gamma", &[f(-140.5)], &[], "-1.967049730091158e-242");
        c.case("gamma", &[f(5.524680040776729)], &[], "54.46925550871868");
        c.case("gamma", &[f(5.52468004077673)], &[], "54.46925550871874");
        c.case("gamma", &[f(6.1)], &[], "142.45194406567862");
        c.case("gamma", &[f(1e-300)], &[], "9.999999999999999e+299");
        c.case("gamma", &[f(-2.0)], &[], "!ValueError: math domain error");
        c.case("gamma", &[f(-201.0)], &[], "!ValueError: math domain error");
        c.case("gamma", &[f(200.0)], &[], "!OverflowError: math range error");
        c.case("gamma", &[f(-199.99999999999997)], &[], "0.0");
        c.case("lgamma", &[f(0.5)], &[], "0.5723649429247004");
        c.case("lgamma", &[f(-0.5)], &[], "1.265512123484645");
        c.case("lgamma", &[f(2.0)], &[], "0.0");
        c.case("lgamma", &[f(3.0)], &[], "0.693147180559945");
        c.case("lgamma", &[f(-2.0)], &[], "!ValueError: math domain error");
        c.case("lgamma", &[f(1e-25)], &[], "57.564627324851145");
        c.case("lgamma", &[f(-1e-25)], &[], "57.564627324851145");
        c.case("lgamma", &[f(1e+305)], &[], "7.01288453363184e+307");
        c.case("lgamma", &[f(1e+308)], &[], "!OverflowError: math range error");
        c.case("lgamma", &[f(-1e+308)], &[], "!ValueError: math domain error");
        c.case("lgamma", &[f(2.5e+305)], &[], "1.7555118602376454e+308");
        c.case("lgamma", &[f(-2.5)], &[], "-0.05624371649767457");
        c.case("lgamma", &[f(-200.5)], &[], "-864.7382878706798");
        c.case("lgamma", &[f(1000.5)], &[], "5908.674175848678");
        c.case("lgamma", &[f(4.9)], &[], "3.0285569003773416");
        c.case("lgamma", &[f(5.0000001)], &[], "3.1780539809597137");
        c.case("atan2", &[f(0.0), f(-0.0)], &[], "3.141592653589793");
        c.case("atan2", &[f(-0.0), f(-0.0)], &[], "-3.141592653589793");
        c.case("atan2", &[f(0.0), f(0.0)], &[], "0.0");
        c.case("atan2", &[f(-0.0), f(1.0)], &[], "-0.0");
        c.case("atan2", &[f(1.0), f(-INF)], &[], "3.141592653589793");
        c.case("atan2", &[f(-1.0), f(INF)], &[], "-0.0");
        c.case("atan2", &[f(INF), f(INF)], &[], "0.7853981633974483");
        c.case("atan2", &[f(-INF), f(-INF)], &[], "-2.356194490192345");
        c.case("atan2", &[f(INF), f(1.0)], &[], "1.5707963267948966");
        c.case("atan2", &[f(NAN), f(1.0)], &[], "nan");
        c.case("atan2", &[f(1.0), f(NAN)], &[], "nan");
        c.case("atan2", &[i(3), i(4)], &[], "0.6435011087932844");
        c.case("atan2", &[f(1e-308), f(1e+308)], &[], "0.0");
        c.case("atan2", &[s("a"), i(1)], &[], "!TypeError: must be real number, not str");
        c.case("atan2", &[i(1), N], &[], "!TypeError: must be real number, not NoneType");
        c.case("copysign", &[f(1.0), f(-0.0)], &[], "-1.0");
        c.case("copysign", &[i(-2), i(3)], &[], "2.0");
        c.case("copysign", &[f(NAN), f(-1.0)], &[], "nan");
        c.case("copysign", &[f(INF), f(-0.0)], &[], "-inf");
        c.case("copysign", &[f(1.0), f(NAN)], &[], "1.0");
        c.case("copysign", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), f(1.0)], &[], "!OverflowError: int too large to convert to float");
        c.case("fmod", &[f(10.0), f(3.0)], &[], "1.0");
        c.case("fmod", &[f(-10.0), f(3.0)], &[], "-1.0");
        c.case("fmod", &[f(10.0), f(-3.0)], &[], "1.0");
        c.case("fmod", &[f(-0.0), f(1.0)], &[], "-0.0");
        c.case("fmod", &[f(1.0), f(0.0)], &[], "!ValueError: math domain error");
        c.case("fmod", &[f(INF), f(1.0)], &[], "!ValueError: math domain error");
        c.case("fmod", &[f(1.0), f(INF)], &[], "1.0");
        c.case("fmod", &[f(-1.0), f(-INF)], &[], "-1.0");
        c.case("fmod", &[f(NAN), f(1.0)], &[], "nan");
        c.case("fmod", &[f(1.0), f(NAN)], &[], "nan");
        c.case("fmod", &[f(5e-324), f(1.0)], &[], "5e-324");
        c.case("fmod", &[f(1e+300), f(3e-300)], &[], "9.626317689605992e-301");
        c.case("fmod", &[f(INF), f(NAN)], &[], "nan");
        c.case("fmod", &[i(7), i(2)], &[], "1.0");
        c.case("remainder", &[f(5.0), f(2.0)], &[], "1.0");
        c.case("remainder", &[f(7.0), f(2.0)], &[], "-1.0");
        c.case("remainder", &[f(-5.0), f(2.0)], &[], "-1.0");
        c.case("remainder", &[f(6.0), f(4.0)], &[], "-2.0");
        c.case("remainder", &[f(1.0), f(0.0)], &[], "!ValueError: math domain error");
        c.case("remainder", &[f(INF), f(1.0)], &[], "!ValueError: math domain error");
        c.case("remainder", &[f(1.0), f(INF)], &[], "1.0");
        c.case("remainder", &[f(-1.0), f(-INF)], &[], "-1.0");
        c.case("remainder", &[f(NAN), f(1.0)], &[], "nan");
        c.case("remainder", &[f(1.0), f(NAN)], &[], "nan");
        c.case("remainder", &[f(3e-320), f(2e-320)], &[], "-1e-320");
        c.case("remainder", &[f(1e+300), f(3e-300)], &[], "9.626317689605992e-301");
        c.case("remainder", &[f(-0.0), f(1.0)], &[], "-0.0");
        c.case("remainder", &[f(2.0), f(4.0)], &[], "2.0");
        c.case("remainder", &[f(5e-324), f(1e-323)], &[], "5e-324");
        c.case("remainder", &[f(1.5e-323), f(1e-323)], &[], "-5e-324");
        c.case("pow", &[f(2.0), f(10.0)], &[], "1024.0");
        c.case("pow", &[i(2), i(-1)], &[], "0.5");
        c.case("pow", &[f(-8.0), f(0.3333333333333333)], &[], "!ValueError: math domain error");
        c.case("pow", &[f(0.0), f(-1.0)], &[], "!ValueError: math domain error");
        c.case("pow", &[f(-0.0), f(-3.0)], &[], "!ValueError: math domain error");
        c.case("pow", &[f(0.0), f(0.0)], &[], "1.0");
        c.case("pow", &[f(NAN), f(0.0)], &[], "1.0");
        c.case("pow", &[f(1.0), f(NAN)], &[], "1.0");
        c.case("pow", &[f(NAN), f(1.0)], &[], "nan");
        c.case("pow", &[f(1.0), f(INF)], &[], "1.0");
        c.case("pow", &[f(-1.0), f(INF)], &[], "1.0");
        c.case("pow", &[f(-1.0), f(-INF)], &[], "1.0");
        c.case("pow", &[f(0.5), f(INF)], &[], "0.0");
        c.case("pow", &[f(0.5), f(-INF)], &[], "inf");
        c.case("pow", &[f(2.0), f(INF)], &[], "inf");
        c.case("pow", &[f(2.0), f(-INF)], &[], "0.0");
        c.case("pow", &[f(INF), f(3.0)], &[], "inf");
        c.case("pow", &[f(-INF), f(3.0)], &[], "-inf");
        c.case("pow", &[f(-INF), f(2.0)], &[], "inf");
        c.case("pow", &[f(-INF), f(-3.0)], &[], "-0.0");
        c.case("pow", &[f(-INF), f(-2.0)], &[], "0.0");
        c.case("pow", &[f(INF), f(0.0)], &[], "1.0");
        c.case("pow", &[f(-INF), f(0.5)], &[], "inf");
        c.case("pow", &[f(10.0), f(309.0)], &[], "!OverflowError: math range error");
        c.case("pow", &[f(10.0), f(-400.0)], &[], "0.0");
        c.case("pow", &[f(-10.0), f(309.0)], &[], "!OverflowError: math range error");
        c.case("pow", &[f(-2.0), f(0.5)], &[], "!ValueError: math domain error");
        c.case("pow", &[f(1e-300), f(2.0)], &[], "0.0");
        c.case("pow", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), i(1)], &[], "!OverflowError: int too large to convert to float");
        c.case("pow", &[i(2), i(1023)], &[], "8.98846567431158e+307");
        c.case("pow", &[f(-0.0), f(0.5)], &[], "0.0");
        c.case("pow", &[f(-0.0), f(3.0)], &[], "-0.0");
        c.case("nextafter", &[f(1.0), f(2.0)], &[], "1.0000000000000002");
        c.case("nextafter", &[f(1.0), f(0.0)], &[], "0.9999999999999999");
        c.case("nextafter", &[f(0.0), f(-1.0)], &[], "-5e-324");
        c.case("nextafter", &[f(-0.0), f(1.0)], &[], "5e-324");
        c.case("nextafter", &[f(0.0), f(-0.0)], &[], "-0.0");
        c.case("nextafter", &[f(-0.0), f(0.0)], &[], "0.0");
        c.case("nextafter", &[f(1.7976931348623157e+308), f(INF)], &[], "inf");
        c.case("nextafter", &[f(INF), f(0.0)], &[], "1.7976931348623157e+308");
        c.case("nextafter", &[f(-INF), f(0.0)], &[], "-1.7976931348623157e+308");
        c.case("nextafter", &[f(NAN), f(1.0)], &[], "nan");
        c.case("nextafter", &[f(1.0), f(NAN)], &[], "nan");
        c.case("nextafter", &[f(5e-324), f(0.0)], &[], "0.0");
        c.case("nextafter", &[f(-5e-324), f(1.0)], &[], "-0.0");
        c.case("nextafter", &[f(2.2250738585072014e-308), f(0.0)], &[], "2.225073858507201e-308");
        c.case("nextafter", &[i(3), i(3)], &[], "3.0");
        c.case("ldexp", &[f(1.0), i(1023)], &[], "8.98846567431158e+307");
        c.case("ldexp", &[f(1.0), i(1024)], &[], "!OverflowError: math range error");
        c.case("ldexp", &[f(1.0), i(-1074)], &[], "5e-324");
        c.case("ldexp", &[f(1.0), i(-1075)], &[], "0.0");
        c.case("ldexp", &[f(3.0), i(-1076)], &[], "5e-324");
        c.case("ldexp", &[f(1.5), i(-1075)], &[], "5e-324");
        c.case("ldexp", &[f(0.75), i(-1074)], &[], "5e-324");
        c.case("ldexp", &[f(-1.0), bi("1000000000000000000000000000000")], &[], "!OverflowError: math range error");
        c.case("ldexp", &[f(1.0), bi("-1000000000000000000000000000000")], &[], "0.0");
        c.case("ldexp", &[f(-1.0), bi("-1000000000000000000000000000000")], &[], "-0.0");
        c.case("ldexp", &[f(0.0), bi("1000000000000000000000000000000")], &[], "0.0");
        c.case("ldexp", &[f(INF), i(-5)], &[], "inf");
        c.case("ldexp", &[f(NAN), i(5)], &[], "nan");
        c.case("ldexp", &[f(5e-324), i(2098)], &[], "!OverflowError: math range error");
        c.case("ldexp", &[f(1.7976931348623157e+308), i(-2098)], &[], "5e-324");
        c.case("ldexp", &[f(1.0), b(true)], &[], "2.0");
        c.case("ldexp", &[f(1.0), f(1.0)], &[], "!TypeError: Expected an int as second argument to ldexp.");
        c.case("ldexp", &[s("a"), i(1)], &[], "!TypeError: must be real number, not str");
        c.case("ldexp", &[f(1.0), N], &[], "!TypeError: Expected an int as second argument to ldexp.");
        c.case("ldexp", &[i(2), i(2)], &[], "8.0");
        c.case("ldexp", &[f(1.0), i(2147483648)], &[], "!OverflowError: math range error");
        c.case("ldexp", &[f(1.0), i(-2147483649)], &[], "0.0");
        c.case("ldexp", &[f(1e-310), i(2147483647)], &[], "!OverflowError: math range error");
        c.case("ldexp", &[f(-1e-310), i(-2147483648)], &[], "-0.0");
        c.case("ldexp", &[f(6.5e-322), i(-3)], &[], "8e-323");
        c.case("floor", &[f(-0.5)], &[], "-1");
        c.case("floor", &[f(1e+20)], &[], "100000000000000000000");
        c.case("floor", &[f(-1e+300)], &[], "-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
        c.case("floor", &[bi("1180591620717411303424")], &[], "1180591620717411303424");
        c.case("floor", &[bi("-1180591620717411303424")], &[], "-1180591620717411303424");
        c.case("ceil", &[f(-0.5)], &[], "0");
        c.case("ceil", &[f(1e+20)], &[], "100000000000000000000");
        c.case("ceil", &[f(4.000000000000001)], &[], "5");
        c.case("ceil", &[bi("1180591620717411303424")], &[], "1180591620717411303424");
        c.case("ceil", &[b(true)], &[], "1");
        c.case("trunc", &[f(-1e+20)], &[], "-100000000000000000000");
        c.case("trunc", &[f(-0.9)], &[], "0");
        c.case("trunc", &[bi("1180591620717411303424")], &[], "1180591620717411303424");
        c.case("trunc", &[b(true)], &[], "1");
        c.case("trunc", &[l(vec![])], &[], "!TypeError: type list doesn't define __trunc__ method");
        c.case("floor", &[s("1")], &[], "!TypeError: must be real number, not str");
        c.case("ceil", &[l(vec![i(1)])], &[], "!TypeError: must be real number, not list");
        c.case("frexp", &[f(1.0)], &[], "(0.5, 1)");
        c.case("frexp", &[f(-3.0)], &[], "(-0.75, 2)");
        c.case("frexp", &[f(5e-324)], &[], "(0.5, -1073)");
        c.case("frexp", &[f(-2.225073858507201e-308)], &[], "(-0.9999999999999998, -1022)");
        c.case("frexp", &[f(1.7976931348623157e+308)], &[], "(0.9999999999999999, 1024)");
        c.case("frexp", &[bi("10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376")], &[], "(0.5, 1001)");
        c.case("modf", &[f(-3.5)], &[], "(-0.5, -3.0)");
        c.case("modf", &[f(3.0)], &[], "(0.0, 3.0)");
        c.case("modf", &[f(-3.0)], &[], "(-0.0, -3.0)");
        c.case("modf", &[f(1e+300)], &[], "(0.0, 1e+300)");
        c.case("modf", &[f(5e-324)], &[], "(5e-324, 0.0)");
        c.case("modf", &[f(-5e-324)], &[], "(-5e-324, -0.0)");
        c.case("ulp", &[f(1.7976931348623157e+308)], &[], "1.99584030953472e+292");
        c.case("ulp", &[f(-1e-310)], &[], "5e-324");
        c.case("ulp", &[i(1152921504606846976)], &[], "256.0");
        c.case("log", &[bi("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216")], &[], "709.782712893384");
        c.case("log", &[bi("269653970229347386159395778618353710042696546841345985910145121736599013708251444699062715983611304031680170819807090036488184653221624933739271145959211186566651840137298227914453329401869141179179624428127508653257226023513694322210869665811240855745025766026879447359920868907719574457253034494436336205824")], &[], "710.1881780014921");
        c.case("log", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "921.0340371976182");
        c.case("log", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001")], &[], "921.0340371976182");
        c.case("log10", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "400.0");
        c.case("log10", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "4000.0");
        c.case("log2", &[bi("1230231922161117176931558813276752514640713895736833715766118029160058800614672948775360067838593459582429649254051804908512884180898236823585082482065348331234959350355845017413023320111360666922624728239756880416434478315693675013413090757208690376793296658810662941824493488451726505303712916005346747908623702673480919353936813105736620402352744776903840477883651100322409301983488363802930540482487909763484098253940728685132044408863734754271212592471778643949486688511721051561970432780747454823776808464180697103083861812184348565522740195796682622205511845512080552010310050255801589349645928001133745474220715013683413907542779063759833876101354235184245096670042160720629411581502371248008430447184842098610320580417992206662247328722122088513643683907670360209162653670641130936997002170500675501374723998766005827579300723253474890612250135171889174899079911291512399773872178519018229989376")], &[], "3000.0");
        c.case("log2", &[bi("1230231922161117176931558813276752514640713895736833715766118029160058800614672948775360067838593459582429649254051804908512884180898236823585082482065348331234959350355845017413023320111360666922624728239756880416434478315693675013413090757208690376793296658810662941824493488451726505303712916005346747908623702673480919353936813105736620402352744776903840477883651100322409301983488363802930540482487909763484098253940728685132044408863734754271212592471778643949486688511721051561970432780747454823776808464180697103083861812184348565522740195796682622205511845512080552010310050255801589349645928001133745474220715013683413907542779063759833876101354235184245096670042160720629411581502371248008430447184842098610320580417992206662247328722122088513643683907670360209162653670641130936997002170500675501374723998766005827579300723253474890612250135171889174899079911291512399773872178519018229989375")], &[], "3000.0");
        c.case("log2", &[bi("1747871251722651609659974619164660570529062487435188517811888011810686266227275489291486469864681111075608950696145276588771368435875508647514414202093638481872912380089977179381529628478320523519319142681504424059410890214500500647813935818925701905402605484098137956979368551025825239411318643997916523677044769662628646406540335627975329619264245079750470862462474091105444437355302146151475348090755330153269067933091699479889089824650841795567478606396975664557143737657027080403239977757865296846740093712377915770536094223688049108023244139183027962484411078464439516845227961935221269814753416782576455507316073751985374046064592546796043150737808314501684679758056905948759246368644416151863138085276603595816410945157599742077617618911601185155602080771746785959359879490191933389965271275403127925432247963269675912646103156343954375442792688936047041533537523137941310690833949767764290081333900380310406154723157882112449991673819054110440001")], &[], "3169.9250014423124");
        c.case("log", &[bi("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!ValueError: math domain error");
        c.case("log", &[i(0)], &[], "!ValueError: math domain error");
        c.case("log", &[i(-1)], &[], "!ValueError: math domain error");
        c.case("log", &[b(false)], &[], "!ValueError: math domain error");
        c.case("log", &[b(true)], &[], "0.0");
        c.case("log", &[i(1), i(10)], &[], "0.0");
        c.case("log", &[i(100), i(10)], &[], "2.0");
        c.case("log", &[i(8), i(2)], &[], "3.0");
        c.case("log", &[i(10), i(1)], &[], "!ZeroDivisionError: float division by zero");
        c.case("log", &[i(10), f(1.0)], &[], "!ZeroDivisionError: float division by zero");
        c.case("log", &[f(2.0), f(0.5)], &[], "-1.0");
        c.case("log", &[f(0.0), i(2)], &[], "!ValueError: math domain error");
        c.case("log", &[i(2), i(0)], &[], "!ValueError: math domain error");
        c.case("log", &[i(2), i(-1)], &[], "!ValueError: math domain error");
        c.case("log", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), i(10)], &[], "399.99999999999994");
        c.case("log", &[i(10), bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "0.0025000000000000005");
        c.case("log", &[f(INF), i(2)], &[], "inf");
        c.case("log", &[i(2), f(INF)], &[], "0.0");
        c.case("log", &[f(NAN), i(2)], &[], "nan");
        c.case("log", &[i(2), s("a")], &[], "!TypeError: must be real number, not str");
        c.case("log", &[s("a"), i(2)], &[], "!TypeError: must be real number, not str");
        c.case("log", &[f(-INF)], &[], "!ValueError: math domain error");
        c.case("log10", &[f(0.0)], &[], "!ValueError: math domain error");
        c.case("log2", &[f(-0.0)], &[], "!ValueError: math domain error");
        c.case("log10", &[f(-INF)], &[], "!ValueError: math domain error");
        c.case("log2", &[bi("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792")], &[], "1024.0");
        c.case("log2", &[bi("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791")], &[], "1024.0");
        c.case("log", &[bi("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368")], &[], "709.782712893384");
        c.case("log", &[bi("114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029375"), i(2)], &[], "2000.0000000000002");
        c.case("log2", &[bi("359538626972463181545861038157804946723595395788461314546860162315465351611001926265416954644815072042240227759742786715317579537628833244985694861278948248755535786849730970552604439202492188238906165904170011537676301364684925762947826221081654474326701021369172596479894491876959432609670712659248448274431")], &[], "1025.0");
        c.case("log2", &[bi("359538626972463161587457942810606830159868265420075653872347557960889936585529501893298035955174414192660572833385775821893111095703880805261314977343011641363817804001416767352547709691635423063528951460540139711142733919245685829639721669872950585438148336888731021408685423119399016186085760355808348995584")], &[], "1025.0");
        c.case("fsum", &[l(vec![])], &[], "0.0");
        c.case("fsum", &[l(vec![f(-0.0)])], &[], "0.0");
        c.case("fsum", &[l(vec![f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1)])], &[], "1.0");
        c.case("fsum", &[l(vec![f(1e+100), f(1.0), f(-1e+100), f(1e-100), f(1e+50), f(-1.0), f(-1e+50)])], &[], "1e-100");
        c.case("fsum", &[l(vec![f(1e+308), f(1e+308)])], &[], "!OverflowError: intermediate overflow in fsum");
        c.case("fsum", &[l(vec![f(1e+308), f(1e+308), f(-1e+308)])], &[], "!OverflowError: intermediate overflow in fsum");
        c.case("fsum", &[l(vec![f(INF), f(1.0)])], &[], "inf");
        c.case("fsum", &[l(vec![f(INF), f(-INF)])], &[], "!ValueError: -inf + inf in fsum");
        c.case("fsum", &[l(vec![f(INF), f(INF)])], &[], "inf");
        c.case("fsum", &[l(vec![f(NAN), f(1.0)])], &[], "nan");
        c.case("fsum", &[l(vec![f(INF), f(NAN)])], &[], "nan");
        c.case("fsum", &[l(vec![f(-INF), f(1e+308), f(1e+308)])], &[], "!OverflowError: intermediate overflow in fsum");
        c.case("fsum", &[l(vec![i(1), i(2), i(3)])], &[], "6.0");
        c.case("fsum", &[l(vec![bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")])], &[], "!OverflowError: int too large to convert to float");
        c.case("fsum", &[l(vec![b(true), f(0.5)])], &[], "1.5");
        c.case("fsum", &[l(vec![s("a")])], &[], "!TypeError: must be real number, not str");
        c.case("fsum", &[i(1)], &[], "!TypeError: 'int' object is not iterable");
        c.case("fsum", &[r(0, 10)], &[], "45.0");
        c.case("fsum", &[l(vec![f(1e-16), f(1.0), f(1e+16)])], &[], "1.0000000000000002e+16");
        c.case("fsum", &[l(vec![f(9007199254740992.0), f(-0.5), f(-5.551115123125783e-17)])], &[], "9007199254740991.0");
        c.case("fsum", &[l(vec![f(9007199254740992.0), f(1.0), f(7.888609052210118e-31)])], &[], "9007199254740994.0");
        c.case("fsum", &[l(vec![f(9007199254741002.0), f(1.0), f(7.888609052210118e-31)])], &[], "9007199254741004.0");
        c.case("fsum", &[l(vec![f(9007199254740988.0), f(0.5), f(5.551115123125783e-17)])], &[], "9007199254740989.0");
        c.case("fsum", &[l(vec![f(1.7976931348623157e+308), f(9.9792015476736e+291)])], &[], "!OverflowError: intermediate overflow in fsum");
        c.case("fsum", &[l(vec![f(1.7976931348623157e+308), f(9.979201547673598e+291)])], &[], "1.7976931348623157e+308");
        c.case("fsum", &[s("ab")], &[], "!TypeError: must be real number, not str");
        c.case("hypot", &[], &[], "0.0");
        c.case("hypot", &[i(3), i(4)], &[], "5.0");
        c.case("hypot", &[f(-3.0)], &[], "3.0");
        c.case("hypot", &[i(3), i(4), i(12)], &[], "13.0");
        c.case("hypot", &[f(INF), f(NAN)], &[], "inf");
        c.case("hypot", &[f(NAN), f(-INF)], &[], "inf");
        c.case("hypot", &[f(NAN), f(1.0)], &[], "nan");
        c.case("hypot", &[f(1e+308), f(1e+308)], &[], "1.4142135623730951e+308");
        c.case("hypot", &[f(1.7976931348623157e+308), f(1e+300)], &[], "1.7976931348623157e+308");
        c.case("hypot", &[f(5e-324), f(5e-324)], &[], "5e-324");
        c.case("hypot", &[f(1e-310), f(3e-310), f(2e-320)], &[], "3.1622776601684e-310");
        c.case("hypot", &[f(0.0), f(-0.0)], &[], "0.0");
        c.case("hypot", &[b(true), i(1)], &[], "1.4142135623730951");
        c.case("hypot", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "!OverflowError: int too large to convert to float");
        c.case("hypot", &[i(1), s("a")], &[], "!TypeError: must be real number, not str");
        c.case("hypot", &[f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1)], &[], "0.447213595499958");
        c.case("hypot", &[f(1e-200), f(1e-200)], &[], "1.414213562373095e-200");
        c.case("hypot", &[f(2.2250738585072014e-308), f(1e-320)], &[], "2.2250738585072014e-308");
        c.case("hypot", &[f(1.1125369292536007e-308), f(5e-324)], &[], "1.1125369292536007e-308");
        c.case("dist", &[t(vec![i(0), i(0)]), t(vec![i(3), i(4)])], &[], "5.0");
        c.case("dist", &[l(vec![f(1.0), f(2.0), f(3.0)]), l(vec![f(4.0), f(6.0), f(15.0)])], &[], "13.0");
        c.case("dist", &[t(vec![]), t(vec![])], &[], "0.0");
        c.case("dist", &[t(vec![i(1)]), t(vec![i(1), i(2)])], &[], "!ValueError: both points must have the same number of dimensions");
        c.case("dist", &[i(1), i(2)], &[], "!TypeError: 'int' object is not iterable");
        c.case("dist", &[t(vec![i(1)]), i(2)], &[], "!TypeError: 'int' object is not iterable");
        c.case("dist", &[s("a"), s("b")], &[], "!TypeError: must be real number, not str");
        c.case("dist", &[t(vec![f(INF)]), t(vec![f(INF)])], &[], "nan");
        c.case("dist", &[t(vec![f(INF), i(1)]), t(vec![f(NAN), i(1)])], &[], "nan");
        c.case("dist", &[t(vec![f(1e+308), f(-1e+308)]), t(vec![f(-1e+308), f(1e+308)])], &[], "inf");
        c.case("dist", &[r(0, 3), t(vec![i(5), i(5), i(5)])], &[], "7.0710678118654755");
        c.case("dist", &[t(vec![i(1), i(2)]), t(vec![i(3), s("a")])], &[], "!TypeError: must be real number, not str");
        c.case("isclose", &[f(1.0), f(1.0000000001)], &[], "True");
        c.case("isclose", &[f(1.0), f(1.00000001)], &[], "False");
        c.case("isclose", &[f(INF), f(INF)], &[], "True");
        c.case("isclose", &[f(INF), f(-INF)], &[], "False");
        c.case("isclose", &[f(NAN), f(NAN)], &[], "False");
        c.case("isclose", &[f(0.0), f(1e-10)], &[], "False");
        c.case("isclose", &[f(0.0), f(1e-10)], &[("abs_tol", f(1e-09))], "True");
        c.case("isclose", &[f(1.0), f(1.1)], &[("rel_tol", f(0.1))], "True");
        c.case("isclose", &[f(1.0), f(1.1)], &[("rel_tol", f(0.09))], "False");
        c.case("isclose", &[i(1), i(2)], &[("rel_tol", f(-1.0))], "!ValueError: tolerances must be non-negative");
        c.case("isclose", &[i(1), i(2)], &[("abs_tol", f(-1.0))], "!ValueError: tolerances must be non-negative");
        c.case("isclose", &[i(1), i(1)], &[("rel_tol", f(-1.0))], "!ValueError: tolerances must be non-negative");
        c.case("isclose", &[], &[("a", f(1.0)), ("b", f(1.0))], "True");
        c.case("isclose", &[f(1.0)], &[("b", f(1.0))], "True");
        c.case("isclose", &[f(1.0), f(2.0), f(3.0)], &[], "!TypeError: isclose() takes exactly 2 positional arguments (3 given)");
        c.case("isclose", &[f(1.0)], &[], "!TypeError: isclose() missing required argument 'b' (pos 2)");
        c.case("isclose", &[], &[("b", f(1.0))], "!TypeError: isclose() missing required argument 'a' (pos 1)");
        c.case("isclose", &[f(1.0), f(2.0)], &[("c", i(1))], "!TypeError: 'c' is an invalid keyword argument for isclose()");
        c.case("isclose", &[f(1.0), f(2.0)], &[("a", i(1))], "!TypeError: argument for isclose() given by name ('a') and position (1)");
        c.case("isclose", &[f(1.0), s("x")], &[], "!TypeError: must be real number, not str");
        c.case("isclose", &[s("x"), f(1.0)], &[], "!TypeError: must be real number, not str");
        c.case("isclose", &[f(1.0), f(1.0)], &[("rel_tol", s("x"))], "!TypeError: must be real number, not str");
        c.case("isclose", &[i(1), i(2)], &[("rel_tol", i(1)), ("abs_tol", i(0)), ("x", i(1))], "!TypeError: isclose() takes at most 4 arguments (5 given)");
        c.case("isclose", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), f(1.0)], &[], "!OverflowError: int too large to convert to float");
        c.case("isclose", &[f(INF), f(1e+308)], &[("rel_tol", f(INF))], "False");
        c.case("isclose", &[f(1e+308), f(-1e+308)], &[("rel_tol", f(INF))], "True");
        c.case("factorial", &[i(0)], &[], "1");
        c.case("factorial", &[i(1)], &[], "1");
        c.case("factorial", &[i(20)], &[], "2432902008176640000");
        c.case("factorial", &[i(21)], &[], "51090942171709440000");
        c.case("factorial", &[i(30)], &[], "265252859812191058636308480000000");
        c.case("factorial", &[i(100)], &[], "93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000");
        c.case("factorial", &[i(-1)], &[], "!ValueError: factorial() not defined for negative values");
        c.case("factorial", &[bi("9223372036854775808")], &[], "!OverflowError: factorial() argument should not exceed 9223372036854775807");
        c.case("factorial", &[bi("-1267650600228229401496703205376")], &[], "!ValueError: factorial() not defined for negative values");
        c.case("factorial", &[f(1.0)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("factorial", &[b(true)], &[], "1");
        c.case("factorial", &[s("5")], &[], "!TypeError: 'str' object cannot be interpreted as an integer");
        c.case("gcd", &[], &[], "0");
        c.case("gcd", &[i(0)], &[], "0");
        c.case("gcd", &[i(-5)], &[], "5");
        c.case("gcd", &[i(12), i(18)], &[], "6");
        c.case("gcd", &[i(-12), i(18)], &[], "6");
        c.case("gcd", &[i(0), i(0)], &[], "0");
        c.case("gcd", &[i(0), i(-7)], &[], "7");
        c.case("gcd", &[i(12), i(18), i(8)], &[], "2");
        c.case("gcd", &[i(1), f(2.0)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("gcd", &[i(1), s("x")], &[], "!TypeError: 'str' object cannot be interpreted as an integer");
        c.case("gcd", &[f(1.0)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("gcd", &[b(true), i(4)], &[], "1");
        c.case("gcd", &[i(-9223372036854775808), i(0)], &[], "9223372036854775808");
        c.case("gcd", &[i(-9223372036854775808), i(-9223372036854775808)], &[], "9223372036854775808");
        c.case("gcd", &[bi("1267650600228229401496703205376"), bi("3626777458843887524118528")], &[], "1208925819614629174706176");
        c.case("gcd", &[bi("-1267650600228229401496703205376")], &[], "1267650600228229401496703205376");
        c.case("gcd", &[i(3), i(5), i(-7), i(9)], &[], "1");
        c.case("gcd", &[i(1), i(5), s("x")], &[], "!TypeError: 'str' object cannot be interpreted as an integer");
        c.case("gcd", &[bi("18446744073709551618"), i(6)], &[], "6");
        c.case("lcm", &[], &[], "1");
        c.case("lcm", &[i(0)], &[], "0");
        c.case("lcm", &[i(-5)], &[], "5");
        c.case("lcm", &[i(4), i(6)], &[], "12");
        c.case("lcm", &[i(-4), i(6)], &[], "12");
        c.case("lcm", &[i(0), i(5)], &[], "0");
        c.case("lcm", &[i(4), i(6), i(10)], &[], "60");
        c.case("lcm", &[i(0), s("x")], &[], "!TypeError: 'str' object cannot be interpreted as an integer");
        c.case("lcm", &[i(1099511627776), i(205891132094649)], &[], "226379693794030958489370624");
        c.case("lcm", &[i(-9223372036854775808), i(3)], &[], "27670116110564327424");
        c.case("lcm", &[bi("9223372036854775808"), bi("9223372036854775808")], &[], "9223372036854775808");
        c.case("lcm", &[b(true), b(false)], &[], "0");
        c.case("lcm", &[i(4), f(6.0)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("lcm", &[bi("-1267650600228229401496703205376"), i(5)], &[], "6338253001141147007483516026880");
        c.case("isqrt", &[i(0)], &[], "0");
        c.case("isqrt", &[i(1)], &[], "1");
        c.case("isqrt", &[i(15)], &[], "3");
        c.case("isqrt", &[i(16)], &[], "4");
        c.case("isqrt", &[i(9223372036854775807)], &[], "3037000499");
        c.case("isqrt", &[bi("18446744073709551615")], &[], "4294967295");
        c.case("isqrt", &[bi("18446744073709551616")], &[], "4294967296");
        c.case("isqrt", &[bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")], &[], "100000000000000000000000000000000000000000000000000");
        c.case("isqrt", &[bi("9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999")], &[], "99999999999999999999999999999999999999999999999999");
        c.case("isqrt", &[i(-1)], &[], "!ValueError: isqrt() argument must be nonnegative");
        c.case("isqrt", &[bi("-1000000000000000000000000000000")], &[], "!ValueError: isqrt() argument must be nonnegative");
        c.case("isqrt", &[f(1.0)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("isqrt", &[b(true)], &[], "1");
        c.case("isqrt", &[s("x")], &[], "!TypeError: 'str' object cannot be interpreted as an integer");
        c.case("isqrt", &[i(4503599761588224)], &[], "67108864");
        c.case("isqrt", &[bi("85070591730234615865843651857942052863")], &[], "9223372036854775807");
        c.case("comb", &[i(5), i(2)], &[], "10");
        c.case("comb", &[i(5), i(0)], &[], "1");
        c.case("comb", &[i(5), i(5)], &[], "1");
        c.case("comb", &[i(5), i(6)], &[], "0");
        c.case("comb", &[i(0), i(0)], &[], "1");
        c.case("comb", &[i(60), i(30)], &[], "118264581564861424");
        c.case("comb", &[i(67), i(33)], &[], "14226520737620288370");
        c.case("comb", &[i(68), i(34)], &[], "28453041475240576740");
        c.case("comb", &[i(100), i(50)], &[], "100891344545564193334812497256");
        c.case("comb", &[i(1000), i(3)], &[], "166167000");
        c.case("comb", &[bi("100000000000000000000"), i(3)], &[], "166666666666666666661666666666666666666700000000000000000000");
        c.case("comb", &[bi("18446744073709551616"), i(2)], &[], "170141183460469231722463931679029329920");
        c.case("comb", &[i(-1), i(2)], &[], "!ValueError: n must be a non-negative integer");
        c.case("comb", &[i(1), i(-2)], &[], "!ValueError: k must be a non-negative integer");
        c.case("comb", &[i(-1), i(-2)], &[], "!ValueError: n must be a non-negative integer");
        c.case("comb", &[f(1.0), i(2)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("comb", &[i(1), f(2.0)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("comb", &[s("a"), i(-1)], &[], "!TypeError: 'str' object cannot be interpreted as an integer");
        c.case("comb", &[b(true), b(true)], &[], "1");
        c.case("comb", &[bi("18446744073709551616"), bi("9223372036854775808")], &[], "!OverflowError: min(n - k, k) must not exceed 9223372036854775807");
        c.case("comb", &[bi("18446744073709551621"), bi("18446744073709551616")], &[], "17799891966007584034432525372744125387415191208290327106239141761139091550212651812245385248769");
        c.case("comb", &[bi("18446744073709551616"), bi("18446744073709551617")], &[], "0");
        c.case("comb", &[i(5), bi("18446744073709551616")], &[], "0");
        c.case("comb", &[bi("18446744073709551617"), i(1)], &[], "18446744073709551617");
        c.case("comb", &[bi("18446744073709551626"), bi("18446744073709551625")], &[], "18446744073709551626");
        c.case("comb", &[i(1000000), i(20)], &[], "410953673207494277377652725270225024435734663094922099619273312508381769945477140601303679419374950000");
        c.case("comb", &[i(300), i(150)], &[], "93759702772827452793193754439064084879232655700081358920472352712975170021839591675861424");
        c.case("perm", &[i(5)], &[], "120");
        c.case("perm", &[i(5), N], &[], "120");
        c.case("perm", &[i(5), i(2)], &[], "20");
        c.case("perm", &[i(5), i(0)], &[], "1");
        c.case("perm", &[i(5), i(6)], &[], "0");
        c.case("perm", &[i(0)], &[], "1");
        c.case("perm", &[i(-1)], &[], "!ValueError: factorial() not defined for negative values");
        c.case("perm", &[i(-1), i(2)], &[], "!ValueError: n must be a non-negative integer");
        c.case("perm", &[i(1), i(-2)], &[], "!ValueError: k must be a non-negative integer");
        c.case("perm", &[bi("9223372036854775808")], &[], "!OverflowError: factorial() argument should not exceed 9223372036854775807");
        c.case("perm", &[bi("18446744073709551616"), bi("9223372036854775808")], &[], "!OverflowError: k must not exceed 9223372036854775807");
        c.case("perm", &[bi("18446744073709551616"), i(2)], &[], "340282366920938463444927863358058659840");
        c.case("perm", &[bi("18446744073709551616"), i(1)], &[], "18446744073709551616");
        c.case("perm", &[i(20), i(20)], &[], "2432902008176640000");
        c.case("perm", &[i(21), i(21)], &[], "51090942171709440000");
        c.case("perm", &[i(100), i(30)], &[], "7791097137057804874587232499277321440358327700684800000000");
        c.case("perm", &[f(1.0), i(1)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("perm", &[i(5), f(2.0)], &[], "!TypeError: 'float' object cannot be interpreted as an integer");
        c.case("perm", &[i(2), bi("18446744073709551616")], &[], "0");
        c.case("perm", &[bi("100000000000000000000"), i(3)], &[], "999999999999999999970000000000000000000200000000000000000000");
        c.case("perm", &[b(true)], &[], "1");
        c.case("perm", &[i(5), b(true)], &[], "5");
        c.case("prod", &[l(vec![])], &[], "1");
        c.case("prod", &[l(vec![i(2), i(3), i(4)])], &[], "24");
        c.case("prod", &[l(vec![i(2), i(3)])], &[("start", i(2))], "12");
        c.case("prod", &[l(vec![])], &[("start", s("x"))], "'x'");
        c.case("prod", &[l(vec![i(2)])], &[("start", s("ab"))], "'abab'");
        c.case("prod", &[l(vec![f(1.5), i(2)])], &[], "3.0");
        c.case("prod", &[l(vec![i(2), f(1.5)])], &[], "3.0");
        c.case("prod", &[l(vec![i(4611686018427387904), i(4)])], &[], "18446744073709551616");
        c.case("prod", &[l(vec![i(4611686018427387904), f(4.0)])], &[], "1.8446744073709552e+19");
        c.case("prod", &[l(vec![f(1e+308), i(10)])], &[], "inf");
        c.case("prod", &[l(vec![bi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), f(1.5)])], &[], "!OverflowError: int too large to convert to float");
        c.case("prod", &[r(1, 25)], &[], "620448401733239439360000");
        c.case("prod", &[l(vec![i(3), s("a")])], &[], "'aaa'");
        c.case("prod", &[l(vec![s("a"), i(3)])], &[], "'aaa'");
        c.case("prod", &[l(vec![N])], &[], "!TypeError: unsupported operand type(s) for *: 'int' and 'NoneType'");
        c.case("prod", &[i(1)], &[], "!TypeError: 'int' object is not iterable");
        c.case("prod", &[], &[], "!TypeError: prod() takes exactly 1 positional argument (0 given)");
        c.case("prod", &[l(vec![i(1)]), i(2)], &[], "!TypeError: prod() takes exactly 1 positional argument (2 given)");
        c.case("prod", &[l(vec![i(1)]), i(2), i(3)], &[], "!TypeError: prod() takes at most 2 arguments (3 given)");
        c.case("prod", &[], &[("iterable", l(vec![i(1)]))], "!TypeError: prod() takes exactly 1 positional argument (0 given)");
        c.case("prod", &[l(vec![i(1)])], &[("x", i(2))], "!TypeError: 'x' is an invalid keyword argument for prod()");
        c.case("prod", &[l(vec![b(true), b(true)])], &[], "1");
        c.case("prod", &[l(vec![f(1.5), b(true)])], &[], "1.5");
        c.case("prod", &[l(vec![f(-0.0), i(5)])], &[], "-0.0");
        c.case("prod", &[t(vec![])], &[("start", f(2.5))], "2.5");
        c.case("sqrt", &[], &[], "!TypeError: math.sqrt() takes exactly one argument (0 given)");
        c.case("sqrt", &[i(1), i(2)], &[], "!TypeError: math.sqrt() takes exactly one argument (2 given)");
        c.case("sqrt", &[], &[("x", i(1))], "!TypeError: math.sqrt() takes no keyword arguments");
        c.case("atan2", &[i(1)], &[], "!TypeError: atan2 expected 2 arguments, got 1");
        c.case("atan2", &[i(1), i(2), i(3)], &[], "!TypeError: atan2 expected 2 arguments, got 3");
        c.case("atan2", &[], &[("y", i(1)), ("x", i(2))], "!TypeError: math.atan2() takes no keyword arguments");
        c.case("pow", &[i(1)], &[], "!TypeError: pow expected 2 arguments, got 1");
        c.case("log", &[], &[], "!TypeError: math.log requires 1 to 2 arguments");
        c.case("log", &[i(1), i(2), i(3)], &[], "!TypeError: math.log requires 1 to 2 arguments");
        c.case("log", &[], &[("x", i(1))], "!TypeError: log() takes no keyword arguments");
        c.case("comb", &[i(1)], &[], "!TypeError: comb expected 2 arguments, got 1");
        c.case("perm", &[], &[], "!TypeError: perm expected at least 1 argument, got 0");
        c.case("perm", &[i(1), i(2), i(3)], &[], "!TypeError: perm expected at most 2 arguments, got 3");
        c.case("perm", &[], &[("n", i(1))], "!TypeError: math.perm() takes no keyword arguments");
        c.case("gcd", &[], &[("a", i(1))], "!TypeError: math.gcd() takes no keyword arguments");
        c.case("lcm", &[], &[("a", i(1))], "!TypeError: math.lcm() takes no keyword arguments");
        c.case("hypot", &[], &[("x", i(1))], "!TypeError: math.hypot() takes no keyword arguments");
        c.case("dist", &[t(vec![i(1)])], &[], "!TypeError: dist expected 2 arguments, got 1");
        c.case("dist", &[], &[("p", i(1)), ("q", i(2))], "!TypeError: math.dist() takes no keyword arguments");
        c.case("fmod", &[i(1)], &[], "!TypeError: fmod expected 2 arguments, got 1");
        c.case("copysign", &[i(1)], &[], "!TypeError: copysign expected 2 arguments, got 1");
        c.case("remainder", &[i(1)], &[], "!TypeError: remainder expected 2 arguments, got 1");
        c.case("nextafter", &[i(1)], &[], "!TypeError: nextafter expected 2 arguments, got 1");
        c.case("ldexp", &[i(1)], &[], "!TypeError: ldexp expected 2 arguments, got 1");
        c.case("ldexp", &[], &[("x", i(1)), ("i", i(2))], "!TypeError: math.ldexp() takes no keyword arguments");
        c.case("frexp", &[], &[], "!TypeError: math.frexp() takes exactly one argument (0 given)");
        c.case("modf", &[i(1), i(2)], &[], "!TypeError: math.modf() takes exactly one argument (2 given)");
        c.case("fsum", &[], &[], "!TypeError: math.fsum() takes exactly one argument (0 given)");
        c.case("fsum", &[l(vec![]), l(vec![])], &[], "!TypeError: math.fsum() takes exactly one argument (2 given)");
        c.case("factorial", &[], &[], "!TypeError: math.factorial() takes exactly one argument (0 given)");
        c.case("isqrt", &[], &[("n", i(1))], "!TypeError: math.isqrt() takes no keyword arguments");
        c.case("floor", &[], &[], "!TypeError: math.floor() takes exactly one argument (0 given)");
        c.case("ceil", &[i(1), i(2)], &[], "!TypeError: math.ceil() takes exactly one argument (2 given)");
        c.case("trunc", &[], &[("x", i(1))], "!TypeError: math.trunc() takes no keyword arguments");
        c.case("ulp", &[], &[], "!TypeError: math.ulp() takes exactly one argument (0 given)");
        c.case("isfinite", &[], &[("x", i(1))], "!TypeError: math.isfinite() takes no keyword arguments");
    }

    #[test]
    #[rustfmt::skip]
    fn samples_match_cpython() {
        let mut c = Checker::new();
        c.unary("acos", &[
            (0.6408840904312374, "0.8751469113019256"), (-0.48563960604287915, "2.0778910273725995"), (-0.8580476198898286, "2.602252255601355"),
            (-0.12823928185559752, "1.699389724755826"), (0.941123573259383, "0.3448576858194525"), (-0.6908847498817614, "2.3335084449299757"),
            (0.104636520788145, "1.465967918323093"), (0.066000706366111, "1.5047476087160578"), (-0.5462369961443785, "2.1486615115554173"),
            (-0.356763676925276, "1.935597626671761"), (-0.3829907462822679, "1.9638280656053435"), (0.4848010711855808, "1.0646606182934533"),
        ]);
        c.unary("asin", &[
            (0.23551203695333656, "0.23774539116776233"), (0.4611014265121194, "0.47923605611672987"), (0.39538146320667034, "0.4064831173206246"),
            (-0.42190013875887855, "-0.4355400982028095"), (0.7037805924778056, "0.7807052168419832"), (0.14735482972555425, "0.14789337214549078"),
            (0.21552209523311538, "0.21722645862921802"), (-0.4765695128975753, "-0.4967484582170564"), (-0.38206932772765256, "-0.3920344710606453"),
            (0.8330802539166604, "0.9846531033252309"), (0.5539863696083285, "0.587144935817373"), (0.8299619411800174, "0.9790394531279852"),
        ]);
        c.unary("atan", &[
            (0.003938406585674227, "0.0039383862229279264"), (572.7250419331955, "1.5690502900223302"), (2.070717604764894, "1.120902298812389"),
            (0.46389033024395704, "0.43434489731348674"), (792.0149712661928, "1.5695337250703187"), (-130.4445301109437, "-1.5631303831928487"),
            (201.78724891017094, "1.5658406528405082"), (0.0011610824948848988, "0.0011610819731286894"), (5.907750504883968, "1.403116561609081"),
            (-105.51569043932942, "-1.5613193470401119"), (18.04278029408523, "1.5154291420755983"), (-0.007372006808846672, "-0.007371873265650222"),
        ]);
        c.unary("acosh", &[
            (5.7614194442766976e+17, "41.58827763710536"), (323481473185.84863, "27.195554859902686"), (2.054484179826489, "1.3478581234420164"),
            (1276267925065.889, "28.568108431992094"), (37204410445.39944, "25.03284033211793"), (1460.6451145532947, "7.979780539775103"),
            (2.126752195849567e+17, "40.591689786822734"), (8864399649776796.0, "37.41396679130223"), (13408.372430717287, "10.196781778259464"),
            (121.54325012238009, "5.493400424617232"), (14232616982104.328, "30.97970459766225"), (8.498636315374801e+17, "41.97699947859885"),
        ]);
        c.unary("asinh", &[
            (150045.66473974896, "12.611842138917872"), (-3.474435056274591e-09, "-3.474435056274591e-09"), (-104.36693922357601, "-5.341083082623521"),
            (9638938321.153187, "23.682223987403304"), (66667.016965163, "11.8006127919419"), (-10796046.09044182, "-16.88783770288556"),
            (1.9339242046591994e-05, "1.9339242045386493e-05"), (0.0008322727560651939, "0.000832272659982394"), (-2.609156837528967e-05, "-2.609156837232928e-05"),
            (-7.191139882975083e-10, "-7.191139882975083e-10"), (-1621239.6566413583, "-14.99184881528593"), (7.476792893569479e-07, "7.476792893568783e-07"),
        ]);
        c.unary("atanh", &[
            (0.4710313824237935, "0.5113949742012448"), (-0.8975638490254163, "-1.4595432352825974"), (-0.3371500756215755, "-0.35087360633867126"),
            (-0.3937959111528342, "-0.4162847328779681"), (-0.9265701526488863, "-1.6335830426684022"), (0.5644778925367477, "0.6393809369549492"),
            (-0.12012987990671409, "-0.12071280799583078"), (-0.8799167504491567, "-1.3753987623295876"), (0.6635668505807726, "0.7991599082180535"),
            (-0.9993386514999634, "-4.007023038576274"), (0.6019194333278974, "0.6961517107174283"), (0.9118539285355862, "1.5384166760584954"),
        ]);
        c.unary("cbrt", &[
            (-7.192299451371678e-187, "-8.959613050032535e-63"), (3.277393240928072e+92, "6.894607030794919e+30"), (2.9866100865449392e-273, "1.4401006370228555e-91"),
            (-1.3682519547650147e+248, "-5.152943244571791e+82"), (-9.77021300445243e-249, "-2.1378046170348708e-83"), (-2.5216473877498523e+177, "-1.3611148924064555e+59"),
            (3.340278465426216e+235, "3.2205315485750945e+78"), (-8.738529741229185e+280, "-4.437579257828355e+93"), (4.79660159321481e-254, "3.633383300538871e-85"),
            (5.452580822136259e+149, "8.169598321765677e+49"), (-4.559797666803493e-105, "-1.6582443414837216e-35"), (6.528253779161324e+66, "1.868955709567207e+22"),
        ]);
        c.unary("cos", &[
            (-496794.9421138446, "-0.6879312206200675"), (-0.1149605496640867, "0.9933993103365922"), (0.01090064660600209, "0.9999405885400818"),
            (40.657115039593215, "-0.9831947371855786"), (-0.031151811840489835, "0.9995148215476259"), (-9.200885401339715, "-0.9750405862996807"),
            (-1862.2882899962997, "-0.7799855612523412"), (0.0029976342274633987, "0.9999955070978835"), (-0.0027204861799521862, "0.9999962994797547"),
            (0.19566639341245032, "0.9809183269847771"), (1.232797094937342, "0.3316001924119473"), (0.007945483191836215, "0.9999684348144857"),
        ]);
        c.unary("sin", &[
            (3674.691284873633, "-0.8260821959463293"), (4.955206003724217, "-0.9706645078089288"), (0.006751427130697965, "0.006751375840483665"),
            (840256.422971797, "-0.22928459753940628"), (521822.8673677515, "-0.9268800972831579"), (271036.69102669175, "-0.8789085316398874"),
            (3.2612130362607865, "-0.11933531130959178"), (0.00277063442444003, "0.0027706308796847288"), (-7.961660916176911, "-0.9942081855956236"),
            (-0.01419573622294115, "-0.01419525944282346"), (0.03924650130703249, "0.03923642693131893"), (40.605307926536526, "0.23322863733248217"),
        ]);
        c.unary("tan", &[
            (-772.1242311205558, "0.8552977683855276"), (-0.11591004127661728, "-0.11643193526376636"), (9.629019758999446, "0.2071299619957358"),
            (-5.534969276295772, "0.9282697592924554"), (1657.71466400955, "-1.728295062977594"), (-0.007378151859492485, "-0.007378285744199147"),
            (-0.009493167803306071, "-0.009493452989090738"), (-0.0015533006647598401, "-0.001553301913999458"), (70358.71230917479, "-0.41897999807508307"),
            (-44.6604839426604, "-0.8056668383847722"), (0.08391533041479099, "0.0841128579853387"), (0.011314282637706815, "0.011314765454152317"),
        ]);
        c.unary("cosh", &[
            (-76.47512178467139, "8.160060868326887e+32"), (-503.17735716378, "1.6831376671359781e+218"), (50.01212534878084, "2.6239772874472806e+21"),
            (-297.0087749642324, "4.8780028323668955e+128"), (-259.06906854062504, "1.6264357184131355e+112"), (181.4894337523009, "3.3023994760423692e+78"),
            (326.62578456798224, "3.554232956445997e+141"), (272.22433731891795, "8.404222499449597e+117"), (380.65307921878707, "1.0339554542991066e+165"),
            (-284.02940982860457, "1.1255774690441124e+123"), (205.99894864960982, "1.456051314428758e+89"), (595.5556013728192, "2.215548936810296e+258"),
        ]);
        c.unary("sinh", &[
            (478.8020875579, "4.3659077449708786e+207"), (-5.895259991203375, "-181.6542644487395"), (40.37126942026339, "1.7060413023081725e+17"),
            (-495.25681272007944, "-6.113232223508989e+214"), (-657.0492480765658, "-1.1267635324775053e+285"), (199.74020104234035, "2.7863593863504454e+86"),
            (-346.1796451251511, "-1.1037726519951184e+150"), (-401.41833545863363, "-1.078296085997916e+174"), (403.4641229096592, "8.340886854066572e+174"),
            (-378.50110097412187, "-1.2020140712057108e+164"), (-648.384058630795, "-1.9435191389011735e+281"), (661.6035400788423, "1.0708697930855975e+287"),
        ]);
        c.unary("tanh", &[
            (3.9165907190675178, "0.9992075891427571"), (17.557714718030887, "0.9999999999999989"), (-2.044028224086727, "-0.9670097089970768"),
            (14.530974834050468, "0.9999999999995218"), (16.03032896333118, "0.9999999999999761"), (12.013838168872837, "0.9999999999265583"),
            (15.655080696373645, "0.9999999999999495"), (-4.212871826320521, "-0.9995617914416794"), (19.650357812927638, "1.0"),
            (0.3477611875124218, "0.3343885570947017"), (16.19521707729931, "0.9999999999999829"), (1.6311748627547402, "0.9262287116360066"),
        ]);
        c.unary("erf", &[
            (-2.4201237682838364, "-0.999379683002406"), (-5.414577766120177, "-0.999999999999981"), (-1.1668425376458913, "-0.9010907130930512"),
            (5.448605426069621, "0.999999999999987"), (-1.3336592956457807, "-0.9407156988284273"), (1.1223147562404368, "0.8875310036059999"),
            (-5.158175913041067, "-0.9999999999997008"), (-1.0933045178790257, "-0.8779355360847099"), (-5.238093450454807, "-0.9999999999998715"),
            (4.932134093921029, "0.9999999999969432"), (3.051217131357138, "0.9999840449575972"), (-0.027818222134825987, "-0.031381407243419854"),
        ]);
        c.unary("erfc", &[
            (19.129126969465116, "3.5528940623121105e-161"), (-4.2101385065779695, "1.9999999973838913"), (24.98544972989498, "1.7187104308371128e-273"),
            (-2.4357947291706727, "1.9994283782567328"), (13.642332111767452, "6.129578494433184e-83"), (4.221278391146868, "2.3756039139301686e-09"),
            (23.638415090946587, "5.0659863636574975e-245"), (10.869271951583343, "2.543253458323965e-53"), (22.163330719935264, "1.1861905872381926e-215"),
            (25.93080438252276, "2.0644474912675264e-294"), (12.997568642614176, "1.8534078007018129e-75"), (7.04908016315261, "2.0851542420818702e-23"),
        ]);
        c.unary("exp", &[
            (-343.0565031150898, "1.029090848422225e-149"), (-571.438161610138, "6.722946632315151e-249"), (-338.6573800093944, "8.374687417444366e-148"),
            (625.0793715405514, "2.94118140527791e+271"), (-351.13086814239807, "3.2048044859587994e-153"), (-390.90539712581455, "1.7058588072240235e-170"),
            (324.3191513240399, "7.07974793643583e+140"), (680.7688993136728, "4.509998768385713e+295"), (-453.1487624917496, "1.5848675324216624e-197"),
            (247.72516870893446, "3.8518893129670174e+107"), (-121.35968311891861, "1.968608227884909e-53"), (37.30528753483645, "1.5903053581304634e+16"),
        ]);
        c.unary("exp2", &[
            (1006.2925774243204, "8.399437806957403e+302"), (723.3322201148708, "5.555140976517369e+217"), (-717.1284695526906, "1.326844168457005e-216"),
            (967.2411202236574, "1.474314805776745e+291"), (531.5054937337388, "9.979217172419373e+159"), (837.0349099785053, "9.388913143389109e+251"),
            (-17.0603841501063, "7.316655941871175e-06"), (-449.81253518200674, "3.916827853894331e-136"), (54.91600612419029, "3.3991089532122348e+16"),
            (-20.499198429015223, "6.747243534001905e-07"), (50.31506827326598, "1400698888855834.0"), (978.5103024198675, "3.638748962459458e+294"),
        ]);
        c.unary("expm1", &[
            (0.0005420921305601628, "0.000542239089052985"), (-0.0011227897655314786, "-0.0011221596729452529"), (-0.0029238144040962563, "-0.002919544221515717"),
            (-2.578684294103178e-07, "-2.578683961622572e-07"), (-1.735578911181778e-07, "-1.7355787605700788e-07"), (-7.415741482140936e-06, "-7.415713985598039e-06"),
            (-1.509128782167518e-06, "-1.5091276434332502e-06"), (0.0035827749878594344, "0.00358920079795172"), (0.015585286104984851, "0.015707370089829774"),
            (2.191075257582707e-06, "2.1910776579898523e-06"), (-2.735270009582584e-07, "-2.735269635497517e-07"), (-2.737644926938863e-10, "-2.7376449265641277e-10"),
        ]);
        c.unary("log1p", &[
            (1.1703356067228388e-05, "1.1703287583491097e-05"), (0.2776617481677402, "0.24503164812812184"), (335.75976150518846, "5.819369802265116"),
            (-0.4999996659011805, "-0.6931465123625296"), (19138.61492435562, "9.859515545909867"), (3.7033942572494654e-05, "3.7033256832973796e-05"),
            (-0.4999999949038266, "-0.6931471703675985"), (-0.49999689520818225, "-0.6931409709955891"), (0.6007139732455106, "0.4704497629917189"),
            (-0.41483993571986766, "-0.5358698550217342"), (12.367271276694495, "2.5928092772918587"), (2265786016.531779, "21.541187563289103"),
        ]);
        c.unary("log", &[
            (2.918801193014807e-261, "-599.903536289802"), (1.602186301392476e+134, "309.0177715960908"), (4.3174505394120225e-213, "-488.98795973259837"),
            (3.7475734118720536e-174, "-399.3286976406023"), (3.1591110753613815e+79, "183.0545130292893"), (9.880601462328361e-11, "-23.037862636273758"),
            (8.646660111681222e+25, "59.72180045697712"), (3.5060572446219474e-53, "-120.7825178147026"), (1.7800442172969644e+19, "44.325754972060395"),
            (1.3067534889477911e-185, "-425.7106963953483"), (6.794297422407042e+226, "522.3003146626507"), (2.3492869076138363e+254, "585.7107254590268"),
        ]);
        c.unary("log2", &[
            (1.6254549766106419e+37, "123.6121831062823"), (9.40910170703701e-28, "-89.77992966233698"), (1.32528181741486e+205, "681.4015586292116"),
            (1.782144142376364e-102, "-338.0030516496862"), (1.9407366693347732e-80, "-264.79764321308045"), (3.513624492730704e+21, "71.57345000884638"),
            (9.220998604066661e+244, "813.755378150798"), (2.3782568744479477e+238, "791.8687911315297"), (0.00042905776288536425, "-11.186540492620713"),
            (1.848167868044661e-76, "-251.58043940955756"), (3.0015434388292677e-171, "-566.4639996787037"), (2.116642141934705e+62, "207.04131925831516"),
        ]);
        c.unary("log10", &[
            (1.263581567722487e-62, "-61.8983967179163"), (9.23544726816362e+192, "192.96545793295348"), (9.293484434724605e+102, "102.96817857589357"),
            (1.901674375947133e+246, "246.27913615464342"), (8.154773984387122e-115, "-114.08858807125077"), (7.361079470394852e+38, "38.866941506410846"),
            (7.823624887166828e+149, "149.89340801952252"), (3.185316463781733e-238, "-237.49684741367508"), (1.2967588538765657e+177, "177.1128592219069"),
            (6.891547016692357e+102, "102.8383167234167"), (1.7477660707874975e-130, "-129.75751669582334"), (1.4425374795190536e-148, "-147.84087289433387"),
        ]);
        c.unary("sqrt", &[
            (1.0774742502196448e+182, "1.0380145712944712e+91"), (6.82594843914318e-251, "8.261929822470765e-126"), (1.4049941815040852e+252, "1.1853245047260624e+126"),
            (4.688824264096488e-282, "2.1653693135575023e-141"), (1.2141554204965708e+84, "1.1018872086091983e+42"), (2.851868893887333e+60, "1.6887477294987944e+30"),
            (1.0879456735063372e-99, "3.2984021487780067e-50"), (2.712349765416178e-168, "1.646921299096037e-84"), (0.05337765270463655, "0.23103604200348601"),
            (7.388879311371201e+34, "2.7182493100102502e+17"), (5.856446858320373e-190, "2.4200096814517855e-95"), (3.241253874577689e-206, "1.8003482648025877e-103"),
        ]);
        c.unary("gamma", &[
            (-27.836143607076167, "3.621870701907033e-29"), (-8.409943213496954, "-3.341298468633736e-05"), (19.334469129738693, "1.7040936374621618e+16"),
            (1.6540043360058543, "0.9007289069367657"), (154.2554894551805, "7.261485943946947e+269"), (11.49449709784352, "11743430.98396664"),
            (135.16558497524642, "4.487698407059486e+228"), (-0.9923323690267178, "-130.85201882944858"), (20.450038013103153, "4.6549859801680544e+17"),
            (-3.5262362581953983, "0.26128847876995603"), (-131.75534553833702, "1.3355352945229022e-223"), (-7.769318166182324, "0.0001919806706970884"),
            (-44.17337963616151, "-1.1807384106248884e-54"), (7.69867208571763, "2762.576407857444"), (167.26580245924993, "3.5072784737481263e+298"),
            (162.3944732624525, "5.643603145557434e+287"), (9.331646699782606, "82530.22472033989"), (158.21232631613836, "3.434668409840853e+278"),
            (1.8860356617615581, "0.9570584004806948"), (95.95751476925818, "8.511038155155173e+147"), (5.393532534494034, "44.14249043144892"),
            (-9.37752789201632, "3.962349391533211e-06"), (165.73397645910774, "1.3936469054928324e+295"), (-66.06955939121084, "-1.9880242459151164e-92"),
            (154.0755817998028, "2.935239349336607e+269"), (-141.47607836374976, "1.5695381329569007e-244"), (5.912763509828047, "103.47702785199826"),
            (7.965660191694148, "4703.316785746384"), (-148.6541036592478, "-5.2649238521783694e-260"), (166.35954394146765, "3.405945020849182e+296"),
        ]);
        c.unary("lgamma", &[
            (-7.298180458070453, "-7.771184897856046"), (37850693.747762434, "622612104.7111514"), (-2.925571768298524, "0.9079882909595012"),
            (0.2702927251906584, "1.205606948549835"), (6.823231410361188, "6.250622649272178"), (-9.71636569503446, "-13.045145696519052"),
            (151.31423745847326, "606.5960092717226"), (0.7972341504542158, "0.154737557966645"), (7.843504926446081e+194, "3.5120171296946445e+197"),
            (165.8746507050608, "680.3130608672885"), (-9.493649521137563, "-12.78107316256871"), (1.7060816202542917, "-0.09452474172717484"),
            (170.99087732271772, "706.5261834530207"), (-1.5883129080099536, "0.8350550740555241"), (1.2080466989752878e+40, "1.1028549270168361e+42"),
            (-1.7428063050936675, "0.9998719601151731"), (9.229117132889655, "11.098117633194565"), (-8.992235017838201, "-7.926115529933911"),
            (-9.588590463591414, "-12.961069965894463"), (1.334312213623399e+258, "7.917213171510134e+260"), (-164.446403442255, "-676.9670636761094"),
            (0.562207371376946, "0.45914854612858697"), (10.177568579731746, "13.203315752076868"), (100.52250778064666, "361.539195254735"),
            (1.1911059069508998e+220, "6.023941925402723e+222"), (-8.024186073820124, "-6.933470263890255"), (128.31561192354485, "493.0839626706462"),
            (4.094525579931911, "1.9117515915319445"), (-9.1823958819469, "-11.457364543957693"), (-147.81638921044458, "-592.3364551478495"),
        ]);
        c.unary("degrees", &[
            (-1.0898970219646592e-88, "-6.244649946245215e-87"), (4.4575901139554724e+220, "2.5540110032888825e+222"), (-8.287173738935435e+65, "-4.7482007933265074e+67"),
            (-4.8370573671117e-48, "-2.7714297239816246e-46"), (-1.7600196080019174e+149, "-1.0084169539877944e+151"), (3.725825914497399e-05, "0.0021347410010117127"),
            (-1.6078683949882242e-80, "-9.212407304529884e-79"), (2.276050328808832e-75, "1.3040807780010935e-73"), (-2.3939142597627186e-73, "-1.371611836005884e-71"),
            (7.785470321355665e+271, "4.460745909380403e+273"), (-3.263703957194437e-168, "-1.8699646232738674e-166"), (-1.0341501652748186e+286, "-5.925243985300365e+287"),
        ]);
        c.unary("radians", &[
            (-5.891987844337783e-199, "-1.0283458737117746e-200"), (1.3315301060455625e-147, "2.3239584439924317e-149"), (6.451948371301277e+105, "1.126077422478929e+104"),
            (-5.516044312666107e+242, "-9.627313494193112e+240"), (-3.557637907491791e+75, "-6.209249507949319e+73"), (-1.5323811084993647e-129, "-2.6745095738674377e-131"),
            (-1.1023624168362543e+216, "-1.923985372403481e+214"), (1.2527012061484715e+204, "2.186376059099506e+202"), (-6.399334098320842e+58, "-1.1168944995084124e+57"),
            (7.351468305396883e+252, "1.2830732678518363e+251"), (1.0368950438351037e+45, "1.809723251253349e+43"), (-6.007716654472945e-134, "-1.048544361474514e-135"),
        ]);
        c.unary("ulp", &[
            (2.636110990841745e-59, "4.421718300208356e-75"), (-2.4023550752985056e-268, "2.689949238098904e-284"), (8.693194517413927e-161, "1.5793650827938261e-176"),
            (1.3678955088938261e-173, "1.7955302187076838e-189"), (1.1506842287816727e-271, "1.3134517764154804e-287"), (-8.959282263695902e-237, "1.091173045203054e-252"),
            (1.218690463764251e-180, "2.1404388173910186e-196"), (-3.8137205191849545e+285, "5.282945311356653e+269"), (-5.098698988287192e-221, "9.828413039546407e-237"),
            (7.698910051934895e-181, "1.0702194086955093e-196"), (-2.7030562335623396e+164, "5.114672824837722e+148"), (1.7178120259444903e+148, "2.8392137667797144e+132"),
        ]);
        c.binary("pow", &[
            (0.013892483883776601, 21.748274526578612, "4.0613221967925293e-41"), (0.03940201055495256, 9.931682926251995, "1.1249517724311997e-14"),
            (0.0032127027828896012, -44.439852445009656, "6.227373402914587e+110"), (176.70978757947336, -33.98461180158935, "4.243466012999234e-77"),
            (39.39073040730832, -6.061601323893285, "2.1348010726083772e-10"), (505.12868181193886, -77.90841817900204, "2.411149953671646e-211"),
            (268.8273098095292, -63.83228238065512, "8.340052550058614e-156"), (0.5787997490669768, -5.953182356023532, "25.924603992931747"),
            (188.0001769908178, 31.216461916874295, "9.798839805248888e+70"), (0.0010465716834537446, -18.94984306261931, "2.9847648237543774e+56"),
            (0.03648771066889988, -55.97409850183066, "3.037714651775291e+80"), (42.76440408171592, -63.07232376903256, "1.3299681013056598e-103"),
        ]);
        c.binary("atan2", &[
            (0.040345440379301836, 179631.64592575526, "2.246009614362527e-07"), (-1.6398090677014174e-09, -103581.29236876179, "-3.1415926535897776"),
            (132045452.99957791, -0.021755501033350937, "1.5707963269596543"), (43504430.8248256, -0.08887137691805821, "1.5707963288377087"),
            (-1.7771879415884685e-10, -226314231.66453505, "-3.141592653589793"), (-46.24771244433208, 2.615864904798102e-10, "-1.5707963267892404"),
            (-4.996878421559333e-10, 1127945840.8925676, "-4.430069459368011e-19"), (-0.0004365751606927577, 283749.8994106219, "-1.538591420118808e-09"),
            (329710.98027279973, -5.460465329520606e-10, "1.5707963267948983"), (-119777115.33558527, -1.9556695253697592e-09, "-1.5707963267948966"),
            (-1.2095962428596634e-06, -0.4595413206695312, "-3.1415900214081187"), (-3.2890438078785835, 4.0635411894912704e-08, "-1.570796314440117"),
        ]);
        c.binary("fmod", &[
            (1.810646950875774, -329308199.4204626, "1.810646950875774"), (0.00010699965085753522, -4.841846757705995e-10, "1.6354366620628506e-10"),
            (-191469.34522949535, -0.015392705530445482, "-0.0044882720271707185"), (12459.909658007777, 29351994.844641816, "12459.909658007777"),
            (-3.0421721449956644e-10, -650315.8032744485, "-3.0421721449956644e-10"), (1.2692067138953337e-09, 1.1969664433868597e-06, "1.2692067138953337e-09"),
            (-54049941.76045696, -1428342393.5009875, "-54049941.76045696"), (5.092593268985732e-08, 156855616.6214324, "5.092593268985732e-08"),
            (0.001642809187327386, -4847679503.150937, "0.001642809187327386"), (-0.024539964294048366, 1.9855176826968174e-06, "-9.512535983996824e-07"),
            (-55137790.72923747, 1060.4052541463107, "-959.1346458983062"), (0.5603339595597429, 1.7157168661762088e-06, "1.4196689871695027e-06"),
        ]);
        c.binary("remainder", &[
            (0.0004952045885855185, -0.010553754618273868, "0.0004952045885855185"), (55688.68835945166, 1.8598585429763573e-08, "-6.656684113439814e-09"),
            (83893.7231154155, -0.00549045079267036, "-0.002626835281867511"), (-2.7901840464257603e-07, 14.322224486282565, "-2.7901840464257603e-07"),
            (0.01618577991297363, -103612872.23564586, "0.01618577991297363"), (-113740.02003594201, 0.11039304125090171, "0.02783264579009953"),
            (361.4260330877097, -23.651657913551404, "6.651164384438644"), (3.966681037208166e-09, 282532700.3466798, "3.966681037208166e-09"),
            (594.2285600789995, -0.007569290442911331, "0.0014138582454738821"), (0.00018038883739957174, 4.4002382340892385e-06, "-2.0930198087035752e-08"),
            (-13049.473965993138, -2836.509078170655, "1133.0714248601362"), (-0.1632067891163536, 3553.353505321598, "-0.1632067891163536"),
        ]);
        c.binary("copysign", &[
            (-564.3412621944917, 0.623886017528414, "564.3412621944917"), (3.009376373740256e-08, 7.054408424050561e-06, "3.009376373740256e-08"),
            (0.056268864654113925, -202.41856857210735, "-0.056268864654113925"), (9.48921062542537e-09, 2102.5203535289734, "9.48921062542537e-09"),
            (-15260468.513247527, -0.09298655100686422, "-15260468.513247527"), (1.447359387158409e-09, -0.008944916009537528, "-1.447359387158409e-09"),
            (126739.86371087492, -1858434009.9528167, "-126739.86371087492"), (8.072140290432151e-10, -0.0001303176804548298, "-8.072140290432151e-10"),
            (0.00010902914762444331, 1.650214487054152e-06, "0.00010902914762444331"), (-7468273.510821307, 3.5794542179515216e-08, "7468273.510821307"),
            (0.00017020597183157587, 1.550389517702965e-07, "0.00017020597183157587"), (212885851.89642802, -0.006962669946218642, "-212885851.89642802"),
        ]);
        c.binary("nextafter", &[
            (-7.134564739294475e-184, 1.7667447769831767e-264, "-7.134564739294474e-184"), (3.147740745701278e-221, 1.1403754770850932e-173, "3.1477407457012784e-221"),
            (2.6455487880164265e-11, -2.365727803836336e+165, "2.6455487880164262e-11"), (5.72023072738945e-293, -1.9424463847357752e-254, "5.720230727389449e-293"),
            (8.992786971193371e+197, 1.0324450047225536e+296, "8.992786971193372e+197"), (-243355988309.7632, 2.701575770090507e-83, "-243355988309.76318"),
            (7.252228743802835e-32, -1.1509780607583545e-164, "7.252228743802833e-32"), (-1.5341710598481423e+169, -3.1847186161813088e-202, "-1.534171059848142e+169"),
            (-2.2731559695263988e-29, 3.603558958231198e+282, "-2.2731559695263986e-29"), (1.0815447855853913e-90, -3.9538012772688907e-153, "1.081544785585391e-90"),
            (2.383879855152317e-13, -1.4489798826640807e-214, "2.3838798551523167e-13"), (-2.3469609328093004e-127, 8.36617704397518e-237, "-2.3469609328093e-127"),
        ]);
        c.case("hypot", &[f(-7.646667726223759e-127), f(-9.55301592865895e-127), f(-5.86277056418134e-128)], &[], "1.2250524945297893e-126");
        c.case("hypot", &[f(8.975862870273232e+269), f(5.996385710223206e+268)], &[], "8.995870201476193e+269");
        c.case("hypot", &[f(-2.673790730218024e-305), f(3.8860307441949813e-305), f(-7.325918313409163e-305)], &[], "8.71317800510079e-305");
        c.case("hypot", &[f(3.017153750633408e-182), f(4.0742690612275045e-182)], &[], "5.069801291790132e-182");
        c.case("hypot", &[f(-7.237693539033532e-242), f(1.865161842575087e-242), f(-4.19833284289133e-242), f(-4.342712215121769e-242)], &[], "9.609796278123363e-242");
        c.case("hypot", &[f(-9.259161092082864e+279), f(-8.943647872659333e+279), f(9.702241180932066e+279), f(-6.663724521837549e+279), f(-3.1267219429656403e+279), f(5.422352111754283e+279)], &[], "1.8532077659227714e+280");
        c.case("hypot", &[f(-6.425286259056731e-115), f(8.229916667977211e-115), f(8.716766391330283e-115), f(-1.4633076238370424e-115)], &[], "1.3679880021245696e-114");
        c.case("hypot", &[f(-1.4221161447318798e-13), f(-8.701289376054897e-13), f(-9.786376596531535e-13)], &[], "1.3172244228835611e-12");
        c.case("hypot", &[f(-9.659426506558493e-11), f(8.740423704618939e-12)], &[], "9.698890168517605e-11");
        c.case("hypot", &[f(-5.383578683963625e-215), f(-4.350290908447587e-215), f(-9.498486071917833e-216), f(-1.6697750712975898e-215), f(8.727086123792737e-216), f(-9.250963881406899e-215)], &[], "1.174479734423188e-214");
        c.case("hypot", &[f(-2.6739461713020683e+196), f(5.4754828008353605e+196)], &[], "6.093512946508346e+196");
        c.case("hypot", &[f(8.178392742055518e+269), f(3.9347422808689836e+270), f(7.598243425325195e+270)], &[], "8.595601261446967e+270");
        c.case("hypot", &[f(1.3612700809594537e-39), f(-1.3346455077238928e-38), f(-9.003186070132621e-38)], &[], "9.102591312755439e-38");
        c.case("hypot", &[f(8.394272293075878e-211), f(-4.667727604680057e-211)], &[], "9.604763834774574e-211");
        c.case("hypot", &[f(-6.859885235383459e-85), f(1.1819629914710772e-85), f(1.1463428448130597e-85)], &[], "7.054726350021901e-85");
        c.case("hypot", &[f(8.787876997289111e-67), f(-1.3194067451577095e-65), f(-3.22226428048733e-66), f(7.1834150503481185e-65), f(-2.981966049453437e-65), f(-1.3500917652187327e-65)], &[], "8.010537297115898e-65");
        c.case("dist", &[t(vec![f(559.8852381156291), f(630.1596243051524), f(139.79652513884844)]), t(vec![f(-330.39707357246834), f(341.0598149759487), f(754.4929134327763)])], &[], "1119.8361237433287");
        c.case("dist", &[t(vec![f(-153.18593255660517), f(812.427695102909), f(551.8703535624334), f(-340.1039701270936)]), t(vec![f(-872.8240298190126), f(-5.133267076438528), f(-97.55753456063348), f(-957.9585400396506)])], &[], "1410.5976638804193");
        c.case("dist", &[t(vec![f(-994.641927991387), f(-673.6495666967477), f(419.2560046755266)]), t(vec![f(284.1029325985676), f(402.00496489551233), f(-102.78717274558073)])], &[], "1750.6427873532944");
        c.case("dist", &[t(vec![f(425.3454920999591), f(978.9425856003904)]), t(vec![f(656.0857011723249), f(-715.674848757915)])], &[], "1710.2541603264367");
        c.case("dist", &[t(vec![f(593.898710037038), f(-420.65424752158106), f(-908.1728328318688), f(151.81924441468118)]), t(vec![f(-178.51312175894702), f(-304.46517982417083), f(-308.1617509635805), f(-57.637510285034864)])], &[], "1006.9783353205337");
        c.case("dist", &[t(vec![f(64.13304992610506), f(850.960794777626), f(568.6968226084603), f(-519.0963630488988), f(396.4590972275298)]), t(vec![f(-383.93441558096094), f(-695.0234705691935), f(407.7317296003721), f(691.6067539110077), f(365.23133859720133)])], &[], "2020.771826267993");
        c.case("dist", &[t(vec![f(624.4725926637914)]), t(vec![f(-795.467284050364)])], &[], "1419.9398767141554");
        c.case("dist", &[t(vec![f(637.3309147509606), f(801.7132550761944)]), t(vec![f(412.8944246859505), f(409.0999129778004)])], &[], "452.2355298584709");
        c.case("fsum", &[l(vec![f(-0.0006113111315069451), f(-1.0384182495889657e-20), f(0.22333229614502972), f(239204812163.67566), f(-1.2524412335461454e+16), f(-35.51917595038473), f(-3.3797909669361357e+19), f(-52673801439.210785), f(-2.4344521761084597e-19), f(-195.4862448298795)])], &[], "-3.381043389516581e+19");
        c.case("fsum", &[l(vec![f(10737007893364.85), f(-906.7897297426003), f(12660904744096.648), f(0.21610725068214984), f(-37496.94554180653)])], &[], "23397912599057.98");
        c.case("fsum", &[l(vec![f(34.353406907537256), f(-2.4760744502931945e-18), f(-0.41955085458365665), f(-4.028204198688676e+17), f(1.7148579239006953e-09), f(2.394809328013347e+16)])], &[], "-3.788723265887341e+17");
        c.case("fsum", &[l(vec![f(-9.114664429574031e-11), f(-13683527.22485516), f(-3.0704745500825944e+16), f(31439497245.58716), f(-47.978749184150686), f(3252780.57412434), f(-12374636.099619457)])], &[], "-3.070471408413413e+16");
        c.case("fsum", &[l(vec![f(-19095744394.657375), f(-3.8494791957861004e-17), f(-1.2469721852545584e+16), f(4.561287859699574e-14), f(2.3305724428763412e-17), f(-1.4064273850679468e-06), f(-178258235793.7157), f(-4.6901421636096166e-17), f(2.34414217171723e-17), f(-7.246476568326689e-10), f(-100.05611156550297)])], &[], "-1.2469919206525872e+16");
        c.case("fsum", &[l(vec![f(-1.7476337392221477e-15), f(-5966325880.604509), f(3370868069518.566), f(-11797979655855.326), f(59167002.24458502), f(-4.779882505450225e-11), f(13728068.82893917), f(-2.973215223038429e-12), f(-9.133008289279401e-10), f(4006715866981.21)])], &[], "-4426289150165.081");
        c.case("fsum", &[l(vec![f(-2.0721170048073066e-11), f(3.3391478209005257e-09), f(87878208.62904403), f(-2.827984516633174e-16), f(-289831337118406.3), f(1.363947498484408e-20), f(5.221803951148313e-12), f(-6.225989968594108e-17)])], &[], "-289831249240197.7");
        c.case("fsum", &[l(vec![f(1.1339791100799485e-08), f(1743898296127331.2), f(-6865990.1315173), f(-369923.3184303078), f(-1.133587999440105e-07), f(-1.7015569517658466e-19), f(1.4612581751994624e-09), f(4191.632093009144), f(-9.64397682686165e-17)])], &[], "1743898288895609.5");
        c.case("fsum", &[l(vec![f(-2.94038751939315e-16), f(-79831861.8417439), f(-6.193972597942527), f(322966434966751.3), f(1.327156239182578e+18), f(0.00012317506005216457), f(1.855676937325449e-10)])], &[], "1.327479205537713e+18");
        c.case("fsum", &[l(vec![f(2.2936801696824273e-17), f(-3.389699860458587e-20), f(1.5903484114053716), f(2.869497706587448e-20), f(-1.4783561600477755e-05), f(-132.64765194219513), f(-3904282.966218027), f(3.3282578933166913e-13), f(-6.260919606546484e+19), f(-0.16708125159913265), f(-13774598.784895495)])], &[], "-6.2609196065482514e+19");
        c.case("log", &[bi("228246795575901809349447341223303743672342254209499239368314123943428124753913720878568806998243114866329706898234585848712475516811528924146171961975725762347736992091593173377034948734536427744221219023524097145914087894013790471747260296704412079475291247299618777273440878244136658783557943872311574098379701991243125172524980886770969230239991184924889744256903241907907860673087833744477583010100371811377348741039730560668868158365754646103631039530548246474569313057503184445729098369757813609448074506258289065020002963051580568835157451188605045285829749168142070410202507634512957864563387278919560519372961388019992261016439003518197988378109845943728642245084509046303031339409409691706468384131388676432272361700252753278026613900817245055670825127835284336416651467731331697530192461825087901235278022678858473906752626043244845140568398449860303632740927162226399594860451495788885581666274960010156721665090509697011999888145205767924214250958333487096049269092070082524234858862616604289499936745399116437806857117686415057908061630524058857388972092773933153752609467932122211585662139209426146169090496480491475195268836046182095579322384086987251927930395356143748217198427251564067156347516566179761939251153018150441998680295177420163710327076538238791049196008755516019059138763464712497789558641153017165005483737718822282617635095476697414864330601312086869882153980864165276131826838401061258704779870263119906359154441404745742438071725")], &[], "3369.5072483445792");
        c.case("log2", &[bi("216697730302616658210814701068766563186596055618031739413117163556108786693143114810106006060255927838324241259580436272443037524312948073186283175793134470579164325608195532886716676528328028986872364272426602044565404224382948357129472763125197926499572287748229595634289368309961445159369545437328085741161807211556902054133230955373929082396217439485574588881993279697903037239303043797425233257975941555699662060386053390140591534796773338205249961777167551877771987688969370619581887184183706444342059504190564157872115993644989443140955943533695985764419101038059191335717130870028945150812238185203789434462079553086372818398124984513359622612668471774958577987063465591999037932566050091106582652796518161047618448973760769722918751902411906307215909230442022855959525801563103596345123179272391000035840860794758321534954757632257735374041718698303566039442068071312166016985790261193552781545522293325626562577520730236875456599994713178027291797998276207261606815125657384583034634621978529048090936634434312367764483824005283623232385858500250277968157261655003542224447221016230143952716641782588663597153155295629987422904853016141488710297969933400995992239526761594050476592357071150412819550819774223759569504916586514400211376840484353783023014798003181951903681264412662280670614380079598523235646179955822324112998503157228593459339732116421298922514843999506096449480336500825036636949029633288751970163103324144681298014366998020223884783606")], &[], "4861.096486862898");
        c.case("log10", &[bi("224877067219123943154814757722051068016877047877105902508170968530380350590288076452921635761240987915136823575139670419904712932979683558484080501690568438054094329482481350097785128784449602324394318996480928471287368447998424998827624700658147211768040261682300282023121433191406524377908010399328366326116457448206947341936670642425065394685617148987681100116681282373058129668541046768923244394984440577214425995683761818754359918364531390088223251975579264598813625648064964291935259670244546813266346601650827864060849284603541621994634851145515948137946068514141505728154327177734952663455763064782127889766725887158011553812738691832166298263116094681662484112295569337425447701542950607088921102645586349248431243155846864699304899492853180194620742829133577979219241943108283784136289138050954766353723607153701952441971486945991726410018002655868049087484889998515036331135837024490266512369542244636134849700742067698647313352158319465848340917005281253243385643272198366357088742026037020829550017510298185887096048410181585906297674947562317375912202140431214174800532760750477551570892031951799707863808527821456562040451120053691305982192517444195177801685930751179721823975708604087054063503251010419573314040829646936230623038633177169977633589802264588629196383429995278453381077508949122527624828921196000770147783697360479437409683530597656018635052611275388732348105460977558134894558386381854041651480350817098716376950178663772781754192765")], &[], "1463.351945168695");
        c.case("log", &[bi("16601826607084528153018673111017560597226119130274475991537998585486302527252382594748230003340694800989110073859370744639286058296098898989414316336958549409622852995067810587784028437764140775476064997005389350804381883363127626918732432278082369717959908540298270371566517017859252110455371531948753502764647244517626913392075251518382677582504186836233569798295724510780931387989524561217312267543771992259719872756699595336353640007816431846540501003058819083281939473094973513934130355489265792963913667746164247670837573514496067314919913979789005512300501999949719971135653389439958660942992516417280804570012581662512175086635619448352709164376100645127744097928347497556788275343725676895691327464644235485133287858956640268963376710201556025110652093979186934040677289871882300905898916878003080059824384510085624897212077915087762537756162260987565227603058441049138777376011929499153556630014296763570835413484883356018156472580217205247998537346486735742424385085514048099806846042754973231584520005038802431022991541866232462751949330175344650114059390952427071849123829693520245000841299623626902207714810292761790932213410604210695842246116715014417724078429956922468218469726338448004423139233763043982794151039024512606619172624337039253687312886997786041484392178376961046025388918480416173878598520063213313645538")], &[], "3069.852856593949");
        c.case("log2", &[bi("12320750796765266450957273265245319788972913978077261974586925950044572125424487194469019686480093953845473444343943240744953266899888499851372408541017934034004113879541685306906354748706961938213870518789782570540593776944058469035770098062346327900656206620614475000769769496099584705084814069832395091708892617078901565272176530186487824730773976097707988493443190013064889580461005143788082229654489505900255094009305199443999505971057525684769331222254655342969405287693589217160291431386739001053428206695099625573391887839284502422314694611520498843332799009039270757218683200906941201157601430049251732844059118346283732205219775611616328745753242966414832884874330882164863542300045400838385765272968867491668677713499130199235556056096720214956773830745818360764994238446762791023841505370839269319922606791113242243624354240494528832981104812767230091771636583616894011578435966952650078520684873822207082846912544895409402082272257157737092040175481222755246717870579846840009292098410411877922866944508163592031425598898204328466892248406821979463809973526438650175324926861518177972584664718085687849847633225789430525377058089042805075008971672283291914048790462099803114600090643920766282114299237902439297598697265450189414651232883482661354932470861836098001631782745783482213704670362794249367827419570150539182053")], &[], "4428.431240657913");
        c.case("log10", &[bi("13510379896946371020103912625921140552186253706133502882029557650874438051084558474500369293964023206744454525927565547583436033371379499996556102808570969537544088163916138630202435022971003073996370012031689177025977233124016315258329321138532528296544792842050009821994693192441280236914420552789821333618407953673835125016691573977427449410747415377630372897635143587593630820918474880739630787236768895244096272851092141439191818976277710579172775175711785662340958323661646145961234511721387321972199272702319123692899575729420923851750409116039923802830257321940784223507927903943683607970800895613156594287610360106888029845473420521634011696476930871303413457540839590742710808469252219050515331520817709091832231253972838708872473503500519216401459704116221371151578119577707883565732940722255227831805245004964214558159138497018780088962475771473922106878067797033669571644980512810715506416968477433128643335112145366866148732536125484925840845610678052855015157159964397836989587870822783965760095064907621424908373646949216237049068262837634166184327028508561879920291590347617630105276724562450094865721481900673184146813127001426388113281557130676574699033703089877790034857308093642031654600780629726292675645625690626934167437710981159744208254951233114530660260371555041593557492924217816156365055027165085092234902")], &[], "1333.1306675610745");
        c.case("log", &[bi("9819284821617045633451405613754875143241999737836276942063190289244778749442028670898990533296284202557510393421242502112854680468961602382836933341881945472186316482985726829615807840491984426115891464361891915575797874705702999887368501124609676525586753509366179288674143229737883205411321911717455748974482463685629901909452360541996638186463035966855079469980806204444014657602315261418306782477991520948815602465470147334405946949311712478169396471505456158818230710097749598374244042606001102783111372472881609983183213116303055337488565282768109699548891719351631202556833409238503426832992203522390181004716227096696791249885354667773468435430851627608009835295665052025328147703271277795198676533426002042290191856259775108073688445612237951868455013785671872934157916990762472186241910403821793426857862895749678796852679768908135821594063529145734812361443074113594147008375518857751814447482021421725364231277092765472855922532773148121576221817040615277526505564360802807610254611690997789490223330570627858031697266204514075035109983732379267787764223783193731605800013437460878183172590192433114004022993630016705373894045286605989754662381653662765906625176371065321378794914966012613624087146757243326875464557951841187297634224053356969877384921418071657372120996364320532384562678351800949471464939699207383570918999202222029406131549065875956354874167800725031890975288095361486346145301114022157")], &[], "3262.7448399705268");
        c.case("log2", &[bi("11900488963864296707955503650879404283032664961223206053211970047795707797537604998975379101276505144729440367019658608793571277034503743608546242804815043837217961995752535620209691342550503700225867554807033308720469306824270585374421949036468982477004604132562967686502284573272882750511380197209620624951725771826337020644614558819801157084261584093339834174972037517625092531272161895131986368880055694918719410338845237110742587067016923271050181874318493831610374440059953688423723065024433020997278205460427699831106588582578029436999378039445995042271116667221316774836716244310505652806873997602544596748272746735042859408146443118146257304595331461625299683904766530815308308296036869119574225527130039773407117802337969670500078481775164944839214867741156532772546201622060298959359632635008313792634775906662356586940857032742405758675289345015718054838140958626918506362085005781309087711520692755641225199045320701461182257928837489044089271930032960315636892185871690358692495010672871243363738841346631527929050179709867428171045385167662306054907541725067439991306907656499920151573622229710967273265903739144373152583592944563895699761081407618974288699746814763200042118073186125581680757813485088651857279900414937336307983697545466568498408238337879165935113979186102712509635991304414385698815940720888073858162533040058110991725493512970723524071083967181551657811990258866865460067244237382260")], &[], "4707.423131307182");
        c.case("log10", &[bi("12505139235200157652738823243914223133919290580909907103749791793145802179540836328361807098877713924849820016952929890707448830261764573694330810402774516902464437805528630841922892312915297305546571441221673408228665777435903926168402426856549797546510447139713344111598538149033873638726540760858698975362636991156514668102936036511056939997020805826095208564973881568090515668980566475082311845821757714273600270016032539673689686714880819911087831572057217897978759496826705721721148513802894358121874910372214074647424547943718025412233736363766590670041021437108748404625646191807711813243309216563250084254534511577641415969146789788708847335657672799838139902289711596060127427526759204381251323842625713139108431068953519117723228556410947281916295190342553234162902110284248950857257568077455082635797389232871019166769935629100447441812042337420754518655744473617748290448435302962997994994860031501604520220620161452517238430899505760805101646618775298728378930401696708167790043962791845602786275933147757432084820752208197535710176532095422929242140350685562711978145168723820558205273335750254546941552886037264158947558548843545274708206478258541845230580568879453104107922271359891579904810599100718770767965054410029568738413317633714014631354877322852059391999076317827376266513261705696185934725506469326113976728578466334419962876398743290679742858832491954349167210080120443607480672835501927624")], &[], "1417.0970885316317");
        c.case("log", &[bi("110951716678319743620882399718433719937176214938765488772739533929185559217159309750866906245932407236783956730682832258440014089981792975321309502429035857195660913115683554153579995725438618310873528704895966659149171454080844371059781151924048799096647274833769175307785216574856760630244161149553266596597777180912512064904673523731717794314650012778804834290069023740450889371417792415763001107329916286176650537036802682590964081276079739896804632621298097872527205779986932336961069393967794913382120964415217865802244218567115806676586590950737497093816991055163598792029044719847072153005265747355031656863122655023666805140675048364381419874076317523710345959191979449062476098871731297829997775151978358785127874816072934312478819755269919120965019586297808710848222533368209293199900673331416166220185535127342114725198247465277256826354678573149339845419583015115013423407351950872695307345193144002466725833166880675202951006303866674895845824590749776616168568445156778996108450679558848925806548852150000216198621442817934603246384538079072647094194409277485589560117785909645485355213722844341210732046004374073947302865782810741369507598583674693667620272382367776202477143839988213055704172425089478117104197567662156078018521981821918662474714424091572366416489712070147780644699186978324514281817613237906754081215133970")], &[], "3085.567949547832");
        c.case("log2", &[bi("98887849835566709928070391229711674153470685187192063046425105785941835054437146346253116293604879378054966038895923883953031035742257185477801772867391692674918895907143741190722413441654601240644075879704796207683721007268874453764532627550711750016833450131558426388264561178159109176100194406594693344018993352046537536203342118006829832862626425238738132592123371648878626647623565827454395967228444736167341770281072469940334630299495362218870609505325625796728636416650205210156034206693721445406201939574961623167470022770420250901625980396307921602978200373426925952644223827230384134339086467513706876412502720760624640588594119049637559824111279350403468952068101731306806116945846021859995728888247818950940280311104815551702788265347366364834308800553243512554176431611665778685555733382423224391376501296635589366095651744245000973882864575621866035643055221572320507918943788034196817537427741363865645164053027030862592771362632032995129735038899636778509035209571476442477613206308154105438854672633076356009720540158470879663409049500000976765602353162985536710264725303530215781699733518677092835564307211477253481837766635266798174160182206754757818703504803703663167020990163787605988946520251237617216885221687982782248436477309558201141501551704015889094749462636348687422341996237025918637122697846358184050134496546")], &[], "4451.36751232482");
        c.case("log10", &[bi("137068584962304911324793235637766707091852519455173019242163540658093013009388131754528996492898015142184366769288516434959370365291165188211530794932172139801370994819780115569380724391760200520886322386752961574245017506533911298951039642948890844818838437100793278268566102475161945602067373843143545601731156009669467364232885486069975691990157768635087179916701539604257407245798985647362356850262508946995607324169171346545884581420033644929869820298258743777509624010520493841629044984755413571870670997098083637154324452982976178792430008053150082502339556931274246188260127482753580929086718409654990864607171619303801575102408355140499850680002047143520411195523754116522116033790937270954448214429343088280206617774310264544336882807347559100564949581070374161084531686427209284847952881358628162764613200086322911871797191180284005179162745433426376069994287201183833174255969285277916003442295957345581563751918021384053121428319227997398136699936351268169418829130489181832514001319632279374608383661061933642594431919703676038579087383804604458671634174712049048199245681526528216967993421836112549404808281227785542321346761038524667424725723282804199103870284763701098912112854757705616504607561452779695330223491989342485160212430903499739853430643126623872262286088811826140668119998794041339250222692684447380399288468852")], &[], "1340.1369379293271");
        c.case("log", &[bi("101542136474570415453376488659422874569853932965317529648805061808621477747085798003468439761731346653568276848786149305519627040578879245864948474105608515578819777142847333683726898770272623927630616560507158225129404831247220841557980025223328658495207822236625490524136288904486718274137391531954980793859312235494628489213597410738594838246943483982260235857343730346174432063587817615564485955232948837424727222396508538777914513217943538344730731157907789288718770105353581650592791439258637538191350574740272293544689931838535858462094437369366540865717349083630968900264005298696231890842441545069419829309555514779076190817260280466921406130334812729072120349378679055794385257515316899577536553429478196923160926139010282275618315541810657841559712316654872328459168312370872033570113347775507392748557912779262380670837199419917781129491914844045204602172576571536376043745250892044133261668346078665487606194605942132145023451746237851933616024710377458942099155346247093913625747025545654251283281412416928359343742575113356444651452176374414546763523110469")], &[], "2463.781353167657");
        c.case("log2", &[bi("109963826781134931598174087237235686716722171987151435428571506235820818107460355585633118675488372546164891548069594174208301836726838537524070826037031992312717954963076023576681534377730330901064179301901018574487928687810247309571645703851534070556864827506184067699427989414983055664902808370629492269713053290172621115731559507554808951162943186884631983082832390795176322449034017168361375719651251904545991113766379729978166331821536950733585598201483741099276727748366157823940058316349812602259608568915914046029498639163012607671705287552965287072674724959842837453698907125950607675702369012944662377762657930908726549816602778713761358034781736866668535787601793109900687632639632880476702941604724402492847836980109067485093360527813036398510467475445842473117583676592688127090786756279237009008934437291145352801820872596181453945551890558016780212531063460377061766876795572701693142885335727569570152369607873688660827990982711660529770351990620474620221369352117684768959025605681365746169391291074142800543808194492027287769345200890943092243106710643")], &[], "3554.6000905486267");
        c.case("log10", &[bi("77794505353662890409529164979558168213439541215018541975514661227742819421930298678585189740810459486556451489022721062927890824869307625965861654369559470991005002449601140080924376183017810220813898232939308921029479766962932826338356066691665328651606365588788171240296938410438431881066037738582236529434782503776253141975715841485342596006282235606814801965840956163342029943968934059221658415337894786886221685927984084638052626689211764399854612268795667816020671087193256917460166580496446915216254820310671188267840955559081231670432291163962193714145197924230170978727258432636308554747722977771231899987309929586498502222121984994883837475356269963389603467554147478347779905228520243405282464584169798904890294487492266867383184056671884507053224502534122274789519347003402603389267621338438627160281808778869437747825067405619682187532433558337438079078445628496703829285413713753182102188085122931002611491393472778680165349070710397110493074490541382803308833115483576359346292878340783595061172699397281453456048193785177433192880630032641415396593437129")], &[], "1069.8909489237396");
        c.case("log", &[bi("1337379323836795350920428905820862173012404102916060750761105046556316946168549234530187026556445267486142522810192945769155088249463154962598166308356808886989069369755932728627864148104175492856128296567036184776617922052415826059056673912886388617085062213618184071089657643463688967368136307994868854172939262475906879779039769058474801355609121670955491775546262366671641457178358447752578055834265931620720070258983000008188393865771463253032187439101130795988267343303032805647646387060217002270385332426261710914711951990392123941221518169630125459151724217754152508214405430303342514531828049913629919426362426691074254064726953841866751323585312913795958982833256980105086782930791840304379606819854745498214320582680840271967046325494511157543446605074331147203307741226249151975410887444414100724030579467720378504382432083953745702501196485850143774511984782293058300674875668345870124900045695599731323310540624131723472673706342338216959650419939949260743912001676651182062409052758987927648296928533153244145220171396848402475435410002861286741843163229848007369948900757026454733714519671374209516117855132014799927985663692447790612167247544297509763859435704444777715896757985517956581177322876569460657796373111319461911663022607758")], &[], "2880.8246633061");
        c.case("log2", &[bi("1495914989700225388271193869814665184799589058646588296642078394789560936540103398610031907526799463013669289059920602582354418288756610169020180603466363493263579776050019853923779116228620776142031485488502335016584228818967961705223321323772383895834060204867203003369589019939941096647783173462256610281221260325769794007386302758091617699605159787928813609074392672340403145327074292474314299489174883216146636410574202647242938436573182634490606722443274051224552511105571364057258311691896767774766053561994544139060235026052014301702001621673644711362940400518421019418988497715821136469210435094290445886741186118258278020512922709237214226424691960634741677380280296975768868116441548897602834175369917769693121099253057544824883452341430942498673515467847684847694606838292954304087873554897173519868272440296883040467572333080551799213393893727656443700503541526582068273030513663343493330300811624992018184049476756562873533435212405493583995282916273684880790545309503166746354719549421382759923735474019010786566618156258890058427245043457295884451640699796539077929781843256513477739300418723829884323452918778403873166774561248786655476478143481451109807169113760656678394439957942326997067458984379487278493540605665958949832723622077")], &[], "4156.313074895745");
        c.case("log10", &[bi("2304777101531768337503186672361336027697483720454965154244635548537900557243383332596318276155685848867781045292177354938735906483700481074744011878178948988709227675091906986879059072370089735735999517054499888630046824621434191460054935896346781967858954410741909965048447529089244904031470666576716910416197473545929292667154834961764415243295326032335921756918809508648939252974585265834674654321114786991409398000126147572188023335133459124282441042471659883660934750792941502348578245695617654251645129751937742690028100478528765733919393108122545066428139645264986853946788838391038163366688548859288726448461378700196356612890682974581503814992562476249897281176904205756841806502079199862468099178832244567106797079790920934960312129127635023487911128273579517270040594323599621394209069117584991031175013753409641282137658453059704838657535804596774795713528152531198128754110377767151749733613647127112806243231196842791689021294809992737192690717371209334022962585014883264157715397442218369180659635261338375584794719216015247272267415152133285792237191965269093709409915932946071016673669021708229868140246634204104805288232731465968545570284712500730295689431031289009633555628127381423389078046182008629667921704698551899954301332956680")], &[], "1251.3626289304825");
        c.case("log", &[bi("130300533549554372023137687937725152792192925654183173351602755772470678157373064679080338884676229848850706607457484075998247253007996595261257669650310506069805232010047245422227170199895104448774481605301272850979432905012112482011562830092697747208072452417234389712638509384343082623524078807991744424132876698074088416938839022387474918889583788545583174937414854481873520156810178996654342761530263831792950354001866464135377887886412248497519987262514636098265176476069266551926914611319894731216013339823338026739927641264123427240459458585625723655334213184668689539892142961707965711736890916255950357452630673839432663543704589655543602888284593497281608741794210705571594952263782824152218564045784422236141709750311615278031776003008552806981005879994936517175851101529328508615850183106983548703877312796017961769760704270012935356642695340762528733473747967841877687960545480421731799306113850")], &[], "2091.0119378315057");
        c.case("log2", &[bi("94219970524834576272582683605524826078570728669836681672383986287237427249633661111039557642184363310490836462510914254968860419773663575348227009259976669529616382643560483454033751221721196726953673355508849292596362917379296840320723040938418444090326739685397003665482638771785673343866054870480765516612451681586932615271876978441765550205226976455836034119282929477020606690951248883326878558255231071992628358067703635792447846839235936426673411234738187555952713899936669623575344734498397674582409807382082095148232545371872346440027102500938278084498065053484879962525923022416398999114734791326826660538538254231257255381106445040972325216379504906704788852795963505275926832919177881901728214037583849330462049384084837188228924914750064526744888496103766171089005510592647487184856486022527727211502845863393270322733865602567860199517282275671270224119829477117823933295219628680389416509188019")], &[], "3016.22481494352");
        c.case("log10", &[bi("119075172861149839308157436409680699841380911949270855350010999325228894887910702950464907577143027449126275312070786943085575913697760581327907419011789729490233477654256028433911735748054707903838013575268471912037133795483474480565354188740308515805071188929840632645546208385619533292156498698147031371296382283258599291785090182284281502701293508034152679990412169525062819627759960154594350709126580745772480329949800450101685079385759013202180947797769103498216514207130583984813012404061162366580536695751915636036988835793634538858040540061403933326631264820239104732198479153263162659015623950963166088528511703324046529630772340871767198688956615973720835529635716363892596112521534462387446468257333527695105098585961542869275916668712171835034779325637193325850481975628784579997436111087321735095233141076191853537356701385553186088270440847190575969162685976269977863271787259235816448332495741")], &[], "908.0758212206484");
        c.case("log", &[bi("17438515835366831043306066448559632723166993209827960381606435737310060518656241115899195697152141012830117880956234675805802451785929392747509585859305567249069128394294276072666579360725996402974607821454499069687403057804247274105002514761953984236858871010081571729202816445347378395247933805309623441183704065796313968147969283682747778774132060773520489764030748473841925210898467627313511143652577944488477614838461881461892621922468409851658561859625792317036805714235153452530373262977233524028406967472341745043745676506597769214767012868739173384960672096273342287308151076585908552490145993901002825301839580867141005831495375640165911213979639907877416179248128899576757210952284998128179399088676795334276921097313351700328264119477558345714683795553870825565380783874864962520865043832792265081146503696107415320943207550814100141272884223244180931932695164583120198848830848600370239326720246717618547924102047728226072513817563537512819150827")], &[], "2206.4326153089783");
        c.case("log2", &[bi("30019844773295699260524017283138130001825212974419153526409650223383591207325101279938449010029845137046964967527510204156118642500247844345511137270103994387068919591359463585622638889413189576784202796142841995773997353345431519149212264930726736768953064286980181275030445860026891216773434441797518669003972828393629337729365355659952776085159757339192442323881773248532060217509484330931455183419118211368154386903532043646225470857506520050294657004847198456394869388978288532308065563219587939885494363747805987642506131250984945467631895402301616088876584860527047582532385226703403504115354762880304852332507423280333993312064874270426001004890580707940193572796608095370975735082884405410209618273350963390444626151533546846904341801690478106697394905267549284723333785348492189460302085680726394710089604414467653583854946135307605751848027444812524529826436508373256833560687723035660174051709766818455587295625198101320060520119602315717213023347")], &[], "3183.9930314191793");
        c.case("log10", &[bi("22327837715840157571809579945444432531041393371081937737190601343890521167458677870784227556662043985520183036702538182743542747097304379540522746772192784669850171827524598403343345189338790575408882075062145385369103871623668139973701822398765825138516630389591817250553451410755074887058726448030347756084185668602663042918835148101837596466893176131555846999702882509050334102641422940948490866556076543067208960386074297464725710040156740283759141721325456955507732819837806694906051972910385874167496028733154904898611670160523299169500027266373561912445759136597534639554051087117760349169111366668563214695336255006102395010594946728203634383272644194287978551059060121483773137329548422213755509931213993807821495593891450362524124798010686678957211818315225228049134082638462296365313618710722807197679136977430290210572575230299134581335246879213925172637904263710397841026808477020078885470145820153807478383679928944636913616253361745335916636305")], &[], "958.348846666934");
        c.case("comb", &[i(195), i(26)], &[], "150544876566826231092542841886440");
        c.case("perm", &[i(34), i(23)], &[], "7396204080477496714356326400000");
        c.case("isqrt", &[bi("29797385476357335220898209561854036")], &[], "172619192085808741");
        c.case("gcd", &[bi("542918420187111837853985455221386200889182339"), bi("1324199362673972402342672839682614488"), bi("265902951761994429767963112")], &[], "1");
        c.case("comb", &[i(369), i(105)], &[], "23284073782982182373749394979989941012612212291546488500192460059529967022359888410520835784178");
        c.case("perm", &[i(46), i(9)], &[], "399790821830400");
        c.case("isqrt", &[bi("3907692042483149875883916761530497552734")], &[], "62511535275364577114");
        c.case("gcd", &[bi("281428035316503193491315659745201472055700088"), bi("180309636447477165461680656571889010"), bi("879417546747416153088802586")], &[], "2");
        c.case("comb", &[i(295), i(74)], &[], "78007058140528049177889201548082684439959165815035593127860254229318000");
        c.case("perm", &[i(55), i(25)], &[], "47865283573748475933581621895364608000000");
        c.case("isqrt", &[bi("120110277654906746044608582453836898")], &[], "346569297045925212");
        c.case("gcd", &[bi("1035657335505155819934695350507134918117841947"), bi("434228881702353584238586998029204776"), bi("407169375005503162697471535")], &[], "1");
        c.case("comb", &[i(269), i(146)], &[], "17288897902237427309262871572565794038291607389131088508814709170225891383136800");
        c.case("perm", &[i(45), i(31)], &[], "1372156063383359761953709428703022284800000000");
        c.case("isqrt", &[i(6480248)], &[], "2545");
        c.case("gcd", &[bi("1395007837579872641118415957352894260536961059"), bi("171526413875844200044964552125668161"), bi("1048009988032664041913439895")], &[], "1");
        c.case("comb", &[i(8), i(1)], &[], "8");
        c.case("perm", &[i(58), i(7)], &[], "1515397403520");
        c.case("isqrt", &[bi("3063260537191408180491765454701957639")], &[], "1750217282851305916");
        c.case("gcd", &[bi("53372871152868980209799136785471517596567981"), bi("362793478093053520785169506812547568"), bi("242914902703086545816308566")], &[], "1");
        c.case("comb", &[i(13), i(171)], &[], "0");
        c.case("perm", &[i(82), i(31)], &[], "306465467388499447800849874097798194870546103009280000000");
        c.case("isqrt", &[bi("144844958210711073729822223739")], &[], "380585021001498");
        c.case("gcd", &[bi("816558185926119449595931330958837491183809143"), bi("225748258013015287119905444726832274"), bi("208989658036988951977352194")], &[], "1");
    }
    // END GENERATED
}
