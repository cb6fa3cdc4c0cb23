//! MQTT 3.1.1 and 5.0 packet codec: typed packets, an incremental decoder
//! and an encoder that records where each field sits (so [`crate::malformed`]
//! can break a packet field by field).
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
//! Both versions share one set of packet structs. The 5.0 parts — a
//! [`ReasonCode`], [`Properties`] (an ordered list of typed [`Property`]
//! values, duplicates and misplaced ones allowed, with typed getters),
//! [`SubOptions`] — default to "absent", and the 3.1.1 encoder ignores them.
//! The version is chosen where bytes are made or read:
//! [`Packet::encode`] / [`decode`] are 3.1.1, [`Packet::encode_v5`] /
//! [`Packet::encode_for`] and [`decode_with`] / [`Decoder::new`] take a
//! [`ProtocolVersion`]. 5.0 only: [`Packet::Auth`] and
//! [`Packet::DisconnectWith`] (DISCONNECT with a Reason Code or
//! properties; one without either is [`Packet::Disconnect`] in both
//! versions). Short forms (an ack with Success and no properties, a bare
//! DISCONNECT or AUTH) are what the 5.0 encoder writes when it can.
//!
//! ```
//! use mqtt_conformance::codec::*;
//!
//! let p = Publish::new("a/b", "hi").qos(QoS::AtLeastOnce, 7).property(Property::TopicAlias(1));
//! let bytes = Packet::from(p.clone()).encode_v5();
//! let mut d = Decoder::new(ProtocolVersion::V5);
//! d.push(&bytes);
//! let Some(Packet::Publish(got)) = d.next().unwrap() else { unreachable!() };
//! assert_eq!(got.properties.topic_alias(), Some(1));
//! assert_eq!(got, p);
//! ```
//!
//! One file per job, all re-exported here: `types` (versions, QoS, packet
//! types, the packet structs), `packet` ([`Packet`] and its summary), `properties` (Table 2-4: [`PropertyId`], [`Property`],
//! [`Properties`]), `reason` (Table 2-6: [`ReasonCode`]), `encode` (packets
//! to bytes, with field positions; 3.1.1 bodies), `encode_v5` (5.0 bodies),
//! `decode` (fixed header, 3.1.1 bodies, [`Decoder`] for a stream) and
//! `decode_v5` (5.0 bodies: property placement and repetition, Reason Codes
//! per packet, subscription options).

mod decode;
mod decode_v5;
mod encode;
mod encode_v5;
mod packet;
mod properties;
mod reason;
mod types;

pub use decode::*;
pub use encode::*;
pub use encode_v5::{encode_property, encode_var_int, MAX_VAR_INT};
pub use packet::*;
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
