# Attribute stores that add by a shape transition, then overwrite at the same
# sites, then meet a property, a slotted subclass and a slots violation.
class P:
    def __init__(self, v):
        self.a = v
        self.b = v * 2


ps = [P(i) for i in range(5)]
for p in ps:
    p.__init__(p.a + 10)   # the same sites now overwrite
print([(p.a, p.b) for p in ps])
q = P(1)
def seta(self, v):
    self._a = v * 100
P.a = property(lambda self: self._a, seta)
r = P(2)
print(r.a, r.b, sorted(vars(r)))
del P.a
s = P(3)
print(s.a, vars(s))
class Q(P):
    __slots__ = ()
t = Q(4)
print(t.a, t.b)
class R:
    __slots__ = ("x",)
    def __init__(self):
        self.x = 1
for _ in range(3):
    R()
class R2(R):
    __slots__ = ("y",)
    def __init__(self):
        super().__init__()
        self.y = 2
print(R2().x, R2().y)
try:
    class Bad:
        __slots__ = ("x",)
        def __init__(self, n):
            if n:
                self.x = 1
            else:
                self.z = 1
    for n in (1, 1, 0):
        Bad(n)
except AttributeError as err:
    print("AttributeError:", err)
