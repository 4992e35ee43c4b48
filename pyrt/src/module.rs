//! A module's namespace as Python code sees it through `globals()`: a mapping
//! whose entries are the module's static cells (so writes through it land in
//! the same cells compiled code reads) plus names created only at run time.

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
}

/// A module namespace in a `static`.
pub type ModuleStatic = PyStatic<ModuleNamespace>;

impl ModuleNamespace {
    /// A namespace over `cells`.
    pub const fn new(
        name: &'static str,
        cells: &'static [(&'static str, &'static PyStatic<GlobalCell>)],
    ) -> Self {
        ModuleNamespace {
            name,
            cells,
            dynamic: RefCell::new(indexmap::IndexMap::with_hasher(rustc_hash::FxBuildHasher)),
        }
    }

    fn cell(&self, name: &str) -> Option<&'static PyStatic<GlobalCell>> {
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
