# Constructs beyond the first examples: is, pass, conditional expressions,
# nested unpacking, literals in other bases, slice deletion, walrus.
x = None
print(x is None, x is not None, 0x1F, 0o17, 0b101, 1_000_000)
for i in range(3):
    pass
print("big" if i > 1 else "small", i)
(a, b), c = (1, 2), 3
print(a, b, c)
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
xs = list(range(10))
del xs[2:5]
print(xs)
del xs[::2]
print(xs)
xs[1:3] = [100, 200, 300]
print(xs)
t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(3))
n = 0
while (n := n + 1) < 5:
    pass
print(n)
values = [3, 1, 2]
values[0] += 10
print(values)
d = {"k": 1}
d["k"] *= 7
print(d)
s = "x"
s += "y" * 3
print(s, -(-5), +3, ~7, not 0)
big = 12345678901234567890123
print(big, -big, big * big, big // 7, big % 7)
print(1 if [] else 2, [] or {} or "last", 0 and 1, 5 and 6)
print(10 < 20 < 30 > 5, 1 < 2 > 3, 1 == 1.0 == True)
g = 7
def use_global():
    return g * 2
print(use_global())
g = 8
print(use_global())
def defaults(a, b=2, c=[]):
    c.append(a)
    return a + b, len(c)
print(defaults(1), defaults(1, 5), defaults(2))
print(type(1), type(1.5), type("s"), type([]), type(()), type({}), type(None), type(True))
print(isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, float))
print(int("  -42  "), int("ff", 16), int("0x1f", 0), int(3.99), int(-3.99), float("1e3"), float(" -inf "))
print(str(1.0), repr(0.1 + 0.2), 1e16, 1e-5, 2 ** -1, 2 ** 100, (-2) ** 3, 7 // -2, -7 % 3, 7.5 // 2)
print(abs(-3), abs(-2.5), min(3, 1, 2), max([1, 5, 3]), sum([1, 2, 3]), sum([0.5, 0.25], 1))
print(list("abc"), tuple([1, 2]), dict([("a", 1), ("b", 2)]), bool(""), bool("x"))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
print(ord("é"), chr(233), repr("é\n\x00"), len("héllo"))
assert 1 + 1 == 2, "math"
print("end")
