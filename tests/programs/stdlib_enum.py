# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, the
# functional API, mixins, custom __new__/__init__, _missing_, _ignore_,
# _generate_next_value_, member/nonmember, match, and CPython's errors.
import copy
import enum
from enum import (Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumType,
                  EnumMeta, ReprEnum, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS,
                  member, nonmember, FlagBoundary, STRICT, CONFORM, EJECT, KEEP)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED


# repr, str, format, name and value
print(repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED}|{Color.RED:>10}|{Color.RED!r}")
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_, "%s %r" % (Color.BLUE, Color.BLUE))
print([Color.RED, Color.GREEN], {"c": Color.BLUE}, (Color.GREEN,))

# the class: iteration without aliases, len, reversed, repr, type
print(list(Color), len(Color), list(reversed(Color)), bool(Color))
print(repr(Color), Color, str(Color), type(Color), type(Color).__name__, EnumMeta is EnumType)
print(isinstance(Color, EnumType), issubclass(Color, Enum), isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(type(Color.RED), Color.RED.__class__.__name__, type(Color.RED) is Color)
print(Color._member_names_, Color._value2member_map_)

# aliases
print(Color.CRIMSON, Color.CRIMSON is Color.RED, Color.CRIMSON.name, Color["CRIMSON"] is Color.RED)

# lookup by value and by name
print(Color(1), Color(3) is Color.BLUE, Color["GREEN"], getattr(Color, "BLUE"), Color(Color.RED))
for bad in [5, "RED", None]:
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e, repr(e))

# membership
print(Color.RED in Color, Color.CRIMSON in Color)
for bad in [1, "RED"]:
    try:
        bad in Color
    except TypeError as e:
        print("TypeError:", e)

# __members__ keeps aliases
print(Color.__members__)
print(repr(Color.__members__), type(Color.__members__).__name__, len(Color.__members__))
print(list(Color.__members__), list(Color.__members__.items())[-1], "CRIMSON" in Color.__members__)
try:
    Color.__members__["PINK"] = 4
except TypeError as e:
    print("TypeError:", e)

# identity, equality, hashing, ordering
print(Color.RED is Color.RED, Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print(hash(Color.RED) == hash("RED"), {Color.RED: "r", Color.GREEN: "g"}[Color.RED], len({Color.RED, Color.CRIMSON}))
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
print(sorted(Color, key=lambda c: -c.value), max(Color, key=lambda c: c.value))

# members' attributes
for attr in ["name", "value"]:
    try:
        setattr(Color.RED, attr, "x")
    except AttributeError as e:
        print("AttributeError:", e)
try:
    Color.RED.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
print(Color.RED.GREEN, copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)


# match
def describe(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case _:
            return "not a color"


print(describe(Color.RED), describe(Color.CRIMSON), describe(Color.BLUE), describe(1))


# auto
class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()
    WORD = "w"
    AFTER_WORD = auto()


print(list(Ordinal))


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return "%s-%d-%d" % (name.lower(), start, count)

    NORTH = auto()
    SOUTH = auto()


print(list(Named), Named.SOUTH.value)


class WithTuple(Enum):
    A = (1, auto())
    B = auto()


print(list(WithTuple))

# methods, properties, classmethods and staticmethods are not members
class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3

    def describe(self):
        return "%s has %d sides" % (self.name.lower(), self.value)

    @property
    def sides(self):
        return self.value

    @classmethod
    def most_sides(cls):
        return max(cls, key=lambda s: s.value)

    @staticmethod
    def kinds():
        return "polygons"

    def __str__(self):
        return "Shape<%s>" % self.name


print(list(Shape), Shape.SQUARE.describe(), Shape.TRIANGLE.sides, Shape.most_sides(), Shape.kinds())
print(str(Shape.SQUARE), repr(Shape.SQUARE), f"{Shape.SQUARE}", format(Shape.SQUARE, "*^16"))


# __init__ with tuple values (the Planet example)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.radius, repr(Planet.VENUS))
print(round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))
print([p.name for p in Planet if p.surface_gravity > 5])


# a custom __new__ setting _value_
class AutoNumber(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj


class Weekday(AutoNumber):
    MONDAY = ()
    TUESDAY = ()
    WEDNESDAY = ()


print(list(Weekday), Weekday(2))


class Coordinate(bytes, Enum):
    def __new__(cls, value, label, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj

    PX = (0, "P.X", "km")
    PY = (1, "P.Y", "km")
    VY = (2, "V.Y", "km/s")


print(Coordinate.PY.name, Coordinate.PY.value, Coordinate.PY.label, Coordinate(2).unit, Coordinate.PX == b"\x00")


# mixins
class Mixed(str, Enum):
    A = "alpha"
    B = "beta"


print(repr(Mixed.A), str(Mixed.A), format(Mixed.A), f"{Mixed.B}", Mixed.A == "alpha", Mixed.A.upper(), Mixed("beta"))
print(isinstance(Mixed.A, str), Mixed.A + "!", hash(Mixed.A) == hash("alpha"), Mixed._member_type_)


class Level(int, Enum):
    LOW = 1
    HIGH = 2


print(repr(Level.HIGH), str(Level.HIGH), f"{Level.LOW}", Level.LOW + Level.HIGH, Level.HIGH > Level.LOW, Level(2))


class Describer:
    def describe(self):
        return "I am " + self.name


class Animal(Describer, Enum):
    CAT = 1
    DOG = 2


print(Animal.DOG.describe(), list(Animal))


# IntEnum
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(repr(Priority.HIGH), str(Priority.HIGH), format(Priority.HIGH), f"{Priority.LOW:>4}|{Priority.LOW:03d}")
print(Priority.HIGH == 3, Priority.LOW < Priority.HIGH, Priority.HIGH + 1, Priority.MEDIUM * 10, int(Priority.HIGH))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), [10, 20, 30, 40][Priority.HIGH], hash(Priority.LOW) == hash(1))
print(Priority(2), Priority(2) is Priority.MEDIUM, isinstance(Priority.LOW, int), {1: "one"}[Priority.LOW], Priority.HIGH.value)
print(type(Priority.HIGH.value), "%d %s %r" % (Priority.HIGH, Priority.HIGH, Priority.HIGH), str(Priority.HIGH).zfill(3))
try:
    Priority(7)
except ValueError as e:
    print("ValueError:", e)


# StrEnum
class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = "Custom-Verb"


print(repr(Method.GET), str(Method.GET), format(Method.CUSTOM), f"{Method.POST}|{Method.GET:>5}|", Method.GET == "get")
print(Method("post"), Method.GET.upper(), Method.GET + "/x", "/".join(Method), {"get": 1}[Method.GET], list(Method))
try:
    class BadStr(StrEnum):
        ONE = 1
except TypeError as e:
    print("TypeError:", e)


# Flag
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W if False else 3


print(list(Perm), len(Perm), Perm.__members__)
print(repr(Perm.R | Perm.W), Perm.R | Perm.W is Perm.RW, repr(Perm.R | Perm.X), str(Perm.R | Perm.X))
print(repr(Perm(7)), str(Perm(7)), Perm(7).name, Perm(7).value, repr(Perm(0)), str(Perm(0)), Perm(0).name)
print(repr(Perm.RW & Perm.R), repr(Perm.RW ^ Perm.X), repr(~Perm.R), repr(~Perm(7)), repr(~Perm(0)))
print(Perm.R in Perm.RW, Perm.X in Perm.RW, Perm(0) in Perm.R, (Perm.R | Perm.X) in Perm(7))
print(bool(Perm(0)), bool(Perm.R), list(Perm(7)), list(Perm.RW), len(Perm(7)), len(Perm(0)), list(Perm(0)))
print(Perm(5) is Perm(5), Perm.R | Perm.X in Perm, Perm.RW in Perm, format(Perm.R | Perm.W), f"{Perm(5)}")
print({Perm.R | Perm.W: "rw"}[Perm.RW], sorted(Perm._value2member_map_))
for bad in [8, 100]:
    try:
        Perm(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Perm.R | 2
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Perm.R
except TypeError as e:
    print("TypeError:", e)


class Color3(Flag):
    NONE = 0
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7


print(list(Color3), repr(Color3(0)), repr(Color3.RED | Color3.GREEN | Color3.BLUE), repr(~Color3.WHITE), repr(~Color3.RED))
print(Color3.WHITE.name, [c.name for c in Color3.WHITE], Color3._member_names_)


class Descending(Flag):
    HIGH = 4
    MID = 2
    LOW = 1


print(list(Descending), repr(Descending(7)), list(Descending(5)))


# IntFlag
class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(IPerm.R | IPerm.W), str(IPerm.R | IPerm.W), format(IPerm.R), f"{IPerm.R:>3}|", IPerm.R | IPerm.W == 6)
print(repr(IPerm(0)), repr(IPerm(9)), str(IPerm(9)), repr(IPerm(16)), repr(~IPerm.R), repr(IPerm(-1)))
print(repr(IPerm.R | 1), repr(1 | IPerm.R), repr(IPerm.R & 6), repr(IPerm.R ^ 7), repr(7 ^ IPerm.R), IPerm.R + 1, IPerm.R * 2)
print(isinstance(IPerm.R, int), list(IPerm(7)), len(IPerm(7)), IPerm.W in IPerm(6), sorted([IPerm.R, IPerm.X, IPerm.W]))
print(IPerm(9).name, IPerm(16).name, IPerm(0).name, bool(IPerm(0)), type(IPerm.R).__mro__)


# boundaries
class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Conform(7)), repr(Eject(7)), repr(Eject(3)), repr(Keep(7)), repr(~Keep.A), Perm._boundary_, IPerm._boundary_)
print(FlagBoundary.STRICT, repr(STRICT), list(FlagBoundary))


# the functional API
Animal2 = Enum("Animal2", "ANT BEE CAT DOG")
print(list(Animal2), repr(Animal2.BEE), Animal2(3), Animal2.__name__, Animal2.__qualname__, Animal2.__module__)
print(list(Enum("Comma", "a,b, c")), list(Enum("Listed", ["x", "y"], start=10)))
print(list(Enum("Pairs", [("one", 1), ("two", 2)])), list(Enum("Mapping", {"red": "#f00", "green": "#0f0"})))
print(list(Flag("Bits", "A B C")), list(IntEnum("Nums", "ONE TWO")), list(StrEnum("Words", "HELLO WORLD")))
Typed = Enum("Typed", "P Q", type=int)
print(Typed.Q + 1, repr(Typed.P), Enum("InMod", "A", module="mymod").__module__, Enum("Q", "A", qualname="Outer.Q").__qualname__)


# _missing_
class Loose(Enum):
    ALPHA = "a"
    BETA = "b"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Loose("A"), Loose("b"))
try:
    Loose("z")
except ValueError as e:
    print("ValueError:", e)


class Wrong(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "nope"


try:
    Wrong(2)
except TypeError as e:
    print("TypeError:", e)


# _ignore_
class Ignoring(Enum):
    _ignore_ = ["helper", "i"]
    A = 1
    helper = 5
    for i in range(2):
        pass
    B = 2


print(list(Ignoring), hasattr(Ignoring, "helper"), hasattr(Ignoring, "_ignore_"))


# _order_
class Ordered(Enum):
    _order_ = "A B C"
    A = 1
    B = 2
    C = 3


print(list(Ordered), hasattr(Ordered, "_order_"))
try:
    class Disordered(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", e)


# member() and nonmember()
class Marked(Enum):
    A = 1
    LIMIT = nonmember(10)

    @member
    def handler(self):
        return "handled"


print([m.name for m in Marked], Marked.LIMIT, Marked.handler.value(None))


# members named like member attributes
class Field(Enum):
    name = 1
    value = 2


print(Field.name, Field.value, Field.name.name, Field.value.value, list(Field))


# an enum without members can be extended; one with members cannot
class BaseEnum(Enum):
    def hello(self):
        return "hello " + self.name


class Derived(BaseEnum):
    X = 1


print(Derived.X.hello(), [c.__name__ for c in Derived.__mro__])
for base in [Color, Perm, Priority]:
    try:
        class Extended(base):
            EXTRA = 99
    except TypeError as e:
        print("TypeError:", e)

# invalid bodies
try:
    class Reserved(Enum):
        _private_ = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Mro(Enum):
        mro = 1
except ValueError as e:
    print("ValueError:", e)


# unique and verify
@unique
class Fine(Enum):
    ONE = 1
    TWO = 2


print(list(Fine))
try:
    @unique
    class Sides(Enum):
        SQUARE = 4
        SQUARE_ALIAS = 4
        TRIANGLE = 3
        TRI = 3
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(UNIQUE)
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(CONTINUOUS)
    class Gaps(IntEnum):
        A = 1
        B = 3
        C = 6
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(NAMED_FLAGS)
    class Unnamed(Flag):
        A = 1
        B = 2
        AB = 3
        X = 12
except ValueError as e:
    print("ValueError:", e)


@verify(UNIQUE, CONTINUOUS)
class Good(Enum):
    A = 1
    B = 2


print(list(Good), list(enum.EnumCheck), enum.show_flag_values(13))


# None as a value, twice
class Optional(Enum):
    NOTHING = None
    ALSO_NOTHING = None
    SOMETHING = 0


print(list(Optional), Optional.ALSO_NOTHING, Optional(None), Optional(0))


# unhashable values
class Lists(Enum):
    X = [1, 2]
    Y = [1, 2]
    Z = [3]


print(list(Lists), Lists([3]), Lists([1, 2]), Lists.Y is Lists.X)
try:
    Lists([9])
except ValueError as e:
    print("ValueError:", e)


# nested enums
class Outer:
    class Inner(Enum):
        A = 1


print(repr(Outer.Inner), Outer.Inner.A, Outer.Inner.__qualname__)
try:
    Outer.Inner(5)
except ValueError as e:
    print("ValueError:", e)

# the bases
print(repr(Enum), repr(Flag), repr(IntFlag), list(Enum), len(Flag), Enum.__members__)
print([c.__name__ for c in IntEnum.__mro__], [c.__name__ for c in IntFlag.__mro__], issubclass(IntEnum, ReprEnum))
print(repr(auto()), repr(auto(5)))


# private names stay attributes; _generate_next_value_ must come first
class Secretive(Enum):
    A = 1
    __hidden = 2

    def reveal(self):
        return self.__hidden


print(list(Secretive), Secretive.A.reveal())
try:
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 5
except TypeError as e:
    print("TypeError:", e)


class Hundreds(IntEnum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return 100 + count

    A = auto()
    B = auto()


print(list(Hundreds))

# calling without a value
for cls in [Color, Enum]:
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


# a metaclass deriving from EnumType
class LenientMeta(EnumType):
    def __contains__(cls, item):
        try:
            cls(item)
        except ValueError:
            return False
        return True


class Status(Enum, metaclass=LenientMeta):
    OK = 200
    NOT_FOUND = 404


print(200 in Status, 500 in Status, Status.OK in Status, type(Status).__name__, list(Status))


# __init_subclass__ with class keywords
class Registered(Enum):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()


class Tagged(Registered, tag="x"):
    ONE = 1


print(list(Tagged))

# IntEnum and StrEnum members are ints and strs to json
import json
print(json.dumps({"priority": Priority.HIGH, "method": Method.GET, "perm": IPerm.R | IPerm.W}))
