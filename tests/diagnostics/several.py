z = 3j
print(eval("1"))
class A:
    def __new__(cls):
        return 1
a = A()
a.__class__ = int
