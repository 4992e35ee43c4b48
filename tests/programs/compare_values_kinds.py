# Comparisons used as values across builtin subclasses, plain objects,
# NaN and chains, and next() with a default on a generator expression.
class I(int):
    pass
class S(str):
    def __eq__(self, o):
        return NotImplemented
x = I(1) == 1, I(1) < 2, I(3) != 3, S("a") == "a", S("a") != "b", "a" == S("a")
print(x)
class E:
    pass
e = E()
print(e == e, e != e, e == 1, [e] == [e], (1, e) == (1, e))
try:
    r = e < e
except TypeError as err:
    print(err)
import math
vals = [math.nan, 1.0, 2]
print([v == v for v in vals], [v < 2 for v in vals], 1 == 1.0 == True)
def f(a, b):
    return a < b <= b == b
print(f(1, 2), f("a", "b"), f(2, 1))
gen = (i for i in range(3))
print(next(gen), next(gen), next(gen), next(gen, "end"))
