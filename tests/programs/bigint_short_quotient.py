# Floor division of long ints whose quotient is short (the spigot case),
# checked against the identities and printed, for every sign combination.
ys = [3**90 + 1, 2**200 - 1, 2**300, 7**150 + 12345, 2**127 + 1]
qs = [0, 1, 2, 9, 10, 12345, 2**47 - 1, 2**47, 2**48, 2**60]
checksum = 0
for y in ys:
    for q in qs:
        for r in (0, 1, y // 2, y - 1):
            for dx in (-1, 0, 1):
                x = y * q + r + dx
                for sx, sy in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
                    a, b = sx * x, sy * y
                    d, m = divmod(a, b)
                    assert d == a // b and m == a % b, (a, b)
                    assert d * b + m == a
                    assert m == 0 or (m > 0) == (b > 0)
                    checksum = (checksum * 31 + d + m) % (2**61 - 1)
print(checksum)
print(divmod(3**200, 3**199 + 5))
print((10**400 + 17) // (10**399 + 3), (10**400 + 17) % (10**399 + 3))
print(divmod(-(2**200), 2**199 + 1))
x = 10**500
x //= 10**499 - 1
print(x)
y = 10**500 + 9
y %= 10**499 + 1
print(y)
