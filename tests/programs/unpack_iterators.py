import itertools
try:
    a, b = itertools.count()
except ValueError as e:
    print(e)
def g():
    yield 1
    print("second")
    yield 2
    print("third")
    yield 3
a, b, c = g()
try:
    x, y = g()
except ValueError as e:
    print(e)
try:
    x, y, z, w = g()
except ValueError as e:
    print(e)
try:
    p, q = 5
except TypeError as e:
    print(e)
