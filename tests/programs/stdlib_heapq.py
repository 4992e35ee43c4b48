import heapq
from heapq import heappush, heappop, heapify, heappushpop, heapreplace, nlargest, nsmallest, merge

# A pseudo-random sequence without the random module.
def numbers(n, seed=7):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 100)
    return out

data = numbers(20)
print(data)
h = []
for v in data:
    heappush(h, v)
print(h)
print([heappop(h) for _ in range(len(h))])

h = list(data)
heapify(h)
print(h)
print(heappushpop(h, 1), heappushpop(h, 50), h[:5])
print(heapreplace(h, 1), heapreplace(h, 99), h[:5])
print(heapq.heappushpop([], 3))

# Tuples and a priority queue with tie-breaking.
tasks = []
for i, (prio, name) in enumerate([(3, "write"), (1, "plan"), (3, "test"), (2, "code"), (1, "think")]):
    heappush(tasks, (prio, i, name))
while tasks:
    prio, _, name = heappop(tasks)
    print(prio, name)

# Objects with __lt__ only.
class Job:
    def __init__(self, cost, label):
        self.cost = cost
        self.label = label
    def __lt__(self, other):
        return self.cost < other.cost
    def __repr__(self):
        return f"Job({self.cost}, {self.label!r})"

jobs = [Job(5, "a"), Job(2, "b"), Job(8, "c"), Job(2, "d"), Job(1, "e")]
heapify(jobs)
print(jobs)
print([heappop(jobs).label for _ in range(5)])

# nlargest / nsmallest, with keys and ties (stable, as sorted()).
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(nlargest(3, data), nsmallest(3, data))
print(nlargest(4, words, key=len), nsmallest(4, words, key=len))
print(nlargest(1, words, key=len), nsmallest(1, words, key=len), nlargest(1, []), nsmallest(0, data))
print(nlargest(100, data)[:5], nsmallest(100, iter(data))[:5], nsmallest(-1, data))
print(nlargest(3, iter(words)), nsmallest(5, (w for w in words), key=lambda w: w[-1]))
pairs = [(v % 5, i) for i, v in enumerate(data)]
print(nsmallest(6, pairs, key=lambda p: p[0]))
print(nlargest(6, pairs, key=lambda p: p[0]))

# merge
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(merge([1, 3, 5], [], [0, 9], [2])))
print(list(merge()), list(merge([5, 6])))
print(list(merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(merge([9, 5, 1], [8, 4, 0], reverse=True)))
print(list(merge([(1, "x"), (2, "x")], [(1, "y"), (2, "y")], key=lambda t: t[0])))
print(list(merge(["dddd", "a"], ["ccc", "bb"], key=len, reverse=True)))
m = merge(iter([1, 2]), iter([1, 3]))
print(next(m), next(m), list(m))

# Heap sort.
def heapsort(iterable):
    h = []
    for value in iterable:
        heappush(h, value)
    return [heappop(h) for _ in range(len(h))]
print(heapsort(numbers(15, 3)) == sorted(numbers(15, 3)))

# Max-heap helpers some programs use.
mh = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(mh)
print(mh, heapq._heappop_max(mh), heapq._heapreplace_max(mh, 0), mh)

# Errors.
for bad in [lambda: heappop([]), lambda: heapreplace([], 1), lambda: heappush((), 1),
            lambda: heapify("abc"), lambda: heappush([1, 2], "a"), lambda: heappop(None), lambda: nlargest(2, 5)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
