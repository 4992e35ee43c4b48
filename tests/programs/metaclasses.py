# Metaclasses: class creation through the metaclass (__new__/__init__ with
# keywords), __call__, special methods on the class object, attributes and
# properties read from the metaclass, __instancecheck__/__subclasscheck__,
# conflicts, a function as metaclass, type(name, bases, dict).

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = "Meta"
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        obj = super().__call__(*args, **kwargs)
        return obj

    def __iter__(cls):
        return iter(cls.members)

    def __len__(cls):
        return len(cls.members)

    def __contains__(cls, x):
        return x in cls.members

    def __getitem__(cls, k):
        return cls.members[k]

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

    def describe(cls):
        return "described " + cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class A(metaclass=Meta, flag=1):
    members = [1, 2, 3]

    def __init__(self, x):
        self.x = x


print(type(A), type(A).__name__, isinstance(A, Meta), isinstance(A, type))
print(A.created_by, A.describe(), A.upper_name)
a = A(5)
print(a.x, type(a).__name__)
print(list(A), len(A), 2 in A, 9 in A, A[0])
print(repr(A), A)


class B(A):
    members = ["b"]


print(type(B).__name__, list(B), B.describe())
b = B(7)
print(b.x)

# type() with three arguments and a metaclass call by hand
C = type("C", (), {"v": 1})
print(C, C.v, type(C))
D = Meta("D", (A,), {"members": [4]})
print(D, list(D), D.__name__)


class Checker(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=Checker):
    pass


class Mallard:
    quack = True


print(isinstance(Mallard(), Duck), isinstance(3, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))


class Other(type):
    pass


try:
    class X(A, metaclass=Other):
        pass
except TypeError as e:
    print("TypeError:", e)


def func_meta(name, bases, ns):
    return f"made {name} with {sorted(k for k in ns if not k.startswith('__'))}"


class F(metaclass=func_meta):
    x = 1


print(F)


class Desc:
    def __get__(self, obj, owner):
        return ("get", obj, owner.__name__)


class HasDesc:
    d = Desc()


print(HasDesc.d, HasDesc().d[0])


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init")


print(Config() is Config())
