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
//!
//! **Layouts.** Like CPython's shared keys, a class learns the shape its
//! instances end up with (its *layout*: the deepest shape an instance
//! reached, while each such shape extends the last) and starts new instances
//! in it, with every value unbound. The bound values are always a prefix:
//! setting the first unbound name binds it in place, so `__init__` fills an
//! instance without a shape transition, and its stores are overwrites that
//! an attribute cache handles like any other. The names a Python program sees
//! are that prefix. A store out of that order (or of a name the layout lacks
//! before the layout is full) moves the instance to the shape of its bound
//! prefix, and the class stops presizing: instances built in varying orders
//! pay no more than without layouts.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::class::Namespace;
use crate::value::Value;

/// How many attribute values an instance holds without a separate allocation.
pub const INLINE_VALUES: usize = 4;

/// An instance's attribute values, in shape order; `None` is a name of the
/// instance's layout not bound yet (always after every bound value).
pub type Values = smallvec::SmallVec<[Option<Value>; INLINE_VALUES]>;

/// The most attribute names a shape holds before instances switch to dict mode.
pub const MAX_KEYS: usize = 64;

/// The most names a class's layout (the shape new instances start in) holds.
pub const MAX_LAYOUT_KEYS: usize = 30;

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
    /// The shape this one is a child of (none for a root).
    parent: Weak<Shape>,
    /// The largest number of attributes an instance of the class reached
    /// (shared by the whole tree): new instances reserve that much room
    /// when the class has no layout.
    size_hint: Rc<Cell<usize>>,
    /// For a root: the shape new instances start in (see the module docs).
    layout: RefCell<Option<Rc<Shape>>>,
    /// For a root: instances were built in an order their layout did not
    /// predict, so new ones start empty.
    layout_off: Cell<bool>,
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
            parent: Weak::new(),
            size_hint: Rc::new(Cell::new(0)),
            layout: RefCell::new(None),
            layout_off: Cell::new(false),
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
    fn with_key(self: &Rc<Self>, name: &str) -> Option<Rc<Shape>> {
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
            parent: Rc::downgrade(self),
            size_hint: self.size_hint.clone(),
            layout: RefCell::new(None),
            layout_off: Cell::new(false),
        });
        self.transitions.borrow_mut().push((key, child.clone()));
        Some(child)
    }

    /// The ancestor with the first `len` names (`self` for its own length);
    /// `None` if the tree above was dropped (the class is gone).
    fn ancestor(self: &Rc<Self>, len: usize) -> Option<Rc<Shape>> {
        let mut shape = self.clone();
        while shape.keys.len() > len {
            shape = shape.parent.upgrade()?;
        }
        Some(shape)
    }

    /// The root of the tree, if it is still alive.
    fn root_of(self: &Rc<Self>) -> Option<Rc<Shape>> {
        self.ancestor(0)
    }

    /// The shape a new instance of this root's class starts in.
    #[inline]
    fn start(self: &Rc<Self>) -> Rc<Shape> {
        match &*self.layout.borrow() {
            Some(layout) => layout.clone(),
            None => self.clone(),
        }
    }

    /// An instance reached `self` by adding a name to a full shape: it
    /// becomes its class's layout if it extends the current one.
    fn offer_as_layout(self: &Rc<Self>) {
        if self.keys.len() > MAX_LAYOUT_KEYS {
            return;
        }
        let Some(root) = self.root_of() else { return };
        if root.layout_off.get() {
            return;
        }
        let extends = match &*root.layout.borrow() {
            Some(layout) => {
                let len = layout.keys.len();
                self.keys.len() > len && self.ancestor(len).is_some_and(|a| Rc::ptr_eq(&a, layout))
            }
            None => true,
        };
        if extends {
            *root.layout.borrow_mut() = Some(self.clone());
        }
    }

    /// Instances of this shape's class were built out of their layout's
    /// order: new ones start empty from now on.
    fn stop_layouts(self: &Rc<Self>) {
        if let Some(root) = self.root_of() {
            root.layout_off.set(true);
            *root.layout.borrow_mut() = None;
        }
    }
}

/// An instance's attributes (its `__dict__`).
pub enum Attrs {
    /// Values in the order of a shared [`Shape`]'s names.
    Shaped {
        /// The names.
        shape: Rc<Shape>,
        /// The values, one per name, the bound ones first; the first
        /// [`INLINE_VALUES`] live in the instance itself.
        values: Values,
    },
    /// An ordered dict of its own (after a deletion or too many names).
    Dict(Box<Namespace>),
}

impl Drop for Attrs {
    /// Releases the values through [`crate::value::drop_optional_values`],
    /// so a long chain of objects (a linked list) frees without deep
    /// recursion.
    fn drop(&mut self) {
        if let Attrs::Shaped { values, .. } = self {
            crate::value::drop_optional_values(values);
        }
    }
}

impl Attrs {
    /// Empty attributes for an instance of the class whose root shape is
    /// `root`: in the class's layout with every value unbound, or at the
    /// root with room for as many values as earlier instances reached.
    #[inline]
    pub fn new(root: &Rc<Shape>) -> Attrs {
        let shape = root.start();
        let len = shape.keys.len();
        let values = if len == 0 {
            Values::with_capacity(root.size_hint.get())
        } else if len <= INLINE_VALUES {
            Values::from_buf_and_len([None, None, None, None], len)
        } else {
            Values::from_elem(None, len)
        };
        Attrs::Shaped { shape, values }
    }

    /// The value of `name`.
    #[inline]
    pub fn get(&self, name: &str) -> Option<&Value> {
        match self {
            Attrs::Shaped { shape, values, .. } => {
                shape.index_of(name).and_then(|i| values[i].as_ref())
            }
            Attrs::Dict(dict) => dict.get(name),
        }
    }

    /// Whether `name` is set.
    pub fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// Binds `name`, returning the value it replaced.
    pub fn insert(&mut self, name: &str, value: Value) -> Option<Value> {
        let Attrs::Shaped { shape, values } = self else {
            let Attrs::Dict(dict) = self else {
                unreachable!("attributes are shaped or a dict")
            };
            return match dict.get_mut(name) {
                Some(slot) => Some(std::mem::replace(slot, value)),
                None => dict.insert(name.to_string(), value),
            };
        };
        let full = values.last().is_none_or(Option::is_some);
        match shape.index_of(name) {
            Some(i) if values[i].is_some() => return values[i].replace(value),
            // The next name of the layout: bound in place.
            Some(i) if i == 0 || values[i - 1].is_some() => {
                values[i] = Some(value);
                return None;
            }
            None if full => {
                match shape.with_key(name) {
                    Some(next) => {
                        next.offer_as_layout();
                        *shape = next;
                        values.push(Some(value));
                        if values.len() > shape.size_hint.get() {
                            shape.size_hint.set(values.len());
                        }
                    }
                    None => {
                        let mut dict = self.to_dict();
                        dict.insert(name.to_string(), value);
                        *self = Attrs::Dict(Box::new(dict));
                    }
                }
                return None;
            }
            _ => {}
        }
        // Out of the layout's order: continue from the bound prefix's shape.
        shape.stop_layouts();
        self.leave_layout();
        self.insert(name, value)
    }

    /// Moves a partly bound instance to the shape of its bound names (or to
    /// dict mode if that shape is gone).
    fn leave_layout(&mut self) {
        let Attrs::Shaped { shape, values } = self else {
            return;
        };
        let bound = values.iter().take_while(|v| v.is_some()).count();
        match shape.ancestor(bound) {
            Some(prefix) => {
                *shape = prefix;
                values.truncate(bound);
            }
            None => *self = Attrs::Dict(Box::new(self.to_dict())),
        }
    }

    /// Unbinds `name`, returning its value; the instance moves to dict mode.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        if let Attrs::Shaped { .. } = self {
            self.get(name)?;
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
            Attrs::Shaped { values, .. } => values.iter().take_while(|v| v.is_some()).count(),
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
            Attrs::Shaped { shape, values, .. } => Box::new(
                shape
                    .keys
                    .iter()
                    .zip(values.iter())
                    .map_while(|(k, v)| Some((&**k, v.as_ref()?))),
            ),
            Attrs::Dict(dict) => Box::new(dict.iter().map(|(k, v)| (k.as_str(), v))),
        }
    }

    /// The shape and index of `name`, when the attributes are shaped and
    /// their shape has it (bound or not: a cache recording the index checks
    /// that on each use).
    pub fn slot_of(&self, name: &str) -> Option<(u64, usize)> {
        match self {
            Attrs::Shaped { shape, .. } => shape.index_of(name).map(|i| (shape.id, i)),
            Attrs::Dict(_) => None,
        }
    }

    /// The current shape and the values in its order (`None` in dict mode).
    #[inline(always)]
    pub fn shaped(&self) -> Option<(&Rc<Shape>, &[Option<Value>])> {
        match self {
            Attrs::Shaped { shape, values, .. } => Some((shape, values)),
            Attrs::Dict(_) => None,
        }
    }

    /// The shape and the values, mutably (`None` in dict mode).
    #[inline(always)]
    pub fn shaped_mut(&mut self) -> Option<(&Rc<Shape>, &mut [Option<Value>])> {
        match self {
            Attrs::Shaped { shape, values, .. } => Some((shape, values)),
            Attrs::Dict(_) => None,
        }
    }

    /// Adds an attribute by moving from shape `from` to its child `to`,
    /// recorded earlier; gives `value` back if the current shape is not a
    /// fully bound `from`.
    #[inline(always)]
    pub fn append_as(&mut self, from: u64, to: &Rc<Shape>, value: Value) -> Result<(), Value> {
        match self {
            Attrs::Shaped { shape, values, .. }
                if shape.id == from
                    && to.keys.len() == values.len() + 1
                    && values.last().is_none_or(Option::is_some) =>
            {
                *shape = to.clone();
                values.push(Some(value));
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
    fn new_instances_start_unbound_in_the_learned_layout() {
        let root = Shape::root();
        let mut first = Attrs::new(&root);
        for name in ["x", "y", "z"] {
            first.insert(name, Value::Int(1));
        }
        let mut second = Attrs::new(&root);
        assert_eq!(second.shape_id(), first.shape_id(), "starts in the layout");
        assert!(second.is_empty());
        assert!(second.get("x").is_none());
        assert!(names(&second).is_empty());
        // Binding in the layout's order keeps the shape.
        second.insert("x", Value::Int(2));
        second.insert("y", Value::Int(3));
        assert_eq!(second.shape_id(), first.shape_id());
        assert_eq!(names(&second), ["x", "y"]);
        assert_eq!(second.len(), 2);
        assert!(matches!(second.get("y"), Some(Value::Int(3))));
        assert!(second.get("z").is_none());
        // A name the layout lacks, before it is full: the bound prefix's shape.
        second.insert("w", Value::Int(4));
        assert_ne!(second.shape_id(), first.shape_id());
        assert_eq!(names(&second), ["x", "y", "w"]);
        // ... and the class stops presizing.
        let third = Attrs::new(&root);
        assert_eq!(third.shape_id(), Some(root.id()));
    }

    #[test]
    fn binding_out_of_layout_order_keeps_insertion_order() {
        let root = Shape::root();
        let mut first = Attrs::new(&root);
        for name in ["a", "b", "c"] {
            first.insert(name, Value::None);
        }
        let mut other = Attrs::new(&root);
        other.insert("c", Value::Int(3));
        other.insert("a", Value::Int(1));
        assert_eq!(names(&other), ["c", "a"]);
        assert!(
            other.remove("b").is_none(),
            "an unbound name is not removed"
        );
        assert!(matches!(other.remove("c"), Some(Value::Int(3))));
        assert_eq!(names(&other), ["a"]);
    }

    #[test]
    fn layouts_grow_as_full_instances_extend_them() {
        let root = Shape::root();
        let mut a = Attrs::new(&root);
        a.insert("p", Value::None);
        let mut b = Attrs::new(&root);
        b.insert("p", Value::None);
        b.insert("q", Value::None);
        let layout = b.shape_id();
        let mut c = Attrs::new(&root);
        assert_eq!(c.shape_id(), layout, "[p, q] extends [p]");
        // A full instance adding a name extends the layout for later ones.
        let mut d = Attrs::new(&root);
        d.insert("p", Value::None);
        d.insert("q", Value::None);
        d.insert("r", Value::None);
        c.insert("p", Value::None);
        c.insert("q", Value::None);
        assert_eq!(c.shape_id(), layout);
        assert_eq!(Attrs::new(&root).len(), 0);
        assert_ne!(Attrs::new(&root).shape_id(), layout, "[p, q, r] extends it");
    }

    #[test]
    fn dropping_partly_bound_values_releases_each_once() {
        let root = Shape::root();
        let shared = Value::list(vec![]);
        let mut first = Attrs::new(&root);
        first.insert("x", shared.clone());
        first.insert("y", Value::Int(1));
        let mut second = Attrs::new(&root);
        second.insert("x", shared.clone());
        drop(first);
        drop(second);
        let Value::List(list) = &shared else {
            unreachable!()
        };
        assert_eq!(Rc::strong_count(list), 1);
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
