"""Abstract base classes (pyrc's abc, after CPython 3.11's documented
behaviour).

ABCMeta is a real metaclass here: it records each class's abstract methods
in __abstractmethods__ when the class is made, refuses to instantiate a
class that still has some, and answers isinstance()/issubclass() through
__subclasshook__, registered virtual subclasses and real inheritance.
"""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod",
           "abstractstaticmethod", "abstractproperty", "get_cache_token",
           "update_abstractmethods"]


def abstractmethod(funcobj):
    """Marks a method abstract: a class with abstract methods that are not
    overridden cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    """True for an abstract method, or a property, classmethod or
    staticmethod wrapping one."""
    if value is None:
        return False
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


def _compute_abstract_methods(cls):
    """The names of cls's abstract methods: those abstract in its own
    namespace, and those abstract in a base that cls does not override with
    something concrete."""
    names = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                names.add(name)
    return frozenset(names)


def update_abstractmethods(cls):
    """Recomputes the abstract methods of cls (after methods were added or
    replaced) and stores them in cls.__abstractmethods__; returns cls."""
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _compute_abstract_methods(cls)
    return cls


# Bumped whenever a virtual subclass is registered (invalidates the caches).
_cache_token = 0


def get_cache_token():
    """A token that changes when a virtual subclass is registered."""
    return _cache_token


# Per ABC (keyed by the class): its registered virtual subclasses, its
# subclasses that are ABCs, and cached issubclass answers.
_registry = {}
_abc_subclasses = {}
_positive_cache = {}
_negative_cache = {}


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstract_methods(cls)
        _registry[cls] = []
        _abc_subclasses[cls] = []
        _positive_cache[cls] = set()
        _negative_cache[cls] = (_cache_token, set())
        for base in bases:
            if base in _abc_subclasses:
                _abc_subclasses[base].append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstract = cls.__abstractmethods__
        if abstract:
            ordered = sorted(abstract)
            raise TypeError(
                "Can't instantiate abstract class %s with abstract method%s %s"
                % (cls.__name__, "s" if len(ordered) > 1 else "",
                   ", ".join(ordered)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Registers subclass as a virtual subclass of cls; returns it."""
        global _cache_token
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _registry[cls].append(subclass)
        _cache_token += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = type(instance)
        if subclass in _positive_cache[cls]:
            return True
        return cls.__subclasscheck__(subclass)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in _positive_cache[cls]:
            return True
        token, negative = _negative_cache[cls]
        if token != _cache_token:
            negative = set()
            _negative_cache[cls] = (_cache_token, negative)
        elif subclass in negative:
            return False
        answer = _check_subclass(cls, subclass)
        if answer:
            _positive_cache[cls].add(subclass)
        else:
            negative.add(subclass)
        return answer

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % get_cache_token(), file=file)


def _check_subclass(cls, subclass):
    hook = getattr(cls, "__subclasshook__", None)
    if hook is not None:
        answer = hook(subclass)
        if answer is not NotImplemented:
            return bool(answer)
    if cls in subclass.__mro__:
        return True
    for registered in _registry[cls]:
        if issubclass(subclass, registered):
            return True
    for derived in _abc_subclasses[cls]:
        if issubclass(subclass, derived):
            return True
    return False


class ABC(metaclass=ABCMeta):
    """A helper class: classes that derive from it may declare abstract
    methods with @abstractmethod."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


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
