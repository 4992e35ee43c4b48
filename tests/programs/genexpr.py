# Generator expressions: lazy, their own scope, closures over enclosing locals.
def squares_total(n):
    return sum(i * i for i in range(n))

print(squares_total(10), max(len(w) for w in ["a", "abc", "ab"]))
words = ["apple", "banana", "cherry"]
g = (w.upper() for w in words if "a" in w)
print(type(g).__name__, next(g), list(g), list(g))
print(", ".join(str(x) for x in range(5)), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))

def scaled(values, factor):
    return list(v * factor for v in values)
print(scaled([1, 2, 3], 10))

pairs = list((i, j) for i in range(3) for j in range(i))
print(pairs)

def lazy_demo():
    log = []
    def tap(v):
        log.append(v)
        return v
    gen = (tap(v) for v in range(5))
    first = next(gen)
    return first, log

print(lazy_demo())
x = 10
print(list(x + i for i in range(3)), x)
print(sorted((w for w in words), key=len, reverse=True))
