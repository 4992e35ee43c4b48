# Attribute, method and operator sites on instances of builtin subclasses
# stay correct while the classes change under them.


class Box(dict):
    def __init__(self, label, **items):
        super().__init__(**items)
        self.label = label

    def size(self):
        return len(self)


class Crate(Box):
    pass


def report(b):
    return f"{b.label}:{b.size()}:{sorted(b.keys())}:{b.get('k', '-')}"


boxes = [Box("a", k=1), Crate("b"), Box("c", x=1, y=2)]
for round_ in range(3):
    print([report(b) for b in boxes])
    if round_ == 0:
        # A method added to the base class reaches every site.
        Box.size = lambda self: -len(self)
    elif round_ == 1:
        # Overriding an inherited builtin method on a subclass only.
        Crate.keys = lambda self: ["overridden"]
        Crate.get = lambda self, key, default=None: "crate-get"

for b in boxes:
    b.label = b.label.upper()
    b["new"] = len(b.label)
print([report(b) for b in boxes])


def lookups(d):
    out = []
    for key in ["k", "missing"]:
        try:
            out.append(d[key])
        except KeyError:
            out.append("KeyError")
    return out


print([lookups(b) for b in boxes])
Box.__missing__ = lambda self, key: f"default-{key}"
print([lookups(b) for b in boxes])
Crate.__getitem__ = lambda self, key: "crate-item"
print([lookups(b) for b in boxes])
del Box.__missing__
del Crate.__getitem__
print([lookups(b) for b in boxes])


class Num(int):
    pass


def combine(a, b):
    return a + b, a * b, a - b, a < b, a == b


print([combine(Num(3), x) for x in (1, Num(2), 2.5)])
Num.__add__ = lambda self, other: "custom add"
Num.__lt__ = lambda self, other: False
print([combine(Num(3), x) for x in (1, Num(2), 2.5)])
del Num.__add__
print([combine(Num(3), x) for x in (1, Num(2), 2.5)])


class Items(list):
    __slots__ = ("tag",)


items = Items([1, 2])
for i in range(3):
    items.tag = i
    items.append(items.tag)
print(items, items.tag, items.count(1), len(items))
try:
    items.other = 1
except AttributeError as e:
    print("AttributeError:", e)
Items.append = lambda self, x: list.append(self, x * 100)
items.append(5)
print(items)
