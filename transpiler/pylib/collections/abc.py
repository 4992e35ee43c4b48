"""Abstract base classes for containers (pyrc's collections.abc).

Plain classes with the standard names, so that imports, annotations and
subclassing work; they are not ABCs: isinstance() and issubclass() against
them are true only for classes that inherit from them explicitly (a list is
not an Iterable here, unlike CPython).
"""

__all__ = ['Hashable', 'Iterable', 'Iterator', 'Generator', 'Sized',
           'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping',
           'MutableMapping', 'Sequence', 'MutableSequence']


class Hashable:
    pass


class Iterable:
    pass


class Iterator(Iterable):
    pass


class Generator(Iterator):
    pass


class Sized:
    pass


class Container:
    pass


class Callable:
    pass


class Collection(Sized, Iterable, Container):
    pass


class Set(Collection):
    pass


class MutableSet(Set):
    pass


class Mapping(Collection):
    pass


class MutableMapping(Mapping):
    pass


class Sequence(Collection):
    pass


class MutableSequence(Sequence):
    pass
