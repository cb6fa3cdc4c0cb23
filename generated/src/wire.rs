//! Reading MQTT packets off a connection, for both ends of the suite: the
//! script client ([`crate::script`]) and the scripted server
//! ([`crate::server`]). One loop: hand out what the decoder has buffered,
//! else read until the deadline. An end of the stream (EOF, reset) is
//! reported only after every packet that came before it, and once seen it
//! stays: later reads return it at once.

use std::io;
use std::time::{Duration, Instant};

use crate::codec::{Decoder, Packet, ProtocolVersion};
use crate::transcript::{hex_limited, is_close, is_wait, Event};

/// A byte stream packets are read from.
pub trait Source {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize>;
    /// Bound the next read.
    fn set_read_timeout(&mut self, d: Option<Duration>) -> io::Result<()>;
}

/// What one read gave.
pub enum Recv {
    Packet(Packet),
    /// The peer closed the connection; how (EOF, reset, ...).
    Closed(String),
    Timeout,
}

/// Why a read failed (the connection is of no further use).
pub enum ReadError {
    /// The peer sent bytes that are not a packet of the decoder's version.
    Malformed(String),
    Io(String),
}

/// The decoding half of a connection. `peer` names the other end in
/// transcripts and errors ("server", "client").
pub struct PacketReader {
    decoder: Decoder,
    closed: Option<String>,
    peer: &'static str,
}

impl PacketReader {
    pub fn new(version: ProtocolVersion, peer: &'static str) -> PacketReader {
        PacketReader { decoder: Decoder::new(version), closed: None, peer }
    }

    /// Decode the bytes still buffered, and all that follow, as `version`
    /// (a server learns it from the CONNECT).
    pub fn set_version(&mut self, version: ProtocolVersion) {
        let rest = self.decoder.buffered().to_vec();
        self.decoder = Decoder::new(version);
        self.decoder.push(&rest);
    }

    /// How the connection ended, once it has.
    pub fn closed(&self) -> Option<&str> {
        self.closed.as_deref()
    }

    /// Record an end seen elsewhere (a failed write).
    pub fn set_closed(&mut self, how: String) {
        self.closed = Some(how);
    }

    /// The next packet, the end of the connection, or the deadline. Every
    /// packet and the end are also given to `event` for the transcript.
    pub fn next(
        &mut self,
        src: &mut impl Source,
        deadline: Instant,
        event: &mut impl FnMut(Event),
    ) -> Result<Recv, ReadError> {
        let mut buf = [0u8; 4096];
        loop {
            match self.decoder.next_raw() {
                Ok(Some((packet, bytes))) => {
                    event(Event::Received { packet: packet.clone(), bytes });
                    return Ok(Recv::Packet(packet));
                }
                Ok(None) => {}
                Err(e) => {
                    let pending = hex_limited(self.decoder.buffered());
                    return Err(ReadError::Malformed(format!(
                        "the {} sent a malformed packet: {e}\n  undecoded bytes: {pending}",
                        self.peer
                    )));
                }
            }
            if let Some(how) = &self.closed {
                return Ok(Recv::Closed(how.clone()));
            }
            let now = Instant::now();
            if now >= deadline {
                return Ok(Recv::Timeout);
            }
            let _ = src.set_read_timeout(Some((deadline - now).max(Duration::from_millis(1))));
            match src.read(&mut buf) {
                Ok(0) => self.mark_closed("EOF".into(), event),
                Ok(n) => self.decoder.push(&buf[..n]),
                Err(e) if is_wait(&e) => {}
                Err(e) if is_close(&e) => self.mark_closed(e.to_string(), event),
                Err(e) => return Err(ReadError::Io(format!("read failed: {e}"))),
            }
        }
    }

    fn mark_closed(&mut self, how: String, event: &mut impl FnMut(Event)) {
        let pending = self.decoder.buffered().len();
        let how = if pending > 0 { format!("{how}, with {pending} undecoded bytes pending") } else { how };
        event(Event::Closed(format!("connection closed by the {} ({how})", self.peer)));
        self.closed = Some(how);
    }
}
