# Functions nested in comprehensions see the comprehension's variables
# (late binding: one variable per comprehension run).
matrix = [[1, 2, 3], [4, 5, 6]]
print([sum(row[j] * k for j in range(3)) for k, row in enumerate(matrix)])
adders = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders])
print({k: [k * j for j in range(3)] for k in range(3)})
def grid(n):
    return [" ".join("#" if (r + c) % 2 else "." for c in range(n)) for r in range(n)]
print("\n".join(grid(4)))
print([(lambda: i * i)() for i in range(4)])
