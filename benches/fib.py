# Benchmark: naive recursive Fibonacci.
# fib(30) alone takes only ~0.25 s in CPython 3.11, so the size is raised to
# fib(35) (~1.5 s) to land in the 1-3 s range.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(35))
