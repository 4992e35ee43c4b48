//! Metaclasses: classes deriving from `type`, whose instances are classes.
//!
//! A class made by a metaclass is an ordinary [`PyClass`] whose `metaclass`
//! field names it (`None` stands for `type`). Making one goes through the
//! metaclass like CPython: `class C(Base, metaclass=M, **kw)` calls
//! `M(name, bases, namespace, **kw)`, which runs `M.__new__` (usually ending
//! in `type.__new__`, [`type_new`]) and `M.__init__`. Afterwards the class
//! object reads attributes its own MRO lacks from the metaclass (bound to the
//! class), and the operations on the class object itself (`C()`, `iter(C)`,
//! `len(C)`, `x in C`, `C[k]`, `repr(C)`, `isinstance(x, C)`) use the
//! metaclass's special methods (see `crate::instance::special_method`).
//!
//! `type` itself takes part in MROs through a stand-in class
//! ([`crate::builtin_base`]) whose namespace is [`type_namespace`]:
//! `type.__new__`, `type.__init__` and `type.__call__`, reached by `super()`
//! from a metaclass's own methods.
//!
//! Not supported: `__prepare__` (a class body always fills an ordered dict)
//! and assigning `__class__` of a class.

use std::rc::Rc;

use crate::class::{ClassStatement, Namespace, PyClass};
use crate::descr::Wrapped;
use crate::error::{raise, PyResult};
use crate::func::{BoundMethod, KwArgs};
use crate::types::TypeId;
use crate::value::Value;

/// The special methods of `type` a metaclass inherits.
const TYPE_METHODS: &[&str] = &["__new__", "__init__", "__call__"];

/// The namespace of `type`'s stand-in class: its methods unbound, `__new__`
/// a static method.
pub fn type_namespace() -> Namespace {
    let mut ns = Namespace::default();
    for &name in TYPE_METHODS {
        let method = Value::Method(Rc::new(BoundMethod {
            receiver: Value::Type(TypeId::Type),
            name,
        }));
        let method = match name {
            "__new__" => Value::StaticMethod(Rc::new(Wrapped { func: method })),
            _ => method,
        };
        ns.insert(name.to_string(), method);
    }
    ns
}

/// `type.name` as an attribute (`type.__new__(M, ...)`, `type.__call__`).
pub fn type_attribute(name: &str) -> Option<Value> {
    let name = TYPE_METHODS.iter().copied().find(|n| *n == name)?;
    Some(Value::Method(Rc::new(BoundMethod {
        receiver: Value::Type(TypeId::Type),
        name,
    })))
}

/// `type.name(*args, **kwargs)` for `type`'s methods; `None` for other names.
pub fn call_type_method(name: &str, args: &[Value], kwargs: KwArgs) -> Option<PyResult<Value>> {
    Some(match name {
        "__new__" => type_new(args, kwargs),
        "__init__" => type_init(args),
        "__call__" => type_call(args, kwargs),
        _ => return None,
    })
}

/// The metaclass a class statement resolves to.
enum Metaclass {
    /// `type` itself.
    Type,
    /// A class deriving from `type`.
    Class(Rc<PyClass>),
    /// Any other callable given as `metaclass=`: called as it is.
    Callable(Value),
}

/// A `class` statement whose metaclass is not plainly `type`: the metaclass
/// makes the class (`M(name, bases, namespace, **keywords)`).
pub fn build_class(
    statement: ClassStatement<'_>,
    namespace: Namespace,
    keywords: KwArgs,
) -> PyResult<Value> {
    let explicit = keywords
        .iter()
        .find(|(k, _)| *k == "metaclass")
        .map(|(_, v)| v.clone());
    let keywords: Vec<(&str, Value)> = keywords
        .iter()
        .filter(|(k, _)| *k != "metaclass")
        .cloned()
        .collect();
    let metaclass = match explicit {
        Some(m) => resolve(&m, statement.bases)?,
        None => resolve(&Value::Type(TypeId::Type), statement.bases)?,
    };
    let callee = match metaclass {
        Metaclass::Type => {
            let class = crate::class::new_class(
                statement.name,
                statement.qualname,
                statement.module,
                statement.bases,
                namespace,
                None,
                &keywords,
            )?;
            return Ok(Value::Class(class));
        }
        Metaclass::Class(m) => {
            if m.mro_iter()
                .any(|c| c.builtin_type.is_none() && c.dict.borrow().contains_key("__prepare__"))
            {
                return Err(raise::type_error(
                    "pyrc: a metaclass's __prepare__ is not supported yet",
                ));
            }
            Value::Class(m)
        }
        Metaclass::Callable(f) => f,
    };
    let args = [
        Value::str(statement.name),
        Value::tuple(statement.bases.to_vec()),
        namespace_dict(&statement, namespace)?,
    ];
    crate::func::call(&callee, &args, &keywords)
}

/// The class body's namespace as the dict a metaclass receives, starting
/// with `__module__` and `__qualname__` as CPython's does.
fn namespace_dict(statement: &ClassStatement<'_>, namespace: Namespace) -> PyResult<Value> {
    let mut pairs = vec![
        (Value::str("__module__"), Value::str(statement.module)),
        (Value::str("__qualname__"), Value::str(statement.qualname)),
    ];
    pairs.extend(
        namespace
            .into_iter()
            .map(|(name, value)| (Value::string(name), value)),
    );
    crate::literals::dict(pairs)
}

/// The most derived metaclass among `explicit` and the bases' metaclasses;
/// CPython's `TypeError` when they are unrelated.
fn resolve(explicit: &Value, bases: &[Value]) -> PyResult<Metaclass> {
    let mut winner: Option<Rc<PyClass>> = match explicit {
        Value::Type(TypeId::Type) => None,
        Value::Class(m) if is_metaclass(m) => Some(m.clone()),
        other => return Ok(Metaclass::Callable(other.clone())),
    };
    for base in bases {
        let base_meta = match base {
            Value::Class(c) => c.metaclass.clone(),
            _ => None,
        };
        if derives(&winner, &base_meta) {
            continue;
        }
        if derives(&base_meta, &winner) {
            winner = base_meta;
            continue;
        }
        return Err(raise::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(match winner {
        Some(m) => Metaclass::Class(m),
        None => Metaclass::Type,
    })
}

/// Whether metaclass `a` is `b` or derives from it (`None` is `type`).
fn derives(a: &Option<Rc<PyClass>>, b: &Option<Rc<PyClass>>) -> bool {
    match (a, b) {
        (_, None) => true,
        (None, Some(_)) => false,
        (Some(a), Some(b)) => a.is_subclass(b),
    }
}

/// Whether `class` derives from `type`.
pub fn is_metaclass(class: &Rc<PyClass>) -> bool {
    class.base_type == Some(TypeId::Type)
}

/// `type.__new__(mcs, name, bases, namespace, **kwargs)`: a new class whose
/// metaclass is `mcs` (or the most derived metaclass of the bases).
fn type_new(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [mcs, name, bases, namespace] = args else {
        return Err(raise::type_error(match args.len() {
            0 => "type.__new__(): not enough arguments".to_string(),
            n => format!("type.__new__() takes exactly 3 arguments ({} given)", n - 1),
        }));
    };
    let explicit = match mcs {
        Value::Class(m) if is_metaclass(m) => Value::Class(m.clone()),
        Value::Type(TypeId::Type) => mcs.clone(),
        other => {
            return Err(raise::type_error(format!(
                "type.__new__(X): X is not a type object ({})",
                other.type_name()
            )))
        }
    };
    let Value::Str(name) = name else {
        return Err(raise::type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            name.type_name()
        )));
    };
    let Value::Tuple(bases) = bases else {
        return Err(raise::type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            bases.type_name()
        )));
    };
    let Value::Dict(dict) = crate::builtin_base::view(namespace) else {
        return Err(raise::type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            namespace.type_name()
        )));
    };
    let mut ns = Namespace::default();
    for (key, value) in dict.map.borrow().iter() {
        if let Value::Str(k) = crate::builtin_base::view(&key.key) {
            ns.insert(k.as_str().to_string(), value.clone());
        }
    }
    let qualname = match ns.shift_remove("__qualname__") {
        Some(Value::Str(q)) => q.as_str().to_string(),
        Some(other) => {
            return Err(raise::type_error(format!(
                "type __qualname__ must be a str, not {}",
                other.type_name()
            )))
        }
        None => name.as_str().to_string(),
    };
    let module: &'static str = match ns.get("__module__") {
        Some(Value::Str(m)) => Box::leak(m.as_str().to_string().into_boxed_str()),
        _ => "builtins",
    };
    let metaclass = match resolve(&explicit, &bases.items)? {
        Metaclass::Class(m) => Some(m),
        _ => None,
    };
    let class = crate::class::new_class(
        name.as_str(),
        &qualname,
        module,
        &bases.items,
        ns,
        metaclass,
        kwargs,
    )?;
    Ok(Value::Class(class))
}

/// `type.__init__(cls, name, bases, namespace)`: nothing to do once
/// `type.__new__` has made the class.
fn type_init(args: &[Value]) -> PyResult<Value> {
    match args.len() {
        2 | 4 => Ok(Value::None),
        _ => Err(raise::type_error("type.__init__() takes 1 or 3 arguments")),
    }
}

/// `type.__call__(cls, *args, **kwargs)`: makes an instance of `cls` the
/// usual way (`__new__`, then `__init__`), bypassing any metaclass `__call__`.
fn type_call(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    match args.split_first() {
        Some((Value::Class(c), rest)) => crate::instance::instantiate(c, rest, kwargs),
        Some((Value::Type(t), rest)) => crate::builtins::construct(*t, rest, kwargs),
        Some((other, _)) => Err(raise::type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            other.type_name()
        ))),
        None => Err(raise::type_error(
            "descriptor '__call__' of 'type' object needs an argument",
        )),
    }
}

/// `C(*args, **kwargs)` for a class with a metaclass: the metaclass's
/// `__call__` (which is `type.__call__` unless it overrides it).
pub fn call_class(class: &Rc<PyClass>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(meta) = &class.metaclass else {
        return crate::instance::instantiate(class, args, kwargs);
    };
    match meta.lookup("__call__") {
        Some(call @ Value::Function(_)) => {
            crate::func::call_with_receiver(&call, &Value::Class(class.clone()), args, kwargs)
        }
        _ => crate::instance::instantiate(class, args, kwargs),
    }
}

/// `C.name` found on the metaclass (after the class's own MRO, or before it
/// for a data descriptor such as a `property`), bound to the class.
pub fn class_attribute(
    class: &Rc<PyClass>,
    name: &str,
    data_only: bool,
) -> Option<PyResult<Value>> {
    let meta = class.metaclass.as_ref()?;
    let attr = meta.lookup(name)?;
    let is_data = matches!(attr, Value::Property(_))
        || (matches!(attr, Value::Instance(_))
            && crate::instance::special_method(&attr, "__set__").is_some());
    if data_only && !is_data {
        return None;
    }
    Some(crate::instance::bind(
        attr,
        &Value::Class(class.clone()),
        meta,
    ))
}

/// `isinstance(obj, class)` through a metaclass's `__instancecheck__`, if
/// it defines one (CPython skips it when `type(obj) is class`).
pub fn instance_check(class: &Rc<PyClass>, obj: &Value) -> Option<PyResult<bool>> {
    if let Value::Instance(i) = obj {
        if Rc::ptr_eq(i.class_ref(), class) {
            return Some(Ok(true));
        }
    }
    special_check(class, "__instancecheck__", obj)
}

/// `issubclass(sub, class)` through a metaclass's `__subclasscheck__`.
pub fn subclass_check(class: &Rc<PyClass>, sub: &Value) -> Option<PyResult<bool>> {
    special_check(class, "__subclasscheck__", sub)
}

fn special_check(class: &Rc<PyClass>, name: &str, arg: &Value) -> Option<PyResult<bool>> {
    let method = class.metaclass.as_ref()?.lookup(name)?;
    if !matches!(method, Value::Function(_)) {
        return None;
    }
    let receiver = Value::Class(class.clone());
    let result =
        crate::func::call_with_receiver(&method, &receiver, std::slice::from_ref(arg), &[]);
    Some(result.and_then(|v| crate::object::truthy(&v)))
}

/// `C[key]`: the metaclass's `__getitem__`, else the class's
/// `__class_getitem__` (`list[int]`-style generic aliases), else CPython's
/// `TypeError`.
pub fn class_getitem(class: &Rc<PyClass>, obj: &Value, key: &Value) -> PyResult<Value> {
    if let Some(result) =
        crate::instance::call_special(obj, "__getitem__", std::slice::from_ref(key))
    {
        return result;
    }
    if let Some(method) = class.lookup("__class_getitem__") {
        let method = match method {
            Value::ClassMethod(w) => w.func.clone(),
            other => other,
        };
        return crate::func::call_with_receiver(&method, obj, std::slice::from_ref(key), &[]);
    }
    Err(raise::type_error(format!(
        "type '{}' is not subscriptable",
        class.name
    )))
}
