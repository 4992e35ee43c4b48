//! `time`: wall-clock and monotonic clocks, and `sleep`.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::error::{raise, PyResult};
use crate::func::{check_arity, no_kwargs, BuiltinFunction, KwArgs};
use crate::value::Value;

thread_local! {
    /// The reference point of the monotonic clocks.
    static START: Instant = Instant::now();
}

static FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction {
        name: "time",
        call: time,
    },
    BuiltinFunction {
        name: "time_ns",
        call: time_ns,
    },
    BuiltinFunction {
        name: "perf_counter",
        call: monotonic,
    },
    BuiltinFunction {
        name: "perf_counter_ns",
        call: monotonic_ns,
    },
    BuiltinFunction {
        name: "monotonic",
        call: monotonic,
    },
    BuiltinFunction {
        name: "monotonic_ns",
        call: monotonic_ns,
    },
    BuiltinFunction {
        name: "sleep",
        call: sleep,
    },
];

/// The module's attributes.
pub fn attributes() -> Vec<(&'static str, Value)> {
    START.with(|_| ());
    FUNCTIONS
        .iter()
        .map(|f| (f.name, Value::Builtin(f)))
        .collect()
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn since_start() -> Duration {
    START.with(|start| start.elapsed())
}

fn no_arguments(name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<()> {
    no_kwargs(name, kwargs)?;
    check_arity(name, args, 0, 0)
}

/// `time.time()`
fn time(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_arguments("time", args, kwargs)?;
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

/// `time.time_ns()`
fn time_ns(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_arguments("time_ns", args, kwargs)?;
    Ok(nanos(since_epoch()))
}

/// `time.monotonic()` / `time.perf_counter()`
fn monotonic(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_arguments("monotonic", args, kwargs)?;
    Ok(Value::Float(since_start().as_secs_f64()))
}

/// `time.monotonic_ns()` / `time.perf_counter_ns()`
fn monotonic_ns(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_arguments("monotonic_ns", args, kwargs)?;
    Ok(nanos(since_start()))
}

fn nanos(d: Duration) -> Value {
    Value::Int(i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
}

/// `time.sleep(secs)`
fn sleep(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("sleep", kwargs)?;
    check_arity("sleep", args, 1, 1)?;
    let secs = match &args[0] {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => f64::from(u8::from(*b)),
        Value::Float(f) => *f,
        Value::BigInt(_) => {
            return Err(crate::PyErr::new(
                crate::ExcKind::OverflowError,
                "timestamp too large to convert to C _PyTime_t",
            ))
        }
        other => {
            return Err(raise::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    if secs.is_nan() {
        return Err(raise::value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(raise::value_error("sleep length must be non-negative"));
    }
    crate::io::flush_stdout();
    std::thread::sleep(Duration::from_secs_f64(secs.min(1e9)));
    Ok(Value::None)
}
