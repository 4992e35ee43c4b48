# Python code that mutates containers while pyrt works on them (in __eq__,
# __lt__ during sort, nested iteration), recursion in repr, self-containing
# containers: CPython's results, never a panic.
class Evil:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False
    def __hash__(self):
        return 1
    def __lt__(self, other):
        self.target.append(0)
        return True

xs = [1, 2, 3]
e = Evil(xs)
xs.append(e)
print(e in xs, xs.count(e), len(xs))
ys = [Evil([]) for _ in range(3)]
try:
    ys.sort()
    print("sorted")
except ValueError as err:
    print("ValueError", err)
zs = []
w = Evil(zs)
zs.extend([w, w, w])
try:
    zs.sort()
except ValueError as err:
    print("ValueError:", err)
print(len(zs) >= 3)
d = {}
k = Evil([])
d[k] = 1
print(d.get(Evil([])))
s = set([Evil([]), 1])
print(len(s))
def gen():
    yield 1
    yield 2
g = gen()
for x in g:
    for y in g:
        print(x, y)
class Rec:
    def __repr__(self):
        return repr(self)
try:
    repr(Rec())
except RecursionError as err:
    print("RecursionError")
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError:
    print("deep RecursionError")
l = [1]
l.append(l)
print(l, str(l))
dd = {}
dd["self"] = dd
print(dd)
it = iter([1, 2, 3])
print(list(zip(it, it)))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as err:
    print(err)
print(int("9" * 50) ** 3 % 1000, float("1e400"), -float("inf"))
