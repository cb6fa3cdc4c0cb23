//! Scripted server for client tests, the mirror of [`crate::script`]: it
//! listens on a free 127.0.0.1 port, accepts the client under test and
//! expects packets from it (exactly, or by predicate), answers, stays silent,
//! delays, cuts the connection, or sends malformed and out-of-order packets
//! built with [`crate::malformed`].
//!
//! Every wait has a timeout ([`crate::wait::reply`] by default). Every
//! failure is a [`ScriptError`] holding the whole exchange: every connection
//! the client opened, each packet both ways, decoded and in hex, with
//! timestamps (the [`crate::transcript`] format of the script client).
//!
//! ```no_run
//! use mqtt_conformance::server::ScriptServer;
//! # fn t() -> Result<(), mqtt_conformance::script::ScriptError> {
//! let mut server = ScriptServer::start()?;
//! // ... point the client under test at server.addr() ...
//! let mut conn = server.accept()?;
//! let _connect = conn.expect_connect()?;     // the first packet must be CONNECT
//! conn.connack(false)?;                      // CONNACK 0x00
//! let _p = conn.expect_publish()?;           // not acknowledged: the client must resend
//! conn.cut()?;
//! # Ok(()) }
//! ```

pub mod transport;
pub mod websocket;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::codec::{ConnAck, Connect, Packet, ProtocolVersion, PubAck, PubComp, PubRec, PubRel, Publish};
use crate::malformed::Malformed;
use crate::script::{ErrorKind, ScriptError};
use crate::transcript::{is_close, is_wait, Event, Transcript};
use crate::wire::{PacketReader, ReadError, Recv, Source};
pub use transport::{Acceptor, Plain, Transport};
pub use websocket::WebSocketAcceptor;

type Result<T, E = ScriptError> = std::result::Result<T, E>;

/// The listening side: one per test, on an ephemeral loopback port.
pub struct ScriptServer {
    listener: TcpListener,
    acceptor: Box<dyn Acceptor>,
    addr: SocketAddr,
    log: Arc<Mutex<Transcript>>,
    timeout: Duration,
    accepted: usize,
}

impl ScriptServer {
    /// Listen on 127.0.0.1, plain TCP.
    pub fn start() -> Result<ScriptServer> {
        ScriptServer::start_with(Box::new(Plain))
    }

    /// Listen on 127.0.0.1 with `acceptor` doing each connection's handshake.
    pub fn start_with(acceptor: Box<dyn Acceptor>) -> Result<ScriptServer> {
        let io = |e: std::io::Error| ScriptError {
            kind: ErrorKind::Io,
            message: format!("scripted server: cannot listen on 127.0.0.1: {e}"),
            transcript: String::new(),
            broker_log: None,
        };
        let listener = TcpListener::bind("127.0.0.1:0").map_err(io)?;
        listener.set_nonblocking(true).map_err(io)?;
        let addr = listener.local_addr().map_err(io)?;
        let log = Arc::new(Mutex::new(Transcript::new()));
        log.lock().unwrap().push(Event::Note(format!("scripted server listening on {} {addr}", acceptor.name())));
        Ok(ScriptServer { listener, acceptor, addr, log, timeout: crate::wait::reply(), accepted: 0 })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// Change the wait of [`ScriptServer::accept`] and of the connections accepted afterwards.
    pub fn set_timeout(&mut self, d: Duration) {
        self.timeout = d;
    }

    /// Wait for the client to open a connection.
    pub fn accept(&mut self) -> Result<Conn> {
        let t = self.timeout;
        self.accept_within(t)
    }

    pub fn accept_within(&mut self, d: Duration) -> Result<Conn> {
        let deadline = Instant::now() + d;
        loop {
            match self.listener.accept() {
                Ok((tcp, peer)) => {
                    self.accepted += 1;
                    let tag = format!("#{}", self.accepted);
                    let _ = tcp.set_nonblocking(false);
                    let stream = self.acceptor.accept(tcp, self.timeout).map_err(|e| {
                        self.fail(
                            ErrorKind::Connect,
                            format!("{} handshake with {peer} failed: {e}", self.acceptor.name()),
                        )
                    })?;
                    self.note(&tag, format!("accepted connection {tag} from {peer}"));
                    return Ok(Conn {
                        stream,
                        tag,
                        log: self.log.clone(),
                        // A 5.0 decoder reads a CONNECT of any level; the
                        // CONNECT then sets the connection's version.
                        reader: PacketReader::new(ProtocolVersion::V5, "client"),
                        version: None,
                        timeout: self.timeout,
                        cut: false,
                    });
                }
                Err(e) if is_wait(&e) => {
                    if Instant::now() >= deadline {
                        return Err(self.fail(
                            ErrorKind::Timeout,
                            format!("expected the client to connect, no connection within {d:?}"),
                        ));
                    }
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(e) => return Err(self.fail(ErrorKind::Io, format!("accept failed: {e}"))),
            }
        }
    }

    /// How many connections were accepted so far.
    pub fn accepted(&self) -> usize {
        self.accepted
    }

    /// Add a free-form line to the transcript.
    pub fn note(&self, tag: &str, text: impl Into<String>) {
        self.log.lock().unwrap().push_tagged(tag, Event::Note(text.into()));
    }

    /// The exchange so far, every connection included.
    pub fn transcript(&self) -> String {
        render(&self.log)
    }

    /// A failure carrying the transcript, for checks the test makes itself.
    pub fn fail_with(&self, message: impl Into<String>) -> ScriptError {
        self.fail(ErrorKind::Unexpected, message.into())
    }

    fn fail(&self, kind: ErrorKind, message: String) -> ScriptError {
        ScriptError { kind, message, transcript: self.transcript(), broker_log: None }
    }
}

fn render(log: &Mutex<Transcript>) -> String {
    log.lock().unwrap().render("exchange with the client under test (<- received from the client, -> sent to it):")
}

/// One accepted connection of the client under test.
pub struct Conn {
    stream: Box<dyn Transport>,
    tag: String,
    log: Arc<Mutex<Transcript>>,
    reader: PacketReader,
    /// The version the client's CONNECT announced (level 5: MQTT 5.0, any
    /// other: 3.1.1 packets); `None` before the CONNECT.
    version: Option<ProtocolVersion>,
    timeout: Duration,
    cut: bool,
}

impl Conn {
    pub fn set_timeout(&mut self, d: Duration) {
        self.timeout = d;
    }
    pub fn timeout(&self) -> Duration {
        self.timeout
    }
    /// The protocol version the client's CONNECT announced (3.1.1 before
    /// the CONNECT): packets are sent and read in it.
    pub fn version(&self) -> ProtocolVersion {
        self.version.unwrap_or(ProtocolVersion::V311)
    }

    // ------------------------------------------------------------ sending

    pub fn send(&mut self, packet: impl Into<Packet>) -> Result<()> {
        let packet = packet.into();
        let bytes = packet.encode_for(self.version());
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
        let res = self.stream.write_all(&bytes).and_then(|_| self.stream.flush());
        self.event(Event::Sent { what: what.clone(), bytes });
        match res {
            Ok(()) => Ok(()),
            Err(e) if is_close(&e) => {
                self.event(Event::Closed(format!("on send: {e}")));
                self.reader.set_closed(e.to_string());
                Err(self
                    .fail(ErrorKind::Closed, format!("sending {what} failed: the client closed the connection ({e})")))
            }
            Err(e) => Err(self.fail(ErrorKind::Io, format!("sending {what} failed: {e}"))),
        }
    }

    /// Stay silent for `d` (whatever the client sends meanwhile stays
    /// buffered and is seen by the next expectation).
    pub fn delay(&mut self, d: Duration) {
        self.note(format!("server waits {d:?}"));
        std::thread::sleep(d);
    }

    /// Cut the connection without any MQTT packet.
    pub fn cut(&mut self) -> Result<()> {
        self.note("server cuts the connection");
        self.cut = true;
        let _ = self.stream.shutdown();
        Ok(())
    }

    // ---------------------------------------------------------- receiving

    fn recv_until(&mut self, deadline: Instant) -> Result<Recv> {
        let log = &self.log;
        let tag = &self.tag;
        let got = self.reader.next(&mut self.stream, deadline, &mut |e| log.lock().unwrap().push_tagged(tag, e));
        match got {
            Ok(Recv::Packet(packet)) => {
                // The CONNECT says which version the rest is read in.
                if let (None, Packet::Connect(c)) = (self.version, &packet) {
                    let v = if c.protocol_level == 5 { ProtocolVersion::V5 } else { ProtocolVersion::V311 };
                    self.version = Some(v);
                    self.reader.set_version(v);
                }
                Ok(Recv::Packet(packet))
            }
            Ok(other) => Ok(other),
            Err(ReadError::Malformed(m)) => Err(self.fail(ErrorKind::Malformed, m)),
            Err(ReadError::Io(m)) => Err(self.fail(ErrorKind::Io, m)),
        }
    }

    /// The next packet, whatever it is.
    pub fn recv(&mut self) -> Result<Packet> {
        self.expect_matching("any packet", |_| true)
    }

    /// The next packet must equal `want` exactly.
    pub fn expect(&mut self, want: impl Into<Packet>) -> Result<Packet> {
        let want = want.into();
        let desc = want.summary();
        self.expect_matching(&desc, |p| *p == want)
    }

    /// The next packet must satisfy `pred`; `desc` says what was wanted.
    pub fn expect_matching(&mut self, desc: &str, pred: impl FnOnce(&Packet) -> bool) -> Result<Packet> {
        let t = self.timeout;
        self.expect_matching_within(t, desc, pred)
    }

    /// Like [`Conn::expect_matching`] with its own wait.
    pub fn expect_matching_within(
        &mut self,
        d: Duration,
        desc: &str,
        pred: impl FnOnce(&Packet) -> bool,
    ) -> Result<Packet> {
        match self.recv_until(Instant::now() + d)? {
            Recv::Packet(p) if pred(&p) => Ok(p),
            Recv::Packet(p) => Err(self.fail(ErrorKind::Unexpected, format!("expected {desc}, received {p}\n  {p:?}"))),
            Recv::Closed(how) => {
                Err(self
                    .fail(ErrorKind::Closed, format!("expected {desc}, but the client closed the connection ({how})")))
            }
            Recv::Timeout => {
                Err(self.fail(ErrorKind::Timeout, format!("expected {desc}, nothing arrived within {d:?}")))
            }
        }
    }

    /// The client must close the connection within the timeout, sending no
    /// packet first.
    pub fn expect_closed(&mut self) -> Result<()> {
        let t = self.timeout;
        self.expect_closed_within(t)
    }

    pub fn expect_closed_within(&mut self, d: Duration) -> Result<()> {
        match self.recv_until(Instant::now() + d)? {
            Recv::Closed(_) => Ok(()),
            Recv::Packet(p) => {
                Err(self
                    .fail(ErrorKind::Unexpected, format!("expected the client to close the connection, received {p}")))
            }
            Recv::Timeout => Err(self.fail(
                ErrorKind::Timeout,
                format!("expected the client to close the connection, still open after {d:?}"),
            )),
        }
    }

    // ------------------------------------------------------------ helpers

    /// The next packet must be a CONNECT; returns it.
    pub fn expect_connect(&mut self) -> Result<Connect> {
        match self.expect_matching("CONNECT", |p| matches!(p, Packet::Connect(_)))? {
            Packet::Connect(c) => Ok(c),
            _ => unreachable!(),
        }
    }

    /// CONNACK 0x00 with `session_present`.
    pub fn connack(&mut self, session_present: bool) -> Result<()> {
        self.send(ConnAck::accepted(session_present))
    }

    /// Expect CONNECT, answer CONNACK 0x00 (session present when the client
    /// asked for a persistent session and `session_present`).
    pub fn handshake(&mut self, session_present: bool) -> Result<Connect> {
        let c = self.expect_connect()?;
        self.connack(session_present && !c.clean_session)?;
        Ok(c)
    }

    /// The next packet must be a PUBLISH; it is not acknowledged.
    pub fn expect_publish(&mut self) -> Result<Publish> {
        match self.expect_matching("PUBLISH", |p| matches!(p, Packet::Publish(_)))? {
            Packet::Publish(p) => Ok(p),
            _ => unreachable!(),
        }
    }

    /// Expect a PUBLISH and complete the receiver side of its QoS flow.
    pub fn receive_publish(&mut self) -> Result<Publish> {
        let p = self.expect_publish()?;
        match p.qos {
            crate::codec::QoS::AtMostOnce => {}
            crate::codec::QoS::AtLeastOnce => self.send(PubAck::new(p.packet_id))?,
            crate::codec::QoS::ExactlyOnce => {
                self.send(PubRec::new(p.packet_id))?;
                self.expect(PubRel::new(p.packet_id))?;
                self.send(PubComp::new(p.packet_id))?;
            }
        }
        Ok(p)
    }

    /// Add a free-form line to the transcript.
    pub fn note(&mut self, text: impl Into<String>) {
        self.event(Event::Note(text.into()));
    }

    /// A failure carrying the transcript, for checks the test makes itself.
    pub fn fail_with(&self, message: impl Into<String>) -> ScriptError {
        self.fail(ErrorKind::Unexpected, message.into())
    }

    fn fail(&self, kind: ErrorKind, message: String) -> ScriptError {
        ScriptError { kind, message, transcript: render(&self.log), broker_log: None }
    }

    fn event(&mut self, e: Event) {
        self.log.lock().unwrap().push_tagged(&self.tag, e);
    }
}

impl Drop for Conn {
    fn drop(&mut self) {
        if !self.cut && self.reader.closed().is_none() {
            let _ = self.stream.shutdown();
        }
    }
}

/// The scripted server reads through whatever the acceptor handed it.
impl Source for Box<dyn Transport> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        Read::read(&mut **self, buf)
    }
    fn set_read_timeout(&mut self, d: Option<Duration>) -> std::io::Result<()> {
        Transport::set_read_timeout(&mut **self, d)
    }
}
