# Slice objects: the builtin `slice`, what `obj[a:b:c]` passes to a class's
# own subscript methods, and slice objects as keys of builtin sequences.

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


# Construction, attributes, repr.
s = slice(1, 3)
print(s, repr(s), s.start, s.stop, s.step)
print(slice(5), slice(None), slice(1, 2, 3), slice("a", [1], None), slice(-1, None, -2))
print(str(slice(1)), [slice(1, 2)], (slice(None),), f"{slice(3)}")
show(lambda: slice())
show(lambda: slice(1, 2, 3, 4))
show(lambda: slice(stop=3))
show(lambda: s.foo)


def set_start():
    s.start = 3


def del_step():
    del s.step


def set_other():
    s.other = 1


show(set_start)
show(del_step)
show(set_other)
cycle = []
cycle.append(slice(cycle, 1))
print(cycle, cycle[0])

# Types.
print(type(s), type(s) is slice, isinstance(s, slice), isinstance(3, slice), slice)
print(isinstance(s, (int, slice)), isinstance(s, object), type(s).__name__, s.__class__)
try:
    class Sub(slice):
        pass
except TypeError as e:
    print("TypeError:", e)

# Hashing: slices are unhashable in 3.11.
show(lambda: hash(slice(1)))
show(lambda: {slice(1): 2})
show(lambda: {slice(1, 2)})
show(lambda: {1: 2}[1:2])
show(lambda: {1: 2}[slice(1)])

# Comparisons, as (start, stop, step) tuples.
a, b = slice(1, 2), slice(1, 3)
print(a == slice(1, 2), a != slice(1, 2), a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == (1, 2, None), a == 1, a != "x", slice(1, 3) > slice(1, 2), a == a, a < a, a <= a)
print(slice(1, 2) < slice(1.0, 3), slice(None) == slice(None, None, None), a in [b, a])
print(sorted([slice(1, 5), slice(0, 9), slice(1, 3)]), max(slice(3, 4), slice(1, 9)))
show(lambda: a < 3)
show(lambda: 3 >= a)
show(lambda: slice(2) < slice(3))
show(lambda: slice(1, 2, 3) > slice(1, 2))
show(lambda: slice(1, 2) < slice(1.0, "a"))

# indices(length).
print(slice(None, None, -1).indices(5), slice(2, 8, 3).indices(5), slice(-100, 100).indices(3))
print(slice(None).indices(0), slice(None, None, -2).indices(0), slice(2, 1, -1).indices(0))
print(slice(10**30, -10**30, -10**20).indices(10))
print(slice(None, None, 10**30).indices(10**40))
print(slice(-10**25, None).indices(10**24), slice(True, False).indices(True))
for sl, n in [
    (slice(None, None, 0), 5),
    (slice("a"), 5),
    (slice(1, 2, 2.0), 5),
    (slice(1), -1),
    (slice(1), "x"),
    (slice(1), 2.0),
    (slice(None, None, 0), -1),
]:
    show(lambda: sl.indices(n))
show(lambda: slice(1).indices())
show(lambda: slice(1).indices(1, 2))


class MyInt(int):
    pass


print([1, 2, 3][MyInt(1):], slice(MyInt(1)).indices(5), [1, 2, 3][slice(MyInt(-1), None)])


class Two:
    def __index__(self):
        return 2


print(slice(Two(), None).indices(10), [0, 1, 2, 3][Two():], [0, 1, 2, 3][slice(None, Two())])


# A class with its own subscript methods receives slice objects.
class Recorder:
    def __init__(self):
        self.log = []

    def __getitem__(self, key):
        self.log.append(("get", key))
        return key

    def __setitem__(self, key, value):
        self.log.append(("set", key, value))

    def __delitem__(self, key):
        self.log.append(("del", key))


r = Recorder()
print(r[1:3], r[::2], r[:], r[1:], r[:-1], r[::-1], r["a":"b":"c"], r[1])
print(r[1:2, 3], r[::2, ...], r[slice(4)])
r[1:3] = [9]
r[::2] = "x"
del r[1:]
del r[::-1]
for entry in r.log:
    print(entry)
print(isinstance(r[1:2], slice), r[1:2].indices(10))


class Only:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return "slice " + repr((key.start, key.stop, key.step))
        return "item " + repr(key)


o = Only()
print(o[1:3], o[::2], o[5])


def assign():
    o[1:2] = [1]


def delete():
    del o[1:2]


show(assign)
show(delete)


class Nothing:
    pass


show(lambda: Nothing()[1:2])


def assign_nothing():
    Nothing()[1:2] = 3


show(assign_nothing)


# Builtin sequences accept slice objects as keys.
print([1, 2, 3][slice(1, None)], "abcdef"[slice(None, None, 2)], (1, 2, 3)[slice(-1, None, -1)])
print(b"xyz"[slice(1)], range(10)[slice(2, 8, 3)], "héllo"[slice(1, 3)], [1, 2, 3][slice(10, 20)])
l = [1, 2, 3, 4, 5, 6]
l[slice(1, 3)] = "ab"
print(l)
l[slice(None, None, 2)] = [0, 0, 0]
print(l)
del l[slice(None, None, 3)]
print(l)
del l[slice(1, None)]
print(l)
l = [1, 2, 3, 4]
l[1:3] += ["x"]
print(l)
show(lambda: "abc"[slice(1, 2, 0)])
show(lambda: [1][slice("a")])
show(lambda: (1, 2)[slice(None, None, 2.5)])


def del_str():
    del "abc"[slice(1)]


def del_tuple_literal_slice():
    t = (1, 2)
    del t[0:1]


def assign_tuple():
    t = (1, 2)
    t[slice(1)] = [3]


def extended_wrong_size():
    m = [1, 2, 3]
    m[slice(None, None, 2)] = [1]


show(del_str)
show(del_tuple_literal_slice)
show(assign_tuple)
show(extended_wrong_size)


# A list subclass overriding __getitem__ and delegating slices to list.
class MyList(list):
    def __getitem__(self, i):
        if isinstance(i, slice):
            return MyList(super().__getitem__(i))
        return super().__getitem__(i) * 10

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)

    def __delitem__(self, i):
        print("del", i)
        super().__delitem__(i)


m = MyList([1, 2, 3, 4, 5])
print(m[1:3], type(m[1:3]).__name__, m[::-2], m[0], m[slice(1, 2)])
m[1:3] = [7]
m[slice(0, 1)] = [8, 9]
del m[::2]
m[0:1] += [6]
print(m, list.__getitem__(m, slice(1, None)), list.__getitem__(m, 0))


# A plain list subclass (list's own methods).
class Plain(list):
    pass


p = Plain([1, 2, 3, 4])
print(p[1:3], type(p[1:3]).__name__, p[slice(None, None, -1)])
p[slice(0, 2)] = [0]
del p[slice(1, 2)]
print(p)


# A str subclass with its own __getitem__.
class Shout(str):
    def __getitem__(self, i):
        return str.__getitem__(self, i).upper()


print(Shout("hello")[1:4], Shout("hello")[slice(None, None, -1)], Shout("hello")[0])


# Classes subscripted with slices go to __class_getitem__.
class Generic:
    def __class_getitem__(cls, key):
        return (cls.__name__, key)


print(Generic[1:2], Generic[::3])
