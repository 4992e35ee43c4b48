//! The committed expected outputs must still be what CPython prints: every
//! program is run under `python3` (when it is installed) and compared.

use std::process::Command;

use pyrc_tests::{all_programs, mismatch, run};

fn python3_is_311() -> bool {
    Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).starts_with("Python 3.11"))
}

#[test]
fn expected_outputs_are_what_cpython_prints() {
    if !python3_is_311() {
        eprintln!("python3 (3.11) not found: expected outputs not re-checked");
        return;
    }
    let mut failures = Vec::new();
    for program in all_programs() {
        let dir = program.path.parent().expect("program has a directory");
        let file = program.path.file_name().expect("program has a name");
        let outcome = run(Command::new("python3").arg(file), dir);
        if let Some(problem) = mismatch(&program, &outcome) {
            failures.push(problem);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
