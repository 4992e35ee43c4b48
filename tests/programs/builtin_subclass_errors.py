# Errors raised by classes deriving from builtin types, as CPython words them.


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


class D(dict):
    pass


class L(list):
    pass


class I(int):
    pass


class F(float):
    pass


class S(str):
    pass


class T(tuple):
    pass


attempt("hash dict", lambda: hash(D()))
attempt("hash list", lambda: hash(L()))
attempt("missing key", lambda: D(a=1)["b"])
attempt("dict + dict", lambda: D() + D())
attempt("dict < dict", lambda: D() < D())
attempt("dict(1)", lambda: D(1))
attempt("dict(2 args)", lambda: D({}, {}))
attempt("list + int", lambda: L([1]) + 1)
attempt("list index", lambda: L([1])[5])
attempt("list(1)", lambda: L(1))
attempt("list(2 args)", lambda: L([], []))
attempt("list kwargs", lambda: L(x=1))
attempt("list remove", lambda: L([1]).remove(2))
attempt("int + str", lambda: I(3) + "a")
attempt("str + int", lambda: "a" + I(3))
attempt("int < str", lambda: I(3) < "a")
attempt("int('x')", lambda: I("x"))
attempt("int / 0", lambda: I(1) / 0)
attempt("int % 0", lambda: I(1) % I(0))
attempt("float('x')", lambda: F("x"))
attempt("float // 0", lambda: F(1) // 0)
attempt("str + int", lambda: S("a") + 1)
attempt("str * str", lambda: S("a") * "b")
attempt("str index", lambda: S("abc")[10])
attempt("str item set", lambda: S("abc").__setitem__(0, "x"))
attempt("tuple(1)", lambda: T(1))
attempt("tuple + list", lambda: T([1]) + [2])
attempt("tuple item", lambda: T([1])[3])
attempt("bad base", lambda: type("X", (bool,), {}))
attempt("layout", lambda: type("X", (dict, list), {}))
attempt("dup base", lambda: type("X", (dict, dict), {}))
attempt("new not subtype", lambda: int.__new__(D))
attempt("new not type", lambda: tuple.__new__(5))
attempt("object.__new__ unsafe", lambda: object.__new__(D))
attempt("descriptor", lambda: dict.keys([]))
attempt("descriptor int", lambda: int.__add__("a", 1))
attempt("no attribute", lambda: D().nothing)
attempt("no attribute type", lambda: D.nothing)


class NoArgs:
    pass


class WithNew:
    def __new__(cls, x):
        return super().__new__(cls)


class WithInit:
    def __init__(self):
        super().__init__()


class InitArgs:
    def __init__(self, x):
        super().__init__(x)


attempt("takes no arguments", lambda: NoArgs(1))
attempt("new extra ok", lambda: type(WithNew(1)).__name__)
attempt("new missing", lambda: WithNew())
attempt("init extra", lambda: WithInit(1))
attempt("object init args", lambda: InitArgs(1))


class Strict(dict):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        if "bad" in self:
            raise ValueError("bad key")

    def __missing__(self, key):
        raise LookupError(f"no {key}")


attempt("init raises", lambda: Strict(bad=1))
attempt("missing raises", lambda: Strict(a=1)["zz"])
attempt("get bypasses missing", lambda: Strict(a=1).get("zz"))


class BadRepr(list):
    def __repr__(self):
        return 42


attempt("repr non-str", lambda: repr(BadRepr()))
attempt("str non-str", lambda: str(BadRepr()))
attempt("format spec", lambda: format(L([1]), "10"))
attempt("int format", lambda: format(I(42), "x"))
