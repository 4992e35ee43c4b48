import itertools
from itertools import (count, cycle, repeat, chain, islice, product, permutations, combinations,
                       combinations_with_replacement, accumulate, groupby, zip_longest, starmap,
                       takewhile, dropwhile, pairwise, compress, filterfalse, tee)
import operator

# Infinite iterators
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(2.5, -0.5), 4)))
c = count(7)
print(next(c), next(c), repr(c), repr(count()), repr(count(1, 2)), repr(count(1.5)), repr(count(0, 1.0)))
print(list(zip(count(1), "abc")))
next_id = count(100).__next__
print(next_id(), next_id(), isinstance(c, count), isinstance(repeat(1), repeat))
print(list(islice(cycle("abc"), 8)), list(islice(cycle([]), 3)))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -2)), list(islice(repeat(None), 2)))
print(repr(repeat("a")), repr(repeat(5, 2)), list(map(pow, range(5), repeat(2))))

# chain
print(list(chain("ab", [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(["ab", "cd"])))
print(list(chain.from_iterable([[1], [], [2, 3]])), "".join(chain("x", "yz")))
ch = chain([1], [2, 3])
print(next(ch), list(ch))

# islice
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 2)), next(it))
print(list(islice("abcdefg", 2, None)), list(islice("abcdefg", 1, 6, 2)), list(islice("abcdefg", None, None, 3)))
print(list(islice(range(10), 5, 3)), list(islice(range(10), 0)), list(islice(count(), 3, 9, 2)))
for a, b, s in [(5, 3, 1), (1, 8, 3), (1, 7, 3), (2, 5, 1)]:
    it = iter(range(10))
    print(list(islice(it, a, b, s)), next(it, "end"))

# product, permutations, combinations
print(list(product("ab", [0, 1])), list(product([1, 2], repeat=2)))
print(list(product("ab", "x", repeat=2)))
print(list(product()), list(product([])), list(product([1], repeat=0)), len(list(product(range(3), repeat=4))))
print(list(permutations("abc")), list(permutations(range(4), 2))[:5])
print(list(permutations([1, 2], 3)), list(permutations([], 0)), list(permutations("ab", 0)))
print(list(combinations("abcd", 2)), list(combinations(range(5), 4)))
print(list(combinations("ab", 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 5))), len(list(combinations_with_replacement(range(5), 3))))

# accumulate
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate("abc")), list(accumulate([[1], [2]])), list(accumulate([5, 2], lambda a, b: a - b, initial=10)))

# groupby
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")], [len(list(g)) for k, g in groupby([])])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for key, group in groupby(words, key=lambda w: w[0]):
    print(key, list(group))
print([(k, len(list(g))) for k, g in groupby(sorted([3, 1, 2, 3, 1, 3]))])
groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
gb = groupby("aaabbbcc")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g2), list(g1))
print([(k, list(g)) for k, g in groupby([1, 2, 4, 5, 7], key=lambda x: x // 3)])

# zip_longest
print(list(zip_longest("abc", [1, 2])), list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(zip_longest()), list(zip_longest([1])), list(zip_longest([], [], fillvalue=0)))
print(list(zip_longest(range(3), "a", [True, False], fillvalue=None)))

# starmap, takewhile, dropwhile, pairwise, compress, filterfalse
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, [[1, 2], "ab"])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(bool, [])), list(dropwhile(bool, [1, 2])), list(takewhile(bool, [1, 2, 0, 3])))
print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("ABC", [1, 1])), list(compress(range(5), cycle([0, 1]))))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", [], None, 2])))

# tee
a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter("abcdef"), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee("xy", 4)))
x, y = tee(count())
print([next(x) for _ in range(3)], next(y))
z, = tee(x, 1)
print(next(z), next(x))
nums = iter(range(200))
p, q = tee(nums)
print(sum(p), sum(q))

# Laziness: arguments are consumed only as needed.
seen = []
def noisy(n):
    for i in range(n):
        seen.append(i)
        yield i
first = list(islice(noisy(100), 3))
print(first, seen)
seen.clear()
print(list(takewhile(lambda v: v < 2, noisy(10))), seen)
seen.clear()
print(next(chain(noisy(3), noisy(3))), seen)

# Recipes built from the pieces.
def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def unique_justseen(iterable):
    return map(next, map(operator.itemgetter(1), groupby(iterable)))
print(list(flatten([[1, 2], [3]])), list(grouper("ABCDEFG", 3, "x")), list(powerset([1, 2, 3])))
print(list(unique_justseen("AAAABBBCCDAABBB")))
print(sum(1 for _ in permutations(range(5), 3)), max(product(range(3), range(3)), key=sum))

# Errors
tests = [
    lambda: islice([], -1),
    lambda: islice([], 1, -5),
    lambda: islice([], 0, 5, 0),
    lambda: islice([], "a"),
    lambda: islice(5, 1),
    lambda: list(permutations([1, 2], -1)),
    lambda: combinations([1], -1),
    lambda: combinations_with_replacement("ab", -2),
    lambda: product([1], repeat=-1),
    lambda: repeat(1, "x"),
    lambda: count("a"),
    lambda: tee([], -1),
    lambda: cycle(5),
    lambda: zip_longest([1], 5),
    lambda: list(chain([1], 5)),
    lambda: list(starmap(pow, [5])),
    lambda: groupby(None),
    lambda: accumulate(3),
    lambda: list(accumulate([1, "a"])),
    lambda: pairwise(1),
    lambda: next(repeat(1, 0)),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
