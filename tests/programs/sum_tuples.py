# sum() over a tuple reads the items in place; results and errors stay CPython's.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __repr__(self):
        return f"Money({self.cents})"


print(sum((1, 2, 3)), sum(()), sum((), 10), sum((1.5, 2.25)), sum((1, 2.5, True)))
print(sum((2 ** 62, 2 ** 62, 2 ** 62)), sum((-(2 ** 63), -1)))
print(sum(([1], [2, 3]), []), sum(((1,), (2,)), ()))
print(sum((Money(5), Money(7))))
print(sum(tuple(range(100000))))
windows = [tuple(range(i, i + 4)) for i in range(5)]
print([sum(w) for w in windows])


def gen_sum():
    total = 0
    for w in windows:
        total += sum(w)
        yield total


g = gen_sum()
print(next(g), g.send(None), list(g))
try:
    print(sum(("a", "b")))
except TypeError as e:
    print("TypeError:", e)
try:
    print(sum((1, "b")))
except TypeError as e:
    print("TypeError:", e)
