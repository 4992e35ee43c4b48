# Lists: mutation methods, slicing, sorting with key/reverse and sort stability.


def second(pair):
    return pair[1]


def neg(x):
    return -x


def str_len(s):
    return len(s)


xs = [5, 3, 8, 1]
xs.append(7)
xs.insert(0, 10)
xs.insert(100, 99)
xs.insert(-1, 42)
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.extend([2, 2, 9])
xs.extend("ab")
print(xs)
print(xs.index(8), xs.count(2), xs.count(100), 3 in xs, 100 in xs)
xs.pop()
xs.pop()
print(xs)
xs[0] = -1
xs[-1] = 90
del xs[1]
print(xs)
xs.sort()
print("sorted:", xs)
xs.sort(reverse=True)
print("reversed sort:", xs)
xs.reverse()
print("reverse():", xs)
xs.sort(key=neg)
print("key=neg:", xs)
print("slices:", xs[1:3], xs[::2], xs[::-1], xs[-2:], xs[:100], xs[5:2])
ys = xs[:]
ys.append(0)
print("copy is independent:", len(xs), len(ys))
alias = xs
alias.append(1000)
print("alias shares:", xs[-1], len(xs) == len(alias))
print("concat:", [1, 2] + [3], [0] * 4, [[]] * 2, 2 * ["a"])
grid = [[0] * 3, [0] * 3]
grid[1][2] = 5
print("grid:", grid)
print("compare:", [1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [3] > [2, 9], [1, 2] == [1, 2])
print("min/max/sum:", min(xs), max(xs), sum(xs))

# Stability: records with equal keys keep their original order.
records = [("ann", 3), ("bob", 1), ("cid", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
by_score = list(records)
by_score.sort(key=second)
print("stable by score:", by_score)
by_score.sort(key=second, reverse=True)
print("stable reverse:", by_score)
words = ["kiwi", "fig", "banana", "apple", "date", "plum", "cherry"]
words.sort(key=str_len)
print("by length:", words)
words.sort()
print("alphabetical:", words)
words.sort(key=str_len, reverse=True)
print("by length desc:", words)
mixed = [3, 1.5, -2, 2.5, 0]
mixed.sort()
print("mixed numbers:", mixed)
tuples = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
tuples.sort()
print("tuples:", tuples)

# Building lists in loops.
squares = []
for i in range(10):
    if i % 2 == 0:
        squares.append(i * i)
print("even squares:", squares)
stack = []
for ch in "abc":
    stack.append(ch)
out = ""
while stack:
    out += stack.pop()
print("stack reversed:", out, stack)
first, *rest = [10, 20, 30, 40]
print("starred:", first, rest)
*init, last = [1, 2, 3]
print("starred tail:", init, last)
a, *mid, z = "hello"
print("starred str:", a, mid, z)
print("list():", list("xyz"), list((1, 2)), list(range(3, 0, -1)), list())
print("nested:", [1, [2, [3, [4]]]], [[1, 2], [3]][0][1])
print(type(xs), isinstance(xs, list), isinstance(xs, tuple), bool([]), bool([0]))
