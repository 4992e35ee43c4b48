//! Where pyrc keeps its cache: the extracted runtime, build projects and the shared target.

use std::path::PathBuf;

/// The cache directory: `$PYRC_CACHE_DIR`, else `$XDG_CACHE_HOME/pyrc`,
/// else `~/.cache/pyrc`, else a directory under the system temp dir.
pub fn cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("PYRC_CACHE_DIR") {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(dir).join("pyrc");
    }
    if let Some(home) = std::env::var_os("HOME") {
        return PathBuf::from(home).join(".cache").join("pyrc");
    }
    std::env::temp_dir().join("pyrc-cache")
}

/// The cargo target directory all generated projects share:
/// `$PYRC_TARGET_DIR`, else `<cache>/target`.
pub fn target_dir() -> PathBuf {
    match std::env::var_os("PYRC_TARGET_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => cache_dir().join("target"),
    }
}
