# Uncaught RecursionError from unbounded recursion (depth is not printed).


def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)


def forever(n):
    return forever(n + 1) + 1


print("bounded recursion works:", count_down(200))
print("starting unbounded recursion")
print(forever(0))
print("not reached")
