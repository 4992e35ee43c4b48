# Benchmark: digits of pi with Gibbons' unbounded spigot algorithm (as in the
# Benchmarks Game's pidigits), entirely in big-integer arithmetic. Prints the
# digits in lines of 10 followed by a tab and the running digit count.


def pi_digits():
    # The state is the linear fractional transformation (q*x + r) / t.
    q, r, t, k = 1, 0, 1, 0
    while True:
        # Consume the next term of the series.
        k += 1
        k2 = 2 * k + 1
        q, r, t = q * k, (2 * q + r) * k2, t * k2
        if q > r:
            continue
        # A digit is safe once floor((3q + r) / t) == floor((4q + r) / t).
        digit, rem = divmod(3 * q + r, t)
        if rem + q >= t:
            continue
        yield digit
        r = 10 * (r - digit * t)
        q *= 10


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


main(7000)
