# Generates cases.rs (beside this script): sequences of `random` calls after
# various seeds, with the results python3 (CPython 3.11) gives, replayed
# against pyrt's `random` by the generated tests.
#   python3 gen_random_cases.py > cases.rs
import random
import warnings
import sys

warnings.simplefilter("ignore")  # randrange(3.0) warns; the result is what counts
assert sys.version_info[:2] == (3, 11), "record the cases with CPython 3.11"

SEEDS = [
    ("small", 42), ("zero", 0), ("negative", -7), ("pow100", 2**100),
    ("neg_big", -2**70), ("u64", 12345678901234567890), ("text", "hello"),
    ("empty_text", ""), ("unicode", "\u00e9\u20ac\U0001f600"), ("bytes", b"bytes\x00\xff"),
    ("float", 3.5), ("neg_float", -1.5), ("bool", True),
]

LETTERS = ["a", "b", "c", "d", "e"]


def sequence(seed_args, seed_kwargs=None):
    """The calls of one scenario: (function, args, kwargs) or ('shuffle', list)."""
    yield ("seed", seed_args, seed_kwargs or {})
    for _ in range(3):
        yield ("random", (), {})
    for k in [0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200]:
        yield ("getrandbits", (k,), {})
    for _ in range(4):
        yield ("randint", (1, 6), {})
    yield ("randint", (-10**20, 10**20), {})
    yield ("randint", (True, 3), {})
    for args in [(10,), (0, 100, 7), (100, 0, -3), (10**30,), (-5, 5), (2**64,),
                 (2**64 - 1,), (1, 2**63 + 10, 3), (-2**63, 2**63 - 1), (5, 10**25, 10**20),
                 (10**25, 5, -(10**20)), (3.0,), (1, 7.0, 2)]:
        yield ("randrange", args, {})
    yield ("randrange", (5,), {"stop": 9})
    yield ("choice", (LETTERS,), {})
    yield ("choice", ("xyz",), {})
    yield ("choice", (range(0, 100, 3),), {})
    yield ("choice", ((1, 2.5, None),), {})
    yield ("choices", (LETTERS,), {"k": 5})
    yield ("choices", (LETTERS,), {})
    yield ("choices", (LETTERS, [1, 2, 3, 4, 5]), {"k": 6})
    yield ("choices", (LETTERS, [0.5, 0, 2.25, 1, 1]), {"k": 4})
    yield ("choices", (LETTERS,), {"cum_weights": [1, 3, 6, 10, 15], "k": 4})
    yield ("choices", ("ab",), {"cum_weights": (0.5, 1.0), "k": 3})
    yield ("choices", (range(10**6),), {"k": 3})
    yield ("shuffle", list(range(10)))
    yield ("shuffle", list(range(40)))
    yield ("shuffle", ["x"])
    yield ("sample", (range(100), 10), {})
    yield ("sample", (list(range(20)), 20), {})
    yield ("sample", (range(10**6), 60), {})
    yield ("sample", ("abcdefg", 3), {})
    yield ("sample", (tuple(range(30)), 6), {})
    yield ("sample", (range(200), 7), {})
    yield ("sample", (range(22), 2), {})
    yield ("sample", (["a", "b"],), {"counts": [3, 2], "k": 4})
    yield ("sample", (LETTERS, 0), {})
    yield ("uniform", (1, 10), {})
    yield ("uniform", (0.5, 2.5), {})
    yield ("uniform", (5, 1), {})
    for _ in range(3):
        yield ("gauss", (), {})
    yield ("gauss", (10, 2), {})
    yield ("gauss", (), {"sigma": 3})
    yield ("normalvariate", (), {})
    yield ("normalvariate", (5, 0.5), {})
    yield ("lognormvariate", (0, 1), {})
    yield ("expovariate", (2,), {})
    yield ("expovariate", (0.5,), {})
    yield ("triangular", (), {})
    yield ("triangular", (0, 10, 3), {})
    yield ("triangular", (10, 0), {})
    yield ("betavariate", (2, 3), {})
    yield ("betavariate", (0.5, 0.5), {})
    yield ("gammavariate", (0.5, 1), {})
    yield ("gammavariate", (1.0, 2), {})
    yield ("gammavariate", (5, 1), {})
    yield ("vonmisesvariate", (1, 4), {})
    yield ("vonmisesvariate", (0, 0), {})
    yield ("paretovariate", (3,), {})
    yield ("weibullvariate", (1, 2), {})
    yield ("randbytes", (5,), {})
    yield ("randbytes", (0,), {})
    yield ("random", (), {})


ERRORS = [
    ("randrange", (), {}), ("randrange", (1, 2, 3, 4), {}), ("randrange", (1,), {"foo": 2}),
    ("randrange", (1,), {"start": 2}), ("randrange", (1, 2, 3, 4), {"foo": 1}),
    ("randrange", (5, 5), {}), ("randrange", (0,), {}), ("randrange", (-3,), {}),
    ("randrange", (5, 1, 2), {}), ("randrange", (5, 1, 0), {}), ("randrange", (5.5,), {}),
    ("randrange", (1, 5.5), {}), ("randrange", (1, 5, 1.5), {}), ("randrange", (10**30, 5), {}),
    ("randrange", (5, None, 2), {}), ("randrange", (None,), {}),
    ("randrange", (float("inf"),), {}), ("randrange", (float("nan"),), {}),
    ("randint", (5, 3), {}), ("randint", (5,), {}), ("randint", (), {}),
    ("choice", ([],), {}), ("choice", (5,), {}), ("choice", ({},), {}), ("choice", ({1: 2},), {}),
    ("choice", ({1, 2},), {}), ("choice", ("",), {}),
    ("sample", ({1, 2}, 1), {}), ("sample", ({1: 2}, 1), {}), ("sample", ([1, 2], 3), {}),
    ("sample", ([1, 2], -1), {}), ("sample", ([1, 2], 1.0), {}), ("sample", ([1, 2],), {}),
    ("sample", (), {}), ("sample", ([1, 2], 1), {"counts": [1]}),
    ("sample", ([1, 2], 1), {"counts": [1, 1.0]}), ("sample", ([1, 2], 1), {"counts": [0, 0]}),
    ("sample", ([1, 2], 1), {"counts": 5}), ("sample", ([1, 2], 1, 2), {}),
    ("sample", ([1, 2], 1), {"cnt": 2}), ("sample", ([1], 1, 2), {"counts": [1]}),
    ("sample", ([1, 2], 3), {"counts": [1, 1]}),
    ("choices", ([1, 2], 5), {}), ("choices", ([1, 2], [1]), {}), ("choices", ([1, 2], [0, 0]), {}),
    ("choices", ([1, 2], [1, float("inf")]), {}), ("choices", ([1, 2], [1, 2]), {"cum_weights": [1, 2]}),
    ("choices", ([],), {"k": 2}), ("choices", ([1, 2],), {"k": -1}), ("choices", ([1, 2],), {"k": 2.0}),
    ("choices", (5,), {}), ("choices", ([1, 2], 5.0), {}), ("choices", ([1], 2, 3), {"k": 1}),
    ("choices", ([1, 2],), {"cum_weights": [1]}), ("choices", ([1, 2], True), {}),
    ("getrandbits", (-1,), {}), ("getrandbits", (1.0,), {}), ("getrandbits", (2**40,), {}),
    ("getrandbits", (), {}), ("getrandbits", (), {"k": 3}), ("getrandbits", (1, 2), {}),
    ("random", (1,), {}), ("random", (), {"x": 1}),
    ("seed", ([1],), {}), ("seed", (1, 2, 3), {}), ("seed", ((1,),), {}),
    ("getstate", (1,), {}), ("setstate", (), {}), ("setstate", ((4, (), None),), {}),
    ("setstate", ((3, (1, 2), None),), {}), ("setstate", ((3, [1], None),), {}),
    ("uniform", (1,), {}), ("expovariate", (0,), {}), ("expovariate", (), {}),
    ("gammavariate", (0, 1), {}), ("gammavariate", (1, -1), {}), ("betavariate", (-1, 1), {}),
    ("triangular", (1, 1), {}), ("triangular", (1, 1, 1), {}),
    ("normalvariate", (1, 2, 3), {}), ("gauss", (), {"mu": 1, "s": 2}),
    ("randbytes", (-1,), {}), ("randbytes", (2.0,), {}),
    ("vonmisesvariate", (1,), {}), ("lognormvariate", (0,), {}),
    ("shuffle", ((1, 2),), {}), ("shuffle", (5,), {}), ("shuffle", ("ab",), {}),
    ("shuffle", ((1,),), {}), ("shuffle", (), {}), ("randrange", ("5",), {}),
    ("randrange", ("a",), {}), ("randrange", (1, "a"), {}), ("randint", (1, "a"), {}),
    ("uniform", ("a", "b"), {}), ("gauss", (), {"sigma": "a"}),
    ("random", (), {}),
]

# getstate/setstate: `save` and `restore` keep and put back a state in the
# test; `state` shows (version, first words, last word and index, gauss_next).
STATE_CALLS = [
    ("seed", (5,), {}), ("state",), ("random", (), {}), ("gauss", (), {}), ("state",),
    ("save",), ("gauss", (), {}), ("random", (), {}), ("randrange", (10**20,), {}),
    ("restore",), ("state",), ("gauss", (), {}), ("random", (), {}), ("randrange", (10**20,), {}),
    ("setstate", ((2, tuple(range(624)) + (-1 + 2**32 * 5, 624), None),), {}),
    ("state",), ("random", (), {}),
    ("setstate", ((3, tuple(range(624)) + (2,), 0.25),), {}), ("state",),
    ("gauss", (), {}), ("random", (), {}),
    ("setstate", ((3, (1,) * 624 + (625,), None),), {}),
    ("setstate", ((3, (-1,) * 624 + (1,), None),), {}),
    ("setstate", ((3, (2**64,) * 624 + (1,), None),), {}),
    ("setstate", ((3, (1.5,) * 624 + (1,), None),), {}),
    ("setstate", ((3, (1, 2)),), {}),
]


def rust_str(text):
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            out.append("\\u{%x}" % ord(ch))
    return '"' + "".join(out) + '"'


def rust_bytes(data):
    return 'b"' + "".join(chr(c) if 32 <= c < 127 and chr(c) not in '"\\' else "\\x%02x" % c
                          for c in data) + '"'


def val(v):
    if v is None:
        return "N"
    if isinstance(v, bool):
        return "b(%s)" % ("true" if v else "false")
    if isinstance(v, int):
        return "i(%d)" % v if -2**63 <= v < 2**63 else 'big("%d")' % v
    if isinstance(v, float):
        if v != v:
            return "f(f64::NAN)"
        if v in (float("inf"), float("-inf")):
            return "f(f64::%sINFINITY)" % ("NEG_" if v < 0 else "")
        return "f(%r)" % v
    if isinstance(v, str):
        return "s(%s)" % rust_str(v)
    if isinstance(v, bytes):
        return "by(%s)" % rust_bytes(v)
    if isinstance(v, list):
        return "l(vec![%s])" % ", ".join(map(val, v))
    if isinstance(v, tuple):
        return "t(vec![%s])" % ", ".join(map(val, v))
    if isinstance(v, range):
        return "rg(%d, %d, %d)" % (v.start, v.stop, v.step)
    if isinstance(v, set):
        return "set(&[%s])" % ", ".join(map(str, sorted(v)))
    if isinstance(v, dict):
        return "d(&[%s])" % ", ".join("(%d, %d)" % kv for kv in v.items())
    raise TypeError(v)


def outcome(name, args, kwargs):
    try:
        return repr(getattr(random, name)(*args, **kwargs))
    except Exception as e:  # recorded as the expected outcome
        text = str(e)
        return "!%s: %s" % (type(e).__name__, text) if text else "!" + type(e).__name__


def emit_calls(calls):
    lines = []
    saved = None
    for call in calls:
        if call[0] == "save":
            saved = random.getstate()
            lines.append("    r.save();")
            continue
        if call[0] == "restore":
            random.setstate(saved)
            lines.append("    r.restore();")
            continue
        if call[0] == "state":
            version, words, gauss_next = random.getstate()
            shown = repr((version, words[:3], words[-2:], gauss_next))
            lines.append("    r.state(%s);" % rust_str(shown))
            continue
        if call[0] == "shuffle":
            items = call[1]
            before = val(items)
            random.shuffle(items)
            lines.append("    r.sh(%s, %s);" % (before, rust_str(repr(items))))
            continue
        name, args, kwargs = call
        shown_args = ", ".join(map(val, args))
        shown_kwargs = ", ".join("(%s, %s)" % (rust_str(k), val(v)) for k, v in kwargs.items())
        expected = outcome(name, args, kwargs)
        lines.append("    r.c(%s, &[%s], &[%s], %s);"
                     % (rust_str(name), shown_args, shown_kwargs, rust_str(expected)))
    return lines


def test(name, calls):
    print("#[test]\n#[rustfmt::skip]\nfn %s() {" % name)
    print("    let mut r = Session::start();")
    print("\n".join(emit_calls(calls)))
    print("    r.finish();\n}\n")


print("""//! `random` checked against CPython 3.11: the same calls after the same seed.
//!
//! Generated by `gen_random_cases.py` (beside this file) from python3; do
//! not edit by hand. Each case gives the expected repr of the result (or
//! `!Kind: message` for an exception).

use super::harness::*;
""")

for label, seed in SEEDS:
    test("seeded_" + label, list(sequence((seed,))))
test("seeded_version1_str", list(sequence(("hello",), {"version": 1})))
test("seeded_version1_bytes", list(sequence((b"abc",), {"version": 1})))
test("seeded_by_keyword", list(sequence((), {"a": 2024})))
test("argument_errors", [("seed", (1,), {})] + ERRORS)
long_run = [("seed", (7,), {})] + [("random", (), {})] * 700 + [("getrandbits", (1000,), {})]
test("long_run_crosses_twists", long_run)
test("state_round_trips", STATE_CALLS)
print("#[test]\n#[rustfmt::skip]\nfn constants() {")
print("    let mut r = Session::start();")
for name in ["NV_MAGICCONST", "TWOPI", "LOG4", "SG_MAGICCONST", "BPF", "RECIP_BPF"]:
    print("    r.attr(%s, %s);" % (rust_str(name), rust_str(repr(getattr(random, name)))))
print("    r.finish();\n}")
