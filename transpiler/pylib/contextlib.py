"""Utilities for with-statement contexts (pyrc's contextlib, after CPython
3.11's documented behaviour).

Not provided: chdir and the asynchronous context managers. The functions
contextmanager returns do not carry the generator function's __name__ or
__doc__ (pyrc functions have no settable attributes yet).
"""

import sys

__all__ = ["contextmanager", "closing", "nullcontext", "suppress",
           "redirect_stdout", "redirect_stderr", "AbstractContextManager",
           "ContextDecorator", "ExitStack"]


class AbstractContextManager:
    """A base class whose __enter__ returns self; subclasses define __exit__."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A base class that lets a context manager decorate a function: each
    call of the function runs inside the context."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator):
    """The context manager a @contextmanager function returns: the code up to
    the generator's yield is __enter__, the code after it __exit__."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds

    def _recreate_cm(self):
        # Each decorated call needs a fresh generator.
        return _GeneratorContextManager(self.func, self.args, self.kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            self.gen.close()
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator caught the exception and finished: suppress it,
            # unless the exception was this StopIteration itself.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # A StopIteration thrown in and not caught comes back as a
            # RuntimeError caused by it: let the original propagate.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        self.gen.close()
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorates a generator function that yields once so that calling it
    returns a context manager: the yielded value is what ``as`` binds, and an
    exception raised in the with block is raised at the yield."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Calls thing.close() on exit; ``as`` binds thing."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; ``as`` binds enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    """Suppresses the given exception types (and their subclasses) raised in
    the with block; execution resumes after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class redirect_stdout(AbstractContextManager):
    """Makes sys.stdout new_target inside the with block (print writes to
    it); ``as`` binds new_target. Reentrant."""

    _stream = "stdout"

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stderr(redirect_stdout):
    """Makes sys.stderr new_target inside the with block."""

    _stream = "stderr"


class _EnteredExit:
    """The __exit__ of a context manager entered by an ExitStack."""

    def __init__(self, cm, exit_method):
        self.cm = cm
        self.exit_method = exit_method

    def __call__(self, exc_type, exc, tb):
        return self.exit_method(self.cm, exc_type, exc, tb)


class _Callback:
    """A callback registered with ExitStack.callback: never suppresses."""

    def __init__(self, callback, args, kwds):
        self.callback = callback
        self.args = args
        self.kwds = kwds

    def __call__(self, exc_type, exc, tb):
        self.callback(*self.args, **self.kwds)
        return False


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks and context managers, unwound last in, first
    out when the with block ends (or close() is called); a callback that
    returns true suppresses the exception in flight."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves the callbacks to a new ExitStack and returns it."""
        new_stack = ExitStack()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Registers a context manager's __exit__ (without entering it), or
        any callable taking the three exception arguments."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(_EnteredExit(exit, exit_method))
        return exit

    def enter_context(self, cm):
        """Enters cm, pushes its __exit__, and returns __enter__'s result."""
        cls = type(cm)
        enter = getattr(cls, "__enter__", None)
        exit_method = getattr(cls, "__exit__", None)
        if enter is None or exit_method is None:
            raise TypeError("'%s.%s' object does not support the context "
                            "manager protocol" % (
                                getattr(cls, "__module__", "builtins"),
                                cls.__qualname__))
        result = enter(cm)
        self._exit_callbacks.append(_EnteredExit(cm, exit_method))
        return result

    def callback(self, func, /, *args, **kwds):
        """Registers func(*args, **kwds) to run on exit; returns func."""
        self._exit_callbacks.append(_Callback(func, args, kwds))
        return func

    def close(self):
        """Unwinds the stack now."""
        self.__exit__(None, None, None)

    def __exit__(self, exc_type, exc_value, traceback):
        received = exc_type is not None
        pending = exc_value
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            if pending is None:
                args = (None, None, None)
            else:
                args = (type(pending), pending, None)
            try:
                if cb(*args):
                    pending = None
            except BaseException as exc:
                pending = exc
        if pending is not None and pending is not exc_value:
            raise pending
        return received and pending is None
