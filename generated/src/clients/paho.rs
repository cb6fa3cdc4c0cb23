//! Eclipse Paho Python (`paho-mqtt` from PyPI) through a driver process,
//! `generated/clients/paho/driver.py`, that takes line-based JSON commands
//! on stdin and answers (and reports delivered messages) on stdout.
//!
//! The Python with paho-mqtt installed is `MQTT_PAHO_PYTHON`, else the venv
//! `scripts/setup` makes, `target/venv-paho/bin/python` at the workspace root.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use serde_json::{json, Value};

use super::process::Proc;
use super::{ClientError, ClientResult, Log, Message, MqttClient, Options};
use crate::codec::{hex, QoS};

/// The environment variable naming the Python to run the driver with.
pub const PYTHON_VAR: &str = "MQTT_PAHO_PYTHON";

pub fn new() -> Box<dyn MqttClient> {
    Box::new(Paho { proc: None, log: Log::default() })
}

struct Paho {
    proc: Option<Proc>,
    log: Log,
}

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn python() -> PathBuf {
    std::env::var_os(PYTHON_VAR).map(PathBuf::from).unwrap_or_else(|| workspace().join("target/venv-paho/bin/python"))
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2).filter_map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()).collect()
}

fn nospace_hex(b: &[u8]) -> String {
    hex(b).replace(' ', "")
}

impl Paho {
    /// Send a command and wait for its reply.
    fn command(&mut self, cmd: Value) -> ClientResult {
        self.command_within(cmd, crate::wait::reply())
    }

    /// [`Paho::command`] with its own wait.
    fn command_within(&mut self, cmd: Value, wait: Duration) -> ClientResult {
        let name = cmd["cmd"].as_str().unwrap_or_default().to_owned();
        let proc = self.proc.as_mut().ok_or_else(|| ClientError::Failed(format!("{name} before connect")))?;
        proc.send_line(&cmd.to_string())?;
        let is_reply = |l: &str| serde_json::from_str::<Value>(l).map(|v| v["reply"].is_string()).unwrap_or(false);
        let line = proc
            .next_line(wait, is_reply)?
            .ok_or_else(|| ClientError::Failed(format!("the paho driver did not answer `{name}`")))?;
        let v: Value = serde_json::from_str(&line).expect("checked by is_reply");
        match v["error"].as_str() {
            Some(e) => Err(ClientError::Refused(e.to_owned())),
            None => Ok(()),
        }
    }
}

impl MqttClient for Paho {
    fn name(&self) -> &'static str {
        "paho"
    }

    fn connect(&mut self, server: SocketAddr, o: &Options) -> ClientResult {
        let py = python();
        if !py.exists() {
            return Err(ClientError::Failed(format!(
                "no Python with paho-mqtt at {} (run scripts/setup, or set {PYTHON_VAR})",
                py.display()
            )));
        }
        let mut cmd = Command::new(&py);
        cmd.arg("-u").arg(workspace().join("generated/clients/paho/driver.py"));
        self.proc = Some(Proc::spawn(cmd, "paho driver", &self.log)?);
        // The first answer also waits for Python to start and import paho,
        // which takes seconds on a loaded machine: not a protocol wait.
        let startup = crate::wait::reply() * 5;
        self.command_within(
            json!({
                "cmd": "connect",
                "host": server.ip().to_string(),
                "port": server.port(),
                "client_id": o.client_id,
                "clean_session": o.clean_session,
                "keep_alive": o.keep_alive,
                "will": o.will.as_ref().map(|w| json!({
                    "topic": w.topic, "payload": nospace_hex(&w.payload), "qos": w.qos as u8, "retain": w.retain
                })),
                "username": o.username,
                "password": o.password.as_ref().map(|p| nospace_hex(p)),
                "subscription": o.subscription.as_ref().map(|(f, q)| json!([f, *q as u8])),
                "websocket": o.websocket,
                "protocol": o.version.level(),
                "session_expiry": o.session_expiry,
                "receive_maximum": o.receive_maximum,
                "maximum_packet_size": o.maximum_packet_size,
                "topic_alias_maximum": o.topic_alias_maximum,
            "authentication_method": o.authentication_method,
            }),
            startup,
        )
    }

    fn publish(&mut self, topic: &str, payload: &[u8], qos: QoS, retain: bool) -> ClientResult {
        self.command(json!({
            "cmd": "publish", "topic": topic, "payload": nospace_hex(payload), "qos": qos as u8, "retain": retain
        }))
    }

    fn publish_with_alias(&mut self, topic: &str, alias: u16, payload: &[u8], qos: QoS, retain: bool) -> ClientResult {
        self.command(json!({
            "cmd": "publish", "topic": topic, "payload": nospace_hex(payload), "qos": qos as u8, "retain": retain,
            "topic_alias": alias
        }))
    }

    fn subscribe(&mut self, filter: &str, qos: QoS) -> ClientResult {
        self.command(json!({"cmd": "subscribe", "filter": filter, "qos": qos as u8}))
    }

    fn receive(&mut self, timeout: Duration) -> ClientResult<Option<Message>> {
        let proc = self.proc.as_mut().ok_or_else(|| ClientError::Failed("receive before connect".into()))?;
        let is_msg = |l: &str| serde_json::from_str::<Value>(l).map(|v| v["event"] == "message").unwrap_or(false);
        Ok(proc.next_line(timeout, is_msg)?.map(|l| {
            let v: Value = serde_json::from_str(&l).expect("checked by is_msg");
            Message {
                topic: v["topic"].as_str().unwrap_or_default().to_owned(),
                payload: unhex(v["payload"].as_str().unwrap_or_default()),
                qos: QoS::from_u8(v["qos"].as_u64().unwrap_or(0) as u8).unwrap_or(QoS::AtMostOnce),
                retain: v["retain"].as_bool().unwrap_or(false),
            }
        }))
    }

    fn disconnect(&mut self) -> ClientResult {
        self.command(json!({"cmd": "disconnect"}))
    }

    fn log(&self) -> String {
        self.log.text()
    }

    /// SIGKILL the driver: the kernel closes paho's socket, no DISCONNECT.
    fn kill(&mut self) -> ClientResult {
        let proc = self.proc.as_ref().ok_or_else(|| ClientError::Failed("kill before connect".into()))?;
        proc.signal("KILL")
    }

    fn connect_failover(&mut self, _servers: &[SocketAddr], _opts: &Options) -> ClientResult {
        Err(ClientError::Unsupported(
            "paho-mqtt 2.2's connect() takes one host; connect_srv() tries the hosts of DNS SRV records only on \
             the first connect, and reconnect() returns to the host that answered"
                .into(),
        ))
    }
}
