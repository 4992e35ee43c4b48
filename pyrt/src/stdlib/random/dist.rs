//! The real-valued distributions of `random` (`uniform`, `gauss`,
//! `gammavariate`, ...), each the same sequence of float operations as
//! CPython's `random.py`. Parameters stay Python values where `random.py`
//! applies Python operators to them, so ints, floats and mixed arguments
//! give CPython's results and errors.

use super::params::Params;
use super::seq::real;
use super::{next_float, with_state};
use crate::compare;
use crate::error::{raise, ExcKind, PyResult};
use crate::func::KwArgs;
use crate::ops::{add, mul, sub, truediv};
use crate::value::Value;

use std::f64::consts::{E, PI, TAU};

/// `4 * exp(-0.5) / sqrt(2.0)`
pub(super) fn nv_magicconst() -> f64 {
    4.0 * (-0.5f64).exp() / 2.0f64.sqrt()
}

/// `1.0 + log(4.5)`
pub(super) fn sg_magicconst() -> f64 {
    1.0 + 4.5f64.ln()
}

/// `ValueError: math domain error` (from `math.sqrt`, `math.acos`).
#[cold]
fn domain_error() -> crate::error::PyErr {
    raise::value_error("math domain error")
}

/// A parameter's value, or its default.
fn arg(v: Option<&Value>, default: f64) -> Value {
    v.cloned().unwrap_or(Value::Float(default))
}

/// `mu + z * sigma`
fn scale(mu: &Value, z: &Value, sigma: &Value) -> PyResult<Value> {
    if let (Value::Float(mu), Value::Float(z), Value::Float(sigma)) = (mu, z, sigma) {
        return Ok(Value::Float(mu + z * sigma));
    }
    add(mu, &mul(z, sigma)?)
}

static UNIFORM: Params = Params {
    name: "uniform",
    positional: &["a", "b"],
    required: 2,
    kwonly: &[],
};

/// `random.uniform(a, b)`: `a + (b - a) * random()`.
pub fn uniform(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [a, b] = UNIFORM.bind(args, kwargs)?;
    let (a, b) = (arg(a, 0.0), arg(b, 0.0));
    let width = sub(&b, &a)?;
    scale(&a, &width, &Value::Float(next_float()))
}

static TRIANGULAR: Params = Params {
    name: "triangular",
    positional: &["low", "high", "mode"],
    required: 0,
    kwonly: &[],
};

/// `random.triangular(low=0.0, high=1.0, mode=None)`
pub fn triangular(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [low, high, mode] = TRIANGULAR.bind(args, kwargs)?;
    let (mut low, mut high) = (arg(low, 0.0), arg(high, 1.0));
    let mut u = next_float();
    let mut c = match mode.filter(|m| !matches!(m, Value::None)) {
        None => Value::Float(0.5),
        Some(mode) => match truediv(&sub(mode, &low)?, &sub(&high, &low)?) {
            Ok(c) => c,
            Err(e) if e.kind() == ExcKind::ZeroDivisionError => return Ok(low),
            Err(e) => return Err(e),
        },
    };
    if compare::gt(&Value::Float(u), &c)? {
        u = 1.0 - u;
        c = sub(&Value::Float(1.0), &c)?;
        std::mem::swap(&mut low, &mut high);
    }
    let product = real(&mul(&Value::Float(u), &c)?)?;
    if product < 0.0 {
        return Err(domain_error());
    }
    let width = sub(&high, &low)?;
    scale(&low, &width, &Value::Float(product.sqrt()))
}

static NORMALVARIATE: Params = Params {
    name: "normalvariate",
    positional: &["mu", "sigma"],
    required: 0,
    kwonly: &[],
};

/// Kinderman and Monahan's ratio method: a standard normal deviate.
fn standard_normal() -> f64 {
    let magic = nv_magicconst();
    loop {
        let u1 = next_float();
        let u2 = 1.0 - next_float();
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return z;
        }
    }
}

/// `random.normalvariate(mu=0.0, sigma=1.0)`
pub fn normalvariate(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [mu, sigma] = NORMALVARIATE.bind(args, kwargs)?;
    let z = standard_normal();
    scale(&arg(mu, 0.0), &Value::Float(z), &arg(sigma, 1.0))
}

static GAUSS: Params = Params {
    name: "gauss",
    positional: &["mu", "sigma"],
    required: 0,
    kwonly: &[],
};

/// `random.gauss(mu=0.0, sigma=1.0)`: Box-Muller, keeping the second
/// value for the next call.
pub fn gauss(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [mu, sigma] = GAUSS.bind(args, kwargs)?;
    let z = with_state(|state| {
        let cached = std::mem::replace(&mut state.gauss_next, Value::None);
        if !matches!(cached, Value::None) {
            return cached;
        }
        let x2pi = state.mt.random() * TAU;
        let g2rad = (-2.0 * (1.0 - state.mt.random()).ln()).sqrt();
        state.gauss_next = Value::Float(x2pi.sin() * g2rad);
        Value::Float(x2pi.cos() * g2rad)
    });
    scale(&arg(mu, 0.0), &z, &arg(sigma, 1.0))
}

static LOGNORMVARIATE: Params = Params {
    name: "lognormvariate",
    positional: &["mu", "sigma"],
    required: 2,
    kwonly: &[],
};

/// `random.lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`.
pub fn lognormvariate(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [mu, sigma] = LOGNORMVARIATE.bind(args, kwargs)?;
    let z = standard_normal();
    let x = real(&scale(&arg(mu, 0.0), &Value::Float(z), &arg(sigma, 1.0))?)?;
    let y = x.exp();
    if y.is_infinite() && x.is_finite() {
        return Err(raise::overflow("math range error"));
    }
    Ok(Value::Float(y))
}

static EXPOVARIATE: Params = Params {
    name: "expovariate",
    positional: &["lambd"],
    required: 1,
    kwonly: &[],
};

/// `random.expovariate(lambd)`: `-log(1.0 - random()) / lambd`.
pub fn expovariate(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [lambd] = EXPOVARIATE.bind(args, kwargs)?;
    let x = -(1.0 - next_float()).ln();
    truediv(&Value::Float(x), &arg(lambd, 1.0))
}

static VONMISESVARIATE: Params = Params {
    name: "vonmisesvariate",
    positional: &["mu", "kappa"],
    required: 2,
    kwonly: &[],
};

/// `random.vonmisesvariate(mu, kappa)`: a circular distribution.
pub fn vonmisesvariate(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [mu, kappa] = VONMISESVARIATE.bind(args, kwargs)?;
    let (mu, kappa) = (arg(mu, 0.0), arg(kappa, 0.0));
    if compare::le(&kappa, &Value::Float(1e-6))? {
        return Ok(Value::Float(TAU * next_float()));
    }
    let s = real(&truediv(&Value::Float(0.5), &kappa)?)?;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        let u1 = next_float();
        let z = (PI * u1).cos();
        let d = z / (r + z);
        let u2 = next_float();
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    if !(-1.0..=1.0).contains(&f) {
        return Err(domain_error());
    }
    let u3 = next_float();
    let angle = if u3 > 0.5 {
        add(&mu, &Value::Float(f.acos()))?
    } else {
        sub(&mu, &Value::Float(f.acos()))?
    };
    crate::ops::modulo(&angle, &Value::Float(TAU))
}

static GAMMAVARIATE: Params = Params {
    name: "gammavariate",
    positional: &["alpha", "beta"],
    required: 2,
    kwonly: &[],
};

/// `random.gammavariate(alpha, beta)` (the distribution, not the function).
pub fn gammavariate(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [alpha, beta] = GAMMAVARIATE.bind(args, kwargs)?;
    gamma(&arg(alpha, 0.0), &arg(beta, 0.0))
}

/// The gamma variate: Cheng's method for `alpha > 1`, the exponential for
/// `alpha == 1`, Ahrens and Dieter's otherwise; the result times `beta`.
fn gamma(alpha: &Value, beta: &Value) -> PyResult<Value> {
    let zero = Value::Float(0.0);
    if compare::le(alpha, &zero)? || compare::le(beta, &zero)? {
        return Err(raise::value_error(
            "gammavariate: alpha and beta must be > 0.0",
        ));
    }
    let alpha = real(alpha)?;
    let x = if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - 4.0f64.ln();
        let ccc = alpha + ainv;
        let sg = sg_magicconst();
        loop {
            let u1 = next_float();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - next_float();
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg - 4.5 * z >= 0.0 || r >= z.ln() {
                break x;
            }
        }
    } else if alpha == 1.0 {
        -(1.0 - next_float()).ln()
    } else {
        loop {
            let u = next_float();
            let b = (E + alpha) / E;
            let p = b * u;
            let x = if p <= 1.0 {
                crate::float::pow(p, 1.0 / alpha)?
            } else {
                -((b - p) / alpha).ln()
            };
            let u1 = next_float();
            let accept = if p > 1.0 {
                u1 <= crate::float::pow(x, alpha - 1.0)?
            } else {
                u1 <= (-x).exp()
            };
            if accept {
                break x;
            }
        }
    };
    mul(&Value::Float(x), beta)
}

static BETAVARIATE: Params = Params {
    name: "betavariate",
    positional: &["alpha", "beta"],
    required: 2,
    kwonly: &[],
};

/// `random.betavariate(alpha, beta)`: from two gamma variates.
pub fn betavariate(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [alpha, beta] = BETAVARIATE.bind(args, kwargs)?;
    let one = Value::Float(1.0);
    let y = gamma(&arg(alpha, 0.0), &one)?;
    if y.truthy() {
        let other = gamma(&arg(beta, 0.0), &one)?;
        return truediv(&y, &add(&y, &other)?);
    }
    Ok(Value::Float(0.0))
}

static PARETOVARIATE: Params = Params {
    name: "paretovariate",
    positional: &["alpha"],
    required: 1,
    kwonly: &[],
};

/// `random.paretovariate(alpha)`: `(1.0 - random()) ** (-1.0 / alpha)`.
pub fn paretovariate(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [alpha] = PARETOVARIATE.bind(args, kwargs)?;
    let u = 1.0 - next_float();
    let exponent = truediv(&Value::Float(-1.0), &arg(alpha, 1.0))?;
    crate::ops::pow(&Value::Float(u), &exponent)
}

static WEIBULLVARIATE: Params = Params {
    name: "weibullvariate",
    positional: &["alpha", "beta"],
    required: 2,
    kwonly: &[],
};

/// `random.weibullvariate(alpha, beta)`: `alpha * (-log(u)) ** (1.0 / beta)`.
pub fn weibullvariate(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [alpha, beta] = WEIBULLVARIATE.bind(args, kwargs)?;
    let u = 1.0 - next_float();
    let exponent = truediv(&Value::Float(1.0), &arg(beta, 1.0))?;
    let power = crate::ops::pow(&Value::Float(-u.ln()), &exponent)?;
    mul(&arg(alpha, 1.0), &power)
}
