//! Builtin types as values: `int`, `str`, `list`, ... and their names.

/// Identifies a builtin type. `Value::Type(TypeId)` is the type object itself.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum TypeId {
    /// `object`
    Object,
    /// `NoneType`
    NoneType,
    /// `bool`
    Bool,
    /// `int`
    Int,
    /// `float`
    Float,
    /// `str`
    Str,
    /// `list`
    List,
    /// `tuple`
    Tuple,
    /// `dict`
    Dict,
    /// `dict_keys`
    DictKeys,
    /// `dict_values`
    DictValues,
    /// `dict_items`
    DictItems,
    /// `range`
    Range,
    /// `list_iterator`
    ListIterator,
    /// `tuple_iterator`
    TupleIterator,
    /// `str_ascii_iterator` / `str_iterator`
    StrIterator,
    /// `range_iterator`
    RangeIterator,
    /// `dict_keyiterator`
    DictKeyIterator,
    /// `dict_valueiterator`
    DictValueIterator,
    /// `dict_itemiterator`
    DictItemIterator,
    /// `function`
    Function,
    /// `builtin_function_or_method`
    BuiltinFunction,
    /// `builtin_function_or_method` bound to a receiver
    BuiltinMethod,
    /// `type`
    Type,
    /// An instance of a class defined in Python (its name comes from the class).
    Instance,
    /// `method` (a Python function bound to an object)
    Method,
    /// `property`
    Property,
    /// `classmethod`
    ClassMethod,
    /// `staticmethod`
    StaticMethod,
    /// `NotImplementedType`
    NotImplementedType,
    /// `super`
    Super,
    /// `generator`
    Generator,
    /// `module`
    Module,
    /// `set`
    Set,
    /// `frozenset`
    FrozenSet,
    /// `set_iterator`
    SetIterator,
    /// `bytes`
    Bytes,
    /// `bytes_iterator`
    BytesIterator,
    /// `enumerate`
    Enumerate,
    /// `zip`
    Zip,
    /// `map`
    Map,
    /// `filter`
    Filter,
    /// `reversed` (over a tuple, a str or another sequence without its own reverse iterator)
    Reversed,
    /// `list_reverseiterator`
    ListReverseIterator,
    /// `dict_reversekeyiterator`
    DictReverseKeyIterator,
    /// `dict_reversevalueiterator`
    DictReverseValueIterator,
    /// `dict_reverseitemiterator`
    DictReverseItemIterator,
    /// `slice` (its objects are native: crate::slice)
    Slice,
}

impl TypeId {
    /// The type's `__name__`, as CPython spells it in messages.
    pub fn name(self) -> &'static str {
        match self {
            TypeId::Object => "object",
            TypeId::NoneType => "NoneType",
            TypeId::Bool => "bool",
            TypeId::Int => "int",
            TypeId::Float => "float",
            TypeId::Str => "str",
            TypeId::List => "list",
            TypeId::Tuple => "tuple",
            TypeId::Dict => "dict",
            TypeId::DictKeys => "dict_keys",
            TypeId::DictValues => "dict_values",
            TypeId::DictItems => "dict_items",
            TypeId::Range => "range",
            TypeId::ListIterator => "list_iterator",
            TypeId::TupleIterator => "tuple_iterator",
            TypeId::StrIterator => "str_ascii_iterator",
            TypeId::RangeIterator => "range_iterator",
            TypeId::DictKeyIterator => "dict_keyiterator",
            TypeId::DictValueIterator => "dict_valueiterator",
            TypeId::DictItemIterator => "dict_itemiterator",
            TypeId::Function => "function",
            TypeId::BuiltinFunction | TypeId::BuiltinMethod => "builtin_function_or_method",
            TypeId::Type => "type",
            TypeId::Instance => "object",
            TypeId::Method => "method",
            TypeId::Property => "property",
            TypeId::ClassMethod => "classmethod",
            TypeId::StaticMethod => "staticmethod",
            TypeId::NotImplementedType => "NotImplementedType",
            TypeId::Super => "super",
            TypeId::Generator => "generator",
            TypeId::Module => "module",
            TypeId::Set => "set",
            TypeId::FrozenSet => "frozenset",
            TypeId::SetIterator => "set_iterator",
            TypeId::Bytes => "bytes",
            TypeId::BytesIterator => "bytes_iterator",
            TypeId::Enumerate => "enumerate",
            TypeId::Zip => "zip",
            TypeId::Map => "map",
            TypeId::Filter => "filter",
            TypeId::Reversed => "reversed",
            TypeId::ListReverseIterator => "list_reverseiterator",
            TypeId::DictReverseKeyIterator => "dict_reversekeyiterator",
            TypeId::DictReverseValueIterator => "dict_reversevalueiterator",
            TypeId::DictReverseItemIterator => "dict_reverseitemiterator",
            TypeId::Slice => "slice",
        }
    }

    /// Whether `self` is `other` or a subclass of it (`bool` is a subclass of `int`).
    pub fn is_subtype_of(self, other: TypeId) -> bool {
        self == other || other == TypeId::Object || (self == TypeId::Bool && other == TypeId::Int)
    }
}
