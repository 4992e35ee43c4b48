//! Module globals as static cells, with versions, and the caches built on them.
//!
//! Every name bound at module level gets a [`GlobalCell`] in a `static`. A read
//! is a load from the cell; every write, in any spelling, goes to the same cell
//! and gives it a fresh version. Versions come from one process-wide counter, so
//! a version is never reused: a site that recorded a version can trust that an
//! unchanged version means an unchanged binding.
//!
//! Names that have no cell (builtins) resolve through a [`BuiltinSite`], a
//! per-site cache keyed on the module's dynamic-keys version and the builtins'
//! version. A [`DefSite`] lets a call site call a module-level function as a
//! direct Rust call for as long as the global still holds that function.

use std::cell::{Cell, RefCell};

use crate::error::{raise, PyResult};
use crate::stats::{self, CacheKind};
use crate::sync::PyStatic;
use crate::value::Value;

static VERSION_COUNTER: PyStatic<Cell<u64>> = PyStatic::new(Cell::new(0));

/// A fresh version number, never handed out before. Returns 0 once the
/// counter is exhausted; 0 is never a valid recorded version, so sites stay generic.
#[inline]
pub fn next_version() -> u64 {
    let current = VERSION_COUNTER.get();
    match current.checked_add(1) {
        Some(next) => {
            VERSION_COUNTER.set(next);
            next
        }
        None => 0,
    }
}

/// The storage of one module-level name.
///
/// Invariant: `version` changes (to a never-used value) on every store and
/// delete, and only then. An empty cell means "not bound".
pub struct GlobalCell {
    name: &'static str,
    value: RefCell<Option<Value>>,
    version: Cell<u64>,
}

impl GlobalCell {
    /// An empty (unbound) cell for `name`.
    pub const fn new(name: &'static str) -> Self {
        GlobalCell {
            name,
            value: RefCell::new(None),
            version: Cell::new(0),
        }
    }

    /// The name this cell binds.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The cell's current version.
    #[inline(always)]
    pub fn version(&self) -> u64 {
        self.version.get()
    }

    /// Reads the value, raising `NameError` if the name is unbound.
    #[inline(always)]
    pub fn get(&self) -> PyResult<Value> {
        match &*self.value.borrow() {
            Some(v) => Ok(v.clone()),
            None => Err(raise::name_error(self.name)),
        }
    }

    /// Reads the value, falling back to the builtin of the same name when the cell is empty.
    /// The bound value, if any (no error built for an empty cell).
    #[inline]
    pub fn value(&self) -> Option<Value> {
        self.value.borrow().clone()
    }

    #[inline(always)]
    pub fn get_or_builtin(&self, site: &BuiltinSite) -> PyResult<Value> {
        match &*self.value.borrow() {
            Some(v) => Ok(v.clone()),
            None => site.get(),
        }
    }

    /// Binds the name.
    #[inline]
    pub fn set(&self, value: Value) {
        let old = self.value.replace(Some(value));
        self.version.set(next_version());
        drop(old);
    }

    /// Binds the name to a function created by a `def` statement and records the
    /// binding's version in `def`, enabling direct calls.
    pub fn set_def(&self, value: Value, def: &DefSite) {
        self.set(value);
        // Version 0 means the counter ran out: the site stays generic.
        if self.version() != 0 {
            def.version.set(self.version());
            stats::specialized(CacheKind::Global);
        }
    }

    /// Unbinds the name (`del x`), raising `NameError` if it was not bound.
    pub fn delete(&self) -> PyResult<()> {
        let old = self.value.replace(None);
        if old.is_none() {
            return Err(raise::name_error(self.name));
        }
        self.version.set(next_version());
        drop(old);
        Ok(())
    }
}

/// Records which version of a global holds the function made by one `def`
/// statement, so that calls can bypass the function object.
pub struct DefSite {
    version: Cell<u64>,
}

impl Default for DefSite {
    fn default() -> Self {
        Self::new()
    }
}

impl DefSite {
    /// A site that has not seen its `def` run yet.
    pub const fn new() -> Self {
        DefSite {
            version: Cell::new(u64::MAX),
        }
    }
}

/// What a call site found in a global it calls.
pub enum Callee {
    /// The global still holds the function of the expected `def`: call it directly.
    Direct,
    /// Something else is bound: call it through the generic protocol.
    Dynamic(Value),
}

impl GlobalCell {
    /// Resolves a call through this global: [`Callee::Direct`] while the cell
    /// still holds the function bound by `def`, otherwise the current value.
    #[inline(always)]
    pub fn callee(&self, def: &DefSite) -> PyResult<Callee> {
        if self.version.get() == def.version.get() {
            stats::hit(CacheKind::Global);
            Ok(Callee::Direct)
        } else {
            stats::miss(CacheKind::Global);
            if def.version.get() != u64::MAX {
                // The global was rebound: the direct call is off until the
                // `def` runs again.
                stats::deopt(CacheKind::Global);
                def.version.set(u64::MAX);
            }
            self.get_or_builtin_err().map(Callee::Dynamic)
        }
    }

    fn get_or_builtin_err(&self) -> PyResult<Value> {
        match &*self.value.borrow() {
            Some(v) => Ok(v.clone()),
            None => crate::builtins::lookup(self.name).ok_or_else(|| raise::name_error(self.name)),
        }
    }
}

/// The builtins namespace and the module's dynamically created names, with
/// versions bumped whenever either gains, loses or rebinds a name.
pub struct Namespaces {
    builtins_version: Cell<u64>,
    module_keys_version: Cell<u64>,
    builtins_overrides: RefCell<Vec<(String, Option<Value>)>>,
}

/// The process-wide namespace versions.
pub static NAMESPACES: PyStatic<Namespaces> = PyStatic::new(Namespaces {
    builtins_version: Cell::new(1),
    module_keys_version: Cell::new(1),
    builtins_overrides: RefCell::new(Vec::new()),
});

impl Namespaces {
    /// Rebinds (`Some`) or deletes (`None`) a name in the builtins module.
    pub fn set_builtin(&self, name: &str, value: Option<Value>) {
        let mut overrides = self.builtins_overrides.borrow_mut();
        match overrides.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = value,
            None => overrides.push((name.to_string(), value)),
        }
        self.builtins_version.set(next_version());
    }

    /// Records that a module gained or lost a name outside its static cells.
    pub fn touch_module_keys(&self) {
        self.module_keys_version.set(next_version());
    }

    fn lookup_builtin(&self, name: &str) -> Option<Value> {
        let overrides = self.builtins_overrides.borrow();
        match overrides.iter().find(|(n, _)| n == name) {
            Some((_, value)) => value.clone(),
            None => crate::builtins::lookup(name),
        }
    }
}

/// A per-site cache for a name that resolves to a builtin.
///
/// Invariant: `value` is what the name resolved to when both namespace
/// versions equaled `builtins_version` and `module_version`.
pub struct BuiltinSite {
    name: &'static str,
    /// The module whose run-time names (`globals()[name] = ...`) come before builtins.
    module: Option<&'static crate::module::ModuleStatic>,
    builtins_version: Cell<u64>,
    module_version: Cell<u64>,
    value: RefCell<Option<Value>>,
}

impl BuiltinSite {
    /// An empty cache for `name` in `module`.
    pub const fn in_module(
        name: &'static str,
        module: &'static crate::module::ModuleStatic,
    ) -> Self {
        BuiltinSite {
            name,
            module: Some(module),
            builtins_version: Cell::new(0),
            module_version: Cell::new(0),
            value: RefCell::new(None),
        }
    }

    /// An empty cache for `name`, outside any module.
    pub const fn new(name: &'static str) -> Self {
        BuiltinSite {
            name,
            module: None,
            builtins_version: Cell::new(0),
            module_version: Cell::new(0),
            value: RefCell::new(None),
        }
    }

    /// Resolves the name: two integer compares on a hit.
    #[inline(always)]
    pub fn get(&self) -> PyResult<Value> {
        let ns = &NAMESPACES;
        if self.builtins_version.get() == ns.builtins_version.get()
            && self.module_version.get() == ns.module_keys_version.get()
        {
            if let Some(v) = &*self.value.borrow() {
                stats::hit(CacheKind::Builtin);
                return Ok(v.clone_compact());
            }
        }
        self.refill()
    }

    #[cold]
    fn refill(&self) -> PyResult<Value> {
        stats::miss(CacheKind::Builtin);
        if self.builtins_version.get() != 0 {
            stats::deopt(CacheKind::Builtin);
        }
        stats::specialized(CacheKind::Builtin);
        let ns = &NAMESPACES;
        let dynamic = self
            .module
            .and_then(|m| m.dynamic.borrow().get(self.name).cloned());
        let value = dynamic.or_else(|| ns.lookup_builtin(self.name));
        // Version 0 means the counter ran out: the site stays generic.
        if ns.builtins_version.get() != 0 && ns.module_keys_version.get() != 0 {
            self.builtins_version.set(ns.builtins_version.get());
            self.module_version.set(ns.module_keys_version.get());
        }
        self.value.replace(value.clone());
        value.ok_or_else(|| raise::name_error(self.name))
    }
}
