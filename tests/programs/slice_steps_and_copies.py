# Slices with unit and other steps (the unit steps take a fast path), and
# slice-to-slice copies, against CPython's results.
a = list(range(10))
for lo in [None, -12, -3, 0, 2, 9, 12]:
    for hi in [None, -12, -2, 0, 3, 10, 15]:
        for st in [None, 1, -1, 2, -2, 3]:
            print(lo, hi, st, a[lo:hi:st])
b = list(range(8))
for k in range(8):
    c = b[:]
    c[:k + 1] = c[k::-1]
    print(c)
d = list(range(6))
d[1:3] = d[4:1:-1]
print(d)
d[::-1] = d[:]
print(d)
d[0:0] = d[5::-2]
print(d)
d[2:] = d[:0]
print(d)
e = [1.5, "x", (1, 2), [3]]
e[1:3] = e[3:0:-1]
print(e)
try:
    d[::2] = d[:1]
except ValueError as err:
    print(err)
t = tuple(range(7))
print(t[5:1:-1], t[::-1], t[-2::-3])
