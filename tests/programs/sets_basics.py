# set and frozenset: construction, printing order, methods, errors.


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print(set([5, 3, 17, 1000, -1]))
print(set(range(20)), set(), frozenset())
t = set(range(20))
for i in range(0, 20, 3):
    t.remove(i)
print(t, len(t))
t.add(100)
t.add(33)
t.add(-7)
print(t)
print({(1, 2), (3, 4)}, {(3, 4), (1, 2)})
print({x % 7 for x in range(50)}, {x * x for x in range(-5, 6)})
print({(i, j) for i in range(3) for j in range(2)})
a = 5
print({a, 3, 17, 1000, -1}, {a})

s = set()
for i in range(40):
    s.add(i * 37 % 101)
print(s)
for i in range(0, 40, 2):
    s.discard(i * 37 % 101)
print(s)
popped = [s.pop() for _ in range(5)]
print(popped, s)
s.add(1000)
s.add(-1000)
print(s)

big = set(range(100))
big.difference_update(range(0, 100, 3))
print(big)
big.update([2**40, -(2**40), 2**64, 2**61 - 1, 2**61])
print(big)

print(frozenset([1, 2]), hash(frozenset([1, 2])), hash(frozenset()))
print(hash(frozenset([(1, 2), (3, 4)])), hash(frozenset([frozenset([1]), 2])))
print({1, 2} == frozenset([2, 1]), frozenset([1]) in {frozenset([1]): 0})
fs = frozenset([3, 1, 2])
print(fs.copy() is fs, frozenset(fs) is fs, set(fs) == fs, set(fs) is fs)

s = {1, 2, 3}
print(2 in s, 9 in s, 9 not in s, len(s), bool(s), bool(set()))
print(isinstance(s, set), isinstance(fs, frozenset), isinstance(s, frozenset), type(s), type(fs))
print(sorted({"pear", "apple", "fig"}), sorted(frozenset("hello")), min(s), max(s), sum(s))
print(list({10, 20, 30}), tuple(frozenset([4, 5])))
print({1} in {frozenset([1])}, {frozenset([1, 2]): "x"}[frozenset([2, 1])])
x = {frozenset([1])}
x.remove({1})
print(x)

it = iter({1, 2, 3})
print(type(it).__name__, next(it), list(it), list(it))

s = {1, 2, 3}
attempt("remove", lambda: s.remove(9))
attempt("pop", lambda: set().pop())
attempt("hash", lambda: hash(s))
attempt("unhashable", lambda: {[1]})
attempt("member", lambda: [1] in s)
attempt("frozen add", lambda: frozenset().add(1))
attempt("too many", lambda: set(1, 2))
attempt("kwargs", lambda: frozenset(x=1))
attempt("not iterable", lambda: set(5))
attempt("add arity", lambda: s.add())
attempt("pop arity", lambda: s.pop(1))
attempt("union kwargs", lambda: s.union(x=1))
attempt("descriptor", lambda: set.add(frozenset(), 1))


def grow():
    for v in s:
        s.add(v + 10)


attempt("changed", grow)
print(s)
