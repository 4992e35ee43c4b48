//! `obj.name` and `obj.name = value` sites.

use std::rc::Rc;

use super::{IndexWays, Slot, Ways};
use crate::error::PyResult;
use crate::globals::GlobalCell;
use crate::instance::PyInstance;
use crate::module::ModuleStatic;
use crate::shape::Shape;
use crate::stats::{self, CacheKind};
use crate::sync::PyStatic;
use crate::value::Value;

/// What a read site learned about one (class version, shape) pair.
#[derive(Clone)]
enum LoadEntry {
    Empty,
    /// The attribute is the instance's value at `index` (recorded in the
    /// site's `slot_loads` cells, not in `loads`).
    Slot {
        version: u64,
        shape: u64,
        index: usize,
    },
    /// The instance lacks it; the class (or a base) has `attr`, bound on each read.
    Class {
        version: u64,
        shape: u64,
        attr: Value,
    },
    /// The object is the module at this address and the name is its `cell`:
    /// the cell is the live binding, so the entry never goes stale.
    ModuleCell {
        module: usize,
        cell: &'static PyStatic<GlobalCell>,
    },
}

/// What a write site learned about one (class version, shape) pair.
#[derive(Clone)]
enum StoreEntry {
    Empty,
    /// The attribute exists at `index`: overwrite it (recorded in the
    /// site's `slot_stores` cells, not in `stores`).
    Replace {
        version: u64,
        shape: u64,
        index: usize,
    },
    /// The attribute is new: move from shape `from` to `to` and append.
    Add {
        version: u64,
        from: u64,
        to: Rc<Shape>,
    },
}

/// The cache of one attribute site (`obj.name` reads and writes).
pub struct AttrSite {
    name: &'static str,
    /// Reads of an instance's own value (the hot kind), in plain cells.
    slot_loads: IndexWays,
    /// Overwrites of an instance's existing value, in plain cells.
    slot_stores: IndexWays,
    /// The other read facts (class attributes, module cells).
    loads: Ways<LoadEntry>,
    /// The other write facts (attributes added by a shape transition).
    stores: Ways<StoreEntry>,
    /// The last write fact recorded was a shape transition: stores try the
    /// transition before probing for an overwrite (`self.x = x` in
    /// `__init__` adds, on every call).
    adds_first: std::cell::Cell<bool>,
}

impl AttrSite {
    /// An empty cache for attribute `name`.
    pub const fn new(name: &'static str) -> Self {
        AttrSite {
            name,
            slot_loads: IndexWays::new(),
            slot_stores: IndexWays::new(),
            loads: Ways::new([
                LoadEntry::Empty,
                LoadEntry::Empty,
                LoadEntry::Empty,
                LoadEntry::Empty,
            ]),
            stores: Ways::new([
                StoreEntry::Empty,
                StoreEntry::Empty,
                StoreEntry::Empty,
                StoreEntry::Empty,
            ]),
            adds_first: std::cell::Cell::new(false),
        }
    }

    /// `obj.name`. The hot case (an instance's own value at a recorded
    /// index) is a small leaf function returning a reference; the clone
    /// happens here, and everything else is out of the way.
    #[inline(always)]
    pub fn load(&self, obj: &Value) -> PyResult<Value> {
        match self.slot_value(obj) {
            Some(value) => Ok(value.clone()),
            None => self.load_other(obj),
        }
    }

    /// The instance's own value, when a way records where it is (a hit
    /// is counted here).
    #[inline(never)]
    fn slot_value<'a>(&self, obj: &'a Value) -> Option<&'a Value> {
        let Value::Instance(instance) = obj else {
            return None;
        };
        let version = instance.class_ref().version.get();
        // SAFETY: `try_borrow_unguarded` fails while the attributes are
        // mutably borrowed, and the shared reference it gives is used only
        // until the caller has cloned one value: reading a shape id,
        // comparing cache keys, counting a hit and cloning a `Value` run no
        // Python code and never borrow these attributes mutably.
        let attrs = unsafe { instance.attrs.try_borrow_unguarded() }.ok()?;
        let (shape, values) = attrs.shaped()?;
        let index = self.slot_loads.find(version, shape.id())?;
        let value = values.get(index)?.as_ref()?;
        stats::hit(CacheKind::Attribute);
        Some(value)
    }

    /// `obj.name` other than a recorded instance slot: modules, class
    /// attributes, and misses.
    #[inline(never)]
    fn load_other(&self, obj: &Value) -> PyResult<Value> {
        if let Value::Module(module) = obj {
            return self.load_module(module);
        }
        if let Value::Instance(instance) = obj {
            let version = instance.class_ref().version.get();
            let attrs = instance.attrs.borrow();
            if let Some((shape, _)) = attrs.shaped() {
                if let Some(attr) = self.class_attr(version, shape.id()) {
                    stats::hit(CacheKind::Attribute);
                    drop(attrs);
                    return crate::instance::bind(attr, obj, instance.class_ref());
                }
            }
        }
        self.load_miss(obj)
    }

    /// The class attribute recorded for instances of class `version` and `shape`.
    #[inline]
    fn class_attr(&self, version: u64, shape: u64) -> Option<Value> {
        self.loads.borrow().iter().find_map(|entry| match entry {
            LoadEntry::Class {
                version: v,
                shape: s,
                attr,
            } if *v == version && *s == shape => Some(attr.clone()),
            _ => None,
        })
    }

    /// `module.name`: one pointer compare, then the cell's value.
    #[inline]
    fn load_module(&self, module: &'static ModuleStatic) -> PyResult<Value> {
        let address = module as *const ModuleStatic as usize;
        for entry in self.loads.borrow().iter() {
            if let LoadEntry::ModuleCell { module: m, cell } = entry {
                if *m == address {
                    if let Some(value) = cell.value() {
                        stats::hit(CacheKind::ModuleAttribute);
                        return Ok(value);
                    }
                }
            }
        }
        stats::miss(CacheKind::ModuleAttribute);
        let value = crate::module::getattr(module, self.name)?;
        if let Some(cell) = module.cell(self.name) {
            let entry = LoadEntry::ModuleCell {
                module: address,
                cell,
            };
            self.loads.insert(entry, CacheKind::ModuleAttribute);
        }
        Ok(value)
    }

    #[cold]
    #[inline(never)]
    fn load_miss(&self, obj: &Value) -> PyResult<Value> {
        let Value::Instance(instance) = obj else {
            return crate::methods::getattr(obj, self.name);
        };
        stats::miss(CacheKind::Attribute);
        let value = crate::instance::get_attr(instance, self.name)?;
        match self.load_entry(instance) {
            Some(LoadEntry::Slot {
                version,
                shape,
                index,
            }) => self
                .slot_loads
                .insert(version, shape, index, CacheKind::Attribute),
            Some(entry) => self.loads.insert(entry, CacheKind::Attribute),
            None => {}
        }
        Ok(value)
    }

    /// The entry describing how `instance` resolved this name, if cacheable.
    fn load_entry(&self, instance: &PyInstance) -> Option<LoadEntry> {
        let class = instance.class_ref();
        let version = class.version.get();
        if version == 0 {
            return None;
        }
        let attrs = instance.attrs.borrow();
        let shape = attrs.shape()?.id();
        let class_attr = class.lookup(self.name);
        match attrs.slot_of(self.name) {
            // A data descriptor on the class would win over the instance value.
            Some(_) if class.flags().data_descriptors && class_attr.is_some() => None,
            Some((_, index)) => Some(LoadEntry::Slot {
                version,
                shape,
                index,
            }),
            // Python-defined descriptors may gain `__set__` later: not cached.
            None => match class_attr? {
                Value::Instance(_) => None,
                attr => Some(LoadEntry::Class {
                    version,
                    shape,
                    attr,
                }),
            },
        }
    }

    /// `obj.name = value`. The hot case (overwriting an instance's own
    /// value at a recorded index) is a small leaf function finding the slot;
    /// the store happens here. A site that adds the attribute (see
    /// `adds_first`) tries its recorded shape transition before that.
    #[inline(always)]
    pub fn store(&self, obj: &Value, value: Value) -> PyResult<()> {
        let value = if self.adds_first.get() {
            match self.append(obj, value) {
                Ok(()) => return Ok(()),
                Err(value) => value,
            }
        } else {
            value
        };
        match self.stored_slot(obj) {
            Some(slot) => {
                // The old value is dropped after the store, with no borrow held.
                if let Some(old) = slot.replace(value) {
                    crate::value::release(old);
                }
                Ok(())
            }
            None => self.store_other(obj, value),
        }
    }

    /// The instance's own value that a write overwrites, when a way records
    /// where it is (a hit is counted here): a bound value, or the first
    /// unbound name of the instance's layout (binding it keeps the bound
    /// values a prefix).
    #[inline(never)]
    #[allow(clippy::mut_from_ref)]
    fn stored_slot<'a>(&self, obj: &'a Value) -> Option<&'a mut Option<Value>> {
        let Value::Instance(instance) = obj else {
            return None;
        };
        let version = instance.class_ref().version.get();
        // No borrow of the attributes may be active.
        drop(instance.attrs.try_borrow_mut().ok()?);
        // SAFETY: no `Ref` or `RefMut` of the attributes exists (checked
        // just above), and the caller uses the reference only for one
        // `mem::replace` right away: nothing in between runs Python code or
        // borrows these attributes.
        let attrs = unsafe { &mut *instance.attrs.as_ptr() };
        let (shape, values) = attrs.shaped_mut()?;
        let index = self.slot_stores.find(version, shape.id())?;
        if values.get(index)?.is_none() && index > 0 && values[index - 1].is_none() {
            return None;
        }
        let slot = &mut values[index];
        stats::hit(CacheKind::StoreAttribute);
        Some(slot)
    }

    /// `obj.name = value` other than overwriting a recorded instance slot:
    /// attributes added by a recorded shape transition, and misses.
    #[inline(never)]
    fn store_other(&self, obj: &Value, value: Value) -> PyResult<()> {
        let Value::Instance(instance) = obj else {
            return crate::attr::setattr(obj, self.name, value);
        };
        match self.append(obj, value) {
            Ok(()) => Ok(()),
            Err(value) => self.store_miss(instance, value),
        }
    }

    /// Adds the attribute to an instance by a recorded shape transition (a
    /// hit is counted here); gives `value` back when no transition applies.
    #[inline(never)]
    fn append(&self, obj: &Value, value: Value) -> Result<(), Value> {
        let Value::Instance(instance) = obj else {
            return Err(value);
        };
        let version = instance.class_ref().version.get();
        let Ok(mut attrs) = instance.attrs.try_borrow_mut() else {
            return Err(value);
        };
        let Some(shape) = attrs.shape_id() else {
            return Err(value);
        };
        for entry in self.stores.borrow().iter() {
            if let StoreEntry::Add {
                version: v,
                from,
                to,
            } = entry
            {
                if *v == version && *from == shape {
                    attrs.append_as(shape, to, value)?;
                    stats::hit(CacheKind::StoreAttribute);
                    return Ok(());
                }
            }
        }
        Err(value)
    }

    #[cold]
    #[inline(never)]
    fn store_miss(&self, instance: &Rc<PyInstance>, value: Value) -> PyResult<()> {
        stats::miss(CacheKind::StoreAttribute);
        let before = instance.attrs.borrow().shape().cloned();
        crate::instance::set_attr(instance, self.name, value)?;
        match self.store_entry(instance, before) {
            Some(StoreEntry::Replace {
                version,
                shape,
                index,
            }) => {
                self.adds_first.set(false);
                self.slot_stores
                    .insert(version, shape, index, CacheKind::StoreAttribute)
            }
            Some(entry) => {
                self.adds_first.set(true);
                self.stores.insert(entry, CacheKind::StoreAttribute)
            }
            None => {}
        }
        Ok(())
    }

    /// The entry describing the store that just happened, if cacheable: only
    /// plain stores (no descriptors, no `__setattr__`, not an exception).
    fn store_entry(&self, instance: &PyInstance, before: Option<Rc<Shape>>) -> Option<StoreEntry> {
        let class = instance.class_ref();
        let version = class.version.get();
        let flags = class.flags();
        if version == 0 || flags.data_descriptors || flags.custom_setattr || instance.is_exception()
        {
            return None;
        }
        let before = before?;
        let attrs = instance.attrs.borrow();
        let after = attrs.shape()?;
        let (_, index) = attrs.slot_of(self.name)?;
        if Rc::ptr_eq(&before, after) {
            Some(StoreEntry::Replace {
                version,
                shape: after.id(),
                index,
            })
        } else if after.keys().len() == before.keys().len() + 1 {
            Some(StoreEntry::Add {
                version,
                from: before.id(),
                to: after.clone(),
            })
        } else {
            None
        }
    }
}

impl Slot for LoadEntry {
    fn is_empty(&self) -> bool {
        matches!(self, LoadEntry::Empty)
    }
}

impl Slot for StoreEntry {
    fn is_empty(&self) -> bool {
        matches!(self, StoreEntry::Empty)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instance() -> Value {
        let class =
            crate::class::new_class("C", "C", "__main__", &[], Default::default(), None, &[])
                .expect("a plain class");
        Value::Instance(PyInstance::new(class))
    }

    fn strong(list: &Value) -> usize {
        match list {
            Value::List(l) => Rc::strong_count(l),
            _ => panic!("not a list"),
        }
    }

    #[test]
    fn slot_hits_keep_reference_counts_exact() {
        crate::sync::mark_python_thread();
        let (obj, site) = (instance(), AttrSite::new("x"));
        let list = Value::list(vec![]);
        // Add, then record the overwrite, then overwrite through the slot.
        for _ in 0..3 {
            site.store(&obj, list.clone()).expect("store");
        }
        assert_eq!(strong(&list), 2, "the local and the attribute");
        let before = stats::counts(CacheKind::Attribute).0;
        let reads = [
            site.load(&obj).expect("miss"),
            site.load(&obj).expect("hit"),
        ];
        assert_eq!(stats::counts(CacheKind::Attribute).0 - before, 1, "one hit");
        assert_eq!(strong(&list), 4, "each read owns a reference");
        drop(reads);
        // Overwriting through the slot releases the old value.
        site.store(&obj, Value::Int(7)).expect("store");
        assert_eq!(strong(&list), 1);
        assert!(matches!(site.load(&obj), Ok(Value::Int(7))));
    }

    #[test]
    fn borrowed_attributes_take_the_slow_path() {
        crate::sync::mark_python_thread();
        let (obj, site) = (instance(), AttrSite::new("x"));
        for _ in 0..3 {
            site.store(&obj, Value::Int(1)).expect("store");
        }
        site.load(&obj).expect("record the slot");
        let Value::Instance(i) = &obj else {
            unreachable!()
        };
        {
            let _writer = i.attrs.borrow_mut();
            assert!(site.slot_value(&obj).is_none(), "no read under a writer");
            assert!(site.stored_slot(&obj).is_none(), "no write under a writer");
        }
        let _reader = i.attrs.borrow();
        assert!(site.stored_slot(&obj).is_none(), "no write under a reader");
        assert!(matches!(site.slot_value(&obj), Some(Value::Int(1))));
    }
}
