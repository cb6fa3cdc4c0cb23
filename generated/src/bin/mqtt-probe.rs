//! `mqtt-probe HOST:PORT`: which MQTT versions a broker accepts. Sends a
//! CONNECT of each protocol level (3.1.1 = 4, 5.0 = 5) on its own connection
//! and prints the answer, one line per version:
//!
//! ```text
//! 3.1.1 accepted
//! 5.0 refused: CONNACK 0x01
//! ```
//!
//! With `MQTT_BROKER=<name>` the CONNECTs carry that broker definition's
//! credentials, so a refusal is about the version, not about a password.
//! `scripts/interop` checks each definition's `protocols` with it; it also
//! tells someone adding a broker what to write there. The answer is read as
//! raw bytes: a broker that does not speak 5.0 answers in 3.1.1's layout.

use std::io::ErrorKind;
use std::process::ExitCode;
use std::time::Instant;

use mqtt_conformance::broker::target_settings;
use mqtt_conformance::codec::{Connect, ProtocolVersion};
use mqtt_conformance::script::Client;

/// What a broker answered one CONNECT.
enum Answer {
    Accepted,
    Refused(u8),
    Closed,
    Other(Vec<u8>),
}

fn probe(addr: &str, version: ProtocolVersion) -> Result<Answer, String> {
    let mut c = Client::connect_version(addr, version).map_err(|e| e.message)?;
    if let Ok(s) = target_settings() {
        c.set_credentials(s.credentials().cloned());
    }
    let connect = Connect::for_version(version, format!("mqtt-probe-{}", std::process::id()));
    c.send(connect).map_err(|e| e.message)?; // with the credentials
                                             // The fixed header and the two bytes that carry the answer: the
                                             // acknowledge flags, then the return code (3.1.1) or Reason Code (5.0).
    let deadline = Instant::now() + c.timeout();
    let (mut got, mut buf) = (Vec::new(), [0u8; 64]);
    while got.len() < 4 {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(format!("no answer within {:?}", c.timeout()));
        }
        let _ = c.conn().set_read_timeout(Some(left));
        match c.conn().read(&mut buf) {
            Ok(0) => break,
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut | ErrorKind::Interrupted) => {}
            Err(_) => break,
        }
    }
    Ok(match got.as_slice() {
        [] => Answer::Closed,
        [0x20, _, _, 0x00, ..] => Answer::Accepted,
        [0x20, _, _, code, ..] => Answer::Refused(*code),
        other => Answer::Other(other.to_vec()),
    })
}

fn main() -> ExitCode {
    let Some(addr) = std::env::args().nth(1) else {
        eprintln!("usage: mqtt-probe HOST:PORT   (MQTT_BROKER=<name> for its credentials)");
        return ExitCode::from(2);
    };
    for (name, version) in [("3.1.1", ProtocolVersion::V311), ("5.0", ProtocolVersion::V5)] {
        match probe(&addr, version) {
            Ok(Answer::Accepted) => println!("{name} accepted"),
            Ok(Answer::Refused(code)) => println!("{name} refused: CONNACK 0x{code:02x}"),
            Ok(Answer::Closed) => println!("{name} refused: closed without CONNACK"),
            Ok(Answer::Other(bytes)) => println!("{name} unclear: answered {bytes:02x?}"),
            Err(e) => {
                eprintln!("mqtt-probe: {addr}: {name}: {e}");
                return ExitCode::from(1);
            }
        }
    }
    ExitCode::SUCCESS
}
