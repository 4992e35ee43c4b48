//! Compile-pass tests: the Rust pyrc generates for each example in
//! `examples/` compiles against pyrt as a crate of its own (and runs
//! successfully where CPython exits 0), via trybuild. The programs in
//! `tests/programs/` are compiled and run by the end-to-end test; building
//! them a second time here would double the suite's time.

use std::fs;

use pyrc_tests::{programs_in, repo_root, work_dir};

#[test]
fn generated_rust_compiles_against_pyrt() {
    let dir = work_dir("trybuild-src");
    fs::create_dir_all(&dir).expect("target is writable");
    let cases = trybuild::TestCases::new();
    let examples = programs_in(&repo_root().join("examples"));
    assert!(!examples.is_empty(), "examples/ has programs");
    for program in examples.into_iter().filter(|p| p.status == 0) {
        let source = fs::read_to_string(&program.path).expect("program is readable");
        let source_name = format!("{}.py", program.name);
        let display = format!("{}.py", program.name);
        let files = pyrc::compile_program(&program.path, &source, &display, &source_name)
            .unwrap_or_else(|d| panic!("{}: {:?}", program.name, d));
        // Each program in a folder of its own: its modules sit beside its root file.
        let program_dir = dir.join(&program.name);
        fs::create_dir_all(&program_dir).expect("target is writable");
        let mut root = None;
        for file in &files {
            let rust_name = if file.rust_name == "main.rs" {
                format!("{}.rs", program.name)
            } else {
                file.rust_name.clone()
            };
            let rs = program_dir.join(&rust_name);
            fs::write(&rs, &file.rust).expect("target is writable");
            fs::write(program_dir.join(&file.source_name), &file.python_source)
                .expect("target is writable");
            root.get_or_insert(rs);
        }
        cases.pass(root.expect("a program has a main file"));
    }
}
