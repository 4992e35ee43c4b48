# One method-call site sees str receivers and others: list and tuple
# methods of the same name, a str subclass, an instance with its own method,
# and the argument errors, whose messages name the method.


class Text(str):
    def upper(self):
        return "overridden " + str.upper(self)


class Counter:
    def count(self, x):
        return "counter counts " + repr(x)


receivers = ["banana", ["a", "n", "a"], ("n", "a"), Text("ananas"), Counter()]
for r in receivers:
    print(type(r).__name__, r.count("a"))
for r in ["xyz", ["y", "z"], ("z",)]:
    print(r.index("z"))
for r in ["MiXeD", Text("sub"), "done"]:
    print(r.upper(), r.lower())
for s in ["  pad  ", "x", Text(" t ")]:
    print(repr(s.strip()), repr(s.center(9, "*")), s.startswith((" ", "x")), s.endswith("d  "))
for s in ["a,b,,c", "one two  three"]:
    print(s.split(), s.split(","), s.rsplit(",", 1), s.find("b"), s.rfind(" "))
print(" ".join(["a", "b"]), "-".join("xyz"), "".join([]))

bad_calls = [
    lambda: "abc".find(),
    lambda: "abc".index("q"),
    lambda: "abc".rindex("q"),
    lambda: "abc".count("a", 1, 2, 3),
    lambda: "abc".startswith(1),
    lambda: "abc".endswith(("a", 2)),
    lambda: "abc".center(),
    lambda: "abc".ljust(4, "ab"),
    lambda: "abc".upper(1),
    lambda: "abc".strip(1),
    lambda: "abc".split(maxsplit="x"),
    lambda: "abc".rsplit(1),
    lambda: "abc".lower(key=1),
    lambda: "abc".zfill(),
    lambda: "abc".nosuchmethod(),
]
for call in bad_calls:
    try:
        print(call())
    except (TypeError, ValueError, AttributeError) as err:
        print(type(err).__name__ + ":", err)

# A site whose receiver turns from str to list and back, in a loop.
total = []
for i in range(6):
    obj = "aXbXc" if i % 2 == 0 else ["X", "y", "X"]
    total.append(obj.count("X"))
print(total)
