"""Shallow and deep copy operations (pyrc's copy, after CPython 3.11's
documented behaviour).

copy(x) and deepcopy(x) handle the builtin containers, instances of
user-defined classes (their __dict__ and __slots__; __copy__,
__deepcopy__, __getstate__ and __setstate__ are honoured) and exceptions.
A class's own __reduce_ex__ or __reduce__ is used as CPython would; pyrc
has no copyreg and no default reduction of its builtin objects, so copying
another kind of object raises TypeError.

pyrc has no object.__new__ yet: an instance is made without running its
class's __init__ by calling the class while a do-nothing __init__ is set on
it for the duration of the call.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _Class:
    def method(self):
        pass


# Types whose values copy() and deepcopy() return unchanged.
_ATOMIC = {type(None), int, float, bool, str, bytes, range, type,
           type(len), type(_function), type(NotImplemented),
           type(property(_function))}
_SHALLOW_ATOMIC = {tuple, frozenset}
_METHOD = type(_Class().method)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or cls in _SHALLOW_ATOMIC or isinstance(x, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    if cls is _METHOD:
        return getattr(x.__self__, x.__func__.__name__)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: the objects x refers to are copied too, each once
    (memo maps the id of each object copied so far to its copy, so shared
    and cyclic references are kept)."""
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type):
        return x
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    if cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(list(x), memo))
    elif cls is _METHOD:
        y = getattr(deepcopy(x.__self__, memo), x.__func__.__name__)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A cycle through x may have copied it already.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k in range(len(x)):
        if x[k] is not items[k]:
            return tuple(items)
    return x


def _keep_alive(x, memo):
    """Keeps x alive while memo is, so that its id is not reused."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _noop_init(self, *args, **kwargs):
    pass


class _Missing:
    pass


_MISSING = _Missing()


def _new_instance(cls):
    """An instance of cls whose __init__ has not run."""
    saved = cls.__dict__.get("__init__", _MISSING)
    cls.__init__ = _noop_init
    try:
        return cls()
    finally:
        if saved is _MISSING:
            del cls.__init__
        else:
            cls.__init__ = saved


def _slot_names(cls):
    names = []
    # (pyrc's builtin types have no __mro__, and object no __dict__.)
    for klass in getattr(cls, "__mro__", ()):
        if klass is object:
            continue
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ("__dict__", "__weakref__") and name not in names:
                names.append(name)
    return names


def _get_state(x, cls):
    """What __getstate__ returns, or the instance's attributes: its
    __dict__ (None if empty), paired with a dict of its set slots if any."""
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None:
        return getstate(x)
    attributes = getattr(x, "__dict__", None)
    state = None
    if attributes:
        # A plain dict: pyrc's instance __dict__ is a view whose id() is not
        # stable, which would confuse deepcopy's memo.
        state = {}
        for key, value in attributes.items():
            state[key] = value
    slots = {}
    for name in _slot_names(cls):
        if hasattr(x, name):
            slots[name] = getattr(x, name)
    if slots:
        return (state, slots)
    return state


def _set_state(y, state):
    setstate = getattr(type(y), "__setstate__", None)
    if setstate is not None:
        setstate(y, state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for key, value in slots.items():
            setattr(y, key, value)


def _is_instance_of_class(x):
    """True for instances of classes defined in Python."""
    return hasattr(x, "__dict__") or len(_slot_names(type(x))) > 0


def _defined_reducer(cls):
    """The name of the __reduce_ex__ or __reduce__ a class of the program
    defines (the first found in the MRO), or None."""
    for klass in getattr(cls, "__mro__", ()):
        if klass is object:
            continue
        for name in ("__reduce_ex__", "__reduce__"):
            if name in klass.__dict__:
                return name
    return None


def _reconstruct(x, memo):
    """A copy of the instance x (deep when memo is not None)."""
    cls = type(x)
    reducer = _defined_reducer(cls)
    if reducer == "__reduce_ex__":
        return _from_reduce(x, memo, x.__reduce_ex__(4))
    if reducer == "__reduce__":
        return _from_reduce(x, memo, x.__reduce__())
    deep = memo is not None
    if isinstance(x, BaseException):
        args = x.args
        if deep:
            args = deepcopy(args, memo)
        y = cls(*args)
    elif _is_instance_of_class(x):
        y = _new_instance(cls)
    else:
        raise TypeError("cannot pickle '%s' object" % (cls.__name__,))
    if deep:
        memo[id(x)] = y
    state = _get_state(x, cls)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    return y


def _from_reduce(x, memo, rv):
    """A copy of x from what its __reduce_ex__ or __reduce__ returned:
    (callable, args[, state[, listitems[, dictitems]]])."""
    if isinstance(rv, str):
        return x
    if not isinstance(rv, tuple):
        raise Error("un(deep)copyable object of type %s" % (type(x),))
    deep = memo is not None
    func = rv[0]
    args = rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
