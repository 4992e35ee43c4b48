//! Running a compiled program: the Python thread, exit codes, uncaught exceptions.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::Value;

/// Stack reserved for the Python thread. Only touched pages are committed, so a
/// large reservation costs nothing until deep recursion uses it; it is sized so
/// that the recursion limit, not the native stack, stops runaway recursion.
const PYTHON_STACK_BYTES: usize = 1 << 30;

/// Tunes glibc's allocator for many small objects, freed alone or in bulk.
/// Fast bins are off: [`crate::allocator`]'s free lists already reuse
/// freed small blocks, and past them a block freed into a fast bin is only
/// put off, to a consolidation pass that later walks every such chunk at
/// once (after a large list of tuples is dropped, tens of milliseconds of
/// cache misses in the next large request); freed at once, neighbours that
/// die together coalesce. The Python thread shares the main arena instead
/// of growing an mmap'd one of its own. Freed memory is kept
/// rather than handed back to the kernel at each dip (up to 16 MiB at the top
/// of the heap, and blocks up to 4 MiB come from the heap rather than their
/// own mapping), so a loop that builds and drops a large list does not fault
/// the same pages in again on every turn; the peak is unchanged.
fn tune_malloc() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
        }
        const M_MXFAST: std::ffi::c_int = 1;
        const M_TRIM_THRESHOLD: std::ffi::c_int = -1;
        const M_MMAP_THRESHOLD: std::ffi::c_int = -3;
        const M_ARENA_MAX: std::ffi::c_int = -8;
        // SAFETY: glibc's mallopt takes two ints by value and only adjusts
        // allocator parameters; it is called before the Python thread starts,
        // while this is the only thread.
        unsafe {
            mallopt(M_MXFAST, 0);
            mallopt(M_TRIM_THRESHOLD, 16 << 20);
            mallopt(M_MMAP_THRESHOLD, 4 << 20);
            mallopt(M_ARENA_MAX, 1);
        }
    }
}

/// Runs a module body as the program's `__main__` and exits the process with
/// CPython's exit status: 0 on success, 1 after printing an uncaught
/// exception's traceback to stderr, or the code given to `SystemExit`.
pub fn run_main(body: fn() -> PyResult<()>) -> ! {
    tune_malloc();
    crate::stats::enable_from_env();
    let thread = std::thread::Builder::new()
        .name("python".into())
        .stack_size(PYTHON_STACK_BYTES)
        .spawn(move || {
            crate::sync::mark_python_thread();
            let result = body();
            let code = match result {
                Ok(()) => 0,
                Err(err) => exit_code_for(err),
            };
            crate::io::flush_stdout();
            if crate::stats::enabled() {
                eprint!("{}", crate::stats::report());
            }
            code
        });
    let code = match thread.map(|t| t.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("pyrc: internal error: the program's thread failed");
            70
        }
    };
    std::process::exit(code)
}

/// Prints an uncaught exception (or handles `SystemExit`) and returns the exit status.
fn exit_code_for(err: PyErr) -> i32 {
    crate::io::flush_stdout();
    if err.kind() == ExcKind::SystemExit {
        return match err.args() {
            [] | [Value::None] => 0,
            [Value::Int(code)] => *code as i32,
            [other] => {
                eprintln!("{}", crate::repr::str_of(other).unwrap_or_default());
                1
            }
            _ => 1,
        };
    }
    eprint!("{}", err.render_traceback());
    1
}

#[cfg(test)]
mod tests {
    use super::tune_malloc;

    #[test]
    fn the_tuned_allocator_serves_and_reuses_small_objects() {
        tune_malloc();
        tune_malloc();
        for round in 0..3 {
            let boxes: Vec<Box<[u64; 17]>> =
                (0..10_000).map(|i| Box::new([i + round; 17])).collect();
            assert!(boxes
                .iter()
                .enumerate()
                .all(|(i, b)| b[16] == i as u64 + round));
        }
    }
}
