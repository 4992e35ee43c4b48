# Control flow: if/elif/else, while/else, for/else, break and continue.


def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"


def find_first(xs, target):
    for i in range(len(xs)):
        if xs[i] == target:
            print("  found", target, "at", i)
            break
    else:
        print("  no", target, "found")
        return -1
    return i


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False


for n in [-3, 0, 4, 7]:
    print(n, classify(n))
print(find_first([4, 8, 15, 16], 15))
print(find_first([4, 8, 15, 16], 23))
primes = []
for n in range(30):
    if is_prime(n):
        primes.append(n)
print("primes:", primes)

# while/else where the loop runs to completion
i = 0
while i < 3:
    print("while", i)
    i += 1
else:
    print("while finished normally with i =", i)

# while/else skipped by break
i = 0
while True:
    i += 1
    if i * i > 50:
        break
else:
    print("never printed")
print("first i with i*i > 50:", i)

# continue in for and while
odds = []
for k in range(12):
    if k % 2 == 0:
        continue
    if k > 9:
        break
    odds.append(k)
print("odds:", odds)
n = 0
skipped = 0
while n < 20:
    n += 1
    if n % 3 != 0:
        skipped += 1
        continue
    print(n, end=" ")
print("| skipped", skipped)

# nested loops with break only leaving the inner loop
pairs = []
for a in range(1, 6):
    for b in range(1, 6):
        if b > a:
            break
        if (a + b) % 3 == 0:
            pairs.append((a, b))
print("pairs:", pairs)

# for/else over empty sequences and strings
for x in []:
    print("never")
else:
    print("empty for runs else")
for ch in "abc":
    if ch == "z":
        break
else:
    print("no z in abc")
for k, v in {"x": 1, "y": 2}.items():
    if v == 2:
        print("found value 2 under", k)
        break
else:
    print("never printed either")

# range variants
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
total = 0
for i in range(100, -1, -7):
    total += i
print("range step -7 sum:", total)
# loop variable keeps its last value
for last in range(4):
    total -= last
print("last:", last, "total:", total)
