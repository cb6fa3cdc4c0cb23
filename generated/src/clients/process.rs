//! A client under test that runs as a child process: its stdout lines come
//! through a channel, stdout and stderr go to the client's log, and the
//! process is killed when dropped.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use super::{ClientError, ClientResult, Log};

pub struct Proc {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    /// Lines read while looking for another kind (a message delivered while
    /// the paho driver's `connect` reply was awaited), for later calls.
    skipped: VecDeque<String>,
    label: String,
}

/// At most this many skipped lines are kept (the oldest go first).
const SKIPPED_KEPT: usize = 10_000;

impl Proc {
    /// Start `cmd` with piped stdio; `label` prefixes its log lines.
    pub fn spawn(mut cmd: Command, label: &str, log: &Log) -> ClientResult<Proc> {
        log.push(format!("$ {cmd:?}"));
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| ClientError::Failed(format!("cannot start {label}: {e} ({cmd:?})")))?;
        let (tx, rx) = channel();
        let out = child.stdout.take().expect("piped");
        let (l, name) = (log.clone(), label.to_owned());
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                l.push(format!("{name} stdout: {line}"));
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let err = child.stderr.take().expect("piped");
        let (l, name) = (log.clone(), label.to_owned());
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                l.push(format!("{name} stderr: {line}"));
            }
        });
        let stdin = child.stdin.take();
        Ok(Proc { child, stdin, lines: rx, skipped: VecDeque::new(), label: label.to_owned() })
    }

    /// Write one line to its stdin.
    pub fn send_line(&mut self, line: &str) -> ClientResult {
        let Some(stdin) = self.stdin.as_mut() else {
            return Err(ClientError::Failed(format!("{}: stdin already closed", self.label)));
        };
        stdin
            .write_all(format!("{line}\n").as_bytes())
            .and_then(|_| stdin.flush())
            .map_err(|e| ClientError::Failed(format!("{}: writing to stdin: {e}", self.label)))
    }

    /// Close its stdin (end of input).
    pub fn close_stdin(&mut self) {
        self.stdin = None;
    }

    /// The next stdout line for which `keep` is true, waiting up to `timeout`;
    /// other lines stay for later calls with another `keep` (and are in the log).
    pub fn next_line(&mut self, timeout: Duration, keep: impl Fn(&str) -> bool) -> ClientResult<Option<String>> {
        if let Some(i) = self.skipped.iter().position(|l| keep(l)) {
            return Ok(self.skipped.remove(i));
        }
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(l) if keep(&l) => return Ok(Some(l)),
                Ok(l) => {
                    if self.skipped.len() == SKIPPED_KEPT {
                        self.skipped.pop_front();
                    }
                    self.skipped.push_back(l);
                }
                Err(RecvTimeoutError::Timeout) => return Ok(None),
                Err(RecvTimeoutError::Disconnected) => {
                    let status = self.child.try_wait().ok().flatten();
                    return Err(ClientError::Failed(format!("{} ended ({status:?})", self.label)));
                }
            }
        }
    }

    /// If the process ends within `d` (e.g. a tool refusing its arguments),
    /// its exit status.
    pub fn exited_within(&mut self, d: Duration) -> Option<std::process::ExitStatus> {
        let deadline = Instant::now() + d;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Send a signal (e.g. `"TERM"`) to the process.
    pub fn signal(&self, sig: &str) -> ClientResult {
        let status = Command::new("kill")
            .arg(format!("-{sig}"))
            .arg(self.child.id().to_string())
            .status()
            .map_err(|e| ClientError::Failed(format!("kill: {e}")))?;
        if status.success() {
            Ok(())
        } else {
            Err(ClientError::Failed(format!("kill -{sig} {} failed", self.child.id())))
        }
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
