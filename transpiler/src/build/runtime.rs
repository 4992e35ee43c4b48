//! The pyrt runtime embedded in pyrc, extracted once per version into the cache.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/pyrt_files.rs"));
}

pub use embedded::LOCK_FILE;

/// The directory of pyrt's sources, extracting them if this version is not there yet.
/// `$PYRC_RUNTIME_DIR` overrides it (a pyrt checkout used as is).
pub fn runtime_dir() -> io::Result<PathBuf> {
    if let Some(dir) = std::env::var_os("PYRC_RUNTIME_DIR") {
        return Ok(PathBuf::from(dir));
    }
    let dir = super::cache_dir().join(format!("pyrt-{}", embedded::PYRT_HASH));
    if dir.join("Cargo.toml").is_file() {
        return Ok(dir);
    }
    extract_to(&dir)?;
    Ok(dir)
}

/// Writes the files into a fresh sibling directory, then renames it into
/// place, so a concurrent pyrc never sees a half-written runtime.
fn extract_to(dir: &Path) -> io::Result<()> {
    let parent = dir.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(parent)?;
    let staging = parent.join(format!(
        ".pyrt-{}-{}",
        embedded::PYRT_HASH,
        std::process::id()
    ));
    let _ = fs::remove_dir_all(&staging);
    for (relative, contents) in embedded::PYRT_FILES {
        let path = staging.join(relative);
        if let Some(p) = path.parent() {
            fs::create_dir_all(p)?;
        }
        fs::write(path, contents)?;
    }
    match fs::rename(&staging, dir) {
        Ok(()) => Ok(()),
        // Another pyrc extracted the same version first.
        Err(_) if dir.join("Cargo.toml").is_file() => {
            let _ = fs::remove_dir_all(&staging);
            Ok(())
        }
        Err(err) => Err(err),
    }
}
