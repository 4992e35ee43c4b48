# Attribute, method, operator and subscript sites cache on the class version
# and the instance's shape; every change below happens inside a hot loop
# where a stale cache entry would print a wrong value.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read_x(p):
    return p.x


# Polymorphic shapes at one site: attributes added in different orders, extra
# attributes, more shapes than a site remembers.
points = []
for i in range(8):
    p = Point(i, -i)
    if i % 2:
        p.z = i * 10
    if i % 3 == 0:
        del p.y
        p.y = 100 + i
    points.append(p)
for i in range(3):
    print([read_x(p) for p in points], [p.y for p in points])


class Bag:
    pass


bags = []
for i in range(6):
    b = Bag()
    for j in range(i, i + 4):
        setattr(b, "a%d" % ((j * 7) % 5), j)
    b.x = i
    bags.append(b)
print([read_x(b) for b in bags], [sorted(vars(b)) for b in bags])

# Many attributes: the instance leaves shapes for a dict of its own.
big = Bag()
for i in range(100):
    setattr(big, "f%d" % i, i)
big.x = "big"
print(read_x(big), len(vars(big)), list(vars(big))[:3], list(vars(big))[-2:])

# Deleting an instance attribute falls back to the class attribute.
class WithDefault:
    x = "class-x"


w = WithDefault()
seen = []
for i in range(6):
    if i == 1:
        w.x = "instance-x"
    if i == 3:
        del w.x
    if i == 4:
        WithDefault.x = "new-class-x"
    if i == 5:
        w.__dict__["x"] = "via-dict"
    seen.append(read_x(w))
print(seen)

# A property added to the class later wins over the instance value (data
# descriptor), and a setter intercepts stores from a cached store site.
class Late:
    def __init__(self):
        self.x = 1


def set_x(obj, v):
    obj.x = v


objs = [Late(), Late()]
log = []
for i in range(6):
    if i == 2:
        Late.x = property(lambda self: "prop", lambda self, v: log.append(("set", v)))
    if i == 4:
        del Late.x
    for o in objs:
        set_x(o, i)
        log.append(read_x(o))
print(log)

# __setattr__ and __getattr__ added after the sites specialised.
class Hooked:
    def __init__(self):
        self.x = 0


h = Hooked()
hooks = []
for i in range(6):
    if i == 2:
        Hooked.__setattr__ = lambda self, name, v: hooks.append((name, v))
    if i == 4:
        del Hooked.__setattr__
        Hooked.__getattr__ = lambda self, name: "missing " + name
        del h.x
    set_x(h, i * 10) if i < 4 else None
    hooks.append(read_x(h))
print(hooks)

# Methods: replaced on the class, shadowed on one instance, turned into a
# staticmethod and a classmethod, inherited then overridden in a subclass.
class Greeter:
    def hello(self):
        return "hello"


class Loud(Greeter):
    pass


people = [Greeter(), Loud(), Greeter()]
said = []
for i in range(7):
    if i == 1:
        Greeter.hello = lambda self: "hi"
    if i == 2:
        people[2].hello = lambda: "own"
    if i == 3:
        Loud.hello = lambda self: "HI"
    if i == 4:
        Greeter.hello = staticmethod(lambda: "static")
    if i == 5:
        Greeter.hello = classmethod(lambda cls: "class " + cls.__name__)
    if i == 6:
        del people[2].hello
        del Loud.hello
    said.append([p.hello() for p in people])
print(said)

# Slots: stores through the cached site still honour __slots__.
class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


s = Slotted()
for i in range(3):
    set_x_ok = True
    try:
        set_x(s, i)
    except AttributeError as e:
        set_x_ok = str(e)
    s.a += i
    print(s.a, set_x_ok)

# Exceptions keep `args` special at a cached store site.
class MyError(Exception):
    pass


errs = [MyError("a"), MyError("b")]
for e in errs:
    e.code = 7
    e.args = ("changed",)
print([(e.code, e.args, str(e)) for e in errs])


# Binary operators and subscripts specialise on the types they see and keep
# working when the types change at the same site.
def add(a, b):
    return a + b


def item(c, k):
    return c[k]


class Vec:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Vec(self.v + other.v)

    def __getitem__(self, k):
        return self.v * k

    def __repr__(self):
        return "Vec(%r)" % (self.v,)


ops = []
for i in range(4):
    ops.append(add(i, 1))
ops.append(add(2**62, 2**62))
ops.append(add(1.5, 2))
ops.append(add("a", "b"))
ops.append(add([1], [2]))
ops.append(add((1,), (2,)))
ops.append(add(Vec(1), Vec(2)))
Vec.__add__ = lambda self, other: "replaced"
ops.append(add(Vec(1), Vec(2)))
ops.append(add(True, True))
print(ops)

items = []
for c, k in [([1, 2, 3], 0), ([1, 2, 3], -1), ({"a": 1}, "a"), ("xyz", 1), ((5, 6), 1), (Vec(3), 4), (range(10), 3)]:
    items.append(item(c, k))
Vec.__getitem__ = lambda self, k: "new getitem"
items.append(item(Vec(3), 4))
print(items)

counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] += i + 1
    grid[i][0] += 1
print(counts, grid)
