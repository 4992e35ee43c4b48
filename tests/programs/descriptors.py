# Python-defined descriptors: data descriptors (with __set__) win over the
# instance dict, non-data descriptors (only __get__) lose to it.
class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.name + " must be " + self.kind.__name__)
        obj.__dict__[self.name] = value

class Constant:
    def __init__(self, value):
        self.value = value
    def __get__(self, obj, owner):
        return self.value * 10

class Item:
    count = Typed("count", int)
    label = Constant(4)
    def __init__(self, count):
        self.count = count

item = Item(3)
print(item.count, item.label)
try:
    item.count = "many"
except TypeError as e:
    print("TypeError:", e)
item.label = "own"
print(item.label)
class A:
    pass
a = A()
a.x = 1
d = a.__dict__
d["y"] = 2
print(a.y, d, vars(a), len(d), "x" in d, list(d), type(d))
del d["x"]
print(vars(a))
