# Run again with PYRC_STATS=1 by tests/tests/e2e.rs, which checks that every
# cache kind below counts its 1000 executions as hits.
import math


class Point:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


def work(n):
    p = Point(2)
    table = [10, 20]
    total = 0
    for i in range(n):
        p.x = i                    # STORE_ATTR
        total = total + p.x        # LOAD_ATTR, BINARY_OP
        total += p.get()           # LOAD_METHOD
        total += table[1]          # BINARY_SUBSCR
        total += math.floor(2.5)   # LOAD_MODULE_ATTR
        total += len(table)        # LOAD_BUILTIN
        total += parity(i)         # LOAD_GLOBAL (a direct call)
    return total


def parity(v):
    return v & 1


print(work(1000))
