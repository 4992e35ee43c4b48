# divmod, pow (with a modulus), round, hex/oct/bin on realistic tasks:
# clock arithmetic, toy RSA, money rounding, base conversion.


def clock(seconds):
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    return (days, hours, minutes, secs)


for t in [0, 59, 3600, 86399, 90061, 10 ** 12]:
    print(t, clock(t))
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(2 ** 70, -3))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(5.5, -1.25), divmod(1, 0.1), divmod(-0.0, 1.0))

# Toy RSA with Python's three-argument pow and modular inverse.
p, q = 61, 53
n = p * q
phi = (p - 1) * (q - 1)
e = 17
d = pow(e, -1, phi)
print("d =", d, (d * e) % phi)
message = [72, 105, 33, 1000, 3000]
cipher = [pow(m, e, n) for m in message]
print(cipher, [pow(c, d, n) for c in cipher])
big_p = 2 ** 127 - 1
print(pow(3, big_p - 1, big_p), pow(2, 10 ** 18, 10 ** 9 + 7), pow(-3, 5, 7), pow(3, 5, -7), pow(7, -2, 11))
print(pow(2, 10), pow(2, -2), pow(2.5, 2), pow(-8, 3), pow(10, 20), pow(7, 0, 1), pow(0, 0))

# Fermat test: the witnesses that expose composites.
def fermat_liars(m):
    return [a for a in range(2, m - 1) if pow(a, m - 1, m) == 1]


print(len(fermat_liars(97)), fermat_liars(15), fermat_liars(561)[:6])

# Rounding money and measurements: half to even, on the float's exact value.
prices = [2.675, 1.005, 0.125, 0.375, 2.5, 3.5, -2.5, 1234.5678, 0.1 + 0.2]
print([round(x, 2) for x in prices])
print([round(x) for x in prices])
print([round(x, 1) for x in [0.05, 0.15, 0.25, 0.35, 0.45, 0.55]])
print([round(x, -1) for x in [5.0, 15.0, 25.0, -35.0, 44.9]])
print([round(x, -2) for x in [1234, 1250, 1350, -1250, -1251, 49, 50, 51]])
print(round(123456.789, -3), round(-0.4), round(0.5), round(1.5), round(7, 2), round(2 ** 80 + 5, -1))
print(round(1e300, -299), round(1e22, -21), round(5e-324, 323), round(1.23456789e-7, 10))


def mean(xs):
    return round(sum(xs) / len(xs), 3)


print(mean([1, 2, 2]), mean([0.1] * 7), mean([10 ** 6, 1, 1]))

# Bases: hex/oct/bin and back with int(s, base).
for v in [0, 7, 255, -255, 1024, 2 ** 64, -(2 ** 70) + 1]:
    h, o, b = hex(v), oct(v), bin(v)
    print(v, h, o, b, int(h, 16) == v, int(o, 8) == v, int(b, 2) == v)
print(hex(True), bin(False), oct(8 ** 20))


def bit_count(v):
    return bin(v).count("1")


print([bit_count(v) for v in range(16)], bit_count(2 ** 100 - 1))
checksum = 0
for i, ch in enumerate("pyrc"):
    checksum = (checksum * 31 + ord(ch) * pow(7, i, 1000003)) % 1000003
print(checksum, hex(checksum))
