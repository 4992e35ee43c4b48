# Special methods: arithmetic, reflected and in-place operators, rich
# comparisons with NotImplemented fallbacks, __eq__/__hash__, containers,
# iteration protocol, __call__, __bool__/__len__, __getattr__/__setattr__.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Vec(" + str(self.x) + ", " + str(self.y) + ")"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return abs(self) < abs(other)
    def __bool__(self):
        return self.x != 0 or self.y != 0

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a * 3, 2 * a, -a, abs(b), sum([a, b]))
print(a == Vec(1, 2), a != b, a < b, b > a, bool(Vec(0, 0)), bool(a))
print(len({a: 1, Vec(1, 2): 2}), sorted([b, a, Vec(0, 1)]), max([a, b]))
c = a
c += b
print(c, a, c is a)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)

class Bag:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __iter__(self):
        return iter(self.items)

bag = Bag()
bag += "apple"
bag += "pear"
bag += "fig"
print(len(bag), "pear" in bag, "kiwi" in bag, bag[0], bool(bag), bool(Bag()))
bag[1] = "plum"
del bag[0]
print([x for x in bag], list(bag))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), [v * v for v in Countdown(3)])
total = 0
for v in Countdown(5):
    total += v
print(total)

class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, v):
        return v * self.k
double = Multiplier(2)
print(double(21), [double(i) for i in range(3)])

class Record:
    def __init__(self):
        super().__setattr__("fields", {})
    def __getattr__(self, name):
        if name in self.fields:
            return self.fields[name]
        raise AttributeError("no field " + name)
    def __setattr__(self, name, value):
        self.fields[name] = value
r = Record()
r.alpha = 1
r.beta = "two"
print(r.alpha, r.beta, r.fields)
try:
    r.gamma
except AttributeError as e:
    print("AttributeError:", e)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print("slots:", e)

class OnlyEq:
    def __eq__(self, other):
        return True
try:
    hash(OnlyEq())
except TypeError as e:
    print(e)
print(OnlyEq() == 5, OnlyEq() != 5)
