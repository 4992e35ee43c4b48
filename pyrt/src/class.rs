//! Classes defined in Python (and the builtin exception classes): the class
//! object, C3 method resolution order, and the type version tag.
//!
//! Invariant: `version` changes (to a never-used value) whenever the class
//! namespace changes, and a change to a class also changes the version of
//! every subclass, so a cache keyed on a class's version stays valid exactly
//! as long as lookups through its MRO would give the same answers.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use indexmap::IndexMap;

use crate::error::{raise, ExcKind, PyResult};
use crate::func::KwArgs;
use crate::types::TypeId;
use crate::value::Value;

/// The attribute names `__slots__` allows (`None`: instances have a `__dict__`).
pub type SlotNames = Option<Rc<Vec<String>>>;

/// A class object.
pub struct PyClass {
    /// `__name__` (leaked once per class so error messages can borrow it statically).
    pub name: &'static str,
    /// `__qualname__`.
    pub qualname: &'static str,
    /// `__module__`.
    pub module: &'static str,
    /// Direct bases, in order.
    pub bases: Vec<Rc<PyClass>>,
    /// The MRO after the class itself (the class is implicitly first).
    pub mro: Vec<Rc<PyClass>>,
    /// The class namespace.
    pub dict: RefCell<Namespace>,
    /// For the builtin exception classes: which one.
    pub builtin_exception: Option<ExcKind>,
    /// For the class that stands for a builtin type in MROs (`dict` in
    /// `class C(dict)`, see [`crate::builtin_base`]): that type. Python code
    /// sees such a class as the type itself, never as a class object.
    pub builtin_type: Option<TypeId>,
    /// The builtin type whose value every instance carries (`dict` for
    /// `class C(dict)` and its subclasses): the first `builtin_type` in the MRO.
    pub base_type: Option<TypeId>,
    /// The version tag; see the module invariant.
    pub version: Cell<u64>,
    /// Classes that list this one among their bases.
    subclasses: RefCell<Vec<Weak<PyClass>>>,
    /// Results of MRO lookups, valid while `version` equals `cache_version`.
    lookup_cache: RefCell<rustc_hash::FxHashMap<String, Option<Value>>>,
    /// The version the lookup cache was filled under.
    cache_version: Cell<u64>,
    /// The attribute names `__slots__` allows, with the version they were computed under.
    slots_cache: RefCell<Option<(u64, SlotNames)>>,
    /// [`ClassFlags`] with the version they were computed under.
    flags_cache: Cell<(u64, ClassFlags)>,
    /// `__init__` as found through the MRO, with the version it was found under.
    init_cache: RefCell<(u64, Option<Value>)>,
    /// The root of the shape tree its instances' attributes follow.
    pub root_shape: Rc<crate::shape::Shape>,
    /// The class's metaclass when it is not `type` (`class C(metaclass=M)`,
    /// or inherited from a base): `type(C)`, and where operations on the
    /// class object itself (`C()`, `iter(C)`, `C[k]`) look for special methods.
    pub metaclass: Option<Rc<PyClass>>,
}

/// What a new class is made of besides its names.
struct ClassParts {
    bases: Vec<Rc<PyClass>>,
    mro: Vec<Rc<PyClass>>,
    namespace: Namespace,
    builtin_exception: Option<ExcKind>,
    builtin_type: Option<TypeId>,
    metaclass: Option<Rc<PyClass>>,
}

/// Facts about a class's MRO that let attribute access skip lookups.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct ClassFlags {
    /// Some class in the MRO has a data descriptor (a `property`, or an object
    /// whose class defines `__set__` or `__delete__`): instance attribute
    /// access must consult the class first.
    pub data_descriptors: bool,
    /// Some class in the MRO defines `__setattr__` or `__delattr__`.
    pub custom_setattr: bool,
    /// Some class in the MRO defines `__new__`.
    pub custom_new: bool,
    /// Calling the class makes a plain instance and runs `__init__` on it:
    /// no metaclass, no `__new__`, not an exception class.
    pub plain: bool,
}

impl PyClass {
    /// Creates a class from its name, bases and namespace, computing the MRO;
    /// its metaclass is its first base's.
    pub fn create(
        name: &str,
        qualname: &str,
        module: &'static str,
        bases: Vec<Rc<PyClass>>,
        namespace: Namespace,
        builtin_exception: Option<ExcKind>,
    ) -> PyResult<Rc<PyClass>> {
        let metaclass = bases.iter().find_map(|b| b.metaclass.clone());
        PyClass::create_with_metaclass(
            name,
            qualname,
            module,
            bases,
            namespace,
            builtin_exception,
            metaclass,
        )
    }

    /// [`PyClass::create`] with the metaclass given (`None`: `type`).
    pub fn create_with_metaclass(
        name: &str,
        qualname: &str,
        module: &'static str,
        bases: Vec<Rc<PyClass>>,
        namespace: Namespace,
        builtin_exception: Option<ExcKind>,
        metaclass: Option<Rc<PyClass>>,
    ) -> PyResult<Rc<PyClass>> {
        let mro = c3_merge(name, &bases)?;
        Ok(PyClass::new(
            name,
            qualname,
            module,
            ClassParts {
                bases,
                mro,
                namespace,
                builtin_exception,
                builtin_type: None,
                metaclass,
            },
        ))
    }

    /// The class standing for builtin type `t` in the MROs of its subclasses,
    /// with the type's methods in `namespace` (see [`crate::builtin_base`]).
    pub fn create_builtin_type(t: TypeId, namespace: Namespace) -> Rc<PyClass> {
        let name = t.name();
        PyClass::new(
            name,
            name,
            "builtins",
            ClassParts {
                bases: Vec::new(),
                mro: Vec::new(),
                namespace,
                builtin_exception: None,
                builtin_type: Some(t),
                metaclass: None,
            },
        )
    }

    fn new(name: &str, qualname: &str, module: &'static str, parts: ClassParts) -> Rc<PyClass> {
        let ClassParts {
            bases,
            mro,
            namespace,
            builtin_exception,
            builtin_type,
            metaclass,
        } = parts;
        let base_type = match builtin_type {
            Some(TypeId::Object) => None,
            Some(t) => Some(t),
            None => mro.iter().find_map(|c| c.base_type),
        };
        let class = Rc::new(PyClass {
            name: leak(name),
            qualname: leak(qualname),
            module,
            bases,
            mro,
            dict: RefCell::new(namespace),
            builtin_exception,
            builtin_type,
            base_type,
            version: Cell::new(crate::globals::next_version()),
            subclasses: RefCell::new(Vec::new()),
            lookup_cache: RefCell::new(rustc_hash::FxHashMap::default()),
            cache_version: Cell::new(0),
            slots_cache: RefCell::new(None),
            flags_cache: Cell::new((0, ClassFlags::default())),
            root_shape: crate::shape::Shape::root(),
            init_cache: RefCell::new((0, None)),
            metaclass,
        });
        for base in &class.bases {
            base.subclasses.borrow_mut().push(Rc::downgrade(&class));
        }
        class
    }

    /// The classes searched for an attribute: the class itself, then its MRO.
    pub fn mro_iter(self: &Rc<Self>) -> impl Iterator<Item = &Rc<PyClass>> {
        std::iter::once(self).chain(self.mro.iter())
    }

    /// Looks `name` up through the MRO (no descriptor handling). Results are
    /// cached per class until the class or a base changes (its version moves).
    #[inline]
    pub fn lookup(self: &Rc<Self>, name: &str) -> Option<Value> {
        let version = self.version.get();
        if self.cache_version.get() == version {
            if let Some(found) = self.lookup_cache.borrow().get(name) {
                return found.clone();
            }
        } else {
            self.lookup_cache.borrow_mut().clear();
            self.cache_version.set(version);
        }
        let found = self.lookup_uncached(name);
        self.lookup_cache
            .borrow_mut()
            .insert(name.to_string(), found.clone());
        found
    }

    /// The class's [`ClassFlags`], cached until the class or a base changes.
    #[inline]
    pub fn flags(self: &Rc<Self>) -> ClassFlags {
        let (version, flags) = self.flags_cache.get();
        if version == self.version.get() {
            return flags;
        }
        let mut flags = ClassFlags::default();
        for c in self.mro_iter() {
            for (name, value) in c.dict.borrow().iter() {
                flags.data_descriptors |= match value {
                    Value::Property(_) => true,
                    Value::Instance(d) => {
                        let descriptor_class = d.class();
                        descriptor_class.lookup("__set__").is_some()
                            || descriptor_class.lookup("__delete__").is_some()
                    }
                    _ => false,
                };
                flags.custom_setattr |= name == "__setattr__" || name == "__delattr__";
                flags.custom_new |= name == "__new__";
            }
        }
        flags.plain =
            self.metaclass.is_none() && !flags.custom_new && self.exception_kind().is_none();
        self.flags_cache.set((self.version.get(), flags));
        flags
    }

    /// `__init__` through the MRO, cached until the class or a base changes
    /// (creating an instance needs no name lookup).
    #[inline(always)]
    pub fn init_method(self: &Rc<Self>) -> Option<Value> {
        let version = self.version.get();
        {
            let cache = self.init_cache.borrow();
            if cache.0 == version && version != 0 {
                return cache.1.clone();
            }
        }
        self.refill_init_cache(version)
    }

    /// Looks `__init__` up and caches it for class version `version`.
    #[cold]
    #[inline(never)]
    fn refill_init_cache(self: &Rc<Self>, version: u64) -> Option<Value> {
        let found = self.lookup("__init__");
        *self.init_cache.borrow_mut() = (version, found.clone());
        found
    }

    /// The instance attribute names `__slots__` allows, or `None` when
    /// instances have a `__dict__` (some class in the MRO declares no slots).
    /// Cached until the class or a base changes.
    pub fn slot_names(self: &Rc<Self>) -> SlotNames {
        let version = self.version.get();
        if let Some((v, names)) = &*self.slots_cache.borrow() {
            if *v == version {
                return names.clone();
            }
        }
        let names = self.compute_slot_names().map(Rc::new);
        *self.slots_cache.borrow_mut() = Some((version, names.clone()));
        names
    }

    fn compute_slot_names(self: &Rc<Self>) -> Option<Vec<String>> {
        let mut allowed = Vec::new();
        for c in self.mro_iter() {
            let slots = c.dict.borrow().get("__slots__").cloned();
            match slots {
                Some(Value::Str(s)) => allowed.push(s.as_str().to_string()),
                Some(slots) => {
                    for item in crate::iter::collect(&slots).ok()? {
                        if let Value::Str(s) = item {
                            allowed.push(s.as_str().to_string());
                        }
                    }
                }
                // Builtin classes add no `__dict__` of their own.
                None if c.builtin_exception.is_none() && c.builtin_type.is_none() => return None,
                None => {}
            }
        }
        Some(allowed)
    }

    /// Looks `name` up through the MRO without the cache.
    fn lookup_uncached(self: &Rc<Self>, name: &str) -> Option<Value> {
        self.mro_iter()
            .find_map(|c| c.dict.borrow().get(name).cloned())
    }

    /// Whether `self` is `other` or a subclass of it.
    pub fn is_subclass(self: &Rc<Self>, other: &Rc<PyClass>) -> bool {
        self.mro_iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// Sets a class attribute, invalidating caches on this class and its subclasses.
    pub fn set_attr(&self, name: &str, value: Value) {
        let old = self.dict.borrow_mut().insert(name.to_string(), value);
        drop(old);
        self.bump_version();
    }

    /// Deletes a class attribute (`AttributeError` if absent).
    pub fn del_attr(&self, name: &str) -> PyResult<()> {
        let removed = self.dict.borrow_mut().shift_remove(name);
        match removed {
            Some(_) => {
                self.bump_version();
                Ok(())
            }
            None => Err(raise::attribute_error(format!(
                "type object '{}' has no attribute '{name}'",
                self.name
            ))),
        }
    }

    fn bump_version(&self) {
        self.version.set(crate::globals::next_version());
        let subclasses: Vec<Rc<PyClass>> = self
            .subclasses
            .borrow()
            .iter()
            .filter_map(Weak::upgrade)
            .collect();
        for sub in subclasses {
            sub.bump_version();
        }
    }

    /// The name tracebacks print: qualified with the module unless it is
    /// `__main__` or `builtins`.
    pub fn display_name(&self) -> String {
        match self.module {
            "__main__" | "builtins" => self.qualname.to_string(),
            module => format!("{module}.{}", self.qualname),
        }
    }

    /// The builtin exception kind this class is or derives from, if any.
    pub fn exception_kind(self: &Rc<Self>) -> Option<ExcKind> {
        self.mro_iter().find_map(|c| c.builtin_exception)
    }
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

/// C3 linearization of the bases (the MRO after the class itself).
fn c3_merge(_name: &str, bases: &[Rc<PyClass>]) -> PyResult<Vec<Rc<PyClass>>> {
    let mut sequences: Vec<Vec<Rc<PyClass>>> = bases
        .iter()
        .map(|b| b.mro_iter().cloned().collect())
        .collect();
    sequences.push(bases.to_vec());
    let mut result: Vec<Rc<PyClass>> = Vec::new();
    loop {
        sequences.retain(|s| !s.is_empty());
        if sequences.is_empty() {
            return Ok(result);
        }
        let candidate = sequences.iter().map(|s| s[0].clone()).find(|head| {
            !sequences
                .iter()
                .any(|s| s[1..].iter().any(|c| Rc::ptr_eq(c, head)))
        });
        let Some(next) = candidate else {
            let names: Vec<&str> = bases.iter().map(|b| b.name).collect();
            return Err(raise::type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in sequences.iter_mut() {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        result.push(next);
    }
}

/// A class namespace while its body runs.
pub type Namespace = IndexMap<String, Value, rustc_hash::FxBuildHasher>;

/// Builds a class from a `class` statement: `name`, `qualname`, the defining
/// module's name, the evaluated bases, the namespace the body filled and the
/// keyword arguments of the `class` line (passed to `__init_subclass__`).
/// A `metaclass=` keyword or a base with a metaclass hands the class to the
/// metaclass ([`crate::metaclass::build_class`]); otherwise the class is
/// made here as `type.__new__` makes it ([`new_class`]).
pub fn build_class(
    name: &str,
    qualname: &str,
    module: &'static str,
    bases: &[Value],
    namespace: Namespace,
    keywords: KwArgs,
) -> PyResult<Value> {
    let has_metaclass = keywords.iter().any(|(k, _)| *k == "metaclass")
        || bases
            .iter()
            .any(|b| matches!(b, Value::Class(c) if c.metaclass.is_some()));
    if has_metaclass {
        let class = ClassStatement {
            name,
            qualname,
            module,
            bases,
        };
        return crate::metaclass::build_class(class, namespace, keywords);
    }
    let class = new_class(name, qualname, module, bases, namespace, None, keywords)?;
    Ok(Value::Class(class))
}

/// The names and bases of a `class` statement.
pub struct ClassStatement<'a> {
    /// `__name__`.
    pub name: &'a str,
    /// `__qualname__`.
    pub qualname: &'a str,
    /// The defining module's name.
    pub module: &'static str,
    /// The evaluated bases.
    pub bases: &'a [Value],
}

/// What `type.__new__` does: makes the class (with `metaclass`, `None` for
/// `type`), calls `__set_name__` on the namespace's values that define it,
/// then the parent's `__init_subclass__(**keywords)`.
pub fn new_class(
    name: &str,
    qualname: &str,
    module: &'static str,
    bases: &[Value],
    namespace: Namespace,
    metaclass: Option<Rc<PyClass>>,
    keywords: KwArgs,
) -> PyResult<Rc<PyClass>> {
    let class = create_class(name, qualname, module, bases, namespace, metaclass)?;
    set_names(&class)?;
    init_subclass(&class, keywords)?;
    Ok(class)
}

/// `__set_name__(owner, name)` for each namespace value whose class defines
/// it; an error is wrapped in CPython 3.11's `RuntimeError`.
fn set_names(class: &Rc<PyClass>) -> PyResult<()> {
    let entries: Vec<(String, Value)> = class
        .dict
        .borrow()
        .iter()
        .filter(|(_, v)| matches!(v, Value::Instance(_)))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (name, value) in entries {
        let Some(result) = crate::instance::call_special(
            &value,
            "__set_name__",
            &[Value::Class(class.clone()), Value::str(&name)],
        ) else {
            continue;
        };
        if let Err(mut err) = result {
            let mut wrapped = raise::runtime_error(format!(
                "Error calling __set_name__ on '{}' instance '{name}' in '{}'",
                value.type_name(),
                class.name
            ));
            wrapped.set_cause(Some(err.to_value()));
            return Err(wrapped);
        }
    }
    Ok(())
}

/// `super(cls, cls).__init_subclass__(**keywords)`.
fn init_subclass(class: &Rc<PyClass>, keywords: KwArgs) -> PyResult<()> {
    let parent = SuperObject {
        class: class.clone(),
        object: Value::Class(class.clone()),
    };
    let method = parent.get_attr("__init_subclass__")?;
    crate::func::call(&method, &[], keywords)?;
    Ok(())
}

/// The class object of a `class` statement, before `__set_name__` and
/// `__init_subclass__`. A builtin type among the bases (`class C(dict)`) is
/// represented in the MRO by its stand-in class ([`crate::builtin_base::class_for`]).
fn create_class(
    name: &str,
    qualname: &str,
    module: &'static str,
    bases: &[Value],
    namespace: Namespace,
    metaclass: Option<Rc<PyClass>>,
) -> PyResult<Rc<PyClass>> {
    let mut classes = Vec::with_capacity(bases.len());
    for base in bases {
        match base {
            Value::Class(c) => classes.push(c.clone()),
            Value::Type(TypeId::Object) => {}
            Value::Type(t) => classes.push(crate::builtin_base::class_for(*t)?),
            other => {
                return Err(raise::type_error(format!(
                    "bases must be types, not {}",
                    other.type_name()
                )))
            }
        }
    }
    for (i, c) in classes.iter().enumerate() {
        if classes[..i].iter().any(|d| Rc::ptr_eq(c, d)) {
            return Err(raise::type_error(format!(
                "duplicate base class {}",
                c.name
            )));
        }
    }
    crate::builtin_base::check_layout(&classes)?;
    let mut namespace = namespace;
    implicit_descriptors(&mut namespace);
    // Each class has its own `__doc__`, `None` without a docstring.
    namespace
        .entry("__doc__".to_string())
        .or_insert(Value::None);
    PyClass::create_with_metaclass(name, qualname, module, classes, namespace, None, metaclass)
}

/// What `type.__new__` does to a namespace: `__new__` becomes a static
/// method, `__init_subclass__` and `__class_getitem__` class methods, and a
/// class that defines `__eq__` without `__hash__` gets `__hash__ = None`.
fn implicit_descriptors(namespace: &mut Namespace) {
    for (name, wrap) in [
        (
            "__new__",
            Value::StaticMethod as fn(Rc<crate::descr::Wrapped>) -> Value,
        ),
        ("__init_subclass__", Value::ClassMethod),
        ("__class_getitem__", Value::ClassMethod),
    ] {
        if let Some(slot) = namespace.get_mut(name) {
            if let Value::Function(_) = slot {
                let func = std::mem::replace(slot, Value::None);
                *slot = wrap(Rc::new(crate::descr::Wrapped { func }));
            }
        }
    }
    if namespace.contains_key("__eq__") && !namespace.contains_key("__hash__") {
        namespace.insert("__hash__".to_string(), Value::None);
    }
}

/// `del name` in a class body.
pub fn ns_delete(namespace: &mut Namespace, name: &str) -> PyResult<()> {
    match namespace.shift_remove(name) {
        Some(_) => Ok(()),
        None => Err(raise::name_error(name)),
    }
}

/// The object `super()` returns inside a method of `class` called on `object`.
pub struct SuperObject {
    /// The class whose MRO successor is searched.
    pub class: Rc<PyClass>,
    /// The instance (or class) the method was called on.
    pub object: Value,
}

/// `super()` in a method of `class` whose first argument is `object`.
pub fn super_object(class: &Value, object: Value) -> PyResult<Value> {
    let Value::Class(class) = class else {
        return Err(raise::runtime_error("super(): __class__ is not a type"));
    };
    Ok(Value::Super(Rc::new(SuperObject {
        class: class.clone(),
        object,
    })))
}

impl SuperObject {
    /// The class whose MRO is searched, and whether the object is used as a
    /// class (`super()` in a class method or `__new__`) rather than as an
    /// instance (an instance method, or a metaclass method whose instance is
    /// a class).
    fn object_class(&self) -> Option<(Rc<PyClass>, bool)> {
        match &self.object {
            Value::Instance(i) => Some((i.class(), false)),
            Value::Class(c) if c.is_subclass(&self.class) => Some((c.clone(), true)),
            Value::Class(c) => Some((c.metaclass.clone()?, false)),
            _ => None,
        }
    }

    /// `super().name`: the attribute found after `class` in the object's MRO,
    /// bound to the object (left unbound when the object is a class, as in
    /// `super().__new__(cls)`).
    pub fn get_attr(&self, name: &str) -> PyResult<Value> {
        if let Some((start, as_class)) = &self.object_class() {
            let mut after = start.mro_iter().skip_while(|c| !Rc::ptr_eq(c, &self.class));
            after.next();
            for c in after {
                let found = c.dict.borrow().get(name).cloned();
                if let Some(attr) = found {
                    return match attr {
                        Value::ClassMethod(w) if *as_class => {
                            Ok(Value::PyMethod(Rc::new(crate::descr::PyMethod {
                                func: w.func.clone(),
                                receiver: self.object.clone(),
                            })))
                        }
                        Value::StaticMethod(w) if *as_class => Ok(w.func.clone()),
                        other if *as_class => Ok(other),
                        attr => crate::instance::bind(attr, &self.object, start),
                    };
                }
            }
        }
        crate::object_type::bound_method(&self.object, name).ok_or_else(|| {
            raise::attribute_error(format!("'super' object has no attribute '{name}'"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(name: &str, bases: Vec<Rc<PyClass>>) -> Rc<PyClass> {
        crate::sync::mark_python_thread();
        PyClass::create(name, name, "__main__", bases, Namespace::default(), None).unwrap()
    }

    #[test]
    fn c3_orders_a_diamond_like_python() {
        let o = class("O", vec![]);
        let a = class("A", vec![o.clone()]);
        let b = class("B", vec![o.clone()]);
        let d = class("D", vec![a.clone(), b.clone()]);
        let names: Vec<&str> = d.mro_iter().map(|c| c.name).collect();
        assert_eq!(names, ["D", "A", "B", "O"]);
        assert!(d.is_subclass(&o));
        assert!(!a.is_subclass(&b));
    }

    #[test]
    fn inconsistent_hierarchies_are_rejected() {
        let o = class("O", vec![]);
        let a = class("A", vec![o.clone()]);
        let err = PyClass::create("X", "X", "__main__", vec![o, a], Namespace::default(), None);
        assert!(err.is_err());
    }

    #[test]
    fn changing_a_base_changes_subclass_versions() {
        let a = class("A", vec![]);
        let b = class("B", vec![a.clone()]);
        let before = b.version.get();
        a.set_attr("x", Value::Int(1));
        assert_ne!(b.version.get(), before);
        assert!(matches!(b.lookup("x"), Some(Value::Int(1))));
    }
}
