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

/// How thoroughly cargo optimises a program (the profiles the generated
/// manifest defines).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Profile {
    /// The program and pyrt optimised together (link-time optimisation): the
    /// fastest executable, the slowest build.
    Release,
    /// Separately optimised crates: a build in a few seconds, a program
    /// about 15% slower.
    Quick,
}

impl Profile {
    /// The profile's name for `cargo --profile`, which is also its
    /// directory under the target directory.
    pub fn name(self) -> &'static str {
        match self {
            Profile::Release => "release",
            Profile::Quick => "quick",
        }
    }
}

/// Builds the project with `profile` into the shared target directory and
/// returns the path of the executable. Cargo's progress goes to stderr unless `quiet`.
pub fn build_project(
    project: &Project,
    profile: Profile,
    quiet: bool,
) -> Result<PathBuf, BuildError> {
    let target = super::target_dir();
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.arg("build")
        .arg("--profile")
        .arg(profile.name())
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
    Ok(target.join(profile.name()).join(exe))
}
