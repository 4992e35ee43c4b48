//! Instances of Python classes: creation (`Class(...)`), and the attribute
//! protocol (data descriptors, then the instance dict, then class attributes,
//! then `__getattr__`), with method calls that bind no method object.

use std::cell::RefCell;
use std::rc::Rc;

use crate::class::PyClass;
use crate::descr::PyMethod;
use crate::error::{raise, PyResult, TracebackEntry};
use crate::func::{call, KwArgs};
use crate::shape::Attrs;
use crate::value::Value;

/// The state an exception object carries (CPython keeps it on the object).
#[derive(Default)]
pub struct ExcState {
    /// `args`.
    pub args: Vec<Value>,
    /// Frames the exception passed through, innermost first (`__traceback__`).
    pub traceback: Vec<TracebackEntry>,
    /// `__cause__` (set by `raise ... from ...`).
    pub cause: Option<Value>,
    /// `__context__` (the exception being handled when this one was raised).
    pub context: Option<Value>,
    /// `__suppress_context__`.
    pub suppress_context: bool,
}

/// An object whose class is defined in Python (or is a builtin exception class).
pub struct PyInstance {
    class: Rc<PyClass>,
    /// The instance's attributes (`__dict__`).
    pub attrs: RefCell<Attrs>,
    /// For exception objects: their exception state.
    /// (Boxed: most instances are not exceptions.)
    pub exc: Option<Box<RefCell<ExcState>>>,
    /// For instances of a class deriving from a builtin type (`class C(dict)`):
    /// the value of that type the instance is, made by the type's `__new__`
    /// and never replaced (see [`crate::builtin_base`]).
    base: Option<Value>,
}

impl PyInstance {
    /// A new, uninitialised instance of `class`.
    pub fn new(class: Rc<PyClass>) -> Rc<PyInstance> {
        PyInstance::create(class, None)
    }

    /// A new instance of a class whose flags say it is plain (not an
    /// exception class, so no exception state), with no attributes yet.
    #[inline]
    pub fn plain(class: Rc<PyClass>) -> Rc<PyInstance> {
        PyInstance::build(class, None, None)
    }

    /// A new instance of `class` (which derives from a builtin type) that is
    /// the builtin value `base`.
    pub fn with_base(class: Rc<PyClass>, base: Value) -> Rc<PyInstance> {
        PyInstance::create(class, Some(base))
    }

    fn create(class: Rc<PyClass>, base: Option<Value>) -> Rc<PyInstance> {
        let exc = class
            .exception_kind()
            .map(|_| Box::new(RefCell::new(ExcState::default())));
        PyInstance::build(class, exc, base)
    }

    /// An instance with no attributes yet, its class's root shape.
    #[inline]
    fn build(
        class: Rc<PyClass>,
        exc: Option<Box<RefCell<ExcState>>>,
        base: Option<Value>,
    ) -> Rc<PyInstance> {
        Rc::new(PyInstance {
            attrs: RefCell::new(Attrs::new(&class.root_shape)),
            class,
            exc,
            base,
        })
    }

    /// The builtin value the instance is, for instances of a class deriving
    /// from a builtin type.
    #[inline]
    pub fn base(&self) -> Option<&Value> {
        self.base.as_ref()
    }

    /// The instance's class.
    pub fn class(&self) -> Rc<PyClass> {
        self.class.clone()
    }

    /// The instance's class, borrowed.
    #[inline(always)]
    pub fn class_ref(&self) -> &Rc<PyClass> {
        &self.class
    }

    /// Whether the instance is an exception object.
    pub fn is_exception(&self) -> bool {
        self.exc.is_some()
    }
}

/// Calls a class: `__new__` makes the instance (a plain instance when no
/// class in the MRO defines it), then `__init__` runs if the result is an
/// instance of the class.
pub fn instantiate(class: &Rc<PyClass>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let custom_new = class.flags().custom_new;
    let value = if custom_new {
        let value = call_new(class, args, kwargs)?;
        let is_instance = match &value {
            Value::Instance(i) => i.class_ref().is_subclass(class),
            // A metaclass's `__new__` made a class.
            Value::Class(c) => c.metaclass.as_ref().is_some_and(|m| m.is_subclass(class)),
            _ => false,
        };
        if !is_instance {
            return Ok(value);
        }
        value
    } else {
        let instance = PyInstance::new(class.clone());
        if let Some(exc) = &instance.exc {
            exc.borrow_mut().args = args.to_vec();
        }
        Value::Instance(instance)
    };
    match class.init_method() {
        Some(init) => {
            let result = crate::func::call_with_receiver(&init, &value, args, kwargs)?;
            init_result(result)?;
        }
        None if custom_new => {
            // `BaseException.__init__` keeps the call's arguments as `args`.
            if let Value::Instance(i) = &value {
                if let Some(exc) = &i.exc {
                    exc.borrow_mut().args = args.to_vec();
                }
            }
        }
        None if class.exception_kind().is_none() && (!args.is_empty() || !kwargs.is_empty()) => {
            return Err(raise::type_error(format!(
                "{}() takes no arguments",
                class.name
            )));
        }
        None => {}
    }
    Ok(value)
}

/// Checks what `__init__` returned: anything but `None` is a TypeError.
#[inline]
pub fn init_result(result: Value) -> PyResult<()> {
    match result {
        Value::None => Ok(()),
        other => Err(raise::type_error(format!(
            "__init__() should return None, not '{}'",
            other.type_name()
        ))),
    }
}

/// `cls.__new__(cls, *args, **kwargs)` with the `__new__` found through the MRO.
fn call_new(class: &Rc<PyClass>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let new = match class.lookup("__new__") {
        Some(Value::StaticMethod(w)) => w.func.clone(),
        Some(other) => other,
        None => crate::object_type::new_function(),
    };
    crate::func::call_with_receiver(&new, &Value::Class(class.clone()), args, kwargs)
}

/// Binds a class attribute found for `receiver` the way descriptors do.
/// A builtin type's method (`dict.items` inherited by `class C(dict)`) binds
/// like a function.
pub(crate) fn bind(attr: Value, receiver: &Value, class: &Rc<PyClass>) -> PyResult<Value> {
    Ok(match attr {
        Value::Function(_) => Value::PyMethod(Rc::new(PyMethod {
            func: attr,
            receiver: receiver.clone(),
        })),
        Value::Method(ref m) if matches!(m.receiver, Value::Type(_)) => {
            Value::PyMethod(Rc::new(PyMethod {
                func: attr,
                receiver: receiver.clone(),
            }))
        }
        Value::ClassMethod(w) => Value::PyMethod(Rc::new(PyMethod {
            func: w.func.clone(),
            receiver: Value::Class(class.clone()),
        })),
        Value::StaticMethod(w) => w.func.clone(),
        Value::Property(p) => call(&p.fget, std::slice::from_ref(receiver), &[])?,
        descriptor @ Value::Instance(_) if special_method(&descriptor, "__get__").is_some() => {
            let owner = Value::Class(class.clone());
            match call_special(&descriptor, "__get__", &[receiver.clone(), owner]) {
                Some(result) => result?,
                None => descriptor,
            }
        }
        other => other,
    })
}

/// Whether a class attribute is a Python-defined data descriptor (`__set__` or `__delete__`).
fn is_data_descriptor(attr: &Value) -> bool {
    matches!(attr, Value::Instance(_))
        && (special_method(attr, "__set__").is_some()
            || special_method(attr, "__delete__").is_some())
}

/// `instance.name`: the attribute protocol, then `__getattr__` when it
/// raises `AttributeError`.
pub fn get_attr(instance: &Rc<PyInstance>, name: &str) -> PyResult<Value> {
    match get_attr_no_fallback(instance, name) {
        Err(err) if err.kind() == crate::error::ExcKind::AttributeError => {
            match instance.class_ref().lookup("__getattr__") {
                Some(getattr) => {
                    let receiver = Value::Instance(instance.clone());
                    call(&getattr, &[receiver, Value::str(name)], &[])
                }
                None => Err(err),
            }
        }
        other => other,
    }
}

/// `object.__getattribute__(instance, name)`: data descriptors, the
/// instance's attributes, then class attributes; no `__getattr__`.
pub fn get_attr_no_fallback(instance: &Rc<PyInstance>, name: &str) -> PyResult<Value> {
    let class = instance.class();
    // Without data descriptors in the class, the instance dict decides first.
    if !class.flags().data_descriptors {
        if let Some(v) = instance.attrs.borrow().get(name) {
            return Ok(v.clone());
        }
    }
    let receiver = Value::Instance(instance.clone());
    let class_attr = class.lookup(name);
    if let Some(Value::Property(p)) = &class_attr {
        if matches!(p.fget, Value::None) {
            return Err(raise::attribute_error(format!(
                "property '{name}' of '{}' object has no getter",
                class.name
            )));
        }
        return call(&p.fget, &[receiver], &[]);
    }
    if let Some(attr) = class_attr.as_ref().filter(|a| is_data_descriptor(a)) {
        return bind(attr.clone(), &receiver, &class);
    }
    if let Some(v) = instance.attrs.borrow().get(name) {
        return Ok(v.clone());
    }
    if let Some(attr) = class_attr {
        return bind(attr, &receiver, &class);
    }
    if let Some(special) = special_attr(instance, &class, name) {
        return Ok(special);
    }
    if let Some(base) = instance.base() {
        // Data attributes of the builtin value (`int.real`, `range.start`).
        if let Ok(attr) = crate::methods::getattr(base, name) {
            return Ok(attr);
        }
    }
    Err(raise::attribute_error(format!(
        "'{}' object has no attribute '{name}'",
        class.name
    )))
}

/// Attributes every instance has without storing them.
fn special_attr(instance: &Rc<PyInstance>, class: &Rc<PyClass>, name: &str) -> Option<Value> {
    match name {
        "__class__" => Some(crate::builtin_base::class_value(class)),
        "__module__" => Some(Value::str(class.module)),
        "__doc__" => Some(Value::None),
        "__dict__" if slots_allow(class, "__dict__") => Some(Value::InstanceDict(instance.clone())),
        "args" => instance
            .exc
            .as_ref()
            .map(|e| Value::tuple(e.borrow().args.clone())),
        "__cause__" => instance
            .exc
            .as_ref()
            .map(|e| e.borrow().cause.clone().unwrap_or(Value::None)),
        "__context__" => instance
            .exc
            .as_ref()
            .map(|e| e.borrow().context.clone().unwrap_or(Value::None)),
        // A generator's return value: the first argument, else None.
        "value" if class.exception_kind() == Some(crate::error::ExcKind::StopIteration) => instance
            .exc
            .as_ref()
            .map(|e| e.borrow().args.first().cloned().unwrap_or(Value::None)),
        _ => None,
    }
}

/// `instance.name = value`
pub fn set_attr(instance: &Rc<PyInstance>, name: &str, value: Value) -> PyResult<()> {
    let class = instance.class();
    let flags = class.flags();
    if !flags.data_descriptors && !flags.custom_setattr {
        return store_attr(instance, &class, name, value);
    }
    match class.lookup(name) {
        Some(Value::Property(p)) => {
            if matches!(p.fset, Value::None) {
                return Err(raise::attribute_error(format!(
                    "property '{name}' of '{}' object has no setter",
                    class.name
                )));
            }
            let receiver = Value::Instance(instance.clone());
            call(&p.fset, &[receiver, value], &[])?;
            return Ok(());
        }
        Some(descriptor) if special_method(&descriptor, "__set__").is_some() => {
            let receiver = Value::Instance(instance.clone());
            if let Some(result) = call_special(&descriptor, "__set__", &[receiver, value]) {
                result?;
            }
            return Ok(());
        }
        _ => {
            if let Some(setattr) = class.lookup("__setattr__") {
                let receiver = Value::Instance(instance.clone());
                call(&setattr, &[receiver, Value::str(name), value], &[])?;
                return Ok(());
            }
        }
    }
    store_attr(instance, &class, name, value)
}

/// `object.__setattr__`: stores in the instance dict, honouring `__slots__`.
pub fn store_attr(
    instance: &Rc<PyInstance>,
    class: &Rc<PyClass>,
    name: &str,
    value: Value,
) -> PyResult<()> {
    if let Some(exc) = &instance.exc {
        if name == "args" {
            exc.borrow_mut().args = crate::iter::collect(&value)?;
            return Ok(());
        }
    }
    if !slots_allow(class, name) {
        return Err(raise::attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            class.name
        )));
    }
    let old = instance.attrs.borrow_mut().insert(name, value);
    drop(old);
    Ok(())
}

/// Whether `__slots__` (if every class in the MRO declares it) permits `name`.
pub(crate) fn slots_allow(class: &Rc<PyClass>, name: &str) -> bool {
    match class.slot_names() {
        None => true,
        Some(allowed) => allowed.iter().any(|s| s == name || s == "__dict__"),
    }
}

/// `del instance.name`
pub fn del_attr(instance: &Rc<PyInstance>, name: &str) -> PyResult<()> {
    let class = instance.class();
    if let Some(Value::Property(p)) = class.lookup(name) {
        if matches!(p.fdel, Value::None) {
            return Err(raise::attribute_error(format!(
                "property '{name}' of '{}' object has no deleter",
                class.name
            )));
        }
        call(&p.fdel, &[Value::Instance(instance.clone())], &[])?;
        return Ok(());
    }
    if let Some(delattr) = class.lookup("__delattr__") {
        call(
            &delattr,
            &[Value::Instance(instance.clone()), Value::str(name)],
            &[],
        )?;
        return Ok(());
    }
    remove_attr(instance, name)
}

/// `object.__delattr__`: removes an attribute from the instance dict.
pub fn remove_attr(instance: &Rc<PyInstance>, name: &str) -> PyResult<()> {
    let removed = instance.attrs.borrow_mut().remove(name);
    match removed {
        Some(_) => Ok(()),
        None => Err(raise::attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            instance.class_ref().name
        ))),
    }
}

/// `instance.name(*args)`: calls a method found on the class without
/// allocating a bound method.
pub fn call_method(
    instance: &Rc<PyInstance>,
    name: &str,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<Value> {
    let class = instance.class();
    match class.lookup(name) {
        Some(method @ Value::Function(_)) if !instance.attrs.borrow().contains_key(name) => {
            let receiver = Value::Instance(instance.clone());
            return crate::func::call_with_receiver(&method, &receiver, args, kwargs);
        }
        // A builtin type's method (`d.items()` on `class C(dict)`): no bound method.
        Some(Value::Method(m)) if !instance.attrs.borrow().contains_key(name) => {
            if let Value::Type(t) = m.receiver {
                let receiver = Value::Instance(instance.clone());
                return crate::builtin_base::call_method(t, m.name, &receiver, args, kwargs);
            }
        }
        _ => {}
    }
    let attr = get_attr(instance, name)?;
    call(&attr, args, kwargs)
}

/// Looks up a special method on the instance's class (never the instance dict),
/// as CPython does for operators.
pub fn special_method(value: &Value, name: &str) -> Option<Value> {
    match value {
        Value::Instance(i) => i.class().lookup(name),
        Value::Class(c) => c.metaclass.as_ref()?.lookup(name),
        _ => None,
    }
}

/// Calls special method `name` of `value` if its class defines it.
pub fn call_special(value: &Value, name: &str, args: &[Value]) -> Option<PyResult<Value>> {
    let method = special_method(value, name)?;
    Some(crate::func::call_with_receiver(&method, value, args, &[]))
}

/// `class.name`
pub fn class_get_attr(class: &Rc<PyClass>, name: &str) -> PyResult<Value> {
    if let Some(result) = crate::metaclass::class_attribute(class, name, true) {
        return result;
    }
    if let Some(attr) = class.lookup(name) {
        return Ok(match attr {
            Value::ClassMethod(w) => Value::PyMethod(Rc::new(PyMethod {
                func: w.func.clone(),
                receiver: Value::Class(class.clone()),
            })),
            Value::StaticMethod(w) => w.func.clone(),
            // A descriptor read from the class: `__get__(None, cls)`.
            descriptor @ Value::Instance(_) => {
                let owner = Value::Class(class.clone());
                match call_special(&descriptor, "__get__", &[Value::None, owner]) {
                    Some(result) => result?,
                    None => descriptor,
                }
            }
            other => other,
        });
    }
    // `object` ends every MRO, before the metaclass is consulted.
    if let Some(attr) = crate::object_type::attribute(name) {
        return Ok(attr);
    }
    if let Some(result) = crate::metaclass::class_attribute(class, name, false) {
        return result;
    }
    match name {
        "__name__" => Ok(Value::str(class.name)),
        "__qualname__" => Ok(Value::str(class.qualname)),
        "__module__" => Ok(Value::str(class.module)),
        "__mro__" => {
            let mut items: Vec<Value> = class
                .mro_iter()
                .map(crate::builtin_base::class_value)
                .collect();
            items.push(Value::Type(crate::types::TypeId::Object));
            Ok(Value::tuple(items))
        }
        "__bases__" => {
            let bases: Vec<Value> = if class.bases.is_empty() {
                vec![Value::Type(crate::types::TypeId::Object)]
            } else {
                class
                    .bases
                    .iter()
                    .map(crate::builtin_base::class_value)
                    .collect()
            };
            Ok(Value::tuple(bases))
        }
        "__dict__" => {
            let pairs = class
                .dict
                .borrow()
                .iter()
                .map(|(k, v)| (Value::str(k), v.clone()))
                .collect();
            crate::literals::dict(pairs)
        }
        "__doc__" => Ok(Value::None),
        _ => Err(raise::attribute_error(format!(
            "type object '{}' has no attribute '{name}'",
            class.name
        ))),
    }
}

/// `instance.__dict__`: a live mapping over the instance's attributes.
pub fn dict_snapshot(instance: &PyInstance) -> PyResult<Rc<crate::dict::PyDict>> {
    let dict = crate::dict::PyDict::new();
    for (k, v) in instance.attrs.borrow().iter() {
        dict.set(Value::str(k), v.clone())?;
    }
    Ok(Rc::new(dict))
}

fn dict_key(key: &Value) -> PyResult<&str> {
    match key {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(raise::key_error(other.clone())),
    }
}

/// `instance.__dict__[key]`
pub fn dict_getitem(instance: &PyInstance, key: &Value) -> PyResult<Value> {
    let name = dict_key(key)?;
    instance
        .attrs
        .borrow()
        .get(name)
        .cloned()
        .ok_or_else(|| raise::key_error(key.clone()))
}

/// `instance.__dict__[key] = value`
pub fn dict_setitem(instance: &PyInstance, key: &Value, value: Value) -> PyResult<()> {
    match key {
        Value::Str(s) => {
            let old = instance.attrs.borrow_mut().insert(s.as_str(), value);
            drop(old);
            Ok(())
        }
        _ => Err(raise::type_error("pyrc: __dict__ keys must be strings")),
    }
}

/// `del instance.__dict__[key]`
pub fn dict_delitem(instance: &PyInstance, key: &Value) -> PyResult<()> {
    let name = dict_key(key)?;
    match instance.attrs.borrow_mut().remove(name) {
        Some(_) => Ok(()),
        None => Err(raise::key_error(key.clone())),
    }
}

/// Methods of `instance.__dict__`.
pub fn dict_call_method(instance: &Rc<PyInstance>, name: &str, args: &[Value]) -> PyResult<Value> {
    match (name, args) {
        ("get", [key]) => Ok(dict_getitem(instance, key).unwrap_or(Value::None)),
        ("get", [key, default]) => {
            Ok(dict_getitem(instance, key).unwrap_or_else(|_| default.clone()))
        }
        ("setdefault", [key, default]) => match dict_getitem(instance, key) {
            Ok(v) => Ok(v),
            Err(_) => {
                dict_setitem(instance, key, default.clone())?;
                Ok(default.clone())
            }
        },
        ("pop", [key, rest @ ..]) if rest.len() <= 1 => {
            match (dict_getitem(instance, key), rest.first()) {
                (Ok(v), _) => {
                    dict_delitem(instance, key)?;
                    Ok(v)
                }
                (Err(_), Some(default)) => Ok(default.clone()),
                (Err(err), None) => Err(err),
            }
        }
        ("update", [other]) => {
            for pair in
                crate::iter::collect(&crate::methods::call_method(other, "items", &[], &[])?)?
            {
                let [k, v] = crate::unpack::exact::<2>(&pair)?;
                dict_setitem(instance, &k, v)?;
            }
            Ok(Value::None)
        }
        ("clear", []) => {
            instance.attrs.borrow_mut().clear();
            Ok(Value::None)
        }
        _ => {
            let snapshot = Value::Dict(dict_snapshot(instance)?);
            crate::methods::call_method(&snapshot, name, args, &[])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_instance_fits_a_small_allocation() {
        // Class, attributes (shape and values), boxed exception state and
        // builtin base: allocation-heavy programs pay for every word here.
        assert!(
            std::mem::size_of::<PyInstance>() <= 120,
            "{} attrs {}",
            std::mem::size_of::<PyInstance>(),
            std::mem::size_of::<crate::shape::Attrs>()
        );
    }
}
