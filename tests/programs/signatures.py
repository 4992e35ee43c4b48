# Keyword arguments, *args, **kwargs, keyword-only and positional-only
# parameters, shared mutable defaults, and ** at call sites.
def describe(a, b=2, *rest, scale=1, **options):
    return (a, b, rest, scale, sorted_items(options))

def sorted_items(d):
    keys = list(d.keys())
    keys.sort()
    return [(k, d[k]) for k in keys]

print(describe(1))
print(describe(1, 5, 6, 7, scale=3, z=1, y=2))
print(describe(b=9, a=8))
opts = {"scale": 10, "extra": True}
print(describe(*[1, 2, 3], **opts))

def power(base, /, exp=2):
    return base ** exp
print(power(3), power(2, exp=10), power(5, 3))

def kwonly(*, x, y=0):
    return x - y
print(kwonly(x=5), kwonly(y=1, x=5))

def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2), append_to(3, []))

def total(*numbers):
    s = 0
    for n in numbers:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(10)))

def collect(**kw):
    return len(kw), sorted_items(kw)
print(collect(), collect(a=1, b=[2]))

def outer():
    def inner(x, *, flag=False):
        return x, flag
    return inner
print(outer()(1, flag=True))

def greet(name, greeting="Hello"):
    return greeting + ", " + name + "!"
print(greet("Ada"), greet(greeting="Hi", name="Bob"))
print(max([3, 9, 2], key=lambda v: -v), min("b", "a", key=lambda s: s))
try_values = [(1, 2), (3, 4)]
print([describe(*pair) for pair in try_values])
def bad(a, b):
    return a + b
bad(1, 2, 3)
