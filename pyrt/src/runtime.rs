//! Running a compiled program: the Python thread, exit codes, uncaught exceptions.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::Value;

/// Stack reserved for the Python thread. Only touched pages are committed, so a
/// large reservation costs nothing until deep recursion uses it; it is sized so
/// that the recursion limit, not the native stack, stops runaway recursion.
const PYTHON_STACK_BYTES: usize = 1 << 30;

/// Runs a module body as the program's `__main__` and exits the process with
/// CPython's exit status: 0 on success, 1 after printing an uncaught
/// exception's traceback to stderr, or the code given to `SystemExit`.
pub fn run_main(body: fn() -> PyResult<()>) -> ! {
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
            if std::env::var_os("PYRC_STATS").is_some_and(|v| v == "1") {
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
