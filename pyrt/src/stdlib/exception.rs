//! Exception classes that native modules define (`re.error`, `struct.error`,
//! `json.JSONDecodeError`): made on first use, raised with a message and
//! extra attributes as CPython's modules raise them.

use std::cell::RefCell;
use std::rc::Rc;

use crate::class::PyClass;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::Value;

/// One module-defined exception class, kept in a `thread_local!`.
pub struct ModuleException {
    name: &'static str,
    module: &'static str,
    base: ExcKind,
    class: RefCell<Option<Rc<PyClass>>>,
}

impl ModuleException {
    /// The class `module.name`, deriving from the builtin `base`.
    pub const fn new(name: &'static str, module: &'static str, base: ExcKind) -> Self {
        ModuleException {
            name,
            module,
            base,
            class: RefCell::new(None),
        }
    }

    /// The class, created the first time it is asked for.
    pub fn class(&self) -> PyResult<Rc<PyClass>> {
        if let Some(class) = self.class.borrow().clone() {
            return Ok(class);
        }
        let class = PyClass::create(
            self.name,
            self.name,
            self.module,
            vec![crate::exceptions::class_of_kind(self.base)],
            crate::class::Namespace::default(),
            None,
        )?;
        *self.class.borrow_mut() = Some(class.clone());
        Ok(class)
    }

    /// The class as a module attribute (`None` only if it cannot be made).
    pub fn attribute(&self) -> Option<(&'static str, Value)> {
        self.class().ok().map(|c| (self.name, Value::Class(c)))
    }

    /// An exception of this class with `message` as its argument and
    /// `attrs` set on it (`e.pos`, `e.lineno`, ...).
    pub fn error(&self, message: String, attrs: &[(&str, Value)]) -> PyErr {
        let build = || -> PyResult<PyErr> {
            let object =
                crate::instance::instantiate(&self.class()?, &[Value::string(message)], &[])?;
            if let Value::Instance(i) = &object {
                for (name, value) in attrs {
                    crate::instance::set_attr(i, name, value.clone())?;
                }
            }
            PyErr::from_value(&object)
        };
        build().unwrap_or_else(|e| e)
    }
}
