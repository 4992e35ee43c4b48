# Calls with up to three positional arguments move them into the callee:
# classes of every kind (builtin bases, exceptions, ABCs, slots, a bad
# __init__, none) and plain functions and lambdas behave as in CPython.
class L(list):
    def __init__(self, a):
        super().__init__([a, a])
class D(dict):
    def __init__(self, k):
        super().__init__()
        self[k] = 1
class E(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.m = msg
class Bad:
    def __init__(self, a):
        return a
class NoInit:
    pass
from abc import ABC, abstractmethod
class A(ABC):
    @abstractmethod
    def f(self): ...
class Slot:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x
print(L(3), D("k"), repr(E("boom")), E("x").m, Slot(4).x, type(NoInit()).__name__)
for make in (lambda: Bad(1), lambda: NoInit(1), lambda: A(), lambda: Slot(), lambda: Slot(1, 2)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
f = lambda a, b: a + b
print(f(1, 2), (lambda: 5)(), len([1]), int("7"), max(1, 2, 3))
