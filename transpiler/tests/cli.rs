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
    let out = pyrc(
        &dir,
        &["run", "-q", "--quick", "fail.py", "extra", "--args"],
    );
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
        "x = 1\ny = 2j\nasync def f():\n    pass\nimport sqlite3\n",
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
        err.contains("pyrc: error: module 'sqlite3' is not supported yet at "),
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

/// The counts on the `pyrc stats:` line for `label`: (hits, misses, specializations, deopts).
fn stats_line(report: &str, label: &str) -> (u64, u64, u64, u64) {
    let line = report
        .lines()
        .find(|l| l.starts_with(&format!("pyrc stats: {label} hits=")))
        .unwrap_or_else(|| panic!("no {label} line in:\n{report}"));
    let field = |name: &str| -> u64 {
        let start = line.find(&format!("{name}=")).expect(name) + name.len() + 1;
        line[start..]
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .and_then(|n| n.parse().ok())
            .expect("a count")
    };
    (
        field("hits"),
        field("misses"),
        field("specializations"),
        field("deopts"),
    )
}

#[test]
fn pyrc_stats_reports_every_cache_kind_at_exit() {
    let dir = scratch("stats");
    fs::write(
        dir.join("hot.py"),
        "class P:\n    def __init__(self, x):\n        self.x = x\n    def get(self):\n        return self.x\n\
         def f(p):\n    return p.get() + p.x\n\
         p = P(2)\nt = 0\nxs = [1, 2, 3]\nfor i in range(1000):\n    t += f(p) + xs[i % 3]\n\
         P.get = lambda self: 0\nt += f(p)\nprint(t)\n",
    )
    .unwrap();
    let out = pyrc(&dir, &["build", "-q", "--quick", "hot.py", "-o", "hot-bin"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let plain = Command::new(dir.join("hot-bin")).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&plain.stdout), "6001\n");
    assert_eq!(stderr(&plain), "", "no report without PYRC_STATS=1");
    let run = Command::new(dir.join("hot-bin"))
        .env("PYRC_STATS", "1")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&run.stdout), "6001\n");
    let report = stderr(&run);
    for label in [
        "LOAD_GLOBAL",
        "LOAD_BUILTIN",
        "LOAD_ATTR",
        "STORE_ATTR",
        "LOAD_METHOD",
        "LOAD_MODULE_ATTR",
        "BINARY_OP",
        "BINARY_SUBSCR",
    ] {
        stats_line(&report, label);
    }
    let (hits, misses, specs, _) = stats_line(&report, "LOAD_ATTR");
    assert!(hits >= 999 && misses >= 1 && specs >= 1, "{report}");
    let (hits, _, _, deopts) = stats_line(&report, "LOAD_METHOD");
    assert!(hits >= 999, "{report}");
    assert!(deopts == 0, "replacing P.get only misses: {report}");
    let (hits, _, specs, _) = stats_line(&report, "BINARY_SUBSCR");
    assert!(hits >= 999 && specs == 1, "{report}");
    let (hits, _, _, _) = stats_line(&report, "LOAD_GLOBAL");
    assert!(hits >= 1000, "direct calls of f: {report}");
}
