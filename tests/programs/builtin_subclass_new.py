# __new__ and __init__ with builtin bases and plain classes, object() and
# the methods of object, super() through several levels and mixins.


class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("created", cls.__name__)
        return cls._instance

    def __init__(self):
        print("init runs each time")


a = Singleton()
b = Singleton()
print(a is b, type(a).__name__, isinstance(a, Singleton))


class Shape:
    def __new__(cls, kind, *args):
        if cls is Shape:
            cls = {"square": Square, "circle": Circle}[kind]
        return super().__new__(cls)

    def __init__(self, kind, *args):
        self.kind = kind
        self.args = args


class Square(Shape):
    def area(self):
        return self.args[0] ** 2


class Circle(Shape):
    def area(self):
        return round(3.14159 * self.args[0] ** 2, 2)


for shape in [Shape("square", 3), Shape("circle", 1), Square("square", 2)]:
    print(type(shape).__name__, shape.kind, shape.area())


class NotMine:
    def __new__(cls, value):
        return value * 2

    def __init__(self, value):
        print("never called")


print(NotMine(21), NotMine("ab"))


class Tracked:
    count = 0

    def __new__(cls, *args, **kwargs):
        Tracked.count += 1
        return object.__new__(cls)

    def __init__(self, name, tag=None):
        self.name = name
        self.tag = tag


t = Tracked("x", tag="y")
print(Tracked.count, t.name, t.tag, vars(t))


class Frozen:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __repr__(self):
        return f"Frozen({self.x}, {self.y})"


fz = Frozen(1, 2)
print(fz, fz.x)
try:
    fz.x = 5
except AttributeError as e:
    print("AttributeError:", e)


class Lazy:
    def __getattr__(self, name):
        return f"<{name}>"

    def real(self):
        return object.__getattribute__(self, "missing")


lz = Lazy()
print(lz.anything, lz.other)
try:
    lz.real()
except AttributeError as e:
    print("AttributeError:", e)

sentinel = object()
other = object()
print(type(sentinel), sentinel is sentinel, sentinel is other, sentinel == other, sentinel != other)
print(isinstance(sentinel, object), type(sentinel) is object, str(sentinel)[:8], hash(sentinel) == hash(sentinel))
print(object.__eq__(sentinel, sentinel), object.__eq__(sentinel, other), object.__ne__(sentinel, other))
try:
    sentinel.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
lookup = {sentinel: "found"}
print(lookup[sentinel], lookup.get(other, "absent"), [sentinel].index(sentinel))


class Base(list):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label

    def describe(self):
        return f"{self.label}: {list(self)}"


class Middle(Base):
    def __init__(self, items, label, extra):
        super().__init__(items, label)
        self.extra = extra

    def describe(self):
        return super().describe() + f" (+{self.extra})"


class Reprs:
    def __repr__(self):
        return f"<{type(self).__name__} {super().__repr__()}>"


class Leaf(Reprs, Middle):
    pass


leaf = Leaf([3, 1, 2], "leaf", "x")
leaf.sort()
print(leaf.describe(), leaf, len(leaf), leaf.label, leaf.extra, Leaf.__mro__)
print(isinstance(leaf, list), isinstance(leaf, Base), issubclass(Leaf, Reprs), leaf == [1, 2, 3])


class Vector(tuple):
    def __new__(cls, *components):
        return super().__new__(cls, components)

    def __init__(self, *components):
        self.dims = len(components)

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other)))

    def __mul__(self, k):
        return Vector(*(a * k for a in self))

    __rmul__ = __mul__

    def __abs__(self):
        return sum(a * a for a in self) ** 0.5

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __hash__(self):
        return hash(tuple(self))


v = Vector(3, 4)
w = v + Vector(1, 1)
print(v, w, v.dims, abs(v), v * 2, 2 * v, v == (3, 4), hash(v) == hash((3, 4)), w[0])


class Unhashable(tuple):
    def __eq__(self, other):
        return True


try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)
print(Unhashable.__hash__, Vector.__hash__ is not None)


class Config(dict):
    def __init__(self, *args, **kwargs):
        defaults = {"debug": False, "level": 1}
        defaults.update(*args, **kwargs)
        super().__init__(defaults)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


cfg = Config({"Level": 3}, name="app")
cfg["DEBUG"] = True
print(cfg, cfg["LEVEL"], cfg["debug"], cfg.get("NAME"), sorted(cfg))
print(dict.__getitem__(cfg, "level"), Config.__mro__)


class AppError(Exception):
    def __new__(cls, *args):
        print("AppError.__new__", args)
        return super().__new__(cls)


class WrappedError(ValueError):
    def __new__(cls, msg):
        self = super().__new__(cls, msg)
        self.extra = "kept"
        return self

    def __init__(self, msg):
        super().__init__("wrapped " + msg)


try:
    raise AppError("boom", 2)
except AppError as e:
    print(e.args, str(e), repr(e))
we = WrappedError("x")
print(we.args, we.extra, we, isinstance(we, ValueError))
