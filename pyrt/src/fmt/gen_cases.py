# Generates cases.rs (beside this script): format(), str.format and
# str.format_map evaluated by python3 (3.11), replayed against pyrt by tests.rs.
#   python3 gen_cases.py > cases.rs
import math
import random

INT_VALUES = [0, 1, -1, 7, 42, -42, 65, 255, -255, 1234, -1234, 1234567, -1234567,
              2**31, 2**63 - 1, -2**63, 2**63, -2**64 - 1, 10**30, -10**25, 0x10FFFF,
              True, False]
FLOAT_VALUES = [0.0, -0.0, 1.0, -1.0, 1.5, -2.5, 2.5, 0.1, 1 / 3, 2 / 3, 1234.5678,
                -1234.5678, 1e16, 1e15, 9999999999999998.0, 1e-5, 1e-4, 0.000123456,
                123456789.0, 1e22, 1e100, -1e-100, 5e-324, 1.7976931348623157e308,
                0.5, 0.125, 0.375, 9.995, 99.5, 999999.5, 0.05, 1e-10, -1e-10,
                2.0**53, 2.0**63, 100.0, 123.0, 0.00001234, 1234567.0, -0.0004,
                math.inf, -math.inf, math.nan]
STR_VALUES = ["", "a", "abc", "hello world", "\u00e9\u20ac\U0001F600", "x" * 10]
OTHER_VALUES = [None, [1, "a"], (1,), {"a": 1}, ()]
VALUES = INT_VALUES + FLOAT_VALUES + STR_VALUES + OTHER_VALUES

ALIGNS = ["", "<", ">", "^", "=", "*<", "*>", "*^", "*=", "0<", "0=", "0^", "\u00e9>", "x="]
SIGNS = ["", "+", "-", " "]
WIDTHS = ["", "1", "5", "9", "13", "20"]
GROUPS = ["", ",", "_"]
PRECISIONS = ["", ".0", ".1", ".2", ".3", ".6", ".12", ".17", ".25"]
TYPES = ["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s", "r"]

FIXED_SPECS = [
    "", "d", "x", "#x", "#X", "#o", "#b", "_b", "#_x", "_x", ",", "_", ",d", "08,", "010,",
    "011,", "012_", "0=12,", "#010_b", "+", " ", "-", "+05", "z", "zf", "z.1f", "z.0e",
    ".0", ".1", ".3", ".17", "#", "#.0", "#g", "#.3g", ".0f", "#.0f", ".0e", "#.0e", "e",
    "E", "f", "F", "g", "G", "%", ".1%", ",.2%", "n", ".3n", "10", "<10", "^10", ">10",
    "=10", "*^11", "010", "-010", "+010", " 010", "0>10", "0<10", "0^10", "010.3e",
    ",.2f", "_.3f", "15,.4f", "c", "5c", "<5c", "05c", "s", "10s", ".2s", "^7.1s",
    ".", "..", "xx", ",_", "_,", "q", ".2d", "+c", "#c", "z d", "5,x", ",n", "_n",
    ",c", ",s", "=5", "#s", "+s", " s", "zs", "\u00e9", "\x01", "99999999999999999999",
    ".99999999999", "0", "00", "1_", ",.", "#,", "++", "z#", "#z",
]


def show_error(e):
    return "!%s: %s" % (type(e).__name__, e)


def outcome(fn):
    try:
        return fn()
    except Exception as e:  # every builtin exception is recorded
        return show_error(e)


def rs_str(s):
    out = []
    for c in s:
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif 32 <= ord(c) < 127:
            out.append(c)
        else:
            out.append("\\u{%x}" % ord(c))
    return '"' + "".join(out) + '"'


def rs_value(v):
    if v is None:
        return "Value::None"
    if isinstance(v, bool):
        return "Value::Bool(%s)" % ("true" if v else "false")
    if isinstance(v, int):
        if v == -2**63:
            return "Value::Int(i64::MIN)"
        if -2**63 < v < 2**63:
            return "Value::Int(%d)" % v
        return "big(%s)" % rs_str(str(v))
    if isinstance(v, float):
        if math.isnan(v):
            return "Value::Float(f64::NAN)"
        if math.isinf(v):
            return "Value::Float(f64::%s)" % ("INFINITY" if v > 0 else "NEG_INFINITY")
        return "Value::Float(%s)" % repr(v)
    if isinstance(v, str):
        return "Value::str(%s)" % rs_str(v)
    if isinstance(v, list):
        return "Value::list(vec![%s])" % ", ".join(map(rs_value, v))
    if isinstance(v, tuple):
        return "Value::tuple_of([%s])" % ", ".join(map(rs_value, v))
    if isinstance(v, dict):
        return "dict(vec![%s])" % ", ".join(
            "(%s, %s)" % (rs_value(k), rs_value(x)) for k, x in v.items())
    raise TypeError(v)


def random_spec(rng):
    return "".join(rng.choice(part) for part in
                   [ALIGNS, SIGNS, ["", "z"], ["", "#"], ["", "0"], WIDTHS, GROUPS,
                    PRECISIONS, TYPES])


def format_cases():
    rng = random.Random(20240611)
    cases = []
    for index, value in enumerate(VALUES):
        specs = list(FIXED_SPECS)
        specs += [random_spec(rng) for _ in range(60)]
        seen = set()
        for spec in specs:
            if spec in seen:
                continue
            seen.add(spec)
            cases.append((index, spec, outcome(lambda: format(value, spec))))
    huge = 10**4400
    for spec in ["", "d", "n", "e", ",", "_"]:
        cases.append((len(VALUES), spec, outcome(lambda: format(huge, spec))))
    return cases


TEMPLATE_CASES = [
    ("", (), {}), ("plain", (), {}), ("{}", (1,), {}), ("{} {}", (1, "a"), {}),
    ("{0} {1} {0}", ("x", "y"), {}), ("{1}{0}", (1, 2), {}), ("{a}-{b}", (), {"a": 1, "b": 2.5}),
    ("{0}{a}", (5,), {"a": 6}), ("{{}}", (), {}), ("{{{}}}", (3,), {}), ("}}{{", (), {}),
    ("{:5}|{:<5}|{:^5}|{:>5}", (1, 2, 3, 4), {}), ("{:*^9}", ("mid",), {}),
    ("{0:{1}}", (3.14159, ".3"), {}), ("{:{}.{}f}", (2.71828, 10, 2), {}),
    ("{x:{w}.{p}f}", (), {"x": 1.0 / 7, "w": 12, "p": 4}), ("{:{}{}}", (42, ">", 6), {}),
    ("{0[1]}", ([10, 20, 30],), {}), ("{0[0][1]}", ([[1, 2]],), {}), ("{d[key]}", (), {"d": {"key": "v"}}),
    ("{0[a]}", ({"a": 1},), {}), ("{0[1]}", ({1: "one"},), {}), ("{0[1]}", ({"1": "one"},), {}),
    ("{0[-1]}", ([1],), {}), ("{0[5]}", ([1],), {}), ("{0[5]}", ("abc",), {}), ("{0[2]}", ("abc",), {}),
    ("{0[0]}", (5,), {}), ("{0.real}", (5,), {}), ("{0.imag}", (2.5,), {}), ("{0.foo}", (5,), {}),
    ("{0.real.real}", (7,), {}), ("{x.denominator}", (), {"x": 3}), ("{0[0].real}", ([9],), {}),
    ("{!r}", ("a",), {}), ("{!s}", ("a",), {}), ("{!a}", ("\u00e9",), {}), ("{0!r:>8}", ("ab",), {}),
    ("{!r:^10}", ([1, 'x'],), {}), ("{!x}", (1,), {}), ("{!}", (1,), {}), ("{!}x", (1,), {}),
    ("{0!", (1,), {}), ("{0!r", (1,), {}), ("{0!rr}", (1,), {}), ("{0!\u00e9}", (1,), {}),
    ("{}", (), {}), ("{2}", (1, 2), {}), ("{} {} {}", (1, 2), {}), ("{a}", (), {}),
    ("{a}", (), {"b": 1}), ("{}{1}", (1, 2), {}), ("{1}{}", (1, 2), {}), ("{:{0}}", (1,), {}),
    ("{0:{}}", (1, 2), {}), ("{:{:{}}}", (1, 2, 3), {}), ("{a{}", (1,), {}), ("{0[}", (1,), {}),
    ("{0]}", ([1],), {}), ("{0[0]x}", ([1],), {}), ("{0.}", (1,), {}), ("{0[]}", (1,), {}),
    ("{0..real}", (1,), {}), ("}", (), {}), ("{", (), {}), ("x}y", (), {}), ("{}}", (1,), {}),
    ("a{", (), {}), ("{0", (1,), {}), ("{0:", (1,), {}), ("{0:x", (1,), {}),
    ("{:}}}", (1,), {}), ("{:{{}}}", (1,), {}), ("{0:}", (1,), {}), ("{:x}", ("a",), {}),
    ("{:d}", (1.5,), {}), ("{:s}", (1,), {}), ("{:,}", (1234567,), {}), ("{:_x}", (2**40,), {}),
    ("{:>{}}", ("r", 4), {}), ("{:.{}}", ("truncate", 3), {}), ("{99999999999999999999}", (1,), {}),
    ("{\u0661}", (7, 8), {}), ("{0}{\u0660}", (7,), {}), ("\u00e9{}\u20ac", ("\U0001F600",), {}),
    ("{0}", (None,), {}), ("{0:x}", (None,), {}), ("{0}", ((1, 2),), {}), ("{0:}", ([],), {}),
    ("{:5}", (None,), {}), ("{:z}", (-0.0,), {}), ("{:%}", (0.25,), {}), ("{:g}", (1e-7,), {}),
    ("{0:{1}{2}}", (3, "0", "8"), {}), ("{0:{1}}", (3, "x"), {}), ("{:{}}", ("s", "q"), {}),
    ("{:{}}", (1, 1.5), {}), ("{a[0]}{a[1]}", (), {"a": "xy"}), ("{0[ ]}", ({" ": 1},), {}),
    ("{ }", (), {" ": 1}), ("{0:{a}}", (5,), {"a": 3}), ("{:{a}}{}", (5, 6), {"a": 3}),
    ("{0!r:{1}}", ("q", 5), {}), ("{[1]}", ((1, 2),), {}), ("{.real}", (3,), {}),
    ("{0}}", (1,), {}), ("{0}}}", (1,), {}), ("{{0}}", (1,), {}), ("{:{{}}}", (1, 2), {}),
]

MAP_CASES = [
    ("{a}", {"a": 1}), ("{a} {b:>4}", {"a": "x", "b": 2}), ("{}", {}), ("{0}", {}),
    ("{a}", {}), ("{a[0]}", {"a": [5]}), ("{a:{w}}", {"a": 1, "w": 3}), ("{a:{}}", {"a": 1}),
    ("plain", {}), ("{a}", [1]), ("{a}", "str"), ("{1}", {"1": "x"}),
]


def template_cases():
    out = []
    for template, args, kwargs in TEMPLATE_CASES:
        out.append((template, args, kwargs, outcome(lambda: template.format(*args, **kwargs))))
    return out


def map_cases():
    return [(t, m, outcome(lambda: t.format_map(m))) for t, m in MAP_CASES]


BUILTIN_CASES = [
    ((1,), {}), ((1, "x"), {}), (("s",), {}), (("s", ""), {}), ((1.5, ".2f"), {}),
    ((True,), {}), ((None,), {}), ((1, 2), {}), ((1, None), {}), ((), {}),
    ((1, "", 3), {}), ((1,), {"format_spec": "x"}), (([1],), {}), (([1], "x"), {}),
]


def builtin_cases():
    return [(a, k, outcome(lambda: format(*a, **k))) for a, k in BUILTIN_CASES]


FUZZ_TOKENS = ["{", "}", "{}", "{0}", "{1}", "{4}", "{a}", "{b}", "[", "]", "!", "!r", "!s", "!a",
               ":", ".", "0", "1", "3", "a", "w", "k", "x", ">", "^", ",", "real", "{w}", "{:{w}}",
               "{0:{1}}", "{3[1]}", "{4[k]}", "\u00e9", " ", "d", "f", ".2", "}}", "{{", "{!r:>{w}}",
               "{:{}}", "{:{:{}}}", "{a.real}", "{3[0].imag}", "{b[1]}", "{0[", "{!", "!x",
               "{\u0663}", "{}}", "{:}", "{:x}", "{:c}", "{:s}", "{2:%}", "{4[}]}"]
FUZZ_ARGS = (1, "ab", 2.5, [10, 20], {"k": "v"})
FUZZ_KWARGS = {"a": 3, "b": "xy", "w": 6}


def fuzz_cases():
    rng = random.Random(515)
    cases = []
    while len(cases) < 1500:
        template = "".join(rng.choice(FUZZ_TOKENS) for _ in range(rng.randint(1, 6)))
        cases.append((template, outcome(lambda: template.format(*FUZZ_ARGS, **FUZZ_KWARGS))))
    return cases


def rs_args(args):
    return "&[%s]" % ", ".join(map(rs_value, args))


def rs_kwargs(kwargs):
    return "&[%s]" % ", ".join("(%s, %s)" % (rs_str(k), rs_value(v)) for k, v in kwargs.items())


def main():
    print("//! `format()`, `str.format` and `str.format_map` cases checked against CPython 3.11.")
    print("//!")
    print("//! Generated by `gen_cases.py` (beside this file) from python3; do not edit")
    print("//! by hand. Each expected string is the result, or `!Kind: message` for an")
    print("//! exception.")
    print()
    print("#![allow(clippy::approx_constant, clippy::excessive_precision)]")
    print()
    print("use super::tests::{big, dict, Mismatches};")
    print("use crate::value::Value;")
    print()
    print("/// The values `FORMAT_CASES` refer to by index.")
    print("pub fn values() -> Vec<Value> {")
    print("    vec![")
    for v in VALUES:
        print("        %s," % rs_value(v))
    print('        big(&format!("1{}", "0".repeat(4400))),')
    print("    ]")
    print("}")
    print()
    print("/// `format(values()[index], spec)` gives `expected`.")
    print("pub const FORMAT_CASES: &[(usize, &str, &str)] = &[")
    for index, spec, expected in format_cases():
        print("    (%d, %s, %s)," % (index, rs_str(spec), rs_str(expected)))
    print("];")
    print()
    print("/// `template.format(*args, **kwargs)`, `template.format_map(mapping)` and")
    print("/// `format(*args, **kwargs)` give the expected text.")
    print("pub fn template_cases(m: &mut Mismatches) {")
    for template, args, kwargs, expected in template_cases():
        print("    m.format_case(%s, %s, %s, %s);" % (
            rs_str(template), rs_args(args), rs_kwargs(kwargs), rs_str(expected)))
    for template, mapping, expected in map_cases():
        print("    m.format_map_case(%s, %s, %s);" % (
            rs_str(template), rs_value(mapping), rs_str(expected)))
    for args, kwargs, expected in builtin_cases():
        print("    m.builtin_case(%s, %s, %s);" % (rs_args(args), rs_kwargs(kwargs), rs_str(expected)))
    print("}")
    print()
    print("/// The positional arguments of `FUZZ_CASES`.")
    print("pub fn fuzz_args() -> Vec<Value> {")
    print("    vec![")
    for v in FUZZ_ARGS:
        print("        %s," % rs_value(v))
    print("    ]")
    print("}")
    print()
    print("/// The keyword arguments of `FUZZ_CASES`.")
    print("pub fn fuzz_kwargs() -> Vec<(&'static str, Value)> {")
    print("    vec![%s]" % ", ".join("(%s, %s)" % (rs_str(k), rs_value(v)) for k, v in FUZZ_KWARGS.items()))
    print("}")
    print()
    print("/// Random templates: `template.format(*fuzz_args(), **fuzz_kwargs())` gives `expected`.")
    print("pub const FUZZ_CASES: &[(&str, &str)] = &[")
    for template, expected in fuzz_cases():
        print("    (%s, %s)," % (rs_str(template), rs_str(expected)))
    print("];")


main()
