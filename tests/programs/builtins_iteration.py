# enumerate, zip, map, filter, reversed, sorted, any and all in a small
# grade-book report: lazy pipelines, closures, unpacking and nesting.
students = ["ana", "bo", "cyd", "dee", "eli"]
scores = [[88, 92, 79], [65, 70, 58], [95, 98, 100], [72, 0, 81], [55, 61, 49]]


def average(xs):
    return sum(xs) / len(xs)


averages = list(map(average, scores))
for rank, (name, avg) in enumerate(sorted(zip(students, averages), key=lambda p: -p[1]), 1):
    print(rank, name, round(avg, 2))

passed = list(filter(lambda p: p[1] >= 60, zip(students, averages)))
print("passed:", [name for name, _ in passed])
print("all sat every exam:", all(map(lambda row: all(row), scores)))
print("anyone perfect:", any(map(lambda row: 100 in row, scores)), any([]), all([]))

# Columns of the score table, and the best student per exam.
columns = list(zip(*scores))
print(columns)
for exam, column in enumerate(columns):
    best = max(zip(column, students))
    print("exam", exam, "best", best[1], best[0])

# Laziness: nothing runs until the pipeline is pulled.
log = []


def traced(tag):
    def step(x):
        log.append(tag + str(x))
        return x
    return step


pipeline = map(traced("m"), filter(traced("f"), range(4)))
print("log before:", log)
print(next(pipeline), log)
print(list(pipeline), log)
print(list(pipeline), next(pipeline, "done"))

# One iterator shared by zip pairs consecutive items.
flat = [1, 2, 3, 4, 5, 6, 7]
it = iter(flat)
print(list(zip(it, it)), next(it, None))

# Nested lazy objects and their types.
nested = zip(map(lambda s: s.upper(), students), enumerate(reversed(students)))
print(type(nested), type(map(len, [])), type(enumerate([])), type(filter(None, [])))
print(list(nested))
print(type(reversed([])), type(reversed((1,))), type(reversed("ab")), type(reversed(range(3))))
print(isinstance(zip(), zip), isinstance(reversed((1,)), reversed), isinstance(reversed([]), reversed))

# reversed over every sequence kind.
grades = {"a": 90, "b": 80, "c": 70}
print(list(reversed(grades)), list(reversed(grades.values())), list(reversed(grades.items())))
print(list(reversed(range(10, 0, -3))), "".join(reversed("stressed")), list(reversed((1, 2, 3))))

# A reversed list iterator stops for good once past the front.
queue = [1, 2, 3]
back = reversed(queue)
print(next(back))
queue.clear()
print(list(back))
queue.extend([4, 5])
print(list(back), list(reversed(queue)))

# sorted with keys, reverse and stability.
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted({w: 0 for w in words}))
print(sorted(enumerate(words), key=lambda p: (len(p[1]), -p[0]))[:4])

# zip strictness: equal lengths pass.
print(list(zip([1, 2], "ab", strict=True)))

# filter(None) keeps the truthy items; map with several iterables stops at the shortest.
print(list(filter(None, [0, 1, "", "x", [], [0], None, 2.5])))
print(list(map(lambda a, b, c: a + b * c, [1, 2, 3, 4], [10, 20, 30], [2, 2])))
print(dict(enumerate("abc", start=100)), dict(zip("xyz", map(ord, "xyz"))))
total = 0
for i, (a, b) in enumerate(zip(range(5), reversed(range(5)))):
    total += i * a * b
print(total)
