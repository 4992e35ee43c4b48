//! Cache statistics, printed at exit when `PYRC_STATS=1`.
//!
//! Every cache site counts, per kind: hits (the guard held and the fast path
//! ran), misses (the slow path ran), specializations (a site recorded a new
//! fact to guard on) and deopts (a recorded fact turned out stale and was
//! dropped). The counters are plain cells in a [`PyStatic`] (Python runs on
//! one thread): counting is one add to a fixed address, and there is no
//! branch on whether statistics were asked for. pyrt's own unit tests run on
//! many threads at once, so there each thread counts in its own cells.
//!
//! The one exception is the operand-type state of binary-operator and
//! subscript sites ([`crate::cache::binop::observe`]): their inline fast paths
//! do not depend on it, so it is kept only while statistics are [`enabled`].

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether the program was started with `PYRC_STATS=1`.
static ENABLED: AtomicBool = AtomicBool::new(false);

/// Turns statistics on when the environment asks for them (`PYRC_STATS=1`);
/// called once, before the Python thread starts.
pub fn enable_from_env() {
    let wanted = std::env::var_os("PYRC_STATS").is_some_and(|v| v == "1");
    ENABLED.store(wanted, Ordering::Relaxed);
}

/// Whether statistics are printed at exit (always, in pyrt's unit tests).
#[inline(always)]
pub fn enabled() -> bool {
    cfg!(test) || ENABLED.load(Ordering::Relaxed)
}

/// The kinds of cache sites whose activity is counted.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CacheKind {
    /// Direct calls through a module global (`LOAD_GLOBAL`).
    Global = 0,
    /// Builtin name sites (`LOAD_GLOBAL` falling through to builtins).
    Builtin = 1,
    /// Attribute reads on instances, keyed on type version and shape (`LOAD_ATTR`).
    Attribute = 2,
    /// Attribute writes on instances (`STORE_ATTR`).
    StoreAttribute = 3,
    /// Method calls without a bound method (`LOAD_METHOD`).
    Method = 4,
    /// Attribute reads on modules (`math.sqrt`), keyed on the module's keys version.
    ModuleAttribute = 5,
    /// Binary operators specialised on their operand types (`BINARY_OP`).
    BinaryOp = 6,
    /// Subscripts specialised on container and key types (`BINARY_SUBSCR`).
    Subscript = 7,
}

const KIND_COUNT: usize = 8;

const KINDS: [(CacheKind, &str); KIND_COUNT] = [
    (CacheKind::Global, "LOAD_GLOBAL"),
    (CacheKind::Builtin, "LOAD_BUILTIN"),
    (CacheKind::Attribute, "LOAD_ATTR"),
    (CacheKind::StoreAttribute, "STORE_ATTR"),
    (CacheKind::Method, "LOAD_METHOD"),
    (CacheKind::ModuleAttribute, "LOAD_MODULE_ATTR"),
    (CacheKind::BinaryOp, "BINARY_OP"),
    (CacheKind::Subscript, "BINARY_SUBSCR"),
];

/// One counter per cache kind.
type Row = [Cell<u64>; KIND_COUNT];

struct Counters {
    hits: Row,
    misses: Row,
    specializations: Row,
    deopts: Row,
}

/// All counts zero (the counters' starting state).
const fn zero() -> Counters {
    Counters {
        hits: [const { Cell::new(0) }; KIND_COUNT],
        misses: [const { Cell::new(0) }; KIND_COUNT],
        specializations: [const { Cell::new(0) }; KIND_COUNT],
        deopts: [const { Cell::new(0) }; KIND_COUNT],
    }
}

#[cfg(not(test))]
static COUNTERS: crate::sync::PyStatic<Counters> = crate::sync::PyStatic::new(zero());

/// The counters, for reading or counting.
#[cfg(not(test))]
#[inline(always)]
fn with_counters<R>(f: impl FnOnce(&Counters) -> R) -> R {
    f(&COUNTERS)
}

#[cfg(test)]
thread_local! {
    static COUNTERS: Counters = const { zero() };
}

/// The counters, for reading or counting.
#[cfg(test)]
#[inline(always)]
fn with_counters<R>(f: impl FnOnce(&Counters) -> R) -> R {
    COUNTERS.with(f)
}

#[inline(always)]
fn bump(row: fn(&Counters) -> &Row, kind: CacheKind) {
    with_counters(|counters| {
        let c = &row(counters)[kind as usize];
        c.set(c.get().wrapping_add(1));
    });
}

/// Counts a cache hit.
#[inline(always)]
pub fn hit(kind: CacheKind) {
    bump(|c| &c.hits, kind);
}

/// Counts a cache miss (the slow path ran).
#[inline(always)]
pub fn miss(kind: CacheKind) {
    bump(|c| &c.misses, kind);
}

/// Counts a site recording a new fact to guard on.
#[inline(always)]
pub fn specialized(kind: CacheKind) {
    bump(|c| &c.specializations, kind);
}

/// Counts a recorded fact dropped because it went stale.
#[inline(always)]
pub fn deopt(kind: CacheKind) {
    bump(|c| &c.deopts, kind);
}

/// The counts for one kind: (hits, misses, specializations, deopts).
pub fn counts(kind: CacheKind) -> (u64, u64, u64, u64) {
    let i = kind as usize;
    with_counters(|c| {
        (
            c.hits[i].get(),
            c.misses[i].get(),
            c.specializations[i].get(),
            c.deopts[i].get(),
        )
    })
}

/// The report printed at exit: one line per cache kind.
pub fn report() -> String {
    let mut out = String::new();
    for (kind, label) in KINDS {
        let (hits, misses, specializations, deopts) = counts(kind);
        let total = hits + misses;
        let rate = if total == 0 {
            100.0
        } else {
            hits as f64 * 100.0 / total as f64
        };
        out.push_str(&format!(
            "pyrc stats: {label} hits={hits} ({rate:.1}%) misses={misses} \
             specializations={specializations} deopts={deopts}\n"
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_has_one_line_per_kind_in_the_documented_format() {
        let before = counts(CacheKind::Subscript);
        hit(CacheKind::Subscript);
        miss(CacheKind::Subscript);
        specialized(CacheKind::Subscript);
        deopt(CacheKind::Subscript);
        let after = counts(CacheKind::Subscript);
        assert_eq!(after.0, before.0 + 1);
        assert_eq!(after.1, before.1 + 1);
        assert_eq!(after.2, before.2 + 1);
        assert_eq!(after.3, before.3 + 1);
        let report = report();
        assert_eq!(report.lines().count(), KIND_COUNT);
        let line = report
            .lines()
            .find(|l| l.contains("BINARY_SUBSCR"))
            .expect("a subscript line");
        assert!(
            line.starts_with("pyrc stats: BINARY_SUBSCR hits="),
            "{line}"
        );
        assert!(line.contains("%) misses="), "{line}");
        assert!(line.contains(" specializations="), "{line}");
        assert!(line.ends_with(&format!("deopts={}", after.3)), "{line}");
    }
}
