# collections.abc and abc with ABCMeta: isinstance/issubclass for builtin types through __subclasshook__ and registration, mixin methods of MutableMapping/Sequence/MutableSet, abstract method checks.
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Collection,
    Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Reversible,
    KeysView, ItemsView, ValuesView)
import collections.abc as cabc
from abc import ABC, abstractmethod, ABCMeta

values = [[], (), {}, set(), frozenset(), "s", b"b", range(3), 3, 2.5, None, iter([]), (x for x in []), len, lambda: 0, {}.keys(), {}.items(), {}.values(), True]
abcs = [Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Reversible, KeysView, ItemsView, ValuesView]
for v in values:
    print(type(v).__name__, "".join("1" if isinstance(v, a) else "." for a in abcs))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, MutableSequence))

class Box:
    def __iter__(self): return iter([1])
    def __len__(self): return 1
print(isinstance(Box(), Iterable), isinstance(Box(), Sized), isinstance(Box(), Collection), isinstance(Box(), Container))

class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)

r = Registry()
r.update({"a": 1}, b=2)
r.setdefault("c", 3)
print(len(r), list(r), r.get("a"), r.get("z", 0), "b" in r, r.pop("b"), list(r.items()), list(r.keys()), list(r.values()))
print(r == {"a": 1, "c": 3}, isinstance(r, Mapping), isinstance(r, dict))
print(r.popitem(), dict(r))
try:
    r.pop("nope")
except KeyError as e:
    print("KeyError", e)

class Seq(Sequence):
    def __init__(self, *items): self._items = items
    def __getitem__(self, i): return self._items[i]
    def __len__(self): return len(self._items)
s = Seq(3, 1, 4, 1)
print(list(s), 4 in s, s.index(1), s.count(1), list(reversed(s)))
try:
    s.index(9)
except ValueError:
    print("ValueError")

class Incomplete(Sequence):
    pass
try:
    Incomplete()
except TypeError as e:
    print(e)

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area()}"
try:
    Shape()
except TypeError as e:
    print(e)
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Square(2)
except TypeError as e:
    print(e)
class Full(Square):
    def perimeter(self): return 4 * self.s
f = Full(3)
print(f.describe(), f.perimeter(), sorted(Shape.__abstractmethods__), Full.__abstractmethods__, type(Shape).__name__)
class P(ABC):
    @property
    @abstractmethod
    def x(self): ...
try:
    P()
except TypeError as e:
    print(e)
class Base(metaclass=ABCMeta):
    pass
Base.register(int)
print(isinstance(3, Base), issubclass(bool, Base), isinstance("x", Base), issubclass(Base, Base))
class Q(ABC):
    pass
try:
    Q(1)
except TypeError as e:
    print(e)
print(isinstance(Q(), ABC))
class MySet(MutableSet):
    def __init__(self, it=()): self._s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
    def add(self, x):
        if x not in self._s: self._s.append(x)
    def discard(self, x):
        if x in self._s: self._s.remove(x)
a = MySet([1, 2, 3]); b = MySet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= b, MySet([2]) < a, a == MySet([3, 2, 1]))
a |= [9]; print(list(a))
