LIMIT = 3
TOTAL = 0


def step(n):
    return n + 1


original_step = step


def run(n):
    global TOTAL
    value = step(n)
    TOTAL += value
    return min(value, LIMIT)


def reset():
    global TOTAL
    TOTAL = -1


def get_total():
    return TOTAL
