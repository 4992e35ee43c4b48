import contextlib
import io
import sys
from contextlib import (AbstractContextManager, ContextDecorator, ExitStack,
                        closing, contextmanager, nullcontext, redirect_stderr,
                        redirect_stdout, suppress)


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("a") as value:
    print("body", value)

with tag("outer"), tag("inner") as inner:
    print("nested", inner)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)


@contextmanager
def catching(kind):
    try:
        yield
    except kind as e:
        print("caught inside:", type(e).__name__, e)


with catching(KeyError):
    {}["missing"]
print("after suppressed KeyError")

try:
    with catching(KeyError):
        raise TypeError("not caught")
except TypeError as e:
    print("TypeError passed through:", e)


@contextmanager
def converting():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e


try:
    with converting():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    try:
        yield 1
        yield 2
    finally:
        print("two_yields cleaned up")


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def swallow_then_yield():
    try:
        yield
    except ValueError:
        pass
    yield


try:
    with swallow_then_yield():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def passthrough():
    yield


try:
    with passthrough():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration kept:", e)

try:
    with passthrough():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("RuntimeError kept:", e)


@contextmanager
def reraise():
    try:
        yield
    except Exception:
        print("cleanup, then re-raise")
        raise


try:
    with reraise():
        raise KeyError("k")
except KeyError as e:
    print("KeyError:", e)


@tag("decorated")
def work(x):
    print("working on", x)
    return x * 2


print(work(3))
print(work(4))


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("file")) as r:
    print("using", r.name)
try:
    with closing(Resource("conn")):
        raise OSError("io failed")
except OSError as e:
    print("OSError:", e)

with nullcontext() as n:
    print("nullcontext gives", n)
with nullcontext(42) as n:
    print("nullcontext gives", n)

with suppress(KeyError, IndexError):
    [][1]
print("IndexError suppressed")
with suppress(LookupError):
    {}["x"]
print("KeyError suppressed by LookupError")
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError:", e)
with suppress(ZeroDivisionError):
    print("before")
    1 // 0
    print("never printed")

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    r = stack.enter_context(tag("in-stack"))
    print("entered", r)
    stack.push(lambda *exc: print("pushed exit sees", exc[0]))
print("stack unwound")

with ExitStack() as stack:
    stack.callback(print, "not suppressed, still runs")
    stack.push(lambda t, v, tb: t is not None and issubclass(t, KeyError))
    raise KeyError("swallowed by pushed callable")
print("after KeyError swallowed by ExitStack")

try:
    with ExitStack() as stack:
        stack.callback(print, "runs before replacement propagates")
        stack.push(lambda t, v, tb: (_ for _ in ()).throw(TypeError("from exit")))
        raise ValueError("original")
except TypeError as e:
    print("TypeError:", e)

stack = ExitStack()
stack.callback(print, "moved callback")
moved = stack.pop_all()
stack.close()
print("closed the emptied stack")
moved.close()


class NotACM:
    pass


try:
    ExitStack().enter_context(NotACM())
except TypeError as e:
    print("TypeError:", e)


class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print("Managed exit", exc[0])
        return False


with Managed() as m:
    print("AbstractContextManager enter returns self:", type(m).__name__)


class Timer(ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("stop")
        return False


@Timer()
def timed(n):
    print("timed body", n)
    return n + 1


print(timed(1))
print(contextlib.suppress.__name__, contextlib.nullcontext.__name__)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("inside", target is buf)
    with tag("captured"):
        pass
print("outside:", repr(buf.getvalue()))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


sink = Sink()
reentrant = redirect_stdout(sink)
with reentrant:
    print("once")
    with reentrant:
        print("twice")
    print("back to once")
print(sink.parts)
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
try:
    with redirect_stdout(io.StringIO()):
        raise ValueError("stdout restored")
except ValueError as e:
    print("after exception:", e)
