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
    if let Some(exe) = exes.get("cache_stats") {
        failures.extend(cache_stats_problems(exe));
    }
    println!("{passed} passed, {} failed", failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Runs `cache_stats.py` with `PYRC_STATS=1`: every cache kind must report
/// its line, and each loop site's 1000 executions must show as hits, with
/// a miss only where a site first specialises (at most 10 sites a kind).
fn cache_stats_problems(exe: &std::path::Path) -> Vec<String> {
    let dir = exe.parent().expect("executable has a directory");
    let outcome = run(Command::new(exe).env("PYRC_STATS", "1"), dir);
    let kinds = [
        ("LOAD_GLOBAL", 1000),
        ("LOAD_BUILTIN", 999),
        ("LOAD_ATTR", 1998),
        ("STORE_ATTR", 999),
        ("LOAD_METHOD", 999),
        ("LOAD_MODULE_ATTR", 999),
        ("BINARY_OP", 5994),
        ("BINARY_SUBSCR", 999),
    ];
    let mut problems = Vec::new();
    for (label, min_hits) in kinds {
        let prefix = format!("pyrc stats: {label} hits=");
        let Some(line) = outcome.stderr.lines().find(|l| l.starts_with(&prefix)) else {
            problems.push(format!(
                "cache_stats: no {label} line in:\n{}",
                outcome.stderr
            ));
            continue;
        };
        let field = |name: &str| -> Option<u64> {
            let start = line.find(&format!("{name}="))? + name.len() + 1;
            let digits: String = line[start..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse().ok()
        };
        match (field("hits"), field("misses"), field("deopts")) {
            (Some(hits), Some(misses), Some(deopts))
                if hits >= min_hits && misses <= 10 && deopts == 0 => {}
            _ => problems.push(format!(
                "cache_stats: expected at least {min_hits} hits, at most 10 misses and no deopts: {line}"
            )),
        }
    }
    problems
}
