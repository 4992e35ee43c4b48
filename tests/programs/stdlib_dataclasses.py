import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, FrozenInstanceError, InitVar, KW_ONLY,
                         MISSING, make_dataclass)
from typing import ClassVar, List, Optional


def attempt(f):
    try:
        result = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", result)


# Basics: __init__, __repr__, __eq__, __hash__ = None, __match_args__
@dataclass
class Point:
    x: int
    y: int


p = Point(1, 2)
print(p, repr(p), p.x, p.y)
print(Point(1, 2) == p, Point(2, 1) == p, p != Point(1, 3), p == (1, 2))
print(Point.__match_args__, Point.__hash__)
attempt(lambda: hash(p))
print(Point(x=3, y=4), Point(5, y=6))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__,
      Point.__eq__.__qualname__, Point.__init__.__name__)
print(Point.__init__.__annotations__)
print(Point.__doc__)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))
print([(f.name, f.type, f.default is MISSING, f.init, f.repr, f.hash,
        f.compare, f.kw_only) for f in fields(Point)])
print(fields(p) == fields(Point), len(Point.__dataclass_fields__))
print(Point.__dataclass_params__)
print(repr(Point.__dataclass_fields__['x']._field_type))

# Argument binding errors, as CPython words them
attempt(lambda: Point())
attempt(lambda: Point(1))
attempt(lambda: Point(1, 2, 3))
attempt(lambda: Point(1, 2, 3, 4))
attempt(lambda: Point(1, 2, z=3))
attempt(lambda: Point(1, x=2))
attempt(lambda: Point(1, 2, x=2))
attempt(lambda: Point(1, self=2))
attempt(lambda: Point(y=2))


@dataclass
class Triple:
    a: int
    b: int
    c: int


attempt(lambda: Triple())
attempt(lambda: Triple(1))
attempt(lambda: Triple(1, 2, 3, 4, 5))


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__match_args__)
attempt(lambda: Empty(1))
attempt(lambda: Empty(1, 2))


# Defaults, default_factory, init=False, repr=False, compare=False
@dataclass
class Inventory:
    name: str
    count: int = 0
    items: List[str] = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    secret: str = field(default="hidden", repr=False, compare=False)
    computed: int = field(init=False, default=-1)
    made: list = field(init=False, default_factory=lambda: ["made"])


a = Inventory("a")
b = Inventory("a")
print(a, a.tags, a.secret, a.computed, a.made)
print(a == b, a.items is b.items, a.made is b.made)
b.secret = "other"
print(a == b)
c = Inventory("c", 3, ["x"], {"k": 1}, "s")
print(c, c.tags, c.secret)
print(Inventory.count, Inventory.secret, Inventory.computed,
      hasattr(Inventory, "items"), hasattr(Inventory, "made"))
print(Inventory.__match_args__)
print(Inventory.__doc__)
attempt(lambda: Inventory("a", 1, [], {}, "s", 5))
attempt(lambda: Inventory("a", computed=5))
attempt(lambda: Inventory("a", 1, 2, 3, 4, 5, 6))
attempt(lambda: Inventory(count=2))

# Factories are not called when the argument is passed, and in field order
log = []


def factory(tag):
    def make():
        log.append(tag)
        return [tag]
    return make


@dataclass
class Ordered:
    first: list = field(default_factory=factory("first"))
    second: list = field(default_factory=factory("second"))


print(Ordered(), log)
print(Ordered(second=[0]), log)
attempt(lambda: Ordered(1, 2, 3))
print(log)


# order=True
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9, "beta"), Version(1, 0), Version(1, 2, "x")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2, 0) <= Version(1, 9),
      Version(1, 1) > Version(1, 0), Version(1, 0) >= Version(1, 0, "z"),
      Version(1, 0, "a") == Version(1, 0, "b"))
print(Version.__lt__.__qualname__, Version.__ge__.__name__)
attempt(lambda: Version(1) < Point(1, 2))
attempt(lambda: Version(1) <= 3)
attempt(lambda: max(Version(3), Version(10, 1), Version(10)))


@dataclass(order=True)
class SubVersion(Version):
    patch: int = 0


attempt(lambda: Version(1) < SubVersion(1))
print(SubVersion(1, 2, "x", 3), SubVersion(1, 2, patch=1) > SubVersion(1, 2))


# frozen=True
@dataclass(frozen=True)
class Frozen:
    name: str
    size: int = 1


fz = Frozen("f")
print(fz, hash(fz) == hash(("f", 1)), fz == Frozen("f", 1))


def assign():
    fz.size = 2


def assign_new():
    fz.other = 2


def delete():
    del fz.name


attempt(assign)
attempt(assign_new)
attempt(delete)
print(issubclass(FrozenInstanceError, AttributeError))
try:
    fz.name = "g"
except AttributeError as e:
    print("caught as AttributeError:", type(e).__name__, e)
print({Frozen("a"), Frozen("a"), Frozen("b")} == {Frozen("a"), Frozen("b")})
print(Frozen.__setattr__.__qualname__, Frozen.__hash__.__qualname__)


@dataclass(frozen=True)
class FrozenChild(Frozen):
    extra: tuple = ()


print(FrozenChild("c", 2, (1,)))
attempt(lambda: setattr(FrozenChild("c"), "extra", 1))
attempt(lambda: dataclass(type("Thaw", (Frozen,), {"__annotations__": {}})))
attempt(lambda: dataclass(frozen=True)(type("Freeze", (Point,), {})))


# __post_init__ and InitVar
@dataclass
class Account:
    owner: str
    balance: float = 0.0
    scale: InitVar[int] = 1
    history: list = field(init=False, default_factory=list)

    def __post_init__(self, scale):
        self.balance *= scale
        self.history.append(("open", self.balance, scale))


acct = Account("ann", 10.0, 3)
print(acct, acct.history)
print(Account("bob"), [f.name for f in fields(Account)])
print(Account.__match_args__, Account.__dataclass_fields__["scale"].type)
print(repr(Account.__dataclass_fields__["scale"]._field_type))
print(InitVar[int], InitVar[List[int]], InitVar("str"))
print(Account.__doc__)
attempt(lambda: replace(acct, balance=1.0))
print(replace(acct, balance=1.0, scale=2))


@dataclass
class Plain:
    a: int

    def __post_init__(self):
        print("post_init", self.a)
        self.b = self.a * 2


print(Plain(4).b)


# ClassVar fields are not fields
@dataclass
class Counter:
    total: ClassVar[int] = 0
    label: ClassVar = "c"
    value: int = 0

    def bump(self):
        Counter.total += self.value


cc = Counter(5)
cc.bump()
print(cc, Counter.total, Counter.label, [f.name for f in fields(Counter)])
print(sorted(Counter.__dataclass_fields__))
print(repr(Counter.__dataclass_fields__["total"]._field_type))


# KW_ONLY and kw_only=
@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    level: int
    mode: str = field(default="r", kw_only=False)


print(Options("p", level=2), Options("p", "w", level=1, verbose=True))
print(Options.__match_args__)
print(Options.__doc__)
attempt(lambda: Options("p"))
attempt(lambda: Options("p", "w", 3))
attempt(lambda: Options("p", "w", 3, level=1))
attempt(lambda: Options("p", "w", 3, level=1, verbose=True))
attempt(lambda: Options())


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 2


print(AllKw(a=1), AllKw.__match_args__)
attempt(lambda: AllKw())
attempt(lambda: AllKw(1))


@dataclass
class MixedKw:
    a: int = field(kw_only=True)
    b: int = 0
    c: int = field(kw_only=True, default=5)


print(MixedKw(b=1, a=2), MixedKw(3, a=4), MixedKw.__match_args__)
attempt(lambda: MixedKw(1, 2, a=3))


# Inheritance
@dataclass
class Base:
    x: int
    y: int = 0


@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])
print(Derived.__match_args__, Derived() == Base(10, 0))


class NotData(Base):
    def extra(self):
        return self.x + self.y


print(NotData(1, 2), NotData(1, 2).extra(), is_dataclass(NotData))


@dataclass
class Child(NotData):
    w: str = "w"


print(Child(1, 2, "q"), [f.name for f in fields(Child)])


# Errors found while making a class
def make_class(body, **params):
    cls = type("Made", (), body)
    if params:
        return dataclass(**params)(cls)
    return dataclass(cls)


attempt(lambda: make_class({"__annotations__": {"items": list}, "items": []}))
attempt(lambda: make_class({"__annotations__": {"d": dict}, "d": {}}))
attempt(lambda: make_class({"__annotations__": {"s": set}, "s": set()}))
attempt(lambda: make_class({"__annotations__": {"x": int, "y": int},
                            "x": 0}))
attempt(lambda: make_class({"__annotations__": {"x": int},
                            "y": field(default=1)}))
attempt(lambda: make_class({"__annotations__": {"x": int}}, order=True,
                           eq=False))
attempt(lambda: make_class({"__annotations__": {"x": int},
                            "__lt__": lambda self, other: True},
                           order=True))
attempt(lambda: make_class({"__annotations__": {"x": int},
                            "__setattr__": lambda self, n, v: None},
                           frozen=True))
attempt(lambda: make_class({"__annotations__": {"x": int},
                            "__hash__": lambda self: 1}, unsafe_hash=True))
attempt(lambda: make_class({"__annotations__": {"a": KW_ONLY, "b": KW_ONLY}}))
attempt(lambda: make_class({"__annotations__": {"x": ClassVar[int]},
                            "x": field(default_factory=list)}))
attempt(lambda: make_class({"__annotations__": {"x": InitVar[int]},
                            "x": field(default_factory=list)}))
attempt(lambda: make_class({"__annotations__": {"x": ClassVar[int]},
                            "x": field(default=1, kw_only=True)}))
attempt(lambda: make_class({"__annotations__": {"x": int, "y": int},
                            "x": 0}, init=False))
attempt(lambda: make_class({"__annotations__": {"x": int}}, weakref_slot=True))
attempt(lambda: field(default=1, default_factory=list))
attempt(lambda: make_class({"__annotations__": {"x": list},
                            "x": field(default=[])}))
attempt(lambda: make_class({"__annotations__": {"t": tuple},
                            "t": ([],)}).t)


# A default that is another (unhashable) dataclass instance is mutable
attempt(lambda: make_class({"__annotations__": {"p": Point},
                            "p": Point(0, 0)}))
attempt(lambda: make_class({"__annotations__": {"f": Frozen},
                            "f": Frozen("x")})().f)


# Hash rules
def hash_kind(**params):
    cls = make_class({"__annotations__": {"x": int, "y": int}}, **params)
    h = cls.__dict__.get("__hash__", "absent")
    if h is None or h == "absent":
        return h
    return hash(cls(1, 2)) == hash((1, 2))


print(hash_kind(), hash_kind(eq=False), hash_kind(frozen=True),
      hash_kind(unsafe_hash=True), hash_kind(eq=False, unsafe_hash=True),
      hash_kind(frozen=True, eq=False))


@dataclass
class OwnHash:
    x: int

    def __hash__(self):
        return 42


print(hash(OwnHash(1)), OwnHash(1) == OwnHash(1))


@dataclass(unsafe_hash=True)
class Unsafe:
    x: int
    y: list = field(hash=False, default_factory=list)
    z: int = field(compare=False, hash=True, default=7)


print(hash(Unsafe(1, [2])) == hash((1, 7)), Unsafe(1) == Unsafe(1, [], 8))


@dataclass(eq=False)
class NoEq:
    x: int


n1 = NoEq(1)
print(n1 == NoEq(1), n1 == n1, hash(n1) == hash(n1), NoEq.__match_args__)


# User methods are kept
@dataclass
class Custom:
    x: int

    def __repr__(self):
        return "Custom<%d>" % self.x

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)


@dataclass(init=False, repr=False, eq=False, match_args=False)
class Bare:
    x: int = 3


bare = Bare()
print(bare.x, "__match_args__" in Bare.__dict__, "__repr__" in Bare.__dict__,
      Bare.__doc__)


@dataclass
class Documented:
    """Has its own docstring."""
    x: int


print(Documented.__doc__)


# Recursive repr
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False)


root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
root.children.append(root)
print(root)


@dataclass
class Loop:
    me: object = None


loop = Loop()
loop.me = loop
print(loop, [loop])


# asdict, astuple, replace
@dataclass
class Line:
    start: Point
    end: Point
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


line = Line(Point(0, 0), Point(3, 4), [Point(1, 1), (Point(2, 2), "t")],
            {"k": Point(5, 5)})
d = asdict(line)
print(d)
print(astuple(line))
print(asdict(line, dict_factory=lambda pairs: sorted(pairs)))
print(astuple(line, tuple_factory=list))
d["tags"].append("new")
print(len(line.tags), d["start"] is line.start)
attempt(lambda: asdict(Point))
attempt(lambda: asdict(3))
attempt(lambda: astuple([1]))
attempt(lambda: fields(3))
attempt(lambda: fields(Point(1, 2).x))

p2 = replace(p, y=20)
print(p2, p, p2 is p)
attempt(lambda: replace(p, z=1))
attempt(lambda: replace(Inventory("q"), computed=1))
attempt(lambda: replace(Point))
print(replace(Inventory("r", 2)))
print(replace(fz, size=5), fz)


# Field objects and metadata
f = fields(Unsafe)[0]
print(f.name, f.type, f.hash, f.metadata)


@dataclass
class WithMeta:
    x: int = field(default=0, metadata={"unit": "m", "doc": "position"})


wm = fields(WithMeta)[0]
print(wm.metadata["unit"], len(wm.metadata), sorted(wm.metadata),
      "doc" in wm.metadata, wm.metadata.get("nope", "-"))
print(wm.metadata)


def write_meta():
    wm.metadata["unit"] = "km"


attempt(write_meta)
print(type(field()).__name__, field().default is MISSING, field(default=3).default)
print(repr(field(init=False).init), field(kw_only=True).kw_only is True)


# match statements use __match_args__
def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return "on x axis at %d" % x
        case Point(x=0, y=y):
            return "on y axis at %d" % y
        case Version(major, minor):
            return "version %d.%d" % (major, minor)
        case _:
            return "other"


print([describe(s) for s in [Point(0, 0), Point(3, 0), Point(0, 7),
                             Point(1, 1), Version(3, 11), 5]])


# Slots
@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"
    c: list = field(default_factory=list)


s = Slotted(1)
print(s, Slotted.__slots__, s == Slotted(1), "a" in fields(Slotted)[0].name)
attempt(lambda: setattr(s, "other", 1))
print(Slotted.__name__, Slotted.__qualname__, Slotted.__init__.__qualname__)
attempt(lambda: make_class({"__annotations__": {"x": int},
                            "__slots__": ("x",)}, slots=True))


@dataclass(slots=True, frozen=True)
class FrozenSlotted:
    a: int
    b: int = field(init=False, default=9)


fs = FrozenSlotted(3)
print(fs, fs.b, hash(fs) == hash((3, 9)))
attempt(lambda: setattr(fs, "a", 1))


# make_dataclass
Pair = make_dataclass("Pair", ["left", ("right", int),
                               ("weight", float, field(default=1.0))],
                      namespace={"total": lambda self: self.right + self.weight})
pr = Pair("l", 2)
print(pr, pr.total(), [f.type for f in fields(Pair)], Pair.__module__)
Ordered3 = make_dataclass("Ordered3", [("v", int)], order=True, frozen=True)
print(sorted([Ordered3(3), Ordered3(1)]), hash(Ordered3(1)) == hash((1,)))
attempt(lambda: make_dataclass("Bad", ["a", "a"]))
attempt(lambda: make_dataclass("Bad", ["class"]))
attempt(lambda: make_dataclass("Bad", ["1x"]))
attempt(lambda: make_dataclass("Bad", [("a", int, None, 4)]))


# dataclasses in containers, copies and class attributes
@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str


hand = [Card(10, "h"), Card(2, "s"), Card(10, "c")]
print(sorted(hand), max(hand), sorted(set(hand)) == sorted(hand))
print({Card(1, "a"): "ace"}[Card(1, "a")])
print(dataclasses.fields(Card)[1].name, dataclasses.is_dataclass(Card))


# A descriptor default learns its name (Field.__set_name__ passes it on)
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        return "descriptor " + self.name

    def __hash__(self):
        return 1


@dataclass
class HasDescriptor:
    d: str = field(default=Named())


print(HasDescriptor.d)


# A __post_init__ calling a base's __post_init__
@dataclass
class Shape:
    sides: int

    def __post_init__(self):
        self.kind = "shape with %d sides" % self.sides


@dataclass
class Square(Shape):
    length: float = 1.0
    area: float = field(init=False)

    def __post_init__(self):
        super().__post_init__()
        self.area = self.length * self.length


sq = Square(4, 3.0)
print(sq, sq.kind, sq.area)
attempt(lambda: Square(4, area=1))


# A field named self
@dataclass
class Selfish:
    self: int
    other: int = 0


print(Selfish(1, 2), Selfish(self=3))
attempt(lambda: Selfish(1, __dataclass_self__=2))
