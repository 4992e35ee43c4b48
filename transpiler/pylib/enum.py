"""Enumerations (pyrc's enum, after CPython 3.11's documented behaviour).

Enum, IntEnum, StrEnum, ReprEnum, Flag, IntFlag with their metaclass
EnumType (alias EnumMeta); auto, unique, verify (UNIQUE, CONTINUOUS,
NAMED_FLAGS), member, nonmember, FlagBoundary (STRICT, CONFORM, EJECT,
KEEP), show_flag_values, and the functional API (``Enum('Animal', 'ANT
BEE')``).

pyrc has no metaclass ``__prepare__``, so a class body fills a plain dict and
EnumType.__new__ picks the members out of it afterwards: every name that is
not a dunder or _sunder_ name, not listed in _ignore_ and whose value is not
a descriptor (function, property, classmethod, staticmethod, or an object
whose type has __get__/__set__/__delete__).

Differences, each from a missing pyrc feature:
- a name bound twice in an enum body keeps its last value instead of raising
  TypeError (the body's dict has no history without __prepare__), and
  ``vars()`` inside an enum body is not the namespace being filled;
- members can be rebound or deleted on the class (``Color.RED = 3``): a
  metaclass __setattr__/__delattr__ is not consulted for class objects;
- __init_subclass__ runs before the members exist;
- the functional API cannot see its caller's module: ``__module__`` is
  '__main__' unless ``module=`` is given;
- ``del member.value`` does not reach the property's deleter (pyrc's
  ``del`` ignores a descriptor's __delete__), and dir() of enums and members
  lists their plain attributes;
- global_enum() changes repr() and str() but cannot export the members into
  the module's namespace; pickling is not supported.
- ``1 in Color`` raises TypeError as 3.11 does, without the
  DeprecationWarning on stderr.
"""

import types as _types

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr',
    'global_enum_repr', 'global_str', 'global_enum', 'EnumCheck',
    'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name',
    'pickle_by_enum_name', 'show_flag_values',
]


def _function():
    pass


_FunctionType = type(_function)
_type = type  # (for methods with a parameter called `type`)
_builtin_property = property
# (pyrc's classmethod and staticmethod are not classes isinstance() takes.)
_ClassMethodType = type(classmethod(_function))
_StaticMethodType = type(staticmethod(_function))
_PropertyType = type(_builtin_property(_function))

# Defined further down; EnumType.__new__ checks for them by name until then.
Enum = Flag = ReprEnum = None


class _AutoNull:
    """The value of an auto() whose value is still to be generated."""

    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """In an enum body, stands for the value _generate_next_value_ gives the
    member (1, 2, 3... for Enum; the lower-cased name for StrEnum; powers of
    two for Flag)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Makes its value a member even if it would not be one (a function)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps its value out of the members: it stays a plain class attribute."""

    def __init__(self, value):
        self.value = value


class property:
    """enum's property: reads like a property on members, cannot be set or
    deleted, and read from the class gives the member of the same name (so
    members may be called `name` or `value`)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = getattr(fget, '__name__', None)
        self.clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            members = getattr(ownerclass, '_member_map_', None)
            if members is not None and self.name in members:
                return members[self.name]
            raise AttributeError(self.name)
        if self.fget is None:
            raise AttributeError('<enum %r> cannot get attribute %r'
                                 % (self.clsname, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r'
                                 % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r'
                                 % (self.clsname, self.name))
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


mappingproxy = _types.MappingProxyType


# Helpers on names and values

def _is_dunder(name):
    return (len(name) > 4 and name[:2] == '__' and name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == '_' and name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


# The _sunder_ names an enum body may define.
_ALLOWED_SUNDERS = ('_order_', '_generate_next_value_', '_numeric_repr_',
                    '_missing_', '_ignore_', '_iter_member_',
                    '_iter_member_by_value_', '_iter_member_by_def_')


def _is_descriptor(obj):
    """Whether a value in an enum body is a method or other descriptor (and
    so not a member)."""
    kind = type(obj)
    if (kind is _FunctionType or kind is _PropertyType or kind is _ClassMethodType
            or kind is _StaticMethodType):
        return True
    return (hasattr(kind, '__get__') or hasattr(kind, '__set__')
            or hasattr(kind, '__delete__'))


def _is_single_bit(value):
    return value != 0 and value & (value - 1) == 0


def _iter_bits_lsb(value):
    """The set bits of a non-negative int as powers of two, lowest first."""
    while value:
        low = value & -value
        yield low
        value ^= low


def _bit_count(value):
    count = 0
    while value:
        value &= value - 1
        count += 1
    return count


def _bin(num, max_bits=None):
    """Binary with a separate sign digit, as Flag's error messages show it:
    8 -> '0b0 1000', -5 -> '0b1 011'; padded with the sign digit to max_bits."""
    if num >= 0:
        sign = '0'
        digits = format(num, 'b') if num else ''
    else:
        sign = '1'
        width = num.bit_length()
        digits = format(num & (2 ** width - 1), 'b').rjust(width, '0')
    if max_bits is not None and len(digits) < max_bits:
        digits = sign * (max_bits - len(digits)) + digits
    return '0b%s %s' % (sign, digits)


def show_flag_values(value):
    """The powers of two making up value, lowest first."""
    return list(_iter_bits_lsb(value))


def _builtin_class(cls):
    return getattr(cls, '__module__', None) == 'builtins'


def _defines(cls, name):
    """Whether cls itself (not a base) defines name; builtin types count as
    defining every special method."""
    if _builtin_class(cls):
        return True
    try:
        return name in cls.__dict__
    except Exception:
        return False


def _enum_type_name(cls):
    if Flag is not None and issubclass(cls, Flag):
        return 'flag'
    return 'enum'


# The metaclass

class EnumType(type):
    """The metaclass of enumerations: makes the members when the class is
    made, and gives the class its container behaviour (iteration in
    definition order, len(), `in`, lookup by value and by name)."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        classdict = dict(classdict)
        ignore = classdict.pop('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for name in ignore:
            classdict.pop(name, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)

        # Pick the members out of the body, in definition order.
        members = []
        invalid = []
        private = '_%s__' % cls
        auto_seen = False
        for key, value in list(classdict.items()):
            if _is_dunder(key) or (key.startswith(private) and len(key) > len(private)
                                   and not key.endswith('__')):
                continue  # dunder and private names stay plain attributes
            if key.startswith('__') and not key.endswith('__'):
                continue  # a private name pyrc has not mangled
            if key == '_generate_next_value_' and auto_seen:
                raise TypeError('_generate_next_value_ must be defined before members')
            if _is_sunder(key):
                if key not in _ALLOWED_SUNDERS:
                    raise ValueError('_sunder_ names, such as %r, are reserved '
                                     'for future Enum use' % (key,))
                continue
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif _is_descriptor(value):
                continue
            if key == 'mro':
                invalid.append(key)
            if isinstance(value, auto) or (isinstance(value, tuple) and any(
                    isinstance(v, auto) for v in value)):
                auto_seen = True
            members.append((key, value))
            del classdict[key]
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % ', '.join(repr(n) for n in invalid))

        # Resolve auto() in order, as the body assigned them.
        generate = classdict.get('_generate_next_value_')
        if type(generate) is _StaticMethodType:
            generate = generate.__func__
        if generate is None and first_enum is not None:
            generate = first_enum._generate_next_value_
        names = []
        last_values = []
        resolved = []
        for key, value in members:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(key, 1, len(names), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                items = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = generate(key, 1, len(names), last_values[:])
                        last_values.append(v.value)
                        v = v.value
                    items.append(v)
                value = tuple(items)
            names.append(key)
            last_values.append(value)
            resolved.append((key, value))
        members = resolved

        order = classdict.pop('_order_', None)
        custom_new = classdict.pop('__new__', None)
        if type(custom_new) is _StaticMethodType:
            custom_new = custom_new.__func__
        if custom_new is not None:
            classdict['__new_member__'] = custom_new
        new_member, use_args = metacls._find_new_(custom_new, member_type, first_enum)

        is_flag = Flag is not None and first_enum is not None and issubclass(first_enum, Flag)
        if boundary is None and first_enum is not None:
            boundary = getattr(first_enum, '_boundary_', None)
        if boundary is not None or is_flag:
            classdict['_boundary_'] = boundary
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_unhashable_values_'] = []
        classdict['_member_type_'] = member_type
        classdict['_use_args_'] = use_args
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)

        # Make the members.
        member_names = enum_class._member_names_
        member_map = enum_class._member_map_
        value_map = enum_class._value2member_map_
        unhashable = enum_class._unhashable_values_
        for name, value in members:
            if isinstance(value, tuple) and member_type is not tuple:
                args = value
            else:
                args = (value,)
            if member_type is tuple:
                args = (args,)
            if new_member is None:
                enum_member = object.__new__(enum_class)
            elif use_args:
                enum_member = new_member(enum_class, *args)
            else:
                enum_member = new_member(enum_class)
            if not hasattr(enum_member, '_value_'):
                if member_type is object:
                    enum_member._value_ = value
                else:
                    enum_member._value_ = member_type(*args)
            value = enum_member._value_
            enum_member._name_ = name
            enum_member.__objclass__ = enum_class
            enum_member.__init__(*args)
            enum_member._sort_order_ = len(member_names)

            canonical = _auto_null
            try:
                canonical = value_map.get(value, _auto_null)
            except TypeError:
                for other in member_map.values():
                    if other._value_ == value:
                        canonical = other
                        break
            if canonical is not _auto_null:
                enum_member = canonical  # an alias
            elif not is_flag or (isinstance(value, int) and _is_single_bit(value)):
                member_names.append(name)
            if not metacls._shadowed_(enum_class, name):
                setattr(enum_class, name, enum_member)
            member_map[name] = enum_member
            try:
                value_map.setdefault(value, enum_member)
            except TypeError:
                unhashable.append(value)

        if is_flag:
            singles = 0
            multi = 0
            for m in member_map.values():
                v = m._value_
                if _is_single_bit(v):
                    singles |= v
                else:
                    multi |= v
            flag_mask = singles | multi
            enum_class._flag_mask_ = flag_mask
            enum_class._singles_mask_ = singles
            enum_class._all_bits_ = 2 ** flag_mask.bit_length() - 1

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if is_flag:
                order = [n for n in order
                         if n not in member_map or _is_single_bit(member_map[n]._value_)]
            if order != member_names:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (member_names, order))

        # str() and format() of ReprEnum subclasses are the data type's.
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data '
                                'type (i.e. int, str, float, etc.)')
            if '__format__' not in classdict:
                enum_class.__format__ = member_type.__format__
                classdict['__format__'] = enum_class.__format__
            if '__str__' not in classdict:
                if issubclass(member_type, str):
                    enum_class.__str__ = str.__str__
                else:
                    enum_class.__str__ = member_type.__repr__
                classdict['__str__'] = enum_class.__str__
        # Otherwise an enum's repr(), str() and format() win over those of
        # the data type it mixes in (or object's).
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__'):
                if name in classdict:
                    continue
                owner = None
                for klass in enum_class.__mro__[1:]:
                    if _defines(klass, name):
                        owner = klass
                        break
                if owner is None or isinstance(owner, EnumType):
                    continue
                if owner is object or (member_type is not object
                                       and owner in member_type.__mro__):
                    setattr(enum_class, name, getattr(first_enum, name))
        # Flag's operators win over those of a data type (int for IntFlag).
        if is_flag:
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                         '__rxor__', '__invert__'):
                if name not in classdict:
                    setattr(enum_class, name, getattr(Flag, name))
        return enum_class

    @staticmethod
    def _shadowed_(enum_class, name):
        """Whether an enum property of that name (`name`, `value`) sits in a
        base: the member is then reached through it, not set on the class."""
        for klass in enum_class.__mro__[1:]:
            try:
                attr = klass.__dict__.get(name)
            except Exception:
                continue
            if attr is not None:
                return isinstance(attr, property)
        return False

    @staticmethod
    def _get_mixins_(class_name, bases):
        """The data type the members are instances of (object if none) and
        the enum class the new one derives from."""
        if not bases:
            return object, None
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, base))
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        data_types = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        if base._member_type_ not in data_types:
                            data_types.append(base._member_type_)
                        break
                elif _builtin_class(base) or '__new__' in base.__dict__:
                    found = candidate or base
                    if found not in data_types:
                        data_types.append(found)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r'
                            % (class_name, set(data_types)))
        member_type = data_types[0] if data_types else object
        return member_type, first_enum

    @staticmethod
    def _find_new_(custom_new, member_type, first_enum):
        """The callable making a member and whether it takes the value's
        arguments: the body's __new__, an enum base's, the data type's, or
        (None) object.__new__ without arguments."""
        if custom_new is not None:
            return custom_new, True
        if first_enum is not None:
            inherited = getattr(first_enum, '__new_member__', None)
            if inherited is not None:
                return inherited, True
        if member_type is not object:
            for klass in member_type.__mro__:
                if klass is object:
                    break
                if _builtin_class(klass) or '__new__' in klass.__dict__:
                    return member_type.__new__, True
        return None, False

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """Color(1): the member with that value; Enum('Animal', 'ANT BEE'):
        a new enumeration (the functional API)."""
        if names is None:
            return _lookup(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = _type(cls)
        bases = (cls,) if type is None else (type, cls)
        first_enum = bases[-1]
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs = []
            last_values = []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        classdict = {}
        classdict['__module__'] = module if module is not None else '__main__'
        classdict['__qualname__'] = qualname if qualname is not None else class_name
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __repr__(cls):
        return '<%s %r>' % (_enum_type_name(cls), cls.__name__)

    @_builtin_property
    def __members__(cls):
        """Every member by name, aliases included, in definition order."""
        return mappingproxy(cls._member_map_)


EnumMeta = EnumType


def _lookup(cls, value):
    """The member of cls with that value, else what cls._missing_ finds,
    else ValueError."""
    if type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for candidate in cls._member_map_.values():
            if candidate._value_ == value:
                return candidate
    try:
        result = cls._missing_(value)
    except ValueError:
        raise
    except Exception as exc:
        raise exc from ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    if isinstance(result, cls):
        return result
    if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
            and isinstance(result, int)):
        return result
    if result is None:
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                    % (cls.__name__, result))


class Enum(metaclass=EnumType):
    """Base class of enumerations: members have a name and a value, compare
    by identity and hash by name."""

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """auto(): one more than the last value (the start value first)."""
        if not last_values:
            return start
        last = last_values[-1]
        try:
            if last == sorted(last_values)[-1]:
                return last + 1
        except TypeError:
            pass
        # The values are not ordered or the last is not the largest: one
        # more than the last value that takes it.
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose members' str() and format() are their value's (only
    repr() shows the member)."""


class IntEnum(int, ReprEnum):
    """An enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        created = str.__new__(cls, value)
        created._value_ = value
        return created

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What Flag(value) does with bits no member names: STRICT raises
    ValueError, CONFORM drops them, EJECT returns a plain int, KEEP keeps
    them in the pseudo-member."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """An enum whose members combine with |, & , ^ and ~; combinations no
    member names are pseudo-members named like 'R|W'."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """auto(): the power of two above the highest value so far."""
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = last.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % (last,)) from None
        return 2 ** (high + 1)

    @classmethod
    def _iter_member_(cls, value):
        """The canonical (single-bit) members within value, in definition order."""
        members = cls._member_map_
        for name in cls._member_names_:
            m = members[name]
            if m._value_ & value == m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        """The pseudo-member for a combination of flags."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles = cls._singles_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        negative = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bin(value, bits), _bin(flag_mask, bits)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            negative = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliased = value & ~singles
        known = value & singles
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if known or aliased:
            parts = list(cls._iter_member_(known))
            combined = 0
            for m in parts:
                combined |= m._value_
            if aliased:
                wanted = known | aliased
                for m in cls._member_map_.values():
                    v = m._value_
                    if m not in parts and v and v & wanted == v:
                        parts.append(m)
                        combined |= v
            unknown = value ^ combined
            if not combined:
                pseudo._name_ = None
            else:
                pseudo._name_ = '|'.join(m._name_ for m in parts)
                if unknown and boundary is STRICT:
                    raise ValueError('%r: no members with value %r' % (cls, unknown))
                if unknown:
                    pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if negative is not None:
                cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return _bit_count(self._value_)

    def __repr__(self):
        name = type(self).__name__
        if self._name_ is None:
            return '<%s: %r>' % (name, self._value_)
        return '<%s.%s: %r>' % (name, self._name_, self._value_)

    def __str__(self):
        name = type(self).__name__
        if self._name_ is None:
            return '%s(%r)' % (name, self._value_)
        return '%s.%s' % (name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _flag_operand(self, other):
        """other's value if it combines with self, else None."""
        if isinstance(other, type(self)):
            return other._value_
        member_type = self._member_type_
        if member_type is not object and isinstance(other, member_type):
            return other
        return None

    def __or__(self, other):
        v = self._flag_operand(other)
        if v is None:
            return NotImplemented
        return type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._flag_operand(other)
        if v is None:
            return NotImplemented
        return type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._flag_operand(other)
        if v is None:
            return NotImplemented
        return type(self)(self._value_ ^ v)

    def __ror__(self, other):
        return self.__or__(other)

    def __rand__(self, other):
        return self.__and__(other)

    def __rxor__(self, other):
        return self.__xor__(other)

    def __invert__(self):
        cls = type(self)
        if cls._boundary_ is EJECT or cls._boundary_ is KEEP:
            return cls(~self._value_)
        return cls(cls._singles_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints and combine with ints too."""


def unique(enumeration):
    """Class decorator raising ValueError if the enumeration has aliases."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                  if name != m.name]
    if duplicates:
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, ', '.join('%s -> %s' % pair for pair in duplicates)))
    return enumeration


class EnumCheck(StrEnum):
    """The constraints verify() checks."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS
UNIQUE = EnumCheck.UNIQUE


class verify:
    """Class decorator checking an enumeration against EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(name, m.name) for name, m in enumeration.__members__.items()
                           if name != m.name]
                if aliases:
                    raise ValueError('aliases found in %r: %s' % (
                        enumeration, ', '.join('%s -> %s' % pair for pair in aliases)))
            elif check is CONTINUOUS:
                values = set(m.value for m in enumeration)
                if len(values) < 2:
                    continue
                low = min(values)
                high = max(values)
                if kind == 'flag':
                    expected = [2 ** i for i in range(low.bit_length(), high.bit_length() - 1)]
                else:
                    expected = range(low + 1, high)
                missing = [v for v in expected if v not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s' % (
                        kind, cls_name, ', '.join(str(v) for v in missing)))[:256])
            elif check is NAMED_FLAGS:
                canonical = enumeration._member_names_
                named_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in canonical or alias.value < 0:
                        continue
                    missed = [v for v in _iter_bits_lsb(alias.value) if v not in named_values]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        which = 'alias %s is missing' % missing_names[0]
                    else:
                        which = 'aliases %s and %s are missing' % (
                            ', '.join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        what = 'value 0x%x' % missing_value
                    else:
                        what = 'combined values of 0x%x' % missing_value
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values'
                                     '(value) for details]' % (cls_name, which, what))
        return enumeration


# Repr/str helpers CPython offers for global enums, and pickling helpers.

def global_enum_repr(self):
    module = type(self).__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    module = type(self).__module__.split('.')[-1]
    cls_name = type(self).__name__
    if self._name_ is None:
        return '%s.%s(%r)' % (module, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    # (unnamed bits KEEP leaves in the name are shown as numbers)
    return '|'.join(name if name[0].isdigit() else '%s.%s' % (module, name)
                    for name in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (type(self).__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Gives the class the repr (and with update_str the str) of members
    exported to their module's namespace (exporting them is left to the
    program: pyrc cannot write another module's globals here)."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (type(self), self._name_)
