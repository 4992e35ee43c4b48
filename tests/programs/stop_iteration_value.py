# StopIteration carries a generator's return value: next() passes it on,
# `.value` reads it, and a default answers instead.
def g():
    yield 1
    return "done"


def h():
    yield 1


it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)
try:
    next(it)
except StopIteration as e:
    print("again:", repr(e.value), e.args)
it = h()
print(next(it), next(it, "default"), next(it, "default2"))
try:
    next(h() and it)
except StopIteration as e:
    print("none:", e.value, e.args)
print(next(g(), 0), next(iter([]), "empty"))
try:
    raise StopIteration(5, 6)
except StopIteration as e:
    print(e.value, e.args)
e = StopIteration()
print(e.value)


class Stop(StopIteration):
    pass


print(Stop("x").value)


class Countdown:
    def __init__(self):
        self.n = 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("spent")
        self.n -= 1
        return self.n


c = Countdown()
print(next(c))
try:
    next(c)
except StopIteration as e:
    print("iterator:", e.value)
print(next(c, "dflt"))


def outer():
    r = yield from g()
    print("got", r)


print(list(outer()))
gen = g()
print(gen.send(None))
try:
    gen.send(None)
except StopIteration as e:
    print("send:", e.value)
