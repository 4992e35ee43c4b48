//! Modules: a module's namespace is its static cells (so `m.x = v`,
//! `globals()['x'] = v` and `global x` all land in the cell compiled code
//! reads) plus names created only at run time. The same namespace backs the
//! module object (`Value::Module`), its `globals()` mapping, and
//! `from m import x`. [`ModuleInit`] runs a compiled module's body once, in
//! CPython's order, handing out the partly initialised module to circular
//! imports.

use std::cell::RefCell;
use std::rc::Rc;

use crate::error::{raise, PyResult};
use crate::globals::{GlobalCell, NAMESPACES};
use crate::sync::PyStatic;
use crate::value::Value;

/// The namespace of one compiled module.
pub struct ModuleNamespace {
    /// The module's `__name__`.
    pub name: &'static str,
    /// The statically known names and their cells.
    pub cells: &'static [(&'static str, &'static PyStatic<GlobalCell>)],
    /// Names created at run time through `globals()[name] = value`.
    pub dynamic: RefCell<crate::class::Namespace>,
    /// The source file (`None` for modules built into pyrt).
    pub file: Option<&'static str>,
}

/// A module namespace in a `static`.
pub type ModuleStatic = PyStatic<ModuleNamespace>;

impl ModuleNamespace {
    /// A namespace over `cells`.
    pub const fn new(
        name: &'static str,
        cells: &'static [(&'static str, &'static PyStatic<GlobalCell>)],
    ) -> Self {
        ModuleNamespace::with_file(name, None, cells)
    }

    /// A namespace over `cells` for a module compiled from `file`.
    pub const fn with_file(
        name: &'static str,
        file: Option<&'static str>,
        cells: &'static [(&'static str, &'static PyStatic<GlobalCell>)],
    ) -> Self {
        ModuleNamespace {
            name,
            cells,
            dynamic: RefCell::new(indexmap::IndexMap::with_hasher(rustc_hash::FxBuildHasher)),
            file,
        }
    }

    /// The cell of `name`, if the module has one for it.
    pub fn cell(&self, name: &str) -> Option<&'static PyStatic<GlobalCell>> {
        self.cells.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
    }

    /// The value bound to `name`, if any.
    pub fn get(&self, name: &str) -> Option<Value> {
        match self.cell(name) {
            Some(cell) => cell.get().ok(),
            None => self.dynamic.borrow().get(name).cloned(),
        }
    }

    /// Binds `name` (in its cell if it has one).
    pub fn set(&self, name: &str, value: Value) {
        match self.cell(name) {
            Some(cell) => cell.set(value),
            None => {
                let old = self.dynamic.borrow_mut().insert(name.to_string(), value);
                if old.is_none() {
                    NAMESPACES.touch_module_keys();
                }
            }
        }
    }

    /// Unbinds `name`; `false` if it was not bound.
    pub fn delete(&self, name: &str) -> bool {
        match self.cell(name) {
            Some(cell) => cell.delete().is_ok(),
            None => {
                let removed = self.dynamic.borrow_mut().shift_remove(name).is_some();
                if removed {
                    NAMESPACES.touch_module_keys();
                }
                removed
            }
        }
    }

    /// The bound names with their values, cells first.
    pub fn items(&self) -> Vec<(String, Value)> {
        let mut items: Vec<(String, Value)> = self
            .cells
            .iter()
            .filter_map(|(n, c)| c.get().ok().map(|v| (n.to_string(), v)))
            .collect();
        items.extend(
            self.dynamic
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone())),
        );
        items
    }
}

/// `globals()` in a module: the mapping object over its namespace.
pub fn globals(module: &'static ModuleStatic) -> Value {
    Value::Namespace(module)
}

fn key_name(key: &Value) -> PyResult<&str> {
    match key {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(raise::key_error(other.clone())),
    }
}

/// `globals()[key]`
pub fn getitem(ns: &ModuleNamespace, key: &Value) -> PyResult<Value> {
    ns.get(key_name(key)?)
        .ok_or_else(|| raise::key_error(key.clone()))
}

/// `globals()[key] = value`
pub fn setitem(ns: &ModuleNamespace, key: &Value, value: Value) -> PyResult<()> {
    match key {
        Value::Str(s) => {
            ns.set(s.as_str(), value);
            Ok(())
        }
        _ => Err(raise::type_error("pyrc: globals() keys must be strings")),
    }
}

/// `del globals()[key]`
pub fn delitem(ns: &ModuleNamespace, key: &Value) -> PyResult<()> {
    if ns.delete(key_name(key)?) {
        Ok(())
    } else {
        Err(raise::key_error(key.clone()))
    }
}

/// `key in globals()`
pub fn contains(ns: &ModuleNamespace, key: &Value) -> bool {
    matches!(key, Value::Str(s) if ns.get(s.as_str()).is_some())
}

/// A dict snapshot of the namespace (for iteration, `keys()`, `repr`).
pub fn snapshot(ns: &ModuleNamespace) -> PyResult<Rc<crate::dict::PyDict>> {
    let dict = crate::dict::PyDict::new();
    for (k, v) in ns.items() {
        dict.set(Value::string(k), v)?;
    }
    Ok(Rc::new(dict))
}

/// Methods of the `globals()` mapping.
pub fn call_method(ns: &ModuleNamespace, name: &str, args: &[Value]) -> PyResult<Value> {
    match (name, args) {
        ("get", [key]) => Ok(ns.get(key_name(key)?).unwrap_or(Value::None)),
        ("get", [key, default]) => Ok(ns.get(key_name(key)?).unwrap_or_else(|| default.clone())),
        ("setdefault", [key, default]) => {
            let name = key_name(key)?;
            match ns.get(name) {
                Some(v) => Ok(v),
                None => {
                    ns.set(name, default.clone());
                    Ok(default.clone())
                }
            }
        }
        ("pop", [key, rest @ ..]) if rest.len() <= 1 => {
            let name = key_name(key)?;
            match (ns.get(name), rest.first()) {
                (Some(v), _) => {
                    ns.delete(name);
                    Ok(v)
                }
                (None, Some(default)) => Ok(default.clone()),
                (None, None) => Err(raise::key_error(key.clone())),
            }
        }
        ("keys" | "values" | "items" | "copy", []) => {
            let dict = Value::Dict(snapshot(ns)?);
            if name == "copy" {
                return Ok(dict);
            }
            crate::methods::call_method(&dict, name, &[], &[])
        }
        _ => Err(raise::attribute_error(format!(
            "pyrc: globals().{name}() is not supported yet"
        ))),
    }
}

/// `<module 'name' from 'file'>` / `<module 'name' (built-in)>`
pub fn repr(ns: &ModuleNamespace) -> String {
    match ns.file {
        Some(file) => format!("<module '{}' from '{file}'>", ns.name),
        None => format!("<module '{}' (built-in)>", ns.name),
    }
}

/// `module.name`
pub fn getattr(ns: &ModuleNamespace, name: &str) -> PyResult<Value> {
    if let Some(v) = ns.get(name) {
        return Ok(v);
    }
    match name {
        "__name__" => Ok(Value::str(ns.name)),
        "__file__" if ns.file.is_some() => Ok(Value::str(ns.file.unwrap_or_default())),
        "__dict__" => Ok(Value::Dict(snapshot(ns)?)),
        _ => Err(raise::attribute_error(format!(
            "module '{}' has no attribute '{name}'",
            ns.name
        ))),
    }
}

/// `module.name = value`
pub fn setattr(ns: &ModuleNamespace, name: &str, value: Value) {
    ns.set(name, value);
}

/// `del module.name`
pub fn delattr(ns: &ModuleNamespace, name: &str) -> PyResult<()> {
    if ns.delete(name) {
        Ok(())
    } else {
        Err(raise::attribute_error(format!(
            "module '{}' has no attribute '{name}'",
            ns.name
        )))
    }
}

/// `from module import name`: the attribute, else `fallback` (importing the
/// submodule `module.name`, as CPython's `_handle_fromlist` does), else
/// CPython's `ImportError`.
pub fn import_from(
    module: &Value,
    name: &str,
    fallback: Option<fn() -> PyResult<Value>>,
) -> PyResult<Value> {
    let Value::Module(ns) = module else {
        return crate::methods::getattr(module, name);
    };
    if let Some(v) = ns.get(name) {
        return Ok(v);
    }
    if let Some(import_submodule) = fallback {
        return import_submodule();
    }
    let partially = if INITIALISING.with(|s| s.borrow().contains(&ns.name)) {
        "partially initialized module "
    } else {
        ""
    };
    let location = ns.file.unwrap_or("unknown location");
    let circular = if partially.is_empty() {
        ""
    } else {
        " (most likely due to a circular import)"
    };
    Err(crate::PyErr::with_args(
        crate::ExcKind::ImportError,
        vec![Value::string(format!(
            "cannot import name '{name}' from {partially}'{}'{circular} ({location})",
            ns.name
        ))],
    ))
}

/// `from module import *` into `target`: the names in `__all__`, or every
/// name not starting with an underscore.
pub fn import_star(module: &Value, target: &ModuleNamespace) -> PyResult<()> {
    let Value::Module(ns) = module else {
        return Err(raise::type_error("pyrc: import * from a non-module"));
    };
    let names: Vec<String> = match ns.get("__all__") {
        Some(all) => crate::iter::collect(&all)?
            .iter()
            .map(|n| match n {
                Value::Str(s) => Ok(s.as_str().to_string()),
                other => Err(raise::type_error(format!(
                    "Item in {}.__all__ must be str, not {}",
                    ns.name,
                    other.type_name()
                ))),
            })
            .collect::<PyResult<_>>()?,
        None => ns
            .items()
            .into_iter()
            .map(|(k, _)| k)
            .filter(|k| !k.starts_with('_'))
            .collect(),
    };
    for name in names {
        let value = getattr(ns, &name)?;
        target.set(&name, value);
    }
    Ok(())
}

thread_local! {
    /// Names of the modules whose bodies are running (for circular-import messages).
    static INITIALISING: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// Where a compiled module is in its one-time initialisation.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum InitState {
    NotStarted,
    Running,
    Done,
}

/// Runs a compiled module's body once (`import m` anywhere, any number of times).
pub struct ModuleInit {
    state: std::cell::Cell<InitState>,
}

impl Default for ModuleInit {
    fn default() -> Self {
        Self::new()
    }
}

impl ModuleInit {
    /// A module not imported yet.
    pub const fn new() -> Self {
        ModuleInit {
            state: std::cell::Cell::new(InitState::NotStarted),
        }
    }

    /// The module object, running `body` first if this is the first import.
    /// While the body runs (a circular import), the partly initialised module
    /// is returned; if the body raises, the module counts as not imported and
    /// the error propagates, as CPython drops it from `sys.modules`.
    pub fn import(&self, ns: &'static ModuleStatic, body: fn() -> PyResult<()>) -> PyResult<Value> {
        if self.state.get() == InitState::NotStarted {
            self.state.set(InitState::Running);
            INITIALISING.with(|s| s.borrow_mut().push(ns.name));
            let result = body();
            INITIALISING.with(|s| s.borrow_mut().retain(|n| *n != ns.name));
            match result {
                Ok(()) => self.state.set(InitState::Done),
                Err(err) => {
                    self.state.set(InitState::NotStarted);
                    return Err(err);
                }
            }
        }
        Ok(Value::Module(ns))
    }
}
