# Locals read for the last time move instead of being copied; receivers and
# store targets are borrowed. None of that may change what a program sees.


class Node:
    def __init__(self, value, link):
        self.value = value
        self.link = link

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return lst

    def walk(self):
        out = []
        node = self
        while node is not None:
            out.append(node.value)
            node = node.link
        return out

    def me(self, other):
        return self is other


def build(n):
    head = None
    for i in range(n):
        head = Node(i, None).append_to(head)
    return head


def shared_list():
    a = [1]
    b = a
    b.append(2)
    return a, b, a is b


def cond_use(x, y):
    return x if len(x) > 1 else y


def use_after_store(x):
    holder = Node(x, None)
    x.append("more")
    return holder.value, x


def handler_use(x):
    try:
        r = int(x)
    except ValueError:
        return "bad: " + x
    return r


def gen(items):
    total = []
    for item in items:
        total.append(item)
        yield item
    return total


def capture(v):
    def inner():
        return v * 2
    return inner()


def delete_after(x):
    y = x
    del x
    return y


def self_store():
    n = Node(1, None)
    n.link = n
    return n.link is n, n.me(n)


def augmented():
    xs = [1.5, 2.5]
    node = Node(10, None)
    total = 0
    for i in range(3):
        xs[i % 2] += i * 0.5
        node.value += i
        total += node.value
    s = "a"
    s += "b" * 2
    return xs, node.value, total, s


def raises_with_moved(value):
    box = [value]
    try:
        return int(box)
    except TypeError as e:
        return str(e), box


def identities():
    a = [1]
    b = a
    return a is b, a is not b, [] is [], None is None, a is None, (a is not None)


head = build(5)
print(head.walk())
print(shared_list())
print(cond_use([1, 2], "y"), cond_use([1], "y"))
print(use_after_store([1]))
print(handler_use("12"), handler_use("x"))
g = gen([1, 2])
print(next(g), next(g), list(g))
print(capture(21))
print(delete_after("kept"))
print(self_store())
print(augmented())
print(raises_with_moved(3))
print(identities())
