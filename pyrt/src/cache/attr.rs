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
        }
    }

    /// `obj.name`: a small function for the hot case (an instance's own
    /// value at a recorded index); everything else is out of its way, so a
    /// hit saves and restores few registers.
    #[inline(never)]
    pub fn load(&self, obj: &Value) -> PyResult<Value> {
        if let Value::Instance(instance) = obj {
            if let Some(value) = self.slot_load(instance) {
                return Ok(value);
            }
        }
        self.load_other(obj)
    }

    /// The instance's own value, when a way records where it is.
    #[inline(always)]
    fn slot_load(&self, instance: &PyInstance) -> Option<Value> {
        let version = instance.class_ref().version.get();
        let attrs = instance.attrs.try_borrow().ok()?;
        let (shape, values) = attrs.shaped()?;
        let index = self.slot_loads.find(version, shape.id())?;
        let value = values.get(index)?.clone();
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

    /// `obj.name = value`
    #[inline]
    pub fn store(&self, obj: &Value, value: Value) -> PyResult<()> {
        let Value::Instance(instance) = obj else {
            return crate::attr::setattr(obj, self.name, value);
        };
        let version = instance.class_ref().version.get();
        let mut value = value;
        {
            let mut attrs = instance.attrs.borrow_mut();
            if let Some(shape) = attrs.shape_id() {
                if let Some(index) = self.slot_stores.find(version, shape) {
                    match attrs.replace_at(shape, index, value) {
                        Ok(old) => {
                            drop(attrs);
                            stats::hit(CacheKind::StoreAttribute);
                            // The old value is dropped with no borrow held.
                            crate::value::release(old);
                            return Ok(());
                        }
                        Err(back) => value = back,
                    }
                }
                for entry in self.stores.borrow().iter() {
                    if let StoreEntry::Add {
                        version: v,
                        from,
                        to,
                    } = entry
                    {
                        if *v == version && *from == shape {
                            match attrs.append_as(shape, to, value) {
                                Ok(()) => {
                                    stats::hit(CacheKind::StoreAttribute);
                                    return Ok(());
                                }
                                Err(back) => value = back,
                            }
                            break;
                        }
                    }
                }
            }
        }
        self.store_miss(instance, value)
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
            }) => self
                .slot_stores
                .insert(version, shape, index, CacheKind::StoreAttribute),
            Some(entry) => self.stores.insert(entry, CacheKind::StoreAttribute),
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
