"""Abstract base classes (pyrc's abc, after CPython 3.11's documented
behaviour).

pyrc has no metaclasses and no __new__ yet, so ABCMeta cannot be a metaclass
and nothing runs when a class is created or before __init__. What this module
does instead:

- abstractmethod records the function (pyrc functions have no settable
  attributes, so a registry stands in for __isabstractmethod__);
- ABC defines __init__, which raises CPython's "Can't instantiate abstract
  class X with abstract method(s) ..." TypeError when the class still has
  abstract methods. A subclass that defines its own __init__ and does not
  call super().__init__() is therefore not checked;
- ABC.register records virtual subclasses but isinstance and issubclass do
  not see them.
"""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod",
           "abstractstaticmethod", "abstractproperty", "get_cache_token",
           "update_abstractmethods"]

# id of each function marked abstract -> the function (kept alive so that
# its id is not reused).
_abstract_functions = {}


def abstractmethod(funcobj):
    """Marks a method abstract: a class with abstract methods that are not
    overridden cannot be instantiated."""
    _abstract_functions[id(funcobj)] = funcobj
    try:
        funcobj.__isabstractmethod__ = True
    except AttributeError:
        pass
    return funcobj


def _is_abstract(value):
    """True for an abstract method, or a property, classmethod or
    staticmethod wrapping one."""
    if value is None:
        return False
    if id(value) in _abstract_functions \
            and _abstract_functions[id(value)] is value:
        return True
    kind = type(value).__name__
    if kind == "property":
        return (_is_abstract(value.fget) or _is_abstract(value.fset)
                or _is_abstract(value.fdel))
    if kind == "classmethod" or kind == "staticmethod":
        return _is_abstract(value.__func__)
    try:
        return bool(value.__isabstractmethod__)
    except AttributeError:
        return False


def _raw_attribute(cls, name):
    """The value bound to name in the first class of cls's MRO that has it,
    as stored there (not through descriptors)."""
    for klass in cls.__mro__:
        if klass is not object and name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _compute_abstract_methods(cls):
    names = set()
    for klass in cls.__mro__:
        if klass is object:
            continue
        for name in klass.__dict__:
            if name not in names and _is_abstract(_raw_attribute(cls, name)):
                names.add(name)
    return frozenset(names)


# class -> the names of its abstract methods, computed when first needed.
_abstract_cache = {}


def _abstract_methods(cls):
    names = _abstract_cache.get(cls)
    if names is None:
        names = _compute_abstract_methods(cls)
        _abstract_cache[cls] = names
    return names


def update_abstractmethods(cls):
    """Recomputes the abstract methods of cls (after methods were added or
    replaced) and stores them in cls.__abstractmethods__; returns cls."""
    names = _compute_abstract_methods(cls)
    _abstract_cache[cls] = names
    cls.__abstractmethods__ = names
    return cls


# class -> whether no class after ABC in its MRO defines __init__.
_init_cache = {}


def _next_init_is_object(cls):
    """True if no class after ABC in cls's MRO defines __init__ (so that
    ABC.__init__ stands for object's)."""
    last = _init_cache.get(cls)
    if last is None:
        last = True
        seen_abc = False
        for klass in cls.__mro__:
            if klass is ABC:
                seen_abc = True
            elif seen_abc and klass is not object \
                    and "__init__" in klass.__dict__:
                last = False
        _init_cache[cls] = last
    return last


class ABCMeta:
    """The name of CPython's metaclass for abstract classes. pyrc has no
    metaclasses: derive from ABC instead."""

    def __init__(self, *args, **kwargs):
        raise TypeError("pyrc: metaclasses are not supported; derive from "
                        "abc.ABC instead of using ABCMeta")


class ABC:
    """A helper class: classes that derive from it may declare abstract
    methods with @abstractmethod."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        last = _next_init_is_object(cls)
        if last and (args or kwargs):
            raise TypeError("%s() takes no arguments" % (cls.__name__,))
        names = _abstract_methods(cls)
        if names:
            ordered = sorted(names)
            raise TypeError(
                "Can't instantiate abstract class %s with abstract method%s %s"
                % (cls.__name__, "s" if len(ordered) > 1 else "",
                   ", ".join(ordered)))
        if not last:
            super().__init__(*args, **kwargs)

    @classmethod
    def register(cls, subclass):
        """Records subclass as a virtual subclass and returns it (pyrc's
        isinstance and issubclass do not consult the registry)."""
        _registry.setdefault(cls, []).append(subclass)
        return subclass


_registry = {}


def get_cache_token():
    """A token that changes when a virtual subclass is registered."""
    count = 0
    for subclasses in _registry.values():
        count += len(subclasses)
    return count


def abstractclassmethod(callable):
    """Deprecated: use @classmethod over @abstractmethod."""
    return classmethod(abstractmethod(callable))


def abstractstaticmethod(callable):
    """Deprecated: use @staticmethod over @abstractmethod."""
    return staticmethod(abstractmethod(callable))


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: use @property over @abstractmethod."""
    if fget is not None:
        abstractmethod(fget)
    return property(fget, fset, fdel, doc)
