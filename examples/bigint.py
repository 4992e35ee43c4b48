# Big integers: factorials, powers of two, and arithmetic on huge values.


def factorial(n):
    result = 1
    i = 2
    while i <= n:
        result *= i
        i += 1
    return result


def digit_sum(n):
    s = 0
    for ch in str(n):
        s += int(ch)
    return s


f50 = factorial(50)
print("50! =", f50)
print("digits in 50!:", len(str(f50)))
print("digit sum of 50!:", digit_sum(f50))
p = 2 ** 200
print("2**200 =", p)
print("2**200 // 3**50 =", p // 3 ** 50)
print("2**200 % 1000000007 =", p % 1000000007)
print("-(2**200) // 7 =", -p // 7)
print("-(2**200) % 7 =", -p % 7)
print("(2**200) >> 190 =", p >> 190)
print("1 << 100 =", 1 << 100)
print("2**200 == 1 << 200:", p == 1 << 200)
print("2**200 > 2**199:", p > 2 ** 199)
print("bigint & mask:", (p - 1) & 65535)
print("bigint | 1:", p | 1)
print("bigint ^ bigint:", (p + 12345) ^ p)
print("negative bigint:", -p + 1)
print("abs:", abs(-p) == p)

a = 1
b = 1
for i in range(300):
    a, b = b, a + b
print("fib(301) =", a)
print("float of 2**100:", float(2 ** 100))
print("bigint / int:", (10 ** 30) / (10 ** 28))
print("bigint * float:", 2 ** 70 * 0.5)
print("str round trip:", int(str(f50)) == f50)
print("int('-' + 40 digits):", int("-1234567890123456789012345678901234567890"))
q = factorial(30) // factorial(28)
print("30!/28! =", q, type(q))
print("bigint shrinking back:", (2 ** 100 + 5) - 2 ** 100)
print("(2**200)**2 % 1000003:", p ** 2 % 1000003)
