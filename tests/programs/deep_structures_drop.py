# Long chains of nested containers and objects are freed without exhausting
# the native stack (CPython's trashcan), whatever kind of link they use.
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


class Slotted:
    __slots__ = ("value", "next")

    def __init__(self, value, next):
        self.value = value
        self.next = next


def build(n, make):
    head = None
    for i in range(n):
        head = make(i, head)
    return head


def length(head):
    count = 0
    while head is not None:
        count += 1
        head = head[1] if isinstance(head, (tuple, list)) else head.next
    return count


N = 300000
for name, make in [
    ("tuple", lambda v, n: (v, n)),
    ("list", lambda v, n: [v, n]),
    ("object", Node),
    ("slots", Slotted),
]:
    head = build(N, make)
    print(name, length(head))
    head = None
    print(name, "freed")

nested = []
for _ in range(100000):
    nested = [nested]
print(len(nested))
del nested
print("done")
