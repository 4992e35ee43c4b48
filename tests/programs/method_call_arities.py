# Method calls with zero to three positional arguments (moved into the
# callee) and every kind of callee behind the name: plain methods, defaults,
# *args, generators, static and class methods, callable attributes,
# monkeypatching, builtin receivers and modules.
import math


class Counter:
    def __init__(self):
        self.log = []

    def zero(self):
        return "zero"

    def one(self, a):
        return a * 2

    def two(self, a, b):
        return (a, b)

    def three(self, a, b, c):
        return a + b + c

    def defaults(self, a, b=10, c=20):
        return a + b + c

    def star(self, *args):
        return len(args)

    def gen(self, n):
        yield from range(n)

    @staticmethod
    def static(a, b):
        return a - b

    @classmethod
    def klass(cls, a):
        return cls.__name__ + str(a)


c = Counter()
values = []
for i in range(3):
    values.append((c.zero(), c.one(i), c.two(i, [i]), c.three(i, i, i)))
print(values)
print(c.defaults(1), c.defaults(1, 2), c.defaults(1, 2, 3))
print(c.star(), c.star(1), c.star(1, 2), c.star(1, 2, 3))
print(list(c.gen(3)), c.static(5, 3), c.klass(7))
try:
    c.one()
except TypeError as e:
    print("TypeError:", e)
try:
    c.two(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

# An instance attribute shadows the method; a class attribute replaced later.
c.one = lambda a: "shadowed " + str(a)
print(c.one(4))
del c.one
print(c.one(4))
Counter.two = lambda self, a, b: "patched"
print(c.two(1, 2))

# Arguments evaluated left to right, before the call; the receiver first.
def trace(tag, v):
    print("eval", tag)
    return v
print(trace("receiver", c).three(trace("a", 1), trace("b", 2), trace("c", 3)))

# Builtin receivers and modules.
xs = []
xs.append(1)
xs.insert(0, 2)
s = {1}
s.add(2)
s.discard(1)
d = {"k": 1}
print(xs, s, d.get("k"), d.get("x", 0), d.pop("k"), math.sqrt(16.0), "a-b".split("-"))
big = [float(i) for i in range(5)]
total = 0.0
for v in big:
    total = math.fsum([total, v])
print(total)
