class A:
    def m(self):
        pass
a = A()
b = A()
print(a.m == a.m, a.m == b.m, a.m != a.m, A.m == A.m)
class A:
    def m(self):
        pass
a = A()
d = {a.m: 1}
print(d[a.m], hash(a.m) == hash(a.m), len({a.m, a.m, A().m}))
