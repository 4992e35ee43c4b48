//! Diagnostics: each `tests/diagnostics/NAME.py` must produce exactly the
//! messages in `NAME.diag` (every unsupported construct in one run, with
//! file, line and column; syntax errors as CPython prints them).

use std::fs;

use pyrc_tests::repo_root;

#[test]
fn diagnostics_match_the_expected_messages() {
    let dir = repo_root().join("tests").join("diagnostics");
    let mut cases: Vec<_> = fs::read_dir(&dir)
        .expect("tests/diagnostics exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 4, "expected diagnostic cases");
    let mut failures = Vec::new();
    for case in &cases {
        let source = fs::read_to_string(case).expect("case is readable");
        let name = case
            .file_name()
            .expect("case has a name")
            .to_string_lossy()
            .into_owned();
        let expected = fs::read_to_string(case.with_extension("diag")).expect(".diag exists");
        let got = match pyrc::compile_to_rust(&source, &name, "m.py") {
            Ok(_) => String::from("(compiled without diagnostics)\n"),
            Err(diags) => diags.iter().map(|d| format!("{d}\n")).collect(),
        };
        if got != expected {
            failures.push(format!("{name}:\n--- expected\n{expected}--- got\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
