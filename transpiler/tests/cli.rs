//! The `pyrc` command line: build, run, transpile and emit, and its diagnostics.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A scratch directory for one test, under the workspace target directory.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("target")
        .join("cli-tests")
        .join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// `pyrc ARGS` in `dir`, with its cache under the workspace target directory.
fn pyrc(dir: &Path, args: &[&str]) -> Output {
    let target = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("target");
    Command::new(env!("CARGO_BIN_EXE_pyrc"))
        .args(args)
        .current_dir(dir)
        .env("PYRC_CACHE_DIR", target.join("cli-cache"))
        .env("PYRC_TARGET_DIR", target.join("e2e-target"))
        .output()
        .expect("pyrc runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn build_writes_an_executable_that_behaves_like_python() {
    let dir = scratch("build");
    fs::write(dir.join("hello.py"), "print('hello', 6 * 7)\n").unwrap();
    let out = pyrc(&dir, &["build", "-q", "hello.py", "-o", "hello-bin"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let run = Command::new(dir.join("hello-bin")).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&run.stdout), "hello 42\n");
    assert_eq!(run.status.code(), Some(0));
}

#[test]
fn run_passes_the_exit_status_and_prints_a_traceback() {
    let dir = scratch("run");
    fs::write(
        dir.join("fail.py"),
        "def f(x):\n    return 1 // x\nprint('before')\nf(0)\n",
    )
    .unwrap();
    let out = pyrc(&dir, &["run", "-q", "fail.py", "extra", "--args"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before\n");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(err.contains("fail.py\", line 4, in <module>"), "{err}");
    assert!(
        err.contains("fail.py\", line 2, in f\n    return 1 // x\n"),
        "{err}"
    );
    assert!(
        err.ends_with("ZeroDivisionError: integer division or modulo by zero\n"),
        "{err}"
    );
}

#[test]
fn transpile_writes_a_cargo_project() {
    let dir = scratch("transpile");
    fs::write(dir.join("prog.py"), "x = 1\nprint(x + 1)\n").unwrap();
    let out = pyrc(&dir, &["transpile", "prog.py", "-o", "project"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let manifest = fs::read_to_string(dir.join("project/Cargo.toml")).unwrap();
    assert!(manifest.contains("pyrt = { path = "), "{manifest}");
    let main = fs::read_to_string(dir.join("project/src/main.rs")).unwrap();
    assert!(main.contains("// 2: print(x + 1)"), "{main}");
    assert!(dir.join("project/src/prog.py").is_file());
    assert!(dir.join("project/Cargo.lock").is_file());
}

#[test]
fn emit_prints_formatted_rust_with_source_comments() {
    let dir = scratch("emit");
    fs::write(
        dir.join("e.py"),
        "total = 0\nfor i in range(3):\n    total += i\n",
    )
    .unwrap();
    let out = pyrc(&dir, &["emit", "e.py"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("static G_total: pyrt::sync::PyStatic<pyrt::globals::GlobalCell>"),
        "{text}"
    );
    assert!(text.contains("// 3: total += i"), "{text}");
    assert!(syn::parse_file(&text).is_ok(), "emitted Rust must parse");
}

#[test]
fn unsupported_constructs_are_reported_with_positions_and_write_nothing() {
    let dir = scratch("unsupported");
    fs::write(
        dir.join("u.py"),
        "x = 1\ny = 2j\nasync def f():\n    pass\nimport json\n",
    )
    .unwrap();
    let out = pyrc(&dir, &["transpile", "u.py", "-o", "project"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("pyrc: error: unsupported complex literal at "),
        "{err}"
    );
    assert!(err.contains("u.py:2:5"), "{err}");
    assert!(
        err.contains("pyrc: error: unsupported async function at "),
        "{err}"
    );
    assert!(err.contains("u.py:3:1"), "{err}");
    assert!(
        err.contains("pyrc: error: module 'json' is not supported yet at "),
        "{err}"
    );
    assert!(!dir.join("project").exists());
}

#[test]
fn syntax_errors_look_like_cpython() {
    let dir = scratch("syntax");
    fs::write(dir.join("s.py"), "x = 1\nif x ==:\n    pass\n").unwrap();
    let out = pyrc(&dir, &["emit", "s.py"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("s.py\", line 2\n    if x ==:\n           ^\nSyntaxError: invalid syntax"),
        "{err}"
    );
}

#[test]
fn a_missing_file_is_an_error_not_a_panic() {
    let dir = scratch("missing");
    let out = pyrc(&dir, &["build", "nope.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("pyrc: error: cannot read 'nope.py'"));
}
