"""Higher-order functions and operations on callables (pyrc's functools, after
CPython 3.11's documented behaviour).

pyrc's functions do not take new attributes yet, so `update_wrapper` (and
`wraps`) given a plain function returns a `function` object that calls it and
carries the copied attributes (binding as a method like a function does).
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'cached_property', 'singledispatch']


class _Marker:
    # Unique markers (pyrc does not make object() instances yet).
    pass


def _probe():
    pass


_FunctionType = type(_probe)

try:
    _probe.__wrapped__ = None
    _FUNCTIONS_TAKE_ATTRIBUTES = True
except AttributeError:
    _FUNCTIONS_TAKE_ATTRIBUTES = False


# update_wrapper() and wraps()

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


class function:
    """A function with settable attributes: what `update_wrapper` returns for
    a plain function while pyrc's functions cannot take attributes."""
    __module__ = 'builtins'

    def __init__(self, code):
        self._code = code

    def __call__(self, *args, **kwargs):
        return self._code(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return method(self, obj)

    def __repr__(self):
        return '<function %s at %#x>' % (getattr(self, '__qualname__', '?'), id(self))


class method:
    """A callable bound to an object, as functions bind when read from an instance."""
    __module__ = 'builtins'

    def __init__(self, func, obj):
        self.__func__ = func
        self.__self__ = obj

    def __call__(self, *args, **kwargs):
        return self.__func__(self.__self__, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.__func__, name)

    def __eq__(self, other):
        if not isinstance(other, method):
            return NotImplemented
        return self.__self__ is other.__self__ and self.__func__ == other.__func__

    def __hash__(self):
        return hash((id(self.__self__), self.__func__))

    def __repr__(self):
        name = getattr(self.__func__, '__qualname__', '?')
        return '<bound method %s of %r>' % (name, self.__self__)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped and return it.

    Copies the attributes named in `assigned` that wrapped has, updates the
    dictionaries named in `updated`, and sets __wrapped__ to wrapped."""
    if not _FUNCTIONS_TAKE_ATTRIBUTES and type(wrapper) is _FunctionType:
        wrapper = function(wrapper)
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to a wrapper function:
    `@wraps(f)` before `def wrapper(...)`."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# total_ordering()

# Each missing comparison is computed from the root one (r) and == / !=.

def _not_r_and_ne(root):
    def compare(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return not r and self != other
    return compare


def _r_or_eq(root):
    def compare(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return r or self == other
    return compare


def _not_r(root):
    def compare(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return not r
    return compare


def _not_r_or_eq(root):
    def compare(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return not r or self == other
    return compare


def _r_and_ne(root):
    def compare(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return r and self != other
    return compare


# root -> {missing comparison: how to compute it}
_CONVERT = {
    '__lt__': {'__gt__': _not_r_and_ne, '__le__': _r_or_eq, '__ge__': _not_r},
    '__le__': {'__ge__': _not_r_or_eq, '__lt__': _r_and_ne, '__gt__': _not_r},
    '__gt__': {'__lt__': _not_r_and_ne, '__ge__': _r_or_eq, '__le__': _not_r},
    '__ge__': {'__le__': _not_r_or_eq, '__gt__': _r_and_ne, '__lt__': _not_r},
}


_ORDERINGS = ('__lt__', '__le__', '__gt__', '__ge__')


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods from the one defined."""
    roots = [op for op in _ORDERINGS
             if getattr(cls, op, None) is not None
             and getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]  # prefer __lt__ to __le__ to __gt__ to __ge__
    for op, make in _CONVERT[root].items():
        if op not in roots:
            setattr(cls, op, make(root))
    return cls


# cmp_to_key()

_no_object = _Marker()


class KeyWrapper:
    """A sort key made from an old-style comparison function."""
    __slots__ = ('_cmp', 'obj')

    def __hash__(self):
        # Unhashable, with the message of CPython's type (named functools.KeyWrapper).
        raise TypeError("unhashable type: 'functools.KeyWrapper'")

    def __init__(self, cmp, obj=_no_object):
        self._cmp = cmp
        if obj is not _no_object:
            self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self._cmp, obj)

    def _compare(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0


def cmp_to_key(mycmp):
    """A key function ordering items as the old-style cmp(a, b) function does."""
    return KeyWrapper(mycmp)


# reduce()

_initial_missing = _Marker()


def reduce(function, sequence, initial=_initial_missing, /):
    """Combine the items left to right with function of two arguments:
    reduce(f, [a, b, c]) is f(f(a, b), c). initial, when given, comes first
    and is the result for an empty iterable."""
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _initial_missing:
        value = _initial_missing
        for value in it:
            break
        if value is _initial_missing:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# partial()

class partial:
    """A callable calling func with the given arguments first and keywords merged in."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if type(func) is partial:
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        if self.keywords:
            # pyrc: no ** in dict displays yet.
            merged = dict(self.keywords)
            merged.update(keywords)
            keywords = merged
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        return f"{name}({', '.join(parts)})"


# lru_cache() and cache()

class CacheInfo:
    """The named tuple (hits, misses, maxsize, currsize) cache_info() returns."""
    __slots__ = ('hits', 'misses', 'maxsize', 'currsize')
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _tuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self._tuple()

    def __iter__(self):
        return iter(self._tuple())

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._tuple()[index]

    def __eq__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._tuple()
        if not isinstance(other, tuple):
            return NotImplemented
        return self._tuple() == other

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        return hash(self._tuple())

    def _asdict(self):
        return dict(zip(self._fields, self._tuple()))


_CacheInfo = CacheInfo
del CacheInfo

_kwd_mark = _Marker()


def _make_key(args, kwds, typed):
    # As CPython: a lone int or str argument is its own key; otherwise the
    # arguments, a marker and the keyword items (and the types when typed).
    if not kwds and not typed:
        if len(args) == 1:
            only = args[0]
            if type(only) is int or type(only) is str:
                return only
        return args
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


# Links of the bounded cache's circular doubly linked list, oldest after the root.
_PREV, _NEXT, _KEY, _RESULT = 0, 1, 2, 3

_missing = _Marker()


class _lru_cache_wrapper:
    """The callable lru_cache() makes: the function plus its cache."""

    def __init__(self, user_function, maxsize, typed):
        self._function = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        root = []
        root[:] = [root, root, None, None]
        self._root = root
        update_wrapper(self, user_function)

    def __call__(self, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self._function(*args, **kwds)
        if kwds or self._typed:
            key = _make_key(args, kwds, self._typed)
        elif len(args) == 1 and (type(args[0]) is int or type(args[0]) is str):
            key = args[0]
        else:
            key = args
        cache = self._cache
        if maxsize is None:
            result = cache.get(key, _missing)
            if result is not _missing:
                self._hits += 1
                return result
            self._misses += 1
            result = self._function(*args, **kwds)
            cache[key] = result
            return result

        link = cache.get(key)
        if link is not None:
            # Move the link to the most recently used end.
            root = self._root
            link_prev, link_next, _key, result = link
            link_prev[_NEXT] = link_next
            link_next[_PREV] = link_prev
            last = root[_PREV]
            last[_NEXT] = root[_PREV] = link
            link[_PREV] = last
            link[_NEXT] = root
            self._hits += 1
            return result
        self._misses += 1
        result = self._function(*args, **kwds)
        if key in cache:
            # The call itself cached this key: keep that entry.
            return result
        root = self._root
        if len(cache) >= maxsize:
            # Reuse the root as the new entry; the oldest link becomes the root.
            oldroot = root
            oldroot[_KEY] = key
            oldroot[_RESULT] = result
            root = oldroot[_NEXT]
            oldkey = root[_KEY]
            root[_KEY] = root[_RESULT] = None
            self._root = root
            del cache[oldkey]
            cache[key] = oldroot
        else:
            last = root[_PREV]
            link = [last, root, key, result]
            last[_NEXT] = root[_PREV] = link
            cache[key] = link
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return method(self, obj)

    def cache_info(self):
        """The hits, misses, maxsize and current size of the cache."""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Empty the cache and reset its statistics."""
        self._cache.clear()
        root = self._root
        root[:] = [root, root, None, None]
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __repr__(self):
        return '<functools._lru_cache_wrapper object at %#x>' % id(self)


def lru_cache(maxsize=128, typed=False):
    """Decorator remembering the results of the last `maxsize` distinct calls.

    maxsize None keeps every result; typed caches arguments of different
    types apart. Use as @lru_cache, @lru_cache() or @lru_cache(maxsize, typed);
    the result has cache_info(), cache_clear() and cache_parameters()."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function, /):
    """lru_cache(maxsize=None): remember the result of every distinct call."""
    return _lru_cache_wrapper(user_function, None, False)


# cached_property()

class cached_property:
    """A property computed once per instance, then kept as an ordinary attribute."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            # pyrc does not call __set_name__ yet: the function's name stands in.
            self.attrname = self.func.__name__
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f"instance to cache {self.attrname!r} property.")
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _missing)
        if val is _missing:
            val = self.func(instance)
            cache[self.attrname] = val
        return val


# singledispatch()

def _find_impl(cls, registry):
    # The implementation registered for the nearest class in cls's MRO.
    mro = getattr(cls, '__mro__', None)
    if mro is not None:
        for base in mro:
            if base in registry:
                return registry[base]
        return registry[object]
    # pyrc's builtin types have no __mro__ yet: take the most derived
    # registered class cls is a subclass of.
    best = object
    for base in registry:
        if issubclass(cls, base) and issubclass(base, best):
            best = base
    return registry[best]


class _SingleDispatchFunction:
    """A generic function dispatching on the class of its first argument."""

    def __init__(self, func):
        self.registry = {object: func}
        self._cache = {}
        self._funcname = getattr(func, '__name__', 'singledispatch function')
        update_wrapper(self, func)

    def dispatch(self, cls):
        """Return the implementation for cls (registered for the nearest class in its MRO)."""
        impl = self._cache.get(cls)
        if impl is None:
            impl = _find_impl(cls, self.registry)
            self._cache[cls] = impl
        return impl

    def register(self, cls, func=None):
        """Register func for cls: @f.register(cls), f.register(cls, func),
        or @f.register on a function whose first parameter is annotated."""
        if isinstance(cls, type):
            if func is None:
                return lambda f: self.register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            func = cls
            annotations = getattr(func, '__annotations__', None)
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {func!r}. "
                    "Use either `@register(some_class)` or plain `@register` "
                    "on an annotated function.")
            argname, cls = next(iter(annotations.items()))
            if not isinstance(cls, type):
                raise TypeError(
                    f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        self.registry[cls] = func
        self._cache.clear()
        return func

    def _clear_cache(self):
        self._cache.clear()

    def __call__(self, /, *args, **kw):
        if not args:
            raise TypeError(f'{self._funcname} requires at least 1 positional argument')
        return self.dispatch(args[0].__class__)(*args, **kw)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return method(self, obj)


def singledispatch(func):
    """Single-dispatch generic function decorator: the implementation called
    depends on the class of the first argument (see register())."""
    return _SingleDispatchFunction(func)
