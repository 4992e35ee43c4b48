# try/except/else/finally, raise, raise from, re-raise, user exception
# classes, the builtin hierarchy, finally with return/break/continue.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__("missing: " + key)
        self.key = key

def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise NotFound(key)

data = {"a": 1}
for key in ["a", "b"]:
    try:
        value = lookup(data, key)
    except AppError as e:
        print("caught", type(e).__name__, e, e.key, e.args, isinstance(e, Exception))
    else:
        print("found", value)
    finally:
        print("done with", key)

def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("zero:", e)
        return None
    except (TypeError, ValueError) as e:
        print("bad types:", e)
        return "?"
    else:
        return result
    finally:
        print("finally runs")

print(divide(1, 2), divide(1, 0), divide("x", 2))

def finally_overrides():
    try:
        return "try"
    finally:
        print("cleanup")

print(finally_overrides())

total = 0
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        total += i
    finally:
        total += 100
print(total)

def reraise():
    try:
        int("x")
    except ValueError:
        print("logging and re-raising")
        raise

try:
    reraise()
except ValueError as e:
    print("outer got:", e)

try:
    try:
        [][1]
    except IndexError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))

try:
    raise KeyError("k")
except LookupError as e:
    print("lookup error:", e, repr(e))

errors = [ZeroDivisionError, OverflowError, IndexError, KeyError, NameError, AssertionError]
for cls in errors:
    try:
        raise cls("boom")
    except ArithmeticError:
        print(cls.__name__, "is arithmetic")
    except LookupError:
        print(cls.__name__, "is lookup")
    except Exception as e:
        print(cls.__name__, "is other:", e)

def nested():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError:
        print("handled after inner finally")
        return "ok"
print(nested())

try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    print("assertion:", e)

def handler_error():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")

try:
    handler_error()
except ValueError as e:
    print(e, "| context:", repr(e.__context__))

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

with Resource("r1") as r:
    print("using", r.name)
with Resource("r2"):
    raise KeyError("suppressed")
print("after suppressed")
raise NotFound("final")
