class M:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k * 2


def trace(x):
    print("eval", x)
    return x


base = {"x": 1, "y": 2}
print({**base, "y": 20, **{"z": 3}})
print({trace("k1"): trace(1), **trace({"k2": 2}), trace("k1"): trace(3)})
print({**M(), "a": 0, **{"c": 1, "a": 5}})
print({**{}}, {**base})
try:
    print({**1})
except TypeError as e:
    print(e)
