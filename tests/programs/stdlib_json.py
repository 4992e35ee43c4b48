import json
from json import dumps, loads
data = {"name": "pyrc", "tags": ["fast", "é", "𝄞"], "n": 3, "ratio": 0.1, "ok": True, "none": None,
        "nested": {"b": [1, 2, {"c": []}], "a": {}}, 3: "int key", 1.5: "float key", False: "bool key"}
print(dumps(data))
print(dumps(data, indent=2, sort_keys=False))
print(dumps({"b": 1, "a": [1, 2]}, sort_keys=True, indent="\t"))
print(dumps([1, [2, []]], separators=(",", ":")), dumps("a\"b\\c\n\t\x01"), dumps("é", ensure_ascii=False))
print(dumps([float("inf"), float("-inf"), float("nan"), 1e16, 1e-5, 10**25, -0.0]))
print(dumps((1, 2)), dumps([1], indent=0))
class Thing:
    pass
for bad in [{(1, 2): 3}, {1, 2}, Thing()]:
    try:
        dumps(bad)
    except TypeError as e:
        print("TypeError", e)
print(dumps({(1, 2): 3, "k": 4}, skipkeys=True), dumps({1, 2}, default=sorted))
loop = []
loop.append(loop)
try:
    dumps(loop)
except ValueError as e:
    print("ValueError", e)
try:
    dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
text = '{"a": [1, 2.5e3, -0, true, false, null], "b": "x\\u00e9\\ud834\\udd1e\\n", "c": {"d": 12345678901234567890}}'
obj = loads(text)
print(obj, type(obj["a"][1]).__name__, loads("  [NaN, Infinity, -Infinity]  "))
print(loads(dumps(data)) == {str(k) if not isinstance(k, bool) else "false": v for k, v in data.items()} or loads(dumps(data)))
for bad in ['', '[1,', '{"a" 1}', '{1:2}', '[1 2]', '"abc', '"a\tb"', '1 2', '["\\u12"]', 'nul', '-', '01', '"\\x"', '{"a": 1,}', '\n\n  [1,\n  x]']:
    try:
        loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
try:
    loads(5)
except TypeError as e:
    print("TypeError", e)
print(isinstance(json.JSONDecodeError("m", "d", 0) if False else ValueError(), ValueError), issubclass(json.JSONDecodeError, ValueError))
class Config(dict):
    pass
class Names(list):
    pass
print(dumps(Config(a=1, b=Names(["x", "y"]))), dumps({"k": Config()}, indent=1))
