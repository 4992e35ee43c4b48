import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5))
print(operator.add("ab", "cd"), operator.mul([0], 3), operator.mod("%d-%s", (1, "x")))
print(operator.not_(0), operator.not_([1]), operator.truth([]), operator.truth("x"))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.inv(5), operator.invert(0))
print(operator.lshift(1, 10), operator.rshift(1024, 3), operator.abs(-7), operator.abs(-2.5))
print(operator.and_({1, 2}, {2, 3}), operator.or_({1}, {2}))
x = None
print(operator.is_(x, None), operator.is_not(x, None), operator.is_(1, 2))
print(operator.index(7), operator.index(True), operator.concat([1], [2]), operator.concat("a", "b"))
print(operator.contains([1, 2, 3], 2), operator.contains("abc", "d"), operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"))
print(operator.__add__(1, 2), operator.__not__(1), operator.__getitem__([5, 6], 1))

d = {"a": 1}
operator.setitem(d, "b", 2)
print(operator.getitem(d, "b"), d)
operator.delitem(d, "a")
print(d)
lst = [0, 1, 2, 3, 4, 5]
operator.setitem(lst, 0, "x")
print(lst, operator.getitem("abc", -1))

# In-place forms: mutate mutable operands, rebind immutable ones.
a = [1]
b = operator.iadd(a, [2])
print(a, b, a is b)
print(operator.iadd(1, 2), operator.isub(5, 2), operator.imul("ab", 2), operator.itruediv(1, 4))
print(operator.ifloordiv(9, 2), operator.imod(9, 4), operator.ipow(3, 3), operator.ilshift(1, 3), operator.irshift(8, 1))
print(operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3), operator.iconcat([1], (2,)))
s = {1, 2}
operator.ior(s, {3})
print(s)

# Operator overloading goes through the same special methods.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __index__(self):
        return self.x
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
v = Vec(1, 2)
print(operator.add(v, Vec(3, 4)), operator.neg(v), operator.eq(v, Vec(1, 2)), operator.index(Vec(9, 0)))
w = operator.iadd(v, Vec(1, 1))
print(w, w is v)

# itemgetter
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 9}))
rows = [("bob", 25, "b"), ("alice", 30, "a"), ("carol", 25, "c")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), max(rows, key=itemgetter(1)))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")))

# attrgetter, with dotted names
class Name:
    def __init__(self, first, last):
        self.first, self.last = first, last
class Person:
    def __init__(self, first, last, age):
        self.name = Name(first, last)
        self.age = age
people = [Person("Ada", "Lovelace", 36), Person("Alan", "Turing", 41), Person("Grace", "Hopper", 85)]
print([attrgetter("name.last")(p) for p in people])
print(attrgetter("age", "name.first")(people[1]))
print([p.name.first for p in sorted(people, key=attrgetter("name.last"))])
print(repr(attrgetter("a")), repr(attrgetter("a.b", "c")))

# methodcaller
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b,c"), methodcaller("split", ",", maxsplit=1)("a,b,c"))
print(list(map(methodcaller("strip", "x"), ["xax", "bx"])))
print(repr(methodcaller("upper")), repr(methodcaller("split", ",", maxsplit=1)))
print(operator.call(max, 3, 9, 4), operator.call(sorted, [3, 1], reverse=True))
class Hinted:
    def __length_hint__(self):
        return 4
class Unhinted:
    pass
print(operator.length_hint([1, 2, 3]), operator.length_hint(Hinted()), operator.length_hint(Unhinted(), 5))

# Errors carry the operators' own messages.
tests = [
    lambda: operator.add(1, "a"),
    lambda: operator.truediv(1, 0),
    lambda: operator.mod(1, 0),
    lambda: operator.lt(1, "a"),
    lambda: operator.getitem([1], 5),
    lambda: operator.getitem({}, "k"),
    lambda: operator.index(1.5),
    lambda: operator.index("3"),
    lambda: operator.concat(1, 2),
    lambda: operator.indexOf([1, 2], 3),
    lambda: operator.neg("a"),
    lambda: itemgetter(),
    lambda: itemgetter(5)([1]),
    lambda: attrgetter(1),
    lambda: attrgetter("name.middle")(people[0]),
    lambda: methodcaller(1),
    lambda: methodcaller("nope")(1),
    lambda: operator.contains(3, 1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
