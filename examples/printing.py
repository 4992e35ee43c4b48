# print() with sep= and end=, and the str/repr of every value kind.

print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", "c", sep="\n")
print("no newline", end="")
print(" <- continued", end="!\n")
print(1, 2, 3, sep=" + ", end=" = ")
print(1 + 2 + 3)
for i in range(5):
    print(i, end=" ")
print()
for i in range(3):
    print(i, i * i, sep=":", end="; ")
print("")
print("empty sep", "x", sep="")
print(end="")
print("only end", end="\n\n")
print("multiple", "args", 3, 4.5, None, True, [1, "two"], (3,), {"k": "v"}, sep=" | ")
print(1, "1", repr("1"), str(1), [1, "1"], sep=" ")
sep = "--"
print("sep from variable", "yes", sep=sep)
parts = ["x", "y", "z"]
line = ""
for p in parts:
    line = line + p + sep
print(line)
print("tab\tseparated", "quote\"d", 'single\'s', "back\\slash")
print("unicode: héllo ✓ 日本")
print(f"{'left'}|{5}|{-2.5}|{None}|{[1, 2]}|{'q'!r}|{(1,)}")
width = 0
row = ""
while width < 4:
    row += "*" * (width + 1) + "\n"
    width += 1
print(row, end="")
print("triangle done", sep="ignored", end=".\n")
print("A", end="")
print("B", end="")
print("C")
print(None)
print("", "")
print("", "", sep="x")
print(1.0, 2.50, -0.0, 1e-7, 12345678901234567890.0)
