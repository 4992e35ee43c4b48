import abc
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        """The area."""

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


class Square(Shape):
    def area(self):
        return 4

    def perimeter(self):
        return 8


class HalfDone(Shape):
    def area(self):
        return 1


class Circle(Shape):
    def __init__(self, r):
        super().__init__()
        self.r = r

    def area(self):
        return 3 * self.r * self.r


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    HalfDone()
except TypeError as e:
    print("TypeError:", e)
try:
    Circle(2)
except TypeError as e:
    print("TypeError:", e)
sq = Square()
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), isinstance(sq, ABC))
print(issubclass(Square, Shape), [c.__name__ for c in Square.__mro__])
try:
    Square(1)
except TypeError as e:
    print("TypeError:", e)
print(Shape.area(sq), Shape.describe(sq))


class Complete(HalfDone):
    def perimeter(self):
        return 2


print(Complete().describe())


class WithInit(ABC):
    def __init__(self, value):
        super().__init__()
        self.value = value

    @abstractmethod
    def get(self):
        pass


class Impl(WithInit):
    def get(self):
        return self.value * 10


print(Impl(5).get())
try:
    WithInit(5)
except TypeError as e:
    print("TypeError:", e)


class Props(ABC):
    @property
    @abstractmethod
    def name(self):
        pass

    @classmethod
    @abstractmethod
    def make(cls):
        pass

    @staticmethod
    @abstractmethod
    def helper():
        pass


try:
    Props()
except TypeError as e:
    print("TypeError:", e)


class PropsImpl(Props):
    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"


pi = PropsImpl.make()
print(pi.name, PropsImpl.helper())


class Plain:
    @abstractmethod
    def not_enforced(self):
        return "plain classes do not check"


print(Plain().not_enforced())


class Mixin:
    def __init__(self, tag):
        self.tag = tag


class Tagged(ABC, Mixin):
    @abstractmethod
    def run(self):
        pass


class TaggedImpl(Tagged):
    def run(self):
        return "run " + self.tag


print(TaggedImpl("t1").run())
try:
    Tagged("t2")
except TypeError as e:
    print("TypeError:", e)


class Later(ABC):
    @abstractmethod
    def f(self):
        pass


Later.f = lambda self: "patched"
abc.update_abstractmethods(Later)
print(Later().f(), sorted(Later.__abstractmethods__))


class Virtual:
    pass


print(Shape.register(Virtual) is Virtual)
print(isinstance(abc.get_cache_token(), object))
