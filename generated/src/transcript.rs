//! The exchange log both script ends keep: the script client
//! ([`crate::script`]) and the scripted server ([`crate::server`]). Each
//! event is timestamped from the start of the exchange; sent and received
//! packets are shown decoded and in hex. A failure prints it whole.

use std::io::ErrorKind as IoKind;
use std::time::{Duration, Instant};

use crate::codec::{hex, Packet};

/// Bytes of hex shown per packet in a transcript.
const HEX_LIMIT: usize = 128;

/// One line (or two) of a transcript.
pub enum Event {
    Sent { what: String, bytes: Vec<u8> },
    Received { packet: Packet, bytes: Vec<u8> },
    Closed(String),
    Note(String),
}

/// A timestamped list of [`Event`]s.
pub struct Transcript {
    start: Instant,
    events: Vec<(Duration, String, Event)>,
}

impl Default for Transcript {
    fn default() -> Self {
        Transcript::new()
    }
}

impl Transcript {
    pub fn new() -> Transcript {
        Transcript { start: Instant::now(), events: Vec::new() }
    }

    pub fn push(&mut self, e: Event) {
        self.push_tagged("", e);
    }

    /// An event marked with `tag` (e.g. which connection it happened on).
    pub fn push_tagged(&mut self, tag: &str, e: Event) {
        self.events.push((self.start.elapsed(), tag.to_owned(), e));
    }

    /// Time since the exchange started.
    pub fn elapsed(&self) -> Duration {
        self.start.elapsed()
    }

    /// `header` followed by one entry per event, as printed in failures.
    pub fn render(&self, header: &str) -> String {
        let mut s = format!("{header}\n");
        for (t, tag, e) in &self.events {
            let ts = if tag.is_empty() {
                format!("{:>8.3}s", t.as_secs_f64())
            } else {
                format!("{:>8.3}s {tag}", t.as_secs_f64())
            };
            match e {
                Event::Sent { what, bytes } => {
                    s += &format!("  {ts} -> {what}\n             {}\n", hex_limited(bytes));
                }
                Event::Received { packet, bytes } => {
                    s += &format!("  {ts} <- {packet}\n             {}\n", hex_limited(bytes));
                }
                Event::Closed(how) => s += &format!("  {ts} xx {how}\n"),
                Event::Note(n) => s += &format!("  {ts} .. {n}\n"),
            }
        }
        if self.events.is_empty() {
            s += "  (nothing exchanged)\n";
        }
        s
    }
}

/// An I/O error that means the peer is gone.
pub fn is_close(e: &std::io::Error) -> bool {
    matches!(e.kind(), IoKind::ConnectionReset | IoKind::ConnectionAborted | IoKind::BrokenPipe | IoKind::UnexpectedEof)
}

/// An I/O error that only means "no bytes yet".
pub fn is_wait(e: &std::io::Error) -> bool {
    matches!(e.kind(), IoKind::WouldBlock | IoKind::TimedOut | IoKind::Interrupted)
}

/// Hex, cut after [`HEX_LIMIT`] bytes.
pub fn hex_limited(b: &[u8]) -> String {
    if b.len() <= HEX_LIMIT {
        hex(b)
    } else {
        format!("{} … (+{} bytes)", hex(&b[..HEX_LIMIT]), b.len() - HEX_LIMIT)
    }
}

/// The last `n` lines of a log.
pub fn tail(log: &str, n: usize) -> String {
    let lines: Vec<&str> = log.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}
