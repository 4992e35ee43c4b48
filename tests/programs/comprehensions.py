# List and dict comprehensions: nested for/if, their own scope.
x = "outer"
squares = [x * x for x in range(6)]
print(squares, x)
pairs = [(i, j) for i in range(3) for j in range(i) if (i + j) % 2 == 1]
print(pairs)
words = ["apple", "bob", "kayak", "level", "python"]
print([w.upper() for w in words if w == w[::-1]])
lengths = {w: len(w) for w in words}
print(lengths)
inverted = {v: k for k, v in lengths.items() if v > 3}
print(inverted)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in [(0, matrix[0]), (2, matrix[2])]])
def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]
print(transpose(matrix))
def count_chars(text):
    counts = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    return {k: v for k, v in counts.items() if v > 1}
print(count_chars("mississippi"))
total = sum([n for n in range(100) if n % 7 == 0])
print(total)
