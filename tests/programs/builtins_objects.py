# hash, id, callable, ascii, getattr and hasattr used for a small command
# dispatcher, a memo table and identity checks.


def make_counter():
    count = [0]

    def bump(step=1):
        count[0] += step
        return count[0]
    return bump


counter = make_counter()
things = [len, counter, lambda: 0, int, zip, reversed, "text", 42, 3.5, None, [1], (1,), {"k": 1}, range(3), [].append, iter([])]
print([callable(t) for t in things])
print([type(t).__name__ for t in things if not callable(t)])

# Dispatch by method name, with a default when the object lacks it.
ops = ["upper", "title", "strip", "split", "missing"]
word = "  hello wide world  "
for op in ops:
    method = getattr(word, op, None)
    if method is None:
        print(op, "-> no such method", hasattr(word, op))
    else:
        print(op, "->", repr(method()), hasattr(word, op))
print(getattr(range(2, 20, 3), "step"), getattr(7, "real"), getattr(2.5, "imag"), getattr([], "count")(1))
print(getattr(int, "__name__"), getattr(len, "__name__"), getattr(counter, "__name__"), getattr(zip, "__name__"))
print(hasattr(dict, "fromkeys"), hasattr({}, "get"), hasattr(3, "bit_length"), hasattr(None, "x"))
bumps = [counter(), counter(5)]
print(bumps)

# Hashes: equal numbers hash alike; tuples combine their items.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False), hash(-1), hash(-2))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(0.5), hash(1e100), hash(float("inf")))
print(hash((1, 2)), hash((1, (2, 3))), hash(()), hash("abc") == hash("ab" + "c"))
memo = {}


def fib(n):
    key = hash(("fib", n))
    if key in memo:
        return memo[key]
    value = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[key] = value
    return value


print(fib(80), len(memo))

# Identity: the same object keeps its id; distinct live objects differ.
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a == c, id(None) == id(None), id(len) == id(len))
ids = [id(x) for x in [a, c, counter, memo]]
print(len(ids), len({i: 0 for i in ids}), all(map(lambda i: i > 0, ids)), type(id(a)).__name__)

# ascii escapes non-ASCII characters inside reprs.
for s in ["plain", "café", "naïve ✓", "日本", "emoji 😀", ["ü", 1, ("é",)], {"ñ": "ö"}]:
    print(ascii(s), repr(s) == ascii(s))
print(ascii(3.25), ascii(None), ascii(zip), ascii(len))
