# Unpacking into names, nested: tuples, lists and other iterables at every
# level, the errors at each level, and every kind of name as a leaf.

pairs = [(([1.0, 2.0, 3.0], [0.1, 0.2], 5), ((4, 5, 6), [0.3, 0.4], 7))]
for ([x1, y1, z1], v1, m1), ((x2, y2, z2), v2, m2) in pairs:
    print(x1, y1, z1, v1, m1, x2, y2, z2, v2, m2)
    v1[0] += 1
print(pairs)

# The same list inside itself, borrowed twice.
loop = [1, 2]
loop.append(loop)
a, b, (c, d, e) = loop
print(a, b, c, d, e is loop)

# Rebinding the name that held the value being unpacked.
x = [[1, 2], 3]
[p, q], x = x
print(p, q, x)
t = (10, (20, 30))
t, (u, w) = t
print(t, u, w)


def gen(n):
    for i in range(n):
        yield (i, [i * 2, str(i)])


for i, (doubled, text) in gen(3):
    print(i, doubled, text)

(g1, g2), (h1, h2) = gen(2)
print(g1, g2, h1, h2)
(k1, k2), z = {"ab": 1, "cd": 2}
print(k1, k2, z)
(r1, r2), s = range(2), "s"
print(r1, r2, s)


def errors():
    cases = [
        lambda: [((a, b), c) for (a, b), c in [((1, 2, 3), 4)]],
        lambda: [((a, b), c) for (a, b), c in [((1,), 4)]],
        lambda: [((a, b), c) for (a, b), c in [([1, 2], 4, 5)]],
        lambda: [((a, b), c) for (a, b), c in [(7, 4)]],
        lambda: [((a, b), c) for (a, b), c in [(iter([1]), 4)]],
        lambda: [((a, b), c) for (a, b), c in [(None, 4)]],
    ]
    for case in cases:
        try:
            case()
        except (ValueError, TypeError) as err:
            print(type(err).__name__, err)
    try:
        (a, b), c = [1, 2, 3], 4
    except ValueError as err:
        print("assignment:", err)
    try:
        for (a, b), c in [((1, 2), 3), ((4, 5, 6), 7)]:
            print("bound", a, b, c)
    except ValueError as err:
        print("loop:", err, "after", a, b, c)


errors()


def cells():
    first = second = None
    (first, second), third = (1, 2), 3

    def read():
        return first, second, third

    return read()


print(cells())


def partial_binding():
    # Names bound before the failing level keep their new values.
    m = n = o = "unset"
    try:
        m, (n, o) = 1, (2, 3, 4)
    except ValueError as err:
        print(err, m, n, o)


partial_binding()


class Holder:
    (left, right), middle = ("L", "R"), "M"


print(Holder.left, Holder.right, Holder.middle)

G1 = G2 = None


def set_globals():
    global G1, G2
    [G1, G2], local = ("g", "h"), "l"
    return local


print(set_globals(), G1, G2)


def maybe(flag):
    if flag:
        (q1, q2), q3 = (1, 2), 3
    try:
        return q1 + q2 + q3
    except UnboundLocalError as err:
        return str(err)


print(maybe(True), maybe(False))
