//! Cache statistics, printed at exit when `PYRC_STATS=1`.

use std::cell::Cell;

use crate::sync::PyStatic;

/// The kinds of cache sites whose activity is counted.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CacheKind {
    /// Direct calls through a module global (`LOAD_GLOBAL`).
    Global = 0,
    /// Builtin name sites (`LOAD_GLOBAL` falling through to builtins).
    Builtin = 1,
    /// Class attribute lookups through the MRO (`LOAD_ATTR` on a class's version).
    Attribute = 2,
}

const KINDS: [(CacheKind, &str); 3] = [
    (CacheKind::Global, "LOAD_GLOBAL"),
    (CacheKind::Builtin, "LOAD_BUILTIN"),
    (CacheKind::Attribute, "LOAD_ATTR"),
];

struct Counters {
    hits: [Cell<u64>; 3],
    misses: [Cell<u64>; 3],
}

static COUNTERS: PyStatic<Counters> = PyStatic::new(Counters {
    hits: [Cell::new(0), Cell::new(0), Cell::new(0)],
    misses: [Cell::new(0), Cell::new(0), Cell::new(0)],
});

/// Counts a cache hit.
#[inline(always)]
pub fn hit(kind: CacheKind) {
    let c = &COUNTERS.hits[kind as usize];
    c.set(c.get().wrapping_add(1));
}

/// Counts a cache miss (the slow path ran).
#[inline(always)]
pub fn miss(kind: CacheKind) {
    let c = &COUNTERS.misses[kind as usize];
    c.set(c.get().wrapping_add(1));
}

/// The report printed at exit: one line per cache kind.
pub fn report() -> String {
    let mut out = String::new();
    for (kind, label) in KINDS {
        let hits = COUNTERS.hits[kind as usize].get();
        let misses = COUNTERS.misses[kind as usize].get();
        let total = hits + misses;
        let rate = if total == 0 {
            100.0
        } else {
            hits as f64 * 100.0 / total as f64
        };
        out.push_str(&format!(
            "pyrc stats: {label} hits={hits} ({rate:.1}%) misses={misses}\n"
        ));
    }
    out
}
