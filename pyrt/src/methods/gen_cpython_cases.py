# Generates cpython_cases.rs (beside this script): method calls, subscripts and
# reprs evaluated by python3, replayed against pyrt by the generated tests.
#   python3 gen_cpython_cases.py > cpython_cases.rs
import ast
import copy

N = None
STR_CASES = [
    ("a b  c ", "split", ()), ("a b  c ", "split", (None, 1)), (" a b c ", "rsplit", (None, 1)),
    ("a,b,,c", "split", (",",)), ("a,b,,c", "rsplit", (",", 2)), ("", "split", (",",)),
    ("", "split", ()), ("x", "split", ("",)), ("x", "split", (1,)), ("x", "split", (None, "a")),
    ("x", "split", (" ", 1, 2)), ("a\u3000b\x1cc", "split", ()), ("a b", "split", (None, -5)),
    ("a-b-c", "split", ("-", 0)), ("a--b", "rsplit", ("--",)), ("éaébé", "split", ("é",)),
    ("a\r\nb\rc\n", "splitlines", ()), ("a\r\nb\rc\n", "splitlines", (True,)),
    ("a\nb", "splitlines", (1.5,)), ("x", "join", (["a", "b"],)), ("x", "join", (["a", 1],)),
    ("x", "join", (1,)), ("", "join", (("a",),)), ("-", "join", ("abc",)), ("x", "join", ()),
    ("  hi  ", "strip", ()), ("xxhixx", "strip", ("x",)), ("xxhixx", "lstrip", ("x",)),
    ("xxhixx", "rstrip", ("x",)), ("hi", "strip", (1,)), ("hi", "lstrip", (None,)),
    ("hi", "strip", ("a", "b")), ("abcb", "partition", ("b",)), ("abcb", "rpartition", ("b",)),
    ("abc", "partition", ("x",)), ("abc", "rpartition", ("x",)), ("abc", "partition", ("",)),
    ("abc", "partition", (1,)), ("abcabc", "find", ("c",)), ("abcabc", "find", ("c", 3)),
    ("abcabc", "find", ("c", -3, -1)), ("abcabc", "rfind", ("ab",)), ("abc", "find", ("", 3)),
    ("abc", "find", ("", 5)), ("abc", "find", ()), ("abc", "find", (1,)),
    ("abc", "find", ("a", "b")), ("abc", "find", ("a", None, None)), ("abc", "index", ("x",)),
    ("abc", "rindex", ("x",)), ("abcb", "rindex", ("b",)), ("aéb€c", "find", ("€",)),
    ("aéb€c", "rfind", ("é", 0, 2)), ("abc", "count", ("",)), ("abc", "count", ("", 1, 2)),
    ("abc", "count", ("", 4)), ("aaaa", "count", ("aa",)), ("abc", "count", ()),
    ("abc", "startswith", ("ab",)), ("abc", "startswith", (("x", "a"),)),
    ("abc", "startswith", ("", 3)), ("abc", "startswith", ("", 4)),
    ("abc", "endswith", ("c", 0, -1)), ("abc", "startswith", ((),)),
    ("abc", "startswith", (1,)), ("abc", "endswith", ((1,),)), ("abc", "startswith", ("a", "b")),
    ("abc", "replace", ("", "-")), ("abc", "replace", ("", "-", 2)), ("aaa", "replace", ("a", "b", 0)),
    ("aaa", "replace", ("a", "bb", 2)), ("abc", "replace", ("a",)), ("abc", "replace", ("a", 1)),
    ("abc", "replace", (1, "a")), ("abc", "replace", ("a", "b", "c")),
    ("abc", "center", (8,)), ("abc", "center", (8, "*")), ("ab", "center", (5,)),
    ("ab", "center", (7,)), ("abc", "center", ()), ("abc", "center", (9, "ab")),
    ("abc", "center", (9, 1)), ("abc", "center", ("a",)), ("abc", "ljust", (5, "é")),
    ("abc", "rjust", (5,)), ("abc", "ljust", (-1,)), ("-42", "zfill", (6,)), ("+42", "zfill", (6,)),
    ("42", "zfill", (1,)), ("-", "zfill", (3,)), ("42", "zfill", ("a",)),
    ("a\tbc\td", "expandtabs", ()), ("a\tb\nab\tc", "expandtabs", (3,)), ("a\tb", "expandtabs", (0,)),
    ("hello wORLD", "upper", ()), ("Hello", "lower", ()), ("ΑΣ", "lower", ()),
    ("hello world", "title", ()), ("they're bill's", "title", ()), ("ǆa", "title", ()),
    ("ﬁx", "capitalize", ()), ("ßa", "capitalize", ()), ("hELLO", "capitalize", ()),
    ("Hello", "swapcase", ()), ("ΑΣ Σ", "swapcase", ()), ("ß", "casefold", ()),
    ("abc", "upper", (1,)), ("123", "isdigit", ()), ("²", "isdigit", ()), ("²", "isdecimal", ()),
    ("一", "isnumeric", ()), ("abc", "isalpha", ()), ("", "isalpha", ()), ("a1", "isalnum", ()),
    (" \t", "isspace", ()), ("", "isspace", ()), ("ABC1", "isupper", ()), ("abc1", "islower", ()),
    ("Hello World", "istitle", ()), ("Hello world", "istitle", ()), ("_a1", "isidentifier", ()),
    ("1a", "isidentifier", ()), ("a\x00", "isprintable", ()), ("é", "isascii", ()),
    ("abcdef", "removeprefix", ("abc",)), ("abcdef", "removesuffix", ("def",)),
    ("abc", "removeprefix", (1,)), ("abc", "foo", ()), ("abc", "isdigit", (1,)),
]
STR_KW_CASES = [
    ("a b c", "split", (), {"maxsplit": 1}), ("a,b", "split", (), {"sep": ","}),
    ("a b", "split", (" ",), {"sep": " "}), ("a b", "split", (), {"sepp": " "}),
    ("a b c", "rsplit", (), {"maxsplit": 1}), ("a\nb", "splitlines", (), {"keepends": True}),
    ("a\tb", "expandtabs", (), {"tabsize": 4}), ("abc", "find", ("a",), {"start": 1}),
    ("abc", "replace", ("a", "b"), {"count": 1}), ("abc", "upper", (), {"x": 1}),
]
LIST_CASES = [
    ([1, 2, 3], "append", (4,)), ([], "append", ()), ([], "append", (1, 2)),
    ([1, 2, 3], "pop", ()), ([1, 2, 3], "pop", (0,)), ([1, 2, 3], "pop", (-1,)),
    ([1], "pop", (5,)), ([], "pop", ()), ([1], "pop", (1, 2)), ([1], "pop", ("a",)),
    ([1, 2], "pop", (True,)), ([1], "pop", (10**30,)), ([1, 2], "insert", (0, 9)),
    ([1, 2], "insert", (-1, 9)), ([1, 2], "insert", (10, 9)), ([1, 2], "insert", (-10, 9)),
    ([], "insert", (1,)), ([], "insert", ("a", 1)), ([1], "extend", ([2, 3],)),
    ([1], "extend", ("ab",)), ([1], "extend", (1,)), ([1], "extend", ()), ([1, 2, 1], "remove", (1,)),
    ([1], "remove", (3,)), ([1, 2, 1], "index", (1,)), ([1, 2, 1], "index", (1, 1)),
    ([1, 2, 1], "index", (1, -1)), ([1, 2, 1], "index", (1, 0, -1)), ([1], "index", (3,)),
    ([1], "index", ("a",)), ([1], "index", ()), ([1], "index", (1, "a")), ([1], "index", (1, None)),
    ([1], "index", (1, 10**30)), ([1], "index", (1, -10**30)), ([1, 2, 1], "count", (1,)),
    ([1], "count", ()), ([3, 1, 2], "sort", ()), (["b", "a", "C"], "sort", ()),
    ([3, "a"], "sort", ()), ([], "sort", (1,)), ([2, 1], "reverse", ()), ([1], "clear", ()),
    ([1, [2]], "copy", ()), ([1], "clear", (1,)), ([1], "foo", ()),
    ([(2, "b"), (1, "z"), (2, "a")], "sort", ()), ([1.5, -2, True], "sort", ()),
]
LIST_KW_CASES = [
    ([3, 1, 2], "sort", (), {"reverse": True}), ([3, 1, 2], "sort", (), {"key": None}),
    ([], "sort", (), {"reverse": None}), ([], "sort", (), {"reverse": 1.5}),
    ([], "sort", (), {"foo": 1}), ([], "sort", (), {"key": None, "reverse": False, "x": 1}),
    ([], "sort", (1,), {"key": None}), ([], "pop", (), {"index": 1}),
    ([(1, "b"), (1, "a"), (0, "c")], "sort", (), {"reverse": True}),
]
TUPLE_CASES = [
    ((1, 2, 1), "count", (1,)), ((1, 2, 1), "index", (1, 1)), ((1,), "index", (2,)),
    ((1,), "index", ()), ((), "count", ()), ((1,), "index", (1, None)),
]
DICT_CASES = [
    ({"a": 1}, "get", ("a",)), ({"a": 1}, "get", ("b",)), ({"a": 1}, "get", ("b", 0)),
    ({}, "get", ()), ({}, "get", ([],)), ({"a": 1, "b": 2}, "pop", ("a",)), ({}, "pop", ("a",)),
    ({}, "pop", ("a", 5)), ({"a": 1, "b": 2}, "popitem", ()), ({}, "popitem", ()),
    ({"a": 1}, "setdefault", ("a", 5)), ({"a": 1}, "setdefault", ("b",)),
    ({"a": 1}, "update", ({"b": 2, "a": 0},)), ({}, "update", ([("a", 1), ["b", 2], "cd"],)),
    ({}, "update", ([1],)), ({}, "update", ([(1, 2, 3)],)), ({}, "update", (1,)),
    ({}, "update", ([], [])), ({"a": 1}, "keys", ()), ({"a": 1}, "values", ()),
    ({"a": 1}, "items", ()), ({"a": 1}, "clear", ()), ({"a": 1}, "copy", ()),
    ({}, "fromkeys", ("ab",)), ({}, "fromkeys", ("ab", 0)), ({}, "keys", (1,)), ({}, "foo", ()),
]
DICT_KW_CASES = [({"a": 1}, "update", ({"b": 2},), {"c": 3}), ({}, "get", (1,), {"default": 2})]
GETITEM_CASES = [
    ([1, 2], 1), ([1, 2], -1), ([1, 2], 2), ([1, 2], -3), ([1, 2], "a"), ([1, 2], 1.0), ([1, 2], None),
    ([1, 2], True), ([1, 2], 10**30), ((1, 2), 5), ((1, 2), "a"), ("ab", 5), ("ab", -1), ("ab", "a"),
    ("ab", None), ("ab", 10**30), ("aé€", 2), ({"a": 1}, "a"), ({"a": 1}, "b"), ({}, (1, 2)),
    ({}, []), (1, 0), (None, 0),
]
SLICE_CASES = [
    ([1, 2, 3, 4, 5], (None, None, -1)), ([1, 2, 3, 4, 5], (-1, -4, -2)), ([1, 2, 3, 4, 5], (10, -10, -1)),
    ([1, 2, 3, 4, 5], (1, None, 2)), ([1, 2, 3], (None, None, 0)), ([1, 2], ("a", None, None)),
    ([1, 2, 3], (10**30, None, -1)), ([1, 2, 3], (None, 10**30, -1)), ([1, 2, 3], (-10**30, 2, None)),
    ("abcdef", (None, None, -2)), ("abcdef", (-100, 100, None)), ("aé€😀x", (1, 4, None)),
    ("aé€😀x", (None, None, -2)), ((1, 2, 3), (1, None, None)), ((1, 2, 3), (None, None, -1)),
    ([1, 2, 3], (False, True, None)), (1, (None, None, None)),
]
OTHER_CASES = [
    (str, "upper", ("abc",)), (str, "upper", ()), (str, "upper", (1,)), (str, "join", (",", ["a", "b"])),
    (list, "append", ([], 1)), (dict, "fromkeys", ("ab",)), (dict, "get", ({1: 2}, 1)), (int, "bit_length", (5,)),
    (int, "bit_length", (True,)), (str, "foo", ()), (str, "__name__", ()),
    (5, "bit_length", ()), (-5, "bit_length", ()), (0, "bit_length", ()), (10**30, "bit_length", ()),
    (5, "bit_count", ()), (True, "bit_length", ()), (True, "conjugate", ()), (5, "conjugate", (1,)),
    (1.5, "is_integer", ()), (2.0, "is_integer", ()), (1.5, "conjugate", ()), (5, "real", ()),
    (5, "foo", ()), (None, "foo", ()), (1.5, "foo", ()), (range(3), "count", (1,)),
    (range(0, 10, 3), "index", (6,)), (range(3), "index", (5,)), (range(3), "index", ("a",)),
    (range(10, 0, -2), "index", (4,)), (range(10, 0, -2), "count", (True,)), (range(3), "start", ()),
    (range(3), "foo", ()), ((1, 2), "foo", ()), ({}, "__class__", ()),
]
ATTR_CASES = [
    (5, "real"), (5, "imag"), (5, "numerator"), (5, "denominator"), (True, "real"), (1.5, "real"),
    (1.5, "imag"), (range(1, 9, 2), "start"), (range(1, 9, 2), "stop"), (range(1, 9, 2), "step"),
    (str, "__name__"), (int, "__name__"), ([], "__class__"), (1, "__class__"), (str, "foo"),
    ([], "foo"), (None, "foo"), (len, "__name__"), (len, "foo"), ("x", "__class__"),
]
STORE_CASES = [
    ([1, 2], "x[0] = 9"), ([1, 2], "x[-1] = 9"), ([1, 2], "x[2] = 9"), ([1, 2], "x['a'] = 9"),
    ([1, 2], "x[10**30] = 9"), ([1, 2], "x[True] = 9"), ("ab", "x[0] = 'c'"), ((1,), "x[0] = 2"),
    (range(3), "x[0] = 2"), (None, "x[0] = 2"), ({}, "x['a'] = 1"), ({}, "x[[]] = 1"),
    ([1, 2], "del x[0]"), ([1, 2], "del x[5]"), ([1, 2], "del x['a']"), ("ab", "del x[0]"),
    ((1,), "del x[0]"), (range(3), "del x[0]"), (1, "del x[0]"), ({"a": 1}, "del x['a']"),
    ({}, "del x[1]"), ({}, "del x[[]]"),
    ([1, 2, 3], "x[::2] = [7, 8]"), ([1, 2, 3], "x[::2] = [1, 2, 3]"), ([1, 2, 3], "x[::2] = 1"),
    ([1, 2, 3], "x[:] = 1"), ([1, 2, 3], "x[1:2] = 'ab'"), ([1, 2, 3], "x[2:1] = [9]"),
    ([1, 2, 3], "x[::-1] = [7, 8, 9]"), ([1, 2, 3], "x[::0] = []"), ([1, 2, 3], "x[:] = x"),
    ([1, 2, 3], "x[1:] = x"), ([1, 2, 3], "x[::1] = [5]"), ([1, 2, 3], "x[::2] = []"),
    ([1, 2, 3], "x[-10:10] = ()"), ([1, 2, 3], "x[10:] = [4]"), ([1, 2, 3], "x['a':] = [1]"),
    ("abc", "x[0:1] = 'x'"), ((1, 2), "x[0:1] = [1]"), (range(3), "x[0:1] = [1]"),
    ([1, 2, 3, 4, 5], "del x[::2]"), ([1, 2, 3, 4, 5], "del x[::-2]"), ([1, 2, 3, 4, 5], "del x[1:3]"),
    ([1, 2, 3, 4, 5], "del x[3:1]"), ([1, 2, 3, 4, 5, 6], "del x[-2::-3]"), ([1, 2, 3], "del x[::0]"),
    ("abc", "del x[0:1]"), ((1, 2), "del x[0:1]"), (range(3), "del x[0:1]"), (None, "del x[0:1]"),
]

REPR_CASES = [
    "abc", "'", '"', "'\"", "\\", "\n\r\t", "\x00\x7f\x80\xa0\xad\u2028\U0001f600\U000e0001é\u0378",
    "\x1b[0m", "a'b", 'a"b', "\u3000", "\u200b", "\ufeff",
    [1, "a", (), (1,), (1, 2), [None, True, False]], {"a": [1, {"b": ()}]}, (("x",),), -5, 10**20,
]

def rust_str(s):
    out = []
    for c in s:
        if c in '"\\':
            out.append("\\" + c)
        elif 0x20 <= ord(c) < 0x7F:
            out.append(c)
        else:
            out.append("\\u{%x}" % ord(c))
    return '"' + "".join(out) + '"'

def rust_value(v):
    if v is None:
        return "N"
    if isinstance(v, bool):
        return f"b({str(v).lower()})"
    if isinstance(v, int):
        if -2**63 <= v < 2**63:
            return f"i({v})"
        return f"big({rust_str(str(v))})"
    if isinstance(v, float):
        return f"f({v!r})"
    if isinstance(v, str):
        return f"s({rust_str(v)})"
    if isinstance(v, list):
        return "l(vec![" + ", ".join(map(rust_value, v)) + "])"
    if isinstance(v, tuple):
        return "t(vec![" + ", ".join(map(rust_value, v)) + "])"
    if isinstance(v, range):
        return f"rg({v.start}, {v.stop}, {v.step})"
    if isinstance(v, type):
        return f"ty(TypeId::{v.__name__.capitalize()})"
    if v is len:
        return "builtin_len()"
    if isinstance(v, dict):
        return "d(vec![" + ", ".join(f"({rust_value(k)}, {rust_value(x)})" for k, x in v.items()) + "])"
    raise TypeError(v)

def expr_rust(node):
    """A Rust expression for a literal (or the receiver `x`) in a store statement."""
    if node is None:
        return "N"
    if isinstance(node, ast.Name) and node.id == "x":
        return "x.clone()"
    return rust_value(eval(ast.unparse(node)))

def store_rust(stmt):
    """A Rust closure performing the subscript store or deletion `stmt` on `x`."""
    node = ast.parse(stmt).body[0]
    target = node.targets[0]
    index = target.slice
    value = expr_rust(node.value) if isinstance(node, ast.Assign) else None
    if isinstance(index, ast.Slice):
        bounds = f"&{expr_rust(index.lower)}, &{expr_rust(index.upper)}, &{expr_rust(index.step)}"
        if value is None:
            return f"|x| delslice(x, {bounds})"
        return f"|x| setslice(x, {bounds}, {value})"
    if value is None:
        return f"|x| delitem(x, &{expr_rust(index)})"
    return f"|x| setitem(x, {expr_rust(index)}, {value})"

def outcome(thunk):
    try:
        return repr(thunk())
    except Exception as e:
        msg = repr(e.args[0]) if isinstance(e, KeyError) else str(e)
        return f"!{type(e).__name__}: {msg}"

def method_line(recv, name, args, kwargs):
    r = copy.deepcopy(recv)
    # Literal method-call syntax, as compiled programs use: bound-method objects
    # and `**kwargs` calls word some errors differently.
    spelled = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
    result = outcome(lambda: eval(f"r.{name}({', '.join(spelled)})", {"r": r}))
    kw = ", ".join(f"({rust_str(k)}, {rust_value(v)})" for k, v in kwargs.items())
    argv = ", ".join(map(rust_value, args))
    return (f"    call({rust_value(recv)}, {rust_str(name)}, &[{argv}], &[{kw}], "
            f"{rust_str(result)}, {rust_str(repr(r))});")

lines = [
    "//! Method calls, subscripts and reprs checked against CPython 3.11.",
    "//!",
    "//! Generated by `gen_cpython_cases.py` (beside this file) from python3; do",
    "//! not edit by hand. Each case gives the expected repr of the result (or",
    "//! `!Kind: message` for an exception) and of the receiver afterwards.",
    "",
    "use super::harness::*;",
    "use crate::subscript::{delitem, delslice, setitem, setslice};",
    "use crate::types::TypeId;",
    "",
    "#[test]",
    "#[rustfmt::skip]",
    "fn methods_match_cpython() {",
    "    let _python = python_thread();",
]
for recv, name, args in STR_CASES + LIST_CASES + TUPLE_CASES + DICT_CASES:
    lines.append(method_line(recv, name, args, {}))
for recv, name, args, kwargs in STR_KW_CASES + LIST_KW_CASES + DICT_KW_CASES:
    lines.append(method_line(recv, name, args, kwargs))
for recv, name, args in OTHER_CASES:
    lines.append(method_line(recv, name, args, {}))
lines += ["}", "", "#[test]", "#[rustfmt::skip]", "fn attributes_match_cpython() {", "    let _python = python_thread();"]
for recv, name in ATTR_CASES:
    lines.append(f"    attr_case({rust_value(recv)}, {rust_str(name)}, {rust_str(outcome(lambda: getattr(recv, name)))});")
lines += ["}", "", "#[test]", "#[rustfmt::skip]", "fn stores_match_cpython() {", "    let _python = python_thread();"]
for recv, stmt in STORE_CASES:
    x = copy.deepcopy(recv)
    result = outcome(lambda: exec(stmt, {"x": x}))
    lines.append(f"    store_case({rust_value(recv)}, {rust_str(stmt)}, {store_rust(stmt)}, {rust_str(result)}, {rust_str(repr(x))});")
lines += ["}", "", "#[test]", "#[rustfmt::skip]", "fn subscripts_match_cpython() {", "    let _python = python_thread();"]
for recv, key in GETITEM_CASES:
    lines.append(f"    getitem_case({rust_value(recv)}, {rust_value(key)}, {rust_str(outcome(lambda: recv[key]))});")
for recv, (a, b, c) in SLICE_CASES:
    lines.append(f"    slice_case({rust_value(recv)}, [{rust_value(a)}, {rust_value(b)}, {rust_value(c)}], "
                 f"{rust_str(outcome(lambda: recv[a:b:c]))});")
lines += ["}", "", "#[test]", "#[rustfmt::skip]", "fn reprs_match_cpython() {", "    let _python = python_thread();"]
for v in REPR_CASES:
    lines.append(f"    repr_case({rust_value(v)}, {rust_str(repr(v))});")
lines += ["}", ""]
print("\n".join(lines))
