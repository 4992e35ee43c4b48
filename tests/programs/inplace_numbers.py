# Augmented assignment on ints and floats: the in-place fast path must give
# exactly the binary operator's results and errors, and the bitwise ones
# must still name the augmented operator when a float is involved.


def bitwise_errors(x):
    out = []
    for k in range(5):
        y = x
        try:
            if k == 0:
                y <<= 2
            elif k == 1:
                y >>= 2
            elif k == 2:
                y &= 2
            elif k == 3:
                y |= 2
            else:
                y ^= 2
        except TypeError as e:
            out.append(str(e))
    return out


def arithmetic():
    a = 1.5
    b = 2
    a += b
    print(a)
    a -= 1
    print(a)
    a *= 3
    print(a)
    a /= 2
    print(a)
    a //= 0.5
    print(a)
    a %= 4
    print(a)
    a **= 2
    print(a)
    a -= 0.1
    print(a)


def overflow():
    i = 7
    i += 2 ** 62
    i += 2 ** 62
    print(i)
    i = -9223372036854775807
    i -= 5
    print(i)
    i = 3
    i *= 4611686018427387904
    print(i)
    i = 7
    i //= 2
    print(i)
    i %= 3
    print(i)
    i = 3
    i **= 70
    print(i)
    i = 7
    i /= 2
    print(i)
    i = -7
    i //= 2
    print(i)
    i = -7
    i %= 3
    print(i)


def zero_division():
    for k in range(4):
        try:
            if k == 0:
                z = 1.0
                z /= 0
            elif k == 1:
                z = 1
                z //= 0
            elif k == 2:
                z = 0.0
                z **= -1
            else:
                z = 5
                z %= 0.0
        except ZeroDivisionError as e:
            print(type(e).__name__, e)


def hot_loop(n):
    total = 0
    acc = 0.0
    for i in range(n):
        total += i
        total -= i // 2
        acc += 0.5
        acc *= 1.0000001
    return total, acc


print(bitwise_errors(1.5))
print(bitwise_errors(3))
arithmetic()
overflow()
zero_division()
print(hot_loop(100000))


# `%` by a power of two takes the low bits: the floor remainder, also for
# negative and extreme operands.
for x in [0, 1, -1, 7, -7, 8, -8, 2**62, -2**62, 2**63 - 1, -2**63, 12345678901, -12345678901]:
    print([x % d for d in [1, 2, 4, 8, 3, 2147483648, 2**62, 7]])
