import functools
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering
import operator

# reduce
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(operator.add, [], 10), reduce(operator.add, ["x"]), reduce(max, iter([3, 9, 2])))
print(reduce(lambda acc, w: acc + [len(w)], "a bb ccc".split(), []))
for args in [(operator.add, []), (operator.add, 5), (operator.add, ())]:
    try:
        reduce(*args)
    except TypeError as e:
        print("TypeError:", e)

# partial
def power(base, exponent, *, mod=None):
    r = base ** exponent
    return r if mod is None else r % mod
square = partial(power, exponent=2)
cube_mod = partial(power, exponent=3, mod=10)
two_to = partial(power, 2)
print(square(7), cube_mod(7), two_to(10), two_to(exponent=5))
print(square.func is power, square.args, square.keywords, two_to.args, cube_mod.keywords)
p2 = partial(two_to, mod=1000)
print(p2(20), p2.func is power, p2.args, p2.keywords)
print(partial(sorted, reverse=True)([3, 1, 2]), partial(max, 5)(1, 9), partial(int, base=2)("101"))
print(partial(print, sep="-")("a", "b") is None)
pp = partial(dict, a=1)
print(pp(b=2), pp(a=5), repr(partial(len, "abc")).startswith("functools.partial(<built-in function len>"))
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)

# lru_cache with and without arguments
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

calls = []
@lru_cache
def square_of(x):
    calls.append(x)
    return x * x
print(square_of(3), square_of(3), square_of(4), calls, square_of.cache_info())
print(square_of.cache_parameters())

@lru_cache(maxsize=2)
def ident(x):
    calls.append(x)
    return x
calls.clear()
for v in [1, 2, 1, 3, 2, 1, 1]:
    ident(v)
print(calls, ident.cache_info())
info = ident.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info == (2, 5, 2, 2), tuple(info), list(info))
hits, misses, maxsize, currsize = info
print(hits + misses, info[0], len(info))

@lru_cache(3)
def slow_add(a, b=0, *, scale=1):
    calls.append((a, b, scale))
    return (a + b) * scale
calls.clear()
print(slow_add(1, 2), slow_add(1, 2), slow_add(1, b=2), slow_add(1, b=2), slow_add(a=1, b=2), slow_add(1, 2, scale=3))
print(calls, slow_add.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info())

@lru_cache()
def untyped(x):
    return type(x).__name__
print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())

@cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info())

try:
    square_of([1])
except TypeError as e:
    print("TypeError:", e)
try:
    lru_cache("big")
except TypeError as e:
    print("TypeError:", e)

class Grid:
    def __init__(self, n):
        self.n = n
        self.computed = 0
    @lru_cache(maxsize=None)
    def cell(self, i):
        self.computed += 1
        return self.n * i
g = Grid(3)
print(g.cell(2), g.cell(2), g.cell(5), g.computed, Grid.cell.cache_info())
print(fib.__name__, square_of.__wrapped__(5), Grid.cell.__name__)

# wraps / update_wrapper
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper

@logged
def greet(name, punctuation="!"):
    return "hello " + name + punctuation
print(greet("bob"), greet("amy", punctuation="?"))
print(greet.__name__, greet.__qualname__, greet.__module__, greet.__wrapped__("x"))

class Shop:
    def __init__(self):
        self.items = []
    @logged
    def add(self, item):
        self.items.append(item)
        return len(self.items)
    def __repr__(self):
        return "Shop()"
s = Shop()
print(s.add("apple"), s.add("pear"), s.items, Shop.add.__name__)

def timer(func):
    def inner(*args):
        return func(*args)
    return functools.update_wrapper(inner, func)
@timer
def halve(x):
    return x / 2
print(halve(5), halve.__name__, halve.__wrapped__ is not None)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)
@CountCalls
def double(x):
    return 2 * x
print(double(4), double(5), double.calls, double.__name__)

# cmp_to_key
def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)
words = ["pear", "fig", "apple", "kiwi", "date", "plum"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), max([3, 1, 2], key=cmp_to_key(lambda a, b: a - b)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) != K(1), K(5) > K(4), K(4) >= K(5), K(7).obj)
try:
    K(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(K(1))
except TypeError as e:
    print("TypeError:", e)

# total_ordering
@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), a >= Version(1, 2), a == Version(1, 2))
print(sorted([Version(2), Version(1, 5), Version(1)]), max(Version(3), Version(1, 9)))
try:
    a > 3
except TypeError as e:
    print("TypeError:", e)

@total_ordering
class Score:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __ge__(self, other):
        return self.v >= other.v
print(Score(1) < Score(2), Score(2) > Score(2), Score(2) <= Score(3), Score(3) >= Score(3))

@total_ordering
class Gt:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __gt__(self, other):
        return self.v > other.v
print(Gt(1) < Gt(2), Gt(2) >= Gt(2), Gt(3) <= Gt(2))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

# cached_property
class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @functools.cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.computed)
del c.area
print(c.area, c.computed)

# singledispatch
@functools.singledispatch
def describe(obj):
    return "object " + repr(obj)
@describe.register(int)
def _(obj):
    return "int " + str(obj)
@describe.register(list)
def _(obj):
    return "list of " + str(len(obj))
def describe_str(obj, suffix=""):
    return "str " + obj + suffix
describe.register(str, describe_str)
class Animal:
    pass
class Dog(Animal):
    pass
describe.register(Animal, lambda a: "animal " + type(a).__name__)
print(describe(3), describe(True), describe([1, 2]), describe("hi", suffix="!"), describe(2.5))
print(describe(Dog()), describe(Animal()), describe(None), describe.__name__)
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe.registry[object])
print(sorted(c.__name__ for c in describe.registry))
try:
    describe()
except TypeError as e:
    print("TypeError:", e)

# Decorators on methods, class and static methods, properties; attributes set on wrappers.
def counted(f):
    @functools.wraps(f)
    def w(*a, **k):
        w.count += 1
        return f(*a, **k)
    w.count = 0
    return w
class K:
    base = 10
    @classmethod
    @functools.cache
    def make(cls, n):
        return cls.base + n
    @staticmethod
    @counted
    def helper(x):
        return x * 3
    @property
    @functools.lru_cache(maxsize=None)
    def heavy(self):
        return 42
    @counted
    def meth(self, y):
        return y + 1
    @functools.lru_cache(maxsize=4)
    def cached(self, y):
        return y * 2
k = K()
print(K.make(1), K.make(1), k.make(2))
print(K.helper(2), k.helper(3), K.helper.count)
print(k.heavy, k.heavy)
print(k.meth(1), k.meth(2), K.meth.count, k.meth.count, K.meth.__qualname__, k.meth.__name__)
print(k.cached(3), k.cached(3), k.cached.cache_info(), K.cached.cache_info())
bm = k.meth
print(bm.__self__ is k, bm.__func__ is K.meth, bm == k.meth)
@counted
def top(): return "top"
print(top(), top(), top.count, top.__wrapped__.__name__)
def outer():
    @counted
    def inner(): pass
    return inner
print(outer().__qualname__)
p = functools.partial(K.meth, k)
print(p(5))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b))))
