# Dicts: insertion order and how pop/update/setdefault/del affect it.


def show(label, d):
    print(label, d, len(d))


d = {"b": 2, "a": 1, "c": 3}
show("start:", d)
d["d"] = 4
d["a"] = 10
show("after set:", d)
print("pop b:", d.pop("b"), "default:", d.pop("zz", -1))
show("after pop:", d)
d["b"] = 20
show("re-added b goes last:", d)
d.update({"a": 100, "e": 5})
show("after update:", d)
print("setdefault existing:", d.setdefault("c", 999), "new:", d.setdefault("f", 6))
show("after setdefault:", d)
del d["c"]
show("after del:", d)
print("get:", d.get("a"), d.get("zz"), d.get("zz", "none"))
print("in:", "a" in d, "c" in d, "zz" not in d)
print("keys:", list(d.keys()))
print("values:", list(d.values()))
print("items:", list(d.items()))
for k in d:
    print(" key", k, end=";")
print()
for k, v in d.items():
    print(" ", k, "->", v)
total = 0
for v in d.values():
    total += v
print("sum of values:", total, sum(d.values()))

counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print("letter counts:", counts)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print("groups:", groups)
squares = {}
for i in range(6):
    squares[i] = i * i
print("int keys:", squares, squares[5])
mixed = {1: "int", 1.5: "float", "1": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print("mixed keys:", mixed)
print("1 == True shares key:", mixed[1], len(mixed))
copy = dict(d)
copy["zz"] = 0
print("copy independent:", len(d), len(copy))
print("dict from pairs:", dict([("x", 1), ("y", 2)]), dict())
e = {}
print("empty:", e, bool(e), bool(d), len(e))
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
print("equal regardless of order:", {"a": 1, "b": 2} == {"b": 2, "a": 1})
print(type(d), isinstance(d, dict), repr({"q": "it's"}))
inverse = {}
for k, v in squares.items():
    inverse[v] = k
print("inverse:", inverse)
while squares:
    k = list(squares.keys())[-1]
    squares.pop(k)
print("drained:", squares)
