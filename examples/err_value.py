# Uncaught ValueError from int() on a non-numeric string.

inputs = ["12", " -7 ", "0", "x"]
total = 0
for s in inputs:
    n = int(s)
    total += n
    print("parsed", repr(s), "->", n, "total", total)
print("not reached")
