//! Differential tests: every program in examples/ and tests/programs/ is built
//! with pyrc and must print what CPython printed, exit as CPython exited, and
//! end stderr with CPython's last traceback line.

use std::process::Command;

use pyrc_tests::{all_programs, build_all, mismatch, run};

#[test]
fn compiled_programs_match_cpython() {
    let programs = all_programs();
    assert!(
        programs.len() >= 15,
        "expected the example programs to be present"
    );
    let (exes, mut failures) = build_all(&programs);
    let mut passed = 0;
    for program in &programs {
        let Some(exe) = exes.get(&program.name) else {
            continue;
        };
        let dir = program.path.parent().expect("program has a directory");
        let outcome = run(&mut Command::new(exe), dir);
        match mismatch(program, &outcome) {
            Some(problem) => failures.push(problem),
            None => passed += 1,
        }
    }
    println!("{passed} passed, {} failed", failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
