# Uncaught TypeError for unsupported operand types.

print("3 * 'ab' =", 3 * "ab")
print("[1] + [2] =", [1] + [2])
print("1 + 2.5 =", 1 + 2.5)
values = [1, 2, "3", 4]
total = 0
for v in values:
    total = total + v
    print("total so far", total)
print("not reached")
