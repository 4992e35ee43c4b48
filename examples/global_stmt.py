# The `global` statement: functions that rebind module-level names.

counter = 0
log = []


def increment(by=1):
    global counter
    counter += by
    return counter


def reset():
    global counter, log
    counter = 0
    log = []


def record(msg):
    # no `global` needed to mutate (not rebind) a global list
    log.append(msg)


def create_late():
    global late_value
    late_value = "created inside a function"


def local_only():
    counter = 999  # a local that shadows the global
    return counter


for i in range(5):
    increment()
print("after 5 increments:", counter)
print("increment(10) returns", increment(10), "counter:", counter)
print("local_only:", local_only(), "global unchanged:", counter)
record("a")
record("b")
print("log:", log)
reset()
print("after reset:", counter, log)
create_late()
print("late_value:", late_value)


def fib_memo(n):
    global memo_hits
    if n in memo:
        memo_hits += 1
        return memo[n]
    if n < 2:
        result = n
    else:
        result = fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = result
    return result


memo = {}
memo_hits = 0
print("fib_memo(90):", fib_memo(90), "hits:", memo_hits, "entries:", len(memo))

seed = 12345


def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % 100


values = []
for i in range(10):
    values.append(rand())
print("lcg:", values, "seed:", seed)


def swap_globals():
    global left, right
    left, right = right, left


left = "L"
right = "R"
swap_globals()
print("swapped globals:", left, right)


def toggle():
    global flag
    flag = not flag


flag = False
states = []
for i in range(5):
    toggle()
    states.append(flag)
print("toggles:", states)
