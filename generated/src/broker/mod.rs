//! The server under test: a broker definition (`generated/brokers/<name>/`)
//! started privately per test, or a running server named by the environment.
//!
//! * `MQTT_BROKER=<name>` — the broker definition (default `mosquitto`):
//!   its settings (credentials, in-flight window, whether it can be
//!   configured, see [`Settings`]) and how it is started. A `per-test`
//!   broker (mosquitto, aedes, amqtt) is started privately for every test
//!   on a free 127.0.0.1 port; a `per-run` one (rabbitmq, ejabberd) must be
//!   running already, given by `MQTT_TARGET` (`scripts/interop` does both).
//! * `MQTT_TARGET=host:port` — use that server (every test then shares it:
//!   the tests isolate themselves with [`crate::script::unique_client_id`]
//!   and [`crate::script::unique_topic`]). Without `MQTT_BROKER` nothing is
//!   known of it: anonymous, not configurable, 1 message in flight.
//! * `MQTT_TARGET_NAME`, `MQTT_TARGET_VERSION` — its name and version in reports.
//! * `MOSQUITTO=/path/to/mosquitto` — binary to start (default
//!   `/usr/sbin/mosquitto`, then `mosquitto` on `PATH`).
//!
//! ```no_run
//! use mqtt_conformance::broker::Broker;
//! let broker = Broker::start().unwrap();        // mosquitto on 127.0.0.1:<free port>
//! let mut client = broker.client().unwrap();    // script client carrying the broker log
//! client.connect_ok("c1", true).unwrap();       // with the target's credentials, if any
//! // dropping `broker` kills and reaps it and deletes its temp dir
//! ```
//!
//! Started brokers cannot outlive the test process: a small `sh` guard holds
//! a pipe from us and SIGKILLs the broker (its process group, for brokers
//! started by a script) when the pipe closes, which also happens if the test
//! binary is killed by a timeout.

mod definition;
pub mod files;
mod local;

use std::fmt;
use std::io;
use std::net::{SocketAddr, TcpListener, TcpStream, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

pub use definition::{brokers_dir, known, Credentials, Definition, Settings, Startup};
pub use local::BrokerLog;
use local::Local;

use crate::codec::ProtocolVersion;
use crate::script::Client;
use crate::transport::{Kind, TestPki, Transport};

/// The suite's published mosquitto configuration (`generated/brokers/mosquitto/mosquitto.conf`).
pub const MOSQUITTO_CONF: &str = include_str!("../../brokers/mosquitto/mosquitto.conf");
/// mosquitto's definition, built in so the default needs no file at run time.
const MOSQUITTO_TOML: &str = include_str!("../../brokers/mosquitto/broker.toml");

/// How long mosquitto may take to report that it listens.
const START_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a broker started by its `start` script may take to listen.
const SCRIPT_START_TIMEOUT: Duration = Duration::from_secs(20);
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

/// A broker under test. See the module docs.
pub struct Broker {
    addr: SocketAddr,
    name: String,
    version: Option<String>,
    settings: Settings,
    local: Option<Local>,
    /// The listener clients use when it is not plain TCP on `addr`
    /// (`MQTT_TRANSPORT=tls|ws`).
    via: Option<Via>,
}

/// A second listener of a private mosquitto, on another transport: the
/// suite's clients connect through it, so every test runs over it.
struct Via {
    addr: SocketAddr,
    transport: Transport,
    /// The test-time certificates, kept as long as the broker runs.
    _pki: Option<tempfile::TempDir>,
}

impl fmt::Debug for Broker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Broker({})", self.describe())
    }
}

impl Broker {
    /// The broker named by `MQTT_TARGET`, or a fresh private broker of the
    /// definition `MQTT_BROKER` (default mosquitto).
    pub fn start() -> Result<Broker, BrokerError> {
        let def = Definition::from_env()?;
        if let Some(target) = external_target() {
            return Broker::external_with(&target, def.map(|d| d.settings));
        }
        match def {
            None => Broker::start_mosquitto(),
            Some(d) if d.settings.name == "mosquitto" => Broker::start_mosquitto(),
            Some(d) => Broker::start_defined(&d),
        }
    }

    /// Like [`Broker::start`] but with extra mosquitto config lines; returns
    /// `Ok(None)` when the target cannot be configured (`MQTT_TARGET`, or a
    /// broker other than mosquitto), so the caller can skip.
    pub fn start_with_config(extra: &str) -> Result<Option<Broker>, BrokerError> {
        if !target_can_configure()? {
            return Ok(None);
        }
        Broker::start_mosquitto_with(extra).map(Some)
    }

    /// An already running server at `host:port` (never stopped by us), with
    /// nothing known of it.
    pub fn external(target: &str) -> Result<Broker, BrokerError> {
        Broker::external_with(target, None)
    }

    /// An already running server at `host:port` with the given settings (its
    /// definition's, `configurable` cleared: we do not own its configuration).
    pub fn external_with(target: &str, settings: Option<Settings>) -> Result<Broker, BrokerError> {
        let addr = target
            .to_socket_addrs()
            .map_err(|e| err(format!("MQTT_TARGET={target:?}: {e}")))?
            .next()
            .ok_or_else(|| err(format!("MQTT_TARGET={target:?}: no address")))?;
        let default_name = settings.as_ref().map_or("external", |s| s.name.as_str()).to_string();
        let name = std::env::var("MQTT_TARGET_NAME").ok().filter(|n| !n.is_empty()).unwrap_or(default_name);
        let mut settings = settings.unwrap_or_else(|| Settings::unknown(&name));
        settings.configurable = false;
        let version = std::env::var("MQTT_TARGET_VERSION").ok().filter(|v| !v.is_empty());
        Ok(Broker { addr, name, version, settings, local: None, via: None })
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
        // MQTT_TRANSPORT=tls|ws: a second listener on that transport, before
        // the test's own lines (listener-scoped options then apply to it).
        let kind = Kind::from_env().map_err(err)?;
        if kind == Kind::Tcp {
            return retry_ports("mosquitto", |port| try_start_mosquitto(&bin, port, extra));
        }
        let (options, transport, pki) = match kind {
            Kind::Tls => {
                let dir = temp_dir()?;
                let pki = TestPki::generate(dir.path()).map_err(|e| io_err("test certificates", e))?;
                let options = format!("certfile {}\nkeyfile {}\n", pki.cert_pem.display(), pki.key_pem.display());
                (options, Transport::Tls { ca_der: pki.ca_der }, Some(dir))
            }
            // The plain listener's address is known once started (below).
            _ => ("protocol websockets\n".to_string(), Transport::Ws { wake: None }, None),
        };
        // Both ports fresh on every attempt: a collision on either retries.
        let mut via_port = 0;
        let mut b = retry_ports("mosquitto", |port| {
            via_port = free_port().map_err(|e| io_err("free port", e))?;
            try_start_mosquitto(&bin, port, &format!("listener {via_port} 127.0.0.1\n{options}{extra}"))
        })?;
        // WebSocket handshakes nudge this mosquitto through its plain listener.
        let transport = match transport {
            Transport::Ws { .. } => Transport::Ws { wake: Some(b.addr) },
            other => other,
        };
        b.via = Some(Via { addr: SocketAddr::from(([127, 0, 0, 1], via_port)), transport, _pki: pki });
        Ok(b)
    }

    /// Start a private broker of a `per-test` definition with its `start`
    /// script; a `per-run` one must be given with `MQTT_TARGET`.
    pub fn start_defined(def: &Definition) -> Result<Broker, BrokerError> {
        let name = &def.settings.name;
        if def.settings.startup == Startup::PerRun {
            return Err(err(format!(
                "{name} is started once per run, not per test: run `scripts/interop {name}`, or start it with \
                 `{} PORT DIR` and set MQTT_TARGET=127.0.0.1:PORT MQTT_BROKER={name}",
                def.script("start").display()
            )));
        }
        retry_ports(name, |port| try_start_script(def, port))
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
    pub fn port(&self) -> u16 {
        self.addr.port()
    }
    /// The definition's name (`mosquitto`, ...), or `MQTT_TARGET_NAME`.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// e.g. `2.0.11`, or `MQTT_TARGET_VERSION` for external targets.
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }
    /// What the tests need to know of the target (credentials, in-flight window...).
    pub fn settings(&self) -> &Settings {
        &self.settings
    }
    /// Whether tests may start this broker with extra configuration.
    pub fn can_configure(&self) -> bool {
        self.settings.configurable && self.local.is_some()
    }
    /// e.g. `mosquitto 2.0.11 at 127.0.0.1:40123`.
    pub fn describe(&self) -> String {
        let base = match &self.version {
            Some(v) => format!("{} {v} at {}", self.name, self.addr),
            None => format!("{} at {}", self.name, self.addr),
        };
        match &self.via {
            Some(v) => format!("{base}, clients over {} at {}", v.transport.kind().as_str(), v.addr),
            None => base,
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

    /// A fresh script client connected over TCP (no MQTT CONNECT sent yet);
    /// its [`Client::connect_ok`] carries the target's credentials.
    pub fn client(&self) -> Result<Client, crate::script::ScriptError> {
        let mut c = self.connect(ProtocolVersion::V311)?;
        c.set_target(self.describe(), self.log_handle());
        c.set_credentials(self.settings.credentials.clone());
        Ok(c)
    }

    /// A connection over the transport the suite runs on (`MQTT_TRANSPORT`).
    fn connect(&self, version: ProtocolVersion) -> Result<Client, crate::script::ScriptError> {
        match &self.via {
            Some(v) => Client::connect_over(v.addr, version, &v.transport),
            None => Client::connect_version(self.addr, version),
        }
    }

    /// The transport the suite's clients use on this broker.
    pub fn transport(&self) -> Kind {
        self.via.as_ref().map_or(Kind::Tcp, |v| v.transport.kind())
    }

    /// A new 5.0 connection to the broker (no MQTT traffic yet).
    pub fn client_v5(&self) -> Result<Client, crate::script::ScriptError> {
        let mut c = self.connect(ProtocolVersion::V5)?;
        c.set_target(self.describe(), self.log_handle());
        c.set_credentials(self.settings.credentials.clone());
        Ok(c)
    }

    /// SIGKILL the broker now (fault tests). Connected clients see the
    /// connection close. Fails for external targets.
    pub fn kill(&mut self) -> io::Result<()> {
        self.local
            .as_mut()
            .ok_or_else(|| io::Error::new(io::ErrorKind::Unsupported, "cannot kill an external target"))?
            .kill()
    }

    /// The process id of a local broker (to signal it, e.g. a graceful
    /// SIGTERM shutdown); `None` for external targets.
    pub fn pid(&self) -> Option<u32> {
        self.local.as_ref().map(|l| l.pid())
    }

    /// Whether a local broker process is still running.
    pub fn is_running(&mut self) -> bool {
        match &mut self.local {
            Some(l) => l.is_running(),
            None => true,
        }
    }
}

/// `MQTT_TARGET`, if set.
fn external_target() -> Option<String> {
    std::env::var("MQTT_TARGET").ok().map(|t| t.trim().to_string()).filter(|t| !t.is_empty())
}

/// Whether `MQTT_TARGET` points the suite at an external server.
pub fn is_external_target() -> bool {
    external_target().is_some()
}

/// The settings of the selected target (`MQTT_BROKER`, default mosquitto),
/// without starting it.
pub fn target_settings() -> Result<Settings, BrokerError> {
    match Definition::from_env()? {
        Some(d) => Ok(d.settings),
        None if is_external_target() => Ok(Settings::unknown("external")),
        None => mosquitto_settings(),
    }
}

/// Whether tests can start the selected target with extra configuration.
pub fn target_can_configure() -> Result<bool, BrokerError> {
    Ok(!is_external_target() && target_settings()?.configurable)
}

/// mosquitto's built-in definition.
pub fn mosquitto_settings() -> Result<Settings, BrokerError> {
    Settings::parse(MOSQUITTO_TOML, "brokers/mosquitto/broker.toml")
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

/// Name and version of what the suite tests: `MQTT_TARGET_NAME`, the
/// definition's name, or `mosquitto <version>`.
pub fn target_description() -> String {
    let def = Definition::from_env().ok().flatten();
    if let Some(target) = external_target() {
        let name = std::env::var("MQTT_TARGET_NAME")
            .ok()
            .filter(|n| !n.is_empty())
            .or_else(|| def.map(|d| d.settings.name))
            .unwrap_or_else(|| "external".into());
        return format!("{name} at {target}");
    }
    match def.filter(|d| d.settings.name != "mosquitto") {
        Some(d) => format!("{} {}", d.settings.name, d.version().unwrap_or_else(|| "(unknown version)".into())),
        None => format!("mosquitto {}", mosquitto_version().unwrap_or_else(|| "(unknown version)".into())),
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
    // The OS may hand the port it just freed out again: a broker with two
    // listeners would then get one port twice. Never repeat a port in this
    // process (other processes' collisions are retried, see `wait_ready`).
    static GIVEN: Mutex<Vec<u16>> = Mutex::new(Vec::new());
    let mut given = GIVEN.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        if !given.contains(&port) {
            given.push(port);
            return Ok(port);
        }
    }
}

/// Start on fresh ports until one is not taken meanwhile. `attempt`: outer
/// error gives up, inner error is a port collision.
fn retry_ports(
    what: &str,
    mut attempt: impl FnMut(u16) -> Result<Result<Broker, BrokerError>, BrokerError>,
) -> Result<Broker, BrokerError> {
    let mut last = None;
    for _ in 0..START_ATTEMPTS {
        let port = free_port().map_err(|e| err(format!("probing a free port: {e}")))?;
        match attempt(port)? {
            Ok(b) => return Ok(b),
            // Someone took the port between our probe and the broker's bind.
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| err(format!("{what} did not start"))))
}

fn io_err(what: &str, e: io::Error) -> BrokerError {
    err(format!("{what}: {e}"))
}

fn temp_dir() -> Result<tempfile::TempDir, BrokerError> {
    tempfile::Builder::new().prefix("mqtt-broker-").tempdir().map_err(|e| io_err("temp dir", e))
}

fn try_start_mosquitto(bin: &Path, port: u16, extra: &str) -> Result<Result<Broker, BrokerError>, BrokerError> {
    let dir = temp_dir()?;
    let conf = dir.path().join("mosquitto.conf");
    std::fs::write(&conf, mosquitto_config(port, extra)).map_err(|e| io_err("writing config", e))?;
    let mut cmd = Command::new(bin);
    cmd.arg("-c").arg(&conf);
    let local = Local::spawn(cmd, dir, false).map_err(|e| io_err(&format!("starting {}", bin.display()), e))?;
    let broker = Broker {
        addr: SocketAddr::from(([127, 0, 0, 1], port)),
        name: "mosquitto".into(),
        version: mosquitto_version(),
        settings: mosquitto_settings()?,
        local: Some(local),
        via: None,
    };
    // mosquitto prints "running" after its listener is bound.
    wait_ready(broker, START_TIMEOUT, Some(" running"))
}

fn try_start_script(def: &Definition, port: u16) -> Result<Result<Broker, BrokerError>, BrokerError> {
    static VERSION: OnceLock<Option<String>> = OnceLock::new();
    let dir = temp_dir()?;
    let work = dir.path().join("work");
    let start = def.script("start");
    let mut cmd = Command::new(&start);
    cmd.arg(port.to_string()).arg(&work);
    let local = Local::spawn(cmd, dir, true).map_err(|e| io_err(&format!("starting {}", start.display()), e))?;
    let broker = Broker {
        addr: SocketAddr::from(([127, 0, 0, 1], port)),
        name: def.settings.name.clone(),
        version: VERSION.get_or_init(|| def.version()).clone(),
        settings: def.settings.clone(),
        local: Some(local),
        via: None,
    };
    wait_ready(broker, SCRIPT_START_TIMEOUT, None)
}

/// Wait for `ready_line` in the log (if any) and a successful TCP connect.
/// On failure the broker is dropped (killed). Outer error: give up; inner
/// error: the port was taken, try another.
fn wait_ready(
    mut b: Broker,
    timeout: Duration,
    ready_line: Option<&str>,
) -> Result<Result<Broker, BrokerError>, BrokerError> {
    // mosquitto's WebSocket listener (libwebsockets) says only that it failed.
    const IN_USE: [&str; 4] =
        ["Address already in use", "EADDRINUSE", "eaddrinuse", "Unable to create websockets listener"];
    let deadline = Instant::now() + timeout;
    let fail = |b: &Broker, msg: String| BrokerError { message: msg, log: Some(b.log()) };
    loop {
        // Read the state before the log, so an exit is judged on its full log.
        let running = b.is_running();
        let log = b.log();
        if IN_USE.iter().any(|s| log.contains(s)) {
            return Ok(Err(fail(&b, format!("port {} already in use", b.port()))));
        }
        if !running {
            return Err(fail(&b, format!("{} exited during start-up on port {}", b.name, b.port())));
        }
        let ready = ready_line.is_none() || ready_line.is_some_and(|l| log.contains(l));
        if ready && TcpStream::connect_timeout(&b.addr, Duration::from_secs(1)).is_ok() {
            return Ok(Ok(b));
        }
        if Instant::now() > deadline {
            return Err(fail(&b, format!("{} not listening on {} after {timeout:?}", b.name, b.addr)));
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}
