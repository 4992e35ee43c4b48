//! Tests of the operators; every expected value was produced by CPython 3.11.

use std::rc::Rc;

use num_bigint::BigInt;

use super::*;
use crate::dict::PyDict;
use crate::error::{ExcKind, PyResult};
use crate::value::Value;

fn int(i: i64) -> Value {
    Value::Int(i)
}

fn big(s: &str) -> Value {
    Value::from_bigint(BigInt::parse_bytes(s.as_bytes(), 10).unwrap())
}

/// `2**n`
fn pow2(n: u32) -> Value {
    Value::from_bigint(BigInt::from(1) << n)
}

fn f(x: f64) -> Value {
    Value::Float(x)
}

fn s(x: &str) -> Value {
    Value::str(x)
}

/// A Python-like rendering of numbers, strs, tuples and lists.
fn show(v: &Value) -> String {
    match v {
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => format!("{b}L"),
        Value::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        Value::Float(x) => crate::float::repr(*x),
        Value::Str(x) => format!("'{}'", x.as_str()),
        Value::Tuple(t) => {
            let items: Vec<String> = t.items.iter().map(show).collect();
            format!("({})", items.join(", "))
        }
        Value::List(l) => {
            let items: Vec<String> = l.items.borrow().iter().map(show).collect();
            format!("[{}]", items.join(", "))
        }
        _ => "?".to_string(),
    }
}

fn ok(r: PyResult<Value>) -> String {
    show(&r.unwrap())
}

fn err(r: PyResult<Value>) -> String {
    let e = r.err().expect("expected an exception");
    let args: Vec<String> = e
        .args()
        .iter()
        .map(|a| match a {
            Value::Str(m) => m.as_str().to_string(),
            other => show(other),
        })
        .collect();
    format!("{}: {}", e.kind().name(), args.join("|"))
}

#[test]
fn overflow_promotes_to_big_ints() {
    assert_eq!(ok(add(&int(i64::MAX), &int(1))), "9223372036854775808L");
    assert_eq!(ok(sub(&int(i64::MIN), &int(1))), "-9223372036854775809L");
    assert_eq!(
        ok(floordiv(&int(i64::MIN), &int(-1))),
        "9223372036854775808L"
    );
    assert_eq!(ok(neg(&int(i64::MIN))), "9223372036854775808L");
    assert_eq!(ok(abs(&int(i64::MIN))), "9223372036854775808L");
    assert_eq!(ok(mul(&int(i64::MIN), &int(-1))), "9223372036854775808L");
    assert_eq!(ok(add(&pow2(62), &pow2(62))), "9223372036854775808L");
    assert_eq!(ok(mul(&int(3), &pow2(62))), "13835058055282163712L");
    assert_eq!(ok(modulo(&int(i64::MIN), &int(-1))), "0");
    assert_eq!(
        ok(divmod(&int(i64::MIN), &int(-1))),
        "(9223372036854775808L, 0)"
    );
}

#[test]
fn big_results_normalise_to_small() {
    assert!(matches!(sub(&pow2(64), &pow2(64)).unwrap(), Value::Int(0)));
    assert!(matches!(
        sub(&pow2(63), &int(1)).unwrap(),
        Value::Int(i64::MAX)
    ));
    assert!(matches!(neg(&pow2(63)).unwrap(), Value::Int(i64::MIN)));
    assert!(matches!(
        add(&big("-9223372036854775809"), &int(1)).unwrap(),
        Value::Int(i64::MIN)
    ));
    assert!(matches!(
        pow(&int(-2), &int(63)).unwrap(),
        Value::Int(i64::MIN)
    ));
}

#[test]
fn bools_are_ints() {
    let (t, fa) = (Value::Bool(true), Value::Bool(false));
    assert_eq!(ok(add(&t, &t)), "2");
    assert_eq!(ok(invert(&t)), "-2");
    assert_eq!(ok(bitand(&t, &fa)), "False");
    assert_eq!(ok(bitor(&t, &int(1))), "1");
    assert_eq!(ok(bitxor(&t, &t)), "False");
    assert_eq!(ok(bitxor(&t, &int(3))), "2");
    assert_eq!(ok(neg(&t)), "-1");
    assert_eq!(ok(pos(&t)), "1");
    assert_eq!(ok(sub(&int(1), &t)), "0");
    assert_eq!(ok(lshift(&t, &int(70))), "1180591620717411303424L");
    assert_eq!(ok(lshift(&t, &t)), "2");
    assert_eq!(ok(rshift(&t, &int(1))), "0");
    assert_eq!(ok(divmod(&t, &t)), "(1, 0)");
    assert_eq!(ok(mul(&t, &s("ab"))), "'ab'");
    assert_eq!(ok(mul(&fa, &Value::list(vec![int(1)]))), "[]");
}

#[test]
fn floor_division_and_modulo_signs() {
    assert_eq!(ok(floordiv(&int(7), &int(-2))), "-4");
    assert_eq!(ok(floordiv(&int(-7), &int(2))), "-4");
    assert_eq!(ok(modulo(&int(7), &int(-2))), "-1");
    assert_eq!(ok(modulo(&int(-7), &int(2))), "1");
    assert_eq!(ok(modulo(&f(7.5), &int(-2))), "-0.5");
    assert_eq!(ok(modulo(&f(-7.5), &int(2))), "0.5");
    assert_eq!(ok(modulo(&f(0.0), &int(-2))), "-0.0");
    assert_eq!(ok(modulo(&f(-0.0), &int(2))), "0.0");
    assert_eq!(ok(floordiv(&f(-0.0), &int(2))), "-0.0");
    assert_eq!(ok(floordiv(&f(0.0), &int(-2))), "-0.0");
    assert_eq!(ok(floordiv(&int(7), &f(2.0))), "3.0");
    assert_eq!(ok(modulo(&int(-7), &f(2.5))), "0.5");
    assert_eq!(
        ok(floordiv(&neg(&pow2(70)).unwrap(), &int(3))),
        "-393530540239137101142L"
    );
    assert_eq!(ok(modulo(&neg(&pow2(70)).unwrap(), &int(3))), "2");
    assert_eq!(ok(modulo(&pow2(70), &int(-3))), "-2");
    assert_eq!(ok(floordiv(&int(-5), &pow2(70))), "-1");
    assert_eq!(ok(modulo(&int(-5), &pow2(70))), "1180591620717411303419L");
    assert_eq!(
        ok(modulo(&int(5), &neg(&pow2(70)).unwrap())),
        "-1180591620717411303419L"
    );
    assert_eq!(ok(divmod(&int(-7), &int(2))), "(-4, 1)");
    assert_eq!(ok(divmod(&int(7), &f(-2.0))), "(-4.0, -1.0)");
    assert_eq!(ok(divmod(&f(-7.5), &int(2))), "(-4.0, 0.5)");
    assert_eq!(
        ok(divmod(&neg(&pow2(70)).unwrap(), &int(3))),
        "(-393530540239137101142L, 2)"
    );
}

#[test]
fn division_by_zero_messages() {
    let z = int(0);
    assert_eq!(
        err(truediv(&int(1), &z)),
        "ZeroDivisionError: division by zero"
    );
    assert_eq!(
        err(truediv(&pow2(70), &z)),
        "ZeroDivisionError: division by zero"
    );
    assert_eq!(
        err(truediv(&f(1.0), &z)),
        "ZeroDivisionError: float division by zero"
    );
    assert_eq!(
        err(truediv(&int(1), &f(0.0))),
        "ZeroDivisionError: float division by zero"
    );
    assert_eq!(
        err(floordiv(&int(1), &z)),
        "ZeroDivisionError: integer division or modulo by zero"
    );
    assert_eq!(
        err(floordiv(&pow2(70), &z)),
        "ZeroDivisionError: integer division or modulo by zero"
    );
    assert_eq!(
        err(modulo(&int(1), &z)),
        "ZeroDivisionError: integer modulo by zero"
    );
    assert_eq!(
        err(modulo(&pow2(70), &z)),
        "ZeroDivisionError: integer modulo by zero"
    );
    assert_eq!(
        err(floordiv(&f(1.0), &z)),
        "ZeroDivisionError: float floor division by zero"
    );
    assert_eq!(err(modulo(&f(1.0), &z)), "ZeroDivisionError: float modulo");
    assert_eq!(
        err(divmod(&int(1), &z)),
        "ZeroDivisionError: integer division or modulo by zero"
    );
    assert_eq!(
        err(divmod(&f(1.0), &z)),
        "ZeroDivisionError: float divmod()"
    );
    assert_eq!(
        err(truediv(&big(&format!("1{}", "0".repeat(400))), &f(0.0))),
        "OverflowError: int too large to convert to float"
    );
}

#[test]
fn true_division_is_correctly_rounded() {
    let ten = |n: usize| big(&format!("1{}", "0".repeat(n)));
    assert_eq!(ok(truediv(&int(100000), &int(3))), "33333.333333333336");
    assert_eq!(
        ok(truediv(&add(&pow2(64), &int(1)).unwrap(), &int(3))),
        "6.148914691236517e+18"
    );
    assert_eq!(
        ok(truediv(&add(&pow2(53), &int(1)).unwrap(), &int(1))),
        "9007199254740992.0"
    );
    assert_eq!(
        ok(truediv(&pow2(64), &add(&pow2(64), &int(1)).unwrap())),
        "1.0"
    );
    assert_eq!(ok(truediv(&ten(310), &ten(5))), "1e+305");
    assert_eq!(ok(truediv(&int(1), &ten(320))), "1e-320");
    assert_eq!(ok(truediv(&int(1), &ten(400))), "0.0");
    assert_eq!(ok(truediv(&ten(400), &ten(399))), "10.0");
    assert_eq!(ok(truediv(&ten(4000), &ten(3999))), "10.0");
    assert_eq!(ok(truediv(&pow2(1024), &int(2))), "8.98846567431158e+307");
    assert_eq!(ok(truediv(&int(7), &int(2))), "3.5");
    assert_eq!(ok(truediv(&int(-7), &int(2))), "-3.5");
    assert_eq!(ok(truediv(&int(0), &int(-5))), "-0.0");
    assert_eq!(ok(truediv(&int(0), &neg(&pow2(70)).unwrap())), "-0.0");
    assert_eq!(ok(truediv(&int(0), &pow2(70))), "0.0");
    assert_eq!(ok(truediv(&pow2(53), &int(3))), "3002399751580330.5");
    let too_big = "OverflowError: integer division result too large for a float";
    assert_eq!(err(truediv(&ten(400), &int(1))), too_big);
    assert_eq!(err(truediv(&ten(400), &int(3))), too_big);
    // 2**1024 - 2**970 is halfway to 2**1024 and rounds up (to even).
    let halfway = sub(&pow2(1024), &pow2(970)).unwrap();
    assert_eq!(err(truediv(&halfway, &int(1))), too_big);
    let below = sub(&pow2(1024), &pow2(971)).unwrap();
    assert_eq!(ok(truediv(&below, &int(1))), "1.7976931348623157e+308");
    assert_eq!(
        err(add(&ten(400), &f(1.0))),
        "OverflowError: int too large to convert to float"
    );
}

#[test]
fn powers() {
    assert_eq!(ok(pow(&int(2), &int(63))), "9223372036854775808L");
    assert_eq!(ok(pow(&int(-2), &int(63))), "-9223372036854775808");
    assert_eq!(ok(pow(&int(-2), &int(64))), "18446744073709551616L");
    assert_eq!(ok(pow(&int(2), &int(-1))), "0.5");
    assert_eq!(ok(pow(&int(-2), &int(-1))), "-0.5");
    assert_eq!(ok(pow(&int(2), &f(0.5))), "1.4142135623730951");
    assert_eq!(ok(pow(&f(1.5), &int(2))), "2.25");
    assert_eq!(ok(pow(&int(0), &int(0))), "1");
    assert_eq!(ok(pow(&f(10.0), &int(-400))), "0.0");
    assert_eq!(ok(pow(&int(1), &pow2(100))), "1");
    assert_eq!(ok(pow(&int(-1), &add(&pow2(100), &int(1)).unwrap())), "-1");
    assert_eq!(ok(pow(&int(0), &pow2(100))), "0");
    assert_eq!(ok(pow(&int(3), &int(40))), "12157665459056928801L");
    assert_eq!(
        err(pow(&int(0), &int(-1))),
        "ZeroDivisionError: 0.0 cannot be raised to a negative power"
    );
    assert_eq!(
        err(pow(&f(-0.0), &int(-1))),
        "ZeroDivisionError: 0.0 cannot be raised to a negative power"
    );
    let ten400 = big(&format!("1{}", "0".repeat(400)));
    assert_eq!(
        err(pow(&ten400, &int(-1))),
        "OverflowError: int too large to convert to float"
    );
    assert_eq!(
        err(pow(&f(2.0), &int(10000))),
        "OverflowError: 34|Numerical result out of range"
    );
    assert_eq!(
        err(pow(&f(10.0), &int(400))),
        "OverflowError: 34|Numerical result out of range"
    );
    assert_eq!(
        err(pow(&int(-2), &f(0.5))),
        "ValueError: pyrc: complex numbers are not supported"
    );
    assert_eq!(
        err(pow(&int(-20), &f(631.7433077052576))),
        "OverflowError: complex exponentiation"
    );
    assert_eq!(
        err(pow(&int(1), &s("a"))),
        "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'"
    );
    assert_eq!(err(pow(&int(2), &pow2(100))), "MemoryError: ");
}

#[test]
fn shifts() {
    assert_eq!(
        err(lshift(&int(1), &int(-1))),
        "ValueError: negative shift count"
    );
    assert_eq!(
        err(rshift(&int(1), &int(-1))),
        "ValueError: negative shift count"
    );
    assert_eq!(
        err(lshift(&int(0), &int(-1))),
        "ValueError: negative shift count"
    );
    assert_eq!(ok(lshift(&int(1), &int(63))), "9223372036854775808L");
    assert_eq!(ok(lshift(&int(-1), &int(63))), "-9223372036854775808");
    assert_eq!(ok(lshift(&int(-1), &int(64))), "-18446744073709551616L");
    assert_eq!(ok(lshift(&int(5), &int(0))), "5");
    assert_eq!(ok(rshift(&int(3), &int(1))), "1");
    assert_eq!(ok(rshift(&int(-3), &int(1))), "-2");
    assert_eq!(
        ok(rshift(&neg(&pow2(70)).unwrap(), &int(3))),
        "-147573952589676412928L"
    );
    assert_eq!(ok(rshift(&pow2(70), &int(70))), "1");
    assert_eq!(ok(rshift(&int(1), &int(64))), "0");
    assert_eq!(ok(rshift(&int(-1), &int(64))), "-1");
    assert_eq!(ok(rshift(&int(1), &pow2(100))), "0");
    assert_eq!(ok(rshift(&int(-1), &pow2(100))), "-1");
    assert_eq!(ok(lshift(&int(0), &pow2(64))), "0");
    assert_eq!(err(lshift(&int(1), &pow2(64))), "MemoryError: ");
    assert_eq!(err(lshift(&int(1), &pow2(63))), "MemoryError: ");
    assert_eq!(
        err(lshift(&f(1.0), &int(1))),
        "TypeError: unsupported operand type(s) for <<: 'float' and 'int'"
    );
}

#[test]
fn bitwise_on_big_ints() {
    assert_eq!(ok(invert(&pow2(63))), "-9223372036854775809L");
    assert_eq!(
        ok(invert(&big("-9223372036854775809"))),
        "9223372036854775808L"
    );
    assert_eq!(ok(bitand(&int(i64::MIN), &int(-1))), "-9223372036854775808");
    assert_eq!(
        ok(bitand(&pow2(64), &sub(&pow2(64), &int(1)).unwrap())),
        "0"
    );
    assert_eq!(
        ok(bitor(&neg(&pow2(64)).unwrap(), &int(1))),
        "-18446744073709551615L"
    );
    assert_eq!(ok(bitxor(&pow2(64), &int(-1))), "-18446744073709551617L");
    assert_eq!(
        err(bitand(&int(1), &f(1.0))),
        "TypeError: unsupported operand type(s) for &: 'int' and 'float'"
    );
    assert_eq!(
        err(matmul(&int(1), &int(2))),
        "TypeError: unsupported operand type(s) for @: 'int' and 'int'"
    );
}

#[test]
fn dict_union() {
    let a = PyDict::new();
    a.set(int(1), int(2)).unwrap();
    let b = PyDict::new();
    b.set(int(3), int(4)).unwrap();
    b.set(int(1), int(5)).unwrap();
    let (a, b) = (Value::Dict(Rc::new(a)), Value::Dict(Rc::new(b)));
    let Value::Dict(u) = bitor(&a, &b).unwrap() else {
        panic!("not a dict")
    };
    let entries: Vec<String> = u
        .entries()
        .iter()
        .map(|(k, v)| format!("{}:{}", show(&k.key), show(v)))
        .collect();
    assert_eq!(entries, ["1:5", "3:4"]);
    assert_eq!(
        err(bitor(&a, &int(1))),
        "TypeError: unsupported operand type(s) for |: 'dict' and 'int'"
    );
}

#[test]
fn sequence_concatenation_errors() {
    let l1 = Value::list(vec![int(1)]);
    let t1 = Value::tuple_of([int(1)]);
    assert_eq!(
        err(add(&s("a"), &int(1))),
        "TypeError: can only concatenate str (not \"int\") to str"
    );
    assert_eq!(
        err(add(&int(1), &s("a"))),
        "TypeError: unsupported operand type(s) for +: 'int' and 'str'"
    );
    assert_eq!(
        err(add(&l1, &t1)),
        "TypeError: can only concatenate list (not \"tuple\") to list"
    );
    assert_eq!(
        err(add(&t1, &l1)),
        "TypeError: can only concatenate tuple (not \"list\") to tuple"
    );
    assert_eq!(
        err(add(&l1, &Value::None)),
        "TypeError: can only concatenate list (not \"NoneType\") to list"
    );
    assert_eq!(
        err(add(&Value::None, &l1)),
        "TypeError: unsupported operand type(s) for +: 'NoneType' and 'list'"
    );
    assert_eq!(
        err(sub(&s("a"), &s("b"))),
        "TypeError: unsupported operand type(s) for -: 'str' and 'str'"
    );
    assert_eq!(ok(add(&s("ab"), &s("cd"))), "'abcd'");
    assert_eq!(ok(add(&l1, &l1)), "[1, 1]");
    assert_eq!(ok(add(&t1, &Value::tuple_of([int(2)]))), "(1, 2)");
}

#[test]
fn sequence_repetition() {
    let l = Value::list(vec![int(1), int(2)]);
    assert_eq!(ok(mul(&s("ab"), &int(2))), "'abab'");
    assert_eq!(ok(mul(&int(3), &s("ab"))), "'ababab'");
    assert_eq!(ok(mul(&s("é"), &int(3))), "'ééé'");
    assert_eq!(ok(mul(&l, &int(-1))), "[]");
    assert_eq!(
        ok(mul(&Value::list(vec![int(1)]), &Value::Bool(true))),
        "[1]"
    );
    assert_eq!(ok(mul(&Value::tuple_of([int(1)]), &int(2))), "(1, 1)");
    assert_eq!(ok(mul(&s("abc"), &int(0))), "''");
    let seq_non_int =
        |t: &str| format!("TypeError: can't multiply sequence by non-int of type '{t}'");
    assert_eq!(err(mul(&s("a"), &s("b"))), seq_non_int("str"));
    assert_eq!(err(mul(&s("a"), &f(1.0))), seq_non_int("float"));
    assert_eq!(err(mul(&Value::None, &l)), seq_non_int("NoneType"));
    assert_eq!(err(mul(&l, &Value::None)), seq_non_int("NoneType"));
    let cannot_fit = "OverflowError: cannot fit 'int' into an index-sized integer";
    assert_eq!(err(mul(&s("a"), &pow2(64))), cannot_fit);
    assert_eq!(err(mul(&s(""), &pow2(64))), cannot_fit);
    assert_eq!(err(mul(&Value::list(vec![]), &pow2(64))), cannot_fit);
    assert_eq!(
        err(mul(&s("ab"), &pow(&int(2), &int(62)).unwrap())),
        "OverflowError: repeated string is too long"
    );
    assert_eq!(
        err(mul(&s("a"), &pow(&int(2), &int(62)).unwrap())),
        "MemoryError: "
    );
    assert_eq!(
        err(mul(&s("a"), &pow(&int(2), &int(40)).unwrap())),
        "MemoryError: "
    );
    assert_eq!(
        err(mul(&l, &pow(&int(2), &int(62)).unwrap())),
        "MemoryError: "
    );
    assert_eq!(
        err(mul(&Value::None, &int(1))),
        "TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'"
    );
}

#[test]
fn in_place_list_operators() {
    let l = Value::list(vec![int(1)]);
    let r = iadd(&l, &Value::tuple_of([int(2), int(3)])).unwrap();
    assert!(r.is(&l));
    assert_eq!(show(&l), "[1, 2, 3]");
    iadd(&l, &l).unwrap();
    assert_eq!(show(&l), "[1, 2, 3, 1, 2, 3]");
    iadd(&l, &s("ab")).unwrap();
    assert_eq!(show(&l), "[1, 2, 3, 1, 2, 3, 'a', 'b']");
    assert_eq!(
        err(iadd(&l, &int(5))),
        "TypeError: 'int' object is not iterable"
    );

    let m = Value::list(vec![int(1), int(2)]);
    assert!(imul(&m, &int(3)).unwrap().is(&m));
    assert_eq!(show(&m), "[1, 2, 1, 2, 1, 2]");
    assert_eq!(
        err(imul(&m, &f(2.0))),
        "TypeError: can't multiply sequence by non-int of type 'float'"
    );
    imul(&m, &int(-2)).unwrap();
    assert_eq!(show(&m), "[]");

    let t = Value::tuple_of([int(1)]);
    let t2 = iadd(&t, &Value::tuple_of([int(2)])).unwrap();
    assert!(!t2.is(&t));
    assert_eq!(show(&t2), "(1, 2)");
    assert_eq!(ok(iadd(&int(1), &int(2))), "3");
    assert_eq!(ok(imul(&int(3), &Value::list(vec![int(0)]))), "[0, 0, 0]");
}

#[test]
fn unary_errors() {
    assert_eq!(
        err(neg(&s("a"))),
        "TypeError: bad operand type for unary -: 'str'"
    );
    assert_eq!(
        err(pos(&s("a"))),
        "TypeError: bad operand type for unary +: 'str'"
    );
    assert_eq!(
        err(invert(&s("a"))),
        "TypeError: bad operand type for unary ~: 'str'"
    );
    assert_eq!(
        err(invert(&f(1.0))),
        "TypeError: bad operand type for unary ~: 'float'"
    );
    assert_eq!(
        err(abs(&s("a"))),
        "TypeError: bad operand type for abs(): 'str'"
    );
    assert_eq!(ok(abs(&f(-0.0))), "0.0");
    assert_eq!(ok(neg(&f(0.0))), "-0.0");
}

#[test]
fn float_overflow_is_ieee() {
    assert_eq!(ok(mul(&f(1e308), &int(10))), "inf");
    assert_eq!(ok(add(&f(1e308), &f(1e308))), "inf");
    assert_eq!(ok(mul(&f(-1e308), &int(10))), "-inf");
    assert_eq!(ok(sub(&f(f64::INFINITY), &f(f64::INFINITY))), "nan");
    assert_eq!(ok(sub(&int(5), &f(2.5))), "2.5");
}

fn fmt(format: &str, args: Value) -> PyResult<Value> {
    modulo(&s(format), &args)
}

#[test]
fn percent_formatting() {
    let one = |v: Value| Value::tuple_of([v]);
    let cases: &[(&str, Value, &str)] = &[
        ("%d", int(5), "'5'"),
        ("%05d", int(-5), "'-0005'"),
        ("%-6d|", int(5), "'5     |'"),
        ("%+d", int(5), "'+5'"),
        ("% d", int(5), "' 5'"),
        ("%x", int(-255), "'-ff'"),
        ("%#x", int(255), "'0xff'"),
        ("%#X", int(255), "'0XFF'"),
        ("%#o", int(8), "'0o10'"),
        ("%#05x", int(255), "'0x0ff'"),
        ("%#.5x", int(-255), "'-0x000ff'"),
        ("%08.3d", int(-5), "'-0000005'"),
        ("%.2d", f(3.7), "'03'"),
        ("%05s", s("ab"), "'   ab'"),
        ("%.2s", s("abc"), "'ab'"),
        ("%c", int(65), "'A'"),
        ("%5c|", s("x"), "'    x|'"),
        ("%05f", f(f64::INFINITY), "'00inf'"),
        ("%F", f(f64::NAN), "'NAN'"),
        ("%+.2f", f(-0.0), "'-0.00'"),
        ("%.0f", f(2.5), "'2'"),
        ("%.0f", f(3.5), "'4'"),
        ("%#.0f", int(3), "'3.'"),
        ("%e", f(12345.678), "'1.234568e+04'"),
        ("%#.0e", int(12345), "'1.e+04'"),
        ("%g", f(12345.678), "'12345.7'"),
        ("%g", f(1e-5), "'1e-05'"),
        ("%g", int(123456789), "'1.23457e+08'"),
        ("%#g", f(1.0), "'1.00000'"),
        ("%.0g", int(123), "'1e+02'"),
        ("%#.3g", int(100), "'100.'"),
        ("%g", f(9.9999999), "'10'"),
        ("%.20g", f(0.1), "'0.10000000000000000555'"),
        ("%10.3g|", f(1234.5), "'  1.23e+03|'"),
        ("%x", pow2(70), "'400000000000000000'"),
        ("%d", pow2(70), "'1180591620717411303424'"),
        ("%d", Value::Bool(true), "'1'"),
    ];
    for (format, arg, want) in cases {
        assert_eq!(ok(fmt(format, arg.clone())), *want, "{format}");
        assert_eq!(ok(fmt(format, one(arg.clone()))), *want, "{format} (tuple)");
    }
    assert_eq!(ok(fmt("a%%b", Value::tuple_of([]))), "'a%b'");
    assert_eq!(
        ok(fmt("%*d|", Value::tuple_of([int(-5), int(3)]))),
        "'3    |'"
    );
    assert_eq!(
        ok(fmt("%.*f", Value::tuple_of([int(2), f(3.14159)]))),
        "'3.14'"
    );
    assert_eq!(
        ok(fmt("%s-%s", Value::tuple_of([int(1), f(2.5)]))),
        "'1-2.5'"
    );
    assert_eq!(ok(fmt("a", Value::list(vec![]))), "'a'");
    let t = |m: &str| format!("TypeError: {m}");
    assert_eq!(
        err(fmt("%s %s", one(int(1)))),
        t("not enough arguments for format string")
    );
    assert_eq!(
        err(fmt("%s", Value::tuple_of([int(1), int(2)]))),
        t("not all arguments converted during string formatting")
    );
    assert_eq!(
        err(fmt("a", s("b"))),
        t("not all arguments converted during string formatting")
    );
    assert_eq!(
        err(fmt("%d", s("a"))),
        t("%d format: a real number is required, not str")
    );
    assert_eq!(
        err(fmt("%x", f(3.0))),
        t("%x format: an integer is required, not float")
    );
    assert_eq!(err(fmt("%f", s("a"))), t("must be real number, not str"));
    assert_eq!(err(fmt("%c", s("ab"))), t("%c requires int or char"));
    assert_eq!(err(fmt("%(a)s", int(1))), t("format requires a mapping"));
    assert_eq!(
        err(fmt("%*d", Value::tuple_of([s("a"), int(3)]))),
        t("* wants int")
    );
    assert_eq!(
        err(fmt("%c", int(-1))),
        "OverflowError: %c arg not in range(0x110000)"
    );
    assert_eq!(
        err(fmt("%z", int(1))),
        "ValueError: unsupported format character 'z' (0x7a) at index 1"
    );
    assert_eq!(
        err(fmt("%é", int(1))),
        "ValueError: unsupported format character '?' (0xe9) at index 1"
    );
    assert_eq!(
        err(fmt("%5%", one(int(1)))),
        "ValueError: unsupported format character '%' (0x25) at index 2"
    );
    assert_eq!(err(fmt("%", int(1))), "ValueError: incomplete format");
    assert_eq!(
        err(fmt("%d", f(f64::INFINITY))),
        "OverflowError: cannot convert float infinity to integer"
    );
}

#[test]
fn percent_formatting_with_a_mapping() {
    let d = PyDict::new();
    d.set(s("a"), int(255)).unwrap();
    let d = Value::Dict(Rc::new(d));
    assert_eq!(ok(fmt("%(a)d %(a)x", d.clone())), "'255 ff'");
    assert_eq!(ok(fmt("x", d.clone())), "'x'");
    assert_eq!(
        err(fmt("%(a", d.clone())),
        "ValueError: incomplete format key"
    );
    let e = fmt("%(b)s", d).err().expect("KeyError");
    assert_eq!(e.kind(), ExcKind::KeyError);
}

#[test]
fn percent_formatting_limits() {
    let args = |items: Vec<Value>| Value::tuple(items);
    assert_eq!(ok(fmt("%ld", int(5))), "'5'");
    assert_eq!(
        err(fmt("%ll", args(vec![s("hello"), int(1)]))),
        "ValueError: unsupported format character 'l' (0x6c) at index 2"
    );
    assert_eq!(
        err(fmt("%*d", args(vec![pow2(63), int(1)]))),
        "OverflowError: Python int too large to convert to C ssize_t"
    );
    assert_eq!(
        err(fmt("%.*f", args(vec![pow2(31), f(1.0)]))),
        "OverflowError: Python int too large to convert to C int"
    );
    assert_eq!(
        err(fmt("%.*d", args(vec![int((1 << 31) - 3), int(1)]))),
        "OverflowError: precision too large"
    );
    assert_eq!(
        err(fmt("%9999999999999999999d", int(1))),
        "ValueError: width too big"
    );
    assert_eq!(
        err(fmt("%.99999999999d", int(1))),
        "ValueError: precision too big"
    );
    assert_eq!(
        err(fmt("%*d", args(vec![pow2(40), int(1)]))),
        "MemoryError: "
    );
    assert_eq!(ok(fmt("%.*s", args(vec![int(-5), s("abc")]))), "''");
    assert_eq!(ok(fmt("%.*f", args(vec![int(-1), f(1.5)]))), "'2'");
}
