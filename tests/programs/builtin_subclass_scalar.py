# Classes deriving from int, float, str, tuple and bytes: values made by
# __new__, arithmetic returning plain values, and overridden special methods.
import math


class Meters(int):
    def describe(self):
        return f"{int(self)} m"


m = Meters(5)
print(m, repr(m), str(m), f"{m}", f"{m:>5}|{m:03d}|{m:x}", "%d %s %r" % (m, m, m))
print(m + 1, 1 + m, m - 2, m * 3, m / 2, m // 2, m % 3, m ** 2, -m, +m, abs(Meters(-4)), ~m)
print(type(m + 1).__name__, type(-m).__name__, type(m * 1.5).__name__, m * 1.5, 1.5 * m)
print(m & 3, m | 8, m ^ 1, m << 2, m >> 1, divmod(m, 2), pow(m, 2, 3), round(m), round(m, -1))
print(m == 5, m != 5, m < 6, m >= 5.0, 5 == m, 5.0 == m, m in [5], 5 in [m], hash(m) == hash(5))
print(int(m), type(int(m)).__name__, float(m), bool(m), bool(Meters()), m.bit_length(), m.real)
print(m.describe(), isinstance(m, int), isinstance(m, Meters), issubclass(Meters, int))
print(Meters.__mro__, type(m), [10, 20, 30, 40, 50, 60][m], "ab" * Meters(2), Meters(2) * "ab")
print(Meters("42"), Meters("ff", 16), Meters(3.9), max(Meters(3), Meters(7)), sum([m, m]))
print(sorted([Meters(3), 1, Meters(2)]), math.sqrt(Meters(16)), math.floor(Meters(4)))
print({m: "five"}[5], {5: "five"}[m], int.__add__(m, 2), m.__add__(2), m.__add__(2.0))


class Flags(int):
    def __new__(cls, value, names=()):
        obj = super().__new__(cls, value)
        obj.names = names
        return obj

    def __repr__(self):
        return f"Flags({int(self)}, {self.names})"

    def __or__(self, other):
        return Flags(int(self) | int(other), self.names + getattr(other, "names", ()))


f = Flags(1, ("read",)) | Flags(2, ("write",))
print(f, f.names, int(f), f | 4, str(f), f + 0)


class Celsius(float):
    def __new__(cls, degrees=0.0):
        if degrees < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, degrees)

    def to_fahrenheit(self):
        return self * 9 / 5 + 32

    def __str__(self):
        return f"{float(self)}°C"


c = Celsius(36.6)
print(c, repr(c), f"{c}", f"{c:.2f}", c.to_fahrenheit(), c + 1, type(c + 1).__name__)
print(c > 30, c == 36.6, round(c), round(c, 0), int(c), math.floor(c), math.ceil(c), -c, abs(c))
print(Celsius(), Celsius(12.5), c.is_integer(), c.real, isinstance(c, float), hash(c) == hash(36.6))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)


class Name(str):
    def __new__(cls, first, last):
        obj = super().__new__(cls, f"{first} {last}")
        obj.first = first
        obj.last = last
        return obj

    def initials(self):
        return self.first[0] + self.last[0]


n = Name("Ada", "Lovelace")
print(n, repr(n), len(n), n.upper(), n.split(), n[0], n[-3:], n.initials(), n.first, n.last)
print(n == "Ada Lovelace", "Ada" in n, n.startswith("Ada"), n + "!", "Dr. " + n, n * 2)
print(type(n.upper()).__name__, type(n + "!").__name__, type(str(n)).__name__, str(n))
print(f"[{n}]", f"{n:>15}", "%s|%10s" % (n, n[:3]), "-".join([n, n]), ", ".join(Name("A", "B").split()))
print(sorted([Name("b", "x"), "a c", Name("a", "b")]), {n: 1}["Ada Lovelace"], hash(n) == hash(str(n)))
print(list(n)[:3], n.replace("Ada", "Augusta"), n.find("L"), n.count("a"), "%s" % n)


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

    def __eq__(self, other):
        return str.__eq__(self, other.upper())

    __hash__ = str.__hash__

    def __repr__(self):
        return f"Upper({str.__repr__(self)})"


u = Upper("hello")
print(u, repr(u), u == "Hello", u != "HELLO", u == "nope", {u: 1}.get("HELLO"), [u])


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


p = Point(1, 2)
q = p + Point(10, 20)
print(p, q, p.x, q.y, len(p), p == (1, 2), (1, 2) == p, p < (1, 3), hash(p) == hash((1, 2)))
x, y = q
print(x, y, list(p), tuple(p), p[0], p[-1], p[:1], p * 2, 3 in q, q.index(22), q.count(11))
print({p: "origin"}[(1, 2)], sorted([Point(2, 0), Point(1, 5)]), max(p), str(p), f"{p!r}")
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)


class Pair(tuple):
    pass


pr = Pair([3, 4])
pr.note = "attrs allowed"
print(pr, pr.note, Pair(), Pair("ab"), pr + (5,), type(pr + (5,)).__name__, Pair.__bases__)


class Blob(bytes):
    def hexed(self):
        return self.hex()


b = Blob(b"hi")
print(b, len(b), b[0], b.hexed(), b + b"!", b == b"hi", b.decode(), Blob([65, 66]), list(b))


class Coord(tuple):
    __match_args__ = ("lat", "lon")

    def __new__(cls, lat, lon):
        return super().__new__(cls, (lat, lon))

    lat = property(lambda self: self[0])
    lon = property(lambda self: self[1])


for subject in [Coord(1.5, 2.5), Meters(7), Name("Grace", "Hopper"), Pair([1, 2, 3])]:
    match subject:
        case Coord(lat, lon=lon):
            print("coord", lat, lon)
        case Meters(n) if n > 5:
            print("meters", n, type(n).__name__)
        case str(text):
            print("text", text, type(text).__name__)
        case [first, *others]:
            print("sequence", first, others)
match {"depth": Meters(3)}:
    case {"depth": int(d), **rest}:
        print("mapping", d, rest)
