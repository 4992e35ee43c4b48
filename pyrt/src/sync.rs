//! The one audited wrapper that lets statics hold Python values.
//!
//! Python code runs on a single thread (CPython's GIL rule): every value is
//! `Rc`-based and never crosses threads. Generated programs keep module globals,
//! cache sites and interned constants in `static`s, which Rust requires to be
//! `Sync`. [`PyStatic`] provides that `Sync` on the strength of the single-thread
//! rule, and checks the rule in debug builds: only the thread that runs the
//! Python program (see [`crate::runtime::run_main`]) may touch a `PyStatic`.

use std::cell::Cell;
use std::ops::Deref;

thread_local! {
    static IS_PYTHON_THREAD: Cell<bool> = const { Cell::new(false) };
}

/// Marks the current thread as the one thread that runs Python code (done by
/// [`crate::runtime::run_main`]; tests that use pyrt directly call it themselves).
pub fn mark_python_thread() {
    IS_PYTHON_THREAD.with(|flag| flag.set(true));
}

/// Whether the current thread is the one running Python code.
pub fn on_python_thread() -> bool {
    IS_PYTHON_THREAD.with(|flag| flag.get())
}

/// A static holding single-threaded interior-mutable state (cells, caches, constants).
pub struct PyStatic<T>(T);

// SAFETY: a `PyStatic` is only ever accessed from the single thread that runs the
// Python program: pyrt never spawns threads that touch Python state, and
// `Deref` checks this in debug builds. With one accessing thread, the `!Sync`
// interior mutability (`Cell`, `RefCell`, `Rc`) inside `T` can never race.
unsafe impl<T> Sync for PyStatic<T> {}

impl<T> PyStatic<T> {
    /// Wraps a value for use in a `static`.
    pub const fn new(value: T) -> Self {
        PyStatic(value)
    }
}

impl<T> Deref for PyStatic<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        debug_assert!(
            on_python_thread(),
            "pyrt: Python state touched outside the Python thread"
        );
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    static COUNTER: PyStatic<Cell<u32>> = PyStatic::new(Cell::new(0));

    #[test]
    fn static_cell_is_usable_from_the_python_thread() {
        std::thread::spawn(|| {
            mark_python_thread();
            COUNTER.set(COUNTER.get() + 1);
            assert_eq!(COUNTER.get(), 1);
        })
        .join()
        .unwrap();
    }

    #[test]
    #[cfg(debug_assertions)]
    fn touching_from_another_thread_is_caught_in_debug_builds() {
        let result = std::thread::spawn(|| COUNTER.get()).join();
        assert!(result.is_err());
    }
}
