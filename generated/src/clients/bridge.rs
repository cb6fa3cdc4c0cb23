//! mosquitto's bridge as a client: a private mosquitto whose `connection`
//! bridges to the scripted server. Its client side is driven through the
//! bridge configuration and its local broker: publishing is publishing to
//! the local broker on a topic the bridge sends `out`; the subscription is
//! the bridge's `topic ... in` line, and messages it brings in are read by a
//! local subscriber (a 5.0 session with Retain As Published, made in the
//! local broker's store before the bridge starts, so nothing the bridge
//! brings in at once is missed); disconnecting is stopping the broker
//! (SIGTERM). Given several servers, the bridge's `address` lists them all
//! (its own failover).
//!
//! The bridge tries protocol level 0x84 (3.1.1 with the "bridge" bit,
//! `try_private true`, the default) and falls back to 4 when refused.

use std::net::SocketAddr;
use std::time::Duration;

use super::{fixed_topic, ClientError, ClientResult, Log, Message, MqttClient, Options};
use crate::broker::Broker;
use crate::codec::{Connect, Packet, PacketType, Properties, PubAck, PubComp, PubRec, QoS, SubOptions};
use crate::script::{unique_client_id, Client, ErrorKind};

pub fn new() -> Box<dyn MqttClient> {
    Box::new(Bridge { broker: None, publisher: None, subscriber: None, opts: None, store: None, log: Log::default() })
}

struct Bridge {
    broker: Option<Broker>,
    /// Script client on the local broker, publishing what the bridge sends out.
    publisher: Option<Client>,
    /// Script client on the local broker, subscribed to what the bridge brings in.
    subscriber: Option<Client>,
    opts: Option<Options>,
    /// The local broker's store (the reader's session), deleted on drop.
    store: Option<tempfile::TempDir>,
    log: Log,
}

fn failed(e: impl std::fmt::Display) -> ClientError {
    ClientError::Failed(e.to_string())
}

/// The bridge's configuration lines for `opts`.
pub fn config(server: SocketAddr, o: &Options) -> ClientResult<String> {
    config_for(&[server], o)
}

/// The configuration for a bridge given several servers: mosquitto's
/// `address h1:p1 h2:p2` list. It connects to the first; when that
/// connection fails or is lost it tries the next one (`round_robin false`,
/// the default: it also keeps checking whether the first is back).
pub fn config_for(servers: &[SocketAddr], o: &Options) -> ClientResult<String> {
    if o.will.is_some() {
        return Err(ClientError::Unsupported(
            "a mosquitto bridge has no configurable will (only its notification will on the $SYS state topic)".into(),
        ));
    }
    if o.session_expiry.is_some()
        || o.receive_maximum.is_some()
        || o.maximum_packet_size.is_some()
        || o.topic_alias_maximum.is_some()
        || o.authentication_method.is_some()
    {
        return Err(ClientError::Unsupported(
            "a mosquitto 2.0.11 bridge has no configuration for its CONNECT properties (session expiry, receive maximum, maximum packet size, topic alias maximum, authentication method)".into(),
        ));
    }
    if o.keep_alive < 5 {
        return Err(ClientError::Unsupported("mosquitto's bridge keepalive_interval is at least 5 s".into()));
    }
    let addresses = servers.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(" ");
    let mut c = format!(
        "connection conformance\naddress {addresses}\nbridge_protocol_version {}\nremote_clientid {}\n\
         cleansession {}\nkeepalive_interval {}\nstart_type automatic\nrestart_timeout 1\nnotifications false\n\
         bridge_attempt_unsubscribe false\ntopic {} out 2\n",
        if o.is_v5() { "mqttv50" } else { "mqttv311" },
        o.client_id,
        o.clean_session,
        o.keep_alive,
        o.topic
    );
    if let Some((f, q)) = &o.subscription {
        c += &format!("topic {f} in {}\n", *q as u8);
    }
    if let Some(u) = &o.username {
        c += &format!("remote_username {u}\n");
    }
    if let Some(p) = &o.password {
        let p = String::from_utf8(p.clone()).map_err(|_| {
            ClientError::Unsupported("remote_password is a config-file string (no binary password)".into())
        })?;
        c += &format!("remote_password {p}\n");
    }
    Ok(c)
}

/// The local broker's persistence lines, its store in `store`.
fn persistence(store: &tempfile::TempDir) -> String {
    format!("persistence true\npersistence_location {}/\n", store.path().display())
}

/// The local reader's CONNECT: 5.0, a session that outlives the connection.
fn reader_connect(id: &str) -> Connect {
    Connect::v5(id).clean_session(false).properties(Properties::new().with_session_expiry_interval(3600))
}

impl Bridge {
    /// Make the session of the local reader (the script client that reads
    /// what the bridge brings in) in a store the bridge's broker then starts
    /// from: a first start of the local mosquitto, without the bridge, where
    /// the reader subscribes to `filter` and leaves, stopped with SIGTERM
    /// (which writes the store). A 5.0 subscription with Retain As Published,
    /// so a message the bridge brings in retained reads as retained. Returns
    /// the store and the reader's client id.
    fn local_reader_session(&mut self, filter: &str, qos: QoS) -> ClientResult<(tempfile::TempDir, String)> {
        let store = tempfile::Builder::new().prefix("mqtt-bridge-store-").tempdir().map_err(failed)?;
        // mosquitto started as root runs as the user `mosquitto`: it must write here.
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(store.path(), std::fs::Permissions::from_mode(0o777)).map_err(failed)?;
        let id = unique_client_id("bridge-local-sub");
        let mut first = Broker::start_mosquitto_with(&persistence(&store)).map_err(failed)?;
        let mut s = first.client_v5().map_err(failed)?;
        s.connect_ok_with(reader_connect(&id)).map_err(failed)?;
        s.subscribe_opts(filter, qos, SubOptions::default().retain_as_published(true)).map_err(failed)?;
        s.disconnect().map_err(failed)?;
        let pid = first.pid().ok_or_else(|| failed("the local broker is not local"))?;
        std::process::Command::new("kill").arg("-TERM").arg(pid.to_string()).status().map_err(failed)?;
        let deadline = std::time::Instant::now() + crate::wait::reply();
        while first.is_running() {
            if std::time::Instant::now() > deadline {
                return Err(failed("the local broker did not stop on SIGTERM (its store unwritten)"));
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        self.log.push(format!("--- local broker, first start (the reader's session) ---\n{}", first.log()));
        Ok((store, id))
    }
}

impl MqttClient for Bridge {
    fn name(&self) -> &'static str {
        "bridge"
    }

    fn connect(&mut self, server: SocketAddr, o: &Options) -> ClientResult {
        self.connect_failover(&[server], o)
    }

    /// mosquitto's bridge takes a list of addresses (see [`config_for`]).
    fn connect_failover(&mut self, servers: &[SocketAddr], o: &Options) -> ClientResult {
        super::tcp_only(o, "a mosquitto 2.0.11 bridge connects over TCP only")?;
        if servers.is_empty() {
            return Err(failed("no server address"));
        }
        let conf = config_for(servers, o)?;
        if o.password.is_some() && o.username.is_none() {
            return Err(ClientError::Unsupported(
                "mosquitto's bridge takes remote_password only with remote_username".into(),
            ));
        }
        self.log.push(format!("bridge configuration:\n{conf}"));
        // The local reader's session must exist before the bridge brings
        // anything in (a reconnecting persistent bridge delivers its queue
        // at once): see `local_reader_session`.
        let reader = match &o.subscription {
            Some((f, q)) => Some(self.local_reader_session(f, *q)?),
            None => None,
        };
        let conf = match &reader {
            Some((store, _)) => format!("{}{conf}", persistence(store)),
            None => conf,
        };
        // mosquitto checks its configuration first and exits on a bad line:
        // that is the bridge refusing the request.
        let broker = Broker::start_mosquitto_with(&conf).map_err(|e| match &e.log {
            Some(log) if e.message.contains("exited during start-up") => ClientError::Refused(format!(
                "{}: {}",
                e.message,
                log.lines().filter(|l| l.contains("Error")).collect::<Vec<_>>().join("; ")
            )),
            _ => failed(e),
        })?;
        if let Some((store, id)) = reader {
            let mut s = broker.client_v5().map_err(failed)?;
            let ack = s.connect_ok_with(reader_connect(&id)).map_err(failed)?;
            if !ack.session_present {
                return Err(failed("the local reader's stored session was not restored"));
            }
            self.subscriber = Some(s);
            self.store = Some(store);
        }
        self.broker = Some(broker);
        self.opts = Some(o.clone());
        Ok(())
    }

    fn publish(&mut self, topic: &str, payload: &[u8], qos: QoS, retain: bool) -> ClientResult {
        fixed_topic("the bridge", self.opts.as_ref(), topic)?;
        let broker = self.broker.as_ref().ok_or_else(|| failed("publish before connect"))?;
        if self.publisher.is_none() {
            let mut p = broker.client().map_err(failed)?;
            p.connect_ok(&unique_client_id("bridge-local-pub"), true).map_err(failed)?;
            self.publisher = Some(p);
        }
        let p = self.publisher.as_mut().expect("just set");
        let id = if qos == QoS::AtMostOnce { 0 } else { p.next_packet_id() };
        p.publish_packet(crate::codec::Publish::new(topic, payload).qos(qos, id).retain(retain)).map_err(failed)
    }

    fn subscribe(&mut self, _filter: &str, _qos: QoS) -> ClientResult {
        Err(ClientError::Unsupported("a bridge subscribes only to its configured `topic ... in` lines".into()))
    }

    fn receive(&mut self, timeout: Duration) -> ClientResult<Option<Message>> {
        let s = self.subscriber.as_mut().ok_or_else(|| {
            ClientError::Unsupported("the bridge brings messages in only for its `topic ... in` subscription".into())
        })?;
        s.set_timeout(timeout);
        match s.expect_matching("PUBLISH", |p| matches!(p, Packet::Publish(_))) {
            Ok(Packet::Publish(p)) => {
                match p.qos {
                    QoS::AtMostOnce => {}
                    QoS::AtLeastOnce => s.send(PubAck::new(p.packet_id)).map_err(failed)?,
                    QoS::ExactlyOnce => {
                        s.send(PubRec::new(p.packet_id)).map_err(failed)?;
                        // Another PUBLISH may come before the PUBREL: kept for the next receive.
                        s.expect_flow_ack(PacketType::PubRel, p.packet_id).map_err(failed)?;
                        s.send(PubComp::new(p.packet_id)).map_err(failed)?;
                    }
                }
                Ok(Some(Message { topic: p.topic, payload: p.payload, qos: p.qos, retain: p.retain }))
            }
            Ok(_) => unreachable!(),
            Err(e) if e.kind == ErrorKind::Timeout => Ok(None),
            Err(e) => Err(failed(e)),
        }
    }

    fn disconnect(&mut self) -> ClientResult {
        let b = self.broker.as_ref().ok_or_else(|| failed("disconnect before connect"))?;
        let pid = b.pid().ok_or_else(|| failed("the bridge's broker is not local"))?;
        let ok = std::process::Command::new("kill").arg("-TERM").arg(pid.to_string()).status().map_err(failed)?;
        if ok.success() {
            Ok(())
        } else {
            Err(failed(format!("kill -TERM {pid} failed")))
        }
    }

    /// SIGKILL the bridge's broker: the bridge connection closes without a DISCONNECT.
    fn kill(&mut self) -> ClientResult {
        let b = self.broker.as_mut().ok_or_else(|| failed("kill before connect"))?;
        b.kill().map_err(failed)
    }

    fn log(&self) -> String {
        let broker =
            self.broker.as_ref().map(|b| format!("--- bridge broker log ---\n{}", b.log())).unwrap_or_default();
        format!("{}\n{broker}", self.log.text())
    }
}
