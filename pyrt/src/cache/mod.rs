//! Per-site inline caches, one `static` per site in the generated code, in the
//! spirit of CPython's specialising interpreter (PEP 659) done ahead of time.
//!
//! - [`AttrSite`]: `obj.name` reads and writes on instances, keyed on the
//!   class's version tag and the instance's [`crate::shape::Shape`]: a hit is
//!   two integer compares and an indexed load.
//! - [`MethodSite`]: `obj.name(args)` calling the class's function without
//!   allocating a bound method.
//! - [`BinaryOpSite`] and [`SubscriptSite`]: operators specialised on the
//!   operand types they see, deoptimising when the types change.
//!
//! Each site holds up to [`WAYS`] entries (a small polymorphic cache) and
//! replaces them round-robin. Class versions and shape ids are never reused,
//! so an entry whose keys match is valid. Sites count hits, misses,
//! specializations and deopts in [`crate::stats`].

mod attr;
mod binop;
mod method;
mod subscript;

pub use attr::AttrSite;
pub use binop::BinaryOpSite;
pub use method::MethodSite;
pub use subscript::SubscriptSite;

/// Entries per site: how many (class, shape) pairs a site remembers.
pub const WAYS: usize = 4;

/// A site's entries: up to [`WAYS`] remembered facts, replaced round-robin.
pub(crate) struct Ways<E> {
    entries: std::cell::RefCell<[E; WAYS]>,
    next: std::cell::Cell<usize>,
}

/// The (class version, shape) → value index facts of a site, in plain cells:
/// a lookup borrows nothing and reads two words per way. Class versions and
/// shape ids start at 1, so the empty key `(0, 0)` never matches.
pub(crate) struct IndexWays {
    keys: [std::cell::Cell<(u64, u64)>; WAYS],
    indexes: [std::cell::Cell<usize>; WAYS],
    next: std::cell::Cell<usize>,
}

impl IndexWays {
    /// No facts yet.
    pub(crate) const fn new() -> Self {
        IndexWays {
            keys: [const { std::cell::Cell::new((0, 0)) }; WAYS],
            indexes: [const { std::cell::Cell::new(0) }; WAYS],
            next: std::cell::Cell::new(0),
        }
    }

    /// The index recorded for instances of class `version` and `shape`.
    #[inline(always)]
    pub(crate) fn find(&self, version: u64, shape: u64) -> Option<usize> {
        (0..WAYS)
            .find(|&i| self.keys[i].get() == (version, shape))
            .map(|i| self.indexes[i].get())
    }

    /// Records that instances of class `version` and `shape` keep the value
    /// at `index`, counting a specialization for `kind` (and a deopt when an
    /// older fact is evicted).
    pub(crate) fn insert(
        &self,
        version: u64,
        shape: u64,
        index: usize,
        kind: crate::stats::CacheKind,
    ) {
        let i = next_way(&self.next);
        let old = self.keys[i].replace((version, shape));
        self.indexes[i].set(index);
        count_insert(kind, old != (0, 0));
    }
}

/// The way the next fact goes to (round-robin), advancing `next`.
fn next_way(next: &std::cell::Cell<usize>) -> usize {
    let i = next.get();
    next.set((i + 1) % WAYS);
    i
}

/// Counts a recorded fact for `kind`, and a deopt when it `evicted` one.
fn count_insert(kind: crate::stats::CacheKind, evicted: bool) {
    crate::stats::specialized(kind);
    if evicted {
        crate::stats::deopt(kind);
    }
}

/// An entry slot that may hold nothing yet.
pub(crate) trait Slot {
    /// Whether the slot holds no fact.
    fn is_empty(&self) -> bool;
}

impl<E: Slot> Ways<E> {
    /// Entries starting as `empty` (one value per way).
    pub(crate) const fn new(empty: [E; WAYS]) -> Self {
        Ways {
            entries: std::cell::RefCell::new(empty),
            next: std::cell::Cell::new(0),
        }
    }

    /// The entries, for a lookup.
    #[inline(always)]
    pub(crate) fn borrow(&self) -> std::cell::Ref<'_, [E; WAYS]> {
        self.entries.borrow()
    }

    /// The entries without a borrow guard (see `RefCell::try_borrow_unguarded`).
    ///
    /// # Safety
    /// No entry may be inserted while the returned reference is alive.
    #[inline(always)]
    pub(crate) unsafe fn try_borrow_unguarded(&self) -> Result<&[E; WAYS], std::cell::BorrowError> {
        // SAFETY: the caller promises not to insert (the only mutable
        // borrow) while the reference lives.
        unsafe { self.entries.try_borrow_unguarded() }
    }

    /// Records `entry` in the next way, counting a specialization for
    /// `kind` and a deopt when it evicts an older fact.
    pub(crate) fn insert(&self, entry: E, kind: crate::stats::CacheKind) {
        let i = next_way(&self.next);
        let old = std::mem::replace(&mut self.entries.borrow_mut()[i], entry);
        count_insert(kind, !old.is_empty());
    }
}
