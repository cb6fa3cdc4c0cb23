//! The byte pipe under an MQTT exchange: plain TCP, TLS (rustls) or
//! WebSocket (tungstenite, binary frames, sub-protocol `mqtt`). The script
//! client and the fixtures see one [`Conn`] whatever the transport, so the
//! whole suite runs over each (`MQTT_TRANSPORT=tcp|tls|ws`).
//!
//! mosquitto 2.0 serves its WebSocket listeners from its main loop, which
//! sleeps up to 100 ms when none of its own (plain TCP) sockets has work: a
//! WebSocket handshake there takes 100-200 ms, three times the whole
//! exchange of most tests. A [`Transport::Ws`] with a `wake` address (the
//! broker's plain listener) therefore sends one byte of a never-finished
//! CONNECT on a side connection every [`crate::wait::NUDGE`] while the
//! handshake waits, so the loop turns at once; the broker logs that side
//! connection's open and close, nothing else changes.
//!
//! Certificates for TLS are made at test time ([`TestPki`]): a private CA
//! and a server certificate for `localhost` / 127.0.0.1; nothing is kept
//! on disk after the broker's temp dir goes.

use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tungstenite::protocol::Message;

/// A WebSocket frame, for tests that send frames by hand.
pub use tungstenite::protocol::Message as WsFrame;

/// How a client reaches a listener.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Transport {
    #[default]
    Tcp,
    /// TLS, trusting only this CA (DER).
    Tls { ca_der: Vec<u8> },
    /// WebSocket, offering the `mqtt` sub-protocol; `wake`: the same
    /// broker's plain listener, nudged while the handshake waits (see the
    /// module docs).
    Ws { wake: Option<SocketAddr> },
}

/// The transport kinds, as `MQTT_TRANSPORT` names them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Kind {
    #[default]
    Tcp,
    Tls,
    Ws,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Tcp => "tcp",
            Kind::Tls => "tls",
            Kind::Ws => "ws",
        }
    }

    /// `MQTT_TRANSPORT` (`tcp` when unset); an unknown value is an error, not TCP.
    pub fn from_env() -> Result<Kind, String> {
        Kind::parse(std::env::var("MQTT_TRANSPORT").ok().as_deref())
    }

    /// A `MQTT_TRANSPORT` value; unset or empty is TCP.
    pub fn parse(value: Option<&str>) -> Result<Kind, String> {
        match value.map(str::trim) {
            None | Some("") | Some("tcp") => Ok(Kind::Tcp),
            Some("tls") => Ok(Kind::Tls),
            Some("ws") => Ok(Kind::Ws),
            Some(other) => Err(format!("MQTT_TRANSPORT={other:?}: expected tcp, tls or ws")),
        }
    }
}

impl Transport {
    pub fn kind(&self) -> Kind {
        match self {
            Transport::Tcp => Kind::Tcp,
            Transport::Tls { .. } => Kind::Tls,
            Transport::Ws { .. } => Kind::Ws,
        }
    }
}

/// An open connection over some transport.
pub struct Conn {
    inner: Inner,
    /// WebSocket: the sub-protocol the server selected.
    ws_protocol: Option<String>,
    /// WebSocket with a `wake` address: the side connection, nudged while
    /// a read waits (see the module docs).
    nudge: Option<Nudge>,
    /// The read timeout the caller set (the socket's is shorter while nudging).
    read_timeout: std::cell::Cell<Option<Duration>>,
}

enum Inner {
    Tcp(TcpStream),
    Tls(Box<rustls::StreamOwned<rustls::ClientConnection, TcpStream>>),
    /// Bytes of binary frames read but not yet handed out.
    Ws(Box<tungstenite::WebSocket<TcpStream>>, Vec<u8>),
}

impl Conn {
    /// Wrap a connected socket in `transport` (TLS and WebSocket handshakes
    /// happen here, within the socket's current timeouts).
    pub fn open(stream: TcpStream, transport: &Transport) -> io::Result<Conn> {
        match transport {
            Transport::Tcp => Ok(Conn::plain(Inner::Tcp(stream))),
            Transport::Tls { ca_der } => {
                let mut roots = rustls::RootCertStore::empty();
                roots
                    .add(rustls::pki_types::CertificateDer::from(ca_der.clone()))
                    .map_err(|e| io::Error::other(format!("test CA: {e}")))?;
                let provider = Arc::new(rustls::crypto::ring::default_provider());
                let config = rustls::ClientConfig::builder_with_provider(provider)
                    .with_safe_default_protocol_versions()
                    .map_err(|e| io::Error::other(e.to_string()))?
                    .with_root_certificates(roots)
                    .with_no_client_auth();
                let name = rustls::pki_types::ServerName::try_from("localhost").expect("a valid DNS name");
                let conn = rustls::ClientConnection::new(Arc::new(config), name)
                    .map_err(|e| io::Error::other(format!("TLS: {e}")))?;
                let mut tls = rustls::StreamOwned::new(conn, stream);
                // Complete the handshake now, so a TLS failure is a connect failure.
                while tls.conn.is_handshaking() {
                    tls.conn.complete_io(&mut tls.sock)?;
                }
                Ok(Conn::plain(Inner::Tls(Box::new(tls))))
            }
            Transport::Ws { wake } => {
                let peer = stream.peer_addr()?;
                let request = tungstenite::handshake::client::Request::builder()
                    .uri(format!("ws://{peer}/mqtt"))
                    .header("Host", peer.to_string())
                    .header("Connection", "Upgrade")
                    .header("Upgrade", "websocket")
                    .header("Sec-WebSocket-Version", "13")
                    .header("Sec-WebSocket-Key", tungstenite::handshake::client::generate_key())
                    .header("Sec-WebSocket-Protocol", "mqtt")
                    .body(())
                    .map_err(|e| io::Error::other(e.to_string()))?;
                let bound = stream.read_timeout()?;
                let (ws, response, nudge) = ws_handshake(request, stream, *wake)?;
                let ws_protocol =
                    response.headers().get("Sec-WebSocket-Protocol").and_then(|v| v.to_str().ok()).map(str::to_string);
                let conn = Conn {
                    inner: Inner::Ws(Box::new(ws), Vec::new()),
                    ws_protocol,
                    nudge,
                    read_timeout: std::cell::Cell::new(bound),
                };
                conn.set_read_timeout(bound)?;
                Ok(conn)
            }
        }
    }

    fn plain(inner: Inner) -> Conn {
        Conn { inner, ws_protocol: None, nudge: None, read_timeout: std::cell::Cell::new(None) }
    }

    fn nudging(&self) -> bool {
        self.nudge.as_ref().is_some_and(Nudge::alive)
    }

    /// The socket under the transport.
    pub fn socket(&self) -> &TcpStream {
        match &self.inner {
            Inner::Tcp(s) => s,
            Inner::Tls(t) => &t.sock,
            Inner::Ws(w, _) => w.get_ref(),
        }
    }

    pub fn kind(&self) -> Kind {
        match self.inner {
            Inner::Tcp(_) => Kind::Tcp,
            Inner::Tls(_) => Kind::Tls,
            Inner::Ws(..) => Kind::Ws,
        }
    }

    /// WebSocket: the sub-protocol the server selected in its handshake answer.
    pub fn ws_protocol(&self) -> Option<&str> {
        self.ws_protocol.as_deref()
    }

    pub fn set_read_timeout(&self, d: Option<Duration>) -> io::Result<()> {
        self.read_timeout.set(d);
        if self.nudging() {
            let step = crate::wait::NUDGE;
            return self.socket().set_read_timeout(Some(d.map_or(step, |d| d.min(step))));
        }
        self.socket().set_read_timeout(d)
    }

    pub fn set_write_timeout(&self, d: Option<Duration>) -> io::Result<()> {
        self.socket().set_write_timeout(d)
    }

    /// Read stream bytes; `Ok(0)` is the end of the connection (a WebSocket
    /// Close frame counts as the end). Timeouts surface as `WouldBlock` /
    /// `TimedOut`; a partly read frame or TLS record is kept and finished on
    /// the next call.
    pub fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match &mut self.inner {
            Inner::Tcp(s) => s.read(buf),
            Inner::Tls(t) => match t.read(buf) {
                // A peer that closes without close_notify: the end, as for TCP.
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(0),
                other => other,
            },
            Inner::Ws(ws, pending) => {
                let deadline = self.read_timeout.get().map(|d| Instant::now() + d);
                loop {
                    if !pending.is_empty() {
                        let n = buf.len().min(pending.len());
                        buf[..n].copy_from_slice(&pending[..n]);
                        pending.drain(..n);
                        return Ok(n);
                    }
                    match ws.read() {
                        Ok(Message::Binary(b)) => pending.extend_from_slice(&b),
                        Ok(Message::Close(_)) => return Ok(0),
                        // MQTT is binary only; a text frame from a server is noted as bytes anyway.
                        Ok(Message::Text(t)) => pending.extend_from_slice(t.as_bytes()),
                        Ok(_) => {} // ping/pong: tungstenite answers pings itself
                        // Nudging: a short wait ended; poke and wait on, up to the caller's timeout.
                        Err(tungstenite::Error::Io(e))
                            if crate::transcript::is_wait(&e) && self.nudge.as_ref().is_some_and(Nudge::alive) =>
                        {
                            let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
                            if left == Some(Duration::ZERO) {
                                return Err(e);
                            }
                            let n = self.nudge.as_mut().expect("checked above");
                            n.poke();
                            let step = if n.alive() { crate::wait::NUDGE } else { Duration::MAX };
                            ws.get_ref().set_read_timeout(Some(left.map_or(step, |l| l.min(step))))?;
                        }
                        Err(tungstenite::Error::Io(e)) => return Err(e),
                        Err(tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed) => return Ok(0),
                        Err(e) => return Err(io::Error::new(io::ErrorKind::ConnectionReset, e.to_string())),
                    }
                }
            }
        }
    }

    /// Write bytes and flush; over WebSocket, as one binary frame.
    pub fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        match &mut self.inner {
            Inner::Tcp(s) => s.write_all(bytes).and_then(|_| s.flush()),
            Inner::Tls(t) => t.write_all(bytes).and_then(|_| t.flush()),
            Inner::Ws(..) => self.send_frame(Message::Binary(bytes.to_vec().into())),
        }
    }

    /// WebSocket only: send one frame as given (a text frame, or a packet
    /// split across frames), for the transport's own statements.
    pub fn send_frame(&mut self, frame: Message) -> io::Result<()> {
        match &mut self.inner {
            Inner::Ws(ws, _) => ws.send(frame).map_err(|e| match e {
                tungstenite::Error::Io(e) => e,
                other => io::Error::new(io::ErrorKind::BrokenPipe, other.to_string()),
            }),
            _ => Err(io::Error::other("not a WebSocket connection")),
        }
    }

    /// Half close: FIN on TCP; close_notify then FIN on TLS; a Close frame on WebSocket.
    pub fn shutdown_write(&mut self) -> io::Result<()> {
        match &mut self.inner {
            Inner::Tcp(s) => s.shutdown(Shutdown::Write),
            Inner::Tls(t) => {
                t.conn.send_close_notify();
                t.flush()?;
                t.sock.shutdown(Shutdown::Write)
            }
            Inner::Ws(ws, _) => ws.close(None).or_else(|e| match e {
                tungstenite::Error::Io(e) => Err(e),
                _ => Ok(()),
            }),
        }
    }
}

type WsHandshake = (tungstenite::WebSocket<TcpStream>, tungstenite::handshake::client::Response, Option<Nudge>);

/// The client handshake within the socket's read timeout (the caller's
/// bound). With `wake`, reads wait [`crate::wait::NUDGE`] at a time and the
/// broker's main loop is nudged between them.
fn ws_handshake(
    request: tungstenite::handshake::client::Request,
    stream: TcpStream,
    wake: Option<SocketAddr>,
) -> io::Result<WsHandshake> {
    use tungstenite::HandshakeError;
    let bound = stream.read_timeout()?;
    let deadline = Instant::now() + bound.unwrap_or_else(crate::wait::reply);
    // No side connection (nothing listening, say): the handshake just waits.
    let mut nudge = wake.and_then(|a| Nudge::open(a, bound.unwrap_or_else(crate::wait::reply)).ok());
    if nudge.is_some() {
        stream.set_read_timeout(Some(crate::wait::NUDGE))?;
    }
    let mut attempt = tungstenite::client(request, stream);
    loop {
        match attempt {
            Ok((ws, response)) => {
                ws.get_ref().set_read_timeout(bound)?;
                return Ok((ws, response, nudge.filter(Nudge::alive)));
            }
            Err(HandshakeError::Interrupted(mid)) => {
                if Instant::now() >= deadline {
                    return Err(io::Error::new(io::ErrorKind::TimedOut, "WebSocket: no handshake answer in time"));
                }
                if let Some(n) = &mut nudge {
                    n.poke();
                }
                attempt = mid.handshake();
            }
            Err(HandshakeError::Failure(e)) => return Err(io::Error::other(format!("WebSocket: {e}"))),
        }
    }
}

/// A side connection to a broker's plain listener that wakes its main loop
/// with each byte: a CONNECT header announcing more body than will ever
/// come, then one body byte per poke. Closed with the WebSocket connection.
/// A broker that refuses it (a `max_packet_size` below the announced
/// length, say) is simply not nudged: slower, not different.
struct Nudge {
    stream: TcpStream,
    left: usize,
}

impl Nudge {
    /// CONNECT, Remaining Length 2097151 (the largest 3-byte length): room
    /// for as many pokes, over half an hour of waiting.
    const HEADER: [u8; 4] = [0x10, 0xff, 0xff, 0x7f];

    fn open(addr: SocketAddr, bound: Duration) -> io::Result<Nudge> {
        let mut stream = TcpStream::connect_timeout(&addr, bound)?;
        stream.set_nodelay(true)?;
        stream.set_write_timeout(Some(bound))?;
        stream.write_all(&Nudge::HEADER)?;
        Ok(Nudge { stream, left: 0x1f_ffff })
    }

    fn alive(&self) -> bool {
        self.left > 0
    }

    /// One byte; a broker that has closed the side connection is not nudged.
    fn poke(&mut self) {
        if self.left > 0 && self.stream.write_all(&[0]).is_ok() {
            self.left -= 1;
        } else {
            self.left = 0;
        }
    }
}

/// A throw-away PKI for a TLS listener: a CA and a server certificate for
/// `localhost` and 127.0.0.1, written as PEM files into a folder.
pub struct TestPki {
    pub ca_der: Vec<u8>,
    pub ca_pem: PathBuf,
    pub cert_pem: PathBuf,
    pub key_pem: PathBuf,
}

impl TestPki {
    pub fn generate(dir: &Path) -> io::Result<TestPki> {
        use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, SanType};
        let err = |e: rcgen::Error| io::Error::other(format!("certificate generation: {e}"));
        let ca_key = KeyPair::generate().map_err(err)?;
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(err)?;
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params.distinguished_name.push(DnType::CommonName, "mqtt-conformance test CA");
        let ca_cert = ca_params.self_signed(&ca_key).map_err(err)?;
        let issuer = Issuer::new(ca_params, ca_key);

        let key = KeyPair::generate().map_err(err)?;
        let mut params = CertificateParams::new(vec!["localhost".to_string()]).map_err(err)?;
        params.subject_alt_names.push(SanType::IpAddress(std::net::Ipv4Addr::LOCALHOST.into()));
        params.distinguished_name.push(DnType::CommonName, "localhost");
        let cert = params.signed_by(&key, &issuer).map_err(err)?;

        let pki = TestPki {
            ca_der: ca_cert.der().to_vec(),
            ca_pem: dir.join("ca.pem"),
            cert_pem: dir.join("server.pem"),
            key_pem: dir.join("server.key"),
        };
        std::fs::write(&pki.ca_pem, ca_cert.pem())?;
        std::fs::write(&pki.cert_pem, cert.pem())?;
        std::fs::write(&pki.key_pem, key.serialize_pem())?;
        Ok(pki)
    }
}
