//! pyrc never panics on real Python code: every module of CPython's standard
//! library (found through `python3`, when installed) either compiles or gets
//! diagnostics with positions.

use std::path::PathBuf;
use std::process::Command;

fn stdlib_dir() -> Option<PathBuf> {
    let out = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    dir.is_dir().then_some(dir)
}

#[test]
fn the_standard_library_compiles_or_is_diagnosed_without_panics() {
    let Some(dir) = stdlib_dir() else {
        eprintln!("python3 not found: standard library not checked");
        return;
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("stdlib is readable")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    assert!(
        files.len() > 50,
        "expected the standard library in {}",
        dir.display()
    );
    let (mut compiled, mut diagnosed) = (0, 0);
    for file in &files {
        let Ok(source) = std::fs::read_to_string(file) else {
            continue;
        };
        let name = file.display().to_string();
        let result = std::panic::catch_unwind(|| pyrc::compile_to_rust(&source, &name, "m.py"));
        match result {
            Ok(Ok(_)) => compiled += 1,
            Ok(Err(diags)) => {
                assert!(!diags.is_empty(), "{name}: failed without a diagnostic");
                assert!(
                    diags.iter().all(|d| d.pos.line > 0),
                    "{name}: a diagnostic without a line"
                );
                diagnosed += 1;
            }
            Err(_) => panic!("pyrc panicked on {name}"),
        }
    }
    println!("{compiled} compiled, {diagnosed} diagnosed");
}
