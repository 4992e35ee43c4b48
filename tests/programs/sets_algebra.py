# Set algebra: operators, in-place operators, methods with several
# arguments, comparisons and user-defined elements.


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
a.discard(12)
b.update([100, -100, 2**33])
print(a | b)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union([7, 1], (64, 8), {99: 0}), a.union())
print(a.intersection(b, range(10)), a.intersection())
print(a.difference([0, 2], b), b.difference(a, [100]))
print(a.symmetric_difference([1, 2, 3]), a.symmetric_difference({4: 0, 5: 0}))
print(a.issubset(b), {2, 4}.issubset(a), {2, 4}.issubset([2, 3, 4]), a.issuperset([2, 4]))
print(a.isdisjoint(b), a.isdisjoint([1, 3, 5]), set().isdisjoint(set()))

f = frozenset([1, 2, 3, 40])
print(f | {4}, {4} | f, f & {1, 40}, f - {1}, f ^ {1, 5})
print(type(f | {4}).__name__, type({4} | f).__name__, f.union([7]), f.intersection([2, 3]))

# In-place operators update the set itself; a frozenset is rebound.
s = {1, 2, 3}
alias = s
s |= {4, 5}
s -= {1}
s &= {2, 3, 4, 5, 9}
s ^= {2, 10}
print(s, alias, s is alias)
g = frozenset([1, 2])
h = g
g |= {3}
print(g, h, g is h)
s -= s
print(s, alias)

s = set(range(10))
s.intersection_update([1, 2, 3, 4, 50], range(3, 9))
print(s)
s.difference_update([3], {4})
print(s)
s = set(range(8))
s.symmetric_difference_update(range(4, 12))
print(s)
s.update(range(3), [7, 8], {20: 1})
print(s)

# Large operands follow CPython's algorithms (and so its orders).
big = set(range(0, 400, 7))
small = {14, 21, 5, 399}
print(big & small, small & big, small - big, big - set(range(0, 400, 2)))
print(len(big - small), len(big ^ set(range(200))), small.issubset(big))

print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, {1} >= {1, 2})
print({1, 2} == {2, 1}, {1, 2} != {1, 2}, {1, 2} == frozenset([1, 2]), {1} == [1], {1} != (1,))
d = {1: "a", 2: "b", 3: "c"}
print({1, 2, 3} == d.keys(), d.keys() == {3, 2, 1}, {1, 2} < d.keys(), {(1, "a")} <= d.items())
print({1.0, 2.0} == {1, 2}, {True, 2} == {1, 2}, {1} | {1.0}, {1.0} | {1}, {1} & {1.0})

attempt("or list", lambda: {1} | [2])
attempt("sub int", lambda: {1} - 1)
attempt("lt list", lambda: {1} < [1])
attempt("rand", lambda: 1 & {1})


def ior_list():
    t = {1}
    t |= [2]
    return t


def isub_tuple():
    t = {1}
    t -= (1,)
    return t


attempt("ior list", ior_list)
attempt("isub tuple", isub_tuple)
attempt("union int", lambda: {1}.union(1))
attempt("intersection unhashable", lambda: {1}.intersection([[1]]))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __hash__(self):
        return hash((self.x, self.y))

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


pts = {Point(1, 2), Point(3, 4), Point(1, 2)}
print(len(pts), Point(3, 4) in pts, Point(0, 0) in pts)
pts.discard(Point(1, 2))
print(pts, pts | {Point(5, 6)} == {Point(5, 6), Point(3, 4)})


class Collide:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 42

    def __eq__(self, other):
        return isinstance(other, Collide) and self.v == other.v

    def __repr__(self):
        return f"C{self.v}"


cs = set()
for i in range(12):
    cs.add(Collide(i % 5))
print(len(cs), sorted(c.v for c in cs), Collide(3) in cs, Collide(7) in cs)

# Dict keys and items views combine with sets and other iterables.
d = {i: i * i for i in range(0, 20, 2)}
e = {i: i for i in range(0, 30, 3)}
print(d.keys() | e.keys(), d.keys() & e.keys(), d.keys() - e.keys(), d.keys() ^ e.keys())
print(d.keys() | [99, 1], [99, 1, 4] & d.keys(), {4, 6, 100} - d.keys(), (1, 2, 4) ^ d.keys())
print(d.items() & e.items(), d.items() - e.items(), d.items() ^ e.items())
print({2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 40} & d.keys(), d.keys() & {2, 4})
attempt("values", lambda: d.values() | d.values())
attempt("keys int", lambda: d.keys() | 1)
