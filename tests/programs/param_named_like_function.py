def f(f):
    return f * 2
print(f(21))
class C:
    def m(self, m=3):
        return m
    def self(self, self_=1):
        return self_
print(C().m(), C().m(m=4), C().self())
g = lambda g: g + 1
print(g(1))
