# Uncaught IndexError: list index out of range.

xs = [10, 20, 30]
print("xs[-3] =", xs[-3], "xs[2] =", xs[2])
print("slice past the end is fine:", xs[1:10])
total = 0
i = 0
while True:
    total += xs[i]
    print("running total", total)
    i += 1
print("not reached")
