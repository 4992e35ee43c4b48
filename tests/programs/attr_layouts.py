# Instances start in their class's learned layout (the names earlier
# instances got, in order) with nothing bound: reads before assignment, class
# attributes shadowed later, attributes set out of order, conditionally or
# after __init__ failed, vars() and __dict__ order, deletion, and __slots__.


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


points = [Point(i, i * 2, i * 3) for i in range(6)]
print([(p.x, p.y, p.z) for p in points])
print([vars(p) for p in points[:2]])


class Partial:
    label = "class"

    def __init__(self, fail):
        self.a = 1
        if fail:
            raise ValueError("stopped")
        self.label = "own"
        self.b = 2


for fail in [False, False, True, False, True]:
    try:
        obj = Partial(fail)
    except ValueError as e:
        print("failed:", e)
        continue
    print(obj.a, obj.label, obj.b, vars(obj))

# An instance whose __init__ stopped early: its later names read as missing.
broken = Partial.__new__(Partial)
for _ in range(3):
    print(hasattr(broken, "a"), broken.label, getattr(broken, "b", "no b"), vars(broken))
    try:
        print(broken.b)
    except AttributeError as e:
        print("AttributeError:", e)
    broken.a = 7
print(vars(broken))
broken.b = 8
print(vars(broken), broken.label)
broken.label = "set late"
print(vars(broken), list(broken.__dict__))


class Maybe:
    def __init__(self, with_middle):
        self.first = 1
        if with_middle:
            self.middle = 2
        self.last = 3

    def total(self):
        return self.first + getattr(self, "middle", 0) + self.last


things = [Maybe(i % 3 != 2) for i in range(9)]
print([t.total() for t in things])
print([list(vars(t)) for t in things[:3]])
for t in things:
    t.last += 10
print([t.total() for t in things])


class Reordered:
    def __init__(self, flip):
        if flip:
            self.b = "b"
            self.a = "a"
        else:
            self.a = "a"
            self.b = "b"
        self.c = "c"


print([list(vars(Reordered(i % 2 == 1))) for i in range(6)])


class Growing:
    def __init__(self):
        self.one = 1


gs = [Growing() for _ in range(4)]
for i, g in enumerate(gs):
    for j in range(i):
        setattr(g, "extra%d" % j, j)
print([vars(g) for g in gs])
late = [Growing() for _ in range(3)]
late[0].extra0 = "x"
late[1].other = "y"
print([vars(g) for g in late])

# Deleting a name, then setting it again, keeps insertion order.
p = Point(1, 2, 3)
del p.y
print(vars(p))
p.y = 20
print(vars(p), p.y)
try:
    del p.w
except AttributeError as e:
    print("AttributeError:", e)


class Slotted:
    __slots__ = ("u", "v")

    def __init__(self, u):
        self.u = u


ss = [Slotted(i) for i in range(4)]
for s in ss:
    try:
        print(s.u, s.v)
    except AttributeError as e:
        print(s.u, "AttributeError:", e)
    s.v = s.u * 10
print([(s.u, s.v) for s in ss])
try:
    ss[0].w = 1
except AttributeError as e:
    print("AttributeError:", e)

# The __dict__ of an instance in its layout, changed through the dict.
q = Point(4, 5, 6)
d = q.__dict__
d["w"] = 7
print(vars(q), len(d), "y" in d, q.w)
d.clear()
print(vars(q), hasattr(q, "x"))
q.z = 1
print(vars(q))
