//! Running cargo on a generated project.

use std::fmt;
use std::path::PathBuf;
use std::process::Command;

use super::Project;

/// Why a build failed.
#[derive(Debug)]
pub enum BuildError {
    /// cargo could not be started.
    CargoMissing(std::io::Error),
    /// cargo ran and failed (its own output has been shown).
    CargoFailed(Option<i32>),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::CargoMissing(err) => write!(f, "cannot run cargo: {err}"),
            BuildError::CargoFailed(Some(code)) => {
                write!(f, "cargo build failed (exit status {code})")
            }
            BuildError::CargoFailed(None) => write!(f, "cargo build was interrupted"),
        }
    }
}

/// Builds the project in release mode into the shared target directory and
/// returns the path of the executable. Cargo's progress goes to stderr unless `quiet`.
pub fn build_project(project: &Project, quiet: bool) -> Result<PathBuf, BuildError> {
    let target = super::target_dir();
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.arg("build")
        .arg("--release")
        .arg("--manifest-path")
        .arg(project.dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target);
    if quiet {
        cmd.arg("--quiet");
    }
    let status = cmd.status().map_err(BuildError::CargoMissing)?;
    if !status.success() {
        return Err(BuildError::CargoFailed(status.code()));
    }
    let exe = format!("{}{}", project.bin_name, std::env::consts::EXE_SUFFIX);
    Ok(target.join("release").join(exe))
}
