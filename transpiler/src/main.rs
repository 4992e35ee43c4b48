//! The `pyrc` command: build, run, transpile or emit a Python program.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use pyrc::build;

/// pyrc compiles Python 3 programs ahead of time to native executables through Rust.
#[derive(Parser)]
#[command(name = "pyrc", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a program to a native executable.
    Build {
        /// The Python program.
        program: PathBuf,
        /// Where to write the executable (default: the program's name, in the current directory).
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        /// Do not show cargo's progress.
        #[arg(short, long)]
        quiet: bool,
        /// Build in seconds, without link-time optimisation (the program runs about 15% slower).
        #[arg(long)]
        quick: bool,
    },
    /// Build a program if needed, then run it with ARGS; its exit status passes through.
    Run {
        /// Do not show cargo's progress.
        #[arg(short, long)]
        quiet: bool,
        /// Build in seconds, without link-time optimisation (the program runs about 15% slower).
        #[arg(long)]
        quick: bool,
        /// The Python program.
        program: PathBuf,
        /// Arguments for the program.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Write the Cargo project for a program, without building it.
    Transpile {
        /// The Python program.
        program: PathBuf,
        /// The project directory to write.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// Print the generated Rust for a program.
    Emit {
        /// The Python program.
        program: PathBuf,
    },
}

/// Exit status for pyrc's own failures (unreadable files, cargo failures).
const FAILURE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run_command(cli.command) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("pyrc: error: {message}");
            ExitCode::from(FAILURE)
        }
    }
}

fn run_command(command: Command) -> Result<ExitCode, String> {
    let program = match &command {
        Command::Build { program, .. }
        | Command::Run { program, .. }
        | Command::Transpile { program, .. }
        | Command::Emit { program } => program.clone(),
    };
    let compiled = match compile(&program)? {
        Ok(compiled) => compiled,
        Err(code) => return Ok(code),
    };
    match command {
        Command::Emit { .. } => {
            for (i, file) in compiled.files.iter().enumerate() {
                if i > 0 {
                    println!("// ---- src/{} ----", file.rust_name);
                }
                print!("{}", file.rust);
            }
        }
        Command::Transpile { output, .. } => {
            write_project(&compiled, &output, &build::package_name(&compiled.stem))?;
        }
        Command::Build {
            output,
            quiet,
            quick,
            ..
        } => {
            let exe = build_cached(&compiled, profile(quick), quiet)?;
            let output = output.unwrap_or_else(|| PathBuf::from(&compiled.stem));
            std::fs::copy(&exe, &output)
                .map_err(|e| format!("cannot write '{}': {e}", output.display()))?;
        }
        Command::Run {
            args, quiet, quick, ..
        } => {
            let exe = build_cached(&compiled, profile(quick), quiet)?;
            let status = std::process::Command::new(&exe)
                .args(&args)
                .status()
                .map_err(|e| format!("cannot run '{}': {e}", exe.display()))?;
            return Ok(ExitCode::from(exit_status_byte(status)));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The build profile `--quick` selects.
fn profile(quick: bool) -> build::Profile {
    if quick {
        build::Profile::Quick
    } else {
        build::Profile::Release
    }
}

/// A program compiled to Rust.
struct Compiled {
    /// The generated files: `main.rs` first, then one per imported module.
    files: Vec<pyrc::GeneratedFile>,
    /// The program's file stem (`fib` for `fib.py`).
    stem: String,
    /// The absolute path of the program, naming its build project.
    absolute: PathBuf,
}

/// Reads and compiles a program. `Ok(Err(code))` means diagnostics were printed.
fn compile(program: &Path) -> Result<Result<Compiled, ExitCode>, String> {
    let source = std::fs::read_to_string(program)
        .map_err(|e| format!("cannot read '{}': {e}", program.display()))?;
    let stem = program.file_stem().map_or_else(
        || "program".to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    let source_name = format!("{}.py", build::package_name(&stem));
    // CPython names the main script by its absolute path in tracebacks.
    let absolute = std::fs::canonicalize(program).unwrap_or_else(|_| program.to_path_buf());
    let display = absolute.display().to_string();
    match pyrc::compile_program(&absolute, &source, &display, &source_name) {
        Ok(files) => Ok(Ok(Compiled {
            files,
            stem,
            absolute,
        })),
        Err(diags) => {
            let code = diags.first().map_or(1, |d| d.exit_code());
            for d in &diags {
                eprintln!("{d}");
            }
            Ok(Err(ExitCode::from(code as u8)))
        }
    }
}

fn write_project(
    compiled: &Compiled,
    dir: &Path,
    bin_name: &str,
) -> Result<build::Project, String> {
    let runtime = build::runtime_dir().map_err(|e| format!("cannot extract the runtime: {e}"))?;
    let target = build::target_dir();
    let spec = build::ProjectSpec {
        bin_name,
        files: &compiled.files,
        runtime: &runtime,
        target: Some(&target),
        standalone: true,
    };
    build::write_project(dir, &spec)
        .map_err(|e| format!("cannot write the project in '{}': {e}", dir.display()))
}

/// Builds the program's project under the cache (one per program path) and
/// returns its executable.
fn build_cached(
    compiled: &Compiled,
    profile: build::Profile,
    quiet: bool,
) -> Result<PathBuf, String> {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    compiled.absolute.hash(&mut hasher);
    let key = format!(
        "{}-{:08x}",
        build::package_name(&compiled.stem),
        hasher.finish() as u32
    );
    let dir = build::cache_dir().join("projects").join(&key);
    let project = write_project(compiled, &dir, &key)?;
    build::build_project(&project, profile, quiet).map_err(|e| e.to_string())
}

/// The exit status to report for a finished child: its code, or 128 + signal.
fn exit_status_byte(status: std::process::ExitStatus) -> u8 {
    if let Some(code) = status.code() {
        return code as u8;
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return (128 + signal) as u8;
        }
    }
    1
}
