# A module-level function redefined with a second `def`, and rebound with
# `f = g`, while another function keeps calling it in a loop.


def step(x):
    return x + 1


def run(n, start=1):
    v = start
    for i in range(n):
        v = step(v)
    return v


print("first definition:", run(10))


def step(x):
    return x * 2 + 1


print("after second def:", run(10))


def triple(x):
    return x * 3 % 1000


step = triple
print("after step = triple:", run(10))


def halve(x):
    return x // 2


# Rebind the callee from inside the loop that drives the caller.
trace = []
for i in range(6):
    if i % 2 == 0:
        step = halve
    else:
        step = triple
    trace.append(run(3, 40 + i))
print("alternating:", trace)


def countdown(n):
    if n <= 0:
        return "done"
    return countdown(n - 1)


original = countdown


def countdown(n):
    return "replaced at " + str(n)


# `original` still recurses through the global name, which now refers to the new function.
print(original(5))
print(countdown(5))


def apply_twice(fn, x):
    return fn(fn(x))


print("function as value:", apply_twice(halve, 100), apply_twice(triple, 7), apply_twice(step, 9))
ops = [halve, triple, step]
results = []
for op in ops:
    results.append(op(10))
print("functions in a list:", results)
