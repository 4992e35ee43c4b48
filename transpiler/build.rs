//! Embeds the pyrt runtime's sources (and the workspace lock file that pins its
//! dependencies) into the pyrc binary, so that generated projects can find pyrt
//! from any directory after `cargo install --path transpiler`; and embeds the
//! standard modules written in Python (`pylib/`), compiled with the programs
//! that import them.

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest_dir
        .parent()
        .expect("transpiler/ sits in the workspace");
    let pyrt = root.join("pyrt");
    let mut files = vec![(PathBuf::from("Cargo.toml"), pyrt.join("Cargo.toml"))];
    collect(&pyrt.join("src"), Path::new("src"), &mut files);
    files.sort();

    let mut hasher = DefaultHasher::new();
    let mut entries = String::new();
    for (relative, absolute) in &files {
        println!("cargo:rerun-if-changed={}", absolute.display());
        fs::read(absolute)
            .expect("pyrt source is readable")
            .hash(&mut hasher);
        relative.to_string_lossy().hash(&mut hasher);
        entries.push_str(&format!(
            "    ({:?}, include_bytes!({:?})),\n",
            relative.to_string_lossy().replace('\\', "/"),
            absolute.display().to_string()
        ));
    }
    let lock = root.join("Cargo.lock");
    println!("cargo:rerun-if-changed={}", lock.display());
    println!("cargo:rerun-if-changed={}", pyrt.join("src").display());
    let lock_contents = fs::read_to_string(&lock).unwrap_or_default();

    let generated = format!(
        "/// pyrt's files: path relative to the crate root, contents.\n\
         pub static PYRT_FILES: &[(&str, &[u8])] = &[\n{entries}];\n\
         /// A hash of pyrt's files, naming the extracted copy.\n\
         pub const PYRT_HASH: &str = \"{:016x}\";\n\
         /// The workspace lock file, pinning pyrt's dependencies.\n\
         pub const LOCK_FILE: &str = {:?};\n",
        hasher.finish(),
        lock_contents
    );
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("pyrt_files.rs");
    fs::write(out, generated).expect("OUT_DIR is writable");
    embed_pylib(&manifest_dir.join("pylib"));
}

/// Writes `pylib_files.rs`: every `.py` file under `pylib/` by relative path.
fn embed_pylib(pylib: &Path) {
    println!("cargo:rerun-if-changed={}", pylib.display());
    let mut files = Vec::new();
    collect_ext(pylib, Path::new(""), "py", &mut files);
    files.sort();
    let mut entries = String::new();
    for (relative, absolute) in &files {
        println!("cargo:rerun-if-changed={}", absolute.display());
        entries.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            relative.to_string_lossy().replace('\\', "/"),
            absolute.display().to_string()
        ));
    }
    let generated = format!(
        "/// The standard modules written in Python: path under `pylib/`, source.\n\
         pub static PYLIB_FILES: &[(&str, &str)] = &[\n{entries}];\n"
    );
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("pylib_files.rs");
    fs::write(out, generated).expect("OUT_DIR is writable");
}

fn collect(dir: &Path, relative: &Path, out: &mut Vec<(PathBuf, PathBuf)>) {
    collect_ext(dir, relative, "rs", out);
}

/// Files under `dir` whose extension is `ext`, with their paths relative to it.
fn collect_ext(dir: &Path, relative: &Path, ext: &str, out: &mut Vec<(PathBuf, PathBuf)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let rel = relative.join(entry.file_name());
        if path.is_dir() {
            collect_ext(&path, &rel, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push((rel, path));
        }
    }
}
