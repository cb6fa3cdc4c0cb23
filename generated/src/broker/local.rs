//! A broker process started by the fixture: its log, a guard that kills it
//! if the test process dies, and clean-up.

use std::io;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::Arc;

/// Read access to a broker's log that stays valid while clients hold it (the
/// temp dir is deleted when the broker and every handle are gone).
#[derive(Clone, Debug)]
pub struct BrokerLog {
    pub(super) path: PathBuf,
    pub(super) _dir: Arc<tempfile::TempDir>,
}

impl BrokerLog {
    /// Whole log so far.
    pub fn read(&self) -> String {
        std::fs::read_to_string(&self.path).unwrap_or_else(|e| format!("(cannot read {}: {e})", self.path.display()))
    }
    pub fn path(&self) -> &Path {
        &self.path
    }
    /// The broker's private working directory (config, data).
    pub fn dir(&self) -> &Path {
        self._dir.path()
    }
}

/// A running broker process.
pub(super) struct Local {
    child: Child,
    /// The broker runs in its own process group (start scripts may leave
    /// helpers, e.g. a private epmd), which is killed as a whole.
    group: bool,
    /// Guard process; its stdin is our end of a pipe. When the pipe closes
    /// (we exit or are killed) it SIGKILLs the broker.
    guard: Child,
    _guard_stdin: ChildStdin,
    pub(super) log: BrokerLog,
    reaped: bool,
}

impl Local {
    /// The broker's process id.
    pub(super) fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Spawn `cmd` with stdout and stderr going to a fresh `broker.log` in
    /// `dir`, and its guard. `group`: in a process group of its own.
    pub(super) fn spawn(mut cmd: Command, dir: tempfile::TempDir, group: bool) -> io::Result<Local> {
        let log_path = dir.path().join("broker.log");
        let log_file = std::fs::File::create(&log_path)?;
        cmd.stdin(Stdio::null()).stdout(log_file.try_clone()?).stderr(log_file);
        if group {
            cmd.process_group(0);
        }
        let mut child = cmd.spawn()?;
        // `-PID` names the process group (led by the child, so PGID = PID).
        let target = if group { format!("-{}", child.id()) } else { child.id().to_string() };
        let guard = Command::new("sh")
            .arg("-c")
            .arg("read _; kill -9 -- \"$0\" 2>/dev/null")
            .arg(target)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        let mut guard = match guard {
            Ok(g) => g,
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(e);
            }
        };
        let guard_stdin = guard.stdin.take().expect("piped");
        let log = BrokerLog { path: log_path, _dir: Arc::new(dir) };
        Ok(Local { child, group, guard, _guard_stdin: guard_stdin, log, reaped: false })
    }

    /// SIGKILL the broker (and its group) and reap it.
    pub(super) fn kill(&mut self) -> io::Result<()> {
        if self.reaped {
            return Ok(());
        }
        if self.group {
            // Best effort: the group may be gone already.
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{}", self.child.id())])
                .stderr(Stdio::null())
                .status();
        }
        let _ = self.child.kill();
        self.child.wait()?;
        self.reaped = true;
        Ok(())
    }

    pub(super) fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

impl Drop for Local {
    fn drop(&mut self) {
        // Guard first, so it cannot kill a recycled pid after we reap the broker.
        let _ = self.guard.kill();
        let _ = self.guard.wait();
        let _ = self.kill();
    }
}
