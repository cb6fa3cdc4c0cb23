//! Writing a plan: all or nothing as far as the file system allows. Every
//! check runs before the first byte is written; each file is written to a
//! temporary file in its own folder and renamed over the target, so no reader
//! ever sees half a file. A lock file refuses a second concurrent run.

use super::GenerateError;
use std::fs::File;
use std::path::{Path, PathBuf};

/// Name of the lock file, in the tests folder (git-ignored).
pub const LOCK_FILE: &str = ".specgen.lock";

/// One file to create or replace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileWrite {
    pub path: PathBuf,
    /// The text the plan was computed from; `None` for a new file.
    pub original: Option<String>,
    pub text: String,
}

/// Held while a run plans and writes; released on drop.
#[derive(Debug)]
pub struct Lock {
    _file: File,
    pub path: PathBuf,
}

impl Lock {
    /// Takes `<dir>/.specgen.lock`, creating `dir` when only it is missing.
    pub fn acquire(dir: &Path) -> Result<Lock, GenerateError> {
        ensure_dir(dir)?;
        let path = dir.join(LOCK_FILE);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| GenerateError::io(&path, format!("cannot open the lock file: {e}")))?;
        match fs4::fs_std::FileExt::try_lock_exclusive(&file) {
            Ok(true) => Ok(Lock { _file: file, path }),
            Ok(false) => Err(GenerateError::Locked(path)),
            Err(e) => Err(GenerateError::io(&path, format!("cannot lock: {e}"))),
        }
    }
}

/// Creates `dir` if missing; its parent must exist (a missing parent is more
/// likely a wrong path than a wish for a deep new tree).
pub fn ensure_dir(dir: &Path) -> Result<bool, GenerateError> {
    if dir.is_dir() {
        return Ok(false);
    }
    if dir.exists() {
        return Err(GenerateError::io(dir, "exists but is not a folder"));
    }
    match dir.parent() {
        Some(p) if p.as_os_str().is_empty() || p.is_dir() => {}
        Some(p) => {
            return Err(GenerateError::io(dir, format!("cannot create: its parent {} does not exist", p.display())))
        }
        None => return Err(GenerateError::io(dir, "cannot create the root")),
    }
    std::fs::create_dir(dir).map_err(|e| GenerateError::io(dir, format!("cannot create: {e}")))?;
    Ok(true)
}

/// Checks every target, creates missing folders (`dirs`), stages every file,
/// then renames them all into place.
pub fn commit(dirs: &[PathBuf], writes: &[FileWrite]) -> Result<(), GenerateError> {
    for w in writes {
        check_target(w)?;
    }
    for (i, d) in dirs.iter().enumerate() {
        let planned = |p: &Path| dirs[..i].iter().any(|e| e == p);
        if let Some(p) = d.parent().filter(|p| !p.as_os_str().is_empty() && !p.is_dir() && !planned(p)) {
            return Err(GenerateError::io(d, format!("cannot create: its parent {} does not exist", p.display())));
        }
    }
    let mut created = Vec::new();
    for d in dirs {
        match ensure_dir(d) {
            Ok(true) => created.push(d.clone()),
            Ok(false) => {}
            Err(e) => {
                remove_empty(&created);
                return Err(e);
            }
        }
    }
    let mut staged = Vec::with_capacity(writes.len());
    for w in writes {
        match stage(w) {
            Ok(t) => staged.push(t),
            Err(e) => {
                drop(staged);
                remove_empty(&created);
                return Err(e);
            }
        }
    }
    let mut done: Vec<PathBuf> = Vec::new();
    for staged in staged {
        let path = staged.target().to_path_buf();
        if let Err(e) = staged.persist() {
            let written = done.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
            return Err(GenerateError::io(&path, format!("cannot replace: {e}; already written: [{written}]")));
        }
        done.push(path);
    }
    Ok(())
}

/// The target still holds what the plan was made from, and may be written.
fn check_target(w: &FileWrite) -> Result<(), GenerateError> {
    match (&w.original, std::fs::read(&w.path)) {
        (None, Err(e)) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        (None, _) => Err(GenerateError::Changed(w.path.clone())),
        (Some(_), Err(e)) => Err(GenerateError::io(&w.path, format!("cannot read: {e}"))),
        (Some(orig), Ok(now)) if now != orig.as_bytes() => Err(GenerateError::Changed(w.path.clone())),
        (Some(_), Ok(_)) => {
            let meta = std::fs::metadata(&w.path).map_err(|e| GenerateError::io(&w.path, e.to_string()))?;
            if meta.permissions().readonly() {
                Err(GenerateError::io(&w.path, "the file is read-only; nothing was written"))
            } else {
                Ok(())
            }
        }
    }
}

fn stage(w: &FileWrite) -> Result<crate::atomic::Staged, GenerateError> {
    crate::atomic::stage(&w.path, w.text.as_bytes())
        .map_err(|e| GenerateError::io(&w.path, format!("cannot write (nothing was written): {e}")))
}

fn remove_empty(dirs: &[PathBuf]) {
    for d in dirs.iter().rev() {
        let _ = std::fs::remove_dir(d);
    }
}
