//! Buffered standard output, as CPython buffers `sys.stdout` when it is not a terminal.

use std::cell::RefCell;
use std::io::{IsTerminal, Write};

use crate::sync::PyStatic;

struct Stdout {
    buffer: Vec<u8>,
    line_buffered: Option<bool>,
}

static STDOUT: PyStatic<RefCell<Stdout>> = PyStatic::new(RefCell::new(Stdout {
    buffer: Vec::new(),
    line_buffered: None,
}));

const FLUSH_AT: usize = 1 << 16;

/// Writes text to standard output (buffered; line-buffered on a terminal).
pub fn write_stdout(text: &str) {
    let mut out = STDOUT.borrow_mut();
    out.buffer.extend_from_slice(text.as_bytes());
    let line_buffered = *out
        .line_buffered
        .get_or_insert_with(|| std::io::stdout().is_terminal());
    if out.buffer.len() >= FLUSH_AT || (line_buffered && text.contains('\n')) {
        flush(&mut out.buffer);
    }
}

/// Writes everything buffered so far to the real standard output.
pub fn flush_stdout() {
    flush(&mut STDOUT.borrow_mut().buffer);
}

fn flush(buffer: &mut Vec<u8>) {
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`prog | head`) is not an error worth a traceback here.
    let _ = stdout.write_all(buffer);
    let _ = stdout.flush();
    buffer.clear();
}

/// Writes text to standard error at once (CPython's stderr is unbuffered in
/// effect for programs: each write reaches the terminal or file).
pub fn write_stderr(text: &str) {
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(text.as_bytes());
    let _ = stderr.flush();
}
