//! Script layer for server tests: a raw TCP client that sends packets or
//! bytes and expects packets, silence, or the server closing the connection.
//!
//! Every wait has a timeout ([`crate::wait::reply`]: 2 s times
//! `MQTT_WAIT_SCALE`; [`Client::set_timeout`] changes it for one client). Every failure is a [`ScriptError`]
//! whose message holds the whole exchange so far — each packet sent and
//! received, decoded and in hex, with timestamps — and the broker log when
//! the broker was started by the fixture. Tests return
//! `Result<(), ScriptError>` and use `?`; the test harness prints the error
//! with all of that.
//!
//! A full server test:
//!
//! ```no_run
//! use mqtt_conformance::prelude::*;
//!
//! // #[specgen::covers("MQTT-3.1.2-3", fp = "…")]
//! // #[test]
//! fn reserved_connect_flag_closes_connection() -> Result<(), ScriptError> {
//!     let broker = Broker::start()?; // mosquitto, or MQTT_TARGET
//!     let mut c = broker.client()?;
//!     c.send_malformed(Malformed::from(Connect::new(unique_client_id("rsv"))).connect_flags(|f| f | 0x01))?;
//!     c.expect_closed()
//! }
//! ```
//!
//! And a positive one with the helpers:
//!
//! ```no_run
//! # use mqtt_conformance::prelude::*;
//! # fn t() -> Result<(), ScriptError> {
//! let broker = Broker::start()?;
//! let mut c = broker.client()?;
//! c.connect_ok("sub", true)?;
//! c.subscribe("a/#", QoS::ExactlyOnce)?;
//! c.publish("a/b", b"hi", QoS::AtLeastOnce)?; // waits for PUBACK
//! let p = c.receive_publish()?;                // acks it (QoS 1/2 flows)
//! assert_eq!(p.payload, b"hi");
//! c.send(Packet::PingReq)?;
//! c.expect(Packet::PingResp)?;                 // exact match
//! # Ok(()) }
//! ```

//!
//! A 5.0 client encodes and decodes 5.0; the same helpers work, plus ones
//! taking properties and subscription options:
//!
//! ```no_run
//! # use mqtt_conformance::prelude::*;
//! # fn t() -> Result<(), ScriptError> {
//! let broker = Broker::start()?;
//! let mut c = broker.client_v5()?;
//! let ack = c.connect_ok_props("", true, Properties::new().with_receive_maximum(10))?;
//! assert!(ack.properties.assigned_client_identifier().is_some());
//! c.subscribe_opts("a/#", QoS::ExactlyOnce, SubOptions::default().no_local(true))?;
//! c.publish_props("a/b", b"hi", QoS::AtLeastOnce, Properties::new().with_user_property("k", "v"))?;
//! c.send(Disconnect::new(ReasonCode::DisconnectWithWillMessage))?;
//! # Ok(()) }
//! ```

use crate::transport::{Conn, Transport};
use std::collections::VecDeque;
use std::fmt;
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use crate::broker::{BrokerLog, Credentials};
use crate::codec::{
    ConnAck, Connect, ConnectReturnCode, Packet, PacketType, Properties, ProtocolVersion, PubAck, PubComp, PubRec,
    PubRel, Publish, QoS, SubAck, SubOptions, Subscribe, Unsubscribe,
};
use crate::malformed::Malformed;
use crate::transcript::{is_close, tail, Event, Transcript};
use crate::wire::{PacketReader, ReadError, Recv, Source};

/// Lines of broker log shown in a failure.
pub const LOG_TAIL_LINES: usize = 80;

/// What went wrong, for tests that assert on failures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// TCP connect failed.
    Connect,
    /// Nothing (or not enough) arrived in time.
    Timeout,
    /// The server closed the connection when something else was expected.
    Closed,
    /// A packet arrived that did not match, or arrived when silence or a
    /// close was expected.
    Unexpected,
    /// The server sent bytes that do not decode.
    Malformed,
    /// Other socket error.
    Io,
}

/// A failed expectation, with everything needed to diagnose it.
#[derive(Clone)]
pub struct ScriptError {
    pub kind: ErrorKind,
    /// One-line reason, e.g. "expected PUBACK id=1, but the server closed the connection (EOF)".
    pub message: String,
    /// The exchange so far, one event per line.
    pub transcript: String,
    /// The broker log (tail), when the broker was started by the fixture.
    pub broker_log: Option<String>,
}

impl fmt::Display for ScriptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.message)?;
        writeln!(f, "\n{}", self.transcript)?;
        match &self.broker_log {
            Some(log) => write!(f, "\n--- broker log (last {LOG_TAIL_LINES} lines) ---\n{log}"),
            None => write!(f, "\n(no broker log available)"),
        }
    }
}

// Debug = Display so `unwrap()` and `-> Result` tests print the transcript;
// a verdict starts on a line of its own after libtest's `Error: `.
impl fmt::Debug for ScriptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if crate::verdict::is_verdict(self) {
            writeln!(f)?;
        }
        fmt::Display::fmt(self, f)
    }
}
impl std::error::Error for ScriptError {}

pub type Result<T, E = ScriptError> = std::result::Result<T, E>;

/// So a test returning `Result<(), ScriptError>` can `?` on `Broker::start()`.
impl From<crate::broker::BrokerError> for ScriptError {
    fn from(e: crate::broker::BrokerError) -> Self {
        ScriptError { kind: ErrorKind::Connect, message: e.message, transcript: String::new(), broker_log: e.log }
    }
}

/// A raw MQTT connection driven step by step. See the module docs.
pub struct Client {
    stream: Conn,
    peer: SocketAddr,
    target: String,
    log: Option<BrokerLog>,
    reader: PacketReader,
    timeout: Duration,
    events: Transcript,
    next_id: u16,
    version: ProtocolVersion,
    /// PUBLISHes that arrived while an acknowledgement was awaited (a
    /// SUBACK, a PUBREL, ...), handed to the next receive calls in order.
    pending: VecDeque<Packet>,
    credentials: Option<Credentials>,
}

impl Client {
    /// Open a TCP connection (no MQTT traffic yet) for a 3.1.1 exchange.
    pub fn connect(addr: impl ToSocketAddrs) -> Result<Client> {
        Client::connect_version(addr, ProtocolVersion::V311)
    }

    /// Open a TCP connection for a 5.0 exchange: packets are encoded and
    /// decoded as 5.0, and the helpers send 5.0 CONNECTs.
    pub fn connect_v5(addr: impl ToSocketAddrs) -> Result<Client> {
        Client::connect_version(addr, ProtocolVersion::V5)
    }

    pub fn connect_version(addr: impl ToSocketAddrs, version: ProtocolVersion) -> Result<Client> {
        Client::connect_over(addr, version, &Transport::Tcp)
    }

    /// Open a connection over `transport` (TCP, TLS or WebSocket); the TLS
    /// and WebSocket handshakes are part of connecting.
    pub fn connect_over(addr: impl ToSocketAddrs, version: ProtocolVersion, transport: &Transport) -> Result<Client> {
        let timeout = crate::wait::reply();
        let addrs: Vec<SocketAddr> = addr.to_socket_addrs().map(|a| a.collect()).unwrap_or_default();
        let mut last = None;
        for a in &addrs {
            match TcpStream::connect_timeout(a, timeout) {
                Ok(stream) => {
                    let _ = stream.set_nodelay(true);
                    let _ = stream.set_read_timeout(Some(timeout));
                    let _ = stream.set_write_timeout(Some(timeout));
                    let stream = match Conn::open(stream, transport) {
                        Ok(c) => c,
                        Err(e) => {
                            last = Some(format!("{a}: {} handshake: {e}", transport.kind().as_str()));
                            continue;
                        }
                    };
                    return Ok(Client {
                        stream,
                        peer: *a,
                        target: a.to_string(),
                        log: None,
                        reader: PacketReader::new(version, "server"),
                        timeout,
                        events: Transcript::new(),
                        next_id: 0,
                        version,
                        pending: VecDeque::new(),
                        credentials: None,
                    });
                }
                Err(e) => last = Some(format!("{a}: {e}")),
            }
        }
        Err(ScriptError {
            kind: ErrorKind::Connect,
            message: format!(
                "{} connect failed: {}",
                transport.kind().as_str(),
                last.unwrap_or_else(|| "no address".into())
            ),
            transcript: String::new(),
            broker_log: None,
        })
    }

    /// Name the server in transcripts and attach its log to failures.
    pub fn set_target(&mut self, description: String, log: Option<BrokerLog>) {
        self.target = description;
        self.log = log;
    }

    /// Credentials for [`Client::connect_ok`] and [`Client::authenticate`]
    /// (the target's, set by [`crate::broker::Broker::client`]).
    pub fn set_credentials(&mut self, credentials: Option<Credentials>) {
        self.credentials = credentials;
    }

    /// `connect` with the target's credentials when it carries neither user
    /// name nor password (see [`crate::broker::Settings::authenticate`]).
    pub fn authenticate(&self, connect: Connect) -> Connect {
        match &self.credentials {
            Some(c) => c.apply(connect),
            None => connect,
        }
    }

    /// Change the wait used by every expectation.
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = timeout;
    }
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }
    pub fn timeout(&self) -> Duration {
        self.timeout
    }
    pub fn peer(&self) -> SocketAddr {
        self.peer
    }
    /// The protocol version this client encodes and decodes.
    pub fn version(&self) -> ProtocolVersion {
        self.version
    }
    /// The underlying socket, for tests that need e.g. a half close.
    pub fn stream(&self) -> &TcpStream {
        self.stream.socket()
    }

    /// Whether the server has closed the connection (seen on a send or receive).
    pub fn is_closed(&self) -> bool {
        self.reader.closed().is_some()
    }

    /// The connection with its transport (WebSocket frames, the selected
    /// sub-protocol).
    pub fn conn(&mut self) -> &mut Conn {
        &mut self.stream
    }

    /// Send one raw WebSocket frame (text frames, packets split across
    /// frames), recorded in the transcript.
    pub fn send_ws_frame(&mut self, what: &str, frame: crate::transport::WsFrame) -> Result<()> {
        let bytes = frame.clone().into_data().to_vec();
        let res = self.stream.send_frame(frame);
        self.event(Event::Sent { what: format!("WebSocket frame: {what}"), bytes });
        res.map_err(|e| self.fail(ErrorKind::Io, format!("sending a WebSocket frame failed: {e}")))
    }

    /// A fresh non-zero packet identifier (1, 2, 3, ... wrapping past 0).
    pub fn next_packet_id(&mut self) -> u16 {
        self.next_id = self.next_id.checked_add(1).unwrap_or(1);
        self.next_id
    }

    // ------------------------------------------------------------ sending

    /// Send a well-formed packet. A CONNECT with neither user name nor
    /// password gets the target's credentials ([`Client::authenticate`]):
    /// without them a target that requires credentials refuses it for a
    /// reason no test is about. Malformed CONNECTs are built by the tests
    /// and authenticated there.
    pub fn send(&mut self, packet: impl Into<Packet>) -> Result<()> {
        let packet = match packet.into() {
            Packet::Connect(c) => Packet::Connect(self.authenticate(c)),
            p => p,
        };
        let bytes = packet.encode_for(self.version);
        self.write(packet.summary(), bytes)
    }

    pub fn send_malformed(&mut self, m: impl Into<Malformed>) -> Result<()> {
        let m = m.into();
        let bytes = m.to_bytes();
        self.write(m.describe(), bytes)
    }

    pub fn send_bytes(&mut self, bytes: &[u8]) -> Result<()> {
        self.write(format!("raw {} bytes", bytes.len()), bytes.to_vec())
    }

    fn write(&mut self, what: String, bytes: Vec<u8>) -> Result<()> {
        let _ = self.stream.set_write_timeout(Some(self.timeout));
        let res = self.stream.write_all(&bytes);
        self.event(Event::Sent { what: what.clone(), bytes });
        match res {
            Ok(()) => Ok(()),
            Err(e) if is_close(&e) => {
                self.event(Event::Closed(format!("on send: {e}")));
                self.reader.set_closed(e.to_string());
                Err(self.fail(ErrorKind::Closed, format!("sending {what} failed: the connection is closed ({e})")))
            }
            Err(e) => Err(self.fail(ErrorKind::Io, format!("sending {what} failed: {e}"))),
        }
    }

    /// Close our side (FIN) without sending DISCONNECT.
    pub fn shutdown_write(&mut self) -> Result<()> {
        self.event(Event::Note("client shut down its sending side".into()));
        self.stream.shutdown_write().map_err(|e| self.fail(ErrorKind::Io, format!("shutdown: {e}")))
    }

    // ---------------------------------------------------------- receiving

    /// The next packet: one kept back earlier (see [`Client::expect_ack`]),
    /// else one from the wire, EOF/reset, or the deadline.
    fn recv_until(&mut self, deadline: Instant) -> Result<Recv> {
        match self.pending.pop_front() {
            Some(p) => Ok(Recv::Packet(p)),
            None => self.recv_wire_until(deadline),
        }
    }

    /// Wait up to `deadline` for one packet from the wire, EOF/reset, or the deadline.
    fn recv_wire_until(&mut self, deadline: Instant) -> Result<Recv> {
        let events = &mut self.events;
        match self.reader.next(&mut self.stream, deadline, &mut |e| events.push(e)) {
            Ok(r) => Ok(r),
            Err(ReadError::Malformed(m)) => Err(self.fail(ErrorKind::Malformed, m)),
            Err(ReadError::Io(m)) => Err(self.fail(ErrorKind::Io, m)),
        }
    }

    fn deadline(&self) -> Instant {
        Instant::now() + self.timeout
    }

    /// The next packet, whatever it is.
    pub fn recv(&mut self) -> Result<Packet> {
        self.expect_matching("any packet", |_| true)
    }

    /// The next packet must equal `want` exactly.
    pub fn expect(&mut self, want: impl Into<Packet>) -> Result<Packet> {
        let want = want.into();
        let desc = want.summary();
        let got = self.expect_matching(&desc, |p| *p == want)?;
        Ok(got)
    }

    /// The next packet must satisfy `pred`; `desc` says what was wanted.
    pub fn expect_matching(&mut self, desc: &str, pred: impl FnOnce(&Packet) -> bool) -> Result<Packet> {
        let t = self.timeout;
        match self.recv_until(self.deadline())? {
            Recv::Packet(p) if pred(&p) => Ok(p),
            Recv::Packet(p) => Err(self.fail(ErrorKind::Unexpected, format!("expected {desc}, received {p}\n  {p:?}"))),
            Recv::Closed(how) => {
                Err(self
                    .fail(ErrorKind::Closed, format!("expected {desc}, but the server closed the connection ({how})")))
            }
            Recv::Timeout => {
                Err(self.fail(ErrorKind::Timeout, format!("expected {desc}, nothing arrived within {t:?}")))
            }
        }
    }

    /// The acknowledgement `desc` satisfying `pred`; a PUBLISH arriving
    /// first is legal (3.8.4 lets retained messages precede the SUBACK, and
    /// flows may interleave), so it is kept for the next receive call.
    /// Anything else is a failure.
    pub fn expect_ack(&mut self, desc: &str, pred: impl Fn(&Packet) -> bool) -> Result<Packet> {
        let t = self.timeout;
        let deadline = self.deadline();
        loop {
            match self.recv_wire_until(deadline)? {
                Recv::Packet(p) if pred(&p) => return Ok(p),
                Recv::Packet(Packet::Publish(p)) => {
                    self.note(format!("PUBLISH id={} kept for the next receive while awaiting {desc}", p.packet_id));
                    self.pending.push_back(Packet::Publish(p));
                }
                Recv::Packet(p) => {
                    return Err(self.fail(ErrorKind::Unexpected, format!("expected {desc}, received {p}\n  {p:?}")))
                }
                Recv::Closed(how) => {
                    return Err(self.fail(
                        ErrorKind::Closed,
                        format!("expected {desc}, but the server closed the connection ({how})"),
                    ))
                }
                Recv::Timeout => {
                    return Err(self.fail(ErrorKind::Timeout, format!("expected {desc}, nothing arrived within {t:?}")))
                }
            }
        }
    }

    /// Like [`Client::expect`], keeping PUBLISHes that arrive first (see [`Client::expect_ack`]).
    pub fn expect_exact_ack(&mut self, want: impl Into<Packet>) -> Result<Packet> {
        let want = want.into();
        self.expect_ack(&want.summary(), |p| *p == want)
    }

    /// No packet may arrive (and the connection must stay open) for `d`.
    /// Only for statements about time (keep alive, will delay, expiry):
    /// "X is not sent" is proved by order (a marker or PINGRESP after it,
    /// see [`crate::expect`]), since a loaded machine can stretch any window.
    pub fn expect_silence_for(&mut self, d: Duration) -> Result<()> {
        match self.recv_until(Instant::now() + d)? {
            Recv::Timeout => Ok(()),
            Recv::Packet(p) => {
                Err(self.fail(ErrorKind::Unexpected, format!("expected silence for {d:?}, received {p}")))
            }
            Recv::Closed(how) => Err(self.fail(
                ErrorKind::Closed,
                format!("expected silence for {d:?}, but the server closed the connection ({how})"),
            )),
        }
    }

    /// The server must close the connection (EOF or reset) within the
    /// timeout, without sending another packet first.
    pub fn expect_closed(&mut self) -> Result<()> {
        let t = self.timeout;
        self.expect_closed_within(t)
    }

    pub fn expect_closed_within(&mut self, d: Duration) -> Result<()> {
        match self.recv_until(Instant::now() + d)? {
            Recv::Closed(_) => Ok(()),
            Recv::Packet(p) => {
                Err(self
                    .fail(ErrorKind::Unexpected, format!("expected the server to close the connection, received {p}")))
            }
            Recv::Timeout => Err(self.fail(
                ErrorKind::Timeout,
                format!("expected the server to close the connection, still open after {d:?}"),
            )),
        }
    }

    // ------------------------------------------------------------ helpers

    /// CONNECT (of this client's version) with `client_id`, `clean_session`
    /// and the target's credentials; expects CONNACK 0x00 (and session present 0 for a
    /// clean session [MQTT-3.2.2-1]).
    pub fn connect_ok(&mut self, client_id: &str, clean_session: bool) -> Result<ConnAck> {
        self.connect_ok_with(Connect::for_version(self.version, client_id).clean_session(clean_session))
    }

    /// A 5.0-style [`Client::connect_ok`] with CONNECT properties.
    pub fn connect_ok_props(&mut self, client_id: &str, clean_start: bool, props: Properties) -> Result<ConnAck> {
        self.connect_ok_with(Connect::for_version(self.version, client_id).clean_session(clean_start).properties(props))
    }

    /// Send `connect`; the CONNACK must accept it (session present 0 if
    /// clean).
    pub fn connect_ok_with(&mut self, connect: Connect) -> Result<ConnAck> {
        let clean_session = connect.clean_session;
        let ack = self.connect_with(connect)?;
        if ack.code != ConnectReturnCode::Accepted || (clean_session && ack.session_present) {
            let c = ack.code;
            let r = if self.version == ProtocolVersion::V5 {
                format!(" reason {}", ack.reason_code)
            } else {
                String::new()
            };
            return Err(self.fail(
                ErrorKind::Unexpected,
                format!(
                    "expected CONNACK accepted (session_present=0 if clean), got {c:?}{r} session_present={}",
                    ack.session_present
                ),
            ));
        }
        Ok(ack)
    }

    /// Send `connect` and return whatever CONNACK comes back.
    pub fn connect_with(&mut self, connect: Connect) -> Result<ConnAck> {
        self.send(connect)?;
        match self.expect_matching("CONNACK", |p| matches!(p, Packet::ConnAck(_)))? {
            Packet::ConnAck(a) => Ok(a),
            _ => unreachable!(),
        }
    }

    /// SUBSCRIBE to one filter; expects SUBACK with the same packet id and returns it.
    pub fn subscribe(&mut self, filter: &str, qos: QoS) -> Result<SubAck> {
        let id = self.next_packet_id();
        self.subscribe_packet(Subscribe::one(id, filter, qos))
    }

    /// 5.0: SUBSCRIBE to one filter with options; returns the SUBACK.
    pub fn subscribe_opts(&mut self, filter: &str, qos: QoS, options: SubOptions) -> Result<SubAck> {
        let id = self.next_packet_id();
        self.subscribe_packet(Subscribe::one(id, filter, qos).with_options(options))
    }

    /// Send a prepared SUBSCRIBE (options, properties); expects the SUBACK
    /// with its packet id and returns it.
    pub fn subscribe_packet(&mut self, s: Subscribe) -> Result<SubAck> {
        let id = s.packet_id;
        self.send(s)?;
        match self.expect_ack(&format!("SUBACK id={id}"), |p| matches!(p, Packet::SubAck(s) if s.packet_id == id))? {
            Packet::SubAck(s) => Ok(s),
            _ => unreachable!(),
        }
    }

    /// UNSUBSCRIBE one filter; expects UNSUBACK with the same packet id.
    pub fn unsubscribe(&mut self, filter: &str) -> Result<()> {
        let id = self.next_packet_id();
        self.send(Unsubscribe::new(id, [filter]))?;
        // 5.0 adds Reason Codes: the id identifies the answer in both versions.
        self.expect_ack(&format!("UNSUBACK id={id}"), |p| matches!(p, Packet::UnsubAck(a) if a.packet_id == id))
            .map(|_| ())
    }

    /// PUBLISH and complete the sender side of the QoS flow (PUBACK, or
    /// PUBREC/PUBREL/PUBCOMP). Returns the packet id used (0 for QoS 0).
    pub fn publish(&mut self, topic: &str, payload: &[u8], qos: QoS) -> Result<u16> {
        let id = if qos == QoS::AtMostOnce { 0 } else { self.next_packet_id() };
        self.publish_packet(Publish::new(topic, payload).qos(qos, id))?;
        Ok(id)
    }

    /// 5.0: [`Client::publish`] with PUBLISH properties.
    pub fn publish_props(&mut self, topic: &str, payload: &[u8], qos: QoS, props: Properties) -> Result<u16> {
        let id = if qos == QoS::AtMostOnce { 0 } else { self.next_packet_id() };
        self.publish_packet(Publish::new(topic, payload).qos(qos, id).properties(props))?;
        Ok(id)
    }

    /// Like [`Client::publish`] for a prepared PUBLISH (retain, dup, ...).
    pub fn publish_packet(&mut self, p: Publish) -> Result<()> {
        let (qos, id) = (p.qos, p.packet_id);
        self.send(p)?;
        match qos {
            QoS::AtMostOnce => {}
            QoS::AtLeastOnce => {
                self.expect_flow_ack(PacketType::PubAck, id)?;
            }
            QoS::ExactlyOnce => {
                self.expect_flow_ack(PacketType::PubRec, id)?;
                self.send(PubRel::new(id))?;
                self.expect_flow_ack(PacketType::PubComp, id)?;
            }
        }
        Ok(())
    }

    /// The next packet must be a PUBACK/PUBREC/PUBREL/PUBCOMP of `ty` with
    /// `id` and a success Reason Code (always so in 3.1.1; in 5.0 e.g. 0x10
    /// "No matching subscribers" is a success).
    pub fn expect_flow_ack(&mut self, ty: PacketType, id: u16) -> Result<Packet> {
        let desc = format!("{ty} id={id}");
        self.expect_ack(&desc, |p| {
            let (pid, rc) = match p {
                Packet::PubAck(a) => (a.packet_id, a.reason_code),
                Packet::PubRec(a) => (a.packet_id, a.reason_code),
                Packet::PubRel(a) => (a.packet_id, a.reason_code),
                Packet::PubComp(a) => (a.packet_id, a.reason_code),
                _ => return false,
            };
            p.packet_type() == ty && pid == id && rc.is_success()
        })
    }

    /// Expect a PUBLISH and complete the receiver side of its QoS flow. A
    /// PUBLISH arriving before the PUBREL of a QoS 2 flow (flows may
    /// interleave) is kept for the next receive call.
    pub fn receive_publish(&mut self) -> Result<Publish> {
        let p = match self.expect_matching("PUBLISH", |p| matches!(p, Packet::Publish(_)))? {
            Packet::Publish(p) => p,
            _ => unreachable!(),
        };
        match p.qos {
            QoS::AtMostOnce => {}
            QoS::AtLeastOnce => self.send(PubAck::new(p.packet_id))?,
            QoS::ExactlyOnce => {
                self.send(PubRec::new(p.packet_id))?;
                self.expect_flow_ack(PacketType::PubRel, p.packet_id)?;
                self.send(PubComp::new(p.packet_id))?;
            }
        }
        Ok(p)
    }

    /// PINGREQ, expect PINGRESP.
    pub fn ping(&mut self) -> Result<()> {
        self.send(Packet::PingReq)?;
        self.expect(Packet::PingResp).map(|_| ())
    }

    /// Send DISCONNECT and expect the server to close.
    pub fn disconnect(&mut self) -> Result<()> {
        self.send(Packet::Disconnect)?;
        self.expect_closed()
    }

    // ------------------------------------------------------------ failures

    /// Build a failure carrying the transcript and broker log, for checks
    /// the test makes itself: `return Err(c.fail("retained flag lost"))`.
    pub fn fail_with(&self, message: impl Into<String>) -> ScriptError {
        self.fail(ErrorKind::Unexpected, message.into())
    }

    fn fail(&self, kind: ErrorKind, message: String) -> ScriptError {
        let broker_log = self.log.as_ref().map(|l| tail(&l.read(), LOG_TAIL_LINES));
        ScriptError { kind, message, transcript: self.transcript(), broker_log }
    }

    /// The exchange so far, as printed in failures.
    pub fn transcript(&self) -> String {
        self.events.render(&format!("exchange with {} (-> sent, <- received):", self.target))
    }

    /// Add a free-form line to the transcript.
    pub fn note(&mut self, text: impl Into<String>) {
        self.event(Event::Note(text.into()));
    }

    fn event(&mut self, e: Event) {
        self.events.push(e);
    }
}

/// A client id unique within this machine and run (pid + counter), so tests
/// sharing one external broker never take over each other's sessions.
pub fn unique_client_id(prefix: &str) -> String {
    static N: AtomicU32 = AtomicU32::new(0);
    format!("{prefix}-{}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed))
}

/// A topic unique within this run, for the same reason.
pub fn unique_topic(prefix: &str) -> String {
    format!("mqtt-conformance/{}", unique_client_id(prefix))
}

/// The script client reads through its transport (TCP, TLS, WebSocket).
impl Source for Conn {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        Conn::read(self, buf)
    }
    fn set_read_timeout(&mut self, d: Option<Duration>) -> std::io::Result<()> {
        Conn::set_read_timeout(self, d)
    }
}
