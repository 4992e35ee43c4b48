//! Compile-pass tests: the Rust pyrc generates for each example compiles
//! against pyrt (and runs successfully where CPython exits 0), via trybuild.

use std::fs;

use pyrc_tests::{all_programs, work_dir};

#[test]
fn generated_rust_compiles_against_pyrt() {
    let dir = work_dir("trybuild-src");
    fs::create_dir_all(&dir).expect("target is writable");
    let cases = trybuild::TestCases::new();
    for program in all_programs().into_iter().filter(|p| p.status == 0) {
        let source = fs::read_to_string(&program.path).expect("program is readable");
        let source_name = format!("{}.py", program.name);
        let display = format!("{}.py", program.name);
        let rust = pyrc::compile_to_rust(&source, &display, &source_name)
            .unwrap_or_else(|d| panic!("{}: {:?}", program.name, d));
        let rs = dir.join(format!("{}.rs", program.name));
        fs::write(&rs, rust).expect("target is writable");
        fs::write(dir.join(&source_name), &source).expect("target is writable");
        cases.pass(rs);
    }
}
