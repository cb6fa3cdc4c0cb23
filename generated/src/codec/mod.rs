//! MQTT 3.1.1 packet codec: typed packets, an incremental decoder and an
//! encoder that records where each field sits (so [`crate::malformed`] can
//! break a packet field by field).
//!
//! ```
//! use mqtt_conformance::codec::{decode, Decoded, Packet, Publish, QoS};
//!
//! let bytes = Packet::from(Publish::new("a/b", "hi").qos(QoS::AtLeastOnce, 7)).encode();
//! match decode(&bytes).unwrap() {
//!     Decoded::Packet { packet, len } => {
//!         assert_eq!(len, bytes.len());
//!         assert!(matches!(packet, Packet::Publish(p) if p.packet_id == 7));
//!     }
//!     Decoded::Incomplete { .. } => unreachable!(),
//! }
//! ```
//!
//! MQTT 5.0 is not implemented, but the shape leaves room for it: the
//! decoder and encoder take a [`ProtocolVersion`], CONNECT keeps the raw
//! protocol name and level, and the packets that carry properties in 5.0
//! have an (always empty) [`Properties`] slot.
//!
//! One file per job, all re-exported here: `types` (the packet structs and
//! [`Packet`]), `encode` (packets to bytes, with field positions) and
//! `decode` (bytes to packets, [`Decoder`] for a stream).

mod decode;
mod decode_v5;
mod encode;
mod encode_v5;
mod properties;
mod reason;
mod types;

pub use decode::*;
pub use encode::*;
pub use encode_v5::{encode_property, encode_var_int, MAX_VAR_INT};
pub use properties::*;
pub use reason::*;
pub use types::*;

/// Lower-case hex with a space between bytes, the format used in transcripts
/// and snapshots.
pub fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 3);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&format!("{b:02x}"));
    }
    s
}
