# Operator sites cache the left operand's special method per operand classes;
# every way the protocol can change its answer happens inside a hot loop.

class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Num):
            return Num(self.v + other.v)
        if isinstance(other, int):
            return Num(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        return Num(other * 1000 + self.v)

    def __mul__(self, other):
        if other == "decline":
            return NotImplemented
        return Num(self.v * other)

    def __index__(self):
        return self.v

    def __repr__(self):
        return "Num(%r)" % (self.v,)


class Sub(Num):
    def __radd__(self, other):
        return "Sub.__radd__ first"


class Other:
    def __radd__(self, other):
        return "Other.__radd__"


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


results = []
for i in range(10):
    right = [Num(1), 2, Sub(3), Other(), Num(4), 5, 6, Num(7), 8, 9][i]
    if i == 6:
        Num.__add__ = lambda self, other: "replaced"
    if i == 8:
        del Num.__add__
        Num.__add__ = lambda self, other: NotImplemented
    try:
        results.append(add(Num(10), right))
    except TypeError as e:
        results.append("TypeError: " + str(e))
print(results)

out = []
for arg in [2, 3, "decline", [1, 2], 4]:
    try:
        out.append(mul(Num(2), arg))
    except TypeError as e:
        out.append("TypeError: " + str(e))
print(out)
print(mul([7], Num(3)))


class Plain:
    pass


try:
    add(Plain(), 1)
except TypeError as e:
    print(e)
for i in range(3):
    if i == 1:
        Plain.__sub__ = lambda self, other: "sub now"
    try:
        print(Plain() - i)
    except TypeError as e:
        print(e)
