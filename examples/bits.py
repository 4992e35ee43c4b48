# Bitwise operators: & | ^ ~ << >> on small, negative and big integers.


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def to_binary(n):
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    digits = ""
    while n > 0:
        digits = str(n & 1) + digits
        n >>= 1
    return sign + digits


a = 12
b = 10
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(to_binary(a), to_binary(b), to_binary(a & b), to_binary(a | b), to_binary(a ^ b))
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12, -12 << 2, -12 >> 2, -1 >> 10, -13 >> 1)
print(1 << 62, 1 << 63, 1 << 64, (1 << 64) >> 63, -(1 << 70) >> 68)
print(popcount(255), popcount(1 << 100), popcount((1 << 100) - 1), popcount(0))
print(to_binary(-37), to_binary(1 << 20))
print(True & False, True | False, True ^ True, ~True, True << 4)
big = 2 ** 80 + 2 ** 3
print(big & 15, big | 1, big ^ big, big >> 77, ~big, -big & 255)
x = 6
x &= 3
print(x, end=" ")
x |= 8
print(x, end=" ")
x ^= 5
print(x, end=" ")
x <<= 4
print(x, end=" ")
x >>= 2
print(x)
# swap without temporary
p = 1234
q = 5678
p ^= q
q ^= p
p ^= q
print("xor swap:", p, q)
# bit tricks
for n in [1, 6, 8, 40, 64, 100]:
    print(n, "power of two:", n & (n - 1) == 0, "lowest bit:", n & -n)
mask = 0
for bit in [0, 3, 5, 9]:
    mask |= 1 << bit
print("mask:", mask, to_binary(mask))
present = []
for bit in range(12):
    if mask >> bit & 1:
        present.append(bit)
print("bits set:", present)
print("precedence:", 1 + 2 << 3, 1 | 2 ^ 3 & 4, 5 & 3 == 1, -2 ** 2 >> 1)
h = 5381
for ch in "hash me":
    h = (h * 33 ^ ord(ch)) & 4294967295
print("djb2-xor hash:", h)
