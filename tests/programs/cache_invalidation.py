# Cached lookups must see every change: methods monkeypatched on the class and
# on one instance, class attributes changed while methods read them, base
# class attributes changed under a subclass, attributes deleted, builtins
# shadowed and restored, globals rebound — each inside a hot loop.
class Base:
    rate = 1
    def scale(self, v):
        return v * self.rate

class Child(Base):
    def compute(self, v):
        return self.scale(v) + self.rate

def doubled(self, v):
    return v * 2 * self.rate

c = Child()
other = Child()
totals = []
for i in range(12):
    if i == 3:
        Base.rate = 10
    if i == 5:
        Base.scale = doubled
    if i == 7:
        c.scale = lambda v: -v
    if i == 8:
        Child.rate = 100
    if i == 9:
        del Child.rate
    if i == 10:
        del c.scale
    if i == 11:
        del Base.scale
        Base.scale = lambda self, v: v + 1000
    totals.append((c.compute(i), other.compute(i)))
print(totals)

class Counter:
    step = 1
    def bump(self, n):
        return n + self.step

k = Counter()
n = 0
for i in range(10):
    n = k.bump(n)
    if i == 4:
        Counter.step = 5
    if i == 7:
        k.step = -1
print(n)

def length_of(x):
    return len(x)

results = []
for i in range(6):
    if i == 2:
        len = lambda x: 42
    if i == 4:
        del len
    results.append(length_of("abc"))
print(results)

factor = 2
def times(v):
    return v * factor
acc = []
for i in range(5):
    acc.append(times(i))
    factor += 1
print(acc)

class Shape:
    def area(self):
        return 0
class Square(Shape):
    def __init__(self, s):
        self.s = s
shapes = [Square(i) for i in range(4)]
areas = []
for round_ in range(3):
    if round_ == 1:
        Shape.area = lambda self: self.s * self.s
    if round_ == 2:
        Square.area = lambda self: -1
    areas.append([s.area() for s in shapes])
print(areas)
