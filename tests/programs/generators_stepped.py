# Generators whose yields are plain statements in a loop or after it (lowered
# to step functions): several yields per item, code after a yield, break and
# continue, while loops, return values, send/throw/close, errors, re-entry,
# closures over the loop variable, and generator expressions.
import sys


def evens_and_squares(values):
    seen = 0
    for v in values:
        if v % 2:
            continue
        seen += 1
        yield v
        if v > 2:
            yield v * v
            if v > 6:
                break
        yield -v
    yield "seen %d" % seen


print(list(evens_and_squares(range(10))))


def pairs_then_total(values):
    total = 0
    for a, b in values:
        total += a * b
        yield a
        yield b
    if total > 10:
        yield "big"
        yield total
    else:
        yield "small"
    return total


print(list(pairs_then_total([(1, 2), (3, 4)])))
print(list(pairs_then_total([(1, 1)])))
g = pairs_then_total([(2, 3)])
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)


def no_loop(x):
    yield x
    if x:
        yield x + 1
    yield x + 2


print(list(no_loop(0)), list(no_loop(5)))


def early_return(values, limit):
    for i, v in enumerate(values):
        if i >= limit:
            return "stopped at %d" % i
        yield v
    return "ran out"


for limit in (2, 10):
    g = early_return("abcd", limit)
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            out.append(e.value)
            break
    print(out)


def counter(n):
    i = 0
    for _ in range(n):
        i += 1
        yield i


g = counter(5)
print(next(g), g.send("ignored"), g.send(None))
try:
    g.throw(ValueError("thrown in"))
except ValueError as e:
    print("throw:", e, list(g))
g = counter(3)
print(next(g))
g.close()
print("closed:", list(g))
g = counter(3)
g.close()
print("closed before start:", list(g))
try:
    counter(2).send(1)
except TypeError as e:
    print("TypeError:", e)


def inner_loops(rows):
    for row in rows:
        total = 0
        for x in row:
            if x < 0:
                break
            total += x
        else:
            total = -1
        while total > 10:
            total -= 10
        yield total


print(list(inner_loops([[1, 2], [5, -1, 9], [7, 8, 9]])))


def closures(n):
    for i in range(n):
        yield lambda: i * 10


print([f() for f in closures(3)])


def make_adders(base):
    for step in (1, 2):
        def add(x):
            return x + base + step
        yield add


print([f(100) for f in make_adders(5)])


def fails_at(values):
    for v in values:
        yield 10 // v


g = fails_at([5, 2, 0, 1])
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, list(g))


def raises_stop():
    for x in range(3):
        if x == 1:
            raise StopIteration("inside")
        yield x


try:
    print(list(raises_stop()))
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))


def reenter():
    for x in range(2):
        yield next(me)


me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def deep(n):
    if n:
        for x in deep(n - 1):
            yield x
    yield n


print(sum(deep(50)))
sys.setrecursionlimit(60)
try:
    print(sum(deep(100)))
except RecursionError:
    print("RecursionError")
sys.setrecursionlimit(1000)

def fib(limit):
    a, b = 0, 1
    while True:
        if a > limit:
            return "past %d" % limit
        yield a
        a, b = b, a + b


g = fib(50)
print(list(g))
print(list(fib(-1)))


def countdown(n):
    while n:
        n -= 1
        if n % 3 == 0:
            continue
        yield n
        if n == 4:
            break
    yield "done"


print(list(countdown(10)), list(countdown(3)))


# Generator expressions: conditions, nested clauses, closures and errors.
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in data if x % 2), max(x for x in data if x < 5))
print(list((a, b) for a in range(3) for b in "xy" if a != 1))
scale = 3
gen = (x * scale for x in data)
scale = 4
print(list(gen))
print(list(f() for f in [lambda: 1, lambda: 2]))
bad = (1 / x for x in [1, 0])
print(next(bad))
try:
    next(bad)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    list(x for x in 5)
except TypeError as e:
    print("TypeError:", e)
g = (x for x in range(3))
print(next(g), g.send(7), list(g), list(g))

# The generator object's names and running flag.
class Holder:
    def values(self):
        for v in (1, 2):
            yield v


def watch():
    for _ in range(2):
        yield me2.gi_running


me2 = watch()
print(me2.__name__, me2.__qualname__, Holder().values().__qualname__, me2.gi_running)
print(list(me2), me2.gi_running, (x for x in ()).__name__)
