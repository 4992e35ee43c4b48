# Uncaught ZeroDivisionError after some output.


def average(xs):
    return sum(xs) / len(xs)


print("average of [3, 5, 10]:", average([3, 5, 10]))
print("7 % 3 =", 7 % 3)
print("float division works:", 1 / 4)
data = [[1, 2], [4], []]
for row in data:
    print("row", row, "->", average(row))
print("not reached")
