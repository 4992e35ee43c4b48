# Recursive Fibonacci and a couple of other recursive functions.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def power_set_count(items, i=0):
    if i == len(items):
        return 1
    return 2 * power_set_count(items, i + 1)


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    moves = hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    return hanoi(n - 1, via, dst, src, moves)


for i in range(15):
    print(i, fib(i))
print("fib(20) =", fib(20))
print("fact(20) =", fact(20))
print("fact(25) =", fact(25))
print("ackermann(2, 3) =", ackermann(2, 3))
print("subsets of 'abcde':", power_set_count("abcde"))
moves = hanoi(4, "A", "C", "B", [])
print("hanoi(4) moves:", len(moves))
print("first moves:", moves[:3])
print("last move:", moves[-1])
