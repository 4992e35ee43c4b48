# Set displays of constants: CPython folds them into frozenset constants,
# which changes the iteration order compared with adding the items.
print({5, 3, 17, 1000, -1})
print(set([5, 3, 17, 1000, -1]))
a = 5
print({a, 3, 17, 1000, -1})
print({9, 1, 17, 33, 8, 24, 40, 64, 128, 2})
print({(1, 2), (3, 4), (5, 6), 7, -8})
for x in {5, 3, 17, 1000, -1}:
    print(x, end=" ")
print()
print([x for x in {5, 3, 17, 1000, -1}], [y for x in [0] for y in {9, 1, 17, 33, 8, 24, 40}])
print(17 in {5, 3, 17, 1000, -1}, 4 not in {5, 3, 17})
print({1, 2}, {2, 1}, {-1, -2})
