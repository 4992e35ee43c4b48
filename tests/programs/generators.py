# Generators: yield, yield from with its value, send, throw, close,
# generator expressions are not used here; iteration protocol; finally.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

print(list(countdown(5)), sum(countdown(100)))
for x in countdown(3):
    print("tick", x)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

gen = fib()
print([next(gen) for _ in range(10)], type(gen).__name__)

def delegate():
    result = yield from countdown(2)
    print("inner returned", result)
    yield from [10, 20]
    return "outer done"

d = delegate()
print(list(d))

def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(next(acc), acc.send(5), acc.send(10), acc.send(27))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.args)

def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught inside:", e)
        yield "recovered"
    finally:
        print("cleanup guarded")

g = guarded()
print(next(g), g.throw(ValueError("boom")))
g.close()
g2 = guarded()
print(next(g2))
g2.close()
print("closed")

def pipeline(numbers):
    for n in numbers:
        if n % 2 == 0:
            yield n * n

def take(iterable, k):
    out = []
    for item in iterable:
        if len(out) == k:
            break
        out.append(item)
    return out

print(take(pipeline(range(100)), 5))

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()

tree = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(tree.walk()))

def stop_inside():
    yield 1
    raise StopIteration("bad")

try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)

def early_exit():
    try:
        for i in range(10):
            yield i
    finally:
        print("early exit cleanup")

for v in early_exit():
    if v == 2:
        break
print("after loop")
