//! Instance attribute storage with hidden classes ("shapes").
//!
//! Instances built the same way (the same attribute names, added in the same
//! order) share one [`Shape`]: the ordered list of their attribute names. The
//! instance itself keeps only the values, in shape order. An attribute site
//! that saw shape `S` with `x` at index 2 can then read `x` from any instance
//! whose shape is `S` with one integer compare and no hashing (see
//! [`crate::cache`]).
//!
//! Shapes form a tree rooted in each class: adding attribute `n` to an
//! instance of shape `S` moves it to `S`'s child for `n`, created once and
//! shared. Deleting an attribute, or growing past [`MAX_KEYS`] names or a
//! shape with more than [`MAX_TRANSITIONS`] children, moves the instance to a
//! plain ordered dict ("dict mode"), as CPython's split dicts fall back to
//! combined ones. Shape ids are never reused, and shapes live as long as their
//! class, so a cached id cannot come to mean another shape.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::class::Namespace;
use crate::value::Value;

/// How many attribute values an instance holds without a separate allocation.
pub const INLINE_VALUES: usize = 4;

/// An instance's attribute values, in shape order.
pub type Values = smallvec::SmallVec<[Value; INLINE_VALUES]>;

/// The most attribute names a shape holds before instances switch to dict mode.
pub const MAX_KEYS: usize = 64;

/// The most distinct children a shape gets before further additions use dict mode.
pub const MAX_TRANSITIONS: usize = 32;

/// An ordered list of attribute names shared by instances laid out alike.
pub struct Shape {
    /// Unique, never-reused identity compared by attribute caches.
    id: u64,
    /// The attribute names in insertion order.
    keys: Box<[Rc<str>]>,
    /// Children: the shape reached by adding each name.
    transitions: RefCell<Vec<(Rc<str>, Rc<Shape>)>>,
    /// The largest number of attributes an instance of the class reached
    /// (shared by the whole tree): new instances reserve that much room.
    size_hint: Rc<Cell<usize>>,
}

thread_local! {
    static NEXT_SHAPE_ID: Cell<u64> = const { Cell::new(1) };
}

fn next_shape_id() -> u64 {
    NEXT_SHAPE_ID.with(|next| {
        let id = next.get();
        next.set(id + 1);
        id
    })
}

impl Shape {
    /// A new empty shape (the root of a class's tree).
    pub fn root() -> Rc<Shape> {
        Rc::new(Shape {
            id: next_shape_id(),
            keys: Box::new([]),
            transitions: RefCell::new(Vec::new()),
            size_hint: Rc::new(Cell::new(0)),
        })
    }

    /// The shape's identity.
    #[inline(always)]
    pub fn id(&self) -> u64 {
        self.id
    }

    /// The attribute names, in insertion order.
    pub fn keys(&self) -> &[Rc<str>] {
        &self.keys
    }

    /// Where `name` is stored, if the shape has it.
    #[inline]
    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.keys.iter().position(|k| &**k == name)
    }

    /// The shape after adding `name` (which it must not have), or `None` when
    /// the instance should switch to dict mode.
    fn with_key(&self, name: &str) -> Option<Rc<Shape>> {
        if let Some((_, child)) = self
            .transitions
            .borrow()
            .iter()
            .find(|(key, _)| &**key == name)
        {
            return Some(child.clone());
        }
        if self.keys.len() >= MAX_KEYS || self.transitions.borrow().len() >= MAX_TRANSITIONS {
            return None;
        }
        let key: Rc<str> = Rc::from(name);
        let mut keys = Vec::with_capacity(self.keys.len() + 1);
        keys.extend(self.keys.iter().cloned());
        keys.push(key.clone());
        let child = Rc::new(Shape {
            id: next_shape_id(),
            keys: keys.into_boxed_slice(),
            transitions: RefCell::new(Vec::new()),
            size_hint: self.size_hint.clone(),
        });
        self.transitions.borrow_mut().push((key, child.clone()));
        Some(child)
    }
}

/// An instance's attributes (its `__dict__`).
pub enum Attrs {
    /// Values in the order of a shared [`Shape`]'s names.
    Shaped {
        /// The names.
        shape: Rc<Shape>,
        /// The values, one per name; the first [`INLINE_VALUES`] live in the
        /// instance itself.
        values: Values,
    },
    /// An ordered dict of its own (after a deletion or too many names).
    Dict(Box<Namespace>),
}

impl Drop for Attrs {
    /// Releases the values through [`crate::value::drop_values`], so a long
    /// chain of objects (a linked list) frees without deep recursion.
    fn drop(&mut self) {
        if let Attrs::Shaped { values, .. } = self {
            crate::value::drop_small_values(values);
        }
    }
}

impl Attrs {
    /// Empty attributes starting at `root`, with room for as many values as
    /// earlier instances from that root reached.
    pub fn new(root: &Rc<Shape>) -> Attrs {
        Attrs::Shaped {
            shape: root.clone(),
            values: Values::with_capacity(root.size_hint.get()),
        }
    }

    /// The value of `name`.
    #[inline]
    pub fn get(&self, name: &str) -> Option<&Value> {
        match self {
            Attrs::Shaped { shape, values, .. } => shape.index_of(name).map(|i| &values[i]),
            Attrs::Dict(dict) => dict.get(name),
        }
    }

    /// Whether `name` is set.
    pub fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// Binds `name`, returning the value it replaced.
    pub fn insert(&mut self, name: &str, value: Value) -> Option<Value> {
        match self {
            Attrs::Shaped { shape, values } => {
                if let Some(i) = shape.index_of(name) {
                    return Some(std::mem::replace(&mut values[i], value));
                }
                match shape.with_key(name) {
                    Some(next) => {
                        *shape = next;
                        values.push(value);
                        if values.len() > shape.size_hint.get() {
                            shape.size_hint.set(values.len());
                        }
                        None
                    }
                    None => {
                        let mut dict = self.to_dict();
                        dict.insert(name.to_string(), value);
                        *self = Attrs::Dict(Box::new(dict));
                        None
                    }
                }
            }
            Attrs::Dict(dict) => match dict.get_mut(name) {
                Some(slot) => Some(std::mem::replace(slot, value)),
                None => dict.insert(name.to_string(), value),
            },
        }
    }

    /// Unbinds `name`, returning its value; the instance moves to dict mode.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        if let Attrs::Shaped { shape, .. } = self {
            shape.index_of(name)?;
            *self = Attrs::Dict(Box::new(self.to_dict()));
        }
        match self {
            Attrs::Dict(dict) => dict.shift_remove(name),
            Attrs::Shaped { .. } => None,
        }
    }

    /// Removes every attribute.
    pub fn clear(&mut self) {
        *self = Attrs::Dict(Box::default());
    }

    /// The number of attributes.
    pub fn len(&self) -> usize {
        match self {
            Attrs::Shaped { values, .. } => values.len(),
            Attrs::Dict(dict) => dict.len(),
        }
    }

    /// Whether there are no attributes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Names and values in insertion order.
    pub fn iter(&self) -> Box<dyn Iterator<Item = (&str, &Value)> + '_> {
        match self {
            Attrs::Shaped { shape, values, .. } => {
                Box::new(shape.keys.iter().map(|k| &**k).zip(values.iter()))
            }
            Attrs::Dict(dict) => Box::new(dict.iter().map(|(k, v)| (k.as_str(), v))),
        }
    }

    /// The shape and index of `name`, when the attributes are shaped and have it.
    pub fn slot_of(&self, name: &str) -> Option<(u64, usize)> {
        match self {
            Attrs::Shaped { shape, .. } => shape.index_of(name).map(|i| (shape.id, i)),
            Attrs::Dict(_) => None,
        }
    }

    /// The current shape and the values in its order (`None` in dict mode).
    #[inline(always)]
    pub fn shaped(&self) -> Option<(&Rc<Shape>, &[Value])> {
        match self {
            Attrs::Shaped { shape, values, .. } => Some((shape, values)),
            Attrs::Dict(_) => None,
        }
    }

    /// The shape and the values, mutably (`None` in dict mode).
    #[inline(always)]
    pub fn shaped_mut(&mut self) -> Option<(&Rc<Shape>, &mut [Value])> {
        match self {
            Attrs::Shaped { shape, values, .. } => Some((shape, values)),
            Attrs::Dict(_) => None,
        }
    }

    /// Adds an attribute by moving from shape `from` to its child `to`,
    /// recorded earlier; gives `value` back if the current shape is not `from`.
    #[inline(always)]
    pub fn append_as(&mut self, from: u64, to: &Rc<Shape>, value: Value) -> Result<(), Value> {
        match self {
            Attrs::Shaped { shape, values, .. }
                if shape.id == from && to.keys.len() == values.len() + 1 =>
            {
                *shape = to.clone();
                values.push(value);
                Ok(())
            }
            _ => Err(value),
        }
    }

    /// The current shape, when shaped.
    pub fn shape(&self) -> Option<&Rc<Shape>> {
        match self {
            Attrs::Shaped { shape, .. } => Some(shape),
            Attrs::Dict(_) => None,
        }
    }

    /// The id of the current shape (`None` in dict mode).
    #[inline(always)]
    pub fn shape_id(&self) -> Option<u64> {
        match self {
            Attrs::Shaped { shape, .. } => Some(shape.id),
            Attrs::Dict(_) => None,
        }
    }

    fn to_dict(&self) -> Namespace {
        self.iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(attrs: &Attrs) -> Vec<String> {
        attrs.iter().map(|(k, _)| k.to_string()).collect()
    }

    #[test]
    fn instances_built_alike_share_a_shape() {
        let root = Shape::root();
        let mut a = Attrs::new(&root);
        let mut b = Attrs::new(&root);
        for attrs in [&mut a, &mut b] {
            attrs.insert("x", Value::Int(1));
            attrs.insert("y", Value::Int(2));
        }
        assert_eq!(a.shape_id(), b.shape_id());
        assert_eq!(a.slot_of("y").map(|s| s.1), Some(1));
        let mut c = Attrs::new(&root);
        c.insert("y", Value::Int(2));
        c.insert("x", Value::Int(1));
        assert_ne!(a.shape_id(), c.shape_id());
        assert_eq!(names(&c), ["y", "x"]);
    }

    #[test]
    fn new_instances_reserve_what_earlier_ones_used() {
        let root = Shape::root();
        let mut a = Attrs::new(&root);
        for name in ["a", "b", "c"] {
            a.insert(name, Value::None);
        }
        match &Attrs::new(&root) {
            Attrs::Shaped { values, .. } => assert!(values.capacity() >= 3),
            Attrs::Dict(_) => panic!("a new instance starts shaped"),
        }
    }

    #[test]
    fn rebinding_keeps_the_shape_and_deleting_switches_to_dict_mode() {
        let root = Shape::root();
        let mut a = Attrs::new(&root);
        a.insert("x", Value::Int(1));
        a.insert("y", Value::Int(2));
        let shape = a.shape_id();
        assert!(matches!(a.insert("x", Value::Int(3)), Some(Value::Int(1))));
        assert_eq!(a.shape_id(), shape);
        assert!(matches!(a.remove("x"), Some(Value::Int(3))));
        assert_eq!(a.shape_id(), None);
        assert_eq!(names(&a), ["y"]);
        assert!(a.remove("missing").is_none());
    }

    #[test]
    fn too_many_names_switch_to_dict_mode_keeping_order() {
        let root = Shape::root();
        let mut a = Attrs::new(&root);
        let all: Vec<String> = (0..MAX_KEYS + 3).map(|i| format!("a{i}")).collect();
        for name in &all {
            a.insert(name, Value::None);
        }
        assert_eq!(a.shape_id(), None);
        assert_eq!(names(&a), all);
    }

    #[test]
    fn shape_ids_are_unique() {
        let root = Shape::root();
        let child = root.with_key("x").expect("room for a child");
        let again = root.with_key("x").expect("the same child");
        assert!(Rc::ptr_eq(&child, &again));
        assert_ne!(root.id(), child.id());
        assert_ne!(Shape::root().id(), root.id());
    }
}
