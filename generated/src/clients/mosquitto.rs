//! libmosquitto through Debian's `mosquitto-clients` tools. One process is
//! one connection: `mosquitto_sub` when the options carry a subscription,
//! else `mosquitto_pub -l`, which publishes each stdin line to the topic,
//! QoS and retain flag of the options (fixed on its command line) and
//! disconnects at the end of its input.

use std::net::SocketAddr;
use std::process::Command;
use std::time::Duration;

use super::process::Proc;
use super::{fixed_topic, ClientError, ClientResult, Log, Message, MqttClient, Options};
use crate::codec::QoS;

pub fn new() -> Box<dyn MqttClient> {
    Box::new(Mosquitto { server: None, opts: None, publisher: None, subscriber: None, log: Log::default() })
}

struct Mosquitto {
    server: Option<SocketAddr>,
    opts: Option<Options>,
    /// `mosquitto_pub -l` and the QoS / retain it was started with.
    publisher: Option<(Proc, QoS, bool)>,
    subscriber: Option<Proc>,
    log: Log,
}

/// How long a tool gets to reject its arguments.
const ARGUMENT_CHECK: Duration = Duration::from_millis(300);

/// Marks message lines among `mosquitto_sub -d`'s debug lines.
const MSG: &str = "MSG ";

fn unsupported(s: &str) -> ClientError {
    ClientError::Unsupported(s.into())
}

impl Mosquitto {
    /// The connection options every tool takes.
    fn base(&self, tool: &str) -> ClientResult<Command> {
        let (server, o) = match (&self.server, &self.opts) {
            (Some(s), Some(o)) => (s, o),
            _ => return Err(ClientError::Failed("not connected".into())),
        };
        let mut c = Command::new(tool);
        // -d prints every packet the library sends and receives: the log.
        let version = if o.is_v5() { "5" } else { "mqttv311" };
        c.args(["-d", "-V", version, "-h"]).arg(server.ip().to_string()).arg("-p").arg(server.port().to_string());
        // 5.0 CONNECT properties: -D connect <name> <value>; the Session
        // Expiry Interval is -x (with -c the tools add one of their own, and
        // a -D one besides is refused as a duplicate).
        if let Some(secs) = o.session_expiry {
            c.arg("-x").arg(secs.to_string());
        }
        for (name, value) in [
            ("receive-maximum", o.receive_maximum.map(u64::from)),
            ("maximum-packet-size", o.maximum_packet_size.map(u64::from)),
            ("topic-alias-maximum", o.topic_alias_maximum.map(u64::from)),
        ] {
            if let Some(v) = value {
                c.args(["-D", "connect", name]).arg(v.to_string());
            }
        }
        if let Some(m) = &o.authentication_method {
            c.args(["-D", "connect", "authentication-method"]).arg(m);
        }
        c.arg("-i").arg(&o.client_id);
        if !o.clean_session {
            c.arg("-c");
        }
        c.arg("-k").arg(o.keep_alive.to_string());
        if let Some(w) = &o.will {
            let payload = String::from_utf8(w.payload.clone())
                .map_err(|_| unsupported("mosquitto's --will-payload is a command-line string (no binary will)"))?;
            c.arg("--will-topic").arg(&w.topic).arg("--will-payload").arg(payload);
            c.arg("--will-qos").arg((w.qos as u8).to_string());
            if w.retain {
                c.arg("--will-retain");
            }
        }
        if let Some(u) = &o.username {
            c.arg("-u").arg(u);
        }
        if let Some(p) = &o.password {
            let p = String::from_utf8(p.clone())
                .map_err(|_| unsupported("mosquitto's -P is a command-line string (no binary password)"))?;
            c.arg("-P").arg(p);
        }
        Ok(c)
    }
}

impl MqttClient for Mosquitto {
    fn name(&self) -> &'static str {
        "libmosquitto"
    }

    fn connect(&mut self, server: SocketAddr, o: &Options) -> ClientResult {
        super::tcp_only(o, "mosquitto_pub and mosquitto_sub 2.0.11 connect over TCP only")?;
        self.server = Some(server);
        self.opts = Some(o.clone());
        if o.password.is_some() && o.username.is_none() {
            return Err(unsupported("mosquitto's tools take -P only with -u"));
        }
        if let Some((filter, qos)) = &o.subscription {
            let mut c = self.base("mosquitto_sub")?;
            c.arg("-t").arg(filter).arg("-q").arg((*qos as u8).to_string());
            c.arg("-F").arg(format!("{MSG}%q %r %t %x"));
            self.subscriber = Some(Proc::spawn(c, "mosquitto_sub", &self.log)?);
        } else {
            let mut c = self.base("mosquitto_pub")?;
            c.arg("-l").arg("-t").arg(&o.topic).arg("-q").arg((o.qos as u8).to_string());
            if o.retain {
                c.arg("-r");
            }
            self.publisher = Some((Proc::spawn(c, "mosquitto_pub", &self.log)?, o.qos, o.retain));
        }
        // The tools check their arguments first and exit at once on a bad one:
        // that is the library refusing the request.
        let proc = match (self.subscriber.as_mut(), self.publisher.as_mut()) {
            (Some(s), _) => s,
            (None, Some((p, _, _))) => p,
            (None, None) => unreachable!(),
        };
        if let Some(status) = proc.exited_within(ARGUMENT_CHECK) {
            std::thread::sleep(Duration::from_millis(20)); // let the stderr reader catch up
            let why = self.log.text().lines().filter(|l| l.contains("stderr")).collect::<Vec<_>>().join("; ");
            return Err(ClientError::Refused(format!("exited with {status}: {why}")));
        }
        Ok(())
    }

    fn publish(&mut self, topic: &str, payload: &[u8], qos: QoS, retain: bool) -> ClientResult {
        fixed_topic("mosquitto_pub -l", self.opts.as_ref(), topic)?;
        if self.subscriber.is_some() {
            return Err(unsupported("mosquitto_sub does not publish (one tool per connection)"));
        }
        let line = String::from_utf8(payload.to_vec())
            .ok()
            .filter(|s| !s.contains('\n'))
            .ok_or_else(|| unsupported("mosquitto_pub -l sends one text line per message"))?;
        let (p, q, r) = self.publisher.as_mut().ok_or_else(|| ClientError::Failed("publish before connect".into()))?;
        if (*q, *r) != (qos, retain) {
            return Err(unsupported(
                "mosquitto_pub -l publishes every line with the QoS and retain flag it started with (Options::publishes)",
            ));
        }
        p.send_line(&line)
    }

    fn subscribe(&mut self, _filter: &str, _qos: QoS) -> ClientResult {
        Err(unsupported("mosquitto_sub subscribes only to the topics on its command line (Options::subscription)"))
    }

    fn receive(&mut self, timeout: Duration) -> ClientResult<Option<Message>> {
        let Some(sub) = self.subscriber.as_mut() else {
            return Err(unsupported("mosquitto_pub receives no messages"));
        };
        let line = sub.next_line(timeout, |l| l.starts_with(MSG))?;
        Ok(line.and_then(|l| {
            let mut f = l[MSG.len()..].splitn(4, ' ');
            let qos = QoS::from_u8(f.next()?.parse().ok()?)?;
            let retain = f.next()? == "1";
            let topic = f.next()?.to_owned();
            let x = f.next().unwrap_or_default();
            let payload = (0..x.len() / 2).filter_map(|i| u8::from_str_radix(&x[2 * i..2 * i + 2], 16).ok()).collect();
            Some(Message { topic, payload, qos, retain })
        }))
    }

    fn disconnect(&mut self) -> ClientResult {
        if let Some((p, _, _)) = self.publisher.as_mut() {
            // End of input: mosquitto_pub finishes its messages, then disconnects.
            p.close_stdin();
            return Ok(());
        }
        if let Some(s) = self.subscriber.as_ref() {
            // mosquitto_sub disconnects on SIGINT.
            return s.signal("INT");
        }
        Err(ClientError::Failed("disconnect before any connection".into()))
    }

    fn log(&self) -> String {
        self.log.text()
    }

    /// SIGKILL the tool: the kernel closes its socket, no DISCONNECT.
    fn kill(&mut self) -> ClientResult {
        match (self.subscriber.as_ref(), self.publisher.as_ref()) {
            (Some(s), _) => s.signal("KILL"),
            (None, Some((p, _, _))) => p.signal("KILL"),
            (None, None) => Err(ClientError::Failed("kill before connect".into())),
        }
    }

    fn connect_failover(&mut self, _servers: &[SocketAddr], _opts: &Options) -> ClientResult {
        Err(unsupported("mosquitto_pub and mosquitto_sub 2.0.11 take one server (-h/-p, or one -L URL)"))
    }
}
