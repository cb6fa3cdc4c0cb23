//! MQTT over WebSocket (spec chapter 6) for the scripted server: the HTTP
//! upgrade (tungstenite), then MQTT bytes in binary frames. The acceptor
//! records the sub-protocols each client offered and answers with `mqtt`
//! when offered; a non-binary data frame is reported as an I/O error.

use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tungstenite::handshake::server::{Request, Response};
use tungstenite::protocol::WebSocket;
use tungstenite::Message;

use super::transport::{Acceptor, Transport};

/// What one WebSocket handshake asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Upgrade {
    pub path: String,
    /// `Sec-WebSocket-Protocol` values, in order.
    pub protocols: Vec<String>,
}

/// Accepts MQTT over WebSocket; see the module docs.
#[derive(Clone, Default)]
pub struct WebSocketAcceptor {
    upgrades: Arc<Mutex<Vec<Upgrade>>>,
}

impl WebSocketAcceptor {
    pub fn new() -> WebSocketAcceptor {
        WebSocketAcceptor::default()
    }
    /// Every handshake so far, in order.
    pub fn upgrades(&self) -> Vec<Upgrade> {
        self.upgrades.lock().unwrap().clone()
    }
}

impl Acceptor for WebSocketAcceptor {
    fn name(&self) -> &'static str {
        "ws"
    }

    fn accept(&self, tcp: TcpStream, timeout: Duration) -> io::Result<Box<dyn Transport>> {
        tcp.set_nodelay(true)?;
        tcp.set_read_timeout(Some(timeout))?;
        let upgrades = self.upgrades.clone();
        // The callback never refuses (a missing "mqtt" is for the test to judge).
        #[allow(clippy::result_large_err)]
        let callback = move |req: &Request, mut resp: Response| {
            let protocols: Vec<String> = req
                .headers()
                .get_all("Sec-WebSocket-Protocol")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(',').map(|p| p.trim().to_owned()))
                .collect();
            if protocols.iter().any(|p| p == "mqtt") {
                resp.headers_mut().insert("Sec-WebSocket-Protocol", "mqtt".parse().expect("valid header"));
            }
            upgrades.lock().unwrap().push(Upgrade { path: req.uri().path().to_owned(), protocols });
            Ok(resp)
        };
        let ws = tungstenite::accept_hdr(tcp, callback)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("WebSocket handshake: {e}")))?;
        Ok(Box::new(WsStream { ws, pending: Vec::new() }))
    }
}

/// MQTT bytes over binary frames.
struct WsStream {
    ws: WebSocket<TcpStream>,
    /// Bytes of a frame not yet read.
    pending: Vec<u8>,
}

fn io_err(e: tungstenite::Error) -> io::Error {
    match e {
        tungstenite::Error::Io(e) => e,
        tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed => {
            io::Error::new(io::ErrorKind::UnexpectedEof, "WebSocket closed")
        }
        e => io::Error::new(io::ErrorKind::InvalidData, e.to_string()),
    }
}

impl Read for WsStream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.pending.is_empty() {
            match self.ws.read() {
                Ok(Message::Binary(b)) => self.pending = b.to_vec(),
                Ok(Message::Close(_)) => return Ok(0),
                Ok(Message::Ping(_) | Message::Pong(_) | Message::Frame(_)) => {}
                Ok(Message::Text(t)) => {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!("a WebSocket text frame ({} bytes) where MQTT needs binary frames", t.len()),
                    ))
                }
                Err(tungstenite::Error::ConnectionClosed) => return Ok(0),
                Err(e) => return Err(io_err(e)),
            }
        }
        let n = buf.len().min(self.pending.len());
        buf[..n].copy_from_slice(&self.pending[..n]);
        self.pending.drain(..n);
        Ok(n)
    }
}

impl Write for WsStream {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.ws.send(Message::Binary(buf.to_vec().into())).map_err(io_err)?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        self.ws.flush().map_err(io_err)
    }
}

impl Transport for WsStream {
    fn set_read_timeout(&mut self, d: Option<Duration>) -> io::Result<()> {
        self.ws.get_ref().set_read_timeout(d)
    }
    fn set_write_timeout(&mut self, d: Option<Duration>) -> io::Result<()> {
        self.ws.get_ref().set_write_timeout(d)
    }
    fn shutdown(&mut self) -> io::Result<()> {
        self.ws.get_ref().shutdown(std::net::Shutdown::Both)
    }
}
