//! The Python value: a small tagged enum.
//!
//! None, bool, small int and float live inline (no allocation); every other
//! object is a reference-counted pointer. Cloning a `Value` never deep-copies.
//! Invariant: `Value::BigInt` holds only integers that do not fit in `i64`;
//! every operation that produces an int normalises through [`Value::from_bigint`].

use std::rc::Rc;

use num_bigint::BigInt;

use crate::class::PyClass;
use crate::descr::{Property, PyMethod, Wrapped};
use crate::dict::{DictView, PyDict};
use crate::func::{BoundMethod, BuiltinFunction, PyFunction};
use crate::instance::PyInstance;
use crate::iter::PyIter;
use crate::list::PyList;
use crate::range::PyRange;
use crate::str::PyStr;
use crate::tuple::PyTuple;
use crate::types::TypeId;

/// A Python object reference.
///
/// `repr(u64)` gives the tag a whole word and puts every payload at offset 8,
/// so moving a `Value` is two aligned word moves (no partial stores that
/// would defeat store-to-load forwarding on the hot path).
///
/// Invariant: every variant either owns nothing ([`Value::is_inline`]) or
/// holds exactly one `Rc`; `clone` relies on it (a new variant owning a
/// `Box` or two references would need its own clone). The inline variants
/// come first, so "owns nothing" is one compare of the tag.
#[repr(u64)]
pub enum Value {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// A float.
    Float(f64),
    /// A builtin function such as `len`.
    Builtin(&'static BuiltinFunction),
    /// A builtin type such as `int` or `list`.
    Type(TypeId),
    /// The `NotImplemented` singleton.
    NotImplemented,
    /// A module's namespace as `globals()` returns it.
    Namespace(&'static crate::module::ModuleStatic),
    /// A module object (compiled or native); its namespace lives for the whole run.
    Module(&'static crate::module::ModuleStatic),
    /// An int outside the `i64` range.
    BigInt(Rc<BigInt>),
    /// A str.
    Str(Rc<PyStr>),
    /// A list.
    List(Rc<PyList>),
    /// A tuple.
    Tuple(Rc<PyTuple>),
    /// A dict.
    Dict(Rc<PyDict>),
    /// A `dict_keys`, `dict_values` or `dict_items` view.
    DictView(Rc<DictView>),
    /// A range object.
    Range(Rc<PyRange>),
    /// An iterator over a builtin container.
    Iter(Rc<PyIter>),
    /// A function defined in Python.
    Function(Rc<PyFunction>),
    /// A method of a builtin object bound to its receiver (`xs.append`).
    Method(Rc<BoundMethod>),
    /// A class defined in Python, or a builtin exception class.
    Class(Rc<PyClass>),
    /// An instance of a class defined in Python (exceptions included).
    Instance(Rc<PyInstance>),
    /// A Python function bound to an object.
    PyMethod(Rc<PyMethod>),
    /// A `property`.
    Property(Rc<Property>),
    /// A `classmethod` wrapper.
    ClassMethod(Rc<Wrapped>),
    /// A `staticmethod` wrapper.
    StaticMethod(Rc<Wrapped>),
    /// A `super()` object.
    Super(Rc<crate::class::SuperObject>),
    /// A generator object.
    Generator(Rc<crate::generator::PyGenerator>),
    /// A set.
    Set(Rc<crate::set::PySet>),
    /// A frozenset.
    FrozenSet(Rc<crate::set::PySet>),
    /// A bytes object.
    Bytes(Rc<crate::bytes::PyBytes>),
    /// An instance's `__dict__`: a live mapping over its attributes.
    InstanceDict(Rc<PyInstance>),
    /// An object implemented in Rust by a standard-library module.
    Native(Rc<crate::native::Native>),
}

impl Clone for Value {
    /// Copies the inline scalars and statics; takes one more strong
    /// reference for the rest. Both inline, with no call.
    #[inline(always)]
    fn clone(&self) -> Self {
        if !self.is_inline() {
            self.add_reference();
        }
        // SAFETY: the inline variants (scalars, `&'static` references and
        // `TypeId`) own nothing and have no drop glue, and for the others
        // `add_reference` just took the extra strong reference the copy
        // owns: each of `self` and the copy releases exactly one reference.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// `clone` with the reference counting out of line: for sites whose
    /// values are nearly always inline (a builtin name's cache), where the
    /// inline increment would only add code to every caller.
    #[inline(always)]
    pub fn clone_compact(&self) -> Value {
        if self.is_inline() {
            // SAFETY: inline variants own nothing (see `clone`).
            unsafe { std::ptr::read(self) }
        } else {
            self.clone_object()
        }
    }

    /// `clone` of a reference variant, out of line.
    #[inline(never)]
    fn clone_object(&self) -> Value {
        self.clone()
    }

    /// Adds one strong reference to the `Rc` a reference variant holds.
    ///
    /// Every such variant holds one `Rc` at the same offset, and taking a
    /// reference is the same increment for every type: once the caller has
    /// excluded the inline variants, the arms fold into one increment.
    #[inline(always)]
    fn add_reference(&self) {
        match self {
            Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::NotImplemented
            | Value::Builtin(_)
            | Value::Type(_)
            | Value::Namespace(_)
            | Value::Module(_) => {}
            Value::BigInt(x) => std::mem::forget(Rc::clone(x)),
            Value::Str(x) => std::mem::forget(Rc::clone(x)),
            Value::List(x) => std::mem::forget(Rc::clone(x)),
            Value::Tuple(x) => std::mem::forget(Rc::clone(x)),
            Value::Dict(x) => std::mem::forget(Rc::clone(x)),
            Value::DictView(x) => std::mem::forget(Rc::clone(x)),
            Value::Range(x) => std::mem::forget(Rc::clone(x)),
            Value::Iter(x) => std::mem::forget(Rc::clone(x)),
            Value::Function(x) => std::mem::forget(Rc::clone(x)),
            Value::Method(x) => std::mem::forget(Rc::clone(x)),
            Value::Class(x) => std::mem::forget(Rc::clone(x)),
            Value::Instance(x) => std::mem::forget(Rc::clone(x)),
            Value::PyMethod(x) => std::mem::forget(Rc::clone(x)),
            Value::Property(x) => std::mem::forget(Rc::clone(x)),
            Value::ClassMethod(x) => std::mem::forget(Rc::clone(x)),
            Value::StaticMethod(x) => std::mem::forget(Rc::clone(x)),
            Value::Super(x) => std::mem::forget(Rc::clone(x)),
            Value::Generator(x) => std::mem::forget(Rc::clone(x)),
            Value::Set(x) => std::mem::forget(Rc::clone(x)),
            Value::FrozenSet(x) => std::mem::forget(Rc::clone(x)),
            Value::Bytes(x) => std::mem::forget(Rc::clone(x)),
            Value::Native(x) => std::mem::forget(Rc::clone(x)),
            Value::InstanceDict(x) => std::mem::forget(Rc::clone(x)),
        }
    }
}

impl Value {
    /// The variant's discriminant, for caches that key on a value's type.
    #[inline(always)]
    pub fn tag(&self) -> u64 {
        // SAFETY: `Value` is `repr(u64)`, so its layout is a `repr(C)` union
        // of `repr(C)` structs that each start with the `u64` discriminant
        // (RFC 2195, "primitive representation"): the first word of every
        // `Value` is its tag, initialised and aligned.
        unsafe { *(self as *const Value).cast::<u64>() }
    }

    /// Whether the value owns no reference (an inline scalar or a static),
    /// so that dropping it does nothing.
    #[inline(always)]
    pub fn is_inline(&self) -> bool {
        matches!(
            self,
            Value::None
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
                | Value::NotImplemented
                | Value::Builtin(_)
                | Value::Type(_)
                | Value::Namespace(_)
                | Value::Module(_)
        )
    }
}

/// An operand of an operator site: a local passed by reference, or a
/// temporary passed by value so that the site releases it where its kind is
/// known (a float temporary then costs no call to the drop glue).
pub trait Operand {
    /// The operand's value.
    fn value(&self) -> &Value;
    /// Gives up the operand (drops a temporary).
    fn release(self);
    /// The operand as an owned value (a local is cloned, a temporary moved).
    fn into_owned(self) -> Value;
    /// A str temporary that nothing else holds, which an operator may
    /// change in place since no one can see it; `None` for a local.
    fn unique_str(&mut self) -> Option<&mut PyStr>;
}

impl Operand for &Value {
    #[inline(always)]
    fn value(&self) -> &Value {
        self
    }

    #[inline(always)]
    fn release(self) {}

    #[inline(always)]
    fn into_owned(self) -> Value {
        self.clone()
    }

    #[inline(always)]
    fn unique_str(&mut self) -> Option<&mut PyStr> {
        None
    }
}

impl Operand for Value {
    #[inline(always)]
    fn value(&self) -> &Value {
        self
    }

    #[inline(always)]
    fn release(self) {
        release(self);
    }

    #[inline(always)]
    fn into_owned(self) -> Value {
        self
    }

    #[inline(always)]
    fn unique_str(&mut self) -> Option<&mut PyStr> {
        match self {
            Value::Str(s) => Rc::get_mut(s),
            _ => None,
        }
    }
}

/// Drops `value`, testing its tag inline: an inline scalar skips the
/// out-of-line drop glue.
#[inline(always)]
pub fn release(value: Value) {
    if value.is_inline() {
        // Nothing to release.
        std::mem::forget(value);
    } else {
        drop(value);
    }
}

/// `v is None` of an operand (a temporary is released).
#[inline(always)]
pub fn is_none(v: impl Operand) -> bool {
    let result = matches!(v.value(), Value::None);
    v.release();
    result
}

/// `a is b` of two operands (temporaries are released).
#[inline(always)]
pub fn identical(a: impl Operand, b: impl Operand) -> bool {
    let result = a.value().is(b.value());
    a.release();
    b.release();
    result
}

/// How deep container drops nest before further containers are queued
/// (CPython's "trashcan"): dropping a long chain of nested lists, tuples or
/// objects must not overflow the Rust stack.
const MAX_DROP_DEPTH: u32 = 100;

thread_local! {
    /// How many container drops are running.
    static DROP_DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// Containers' values whose drop was put off until the outermost drop.
    static DEFERRED_DROPS: std::cell::RefCell<Vec<Vec<Value>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Drops the values of a container, testing each tag inline and running the
/// drop glue only for values that hold a reference (lists of ints and floats
/// free without a call per element). Past [`MAX_DROP_DEPTH`] nested drops the
/// values are queued, and the outermost drop frees the queue in a loop.
#[inline]
pub fn drop_values(values: Vec<Value>) {
    if values.iter().all(Value::is_inline) {
        // Nothing to release: the values are forgotten (no drop glue runs)
        // and the storage is freed.
        values.into_iter().for_each(std::mem::forget);
        return;
    }
    release_nested(values, |v| v);
}

/// Releases a run of values of which some own a reference, one level of
/// [`MAX_DROP_DEPTH`] deeper; `to_vec` turns it into a vector only when its
/// drop is queued.
fn release_nested<V>(values: V, to_vec: impl FnOnce(V) -> Vec<Value>)
where
    V: IntoIterator<Item = Value>,
{
    let depth = DROP_DEPTH.with(|d| d.get());
    if depth >= MAX_DROP_DEPTH {
        let queued = to_vec(values);
        DEFERRED_DROPS.with(|q| q.borrow_mut().push(queued));
        return;
    }
    DROP_DEPTH.with(|d| d.set(depth + 1));
    values.into_iter().for_each(release);
    if depth == 0 {
        while let Some(next) = DEFERRED_DROPS.with(|q| q.borrow_mut().pop()) {
            drop_each(next);
        }
    }
    DROP_DEPTH.with(|d| d.set(depth));
}

/// [`drop_values`] for the inline-first vector of a tuple or an instance's
/// attributes, which it empties. When every value is an inline scalar (a
/// vector of floats) nothing is visited twice: the length is cut and only
/// the storage, if separate, is freed.
#[inline]
pub fn drop_small_values<const N: usize>(values: &mut smallvec::SmallVec<[Value; N]>) {
    if values.iter().all(Value::is_inline) {
        // SAFETY: every value is an inline scalar, which owns nothing and
        // whose drop does nothing, so not running it leaks nothing; the new
        // length (0) leaves no uninitialised value reachable.
        unsafe { values.set_len(0) };
        return;
    }
    release_nested(std::mem::take(values), smallvec::SmallVec::into_vec);
}

/// [`drop_small_values`] for an instance's attribute values, where `None`
/// is a name of its layout not bound yet.
#[inline]
pub fn drop_optional_values<const N: usize>(values: &mut smallvec::SmallVec<[Option<Value>; N]>) {
    if values.iter().flatten().all(Value::is_inline) {
        // SAFETY: every value is unbound or an inline scalar, neither of
        // which owns anything or has drop glue, so not running it leaks
        // nothing; the new length (0) leaves no uninitialised value reachable.
        unsafe { values.set_len(0) };
        return;
    }
    release_nested(
        std::mem::take(values).into_iter().flatten(),
        Iterator::collect,
    );
}

/// Empties a vector of values that is kept for reuse, releasing each
/// value with its tag tested inline; a vector of scalars is only cut.
#[inline]
pub fn clear_values(values: &mut Vec<Value>) {
    if values.iter().all(Value::is_inline) {
        // SAFETY: every value is an inline scalar, which owns nothing and
        // whose drop does nothing, so not running it leaks nothing; the new
        // length (0) leaves no uninitialised value reachable.
        unsafe { values.set_len(0) };
        return;
    }
    values.drain(..).for_each(release);
}

/// Drops `values`, skipping the drop glue for inline scalars.
fn drop_each(values: Vec<Value>) {
    values.into_iter().for_each(release);
}

impl Value {
    /// Wraps a big integer, demoting it to `Value::Int` when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        match i64::try_from(&b) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(Rc::new(b)),
        }
    }

    /// A new str value.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    /// A new str value from an owned `String`.
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }

    /// A new list value.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList::new(items)))
    }

    /// A new tuple value.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple::new(items)))
    }

    /// `name = value` for a local variable (`local.rebind(value)`): the
    /// value it held is released with its tag tested inline, so replacing a
    /// scalar costs no call into the drop glue.
    #[inline(always)]
    pub fn rebind(&mut self, value: Value) {
        release(std::mem::replace(self, value));
    }

    /// A new tuple of a fixed number of elements (a tuple display, a dict
    /// item), built without an intermediate vector.
    #[inline]
    pub fn tuple_of<const N: usize>(items: [Value; N]) -> Value {
        Value::Tuple(Rc::new(PyTuple::of(items)))
    }

    /// The Python type of this value.
    pub fn type_id(&self) -> TypeId {
        match self {
            Value::None => TypeId::NoneType,
            Value::Bool(_) => TypeId::Bool,
            Value::Int(_) | Value::BigInt(_) => TypeId::Int,
            Value::Float(_) => TypeId::Float,
            Value::Str(_) => TypeId::Str,
            Value::List(_) => TypeId::List,
            Value::Tuple(_) => TypeId::Tuple,
            Value::Dict(_) => TypeId::Dict,
            Value::DictView(v) => v.type_id(),
            Value::Range(_) => TypeId::Range,
            Value::Iter(it) => it.type_id(),
            Value::Function(_) => TypeId::Function,
            Value::Builtin(_) => TypeId::BuiltinFunction,
            Value::Method(_) => TypeId::BuiltinMethod,
            Value::Type(_) | Value::Class(_) => TypeId::Type,
            Value::Instance(_) => TypeId::Instance,
            Value::PyMethod(_) => TypeId::Method,
            Value::Property(_) => TypeId::Property,
            Value::ClassMethod(_) => TypeId::ClassMethod,
            Value::StaticMethod(_) => TypeId::StaticMethod,
            Value::NotImplemented => TypeId::NotImplementedType,
            Value::Super(_) => TypeId::Super,
            Value::Generator(_) => TypeId::Generator,
            Value::Set(_) => TypeId::Set,
            Value::FrozenSet(_) => TypeId::FrozenSet,
            Value::Bytes(_) => TypeId::Bytes,
            Value::Namespace(_) | Value::InstanceDict(_) => TypeId::Dict,
            Value::Module(_) => TypeId::Module,
            Value::Native(n) => n.builtin_type(),
        }
    }

    /// The name of this value's type, as CPython's messages spell it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Instance(i) => i.class().name,
            Value::Native(n) => n.type_name(),
            other => other.type_id().name(),
        }
    }

    /// Identity comparison (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints are cached in CPython (-5..=256); equal inline ints are
            // indistinguishable here, which matches what programs can observe.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::BigInt(a), Value::BigInt(b)) => Rc::ptr_eq(a, b),
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b),
            (Value::List(a), Value::List(b)) => Rc::ptr_eq(a, b),
            (Value::Tuple(a), Value::Tuple(b)) => Rc::ptr_eq(a, b),
            (Value::Dict(a), Value::Dict(b)) => Rc::ptr_eq(a, b),
            (Value::DictView(a), Value::DictView(b)) => Rc::ptr_eq(a, b),
            (Value::Range(a), Value::Range(b)) => Rc::ptr_eq(a, b),
            (Value::Iter(a), Value::Iter(b)) => Rc::ptr_eq(a, b),
            (Value::Function(a), Value::Function(b)) => Rc::ptr_eq(a, b),
            (Value::Builtin(a), Value::Builtin(b)) => std::ptr::eq(*a, *b),
            (Value::Method(a), Value::Method(b)) => Rc::ptr_eq(a, b),
            (Value::Type(a), Value::Type(b)) => a == b,
            (Value::Class(a), Value::Class(b)) => Rc::ptr_eq(a, b),
            (Value::Instance(a), Value::Instance(b)) => Rc::ptr_eq(a, b),
            (Value::PyMethod(a), Value::PyMethod(b)) => Rc::ptr_eq(a, b),
            (Value::Property(a), Value::Property(b)) => Rc::ptr_eq(a, b),
            (Value::ClassMethod(a), Value::ClassMethod(b)) => Rc::ptr_eq(a, b),
            (Value::StaticMethod(a), Value::StaticMethod(b)) => Rc::ptr_eq(a, b),
            (Value::NotImplemented, Value::NotImplemented) => true,
            (Value::Super(a), Value::Super(b)) => Rc::ptr_eq(a, b),
            (Value::Generator(a), Value::Generator(b)) => Rc::ptr_eq(a, b),
            (Value::Set(a), Value::Set(b)) => Rc::ptr_eq(a, b),
            (Value::FrozenSet(a), Value::FrozenSet(b)) => Rc::ptr_eq(a, b),
            (Value::Bytes(a), Value::Bytes(b)) => Rc::ptr_eq(a, b),
            (Value::Namespace(a), Value::Namespace(b)) => std::ptr::eq(*a, *b),
            (Value::Module(a), Value::Module(b)) => std::ptr::eq(*a, *b),
            (Value::Native(a), Value::Native(b)) => Rc::ptr_eq(a, b),
            (Value::InstanceDict(a), Value::InstanceDict(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// Truth value (`bool(x)`).
    #[inline]
    pub fn truthy(&self) -> bool {
        match self {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::DictView(v) => !v.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Bytes(b) => !b.data.is_empty(),
            Value::Native(n) => n.length() != Some(0),
            _ => true,
        }
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::str(s)
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::string(s)
    }
}

impl From<BigInt> for Value {
    fn from(b: BigInt) -> Value {
        Value::from_bigint(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_the_object_and_count_one_reference_each() {
        let list = Rc::new(PyList::new(vec![Value::Int(1)]));
        let value = Value::List(list.clone());
        assert_eq!(Rc::strong_count(&list), 2);
        let copy = value.clone();
        assert_eq!(Rc::strong_count(&list), 3);
        assert!(matches!(&copy, Value::List(l) if Rc::ptr_eq(l, &list)));
        drop(value);
        assert_eq!(Rc::strong_count(&list), 2);
        drop(copy);
        assert_eq!(Rc::strong_count(&list), 1);

        let text = Value::str("abc");
        let texts: Vec<Value> = (0..5).map(|_| text.clone()).collect();
        let Value::Str(s) = &text else { unreachable!() };
        assert_eq!(Rc::strong_count(s), 6);
        drop(texts);
        assert_eq!(Rc::strong_count(s), 1);
    }

    #[test]
    fn inline_clones_are_equal_copies() {
        for value in [
            Value::None,
            Value::Bool(true),
            Value::Int(-7),
            Value::Float(2.5),
            Value::NotImplemented,
            Value::Type(TypeId::Int),
        ] {
            let copy = value.clone();
            assert!(copy.is_inline());
            assert_eq!(
                crate::repr::repr(&copy).unwrap(),
                crate::repr::repr(&value).unwrap()
            );
        }
    }

    #[test]
    fn deep_nesting_drops_without_overflowing_the_stack() {
        let mut list = Value::list(vec![]);
        let mut tuple = Value::tuple_of([]);
        for _ in 0..200_000 {
            list = Value::list(vec![Value::Int(1), list]);
            tuple = Value::tuple_of([tuple, Value::Float(2.0)]);
        }
        drop(list);
        drop(tuple);
        assert_eq!(DROP_DEPTH.with(|d| d.get()), 0);
        assert!(DEFERRED_DROPS.with(|q| q.borrow().is_empty()));
    }

    #[test]
    fn shared_items_survive_a_container_drop() {
        let shared = Value::list(vec![Value::Int(7)]);
        let outer = Value::list(vec![shared.clone(), Value::Int(1), shared.clone()]);
        drop(outer);
        assert_eq!(crate::repr::repr(&shared).unwrap(), "[7]");
    }

    #[test]
    fn small_value_drops_release_exactly_what_they_own() {
        let shared = Value::list(vec![]);
        let count = |v: &Value| match v {
            Value::List(l) => Rc::strong_count(l),
            _ => unreachable!(),
        };
        // Inline and spilled, all scalars and with a reference among them.
        let mut scalars: smallvec::SmallVec<[Value; 2]> =
            (0..5).map(|i| Value::Float(i as f64)).collect();
        drop_small_values(&mut scalars);
        assert!(scalars.is_empty());
        for len in [1, 2, 5] {
            let mut mixed: smallvec::SmallVec<[Value; 2]> = (0..len)
                .map(|i| {
                    if i == len - 1 {
                        shared.clone()
                    } else {
                        Value::Int(i as i64)
                    }
                })
                .collect();
            assert_eq!(count(&shared), 2);
            drop_small_values(&mut mixed);
            assert!(mixed.is_empty());
            assert_eq!(count(&shared), 1, "the reference is released");
        }
        let mut reused = vec![Value::Int(1), Value::Float(2.0)];
        clear_values(&mut reused);
        assert!(reused.is_empty() && reused.capacity() >= 2);
        reused.extend([Value::Int(1), shared.clone()]);
        assert_eq!(count(&shared), 2);
        clear_values(&mut reused);
        assert_eq!(count(&shared), 1, "the reference is released");
        let tuple = Value::tuple_of([Value::Int(1), shared.clone(), Value::Float(2.0)]);
        assert_eq!(count(&shared), 2);
        drop(tuple);
        assert_eq!(count(&shared), 1);
    }

    #[test]
    fn tags_tell_variants_apart() {
        let values = [
            Value::None,
            Value::Bool(true),
            Value::Int(-1),
            Value::Float(0.5),
            Value::str("s"),
            Value::list(vec![]),
            Value::tuple_of([]),
        ];
        for (i, a) in values.iter().enumerate() {
            for (j, b) in values.iter().enumerate() {
                assert_eq!(a.tag() == b.tag(), i == j, "{i} {j}");
            }
        }
        assert_eq!(Value::None.tag(), 0);
        assert_eq!(Value::Int(7).tag(), Value::Int(i64::MIN).tag());
        assert_eq!(Value::Bool(false).tag(), Value::Bool(true).tag());
    }

    #[test]
    fn inline_variants_have_the_lowest_tags() {
        let inline = [
            Value::None,
            Value::Bool(false),
            Value::Int(1),
            Value::Float(1.0),
            Value::NotImplemented,
            Value::Type(crate::types::TypeId::Int),
        ];
        let owning = [Value::str("s"), Value::list(vec![]), Value::tuple_of([])];
        let highest_inline = inline.iter().map(Value::tag).max().unwrap_or(0);
        assert!(inline.iter().all(Value::is_inline));
        assert!(owning
            .iter()
            .all(|v| !v.is_inline() && v.tag() > highest_inline));
    }

    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<crate::PyResult<Value>>(), 16);
    }

    #[test]
    fn bigint_demotes_when_it_fits() {
        assert!(matches!(Value::from_bigint(BigInt::from(5)), Value::Int(5)));
        let big = BigInt::from(i64::MAX) + 1;
        assert!(matches!(Value::from_bigint(big), Value::BigInt(_)));
    }
}
