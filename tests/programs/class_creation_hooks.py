"""Module docstring: annotations, docstrings, __set_name__, __init_subclass__."""

from typing import ClassVar, Dict, List, Optional

print(__doc__)

# Module-level annotations land in __annotations__, with or without a value.
counter: int = 0
names: List[str]
print(__annotations__)
print(counter)


class Point:
    """A point in the plane."""

    x: int
    y: int = 0
    label: Optional[str] = None
    registry: ClassVar[Dict[str, "Point"]] = {}

    def norm(self, scale: float = 1.0) -> float:
        "Euclidean norm."
        return (self.x**2 + self.y**2) ** 0.5 * scale

    def plain(self):
        return 1


print(Point.__doc__)
print(Point.__annotations__)
print(Point.y, Point.label, Point.registry)
print(Point.norm.__doc__, Point.plain.__doc__)
print(Point.norm.__annotations__)
print(Point.plain.__annotations__)
print("__annotations__" in Point.__dict__)


class NoAnnotations:
    pass


print(NoAnnotations.__doc__)
print("__annotations__" in NoAnnotations.__dict__)


def annotated(a: int, /, b: "str" = "x", *args: float, c: bool, **kw: dict) -> None:
    pass


print(annotated.__annotations__)


def local_annotations():
    # Annotations of locals are never evaluated.
    total: undefined_name_never_evaluated = 5
    missing: also_undefined
    return total


print(local_annotations())

# Annotations are evaluated: an undefined name raises NameError.
try:

    class Broken:
        field: undefined_type = 1

except NameError as e:
    print("NameError:", e)

# Annotations in compound statements at class level count too.
class Conditional:
    if True:
        inside: int = 3
    for _i in range(1):
        loop_var: str


print(Conditional.__annotations__)


# __set_name__: descriptors learn their owner and attribute name.
class Field:
    def __init__(self, default):
        self.default = default

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


class Record:
    width = Field(10)
    height = Field(20)
    plain = 5


r = Record()
r.width = 3
print(r.width, r.height, Record.width.name)


class Failing:
    def __set_name__(self, owner, name):
        raise ValueError("refused " + name)


try:

    class Holder:
        bad = Failing()

except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))


# __init_subclass__ with class keyword arguments.
class PluginBase:
    plugins = []

    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        PluginBase.plugins.append((cls.__name__, kind))


class CsvPlugin(PluginBase, kind="csv"):
    pass


class JsonPlugin(PluginBase, kind="json"):
    pass


class DefaultPlugin(PluginBase):
    pass


class SubCsv(CsvPlugin):
    pass


print(PluginBase.plugins)
print(CsvPlugin.kind, SubCsv.kind, DefaultPlugin.kind)

try:

    class Extra(PluginBase, kind="x", color="red"):
        pass

except TypeError as e:
    print("TypeError:", e)

try:

    class Plain(flavor=1):
        pass

except TypeError as e:
    print("TypeError:", e)


# An __init_subclass__ that is an explicit classmethod works the same way.
class Registry:
    @classmethod
    def __init_subclass__(cls, **kwargs):
        print("registered", cls.__name__, kwargs)


class First(Registry):
    pass
