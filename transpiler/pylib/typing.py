"""Support for type hints (pyrc's typing, after CPython 3.11's documented
behaviour).

The names programs import for annotations exist and subscription works at
run time (List[int], Dict[str, int], Optional[X], Union[...],
Callable[[A], R], Generic[T], ...), with CPython's reprs, equality,
__origin__/__args__ and get_origin/get_args.

Differences, each from a missing pyrc feature:
- Generic[T] is an object whose subscription gives the class Generic, so
  ``class Stack(Generic[T])`` works, but subscribing the user's class
  (``Stack[int]``) and ``Protocol[T]`` do not (no __class_getitem__);
- isinstance() does not accept these objects (no __instancecheck__), and
  Protocols are nominal (runtime_checkable changes nothing);
- NamedTuple has only its functional form, NamedTuple("P", [("x", int)]),
  and its instances are not tuples (no subclassing of tuple; class
  annotations are not recorded);
- the origins of the collections.abc aliases (Iterable, Mapping, ...) and
  of Deque, DefaultDict, ... are None (pyrc has no collections.abc);
- Callable[..., R] and Tuple[X, ...] are handled, but pyrc does not compile
  the ``...`` literal yet;
- get_type_hints, TypedDict and get_overloads are not provided.
"""

__all__ = [
    "Annotated", "Any", "AnyStr", "AbstractSet", "AsyncGenerator",
    "AsyncIterable", "AsyncIterator", "Awaitable", "BinaryIO", "ByteString",
    "Callable", "ChainMap", "ClassVar", "Collection", "Concatenate",
    "Container", "ContextManager", "Coroutine", "Counter", "DefaultDict",
    "Deque", "Dict", "Final", "ForwardRef", "FrozenSet", "Generator",
    "Generic", "Hashable", "IO", "ItemsView", "Iterable", "Iterator",
    "KeysView", "List", "Literal", "LiteralString", "Mapping",
    "MutableMapping", "MutableSequence", "MutableSet", "NamedTuple", "Never",
    "NewType", "NoReturn", "NotRequired", "Optional", "OrderedDict",
    "ParamSpec", "Protocol", "Required", "Reversible", "Self", "Sequence",
    "Set", "Sized", "SupportsAbs", "SupportsBytes", "SupportsComplex",
    "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound", "Text",
    "TextIO", "Tuple", "Type", "TypeAlias", "TypeGuard", "TypeVar",
    "TYPE_CHECKING", "Union", "ValuesView", "assert_never", "assert_type",
    "cast", "final", "get_args", "get_origin", "no_type_check",
    "no_type_check_decorator", "overload", "runtime_checkable",
]

TYPE_CHECKING = False

_NoneType = type(None)


def _function():
    pass


_FunctionType = type(_function)


def _is_ellipsis(obj):
    # (Written without the literal: pyrc does not compile `...` values yet.)
    return type(obj).__name__ == "ellipsis"


def _type_repr(obj):
    """How a type appears inside the repr of a subscripted type."""
    if _is_ellipsis(obj):
        return "..."
    if isinstance(obj, type):
        module = getattr(obj, "__module__", "builtins")
        if module == "builtins":
            return obj.__qualname__
        return module + "." + obj.__qualname__
    if type(obj) is _FunctionType:
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    """None becomes NoneType and a string a ForwardRef."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg):
    """arg converted; TypeError for a tuple, ClassVar[...] or Final[...],
    and the special forms that are not types by themselves."""
    arg = _type_convert(arg)
    if isinstance(arg, _GenericAlias) and (arg.__origin__ is ClassVar
                                           or arg.__origin__ is Final):
        raise TypeError("%r is not valid as type argument" % (arg,))
    if isinstance(arg, _SpecialForm) and arg._name not in _STANDALONE_FORMS \
            or arg is Generic or arg is Protocol:
        raise TypeError("Plain %r is not valid as type argument" % (arg,))
    if type(arg) is tuple:
        raise TypeError("%s Got %s." % (msg, repr(arg)[:100]))
    return arg


# The special forms that are types on their own.
_STANDALONE_FORMS = ("Any", "LiteralString", "NoReturn", "Never", "Self",
                     "TypeAlias")


def _as_tuple(params):
    if isinstance(params, tuple):
        return params
    return (params,)


def _collect_parameters(args):
    """The type variables in args (nested aliases included), in order."""
    found = []
    for arg in args:
        if isinstance(arg, list):
            items = _collect_parameters(arg)
        elif isinstance(arg, TypeVar) or isinstance(arg, ParamSpec):
            items = [arg]
        elif isinstance(arg, _GenericAlias):
            items = arg.__parameters__
        else:
            items = []
        for item in items:
            if item not in found:
                found.append(item)
    return tuple(found)


def _substitute(arg, mapping):
    """arg with the type variables in mapping replaced."""
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    if isinstance(arg, TypeVar) or isinstance(arg, ParamSpec):
        for var, value in mapping:
            if var is arg:
                return value
        return arg
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(_substitute(p, mapping) for p in arg.__parameters__)]
    return arg


class _Typing:
    """Base of the objects of this module that stand for types."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm(_Typing):
    """Any, Union, Optional, ClassVar, ...: typing.<name>, subscripted by a
    function of the form and its parameters (None: not subscriptable)."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, parameters):
        if self._name == "Any":
            raise TypeError("type 'Any' is not subscriptable")
        if self._getitem is None:
            raise TypeError("%r is not subscriptable" % (self,))
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        if self._name == "Any":
            raise TypeError("Any cannot be instantiated")
        raise TypeError("Cannot instantiate %r" % (self,))

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


class _GenericAlias(_Typing):
    """A subscripted type: origin[args] (List[int], Dict[str, T], ...)."""

    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst

    def _head(self):
        if self._name is not None:
            return "typing." + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        if not self.__args__:
            return self._head() + "[()]"
        return "%s[%s]" % (self._head(),
                           ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        parameters = self.__parameters__
        if not parameters:
            raise TypeError("%r is not a generic class" % (self,))
        params = _as_tuple(params)
        if len(params) != len(parameters):
            raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                            % ("many" if len(params) > len(parameters)
                               else "few", self, len(params), len(parameters)))
        mapping = [(var, _type_convert(value))
                   for var, value in zip(parameters, params)]
        args = tuple(_substitute(a, mapping) for a in self.__args__)
        return self._copy_with(args)

    def _copy_with(self, args):
        return _GenericAlias(self.__origin__, args, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        return self.__origin__(*args, **kwargs)


class _SpecialGenericAlias(_Typing):
    """An unsubscripted alias of a class: List, Dict, Iterable, ...; nparams
    is the number of parameters it takes (-1: any number, Tuple)."""

    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = _as_tuple(params)
        if self._nparams == 0:
            raise TypeError("%r is not a generic class" % (self,))
        if self._nparams > 0 and len(params) != self._nparams:
            raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                            % ("many" if len(params) > self._nparams
                               else "few", self, len(params), self._nparams))
        msg = "Parameters to generic types must be types."
        args = tuple(_type_check(p, msg) for p in params)
        return _GenericAlias(self.__origin__, args, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst or self.__origin__ is None:
            origin = self._name.lower()
            if self.__origin__ is not None:
                origin = self.__origin__.__name__.lower()
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, origin))
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


class _CallableGenericAlias(_GenericAlias):
    """Callable[[A, B], R]: __args__ is (A, B, R)."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_ellipsis(args[0]):
            return "typing.Callable[..., %s]" % (_type_repr(args[1]),)
        return "typing.Callable[[%s], %s]" % (
            ", ".join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))

    def _copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, self._name)


class _CallableType(_SpecialGenericAlias):
    """The unsubscripted Callable."""

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        if _is_ellipsis(args):
            result = _type_check(result, "Callable[args, result]: result "
                                 "must be a type.")
            return _CallableGenericAlias(None, (args, result), "Callable")
        if not isinstance(args, list):
            args = [args]
        msg = "Callable[[arg, ...], result]: each arg must be a type."
        converted = tuple(_type_check(a, msg) for a in args)
        result = _type_check(result, "Callable[args, result]: result must be "
                             "a type.")
        return _CallableGenericAlias(None, converted + (result,), "Callable")


class _UnionGenericAlias(_GenericAlias):
    """Union[X, Y, ...], shown as Optional[X] when it is Union[X, None]."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return "typing.Optional[%s]" % (_type_repr(args[1]),)
            if args[1] is _NoneType:
                return "typing.Optional[%s]" % (_type_repr(args[0]),)
        return "typing.Union[%s]" % (", ".join(_type_repr(a) for a in args),)

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def _copy_with(self, args):
        return Union[args]


class _LiteralGenericAlias(_GenericAlias):
    """Literal[v, ...]: the values are shown with repr()."""

    def __repr__(self):
        return "typing.Literal[%s]" % (
            ", ".join(repr(a) for a in self.__args__),)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(_literal_keys(self.__args__)) == set(
            _literal_keys(other.__args__))

    def __hash__(self):
        return hash(frozenset(_literal_keys(self.__args__)))


def _literal_keys(values):
    return [(value, type(value)) for value in values]


class _AnnotatedAlias(_GenericAlias):
    """Annotated[T, x, ...]: __origin__ is T, __metadata__ the rest."""

    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,), "Annotated")
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (
            _type_repr(self.__origin__),
            ", ".join(repr(m) for m in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


def _flatten_union(params):
    args = []
    for p in params:
        if isinstance(p, _UnionGenericAlias):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in args:
                args.append(item)
    return tuple(args)


def _union_getitem(form, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    parameters = _as_tuple(parameters)
    msg = "Union[arg, ...]: each arg must be a type."
    checked = tuple(_type_check(p, msg) for p in parameters)
    args = _flatten_union(checked)
    if len(args) == 1:
        return args[0]
    return _UnionGenericAlias(form, args)


def _optional_getitem(form, parameters):
    if isinstance(parameters, tuple):
        raise TypeError("typing.Optional requires a single type. Got %r."
                        % (parameters,))
    arg = _type_check(parameters, "Optional[t] requires a single type.")
    return Union[arg, _NoneType]


def _single_type_getitem(form, parameters):
    if isinstance(parameters, tuple):
        raise TypeError("%r accepts only single type. Got %r."
                        % (form, parameters))
    arg = _type_check(parameters, "%r accepts only single type." % (form,))
    return _GenericAlias(form, (arg,), form._name)


def _literal_getitem(form, parameters):
    values = []
    for value in _as_tuple(parameters):
        if isinstance(value, _LiteralGenericAlias):
            items = value.__args__
        else:
            items = (value,)
        for item in items:
            if (item, type(item)) not in _literal_keys(values):
                values.append(item)
    return _LiteralGenericAlias(form, tuple(values), "Literal")


def _concatenate_getitem(form, parameters):
    parameters = tuple(_type_convert(p) for p in _as_tuple(parameters))
    if not parameters:
        raise TypeError("Cannot take a Concatenate of no types.")
    return _GenericAlias(form, parameters, "Concatenate")


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _single_type_getitem)
Final = _SpecialForm("Final", _single_type_getitem)
TypeGuard = _SpecialForm("TypeGuard", _single_type_getitem)
Required = _SpecialForm("Required", _single_type_getitem)
NotRequired = _SpecialForm("NotRequired", _single_type_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
Concatenate = _SpecialForm("Concatenate", _concatenate_getitem)


class _AnnotatedForm(_Typing):
    def __repr__(self):
        return "typing.Annotated"

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two "
                            "arguments (a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __call__(self, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")


Annotated = _AnnotatedForm()


class ForwardRef(_Typing):
    """A type named by a string, not evaluated."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r"
                            % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __repr__(self):
        if self.__forward_module__ is None:
            return "ForwardRef(%r)" % (self.__forward_arg__,)
        return "ForwardRef(%r, module=%r)" % (self.__forward_arg__,
                                              self.__forward_module__)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))


def _variance_prefix(var):
    if var.__covariant__:
        return "+"
    if var.__contravariant__:
        return "-"
    return "~"


class TypeVar(_Typing):
    """A type variable: T = TypeVar("T"), shown as ~T (+T covariant, -T
    contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        if bound is not None:
            bound = _type_check(bound, "Bound must be a type.")
        self.__bound__ = bound

    def __repr__(self):
        return _variance_prefix(self) + self.__name__


class _ParamSpecPart(_Typing):
    def __init__(self, origin, kind):
        self.__origin__ = origin
        self._kind = kind

    def __repr__(self):
        return "%s.%s" % (self.__origin__.__name__, self._kind)


class ParamSpec(_Typing):
    """A parameter specification variable: P = ParamSpec("P")."""

    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.args = _ParamSpecPart(self, "args")
        self.kwargs = _ParamSpecPart(self, "kwargs")

    def __repr__(self):
        return _variance_prefix(self) + self.__name__


def _next_init_is_object(cls, base):
    """True if no class after base in cls's MRO defines __init__."""
    seen = False
    for klass in cls.__mro__:
        if klass is base:
            seen = True
        elif seen and klass is not object and "__init__" in klass.__dict__:
            return False
    return True


class Generic:
    """The base class of generic classes; derive from Generic[T, ...]."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        # Used by CPython; pyrc does not call __class_getitem__ yet.
        return _GenericAlias(cls, tuple(_type_convert(p)
                                        for p in _as_tuple(params)))


_GenericClass = Generic


class _GenericForm:
    """typing.Generic: Generic[T, ...] checks its parameters and gives the
    class Generic to derive from."""

    def __repr__(self):
        return "<class 'typing.Generic'>"

    def __getitem__(self, params):
        params = _as_tuple(params)
        if not params:
            raise TypeError("Parameter list to Generic[...] cannot be empty")
        for p in params:
            if not (isinstance(p, TypeVar) or isinstance(p, ParamSpec)):
                raise TypeError("Parameters to Generic[...] must all be type "
                                "variables or parameter specification "
                                "variables.")
        for i in range(len(params)):
            if params[i] in params[:i]:
                raise TypeError("Parameters to Generic[...] must all be unique")
        return _GenericClass

    def __call__(self, *args, **kwargs):
        raise TypeError("Type Generic cannot be instantiated; it can be used "
                        "only as a base class")


Generic = _GenericForm()


class Protocol:
    """The base class of protocol classes (checked nominally by pyrc)."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        if Protocol in cls.__bases__:
            raise TypeError("Protocols cannot be instantiated")
        last = _next_init_is_object(cls, Protocol)
        if last:
            if args or kwargs:
                raise TypeError("%s() takes no arguments" % (cls.__name__,))
        else:
            super().__init__(*args, **kwargs)

    def __class_getitem__(cls, params):
        # Used by CPython; pyrc does not call __class_getitem__ yet.
        return _GenericAlias(cls, tuple(_type_convert(p)
                                        for p in _as_tuple(params)))


def runtime_checkable(cls):
    """Marks a protocol class for isinstance() (no effect in pyrc)."""
    return cls


class SupportsInt(Protocol):
    def __int__(self):
        pass


class SupportsFloat(Protocol):
    def __float__(self):
        pass


class SupportsComplex(Protocol):
    def __complex__(self):
        pass


class SupportsBytes(Protocol):
    def __bytes__(self):
        pass


class SupportsIndex(Protocol):
    def __index__(self):
        pass


class SupportsAbs(Protocol):
    def __abs__(self):
        pass


class SupportsRound(Protocol):
    def __round__(self, ndigits=0):
        pass


def _alias(origin, nparams, name, inst=True):
    return _SpecialGenericAlias(origin, nparams, name, inst)


List = _alias(list, 1, "List", inst=False)
Dict = _alias(dict, 2, "Dict", inst=False)
Set = _alias(set, 1, "Set", inst=False)
FrozenSet = _alias(frozenset, 1, "FrozenSet", inst=False)
Tuple = _alias(tuple, -1, "Tuple", inst=False)
Type = _alias(type, 1, "Type", inst=False)
Callable = _CallableType(None, 2, "Callable")
Deque = _alias(None, 1, "Deque")
DefaultDict = _alias(None, 2, "DefaultDict")
OrderedDict = _alias(None, 2, "OrderedDict")
Counter = _alias(None, 1, "Counter")
ChainMap = _alias(None, 2, "ChainMap")
Hashable = _alias(None, 0, "Hashable")
Sized = _alias(None, 0, "Sized")
Awaitable = _alias(None, 1, "Awaitable")
Coroutine = _alias(None, 3, "Coroutine")
AsyncIterable = _alias(None, 1, "AsyncIterable")
AsyncIterator = _alias(None, 1, "AsyncIterator")
AsyncGenerator = _alias(None, 2, "AsyncGenerator")
Iterable = _alias(None, 1, "Iterable")
Iterator = _alias(None, 1, "Iterator")
Reversible = _alias(None, 1, "Reversible")
Container = _alias(None, 1, "Container")
Collection = _alias(None, 1, "Collection")
Generator = _alias(None, 3, "Generator")
AbstractSet = _alias(None, 1, "AbstractSet")
MutableSet = _alias(None, 1, "MutableSet")
Mapping = _alias(None, 2, "Mapping")
MutableMapping = _alias(None, 2, "MutableMapping")
Sequence = _alias(None, 1, "Sequence")
MutableSequence = _alias(None, 1, "MutableSequence")
ByteString = _alias(None, 0, "ByteString")
MappingView = _alias(None, 1, "MappingView")
KeysView = _alias(None, 1, "KeysView")
ItemsView = _alias(None, 2, "ItemsView")
ValuesView = _alias(None, 1, "ValuesView")
ContextManager = _alias(None, 1, "ContextManager")
AsyncContextManager = _alias(None, 1, "AsyncContextManager")
IO = _alias(None, 1, "IO")
TextIO = _alias(None, 0, "TextIO")
BinaryIO = _alias(None, 0, "BinaryIO")

Text = str
AnyStr = TypeVar("AnyStr", bytes, str)


def cast(typ, val):
    """Returns val unchanged (tells a type checker that val has type typ)."""
    return val


def assert_type(val, typ):
    """Returns val unchanged (asks a type checker to confirm its type)."""
    return val


def assert_never(arg):
    """Raises AssertionError: the code calling it should be unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: " + value)


_OVERLOAD_MESSAGE = (
    "You should not call an overloaded function. A series of "
    "@overload-decorated functions outside a stub module should always be "
    "followed by an implementation that is not @overload-ed.")


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(_OVERLOAD_MESSAGE)


def overload(func):
    """Marks an overload signature; the decorated name must be redefined by
    the implementation."""
    return _overload_dummy


def final(f):
    """Marks a method or class final (for type checkers); returns f."""
    try:
        f.__final__ = True
    except AttributeError:
        pass
    return f


def no_type_check(arg):
    """Returns arg unchanged (type checkers skip it)."""
    return arg


def no_type_check_decorator(decorator):
    """Returns decorator unchanged."""
    return decorator


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list,
    get_origin(Optional[int]) is Union; None for other objects."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _GenericAlias) or isinstance(tp, _SpecialGenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments tp was subscripted with: get_args(Dict[str, int]) is
    (str, int); Callable[[A], R] gives ([A], R)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if len(args) == 2 and _is_ellipsis(args[0]):
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


class NewType(_Typing):
    """A distinct type for type checkers; calling it returns its argument.
    pyrc cannot see the caller's module: the repr names __main__."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[2]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x


def _tuple_operator(operation):
    """A method applying operation to the values and another named tuple's
    values or a tuple (NotImplemented for other operands)."""
    def method(self, other):
        other = _tuple_of(other)
        if other is None:
            return NotImplemented
        return operation(self._values, other)
    return method


class _NamedTupleBase:
    """The base of the classes NamedTuple makes: an immutable sequence of
    fields readable by name and by index (not a tuple in pyrc)."""

    __slots__ = ("_values",)

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        if len(args) > len(fields):
            raise TypeError("%s.__new__() takes %d positional argument%s but "
                            "%d were given" % (cls.__name__, len(fields) + 1,
                                               "s" if fields else "",
                                               len(args) + 1))
        values = list(args)
        missing = []
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs[name])
            elif name in cls._field_defaults:
                values.append(cls._field_defaults[name])
            else:
                values.append(None)
                missing.append(name)
        for name in kwargs:
            if name not in fields:
                raise TypeError("%s.__new__() got an unexpected keyword "
                                "argument '%s'" % (cls.__name__, name))
            if name in fields[:len(args)]:
                raise TypeError("%s.__new__() got multiple values for "
                                "argument '%s'" % (cls.__name__, name))
        if missing:
            raise TypeError(_missing_message(cls.__name__, missing))
        super().__setattr__("_values", tuple(values))

    def __setattr__(self, name, value):
        if name in type(self)._fields:
            raise AttributeError("can't set attribute")
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (type(self).__name__, name))

    def __repr__(self):
        parts = ["%s=%r" % (name, value)
                 for name, value in zip(type(self)._fields, self._values)]
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def __len__(self):
        return len(self._values)

    def __getitem__(self, index):
        return self._values[index]

    def __iter__(self):
        return iter(self._values)

    def __contains__(self, item):
        return item in self._values

    def __hash__(self):
        return hash(self._values)

    __eq__ = _tuple_operator(lambda a, b: a == b)
    __ne__ = _tuple_operator(lambda a, b: a != b)
    __lt__ = _tuple_operator(lambda a, b: a < b)
    __le__ = _tuple_operator(lambda a, b: a <= b)
    __gt__ = _tuple_operator(lambda a, b: a > b)
    __ge__ = _tuple_operator(lambda a, b: a >= b)
    __add__ = _tuple_operator(lambda a, b: a + b)
    __radd__ = _tuple_operator(lambda a, b: b + a)

    def __mul__(self, count):
        return self._values * count

    def __rmul__(self, count):
        return self._values * count

    def count(self, value):
        return self._values.count(value)

    def index(self, value, *args):
        return self._values.index(value, *args)

    def _asdict(self):
        """A dict mapping field names to values."""
        return dict(zip(type(self)._fields, self._values))

    def _replace(self, **changes):
        """A new instance with the given fields replaced."""
        cls = type(self)
        values = []
        for name, value in zip(cls._fields, self._values):
            values.append(changes.pop(name, value))
        if changes:
            raise ValueError("Got unexpected field names: %r"
                             % (list(changes),))
        return cls(*values)

    @classmethod
    def _make(cls, iterable):
        """A new instance from a sequence or iterable."""
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError("Expected %d arguments, got %d"
                            % (len(cls._fields), len(values)))
        return cls(*values)


def _tuple_of(value):
    if isinstance(value, tuple):
        return value
    if isinstance(value, _NamedTupleBase):
        return value._values
    return None


def _missing_message(typename, missing):
    names = ["'%s'" % (name,) for name in missing]
    if len(names) == 1:
        listed = names[0]
    elif len(names) == 2:
        listed = names[0] + " and " + names[1]
    else:
        listed = ", ".join(names[:-1]) + ", and " + names[-1]
    return "%s.__new__() missing %d required positional argument%s: %s" % (
        typename, len(missing), "s" if len(missing) > 1 else "", listed)


def _read_only(self, value):
    raise AttributeError("can't set attribute")


def _field_property(index):
    # The setter raises too: pyrc lets a property's setter win over
    # __setattr__.
    return property(lambda self: self._values[index], _read_only)


def NamedTuple(typename, fields=None, /, **kwargs):
    """A class of named tuples: NamedTuple("Point", [("x", int), ("y", int)])
    or NamedTuple("Point", x=int, y=int)."""
    if fields is None:
        fields = list(kwargs.items())
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided "
                        "to NamedTuple, not both")
    names = []
    types = {}
    for name, tp in fields:
        if not isinstance(name, str):
            raise TypeError("Type names and field names must be strings")
        if name.startswith("_"):
            raise ValueError("Field names cannot start with an underscore: %r"
                             % (name,))
        if name in names:
            raise ValueError("Encountered duplicate field name: %r" % (name,))
        names.append(name)
        types[name] = _type_check(tp, "field %s annotation must be a type."
                                  % (name,))
    namespace = {
        "__slots__": (),
        "__module__": "__main__",
        "_fields": tuple(names),
        "_field_defaults": {},
        "__annotations__": types,
        "__match_args__": tuple(names),
    }
    for index, name in enumerate(names):
        namespace[name] = _field_property(index)
    return type(typename, (_NamedTupleBase,), namespace)
