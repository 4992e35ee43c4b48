# A sieve of Eratosthenes and a Collatz longest-chain search.


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            multiple = p * p
            while multiple <= limit:
                is_prime[multiple] = False
                multiple += p
        p += 1
    primes = []
    for n in range(limit + 1):
        if is_prime[n]:
            primes.append(n)
    return primes


def collatz_length(n, cache):
    steps = 0
    path = []
    while n != 1 and n not in cache:
        path.append(n)
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    base = 0
    if n != 1:
        base = cache[n]
    total = base + steps
    for m in path:
        cache[m] = total
        total -= 1
    return base + steps


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def binary_search(xs, target):
    lo = 0
    hi = len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def insertion_sort(xs):
    out = list(xs)
    for i in range(1, len(out)):
        key = out[i]
        j = i - 1
        while j >= 0 and out[j] > key:
            out[j + 1] = out[j]
            j -= 1
        out[j + 1] = key
    return out


primes = sieve(10000)
print("primes below 10000:", len(primes))
print("first 15:", primes[:15])
print("last 5:", primes[-5:])
print("sum:", sum(primes))
twin = 0
for i in range(1, len(primes)):
    if primes[i] - primes[i - 1] == 2:
        twin += 1
print("twin prime pairs:", twin)
gap = 0
gap_at = 0
for i in range(1, len(primes)):
    if primes[i] - primes[i - 1] > gap:
        gap = primes[i] - primes[i - 1]
        gap_at = primes[i - 1]
print("largest gap:", gap, "after", gap_at)

cache = {}
best = 1
best_len = 0
for start in range(1, 30000):
    length = collatz_length(start, cache)
    if length > best_len:
        best = start
        best_len = length
print("longest collatz chain below 30000 starts at", best, "with", best_len, "steps")
print("collatz(27):", collatz_length(27, {}))
print("gcd:", gcd(1071, 462), gcd(2 ** 64, 6 ** 20), gcd(17, 5))
print("binary search:", binary_search(primes, 7919), binary_search(primes, 7920), binary_search(primes, 2))
data = [31, -4, 15, 9, 26, -4, 0, 53, 8]
print("insertion sort:", insertion_sort(data), "original kept:", data[:3])
