"""Names for built-in types (pyrc's types, after CPython 3.11's documented
behaviour).

The type objects are the ones ``type()`` gives for a sample of each kind;
MappingProxyType and SimpleNamespace are classes written here, whose
instances print and compare as CPython's do.

Differences, each from a missing pyrc feature: there are no code, frame,
traceback, cell or coroutine types, and ``new_class``/``prepare_class`` are
missing (pyrc has no metaclass ``__prepare__``).
"""

import sys as _sys

__all__ = ['FunctionType', 'LambdaType', 'GeneratorType', 'MethodType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'ModuleType',
           'NoneType', 'NotImplementedType', 'MappingProxyType',
           'SimpleNamespace']


def _function():
    pass


def _generator():
    yield 1


class _C:
    def _method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
GeneratorType = type(_generator())
MethodType = type(_C()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del _function, _generator, _C


class mappingproxy:
    """A read-only view of a mapping: what a class's ``__members__`` or a
    dataclass field's ``metadata`` is."""

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        object.__setattr__(self, '_mapping', mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item "
                        "assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item "
                        "deletion")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'"
                             % (name,))

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return self._mapping == other

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()


mappingproxy.__module__ = 'builtins'
MappingProxyType = mappingproxy
del mappingproxy


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made
    with; prints as ``namespace(a=1, b=2)``."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = ('namespace' if type(self) is SimpleNamespace
                else type(self).__name__)
        items = ('%s=%r' % (key, value) for key, value in self.__dict__.items())
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


SimpleNamespace.__module__ = 'types'
