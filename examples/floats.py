# Float repr edge cases, int/float mixing and true division.

print(0.1 + 0.2)
print(0.1 + 0.2 == 0.3)
print(1e16, 1e15, 123456789012345678.0)
print(1e-5, 0.0001, 1e-4 / 10)
print(1 / 3, 2 / 3, 10 / 4, 4 / 2)
print(-0.0, 0.0, -0.0 == 0.0)
print(0.0 * -1, -(0.0))
big = 1e300 * 1e10
print(big, -big, big > 1e308)
print(big - big)
nan = float("nan")
print(nan, nan == nan, nan != nan, nan < 1.0, nan > 1.0)
print(float("inf"), float("-inf"), float("1.5"), float(" 2.25 "), float(7))
print(1.0, 100.0, 1.5e10, 2.5e-7, 3.0e22, 1e22, 1e23)
print(float(2 ** 53), float(2 ** 53 + 1))
print(3 + 0.5, 3 * 1.5, 7 - 0.25, 2 ** 0.5, 2.0 ** 3, 9 ** 0.5)
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, 7.5 % -2)
print(1 == 1.0, 2 < 2.5, 3 > 2.999, int(2.0) == 2)
print(type(1 + 1.0), type(4 / 2), type(4 // 2), type(4.0 // 2))
print(abs(-2.5), max(1, 2.5), min(1, 2.5), min(2.0, 2), max(2, 2.0))
print(sum([0.1, 0.2, 0.3]), sum([1, 2, 0.5]))
print(int(1e18), int(-2.5), int(1e20))
print(str(1.0), repr(0.1), str(1e100), repr(-1.5e-10))
print(float("1e400"), float("-1e400"))
print(5e-324, 5e-324 / 2, 1.7976931348623157e308)
total = 0.0
for i in range(10):
    total += 0.1
print("ten tenths:", total, total == 1.0)
x = 1.0
steps = 0
while 1.0 + x != 1.0:
    x /= 2
    steps += 1
print("epsilon/2 after", steps, "halvings:", x)
print(f"{1/7} and {2.0**-3!r}")
print(bool(0.0), bool(-0.0), bool(0.5), bool(nan))
print(1.5 < 2 < 2.5, 3.0 in [1, 2, 3])
