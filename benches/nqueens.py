# Benchmark: counting the solutions of the N-queens problem by backtracking,
# with sets for the attacked columns and diagonals, plus the first solution
# found by a recursive generator. Recursion, set add/remove/membership.


def count_solutions(n, row, cols, diag1, diag2):
    if row == n:
        return 1
    total = 0
    for col in range(n):
        if col in cols or row + col in diag1 or row - col in diag2:
            continue
        cols.add(col)
        diag1.add(row + col)
        diag2.add(row - col)
        total += count_solutions(n, row + 1, cols, diag1, diag2)
        cols.remove(col)
        diag1.remove(row + col)
        diag2.remove(row - col)
    return total


def solutions(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(c != col and abs(c - col) != row - r for r, c in enumerate(placed)):
            yield from solutions(n, placed + (col,))


def main():
    for n in range(4, 13):
        print(f"{n}-queens: {count_solutions(n, 0, set(), set(), set())} solutions")
    first = next(solutions(12))
    print("first 12-queens solution:", first)
    board = [" ".join("Q" if c == col else "." for c in range(8)) for col in next(solutions(8))]
    print("\n".join(board))
    print("10-queens by generator:", sum(1 for _ in solutions(10)))


main()
