# Shadowing a builtin at module level, then `del` restoring the builtin.
# A function that calls len() in a loop must see whichever binding is current.


def my_len(x):
    return 100 + len_calls_marker(x)


def len_calls_marker(x):
    n = 0
    for _ in x:
        n += 1
    return n


def measure(items):
    total = 0
    for item in items:
        total += len(item)
    return total


words = ["a", "bb", "ccc"]
history = []
for round_no in range(4):
    history.append(measure(words))
print("builtin len:", history)

len = my_len
history = []
for round_no in range(4):
    history.append(measure(words))
print("shadowed len:", history)
print("direct call at module level:", len("xyz"))

del len
history = []
for round_no in range(4):
    history.append(measure(words))
print("restored len:", history)
print("direct call after del:", len("xyz"))


# Shadowing with a def of the same name, toggled inside a hot loop.
def abs(x):
    return "shadow"


def use_abs(v):
    return abs(v)


out = []
for i in range(6):
    if i == 2:
        del abs
    out.append(use_abs(-i))
print("abs over loop:", out)

max = 7
print("max is now a value:", max)
del max
print("max restored:", max(3, 9, 4))
