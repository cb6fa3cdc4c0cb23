//! Writing a file so that readers never see half of it: the bytes are
//! staged in a temporary file beside the target, synced to disk, given the
//! target's permissions, then renamed over it. The one writer every command
//! uses: statement lists, reports, and `generate`'s batches (which stage
//! every file before renaming any).

use std::io::Write;
use std::path::{Path, PathBuf};

/// Bytes staged beside their target, not yet visible there.
#[derive(Debug)]
pub struct Staged {
    temp: tempfile::NamedTempFile,
    target: PathBuf,
}

/// Stages `bytes` for `path`. The file keeps the mode of the one it
/// replaces, or gets 0644 (temporary files are created owner-only; what
/// specgen writes is for everyone to read).
pub fn stage(path: &Path, bytes: &[u8]) -> std::io::Result<Staged> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut temp = tempfile::Builder::new().prefix(".specgen-").suffix(".tmp").tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    if let Some(perms) = std::fs::metadata(path).ok().map(|m| m.permissions()).or_else(new_file_permissions) {
        temp.as_file().set_permissions(perms)?;
    }
    Ok(Staged { temp, target: path.to_path_buf() })
}

impl Staged {
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Renames the staged file over its target.
    pub fn persist(self) -> std::io::Result<()> {
        self.temp.persist(&self.target).map(drop).map_err(|e| e.error)
    }
}

/// Writes `bytes` to `path` atomically: [`stage`], then persist.
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    stage(path, bytes)?.persist()
}

#[cfg(unix)]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn replaces_whole_and_gives_new_files_0644() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.json");
        super::write(&p, b"one").unwrap();
        super::write(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o644);
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left behind");
    }

    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("run.sh");
        std::fs::write(&p, b"old").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o751)).unwrap();
        super::write(&p, b"new").unwrap();
        assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o751);
    }

    #[test]
    fn the_stage_lies_beside_its_target() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        let staged = super::stage(&p, b"x").unwrap();
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(names.len() == 1 && names[0].starts_with(".specgen-"), "{names:?}");
        staged.persist().unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"x");
    }

    #[test]
    fn nothing_shows_until_persisted() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        std::fs::write(&p, b"before").unwrap();
        let staged = super::stage(&p, b"after").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"before");
        drop(staged);
        assert_eq!(std::fs::read(&p).unwrap(), b"before", "a dropped stage leaves the target alone");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "and no temporary file");
    }
}
