//! Shared helpers for pyrc's end-to-end tests.
//!
//! A test program is a `NAME.py` file with its CPython results beside it:
//! `NAME.out` (stdout), optionally `NAME.status` (exit status, default 0) and
//! `NAME.err` (the last line of stderr). A program of several modules is a
//! folder `NAME/` whose `main.py` is the script (results in `main.out`, ...)
//! beside the modules and packages it imports. Adding a test means adding files.
//! All programs are compiled into one cargo workspace and built by one cargo
//! invocation, sharing one target directory.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the repository")
        .to_path_buf()
}

/// A Python program with the results CPython gives for it.
#[derive(Clone, Debug)]
pub struct Program {
    /// File stem, unique across the test directories.
    pub name: String,
    /// Path of the `.py` file.
    pub path: PathBuf,
    /// Expected stdout.
    pub stdout: String,
    /// Expected exit status.
    pub status: i32,
    /// Expected last line of stderr, when the program fails.
    pub stderr_last_line: Option<String>,
}

/// The programs (with expected results) in `dir`, sorted by name.
pub fn programs_in(dir: &Path) -> Vec<Program> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.join("main.py").is_file() {
            let name = path.file_name().map(|s| s.to_os_string());
            if let Some(program) = program_at(&path.join("main.py"), name) {
                out.push(program);
            }
            continue;
        }
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        if let Some(program) = program_at(&path, None) {
            out.push(program);
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// The program whose script is `path`, if its expected stdout is recorded;
/// named `name`, or after the file.
fn program_at(path: &Path, name: Option<std::ffi::OsString>) -> Option<Program> {
    let stdout = fs::read_to_string(path.with_extension("out")).ok()?;
    let status = fs::read_to_string(path.with_extension("status"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let stderr_last_line = fs::read_to_string(path.with_extension("err"))
        .ok()
        .map(|s| s.trim_end().lines().last().unwrap_or_default().to_string());
    let name = name
        .as_deref()
        .or(path.file_stem())
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Some(Program {
        name,
        path: path.to_path_buf(),
        stdout,
        status,
        stderr_last_line,
    })
}

/// Every test program: `examples/` and `tests/programs/`.
pub fn all_programs() -> Vec<Program> {
    let root = repo_root();
    let mut programs = programs_in(&root.join("examples"));
    programs.extend(programs_in(&root.join("tests").join("programs")));
    programs
}

/// The directory test builds use under the workspace target directory.
pub fn work_dir(name: &str) -> PathBuf {
    repo_root().join("target").join(name)
}

/// Compiles every program with pyrc into one cargo workspace and builds it in
/// the `quick` profile. Returns the executables by program name, and the programs
/// that failed to compile with their diagnostics.
pub fn build_all(programs: &[Program]) -> (BTreeMap<String, PathBuf>, Vec<String>) {
    let workspace = work_dir("e2e");
    let target = work_dir("e2e-target");
    let runtime = repo_root().join("pyrt");
    let mut members = Vec::new();
    let mut failures = Vec::new();
    for program in programs {
        let source = fs::read_to_string(&program.path).expect("program is readable");
        let display = program
            .path
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let bin_name = format!("e2e_{}", program.name);
        let source_name = format!("{}.py", program.name);
        match pyrc::compile_program(&program.path, &source, &display, &source_name) {
            Ok(files) => {
                let spec = pyrc::build::ProjectSpec {
                    bin_name: &bin_name,
                    files: &files,
                    runtime: &runtime,
                    target: None,
                    standalone: false,
                };
                pyrc::build::write_project(&workspace.join(&program.name), &spec)
                    .expect("project is writable");
                members.push(program.name.clone());
            }
            Err(diags) => {
                let text: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
                failures.push(format!(
                    "{}: pyrc failed:\n{}",
                    program.name,
                    text.join("\n")
                ));
            }
        }
    }
    let manifest = format!(
        "[workspace]\nresolver = \"2\"\nmembers = [{}]\n{}",
        members
            .iter()
            .map(|m| format!("{m:?}"))
            .collect::<Vec<_>>()
            .join(", "),
        pyrc::build::profiles()
    );
    fs::write(workspace.join("Cargo.toml"), manifest).expect("workspace is writable");
    fs::write(workspace.join("Cargo.lock"), pyrc::build::lock_file()).expect("lock is writable");
    let status = Command::new(env!("CARGO"))
        .args([
            "build",
            "--profile",
            pyrc::build::Profile::Quick.name(),
            "--quiet",
            "--workspace",
            "--manifest-path",
        ])
        .arg(workspace.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target)
        .status()
        .expect("cargo runs");
    assert!(status.success(), "building the generated programs failed");
    let exes = members
        .iter()
        .map(|m| {
            let exe = format!("e2e_{m}");
            (
                m.clone(),
                target.join(pyrc::build::Profile::Quick.name()).join(exe),
            )
        })
        .collect();
    (exes, failures)
}

/// What a program printed and how it exited.
pub struct Outcome {
    /// Captured stdout.
    pub stdout: String,
    /// Captured stderr.
    pub stderr: String,
    /// Exit status (-1 if killed by a signal).
    pub status: i32,
}

/// Runs an executable (or `python3 path`) in the program's directory.
pub fn run(command: &mut Command, dir: &Path) -> Outcome {
    let output = command.current_dir(dir).output().expect("program starts");
    Outcome {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        status: output.status.code().unwrap_or(-1),
    }
}

/// Differences between an outcome and a program's expected results, if any.
pub fn mismatch(program: &Program, outcome: &Outcome) -> Option<String> {
    let mut problems = Vec::new();
    if outcome.stdout != program.stdout {
        problems.push(format!(
            "stdout differs:\n--- expected\n{}\n--- got\n{}",
            program.stdout, outcome.stdout
        ));
    }
    if outcome.status != program.status {
        problems.push(format!(
            "exit status {} (expected {}); stderr:\n{}",
            outcome.status, program.status, outcome.stderr
        ));
    }
    if let Some(expected) = &program.stderr_last_line {
        let got = outcome.stderr.trim_end().lines().last().unwrap_or_default();
        if got != expected {
            problems.push(format!(
                "last stderr line {got:?} (expected {expected:?}); stderr:\n{}",
                outcome.stderr
            ));
        }
    }
    if outcome.stderr.contains("panicked") || outcome.stderr.contains("RUST_BACKTRACE") {
        problems.push(format!("the program panicked:\n{}", outcome.stderr));
    }
    if problems.is_empty() {
        None
    } else {
        Some(format!("{}: {}", program.name, problems.join("\n")))
    }
}
