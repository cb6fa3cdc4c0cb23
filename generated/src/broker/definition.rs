//! Broker definitions: `generated/brokers/<name>/broker.toml`, the settings of
//! a target that the tests and the fixture need.
//!
//! ```toml
//! name = "ejabberd"
//! startup = "per-run"     # or "per-test": a private broker for every test
//! configurable = false    # tests may append configuration (mosquitto only)
//! max_inflight = 1        # outgoing QoS 1/2 messages in flight per client
//! [credentials]           # sent on every CONNECT meant to be accepted
//! user = "user"
//! password = "secret"
//! ```
//!
//! Beside it, the executable `start PORT WORKDIR` runs the broker in the
//! foreground on 127.0.0.1:PORT (stop: SIGTERM/SIGKILL to its process
//! group), `version` prints its version and `install` installs it.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{err, BrokerError};
use crate::codec::Connect;

/// The broker definitions shipped with the suite (`generated/brokers`), or
/// `MQTT_BROKERS_DIR`.
pub fn brokers_dir() -> PathBuf {
    match std::env::var_os("MQTT_BROKERS_DIR") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("brokers"),
    }
}

/// How a broker is provided to the tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Startup {
    /// Cheap to start: every test gets a private broker.
    PerTest,
    /// Slow to start: one broker per run, shared by every test
    /// (`MQTT_TARGET`, as `scripts/interop` does).
    PerRun,
}

/// User name and password of the target's baseline CONNECTs.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credentials {
    pub user: String,
    pub password: String,
}

/// A target's settings (`broker.toml`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub name: String,
    pub startup: Startup,
    /// Whether a test may add configuration lines ([`crate::expect::run_with_config`]).
    #[serde(default)]
    pub configurable: bool,
    /// Outgoing QoS 1/2 messages the broker keeps in flight per client; 1
    /// (all that 3.1.1 guarantees) when unknown.
    #[serde(default = "one")]
    pub max_inflight: u16,
    /// Sent on every CONNECT the suite means to be accepted; `None`: the
    /// target accepts anonymous clients.
    #[serde(default)]
    pub credentials: Option<Credentials>,
    /// The protocol versions the interop run tests it on (`scripts/interop`):
    /// `["3.1.1"]` or `["3.1.1", "5.0"]`; others are `n/a` in its report.
    #[serde(default = "v311")]
    pub protocols: Vec<String>,
}

fn v311() -> Vec<String> {
    vec!["3.1.1".to_string()]
}

impl Credentials {
    /// `connect` with these credentials when it carries neither user name
    /// nor password (a CONNECT that sets either is left as the test made it).
    pub fn apply(&self, mut connect: Connect) -> Connect {
        if connect.username.is_none() && connect.password.is_none() {
            connect.username = Some(self.user.clone());
            connect.password = Some(self.password.clone().into_bytes());
        }
        connect
    }
}

fn one() -> u16 {
    1
}

impl Settings {
    /// What is known of a target given only as `MQTT_TARGET`: anonymous, not
    /// configurable, the minimal in-flight window.
    pub fn unknown(name: &str) -> Settings {
        Settings {
            name: name.into(),
            startup: Startup::PerRun,
            configurable: false,
            max_inflight: 1,
            credentials: None,
            protocols: v311(),
        }
    }

    pub fn parse(text: &str, origin: &str) -> Result<Settings, BrokerError> {
        toml::from_str(text).map_err(|e| err(format!("{origin}: {e}")))
    }

    /// The target's credentials, if its baseline CONNECTs need any.
    pub fn credentials(&self) -> Option<&Credentials> {
        self.credentials.as_ref()
    }

    /// `connect` with the target's credentials when it carries neither user
    /// name nor password (a CONNECT that sets either is left as the test made it).
    pub fn authenticate(&self, connect: Connect) -> Connect {
        match &self.credentials {
            Some(c) => c.apply(connect),
            None => connect,
        }
    }

    /// `connect` carrying a User Name, for tests about the User Name field:
    /// the target's credentials (user name and password) where it has any,
    /// else the user name `user` alone (accepted by an anonymous target).
    pub fn with_user_name(&self, connect: Connect) -> Connect {
        match &self.credentials {
            Some(c) => c.apply(connect),
            None => connect.username("user"),
        }
    }
}

/// A broker definition: its folder and settings.
#[derive(Clone, Debug)]
pub struct Definition {
    pub dir: PathBuf,
    pub settings: Settings,
}

impl Definition {
    /// `brokers/<name>/broker.toml`.
    pub fn load(name: &str) -> Result<Definition, BrokerError> {
        let valid = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid {
            return Err(err(format!("MQTT_BROKER={name:?}: not a broker name")));
        }
        let dir = brokers_dir().join(name);
        let path = dir.join("broker.toml");
        let text = std::fs::read_to_string(&path).map_err(|e| {
            err(format!(
                "MQTT_BROKER={name}: cannot read {} ({e}); known brokers: {}",
                path.display(),
                known().join(", ")
            ))
        })?;
        let settings = Settings::parse(&text, &path.display().to_string())?;
        if settings.name != name {
            return Err(err(format!("{}: name = {:?}, expected {name:?}", path.display(), settings.name)));
        }
        Ok(Definition { dir, settings })
    }

    /// The broker named by `MQTT_BROKER`, if set.
    pub fn from_env() -> Result<Option<Definition>, BrokerError> {
        match std::env::var("MQTT_BROKER") {
            Ok(n) if !n.trim().is_empty() => Definition::load(n.trim()).map(Some),
            _ => Ok(None),
        }
    }

    /// `<dir>/<script>`.
    pub fn script(&self, script: &str) -> PathBuf {
        self.dir.join(script)
    }

    /// Output of the definition's `version` script, if it prints one.
    pub fn version(&self) -> Option<String> {
        let out =
            std::process::Command::new(self.script("version")).stdin(std::process::Stdio::null()).output().ok()?;
        let v = String::from_utf8_lossy(&out.stdout).trim().to_string();
        (out.status.success() && !v.is_empty()).then_some(v)
    }
}

/// Names of the shipped definitions, sorted.
pub fn known() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(brokers_dir())
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().join("broker.toml").is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    names.sort();
    names
}
