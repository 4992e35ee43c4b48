# Nested functions, closures with nonlocal (shared cells), lambdas, decorators.
def make_counter(start):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def peek():
        return count
    return increment, peek

inc, peek = make_counter(10)
print(inc(), inc(5), peek())
inc2, peek2 = make_counter(0)
print(inc2(), peek(), peek2())

def adder(n):
    return lambda x: x + n
add3 = adder(3)
print(add3(4), adder(10)(1), (lambda: "no args")())

def compose(f, g):
    def h(x):
        return f(g(x))
    return h
print(compose(add3, lambda v: v * 2)(5))

def outer():
    x = 1
    def middle():
        def inner():
            return x * 100
        return inner()
    x = 2
    return middle()
print(outer())

def trace(fn):
    def wrapper(a):
        print("calling", fn.__name__ if False else "fn", "with", a)
        return fn(a)
    return wrapper

@trace
def square(v):
    return v * v
print(square(7))

def repeat(times):
    def decorate(fn):
        def run(a):
            result = None
            for _ in range(times):
                result = fn(a)
            return result
        return run
    return decorate

calls = []
@repeat(3)
def record(v):
    calls.append(v)
    return len(calls)
print(record("x"), calls)

def fib_memo():
    memo = {}
    def fib(n):
        if n < 2:
            return n
        if n in memo:
            return memo[n]
        value = fib(n - 1) + fib(n - 2)
        memo[n] = value
        return value
    return fib
print(fib_memo()(80))

key_len = lambda s: len(s)
words = ["ccc", "a", "bb"]
words.sort(key=key_len)
print(words, sorted_by := [w for w in words])

def late_binding():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(late_binding())

def unbound_free():
    def inner():
        return value
    result = "ok"
    try_it = inner
    value = 5
    return try_it()
print(unbound_free())
