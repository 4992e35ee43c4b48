# Tuples: construction, indexing, slicing, unpacking, comparison and use as dict keys.


def min_max(values):
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi


def swap_pairs(pairs):
    out = []
    for a, b in pairs:
        out.append((b, a))
    return out


t = (1, "two", 3.0, None, True)
print(t, len(t))
print(t[0], t[-1], t[1:3], t[::-1], t[::2])
print((), (1,), (1, 2) + (3,), (0,) * 3, tuple("abc"), tuple([4, 5]))
empty = ()
single = (42,)
print(len(empty), len(single), single[0], bool(empty), bool(single))
a, b, c = (10, 20, 30)
print(a, b, c)
a, b = b, a
print("swapped:", a, b)
x, y, z = "xyz"
print(x, y, z)
lo, hi = min_max([4, -2, 9, 0, 7])
print("min_max:", lo, hi)
print("swap_pairs:", swap_pairs([(1, "a"), (2, "b")]))
head, *tail = (1, 2, 3, 4)
print("starred:", head, tail)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[0])
pq, r = (7, 8), 9
p, q = pq
print(p, q, r)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2), (1, 2) != (2, 1))
print(6 in (5, 6, 7), 8 in (5, 6, 7), "a" in ("a",))
print(min((3, 1, 2)), max((3, 1, 2)), sum((3, 1, 2)))
coords = {}
coords[(0, 0)] = "origin"
coords[(1, 2)] = "point"
print(coords[(1, 2)], (0, 0) in coords, (2, 1) in coords)
points = [(3, 1), (1, 2), (3, 0), (1, 1)]
points.sort()
print("sorted points:", points)
total = 0
for px, py in points:
    total += px * py
print("dot-ish total:", total)
for item in (1, "a", (2,)):
    print("item", repr(item), type(item))
print(isinstance(t, tuple), isinstance([1], tuple), type(()))
print(repr((1,)), str(("a", 'b"c')))
