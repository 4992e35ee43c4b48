# Benchmark: a pipeline of chained generators. Numbers flow from a source
# generator through filtering, mapping, windowing, batching and running-sum
# stages written as generator functions, generator expressions and
# `yield from`, and are consumed by sum(), max() and a for loop.


def numbers(n, seed):
    state = seed
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state >> 12


def only_odd(values):
    for v in values:
        if v & 1:
            yield v


def scaled(values, factor):
    for v in values:
        yield v * factor % 65521


def windows(values, size):
    window = []
    for v in values:
        window.append(v)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def batches(values, size):
    batch = []
    for v in values:
        batch.append(v)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total


def flatten(lists):
    for lst in lists:
        yield from lst


def take(n, values):
    for i, v in enumerate(values):
        if i >= n:
            return
        yield v


def pipeline(n, seed):
    source = numbers(n, seed)
    odd = only_odd(source)
    mapped = scaled(odd, 7)
    window_sums = (sum(w) for w in windows(mapped, 4))
    small = (s % 1000 for s in window_sums if s % 3 != 0)
    grouped = batches(small, 16)
    maxima = (max(b) for b in grouped)
    return running_total(maxima)


def main(n):
    last = 0
    count = 0
    for total in pipeline(n, 1):
        last = total
        count += 1
    print(f"{count} batches, running total {last}")
    squares = sum(x * x for x in flatten(batches(take(n // 2, numbers(n, 7)), 10)) if x % 5)
    print("sum of squares:", squares)
    print("largest window:", max(sum(w) for w in windows(numbers(n // 4, 3), 8)))
    evens = [v for v in take(10, (x for x in numbers(n, 11) if x % 2 == 0))]
    print("first evens:", evens)


main(2000000)
