# `a[i:j] = b[k:l]` gathers the source slice's items without a list object
# in between; results, errors and evaluation order stay CPython's.


class Index:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __index__(self):
        print("index", self.name)
        return self.value


class MyList(list):
    pass


def show(label, value):
    print(label, value)
    return value


perm = list(range(8))
for k in range(1, 8):
    perm[:k + 1] = perm[k::-1]
print(perm)

a = [1, 2, 3, 4, 5]
b = ["x", "y"]
a[1:3] = b[:]
print(a)
a[:0] = b[1:]
print(a)
a[2:] = a[:2]
print(a)
a[::2] = a[1::2]
print(a)

t = (1, 2, 3)
c = [0, 0, 0, 0]
c[1:3] = t[1:]
print(c)
c[:2] = "hello"[1:3]
print(c)

m = MyList([1, 2, 3])
m[:1] = c[2:]
print(m, type(m).__name__)
n = [9, 9]
n[:] = m[:2]
print(n)

order = [1, 2, 3, 4, 5, 6]
show("target", order)[Index("lo", 0):Index("hi", 2)] = show("source", order)[Index("slo", 3):Index("shi", 5)]
print(order)

try:
    d = [1, 2, 3, 4]
    d[::2] = d[:3]
except ValueError as e:
    print("ValueError:", e)

try:
    s = "abc"
    s[:1] = s[1:]
except TypeError as e:
    print("TypeError:", e)

try:
    u = [1, 2]
    five = 5
    u[:1] = five[0:1]
except TypeError as e:
    print("TypeError:", e)

big = list(range(40))
big[5:35] = big[34:4:-1]
print(big)
