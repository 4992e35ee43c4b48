# Benchmark: digits of pi with Gibbons' unbounded spigot algorithm (as in the
# Benchmarks Game's pidigits), entirely in big-integer arithmetic. Prints the
# digits in lines of 10 followed by a tab and the running digit count.


def pi_digits():
    q, r, t, k = 1, 0, 1, 1
    while True:
        # Extract the next digit once floor((3q + r) / t) == floor((4q + r) / t).
        if 4 * q + r - t < t:
            digit = (3 * q + r) // t
            if digit == (4 * q + r) // t:
                yield digit
                q, r = 10 * q, 10 * (r - digit * t)
                continue
        # Otherwise consume the next term of the series.
        k2 = 2 * k + 1
        q, r, t, k = q * k, (2 * q + r) * k2, t * k2, k + 1


def main(n):
    line = []
    count = 0
    for digit in pi_digits():
        line.append(str(digit))
        count += 1
        if len(line) == 10:
            print("".join(line) + "\t:" + str(count))
            line = []
        if count == n:
            break
    if line:
        print("".join(line).ljust(10) + "\t:" + str(count))


main(3000)
