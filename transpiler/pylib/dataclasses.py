"""Data classes (pyrc's dataclasses, after CPython 3.11's documented
behaviour).

@dataclass reads the class's __annotations__ and adds __init__, __repr__,
__eq__, the order methods, __hash__, frozen __setattr__/__delattr__ and
__match_args__ as its arguments ask; field(), fields(), asdict(), astuple(),
replace(), is_dataclass(), make_dataclass(), InitVar, KW_ONLY, MISSING and
FrozenInstanceError behave as CPython's.

pyrc cannot run generated source text (no exec), so the methods are closures
over the class's fields: __init__ takes (self, /, *args, **kwargs), binds the
arguments to the fields itself and raises CPython's TypeErrors, naming itself
by its __qualname__ as a compiled function would.

Differences, each from a missing pyrc feature:
- string annotations (under ``from __future__ import annotations``) are
  recognised as ClassVar, InitVar or KW_ONLY by their spelling
  ("ClassVar[int]", "typing.ClassVar", "InitVar[int]", "dc.KW_ONLY", ...),
  without looking the names up in the class's module (no sys.modules);
- the generated docstring (``Point(x: int, y: int = 0)``) is written for the
  __init__ this module generates; a class whose __init__ is its own gets
  just its name (pyrc has no inspect);
- slots=True builds the new class with type(); weakref_slot adds
  '__weakref__' to the slots, though pyrc has no weak references.
"""

import abc
import copy
import types as _types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised on an attempt to assign or delete a field of a frozen
    dataclass instance."""


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


# Shown for a parameter whose default comes from a default_factory.
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


# The value of a field attribute that was not given (no default, ...).
MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


# Annotating a pseudo-field with KW_ONLY makes the fields after it
# keyword-only.
KW_ONLY = _KW_ONLY_TYPE()


mappingproxy = _types.MappingProxyType

_EMPTY_METADATA = mappingproxy({})


class _FIELD_BASE:
    """The kind of a Field: a real field, a ClassVar or an InitVar."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

# The class attributes dataclass() stores its findings in.
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """InitVar[T] annotates an init-only pseudo-field: a parameter of
    __init__ passed on to __post_init__, not stored."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % (name,)

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What dataclass() knows of one field; made by field() (or for a plain
    annotation), with name, type and kind filled in by dataclass()."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr',
                 'hash', 'init', 'compare', 'metadata', 'kw_only',
                 '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = mappingproxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,'
                'init=%r,repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,'
                '_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare,
                   self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        # A default that is a descriptor learns its name too.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)


class _DataclassParams:
    """The arguments dataclass() was given (__dataclass_params__)."""

    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,'
                'unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order,
                   self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describes one field of a dataclass: its default (or a factory called
    for each instance), whether __init__ takes it, whether repr shows it,
    whether comparisons and the hash use it, metadata for third parties, and
    whether __init__ takes it by keyword only."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# --------------------------------------------------------------- helpers

def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def fields(class_or_instance):
    """The fields of a dataclass or of an instance of one, as a tuple of
    Field objects (ClassVar and InitVar pseudo-fields left out)."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') \
            from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _type_module(obj):
    """The __module__ of obj, read from its class if obj has none."""
    module = getattr(obj, '__module__', None)
    if module is None:
        module = getattr(type(obj), '__module__', None)
    return module


def _is_classvar(annotation):
    """Whether annotation is typing.ClassVar or ClassVar[...] (checked
    without importing typing: its objects say where they come from)."""
    if getattr(type(annotation), '__module__', None) != 'typing':
        return False
    origin = getattr(annotation, '__origin__', annotation)
    return (getattr(type(origin), '__module__', None) == 'typing'
            and getattr(origin, '_name', None) == 'ClassVar')


def _is_initvar(annotation):
    return annotation is InitVar or type(annotation) is InitVar


def _is_kw_only(annotation):
    return annotation is KW_ONLY


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _string_annotation_head(text):
    """('typing', 'ClassVar') for "typing.ClassVar[int]", (None, 'InitVar')
    for "InitVar[str]": the optional module and the first name of a string
    annotation (None when it does not start with a name)."""
    n = len(text)
    i = 0
    while i < n and text[i].isspace():
        i += 1
    start = i
    while i < n and _is_word_char(text[i]):
        i += 1
    first = text[start:i]
    if not first:
        return None
    while i < n and text[i].isspace():
        i += 1
    if i < n and text[i] == '.':
        i += 1
        while i < n and text[i].isspace():
            i += 1
        start = i
        while i < n and _is_word_char(text[i]):
            i += 1
        if i > start:
            return first, text[start:i]
    return None, first


def _string_is(annotation, name):
    """Whether a string annotation names `name`, bare or as an attribute of
    a module ("ClassVar[int]", "typing.ClassVar", "t.ClassVar[str]")."""
    if not isinstance(annotation, str):
        return False
    head = _string_annotation_head(annotation)
    return head is not None and head[1] == name


def _is_classvar_annotation(annotation):
    return _is_classvar(annotation) or _string_is(annotation, 'ClassVar')


def _is_initvar_annotation(annotation):
    return _is_initvar(annotation) or _string_is(annotation, 'InitVar')


def _is_kw_only_annotation(annotation):
    return _is_kw_only(annotation) or _string_is(annotation, 'KW_ONLY')


def _unhashable_class(cls):
    """Whether instances of cls are unhashable (the sign of a mutable
    default)."""
    return getattr(cls, '__hash__', 0) is None


def _make_field(cls, name, annotation, default_kw_only):
    """The Field for the annotation `name: annotation` of cls."""
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    if _is_classvar_annotation(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar_annotation(annotation):
        f._field_type = _FIELD_INITVAR
    else:
        f._field_type = _FIELD

    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % (name,))
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only'
                            % (name,))
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only

    if f._field_type is _FIELD and _unhashable_class(f.default.__class__):
        raise ValueError('mutable default %s for field %s is not allowed: '
                         'use default_factory' % (type(f.default), name))
    return f


def _set_qualname(cls, function):
    """Names a generated method as a method of cls."""
    function.__qualname__ = '%s.%s' % (cls.__qualname__, function.__name__)
    return function


def _set_new_attribute(cls, name, value):
    """Sets cls.name to value unless cls defines name itself: True when it
    does (nothing set)."""
    if name in cls.__dict__:
        return True
    if type(value) is _FunctionType:
        _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _function():
    pass


_FunctionType = type(_function)


def _listing(names):
    """'a', "'a' and 'b'", "'a', 'b', and 'c'": names as a call error
    lists them."""
    quoted = ["'%s'" % (name,) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _plural(count):
    return '' if count == 1 else 's'


# -------------------------------------------------------------- __init__

# A parameter that was not passed (its default applies).
_UNSET = _MISSING_TYPE()

# How __init__ gets each field's value.
_FROM_ARGUMENT = 0          # a parameter without default
_FROM_ARGUMENT_OR_DEFAULT = 1
_FROM_ARGUMENT_OR_FACTORY = 2
_FROM_FACTORY = 3           # init=False with a default_factory
_FROM_DEFAULT = 4           # init=False with a default, on a slots class


class _InitSpec:
    """What a generated __init__ needs: its parameters and, for each field
    it handles, where the value comes from."""

    def __init__(self, std_fields, kw_fields, all_fields, frozen, has_post_init,
                 self_name, slots):
        self.positional = tuple(f.name for f in std_fields)
        self.keyword = tuple(f.name for f in kw_fields)
        self.names = self.positional + self.keyword
        self.index = {}
        for i, name in enumerate(self.names):
            self.index[name] = i
        self.positional_defaults = sum(1 for f in std_fields
                                       if _has_default(f))
        self.required_keyword = tuple(f.name for f in kw_fields
                                      if not _has_default(f))
        # The parameters a call must pass, by index.
        self.required_indexes = tuple(
            i for i, f in enumerate(tuple(std_fields) + tuple(kw_fields))
            if not _has_default(f))
        self.unset = [_UNSET] * len(self.names)
        self.frozen = frozen
        self.has_post_init = has_post_init
        self.self_name = self_name
        # (name, how, parameter index or None, default or factory, store)
        steps = []
        for f in all_fields:
            store = f._field_type is _FIELD
            if f.init:
                if f.default_factory is not MISSING:
                    how, extra = _FROM_ARGUMENT_OR_FACTORY, f.default_factory
                elif f.default is not MISSING:
                    how, extra = _FROM_ARGUMENT_OR_DEFAULT, f.default
                else:
                    how, extra = _FROM_ARGUMENT, None
                steps.append((f.name, how, self.index[f.name], extra, store))
            elif f.default_factory is not MISSING:
                steps.append((f.name, _FROM_FACTORY, None, f.default_factory,
                              store))
            elif slots and f.default is not MISSING:
                steps.append((f.name, _FROM_DEFAULT, None, f.default, store))
        self.steps = tuple(steps)
        self.post_init_names = tuple(f.name for f in all_fields
                                     if f._field_type is _FIELD_INITVAR)
        # Whether a call passing every parameter by position can store the
        # arguments in order (no keyword-only parameters, no InitVar, no
        # field filled by __init__ alone).
        self.simple = not self.keyword and all(
            how <= _FROM_ARGUMENT_OR_FACTORY and store
            for _, how, _, _, store in steps)


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _bind(spec, function, args, kwargs):
    """The values of the parameters (_UNSET for those not passed), or the
    TypeError a compiled function with spec's parameters raises (naming
    function by its __qualname__)."""
    nargs = len(args)
    if nargs > len(spec.positional):
        _raise_bind_error(spec, function, args, kwargs)
    values = list(args)
    values.extend(spec.unset[nargs:])
    index = spec.index
    for name, value in kwargs.items():
        i = index.get(name)
        if i is None or values[i] is not _UNSET:
            _raise_bind_error(spec, function, args, kwargs)
        values[i] = value
    for i in spec.required_indexes:
        if values[i] is _UNSET:
            _raise_bind_error(spec, function, args, kwargs)
    return values


def _raise_bind_error(spec, function, args, kwargs):
    """Raises the TypeError CPython raises for a call with these arguments,
    checking what it checks in its order."""
    qualname = function.__qualname__
    positional = spec.positional
    npos = len(positional)
    values = list(args[:npos])
    values.extend(spec.unset[len(values):])
    index = spec.index
    for name, value in kwargs.items():
        i = index.get(name)
        if i is None:
            if name == spec.self_name:
                raise TypeError("%s() got multiple values for argument '%s'"
                                % (qualname, name))
            raise TypeError("%s() got an unexpected keyword argument '%s'"
                            % (qualname, name))
        if values[i] is not _UNSET:
            raise TypeError("%s() got multiple values for argument '%s'"
                            % (qualname, name))
        values[i] = value
    if len(args) > npos:
        takes = npos + 1
        given = len(args) + 1
        keyword_given = sum(1 for value in values[npos:]
                            if value is not _UNSET)
        if spec.positional_defaults:
            counted = 'from %d to %d positional arguments' % (
                takes - spec.positional_defaults, takes)
        else:
            counted = '%d positional argument%s' % (takes, _plural(takes))
        if keyword_given:
            given_text = ('%d positional argument%s (and %d keyword-only '
                          'argument%s) were' % (given, _plural(given),
                                                keyword_given,
                                                _plural(keyword_given)))
        else:
            given_text = '%d %s' % (given, 'was' if given == 1 else 'were')
        raise TypeError('%s() takes %s but %s given'
                        % (qualname, counted, given_text))
    required = npos - spec.positional_defaults
    missing = [positional[i] for i in range(len(args), required)
               if values[i] is _UNSET]
    if missing:
        raise TypeError('%s() missing %d required positional argument%s: %s'
                        % (qualname, len(missing), _plural(len(missing)),
                           _listing(missing)))
    missing = [name for name in spec.required_keyword
               if values[index[name]] is _UNSET]
    raise TypeError('%s() missing %d required keyword-only argument%s: %s'
                    % (qualname, len(missing), _plural(len(missing)),
                       _listing(missing)))


_object_setattr = object.__setattr__


def _init_fn(spec):
    npos = len(spec.positional)
    names = spec.positional
    simple = spec.simple
    steps = spec.steps
    has_post_init = spec.has_post_init
    post_init_names = spec.post_init_names
    frozen = spec.frozen
    # Without keyword arguments, at least this many positional ones bind
    # every required parameter (never, with required keyword-only ones).
    if spec.required_keyword:
        required = npos + 1
    else:
        required = npos - spec.positional_defaults
    unset = tuple(spec.unset)

    def __init__(self, /, *args, **kwargs):
        if simple and not kwargs and len(args) == npos:
            # Every parameter passed by position: store them in order.
            i = 0
            if frozen:
                for value in args:
                    _object_setattr(self, names[i], value)
                    i += 1
            else:
                for value in args:
                    setattr(self, names[i], value)
                    i += 1
            if has_post_init:
                self.__post_init__()
            return
        if kwargs or len(args) < required or len(args) > npos:
            values = _bind(spec, __init__, args, kwargs)
        else:
            values = args + unset[len(args):]
        post_init_args = None
        for name, how, i, extra, store in steps:
            if how == _FROM_ARGUMENT:
                value = values[i]
            elif how == _FROM_ARGUMENT_OR_DEFAULT:
                value = values[i]
                if value is _UNSET:
                    value = extra
            elif how == _FROM_ARGUMENT_OR_FACTORY:
                value = values[i]
                if value is _UNSET:
                    value = extra()
            elif how == _FROM_FACTORY:
                value = extra()
            else:
                value = extra
            if store:
                if frozen:
                    _object_setattr(self, name, value)
                else:
                    setattr(self, name, value)
            else:
                if post_init_args is None:
                    post_init_args = {}
                post_init_args[name] = value
        if has_post_init:
            if not post_init_names:
                self.__post_init__()
                return
            post_args = []
            for name in post_init_names:
                if post_init_args is None or name not in post_init_args:
                    raise NameError("name '%s' is not defined" % (name,))
                post_args.append(post_init_args[name])
            self.__post_init__(*post_args)

    return __init__


def _format_annotation(annotation):
    """An annotation as a signature shows it."""
    if _type_module(annotation) == 'typing':
        text = repr(annotation)
        out = []
        i = 0
        n = len(text)
        while i < n:
            start = i
            while i < n and (text[i].isalnum() or text[i] in '_.'):
                i += 1
            if i > start:
                word = text[start:i]
                if word.startswith('typing.'):
                    word = word[7:]
                out.append(word)
            else:
                out.append(text[i])
                i += 1
        return ''.join(out)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _init_signature(std_fields, kw_fields):
    """The text of the generated __init__'s signature without self, as
    inspect.signature(cls) shows it: (x: int, y: int = 0, *, k: str)."""
    parts = []
    for f in std_fields:
        parts.append(_parameter_text(f))
    if kw_fields:
        parts.append('*')
        for f in kw_fields:
            parts.append(_parameter_text(f))
    return '(' + ', '.join(parts) + ')'


def _parameter_text(f):
    text = f.name + ': ' + _format_annotation(f.type)
    if f.default_factory is not MISSING:
        return text + ' = <factory>'
    if f.default is not MISSING:
        return text + ' = ' + repr(f.default)
    return text


# Signatures of the generated __init__ functions (for the docstring of
# classes that inherit one), by id; the function is kept alive with it.
_SIGNATURES = {}


def _class_signature(cls):
    """The signature text of calling cls, or '' when unknown."""
    init = None
    for klass in cls.__mro__:
        if klass is object:
            break
        if '__init__' in klass.__dict__:
            init = klass.__dict__['__init__']
            break
    if init is None:
        return '()'
    entry = _SIGNATURES.get(id(init))
    if entry is not None and entry[0] is init:
        return entry[1]
    return ''


# ------------------------------------------------------ the other methods

def _repr_fn(names):
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            parts = []
            for name in names:
                parts.append('%s=%r' % (name, getattr(self, name)))
            return '%s(%s)' % (self.__class__.__qualname__, ', '.join(parts))
        finally:
            running.discard(key)

    return __repr__


def _values(obj, names):
    return tuple([getattr(obj, name) for name in names])


# The methods compare field by field as tuples would (an identical or equal
# pair moves on to the next field), without building the tuples.

def _eq_fn(names):
    def __eq__(self, other):
        if type(other) is type(self) or other.__class__ is self.__class__:
            for name in names:
                a = getattr(self, name)
                b = getattr(other, name)
                if a is not b and not a == b:
                    return False
            return True
        return NotImplemented

    return __eq__


def _order_fn(name, names):
    if name == '__lt__':
        def compare(self, other):
            if type(other) is type(self) or other.__class__ is self.__class__:
                for field_name in names:
                    a = getattr(self, field_name)
                    b = getattr(other, field_name)
                    if a is not b and not a == b:
                        return a < b
                return False
            return NotImplemented
    elif name == '__le__':
        def compare(self, other):
            if type(other) is type(self) or other.__class__ is self.__class__:
                for field_name in names:
                    a = getattr(self, field_name)
                    b = getattr(other, field_name)
                    if a is not b and not a == b:
                        return a <= b
                return True
            return NotImplemented
    elif name == '__gt__':
        def compare(self, other):
            if type(other) is type(self) or other.__class__ is self.__class__:
                for field_name in names:
                    a = getattr(self, field_name)
                    b = getattr(other, field_name)
                    if a is not b and not a == b:
                        return a > b
                return False
            return NotImplemented
    else:
        def compare(self, other):
            if type(other) is type(self) or other.__class__ is self.__class__:
                for field_name in names:
                    a = getattr(self, field_name)
                    b = getattr(other, field_name)
                    if a is not b and not a == b:
                        return a >= b
                return True
            return NotImplemented
    compare.__name__ = name
    return compare


def _hash_fn(names):
    def __hash__(self):
        return hash(_values(self, names))

    return __hash__


def _frozen_fns(cls, names):
    names = frozenset(names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _hash_names(field_list):
    return [f.name for f in field_list
            if (f.compare if f.hash is None else f.hash)]


# What to do about __hash__, by (unsafe_hash, eq, frozen, the class defines
# __hash__ itself): 'add' a generated one, 'none' sets None, 'error' raises,
# None leaves it.
def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    if not unsafe_hash:
        if not eq or has_explicit_hash:
            return None
        return 'add' if frozen else 'none'
    if has_explicit_hash:
        return 'error'
    return 'add'


# ---------------------------------------------------------- dataclass()

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    all_fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))

    # Fields of dataclass bases, most basic first; later ones win.
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = True
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True
            else:
                all_frozen_bases = False

    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_only_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only_annotation(annotation):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been '
                                'specified' % (name,))
            kw_only_seen = True
            kw_only = True
        else:
            own_fields.append(_make_field(cls, name, annotation, kw_only))

    for f in own_fields:
        all_fields[f.name] = f
        # A field() given as the class attribute leaves its default (or
        # nothing) there.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation'
                            % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not all_frozen_bases and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values()
                   if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    std_init_fields = [f for f in init_fields if f.init and not f.kw_only]
    kw_init_fields = [f for f in init_fields if f.init and f.kw_only]

    if init:
        seen_default = False
        for f in std_init_fields:
            if _has_default(f):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default '
                                'argument' % (f.name,))
        self_name = '__dataclass_self__' if 'self' in all_fields else 'self'
        spec = _InitSpec(std_init_fields, kw_init_fields, init_fields, frozen,
                         hasattr(cls, _POST_INIT_NAME), self_name, slots)
        init_function = _init_fn(spec)
        annotations_of_init = {}
        for f in std_init_fields + kw_init_fields:
            annotations_of_init[f.name] = f.type
        annotations_of_init['return'] = None
        init_function.__annotations__ = annotations_of_init
        if not _set_new_attribute(cls, '__init__', init_function):
            _SIGNATURES[id(init_function)] = (
                init_function, _init_signature(std_init_fields,
                                               kw_init_fields))

    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__',
                           _repr_fn([f.name for f in field_list if f.repr]))

    compare_names = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _eq_fn(compare_names))

    if order:
        for name in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new_attribute(cls, name, _order_fn(name, compare_names)):
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering'
                                % (name, cls.__name__))

    if frozen:
        for function in _frozen_fns(cls, [f.name for f in field_list]):
            if _set_new_attribute(cls, function.__name__, function):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (function.__name__, cls.__name__))

    action = _hash_action(bool(unsafe_hash), bool(eq), bool(frozen),
                          has_explicit_hash)
    if action == 'add':
        cls.__hash__ = _set_qualname(cls, _hash_fn(_hash_names(field_list)))
    elif action == 'none':
        cls.__hash__ = None
    elif action == 'error':
        raise TypeError('Cannot overwrite attribute __hash__ in class %s'
                        % (cls.__name__,))

    # (Read from the class's own namespace: pyrc lets a class inherit its
    # base's docstring.)
    if not cls.__dict__.get('__doc__'):
        cls.__doc__ = cls.__name__ + _class_signature(cls)

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc.update_abstractmethods(cls)
    return cls


def _slots_of(cls):
    """The slot names cls declares."""
    slots = cls.__dict__.get('__slots__', ())
    if isinstance(slots, str):
        return (slots,)
    return tuple(slots)


def _add_slots(cls, is_frozen, weakref_slot):
    """cls made again with type(), its fields as __slots__."""
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % (cls.__name__,))
    namespace = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slots_of(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    namespace['__slots__'] = tuple(name for name in wanted
                                   if name not in inherited)
    for name in field_names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    namespace['__module__'] = cls.__module__
    namespace['__qualname__'] = cls.__qualname__
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if is_frozen:
        if '__getstate__' not in namespace:
            new_cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in namespace:
            new_cls.__setstate__ = _dataclass_setstate
    return new_cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and, as asked, the order methods,
    __hash__, frozen __setattr__/__delattr__, __match_args__, __slots__) to
    a class from its annotated fields; usable as @dataclass and
    @dataclass(...)."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# ------------------------------------------------- asdict, astuple, ...

_ATOMIC_TYPES = frozenset([type(None), bool, int, float, str, bytes])


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into
    dataclasses, lists, tuples and dicts (other values deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, lambda f, v: (f.name, v), dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursing like
    asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, lambda f, v: v, tuple_factory)


def _convert(obj, item, factory):
    """asdict()/astuple() of obj: a dataclass instance becomes
    factory([item(field, converted value), ...]); containers are rebuilt
    with converted contents; anything else is deep-copied."""
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append(item(f, _convert(getattr(obj, f.name), item, factory)))
        return factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, item, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, item, factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, item, factory),
                          _convert(v, item, factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with the fields in changes
    replaced (the others copied from obj)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it '
                                 'cannot be specified with replace()'
                                 % (f.name,))
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with '
                                 'replace()' % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """A new dataclass named cls_name; fields holds names, (name, type) or
    (name, type, Field) items; namespace adds class attributes."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            annotation = 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r'
                            % (name,))
        if name in _KEYWORDS:
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = annotation
    body = dict(namespace)
    body.update(defaults)
    body['__annotations__'] = annotations
    # CPython 3.11 makes the class with types.new_class, which leaves
    # __module__ as 'types'.
    body.setdefault('__module__', 'types')
    cls = type(cls_name, tuple(bases), body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
