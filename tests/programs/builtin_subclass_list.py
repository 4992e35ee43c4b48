# Classes deriving from list (and set): inherited methods, operators,
# slicing, in-place operators and overridden special methods.


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return not self


s = Stack()
print(s, len(s), s.is_empty(), bool(s))
for i in range(5):
    s.push(i * i)
print(s, s.peek(), s.pop(), s, len(s), s.is_empty())
print(s[0], s[-1], s[1:3], s[::-1], type(s[1:3]).__name__, type(s).__name__)
s[0] = 100
s[1:2] = [7, 8]
del s[-1]
print(s, 8 in s, 99 in s, s.index(8), s.count(7))
s.extend([3, 1])
s.sort()
print(s, sorted(s, reverse=True), sum(s), min(s), max(s), list(reversed(s)))
s.insert(0, -1)
s.remove(100)
s.reverse()
print(s, list(enumerate(s))[:2], list(zip(s, "abc")))
print(s + [0], [0] + s, s * 2, 2 * s, type(s + [0]).__name__, type(s * 2).__name__)
before = s
s += [42]
s *= 2
print(s is before, type(s).__name__, s)
print(s == list(s), list(s) == s, s < s + [1], s > [], s != [], Stack([1]) == Stack([1]))
print(isinstance(s, list), issubclass(Stack, list), Stack.__mro__, s.copy(), type(s.copy()).__name__)
print(str(s), repr(Stack("ab")), f"{Stack([1])}", list(Stack((1, 2))), tuple(Stack([3])))
a, b, *rest = Stack([1, 2, 3, 4])
print(a, b, rest, [x * 2 for x in Stack([1, 2])], "-".join(Stack(["x", "y"])))
s.clear()
print(s, len(s))
try:
    hash(Stack())
except TypeError as e:
    print("TypeError:", e)


class TypedList(list):
    def __init__(self, kind, items=()):
        super().__init__()
        self.kind = kind
        for item in items:
            self.append(item)

    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(item).__name__}")
        super().append(item)

    def __setitem__(self, index, value):
        if not isinstance(value, self.kind):
            raise TypeError("bad item")
        list.__setitem__(self, index, value)

    def __repr__(self):
        return f"TypedList({self.kind.__name__}, {list.__repr__(self)})"


t = TypedList(int, [1, 2])
t.append(3)
t[0] = 10
print(t, t.kind, len(t), vars(t))
for bad in ("x", 1.5):
    try:
        t.append(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    t[1] = "y"
except TypeError as e:
    print("TypeError:", e)


class Doubler(list):
    def __getitem__(self, index):
        return super().__getitem__(index) * 2

    def __len__(self):
        return 99

    def __iter__(self):
        for x in super().__iter__():
            yield -x

    def __contains__(self, item):
        return item == "anything"

    def __add__(self, other):
        return "added"

    def __iadd__(self, other):
        self.extend(other)
        self.extend(other)
        return self

    def __eq__(self, other):
        return True

    def __bool__(self):
        return False


d = Doubler([1, 2, 3])
print(d[0], d[2], len(d), list(d), "anything" in d, 1 in d, d + [1], d == 5, bool(d))
d += [4]
print(list.__len__(d), list.__repr__(d), sorted(d))


class OrderedSet(set):
    def __init__(self, items=()):
        super().__init__(items)
        self.order = list(dict.fromkeys(items))

    def add(self, item):
        if item not in self:
            self.order.append(item)
        super().add(item)

    def __iter__(self):
        return iter(self.order)

    def __repr__(self):
        return f"OrderedSet({self.order!r})"


o = OrderedSet([3, 1, 3, 2])
o.add(0)
o.add(1)
print(o, len(o), 3 in o, list(o), sorted(o), o | {9}, type(o | {9}).__name__, o & {1, 2})
print(o == {0, 1, 2, 3}, o <= {0, 1, 2, 3, 4}, isinstance(o, set), set(o) - {0})


class Tags(frozenset):
    def __repr__(self):
        return "Tags(" + ", ".join(sorted(self)) + ")"


tags = Tags(["b", "a"])
print(tags, len(tags), "a" in tags, hash(tags) == hash(frozenset("ab")), {tags: 1}[frozenset("ab")])
print(sorted(tags | {"c"}), type(tags | {"c"}).__name__, sorted(tags.union("z")))
