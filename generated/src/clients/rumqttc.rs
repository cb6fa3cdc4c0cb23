//! rumqttc (crates.io), in process, through its synchronous `Client` /
//! `Connection` API; a thread iterates the connection (its event loop),
//! which is also what reconnects it after a connection loss. MQTT 5.0 goes
//! through the same crate's `rumqttc::v5` module, driven the same way.

use std::net::SocketAddr;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use rumqttc::v5;
use rumqttc::v5::mqttbytes::v5::{ConnectProperties, LastWill as LastWill5, PublishProperties};
use rumqttc::v5::mqttbytes::QoS as RQoS5;
use rumqttc::{Client, Event, Incoming, LastWill, MqttOptions, QoS as RQoS, RecvTimeoutError as LoopTimeout};

use super::{ClientError, ClientResult, Log, Message, MqttClient, Options};
use crate::codec::QoS;

pub fn new() -> Box<dyn MqttClient> {
    Box::new(Rumqttc {
        client: None,
        client5: None,
        messages: None,
        stop: Arc::new(AtomicBool::new(false)),
        connecting: Arc::new(AtomicBool::new(false)),
        thread: None,
        log: Log::default(),
    })
}

/// How long one poll of a connected event loop may block (the stop flag is
/// checked between polls).
const POLL: Duration = Duration::from_millis(100);
/// How long a poll that connects may block: rumqttc's connection timeout
/// (5 s by default) plus a margin, so only rumqttc itself gives up on a connect.
const CONNECT_POLL: Duration = Duration::from_secs(6);

struct Rumqttc {
    client: Option<Client>,
    /// The 5.0 client, when the options asked for 5.0.
    client5: Option<v5::Client>,
    messages: Option<Receiver<Message>>,
    stop: Arc<AtomicBool>,
    /// The event loop's next poll connects (no CONNACK since the last error).
    connecting: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    log: Log,
}

fn qos(q: QoS) -> RQoS {
    match q {
        QoS::AtMostOnce => RQoS::AtMostOnce,
        QoS::AtLeastOnce => RQoS::AtLeastOnce,
        QoS::ExactlyOnce => RQoS::ExactlyOnce,
    }
}

fn from_qos(q: RQoS) -> QoS {
    match q {
        RQoS::AtMostOnce => QoS::AtMostOnce,
        RQoS::AtLeastOnce => QoS::AtLeastOnce,
        RQoS::ExactlyOnce => QoS::ExactlyOnce,
    }
}

/// rumqttc's option setters assert their rules (a panic is its refusal).
fn panic_text(p: Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| p.downcast_ref::<String>().cloned()).unwrap_or_default()
}

impl MqttClient for Rumqttc {
    fn name(&self) -> &'static str {
        "rumqttc"
    }

    fn connect(&mut self, server: SocketAddr, o: &Options) -> ClientResult {
        super::tcp_only(o, "rumqttc's WebSocket transport needs its `websocket` cargo feature (tokio-tungstenite), which this build leaves out")?;
        if o.is_v5() {
            return self.connect_v5(server, o);
        }
        let password = match &o.password {
            None => String::new(),
            Some(p) => String::from_utf8(p.clone()).map_err(|_| {
                ClientError::Unsupported("rumqttc takes the password as a String (no binary password)".into())
            })?,
        };
        if o.password.is_some() && o.username.is_none() {
            return Err(ClientError::Unsupported("rumqttc sets user name and password together".into()));
        }
        let opts = catch_unwind(AssertUnwindSafe(|| {
            let mut m = MqttOptions::new(o.client_id.clone(), server.ip().to_string(), server.port());
            m.set_keep_alive(Duration::from_secs(o.keep_alive.into()));
            m.set_clean_session(o.clean_session);
            if let Some(w) = &o.will {
                m.set_last_will(LastWill::new(w.topic.clone(), w.payload.clone(), qos(w.qos), w.retain));
            }
            if let Some(u) = &o.username {
                m.set_credentials(u.clone(), password.clone());
            }
            m
        }))
        .map_err(|p| ClientError::Refused(panic_text(p)))?;
        let (client, mut connection) = Client::new(opts, 16);
        if let Some((f, q)) = &o.subscription {
            client.subscribe(f.clone(), qos(*q)).map_err(|e| ClientError::Refused(e.to_string()))?;
        }
        let (tx, rx) = channel();
        let (stop, log, connecting) = (self.stop.clone(), self.log.clone(), self.connecting.clone());
        connecting.store(true, Ordering::Relaxed);
        let thread = std::thread::Builder::new()
            .name("rumqttc-eventloop".into())
            .spawn(move || loop {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                // A poll cut short by recv_timeout drops what it was doing:
                // while connecting, the half-made connection (the server sees
                // CONNECT, then a close: a will goes out). So a connect gets
                // rumqttc's own connection timeout and more.
                let poll = if connecting.load(Ordering::Relaxed) { CONNECT_POLL } else { POLL };
                match connection.recv_timeout(poll) {
                    Err(LoopTimeout::Timeout) => {}
                    Err(LoopTimeout::Disconnected) => {
                        log.push("event loop: requests done");
                        break;
                    }
                    Ok(Ok(event)) => {
                        log.push(format!("event: {event:?}"));
                        if let Event::Incoming(Incoming::ConnAck(_)) = event {
                            connecting.store(false, Ordering::Relaxed);
                        }
                        if let Event::Incoming(Incoming::Publish(p)) = event {
                            let _ = tx.send(Message {
                                topic: p.topic.clone(),
                                payload: p.payload.to_vec(),
                                qos: from_qos(p.qos),
                                retain: p.retain,
                            });
                        }
                    }
                    Ok(Err(e)) => {
                        log.push(format!("connection error: {e}"));
                        connecting.store(true, Ordering::Relaxed);
                        // The next poll reconnects; do not spin on a dead server.
                        std::thread::sleep(Duration::from_millis(200));
                    }
                }
            })
            .map_err(|e| ClientError::Failed(e.to_string()))?;
        self.client = Some(client);
        self.messages = Some(rx);
        self.thread = Some(thread);
        Ok(())
    }

    fn publish(&mut self, topic: &str, payload: &[u8], q: QoS, retain: bool) -> ClientResult {
        if let Some(c) = &self.client5 {
            return c
                .publish(topic, qos5(q), retain, payload.to_vec())
                .map_err(|e| ClientError::Refused(e.to_string()));
        }
        let c = self.client.as_ref().ok_or_else(|| ClientError::Failed("publish before connect".into()))?;
        c.publish(topic, qos(q), retain, payload.to_vec()).map_err(|e| ClientError::Refused(e.to_string()))
    }

    fn publish_with_alias(&mut self, topic: &str, alias: u16, payload: &[u8], q: QoS, retain: bool) -> ClientResult {
        let c = self.client5.as_ref().ok_or_else(|| {
            ClientError::Unsupported("Topic Aliases are MQTT 5.0 (rumqttc::v5); this client speaks 3.1.1".into())
        })?;
        let props = PublishProperties { topic_alias: Some(alias), ..Default::default() };
        c.publish_with_properties(topic, qos5(q), retain, payload.to_vec(), props)
            .map_err(|e| ClientError::Refused(e.to_string()))
    }

    fn subscribe(&mut self, filter: &str, q: QoS) -> ClientResult {
        if let Some(c) = &self.client5 {
            return c.subscribe(filter, qos5(q)).map_err(|e| ClientError::Refused(e.to_string()));
        }
        let c = self.client.as_ref().ok_or_else(|| ClientError::Failed("subscribe before connect".into()))?;
        c.subscribe(filter, qos(q)).map_err(|e| ClientError::Refused(e.to_string()))
    }

    fn receive(&mut self, timeout: Duration) -> ClientResult<Option<Message>> {
        let rx = self.messages.as_ref().ok_or_else(|| ClientError::Failed("receive before connect".into()))?;
        match rx.recv_timeout(timeout) {
            Ok(m) => Ok(Some(m)),
            Err(RecvTimeoutError::Timeout) => Ok(None),
            Err(RecvTimeoutError::Disconnected) => Err(ClientError::Failed("the event loop ended".into())),
        }
    }

    fn disconnect(&mut self) -> ClientResult {
        if let Some(c) = &self.client5 {
            return c.disconnect().map_err(|e| ClientError::Refused(e.to_string()));
        }
        let c = self.client.as_ref().ok_or_else(|| ClientError::Failed("disconnect before connect".into()))?;
        c.disconnect().map_err(|e| ClientError::Refused(e.to_string()))
    }

    fn log(&self) -> String {
        self.log.text()
    }

    /// Stop polling and drop the event loop: its socket closes without a
    /// DISCONNECT (rumqttc sends one only when asked to).
    fn kill(&mut self) -> ClientResult {
        if self.thread.is_none() {
            return Err(ClientError::Failed("kill before connect".into()));
        }
        self.stop_event_loop();
        self.log.push("adapter: event loop dropped (connection closed without DISCONNECT)");
        Ok(())
    }

    fn connect_failover(&mut self, _servers: &[SocketAddr], _opts: &Options) -> ClientResult {
        Err(ClientError::Unsupported(
            "rumqttc 0.24's MqttOptions holds one broker address; its event loop reconnects only to that one".into(),
        ))
    }
}

impl Rumqttc {
    /// Stop the event loop and wait for it (its connection is closed then).
    fn stop_event_loop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        self.client = None;
        self.client5 = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn qos5(q: QoS) -> RQoS5 {
    match q {
        QoS::AtMostOnce => RQoS5::AtMostOnce,
        QoS::AtLeastOnce => RQoS5::AtLeastOnce,
        QoS::ExactlyOnce => RQoS5::ExactlyOnce,
    }
}

fn from_qos5(q: RQoS5) -> QoS {
    match q {
        RQoS5::AtMostOnce => QoS::AtMostOnce,
        RQoS5::AtLeastOnce => QoS::AtLeastOnce,
        RQoS5::ExactlyOnce => QoS::ExactlyOnce,
    }
}

impl Rumqttc {
    /// The same as `connect`, through `rumqttc::v5`.
    fn connect_v5(&mut self, server: SocketAddr, o: &Options) -> ClientResult {
        let password = match &o.password {
            None => String::new(),
            Some(p) => String::from_utf8(p.clone()).map_err(|_| {
                ClientError::Unsupported("rumqttc takes the password as a String (no binary password)".into())
            })?,
        };
        if o.password.is_some() && o.username.is_none() {
            return Err(ClientError::Unsupported("rumqttc sets user name and password together".into()));
        }
        let opts = catch_unwind(AssertUnwindSafe(|| {
            let mut m = v5::MqttOptions::new(o.client_id.clone(), server.ip().to_string(), server.port());
            m.set_keep_alive(Duration::from_secs(o.keep_alive.into()));
            m.set_clean_start(o.clean_session);
            if let Some(w) = &o.will {
                m.set_last_will(LastWill5::new(w.topic.clone(), w.payload.clone(), qos5(w.qos), w.retain, None));
            }
            if let Some(u) = &o.username {
                m.set_credentials(u.clone(), password.clone());
            }
            let mut props = ConnectProperties::new();
            props.session_expiry_interval = o.session_expiry;
            props.receive_maximum = o.receive_maximum;
            props.max_packet_size = o.maximum_packet_size;
            props.topic_alias_max = o.topic_alias_maximum;
            props.authentication_method = o.authentication_method.clone();
            m.set_connect_properties(props);
            m
        }))
        .map_err(|p| ClientError::Refused(panic_text(p)))?;
        let (client, mut connection) = v5::Client::new(opts, 16);
        if let Some((f, q)) = &o.subscription {
            client.subscribe(f.clone(), qos5(*q)).map_err(|e| ClientError::Refused(e.to_string()))?;
        }
        let (tx, rx) = channel();
        let (stop, log) = (self.stop.clone(), self.log.clone());
        let thread = std::thread::Builder::new()
            .name("rumqttc-v5-eventloop".into())
            .spawn(move || loop {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                match connection.recv_timeout(crate::wait::reply()) {
                    Ok(Ok(event)) => {
                        log.push(format!("event: {event:?}"));
                        if let v5::Event::Incoming(v5::Incoming::Publish(p)) = event {
                            let _ = tx.send(Message {
                                topic: String::from_utf8_lossy(&p.topic).into_owned(),
                                payload: p.payload.to_vec(),
                                qos: from_qos5(p.qos),
                                retain: p.retain,
                            });
                        }
                    }
                    Ok(Err(e)) => {
                        log.push(format!("connection error: {e}"));
                        std::thread::sleep(Duration::from_millis(200));
                    }
                    // rumqttc::v5 does not export its RecvTimeoutError: tell
                    // its two variants apart by name.
                    Err(e) if format!("{e:?}") == "Timeout" => {}
                    Err(_) => {
                        log.push("event loop: requests done");
                        break;
                    }
                }
            })
            .map_err(|e| ClientError::Failed(e.to_string()))?;
        self.client5 = Some(client);
        self.messages = Some(rx);
        self.thread = Some(thread);
        Ok(())
    }
}

impl Drop for Rumqttc {
    fn drop(&mut self) {
        // A connect in progress is left to end by itself (at most
        // CONNECT_POLL) rather than blocking the drop.
        if self.connecting.load(Ordering::Relaxed) {
            self.stop.store(true, Ordering::Relaxed);
            self.client = None;
            self.client5 = None;
            self.thread = None;
        } else {
            self.stop_event_loop();
        }
    }
}
