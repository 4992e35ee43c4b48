//! `obj.name(args)` sites.

use super::{Slot, Ways};
use crate::error::PyResult;
use crate::func::KwArgs;
use crate::instance::PyInstance;
use crate::stats::{self, CacheKind};
use crate::value::Value;

/// A method found on the class for one (class version, shape) pair.
#[derive(Clone)]
enum Entry {
    Empty,
    /// Instances of this version and shape lack the name; the class has `func`.
    Function {
        version: u64,
        shape: u64,
        func: Value,
    },
}

/// The cache of one method-call site.
pub struct MethodSite {
    name: &'static str,
    /// Calls on a module (`math.sqrt(x)`) read the function through this.
    module_attr: super::AttrSite,
    entries: Ways<Entry>,
}

impl MethodSite {
    /// An empty cache for method `name`.
    pub const fn new(name: &'static str) -> Self {
        MethodSite {
            name,
            module_attr: super::AttrSite::new(name),
            entries: Ways::new([Entry::Empty, Entry::Empty, Entry::Empty, Entry::Empty]),
        }
    }

    /// `obj.name(*args, **kwargs)`, calling a cached function with `obj` as
    /// its first argument: no bound method is allocated.
    #[inline]
    pub fn call(&self, obj: &Value, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
        if let Value::Instance(instance) = obj {
            if let Some(func) = self.cached(instance) {
                stats::hit(CacheKind::Method);
                return crate::func::call_with_receiver(&func, obj, args, kwargs);
            }
            return self.call_miss(instance, args, kwargs);
        }
        if let Value::Module(_) = obj {
            let function = self.module_attr.load(obj)?;
            return crate::func::call(&function, args, kwargs);
        }
        crate::methods::call_method(obj, self.name, args, kwargs)
    }

    #[inline(always)]
    fn cached(&self, instance: &PyInstance) -> Option<Value> {
        let version = instance.class_ref().version.get();
        let shape = instance.attrs.borrow().shape_id()?;
        self.entries.borrow().iter().find_map(|entry| match entry {
            Entry::Function {
                version: v,
                shape: s,
                func,
            } if *v == version && *s == shape => Some(func.clone()),
            _ => None,
        })
    }

    #[cold]
    #[inline(never)]
    fn call_miss(
        &self,
        instance: &std::rc::Rc<PyInstance>,
        args: &[Value],
        kwargs: KwArgs,
    ) -> PyResult<Value> {
        stats::miss(CacheKind::Method);
        if let Some(entry) = self.entry(instance) {
            self.entries.insert(entry, CacheKind::Method);
        }
        crate::instance::call_method(instance, self.name, args, kwargs)
    }

    /// The entry for `instance`, when the name resolves to a plain function
    /// on the class and the instance does not shadow it.
    fn entry(&self, instance: &PyInstance) -> Option<Entry> {
        let class = instance.class_ref();
        let version = class.version.get();
        if version == 0 {
            return None;
        }
        let attrs = instance.attrs.borrow();
        let shape = attrs.shape()?.id();
        if attrs.slot_of(self.name).is_some() {
            return None;
        }
        match class.lookup(self.name)? {
            func @ Value::Function(_) => Some(Entry::Function {
                version,
                shape,
                func,
            }),
            _ => None,
        }
    }
}

impl Slot for Entry {
    fn is_empty(&self) -> bool {
        matches!(self, Entry::Empty)
    }
}
