//! mosquitto's bridge as a client: a private mosquitto whose `connection`
//! bridges to the scripted server. Its client side is driven through the
//! bridge configuration and its local broker: publishing is publishing to
//! the local broker on a topic the bridge sends `out`; the subscription is
//! the bridge's `topic ... in` line, and messages it brings in are read by a
//! local subscriber; disconnecting is stopping the broker (SIGTERM).
//!
//! The bridge tries protocol level 0x84 (3.1.1 with the "bridge" bit,
//! `try_private true`, the default) and falls back to 4 when refused.

use std::net::SocketAddr;
use std::time::Duration;

use super::{fixed_topic, ClientError, ClientResult, Log, Message, MqttClient, Options};
use crate::broker::Broker;
use crate::codec::{Packet, PubAck, PubComp, PubRec, QoS};
use crate::script::{unique_client_id, Client, ErrorKind};

pub fn new() -> Box<dyn MqttClient> {
    Box::new(Bridge { broker: None, publisher: None, subscriber: None, opts: None, log: Log::default() })
}

struct Bridge {
    broker: Option<Broker>,
    /// Script client on the local broker, publishing what the bridge sends out.
    publisher: Option<Client>,
    /// Script client on the local broker, subscribed to what the bridge brings in.
    subscriber: Option<Client>,
    opts: Option<Options>,
    log: Log,
}

fn failed(e: impl std::fmt::Display) -> ClientError {
    ClientError::Failed(e.to_string())
}

/// The bridge's configuration lines for `opts`.
pub fn config(server: SocketAddr, o: &Options) -> ClientResult<String> {
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
    let mut c = format!(
        "connection conformance\naddress {server}\nbridge_protocol_version {}\nremote_clientid {}\n\
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

impl MqttClient for Bridge {
    fn name(&self) -> &'static str {
        "bridge"
    }

    fn connect(&mut self, server: SocketAddr, o: &Options) -> ClientResult {
        super::tcp_only(o, "a mosquitto 2.0.11 bridge connects over TCP only")?;
        let conf = config(server, o)?;
        if o.password.is_some() && o.username.is_none() {
            return Err(ClientError::Unsupported(
                "mosquitto's bridge takes remote_password only with remote_username".into(),
            ));
        }
        self.log.push(format!("bridge configuration:\n{conf}"));
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
        if let Some((f, q)) = &o.subscription {
            let mut s = broker.client().map_err(failed)?;
            s.connect_ok(&unique_client_id("bridge-local-sub"), true).map_err(failed)?;
            s.subscribe(f, *q).map_err(failed)?;
            self.subscriber = Some(s);
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
                        s.expect(crate::codec::PubRel::new(p.packet_id)).map_err(failed)?;
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

    fn log(&self) -> String {
        let broker =
            self.broker.as_ref().map(|b| format!("--- bridge broker log ---\n{}", b.log())).unwrap_or_default();
        format!("{}\n{broker}", self.log.text())
    }
}
