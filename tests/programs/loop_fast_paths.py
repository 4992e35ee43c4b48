# Inline reductions over generator expressions (sum/any/all/max/min) and
# two-name loops over enumerate()/zip(), with the builtins shadowed too.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in xs), sum(x for x in xs if x % 2), sum((x / 2 for x in xs), 0.5))
print(any(x > 8 for x in xs), any(x > 9 for x in xs), all(x > 0 for x in xs), all(x < 9 for x in xs))
print(max(x for x in xs), min(-x for x in xs), max(len(w) for w in "a bb ccc".split()))
print(sum(i * j for i in range(4) for j in range(i) if j))
def gen_side():
    seen = []
    r = any(seen.append(x) or x == 4 for x in xs)
    return r, seen
print(gen_side())
try:
    max(x for x in [])
except ValueError as e:
    print("ValueError:", e)
try:
    sum((s for s in ["a"]), "")
except TypeError as e:
    print("TypeError:", e)
def shadow():
    sum = lambda g: list(g)
    return sum(x for x in range(3))
print(shadow())
print(sum(x for x in [1.5, 2]), max((a, b) for a, b in enumerate("ba")))
funcs = [lambda: i for i in range(3)]
print(sum(f() for f in funcs), sum(g() for g in [lambda: x for x in range(2)]))
total = 0
def outer():
    k = 10
    return sum(k + v for v in range(3)), all(isinstance(v, int) for v in [1, True])
print(outer())
xs = [10, 20, 30]
for i, x in enumerate(xs):
    print(i, x)
for a, b in zip(xs, "abcd"):
    print(a, b)
else:
    print("done")
for a, b in zip("abcd", xs):
    if b == 20:
        break
    print(a, b)
print([i * x for i, x in enumerate(xs)], {k: v for k, v in zip("ab", xs)}, sum(i + j for i, j in enumerate(xs)))
x = [5, 6]
print([x for x, y in enumerate(x)])
print([(i, c) for i, s in enumerate(["ab", "c"]) for j, c in enumerate(s)])
def enumerate(seq):
    return [(0, 0)]
for i, x in enumerate(xs):
    print("shadowed", i, x)
del enumerate
for [i, x] in enumerate("hi"):
    print(i, x)
it = iter([1, 2, 3])
for a, b in zip(it, [7]):
    print(a, b)
print(list(it))
try:
    for a, b in zip(1, 2):
        pass
except TypeError as e:
    print(e)
d = {"k": 1}
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
