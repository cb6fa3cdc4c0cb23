//! The server under test: a private `mosquitto` started per fixture, or any
//! broker named by the environment.
//!
//! * `MQTT_TARGET=host:port` — use that server instead of starting mosquitto
//!   (every test then shares it, so use [`crate::script::unique_client_id`]).
//! * `MQTT_TARGET_NAME` — its name in reports (default: `external`).
//! * `MOSQUITTO=/path/to/mosquitto` — binary to start (default
//!   `/usr/sbin/mosquitto`, then `mosquitto` on `PATH`).
//!
//! ```no_run
//! use mqtt_conformance::broker::Broker;
//! let broker = Broker::start().unwrap();        // mosquitto on 127.0.0.1:<free port>
//! let mut client = broker.client().unwrap();    // script client carrying the broker log
//! client.connect_ok("c1", true).unwrap();
//! // dropping `broker` kills and reaps mosquitto and deletes its temp dir
//! ```
//!
//! Started mosquitto processes cannot outlive the test process: a small
//! `sh` guard holds a pipe from us and SIGKILLs mosquitto when the pipe
//! closes, which also happens if the test binary is killed by a timeout.

use std::fmt;
use std::io;
use std::net::{SocketAddr, TcpListener, TcpStream, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use crate::script::Client;

/// The suite's published mosquitto configuration (`generated/brokers/mosquitto.conf`).
pub const MOSQUITTO_CONF: &str = include_str!("../brokers/mosquitto.conf");

/// How long mosquitto may take to report that it listens.
const START_TIMEOUT: Duration = Duration::from_secs(10);
/// Attempts with fresh ports when the chosen port was taken meanwhile.
const START_ATTEMPTS: usize = 8;

/// Why a broker could not be provided.
#[derive(Debug)]
pub struct BrokerError {
    pub message: String,
    pub log: Option<String>,
}

impl fmt::Display for BrokerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)?;
        if let Some(log) = &self.log {
            write!(f, "\n--- broker log ---\n{log}")?;
        }
        Ok(())
    }
}
impl std::error::Error for BrokerError {}

fn err(message: impl Into<String>) -> BrokerError {
    BrokerError { message: message.into(), log: None }
}

/// Read access to a broker's log that stays valid while clients hold it (the
/// temp dir is deleted when the broker and every handle are gone).
#[derive(Clone, Debug)]
pub struct BrokerLog {
    path: PathBuf,
    _dir: Arc<tempfile::TempDir>,
}

impl BrokerLog {
    /// Whole log so far.
    pub fn read(&self) -> String {
        std::fs::read_to_string(&self.path).unwrap_or_else(|e| format!("(cannot read {}: {e})", self.path.display()))
    }
    pub fn path(&self) -> &Path {
        &self.path
    }
}

struct Local {
    child: Child,
    /// Guard process; its stdin is our end of the pipe (see module docs).
    guard: Child,
    _guard_stdin: ChildStdin,
    log: BrokerLog,
}

/// A broker under test. See the module docs.
pub struct Broker {
    addr: SocketAddr,
    name: String,
    version: Option<String>,
    local: Option<Local>,
}

impl fmt::Debug for Broker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Broker({})", self.describe())
    }
}

impl Broker {
    /// The broker named by `MQTT_TARGET`, or a fresh local mosquitto.
    pub fn start() -> Result<Broker, BrokerError> {
        match std::env::var("MQTT_TARGET") {
            Ok(t) if !t.trim().is_empty() => Broker::external(t.trim()),
            _ => Broker::start_mosquitto(),
        }
    }

    /// Like [`Broker::start`] but with extra mosquitto config lines; returns
    /// `Ok(None)` under `MQTT_TARGET`, where the config cannot be changed, so
    /// the caller can skip.
    pub fn start_with_config(extra: &str) -> Result<Option<Broker>, BrokerError> {
        if is_external_target() {
            return Ok(None);
        }
        Broker::start_mosquitto_with(extra).map(Some)
    }

    /// An already running server at `host:port` (never stopped by us).
    pub fn external(target: &str) -> Result<Broker, BrokerError> {
        let addr = target
            .to_socket_addrs()
            .map_err(|e| err(format!("MQTT_TARGET={target:?}: {e}")))?
            .next()
            .ok_or_else(|| err(format!("MQTT_TARGET={target:?}: no address")))?;
        let name = std::env::var("MQTT_TARGET_NAME").unwrap_or_else(|_| "external".into());
        let version = std::env::var("MQTT_TARGET_VERSION").ok();
        Ok(Broker { addr, name, version, local: None })
    }

    /// Always start a local mosquitto with the standard configuration.
    pub fn start_mosquitto() -> Result<Broker, BrokerError> {
        Broker::start_mosquitto_with("")
    }

    /// Start mosquitto with the standard configuration plus `extra` lines.
    pub fn start_mosquitto_with(extra: &str) -> Result<Broker, BrokerError> {
        let bin = mosquitto_binary().ok_or_else(|| {
            err("mosquitto not found: install the Debian package `mosquitto` or set MOSQUITTO=/path, \
                 or point the suite at a running broker with MQTT_TARGET=host:port")
        })?;
        let mut last = None;
        for _ in 0..START_ATTEMPTS {
            match try_start(&bin, extra)? {
                Ok(b) => return Ok(b),
                // Someone took the port between our probe and mosquitto's bind.
                Err(e) => last = Some(e),
            }
        }
        Err(last.unwrap_or_else(|| err("mosquitto did not start")))
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
    pub fn port(&self) -> u16 {
        self.addr.port()
    }
    /// `mosquitto` for a local broker, `MQTT_TARGET_NAME` otherwise.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// e.g. `2.0.11` (`mosquitto -h`), or `MQTT_TARGET_VERSION` for external targets.
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }
    /// e.g. `mosquitto 2.0.11 at 127.0.0.1:40123`.
    pub fn describe(&self) -> String {
        match &self.version {
            Some(v) => format!("{} {v} at {}", self.name, self.addr),
            None => format!("{} at {}", self.name, self.addr),
        }
    }
    pub fn is_external(&self) -> bool {
        self.local.is_none()
    }
    /// Handle on the log (`None` for external targets).
    pub fn log_handle(&self) -> Option<BrokerLog> {
        self.local.as_ref().map(|l| l.log.clone())
    }
    /// The log so far, or a note that there is none.
    pub fn log(&self) -> String {
        match &self.local {
            Some(l) => l.log.read(),
            None => format!("(no log: {} is an external target)", self.name),
        }
    }

    /// A fresh script client connected over TCP (no MQTT CONNECT sent yet).
    pub fn client(&self) -> Result<Client, crate::script::ScriptError> {
        let mut c = Client::connect(self.addr)?;
        c.set_target(self.describe(), self.log_handle());
        Ok(c)
    }

    /// A new 5.0 connection to the broker (no MQTT traffic yet).
    pub fn client_v5(&self) -> Result<Client, crate::script::ScriptError> {
        let mut c = Client::connect_v5(self.addr)?;
        c.set_target(self.describe(), self.log_handle());
        Ok(c)
    }

    /// SIGKILL the broker now (fault tests). Connected clients see the
    /// connection close. Fails for external targets.
    pub fn kill(&mut self) -> io::Result<()> {
        let local = self
            .local
            .as_mut()
            .ok_or_else(|| io::Error::new(io::ErrorKind::Unsupported, "cannot kill an external target"))?;
        local.child.kill()?;
        local.child.wait()?;
        Ok(())
    }

    /// The process id of a local broker (to signal it, e.g. a graceful
    /// SIGTERM shutdown); `None` for external targets.
    pub fn pid(&self) -> Option<u32> {
        self.local.as_ref().map(|l| l.child.id())
    }

    /// Whether a local broker process is still running.
    pub fn is_running(&mut self) -> bool {
        match &mut self.local {
            Some(l) => matches!(l.child.try_wait(), Ok(None)),
            None => true,
        }
    }
}

impl Drop for Broker {
    fn drop(&mut self) {
        if let Some(l) = &mut self.local {
            // Guard first, so it cannot kill a recycled pid after we reap mosquitto.
            let _ = l.guard.kill();
            let _ = l.guard.wait();
            let _ = l.child.kill();
            let _ = l.child.wait();
        }
    }
}

/// Whether `MQTT_TARGET` points the suite at an external server.
pub fn is_external_target() -> bool {
    std::env::var("MQTT_TARGET").map(|t| !t.trim().is_empty()).unwrap_or(false)
}

/// Path of the mosquitto binary, if any.
pub fn mosquitto_binary() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("MOSQUITTO") {
        return Some(PathBuf::from(p));
    }
    let sbin = PathBuf::from("/usr/sbin/mosquitto");
    if sbin.exists() {
        return Some(sbin);
    }
    std::env::var_os("PATH")?.to_str()?.split(':').map(|d| Path::new(d).join("mosquitto")).find(|p| p.exists())
}

/// Version of the local mosquitto (first line of `mosquitto -h`), cached.
pub fn mosquitto_version() -> Option<String> {
    static V: OnceLock<Option<String>> = OnceLock::new();
    V.get_or_init(|| {
        let out = Command::new(mosquitto_binary()?).arg("-h").stdin(Stdio::null()).output().ok()?;
        let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
        let line = text.lines().find(|l| l.contains("version"))?;
        Some(line.rsplit(' ').next()?.trim().to_string())
    })
    .clone()
}

/// Name and version of what the suite tests: `MQTT_TARGET_NAME` or `mosquitto <version>`.
pub fn target_description() -> String {
    if is_external_target() {
        let name = std::env::var("MQTT_TARGET_NAME").unwrap_or_else(|_| "external".into());
        let target = std::env::var("MQTT_TARGET").unwrap_or_default();
        format!("{name} at {target}")
    } else {
        format!("mosquitto {}", mosquitto_version().unwrap_or_else(|| "(unknown version)".into()))
    }
}

/// The standard config with `port` and `extra` filled in.
pub fn mosquitto_config(port: u16, extra: &str) -> String {
    let mut c = MOSQUITTO_CONF.replace("{{PORT}}", &port.to_string());
    if !extra.is_empty() {
        c.push_str(extra);
        c.push('\n');
    }
    c
}

/// A port that was free a moment ago: bind :0 on loopback, read, release.
pub fn free_port() -> io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// Outer error: give up. Inner error: port collision, try another port.
fn try_start(bin: &Path, extra: &str) -> Result<Result<Broker, BrokerError>, BrokerError> {
    let io = |what: &str, e: io::Error| err(format!("{what}: {e}"));
    let port = free_port().map_err(|e| io("probing a free port", e))?;
    let dir = tempfile::Builder::new().prefix("mqtt-broker-").tempdir().map_err(|e| io("temp dir", e))?;
    let conf = dir.path().join("mosquitto.conf");
    let log_path = dir.path().join("broker.log");
    std::fs::write(&conf, mosquitto_config(port, extra)).map_err(|e| io("writing config", e))?;
    let log_file = std::fs::File::create(&log_path).map_err(|e| io("creating log", e))?;
    let mut child = Command::new(bin)
        .arg("-c")
        .arg(&conf)
        .stdin(Stdio::null())
        .stdout(log_file.try_clone().map_err(|e| io("log", e))?)
        .stderr(log_file)
        .spawn()
        .map_err(|e| io(&format!("starting {}", bin.display()), e))?;
    let mut guard = match Command::new("sh")
        .arg("-c")
        .arg("read _; kill -9 \"$0\" 2>/dev/null")
        .arg(child.id().to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    {
        Ok(g) => g,
        Err(e) => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(io("starting guard shell", e));
        }
    };
    let guard_stdin = guard.stdin.take().expect("piped");
    let log = BrokerLog { path: log_path, _dir: Arc::new(dir) };
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let broker = Broker {
        addr,
        name: "mosquitto".into(),
        version: mosquitto_version(),
        local: Some(Local { child, guard, _guard_stdin: guard_stdin, log }),
    };
    match wait_ready(broker) {
        Ok(b) => Ok(Ok(b)),
        Err((e, retry)) if retry => Ok(Err(e)),
        Err((e, _)) => Err(e),
    }
}

/// Wait for "running" in the log (printed after the listener is bound) and a
/// successful TCP connect. On failure the broker is dropped (killed).
fn wait_ready(mut b: Broker) -> Result<Broker, (BrokerError, bool)> {
    let deadline = Instant::now() + START_TIMEOUT;
    let fail = |b: &Broker, msg: String| BrokerError { message: msg, log: Some(b.log()) };
    loop {
        // Read the state before the log, so an exit is judged on its full log.
        let running = b.is_running();
        let log = b.log();
        if log.contains("Address already in use") {
            return Err((fail(&b, format!("port {} already in use", b.port())), true));
        }
        if !running {
            return Err((fail(&b, format!("mosquitto exited during start-up on port {}", b.port())), false));
        }
        if log.contains(" running") && TcpStream::connect_timeout(&b.addr, Duration::from_secs(1)).is_ok() {
            return Ok(b);
        }
        if Instant::now() > deadline {
            return Err((fail(&b, format!("mosquitto not listening on {} after {START_TIMEOUT:?}", b.addr)), false));
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}
