//! The one runner of the built `specgen` binary, for every CLI test.

use std::ffi::OsStr;
use std::path::Path;
use std::process::Command;

/// What a run of the binary gave.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs the built `specgen` with `args` in `cwd` (the package root when
/// `None`, as cargo runs tests), and waits for it.
pub fn specgen<I, S>(cwd: Option<&Path>, args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_specgen"));
    cmd.current_dir(cwd.unwrap_or(Path::new(env!("CARGO_MANIFEST_DIR")))).args(args);
    let out = cmd.output().expect("run specgen");
    Run {
        code: out.status.code().expect("specgen exited by a signal"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// `specgen --config <config> <args>`, run in the package root.
pub fn with_config<I, S>(config: &Path, args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut all: Vec<std::ffi::OsString> = vec!["--config".into(), config.into()];
    all.extend(args.into_iter().map(|a| a.as_ref().to_os_string()));
    specgen(None, all)
}
