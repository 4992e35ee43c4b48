# Attributes on function objects: counters, markers, what functools.wraps copies,
# and __defaults__ replaced at run time (calls see the new defaults).

def counted(f):
    def wrapper(*args):
        wrapper.calls += 1
        return f(*args)
    wrapper.calls = 0
    wrapper.__name__ = f.__name__
    wrapper.__wrapped__ = f
    return wrapper


@counted
def square(x):
    return x * x


for i in range(5):
    square(i)
print(square.calls, square.__name__, square.__wrapped__(7), hasattr(square, "marker"))
square.marker = True
print(square.marker, getattr(square, "missing", "default"))
del square.marker
print(hasattr(square, "marker"))
try:
    del square.marker
except AttributeError as e:
    print(e)
try:
    square.nothing
except AttributeError as e:
    print(e)


def greet(name, greeting="hello"):
    return greeting + " " + name


results = []
for i in range(4):
    if i == 2:
        greet.__defaults__ = ("hi",)
    results.append(greet("ann"))
print(results, greet.__defaults__)
greet.__defaults__ = None
try:
    greet("bob")
except TypeError as e:
    print(e)

import functools


def logged(f):
    @functools.wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__wrapped__ is not None)
