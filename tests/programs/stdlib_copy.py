import copy
from copy import deepcopy

nested = [1, [2, 3], {"k": [4, 5]}, (6, [7]), {8, 9}, frozenset({10}), "s", None]
shallow = copy.copy(nested)
deep = deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1])
print(deep == nested, deep[1] is nested[1], deep[2]["k"] is nested[2]["k"])
print(deep[3] is nested[3], deep[3][1] is nested[3][1], deep[4] is nested[4])
nested[1].append(99)
nested[2]["k"].append(98)
print(shallow[1], shallow[2], deep[1], deep[2])

for value in [1, 2.5, True, None, "text", b"bytes", (1, 2), frozenset([1]),
              range(3), len, int, 10 ** 30]:
    print(repr(value), copy.copy(value) is value, deepcopy(value) is value)
t = (1, "a", (2, 3))
print(deepcopy(t) is t)
t2 = (1, [2])
print(deepcopy(t2) is t2, deepcopy(t2) == t2)

d = {"a": [1], "b": {"c": (1, [2])}}
d2 = copy.copy(d)
d3 = deepcopy(d)
print(d2 is d, d2["a"] is d["a"], d3["a"] is d["a"], d3 == d)
s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s, deepcopy(s) == s, deepcopy(s) is s)

shared = [1, 2]
pair = [shared, shared]
pair_copy = deepcopy(pair)
print(pair_copy[0] is pair_copy[1], pair_copy[0] is shared)

cyclic = [1, 2]
cyclic.append(cyclic)
cyclic_copy = deepcopy(cyclic)
print(cyclic_copy[2] is cyclic_copy, cyclic_copy is not cyclic, len(cyclic_copy))
cd = {"name": "root"}
cd["self"] = cd
cd_copy = deepcopy(cd)
print(cd_copy["self"] is cd_copy, cd_copy["name"])

memo = {}
a = [1]
first = deepcopy([a, a], memo)
second = deepcopy(a, memo)
print(second is first[0], id(a) in memo)


class Point:
    def __init__(self, x, y):
        print("Point.__init__", x, y)
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point(1, [2, 3])
p2 = copy.copy(p)
p3 = deepcopy(p)
print(p2, p3, type(p2) is Point, p2 is p)
print(p2.y is p.y, p3.y is p.y, p3.y == p.y)
p.y.append(4)
print(p2, p3)


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
child = root.add(Node("child"))
child.add(Node("grandchild"))
tree = deepcopy(root)
print(tree is root, tree.children[0].parent is tree,
      tree.children[0].children[0].parent is tree.children[0])
print(tree.children[0].children[0].value, tree.children[0] is child)


class Box:
    def __init__(self, items):
        self.items = items
        self.me = self


shared_items = [1, 2]
boxes = deepcopy([Box(shared_items), Box(shared_items), Box([3])])
print(boxes[0].items is boxes[1].items, boxes[0].items is shared_items,
      boxes[2].items, boxes[0].me is boxes[0], boxes[1].me is boxes[1])
many = deepcopy([Box([i]) for i in range(50)])
print(all(b.me is b and b.items == [i] for i, b in enumerate(many)))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


sl = Slotted()
sl2 = copy.copy(sl)
sl3 = deepcopy(sl)
print(sl2.a is sl.a, sl3.a is sl.a, sl3.a, hasattr(sl3, "b"))


class Custom:
    def __init__(self, data):
        self.data = data

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.data + ["copied"])

    def __deepcopy__(self, memo):
        print("__deepcopy__ called, memo is dict:", isinstance(memo, dict))
        return Custom(deepcopy(self.data, memo) + ["deep"])


c = Custom(["x"])
print(copy.copy(c).data, deepcopy(c).data, deepcopy([c, c])[1].data)


class Stateful:
    def __init__(self):
        self.value = 1
        self.cache = "expensive"

    def __getstate__(self):
        print("__getstate__")
        return {"value": self.value}

    def __setstate__(self, state):
        print("__setstate__", state)
        self.value = state["value"]
        self.cache = None


st = deepcopy(Stateful())
print(st.value, st.cache)
st = copy.copy(Stateful())
print(st.value, st.cache)


class Reduced:
    def __init__(self, a, b):
        print("Reduced.__init__", a, b)
        self.a = a
        self.b = b

    def __reduce__(self):
        return (Reduced, (self.a, self.b), {"extra": [self.a]})


rd = Reduced(1, [2])
rd2 = deepcopy(rd)
rd3 = copy.copy(rd)
print(rd2.a, rd2.b, rd2.b is rd.b, rd2.extra, rd3.b is rd.b, rd3.extra)


class Base:
    def __init__(self):
        self.tags = ["base"]


class Derived(Base):
    kind = "derived"

    def __init__(self, extra):
        super().__init__()
        self.extra = extra


dv = deepcopy(Derived({"e": 1}))
print(type(dv).__name__, dv.tags, dv.extra, dv.kind)
dv.tags.append("more")
print(Derived(None).tags)


class MyError(Exception):
    pass


err = MyError("bad", [1])
err.note = "attr"
err2 = deepcopy(err)
print(type(err2).__name__, err2.args, err2.args[1] is err.args[1], err2.note)
print(copy.copy(ValueError("v")).args)


class Holder:
    def method(self):
        return id(self)


h = Holder()
m = deepcopy(h.method)
print(m() != id(h), copy.copy(h.method)() == id(h))


def gen():
    yield 1


try:
    copy.copy(gen())
except TypeError as e:
    print("TypeError:", e)
try:
    deepcopy(gen())
except TypeError as e:
    print("TypeError:", e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
