import bisect
from bisect import insort, bisect_left
xs = [1, 3, 3, 5, 9]
print(bisect.bisect(xs, 3), bisect_left(xs, 3), bisect.bisect_right(xs, 0), bisect.bisect_left(xs, 10))
for v in [4, 0, 10, 3]:
    insort(xs, v)
print(xs)
words = ["apple", "fig", "banana"]
words.sort(key=len)
bisect.insort(words, "kiwi", key=len)
print(words, bisect.bisect_left(words, 5, key=len))
try:
    bisect.bisect(xs, 1, -1)
except ValueError as e:
    print(e)
