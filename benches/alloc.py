# Benchmark: allocation of many small, short-lived objects. Repeatedly builds
# lists of tuples, small lists, dicts and class instances (including a linked
# list and a binary tree), reads them once and drops them, so allocation and
# deallocation dominate.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next):
        self.value = value
        self.next = next


class Tree:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def make_tree(depth):
    if depth == 0:
        return Tree(None, None)
    return Tree(make_tree(depth - 1), make_tree(depth - 1))


def tuples(n):
    pairs = [(i, i * 2, str(i)) for i in range(n)]
    return sum(a + b + len(s) for a, b, s in pairs)


def points(n):
    pts = [Point(i, -i) for i in range(n)]
    pts = [p.moved(1, 2) for p in pts]
    return sum(p.x * p.y for p in pts) % 1000003


def linked_list(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    total = 0
    while head is not None:
        total += head.value
        head = head.next
    return total


def small_lists(n):
    rows = []
    for i in range(n):
        rows.append([i, i + 1, i + 2])
        if len(rows) > 100:
            rows = rows[50:]
    return sum(len(r) for r in rows)


def records(n):
    total = 0
    for i in range(n):
        record = {"id": i, "name": "item", "tags": (i % 3, i % 5)}
        total += record["id"] + sum(record["tags"])
    return total


def main(rounds):
    results = [0, 0, 0, 0, 0, 0]
    for _ in range(rounds):
        results[0] += tuples(20000)
        results[1] += points(20000)
        results[2] += linked_list(20000)
        results[3] += small_lists(20000)
        results[4] += records(20000)
        results[5] += make_tree(12).check()
    print(" ".join(str(r) for r in results))


main(30)
