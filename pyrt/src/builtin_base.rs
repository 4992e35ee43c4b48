//! Classes that derive from builtin types: `class C(dict)`, `class P(tuple)`,
//! `class Name(str)`, `class Celsius(float)`, and their subclasses.
//!
//! In CPython an instance of such a class *is* a value of the builtin type,
//! with a `__dict__` beside it. pyrt keeps the two parts apart:
//!
//! - Each builtin type that can be subclassed has a stand-in class, made once
//!   on first use ([`class_for`]), that takes the type's place in the MROs of
//!   its subclasses. Its namespace holds the type's methods as unbound methods
//!   (`Value::Method` bound to the type: `dict.items`, `dict.__getitem__`,
//!   ...), `__new__` as a static method and `__hash__ = None` for the
//!   unhashable types. Attribute lookup, `super()`, the special-method
//!   protocol and the attribute caches therefore see the builtin's methods as
//!   ordinary class attributes, which a subclass may override and reach again
//!   through `super()` or `dict.__setitem__(self, k, v)`.
//! - An instance is a [`PyInstance`] carrying a value of the builtin type (its
//!   `base`), made by the type's `__new__` ([`builtin_new`]) and never
//!   replaced: a mutable base (dict, list, set) changes in place. An inherited
//!   method runs the builtin method on that value ([`call_method`]); the
//!   special methods of builtin values live in `methods::dunder`.
//! - Python code never sees a stand-in: `__mro__`, `__bases__`, `type()` and
//!   `__class__` show the type itself ([`class_value`]).
//! - Where CPython's builtin code accepts an instance of a subclass once the
//!   special methods have declined (`1.5 + I(3)`, `[1] + L([2])`, `dict(d)`,
//!   `",".join(names)`), pyrt reads the base value through [`view`].
//!
//! Invariant: a stand-in's namespace never changes after it is made (no
//! Python code can reach the stand-in to assign to it), so a cache keyed on a
//! subclass's version tag stays valid exactly as for any other class.

use std::cell::RefCell;
use std::rc::Rc;

use crate::class::{Namespace, PyClass};
use crate::descr::Wrapped;
use crate::error::{raise, PyResult};
use crate::func::{BoundMethod, BuiltinFunction, KwArgs};
use crate::instance::PyInstance;
use crate::types::TypeId;
use crate::value::Value;

/// The builtin types a class can derive from.
const SUBCLASSABLE: &[TypeId] = &[
    TypeId::Int,
    TypeId::Float,
    TypeId::Str,
    TypeId::Bytes,
    TypeId::List,
    TypeId::Tuple,
    TypeId::Dict,
    TypeId::Set,
    TypeId::FrozenSet,
];

/// Builtin types whose `__new__` makes an empty value and whose `__init__`
/// fills it; the others are filled by `__new__`.
fn is_mutable(t: TypeId) -> bool {
    matches!(t, TypeId::List | TypeId::Dict | TypeId::Set)
}

/// Builtin types whose instances cannot be hashed (`__hash__` is `None`).
fn is_unhashable(t: TypeId) -> bool {
    matches!(t, TypeId::List | TypeId::Dict | TypeId::Set)
}

thread_local! {
    /// The stand-in classes made so far (Python code runs on one thread).
    static STAND_INS: RefCell<Vec<(TypeId, Rc<PyClass>)>> = const { RefCell::new(Vec::new()) };
}

/// The class standing for builtin type `t` in the MRO of a class that
/// derives from it; `TypeError` for a type that cannot be a base, as CPython
/// raises it.
pub fn class_for(t: TypeId) -> PyResult<Rc<PyClass>> {
    if !SUBCLASSABLE.contains(&t) && t != TypeId::Type {
        return Err(not_a_base(t));
    }
    Ok(stand_in(t))
}

/// The class of `object()` instances (shown as `object`).
pub fn object_class() -> Rc<PyClass> {
    stand_in(TypeId::Object)
}

/// The stand-in for `t`, made on first use.
fn stand_in(t: TypeId) -> Rc<PyClass> {
    if let Some(class) = STAND_INS.with(|s| {
        s.borrow()
            .iter()
            .find(|(made, _)| *made == t)
            .map(|(_, c)| c.clone())
    }) {
        return class;
    }
    let class = PyClass::create_builtin_type(t, namespace(t));
    STAND_INS.with(|s| s.borrow_mut().push((t, class.clone())));
    class
}

/// `TypeError` for a builtin type that cannot be subclassed (here or in CPython).
fn not_a_base(t: TypeId) -> crate::PyErr {
    let acceptable = matches!(
        t,
        TypeId::Type
            | TypeId::Property
            | TypeId::ClassMethod
            | TypeId::StaticMethod
            | TypeId::Super
            | TypeId::Module
            | TypeId::Enumerate
            | TypeId::Zip
            | TypeId::Map
            | TypeId::Filter
            | TypeId::Reversed
    );
    if acceptable {
        raise::type_error(format!(
            "pyrc: subclassing the builtin type '{}' is not supported yet",
            t.name()
        ))
    } else {
        raise::type_error(format!(
            "type '{}' is not an acceptable base type",
            t.name()
        ))
    }
}

/// The stand-in's namespace: the type's methods and special methods unbound,
/// `__new__`, and `__hash__ = None` where instances are unhashable.
fn namespace(t: TypeId) -> Namespace {
    let mut ns = Namespace::default();
    if t == TypeId::Object {
        // `object`'s methods are the fallback of every lookup (crate::object_type).
        return ns;
    }
    if t == TypeId::Type {
        return crate::metaclass::type_namespace();
    }
    let unbound = |name: &'static str| {
        Value::Method(Rc::new(BoundMethod {
            receiver: Value::Type(t),
            name,
        }))
    };
    for &name in crate::methods::method_names(t) {
        let method = match (t, name) {
            (TypeId::Dict, "fromkeys") => Value::ClassMethod(Rc::new(Wrapped {
                func: Value::Builtin(&DICT_FROMKEYS),
            })),
            (TypeId::Str, "maketrans") => Value::StaticMethod(Rc::new(Wrapped {
                func: unbound(name),
            })),
            _ => unbound(name),
        };
        ns.insert(name.to_string(), method);
    }
    for &name in crate::methods::dunder::names(t) {
        ns.insert(name.to_string(), unbound(name));
    }
    if let Some(new) = new_function(t) {
        ns.insert(
            "__new__".to_string(),
            Value::StaticMethod(Rc::new(Wrapped { func: new })),
        );
    }
    if is_unhashable(t) {
        ns.insert("__hash__".to_string(), Value::None);
    }
    ns
}

/// `t.__dict__`: a dict of the type's attributes (a copy; CPython's is a
/// read-only proxy).
pub fn type_dict(t: TypeId) -> PyResult<Value> {
    let mut pairs: Vec<(Value, Value)> = namespace(t)
        .into_iter()
        .map(|(name, value)| (Value::string(name), value))
        .collect();
    if t == TypeId::Object {
        for name in crate::object_type::NAMES {
            if let Some(method) = crate::object_type::attribute(name) {
                pairs.push((Value::str(name), method));
            }
        }
    }
    crate::literals::dict(pairs)
}

/// How Python code sees a class: a stand-in as its builtin type, any other
/// class as itself.
pub fn class_value(class: &Rc<PyClass>) -> Value {
    match class.builtin_type {
        Some(t) => Value::Type(t),
        None => Value::Class(class.clone()),
    }
}

/// `TypeError` when bases carry values of different builtin types
/// (`class X(dict, list)`), as CPython's instance layouts conflict.
pub fn check_layout(bases: &[Rc<PyClass>]) -> PyResult<()> {
    let mut layout: Option<TypeId> = None;
    let mut exception = false;
    for base in bases {
        exception |= base.exception_kind().is_some();
        let Some(t) = base.base_type else { continue };
        match layout {
            Some(seen) if seen != t => return Err(layout_conflict()),
            _ => layout = Some(t),
        }
    }
    if exception && layout.is_some() {
        return Err(layout_conflict());
    }
    Ok(())
}

fn layout_conflict() -> crate::PyErr {
    raise::type_error("multiple bases have instance lay-out conflict")
}

/// The builtin value an instance of a builtin type's subclass is.
#[inline]
pub fn base_value(v: &Value) -> Option<&Value> {
    match v {
        Value::Instance(i) => i.base(),
        _ => None,
    }
}

/// `v` as builtin code reads it: the builtin value of an instance of a
/// builtin type's subclass, any other value itself.
#[inline]
pub fn view(v: &Value) -> &Value {
    base_value(v).unwrap_or(v)
}

/// The dict whose entries `v` has as CPython copies them without calling
/// Python code: a dict, or the dict of an instance of a dict subclass that
/// keeps dict's `__iter__`.
pub fn plain_dict(v: &Value) -> Option<&Rc<crate::dict::PyDict>> {
    match v {
        Value::Dict(d) => Some(d),
        Value::Instance(i) => match i.base() {
            Some(Value::Dict(d)) if inherits(i.class_ref(), "__iter__", TypeId::Dict) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `class`'s `name` is builtin type `t`'s own method (not overridden).
pub fn inherits(class: &Rc<PyClass>, name: &str, t: TypeId) -> bool {
    matches!(class.lookup(name), Some(Value::Method(m)) if matches!(m.receiver, Value::Type(r) if r == t))
}

/// The builtin value of type `t` that `receiver` is (itself, or the base
/// value of an instance of a subclass of `t`), for `t`'s method `name`.
pub fn receiver_value<'a>(t: TypeId, name: &str, receiver: &'a Value) -> PyResult<&'a Value> {
    let fits = match receiver {
        Value::Instance(i) => i.class_ref().base_type.is_some_and(|b| b.is_subtype_of(t)),
        other => other.type_id().is_subtype_of(t),
    };
    match view(receiver) {
        value if fits => Ok(value),
        _ if is_slot_wrapper(t, name) => Err(raise::type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            t.name(),
            receiver.type_name()
        ))),
        _ => Err(raise::type_error(format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
            t.name(),
            receiver.type_name()
        ))),
    }
}

/// Whether CPython implements `t.name` as a slot wrapper (most special
/// methods) rather than a method (whose type errors are worded differently).
fn is_slot_wrapper(t: TypeId, name: &str) -> bool {
    let method = match name {
        "__format__" | "__round__" | "__trunc__" | "__floor__" | "__ceil__" | "__reversed__" => {
            true
        }
        "__getitem__" => matches!(t, TypeId::Dict | TypeId::List),
        "__contains__" => t == TypeId::Dict,
        _ => !name.starts_with("__"),
    };
    !method
}

/// `t.name(receiver, *args, **kwargs)`: builtin type `t`'s method `name` run
/// on `receiver` (a value of type `t`, or an instance of a subclass).
pub fn call_method(
    t: TypeId,
    name: &str,
    receiver: &Value,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<Value> {
    let value = receiver_value(t, name, receiver)?;
    if name.starts_with("__") {
        return crate::methods::dunder::call(t, receiver, value, name, args, kwargs);
    }
    crate::methods::call_method(value, name, args, kwargs)
}

macro_rules! new_functions {
    ($($t:ident => $f:ident),*) => {
        $(
            #[doc = concat!("`", stringify!($t), ".__new__(cls, *args, **kwargs)`")]
            static $f: BuiltinFunction = BuiltinFunction {
                name: "__new__",
                call: |args, kwargs| builtin_new(TypeId::$t, args, kwargs),
            };
        )*

        /// `t.__new__` as a value, for the types that can be created.
        pub fn new_function(t: TypeId) -> Option<Value> {
            match t {
                $(TypeId::$t => Some(Value::Builtin(&$f)),)*
                TypeId::Object => Some(crate::object_type::new_function()),
                _ => None,
            }
        }
    };
}

new_functions!(
    Int => INT_NEW,
    Float => FLOAT_NEW,
    Str => STR_NEW,
    Bytes => BYTES_NEW,
    List => LIST_NEW,
    Tuple => TUPLE_NEW,
    Dict => DICT_NEW,
    Set => SET_NEW,
    FrozenSet => FROZENSET_NEW
);

/// `t.__new__(cls, *args, **kwargs)`: for `t` itself, a new value as `t(...)`
/// makes it; for a subclass, an instance carrying a value of `t` (empty for
/// the mutable types, whose `__init__` fills it).
pub fn builtin_new(t: TypeId, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some((cls, rest)) = args.split_first() else {
        return Err(raise::type_error(format!(
            "{}.__new__(): not enough arguments",
            t.name()
        )));
    };
    let make = || {
        if is_mutable(t) {
            crate::builtins::construct(t, &[], &[])
        } else {
            crate::builtins::construct(t, rest, kwargs)
        }
    };
    match cls {
        Value::Type(c) if *c == t => make(),
        Value::Class(class) if class.base_type.is_some_and(|b| b.is_subtype_of(t)) => Ok(
            Value::Instance(PyInstance::with_base(class.clone(), make()?)),
        ),
        Value::Type(_) | Value::Class(_) => {
            let name = match cls {
                Value::Class(c) => c.name,
                Value::Type(c) => c.name(),
                _ => "?",
            };
            Err(raise::type_error(format!(
                "{0}.__new__({name}): {name} is not a subtype of {0}",
                t.name()
            )))
        }
        other => Err(raise::type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            t.name(),
            other.type_name()
        ))),
    }
}

/// `dict.fromkeys` as a class method: `cls()` filled through `__setitem__`.
static DICT_FROMKEYS: BuiltinFunction = BuiltinFunction {
    name: "fromkeys",
    call: dict_fromkeys,
};

fn dict_fromkeys(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some((cls, rest)) = args.split_first() else {
        return Err(raise::type_error(
            "descriptor 'fromkeys' of 'dict' object needs an argument",
        ));
    };
    let plain = Value::Type(TypeId::Dict);
    if !matches!(cls, Value::Class(_)) {
        return crate::methods::call_method(&plain, "fromkeys", rest, kwargs);
    }
    crate::methods::args::expect_range("fromkeys", "dict.fromkeys", rest, kwargs, 1, 2)?;
    let dict = crate::func::call(cls, &[], &[])?;
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    let mut keys = crate::iter::Iter::new(&rest[0])?;
    while let Some(key) = keys.next()? {
        crate::subscript::setitem(&dict, key, value.clone())?;
    }
    Ok(dict)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::class::build_class;

    fn subclass(name: &str, bases: &[Value]) -> PyResult<Value> {
        crate::sync::mark_python_thread();
        build_class(name, name, "__main__", bases, Namespace::default(), &[])
    }

    fn message<T>(result: PyResult<T>) -> String {
        match result {
            Ok(_) => "ok".to_string(),
            Err(e) => e.message(),
        }
    }

    #[test]
    fn a_subclass_carries_its_base_type_and_shows_the_type_in_its_mro() {
        let Ok(Value::Class(c)) = subclass("D", &[Value::Type(TypeId::Dict)]) else {
            panic!("class D(dict) builds");
        };
        assert_eq!(c.base_type, Some(TypeId::Dict));
        let mro: Vec<String> = c
            .mro_iter()
            .map(|k| crate::repr::repr(&class_value(k)).unwrap_or_default())
            .collect();
        assert_eq!(mro, ["<class '__main__.D'>", "<class 'dict'>"]);
        assert!(matches!(c.lookup("__hash__"), Some(Value::None)));
        assert!(matches!(c.lookup("items"), Some(Value::Method(_))));
    }

    #[test]
    fn bases_that_cannot_hold_one_value_are_refused() {
        let (dict, list) = (Value::Type(TypeId::Dict), Value::Type(TypeId::List));
        assert_eq!(
            message(subclass("X", &[dict, list])),
            "multiple bases have instance lay-out conflict"
        );
        assert_eq!(
            message(subclass("B", &[Value::Type(TypeId::Bool)])),
            "type 'bool' is not an acceptable base type"
        );
    }

    #[test]
    fn new_makes_an_instance_holding_a_value_of_the_type() {
        let Ok(cls @ Value::Class(_)) = subclass("T", &[Value::Type(TypeId::Tuple)]) else {
            panic!("class T(tuple) builds");
        };
        let items = Value::list(vec![Value::Int(1), Value::Int(2)]);
        let made = builtin_new(TypeId::Tuple, &[cls, items], &[]);
        let Ok(instance) = made else {
            panic!("tuple.__new__(T, [1, 2]) works");
        };
        assert!(matches!(base_value(&instance), Some(Value::Tuple(t)) if t.items.len() == 2));
        assert_eq!(
            message(call_method(TypeId::Int, "__add__", &instance, &[], &[])),
            "descriptor '__add__' requires a 'int' object but received a 'T'"
        );
        assert_eq!(
            message(builtin_new(TypeId::Int, &[Value::Int(1)], &[])),
            "int.__new__(X): X is not a type object (int)"
        );
    }
}
