//! Files a test hands a private broker through its configuration (a
//! password file, an ACL file): temp files the broker can read after it
//! drops privileges (mosquitto started as root reads them as `mosquitto`).

use std::io::Write;
use std::os::unix::fs::PermissionsExt;

use crate::script::{ErrorKind, ScriptError};

fn io_error(what: &str, e: impl std::fmt::Display) -> ScriptError {
    ScriptError { kind: ErrorKind::Io, message: format!("{what}: {e}"), transcript: String::new(), broker_log: None }
}

fn readable(f: &tempfile::NamedTempFile, what: &str) -> Result<(), ScriptError> {
    f.as_file().set_permissions(std::fs::Permissions::from_mode(0o644)).map_err(|e| io_error(what, e))
}

/// A temp file with `content`, readable by the broker.
pub fn world_readable_file(content: &[u8]) -> Result<tempfile::NamedTempFile, ScriptError> {
    let mut f = tempfile::NamedTempFile::new().map_err(|e| io_error("temp file", e))?;
    f.write_all(content).map_err(|e| io_error("temp file", e))?;
    readable(&f, "temp file")?;
    Ok(f)
}

/// A mosquitto password file (hashed by Debian's `mosquitto_passwd`) that
/// knows one user, readable by the broker.
pub fn password_file(user: &str, password: &str) -> Result<tempfile::NamedTempFile, ScriptError> {
    let f = tempfile::NamedTempFile::new().map_err(|e| io_error("password file", e))?;
    let out = std::process::Command::new("mosquitto_passwd")
        .args(["-b", &f.path().display().to_string(), user, password])
        .output()
        .map_err(|e| io_error("mosquitto_passwd (from Debian's mosquitto package)", e))?;
    if !out.status.success() {
        return Err(io_error("mosquitto_passwd failed", String::from_utf8_lossy(&out.stderr)));
    }
    readable(&f, "password file")?;
    Ok(f)
}
