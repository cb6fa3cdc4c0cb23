//! What an accepted connection is carried over. The scripted server speaks
//! MQTT over any [`Transport`]; an [`Acceptor`] turns a freshly accepted TCP
//! socket into one. Plain TCP is [`Plain`]; TLS or WebSocket acceptors wrap
//! the socket (handshake included) and hand back their own stream.

use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::time::Duration;

/// A byte stream the scripted server reads MQTT from and writes MQTT to.
pub trait Transport: Read + Write + Send {
    /// Bound the next reads (`None`: block).
    fn set_read_timeout(&mut self, d: Option<Duration>) -> io::Result<()>;
    /// Bound the next writes.
    fn set_write_timeout(&mut self, d: Option<Duration>) -> io::Result<()>;
    /// Cut the connection in both directions, without any MQTT packet.
    fn shutdown(&mut self) -> io::Result<()>;
}

impl Transport for TcpStream {
    fn set_read_timeout(&mut self, d: Option<Duration>) -> io::Result<()> {
        TcpStream::set_read_timeout(self, d)
    }
    fn set_write_timeout(&mut self, d: Option<Duration>) -> io::Result<()> {
        TcpStream::set_write_timeout(self, d)
    }
    fn shutdown(&mut self) -> io::Result<()> {
        TcpStream::shutdown(self, Shutdown::Both)
    }
}

/// Turns an accepted TCP socket into a [`Transport`] (TLS or WebSocket
/// handshake, or nothing).
pub trait Acceptor: Send {
    /// For transcripts: "tcp", "tls", "ws".
    fn name(&self) -> &'static str;
    /// The handshake; `timeout` bounds it.
    fn accept(&self, tcp: TcpStream, timeout: Duration) -> io::Result<Box<dyn Transport>>;
}

/// MQTT straight over TCP.
pub struct Plain;

impl Acceptor for Plain {
    fn name(&self) -> &'static str {
        "tcp"
    }
    fn accept(&self, tcp: TcpStream, _timeout: Duration) -> io::Result<Box<dyn Transport>> {
        tcp.set_nodelay(true)?;
        Ok(Box::new(tcp))
    }
}
