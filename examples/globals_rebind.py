# A module-level global rebound inside a hot loop and read by a function on
# every iteration: the function must always see the current value.

scale = 1
offset = 0.5


def scaled(x):
    return x * scale


def shifted(x):
    return x + offset


total = 0
for i in range(1000):
    scale = i % 7
    total += scaled(i)
print("total with rebinding int:", total)

# The global changes type part-way through.
results = []
for i in range(6):
    if i == 3:
        scale = 2.5
    if i == 5:
        scale = "ab"
    results.append(scaled(i))
print("type changes:", results)

acc = 0.0
i = 0
while i < 100:
    offset = i
    acc += shifted(1)
    i += 1
print("while loop rebinding:", acc)

# A list global that is rebound (not mutated) each iteration.
table = [0]


def lookup(k):
    return table[k % len(table)]


checksum = 0
for n in range(1, 50):
    table = list(range(n, 3 * n))
    checksum += lookup(n * n + 3)
print("checksum:", checksum)

# Rebinding a global to a brand-new dict and reading it from a function.
config = {"mode": "a"}


def mode():
    return config["mode"]


seen = []
for m in ["x", "y", "z"]:
    config = {"mode": m}
    seen.append(mode())
print("modes:", seen, "final scale:", repr(scale))
