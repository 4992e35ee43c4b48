"""Standard operators as functions (pyrc's operator, after CPython 3.11's documented behaviour).

Each function performs the operation its name says with the same semantics
(and errors) as the operator itself.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

_builtin_abs = abs


# Comparisons

def lt(a, b):
    "The value of a < b."
    return a < b


def le(a, b):
    "The value of a <= b."
    return a <= b


def eq(a, b):
    "The value of a == b."
    return a == b


def ne(a, b):
    "The value of a != b."
    return a != b


def ge(a, b):
    "The value of a >= b."
    return a >= b


def gt(a, b):
    "The value of a > b."
    return a > b


# Logical operations and identity

def not_(a):
    "The truth value of `not a`."
    return not a


def truth(a):
    "bool(a): whether a is true."
    return True if a else False


def is_(a, b):
    "The value of a is b."
    return a is b


def is_not(a, b):
    "The value of a is not b."
    return a is not b


# Arithmetic and bitwise operations

def abs(a):
    "The value of abs(a)."
    return _builtin_abs(a)


def add(a, b):
    "The value of a + b."
    return a + b


def and_(a, b):
    "The value of a & b."
    return a & b


def floordiv(a, b):
    "The value of a // b."
    return a // b


def index(a):
    "a converted losslessly to an int (its __index__)."
    if type(a) is int:
        return a
    if isinstance(a, int):
        return int(a)
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer") from None
    result = method(a)
    if not isinstance(result, int):
        raise TypeError(f"__index__ returned non-int (type {type(result).__name__})")
    return int(result)


def inv(a):
    "The value of ~a."
    return ~a


invert = inv


def lshift(a, b):
    "The value of a << b."
    return a << b


def mod(a, b):
    "The value of a % b."
    return a % b


def mul(a, b):
    "The value of a * b."
    return a * b


def matmul(a, b):
    "The value of a @ b."
    return a @ b


def neg(a):
    "The value of -a."
    return -a


def or_(a, b):
    "The value of a | b."
    return a | b


def pos(a):
    "The value of +a."
    return +a


def pow(a, b):
    "The value of a ** b."
    return a ** b


def rshift(a, b):
    "The value of a >> b."
    return a >> b


def sub(a, b):
    "The value of a - b."
    return a - b


def truediv(a, b):
    "The value of a / b."
    return a / b


def xor(a, b):
    "The value of a ^ b."
    return a ^ b


# Sequences

def _is_sequence(obj):
    # PySequence_Check: has __getitem__ and is not a dict.
    if isinstance(obj, (list, tuple, str, bytes, range)):
        return True
    if isinstance(obj, (dict, set, frozenset, int, float)) or obj is None:
        return False
    return hasattr(type(obj), '__getitem__')


def concat(a, b):
    "The concatenation a + b of two sequences."
    if isinstance(a, (list, tuple, str, bytes)):
        return a + b
    if not isinstance(a, range) and _is_sequence(a) and _is_sequence(b):
        return a + b
    raise TypeError(f"'{type(a).__name__}' object can't be concatenated")


def contains(a, b):
    "Whether b is in a (operands in reverse order)."
    return b in a


def countOf(a, b):
    "How many items of a are b or equal b."
    count = 0
    for item in a:
        if item is b or item == b:
            count += 1
    return count


def delitem(a, b):
    "Delete a[b]."
    del a[b]


def getitem(a, b):
    "The value of a[b]."
    return a[b]


def indexOf(a, b):
    "The position of the first item of a that is b or equals b."
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c):
    "Store c as a[b]."
    a[b] = c


def length_hint(obj, default=0):
    """len(obj) when obj has a length, else its __length_hint__(), else default."""
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    val = hint(obj)
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError(f"__length_hint__ must be integer, not {type(val).__name__}")
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val


# Calls

def call(obj, /, *args, **kwargs):
    "Call obj with the given arguments."
    return obj(*args, **kwargs)


# Generalized lookup objects

class attrgetter:
    """A callable reading attributes: attrgetter('x')(o) is o.x, a dotted name
    follows a chain of attributes, and several names give a tuple."""
    __slots__ = ('_attrs', '_paths')

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs
        self._paths = tuple(tuple(attr.split('.')) for attr in attrs)

    def __call__(self, obj, /):
        if len(self._paths) == 1:
            return _resolve(obj, self._paths[0])
        return tuple(_resolve(obj, path) for path in self._paths)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))


def _resolve(obj, path):
    for name in path:
        obj = getattr(obj, name)
    return obj


class itemgetter:
    """A callable reading items: itemgetter(k)(o) is o[k]; several keys give a tuple."""
    __slots__ = ('_items',)

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, obj, /):
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple(obj[i] for i in items)

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))


class methodcaller:
    """A callable calling a method: methodcaller('m', *args, **kw)(o) is o.m(*args, **kw)."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(parts)


# In-place operations: each returns the (possibly new) left operand

def iadd(a, b):
    "a += b, then a."
    a += b
    return a


def iand(a, b):
    "a &= b, then a."
    a &= b
    return a


def iconcat(a, b):
    "In-place concatenation of sequences: a += b, returning a."
    if isinstance(a, (list, tuple, str, bytes)):
        a += b
        return a
    if not isinstance(a, range) and _is_sequence(a) and _is_sequence(b):
        a += b
        return a
    raise TypeError(f"'{type(a).__name__}' object can't be concatenated")


def ifloordiv(a, b):
    "a //= b, then a."
    a //= b
    return a


def ilshift(a, b):
    "a <<= b, then a."
    a <<= b
    return a


def imod(a, b):
    "a %= b, then a."
    a %= b
    return a


def imul(a, b):
    "a *= b, then a."
    a *= b
    return a


def imatmul(a, b):
    "a @= b, then a."
    a @= b
    return a


def ior(a, b):
    "a |= b, then a."
    a |= b
    return a


def ipow(a, b):
    "a **= b, then a."
    a **= b
    return a


def irshift(a, b):
    "a >>= b, then a."
    a >>= b
    return a


def isub(a, b):
    "a -= b, then a."
    a -= b
    return a


def itruediv(a, b):
    "a /= b, then a."
    a /= b
    return a


def ixor(a, b):
    "a ^= b, then a."
    a ^= b
    return a


# The dunder aliases CPython's module also provides.
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
