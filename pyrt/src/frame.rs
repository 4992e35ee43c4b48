//! Frames: the line a function is on, the recursion limit, and traceback entries.
//!
//! Generated functions open a [`Frame`] on entry, store the current Python line
//! into it before each statement (one integer store), and pass their result
//! through [`Frame::leave`], which records the frame in the traceback of an
//! escaping exception. The depth counter turns runaway recursion into
//! `RecursionError` long before the native stack could overflow.

use std::cell::Cell;

use crate::error::{ExcKind, PyErr, PyResult, TracebackEntry};
use crate::sync::PyStatic;

/// A compiled Python module's identity for tracebacks: its path and source text.
pub struct ModuleInfo {
    /// The module's `__name__`.
    pub name: &'static str,
    /// The path of the source file, as given to pyrc (tracebacks print it).
    pub path: &'static str,
    /// The module's source, for the source lines tracebacks quote.
    pub source: &'static str,
}

/// A source-less `__main__` for unit tests that need function definitions.
#[cfg(test)]
pub(crate) static TEST_MODULE: ModuleInfo = ModuleInfo {
    name: "__main__",
    path: "t.py",
    source: "",
};

impl ModuleInfo {
    /// The text of 1-based `line`, if the source has it.
    pub fn source_line(&self, line: u32) -> Option<&'static str> {
        let index = usize::try_from(line).ok()?.checked_sub(1)?;
        self.source.lines().nth(index)
    }
}

/// Static description of a function or module body (CPython's code object, reduced).
pub struct Code {
    /// The function's `__name__` (`<module>` for module bodies).
    pub name: &'static str,
    /// The module the code belongs to.
    pub module: &'static ModuleInfo,
}

/// Default recursion limit, as in CPython.
pub const DEFAULT_RECURSION_LIMIT: u32 = 1000;

static DEPTH: PyStatic<Cell<u32>> = PyStatic::new(Cell::new(0));
static RECURSION_LIMIT: PyStatic<Cell<u32>> = PyStatic::new(Cell::new(DEFAULT_RECURSION_LIMIT));

/// The current recursion limit (`sys.getrecursionlimit()`).
pub fn recursion_limit() -> u32 {
    RECURSION_LIMIT.get()
}

/// Sets the recursion limit (`sys.setrecursionlimit(n)`).
pub fn set_recursion_limit(limit: u32) {
    RECURSION_LIMIT.set(limit);
}

/// An active Python frame. Dropping it pops the recursion depth.
pub struct Frame {
    /// The line being executed; generated code stores it before each statement.
    pub line: u32,
    code: &'static Code,
    depth: u32,
    /// Whether this frame counts toward the recursion depth (generator frames
    /// count while they run, through [`enter_depth`], not while suspended).
    counted: bool,
}

impl Frame {
    /// Enters a frame for `code`, raising `RecursionError` past the recursion limit.
    #[inline(always)]
    pub fn enter(code: &'static Code, line: u32) -> PyResult<Frame> {
        let depth = DEPTH.get() + 1;
        if depth > RECURSION_LIMIT.get() {
            return Err(recursion_error());
        }
        DEPTH.set(depth);
        Ok(Frame {
            line,
            code,
            depth,
            counted: true,
        })
    }

    /// A frame for a generator body: it lives inside the suspended generator
    /// and does not count toward the recursion depth by itself.
    pub fn detached(code: &'static Code, line: u32) -> Frame {
        Frame {
            line,
            code,
            depth: 0,
            counted: false,
        }
    }

    /// Passes a result through, recording this frame in an escaping exception's traceback.
    #[inline(always)]
    pub fn leave<T>(self, result: PyResult<T>) -> PyResult<T> {
        match result {
            Ok(value) => Ok(value),
            Err(err) => Err(err.add_frame(self.traceback_entry())),
        }
    }

    /// This frame as a traceback entry, at its current line.
    pub fn traceback_entry(&self) -> TracebackEntry {
        TracebackEntry {
            code: self.code,
            line: self.line,
            depth: self.depth,
        }
    }
}

impl Drop for Frame {
    #[inline(always)]
    fn drop(&mut self) {
        if self.counted {
            DEPTH.set(DEPTH.get() - 1);
        }
    }
}

/// Counts one level of recursion while a generator runs; dropping it uncounts.
pub struct DepthGuard(());

/// Enters one recursion level (`RecursionError` past the limit).
#[inline]
pub fn enter_depth() -> PyResult<DepthGuard> {
    let depth = DEPTH.get() + 1;
    if depth > RECURSION_LIMIT.get() {
        return Err(recursion_error());
    }
    DEPTH.set(depth);
    Ok(DepthGuard(()))
}

impl Drop for DepthGuard {
    fn drop(&mut self) {
        DEPTH.set(DEPTH.get() - 1);
    }
}

#[cold]
fn recursion_error() -> PyErr {
    PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded")
}

/// Reads a local that may be unbound, raising `UnboundLocalError` if it is.
#[inline]
pub fn bound_local<'a>(
    slot: &'a Option<crate::Value>,
    name: &'static str,
) -> PyResult<&'a crate::Value> {
    match slot {
        Some(value) => Ok(value),
        None => Err(crate::error::raise::unbound_local(name)),
    }
}

/// `del name` for a local, raising `UnboundLocalError` if it is not bound.
pub fn delete_local(slot: &mut Option<crate::Value>, name: &'static str) -> PyResult<()> {
    match slot.take() {
        Some(_) => Ok(()),
        None => Err(crate::error::raise::unbound_local(name)),
    }
}
