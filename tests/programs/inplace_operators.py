# Augmented assignment and binary operators on Python-defined objects:
# special methods that decline are called once, and errors name the
# augmented operator (`+=`, `*=`) as CPython does; cached paths in loops.

class A:
    def __mul__(self, other):
        print("A.__mul__")
        return NotImplemented
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented

a = A()
for i in range(3):
    try:
        a * 2
    except TypeError as e:
        print(e)
    try:
        a + 2
    except TypeError as e:
        print(e)
for i in range(2):
    try:
        a *= 2
    except TypeError as e:
        print(e)
    try:
        a += 2
    except TypeError as e:
        print(e)


class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        return V(self.x + other.x)
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return V(self.x * k)
    __rmul__ = __mul__


class W(V):
    def __iadd__(self, other):
        self.x -= other.x
        return self


total = V(0)
w = W(100)
for i in range(5):
    total += V(i)
    total *= 2
    w += V(i)
    if i == 2:
        V.__iadd__ = lambda self, other: V(self.x + 1000 * other.x)
print(total.x, w.x)
try:
    total *= "s"
except TypeError as e:
    print(e)
try:
    total += 1
except AttributeError as e:
    print("AttributeError", e)
print([1, 2] * 2, 3 * [0])
class I(int):
    pass
x = I(3)
x *= 2
print(x)
y = I(3)
try:
    y *= [1]
except TypeError as e:
    print(e)
print(I(2) * [7])
class P:
    def __index__(self):
        return 2
p = P()
print(p * [1])
try:
    p *= [1]
except TypeError as e:
    print(e)


def t(f):
    try:
        f()
    except TypeError as e:
        print(e)
def f1():
    x = 1
    x += "a"
def f2():
    x = [1]
    x -= [1]
def f3():
    x = "a"
    x *= "b"
def f4():
    x = 1.5
    x //= "b"
def f5():
    x = (1,)
    x += [2]
def f6():
    x = {1}
    x |= [2]
def f7():
    x = "a"
    x += 1
def f8():
    x = None
    x **= 2
for f in (f1, f2, f3, f4, f5, f6, f7, f8):
    t(f)
