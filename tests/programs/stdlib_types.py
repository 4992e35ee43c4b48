# The types module: type objects for built-in kinds, MappingProxyType and
# SimpleNamespace.
import types
from types import SimpleNamespace, MappingProxyType


def f():
    pass


def gen():
    yield 1


class C:
    def m(self):
        pass


print(types.FunctionType, types.LambdaType, types.GeneratorType, types.MethodType)
print(types.BuiltinFunctionType, types.BuiltinMethodType, types.NoneType)
print(types.NotImplementedType, types.ModuleType)
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(gen(), types.GeneratorType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(C.m, types.MethodType))
print(isinstance(None, types.NoneType), isinstance(types, types.ModuleType))

d = {"a": 1, "b": 2}
mp = MappingProxyType(d)
print(mp, repr(mp), type(mp).__name__, len(mp), mp["a"], "a" in mp, "z" in mp)
print(list(mp), list(reversed(mp)), mp.get("z", 9), mp.keys(), mp.values(), mp.items())
print(mp == d, mp == {"a": 1}, mp == MappingProxyType(dict(d)), mp | {"c": 3})
d["c"] = 3
print(mp, mp.copy())
try:
    del mp["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    mp["q"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    mp["missing"]
except KeyError as e:
    print("KeyError:", e)

ns = SimpleNamespace(x=1, y="two")
print(ns, repr(ns), ns.x, ns.y)
ns.z = [3]
del ns.x
print(ns, vars(ns))
print(SimpleNamespace(), SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2))
print(SimpleNamespace(a=1) != SimpleNamespace(a=1), SimpleNamespace(a=1) == {"a": 1})
try:
    SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
print(ns.__hash__)


class Point(SimpleNamespace):
    pass


print(Point(x=1, y=2), Point(x=1) == SimpleNamespace(x=1))
