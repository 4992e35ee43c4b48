//! Standard-library modules implemented natively in Rust.
//!
//! Each module file exposes `pub fn attributes() -> Vec<(&'static str, Value)>`:
//! the module's public names (functions as `Value::Builtin` of a static
//! [`crate::func::BuiltinFunction`], constants as plain values) in the order
//! CPython's `dir()` would not care about, built once when the module is
//! first imported. Module state (such as `random`'s generator) lives in a
//! [`crate::sync::PyStatic`] inside the module file.

pub mod array;
pub mod exception;
pub mod hashlib;
pub mod io;
pub mod json;
pub mod math;
pub mod os;
pub mod random;
pub mod re;
pub mod struct_;
pub mod sys;
pub mod time;

use std::cell::RefCell;

use crate::error::PyResult;
use crate::globals::GlobalCell;
use crate::module::{ModuleNamespace, ModuleStatic};
use crate::sync::PyStatic;
use crate::value::Value;

/// Builds a native module's attributes: (name, value) pairs.
pub type AttributesFn = fn() -> Vec<(&'static str, Value)>;

/// The native modules pyrt provides, with the function building each one's
/// attributes. The transpiler's list of importable standard modules must
/// match this one (a test checks it).
pub const MODULES: &[(&str, AttributesFn)] = &[
    ("array", array::attributes),
    ("hashlib", hashlib::attributes),
    ("io", io::attributes),
    ("json", json::attributes),
    ("math", math::attributes),
    ("os", os::attributes),
    ("os.path", os::path_attributes),
    ("random", random::attributes),
    ("re", re::attributes),
    ("struct", struct_::attributes),
    ("sys", sys::attributes),
    ("time", time::attributes),
];

thread_local! {
    /// Native modules imported so far (CPython's `sys.modules` for them).
    static IMPORTED: RefCell<Vec<(&'static str, &'static ModuleStatic)>> =
        const { RefCell::new(Vec::new()) };
}

/// `import name` for a native module: the module object, built on first import.
/// Every attribute gets a cell of its own, as compiled modules' globals do,
/// so attribute sites cache them the same way.
pub fn import(name: &str) -> PyResult<Value> {
    if let Some(ns) = IMPORTED.with(|m| m.borrow().iter().find(|(n, _)| *n == name).map(|e| e.1)) {
        return Ok(Value::Module(ns));
    }
    let Some(&(static_name, build)) = MODULES.iter().find(|(n, _)| *n == name) else {
        return Err(crate::PyErr::with_args(
            crate::ExcKind::ModuleNotFoundError,
            vec![Value::string(format!("No module named '{name}'"))],
        ));
    };
    let cells: Vec<(&'static str, &'static PyStatic<GlobalCell>)> = build()
        .into_iter()
        .map(|(attr, value)| {
            // Modules live for the whole run, like CPython's `sys.modules`.
            let cell: &'static PyStatic<GlobalCell> =
                Box::leak(Box::new(PyStatic::new(GlobalCell::new(attr))));
            cell.set(value);
            (attr, cell)
        })
        .collect();
    let ns: &'static ModuleStatic = Box::leak(Box::new(PyStatic::new(ModuleNamespace::new(
        static_name,
        Vec::leak(cells),
    ))));
    IMPORTED.with(|m| m.borrow_mut().push((static_name, ns)));
    if static_name == "sys" {
        sys::imported(ns);
    }
    Ok(Value::Module(ns))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_native_module_is_built_once_and_reads_through_its_cells() {
        crate::sync::mark_python_thread();
        let a = import("math").expect("math imports");
        let b = import("math").expect("math imports again");
        assert!(a.is(&b));
        let pi = crate::methods::getattr(&a, "pi").expect("math.pi");
        assert!(matches!(pi, Value::Float(f) if f == std::f64::consts::PI));
        crate::attr::setattr(&a, "pi", Value::Int(3)).expect("math.pi = 3");
        assert!(matches!(
            crate::methods::getattr(&b, "pi"),
            Ok(Value::Int(3))
        ));
        let missing = import("nonexistent").err().expect("no such module");
        assert_eq!(missing.kind(), crate::ExcKind::ModuleNotFoundError);
        assert_eq!(
            crate::repr::repr(&a).ok().as_deref(),
            Some("<module 'math' (built-in)>")
        );
    }
}
