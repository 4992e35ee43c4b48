# `!=` across kinds: ints and floats take a fast path; NaN, big ints,
# mixed kinds and instances with only __eq__ must match CPython.
nan = float("nan")
class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, C) and self.v == other.v
vals = [0, 1, -1, 2**70, 1.0, 0.0, -0.0, nan, "a", "", (1,), [1], None, True, C(1), C(2)]
for a in vals:
    print([a != b for b in vals])
x = 5
n = 0
for i in range(10):
    if i != x:
        n += 1
print(n, nan != nan, 1 != 1.0, 2**64 != 2**64)
