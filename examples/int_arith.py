# Integer arithmetic edge cases: floor division and modulo signs,
# powers, and the 64-bit boundaries.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, -1)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b}", f"{a} % {b} = {a % b}", f"{a} / {b} = {a / b}")

print("identity (a//b)*b + a%b == a:")
ok = True
a = -20
while a <= 20:
    for b in [-7, -3, -1, 1, 2, 5]:
        if (a // b) * b + a % b != a:
            ok = False
    a += 1
print(ok)

print("powers:")
print(2 ** 10, (-2) ** 3, (-2) ** 4, 3 ** 0, 0 ** 0)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(-2 ** 2)
print(2 ** 3 ** 2)

i64_max = 9223372036854775807
i64_min = -9223372036854775808
print("i64 max:", i64_max)
print("i64 min:", i64_min)
print("max + 1:", i64_max + 1)
print("min - 1:", i64_min - 1)
print("-min:", -i64_min)
print("abs(min):", abs(i64_min))
print("min // -1:", i64_min // -1)
print("min % -1:", i64_min % -1)
print("max * 2:", i64_max * 2)
print("max * max:", i64_max * i64_max)
print("min * -1:", i64_min * -1)
print("2 ** 63:", 2 ** 63)
print("2 ** 64 - 1:", 2 ** 64 - 1)
print("(max + 1) - 1 == max:", (i64_max + 1) - 1 == i64_max)
x = i64_max
x += 1
x -= 1
print("round trip type:", type(x), x)
print("mixed:", 7 + 2 * 3 - 8 // 3 % 2, (7 + 2) * (3 - 8) // 3)
print("unary:", -(-5), +(-5), -0, ~5, ~-1)
print("int():", int("42"), int("-17"), int(" 8 "), int(3.99), int(-3.99), int(True))
print("abs:", abs(-12), abs(12), abs(0))
print("min/max:", min(3, -1, 2), max(3, -1, 2), min([5, 4, 9]), max([5, 4, 9]))
print("sum:", sum([1, 2, 3, 4]), sum(range(101)), sum([]))
n = 1
count = 0
while n < i64_max:
    n *= 3
    count += 1
print("first power of 3 above i64 max: 3 **", count, "=", n)
