# A comparison used as a value gives what the special method returned
# (`__eq__` may return any object); a chain gives its first falsy link's
# result or the last one; in a condition only the truth value counts.


class D:
    def __eq__(self, other):
        return "yes"

    def __lt__(self, other):
        return [1]

    def __gt__(self, other):
        return []

    def __ne__(self, other):
        return 0


x = D() == 1
print(x, D() < 2, D() != 3, 1 == D(), 1 > D(), 2 < D())
print([D() == 1 for _ in range(2)], {k: D() < k for k in range(2)})
print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 > 1 > 0, "a" < "b" <= "b")
print(D() < 1 < 2, D() > 1 < 2, 0 < 1 < D(), 1 < D() < 2)
print(1 in [1] == True, (D() == 1) is not None, D() == 1 == "yes")
if D() == 1:
    print("truthy")
print(D() != 1 or "ne falsy", not D() == 1, D() > 0 and "unreached")


def returned(a, b):
    return a == b, a != b, a < b


print(returned(D(), None), returned(1, 2), returned("b", "a"))


class Loud:
    """Each comparison prints once, then declines."""

    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("eq", self.name)
        return NotImplemented

    def __lt__(self, other):
        print("lt", self.name)
        return NotImplemented

    def __gt__(self, other):
        print("gt", self.name)
        return NotImplemented


a, b = Loud("a"), Loud("b")
print(a == b, a == a, a != b)
try:
    print(a < b)
except TypeError as err:
    print("TypeError:", err)
r = a < 1 if False else "skipped"
print(r)


class Num(int):
    def __eq__(self, other):
        return "num-eq"


print(Num(3) == 3, 3 == Num(3), Num(3) < 4, Num(2) != 2)


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __eq__(self, other):
        return Vec(*[x == y for x, y in zip(self.xs, other.xs)])

    def __repr__(self):
        return f"Vec{self.xs}"

    def __bool__(self):
        return all(self.xs)


mask = Vec(1, 2, 3) == Vec(1, 0, 3)
print(mask, bool(mask))
if Vec(1, 2) == Vec(1, 2):
    print("all equal")
print(Vec(1) == Vec(1) == Vec(1))
