//! mqtt-v5.0 section 3.6: PUBREL – Publish release (QoS 2 delivery part 2).
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_connack::*;

/// MQTT-3.6.1-1 (MUST, Server)
///
/// > Bits 3,2,1 and 0 of the Fixed Header in the PUBREL packet are reserved and MUST be set to
/// > 0,0,1 and 0 respectively. The Server MUST treat any other value as malformed and close the
/// > Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.6.1 (PUBREL Fixed Header)
#[specgen::covers("MQTT-3.6.1-1", fp = "73438cd9")]
#[test]
fn mqtt_3_6_1_1_fixed_header_must_set() -> R {
    run(|b| {
        for flags in [0b0000, 0b0011, 0b1010] {
            let mut c = connected_v5(b, "pubrel")?;
            c.send(Publish::new(unique_topic("pubrel"), "x").qos(QoS::ExactlyOnce, 5))?;
            c.expect_flow_ack(PacketType::PubRec, 5).vehicle("a QoS 2 PUBLISH answered with PUBREC")?;
            c.send_malformed(Malformed::v5(PubRel::new(5)).flags(flags))?;
            expect_error_close(&mut c, &[ReasonCode::MalformedPacket])
                .because(&format!("PUBREL with flags 0b{flags:04b} not treated as malformed"))?;
        }
        Ok(())
    })
}

/// MQTT-3.6.2-1 (MUST, Both)
///
/// > The Client or Server sending the PUBREL packet MUST use one of the PUBREL Reason Code
/// > values.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.6.2.1 (PUBREL Reason Code)
#[specgen::covers("MQTT-3.6.2-1", fp = "03b7e4e8")]
#[test]
fn mqtt_3_6_2_1_client_server_must_use_one_reason() -> R {
    // Server side: the PUBRELs it sends, for a QoS 2 delivery and for a
    // PUBREC of an unknown id. (A client's are the client suite's.)
    ack_reason_codes_valid(PacketType::PubRel)
}

/// MQTT-3.6.2-2 (MUST NOT, Both)
///
/// > The sender MUST NOT send this Property if it would increase the size of the PUBREL packet
/// > beyond the Maximum Packet Size specified by the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.6.2.2.2 (Reason String)
#[specgen::covers("MQTT-3.6.2-2", fp = "29b3282c")]
#[test]
fn mqtt_3_6_2_2_sender_must_not_send_property_would() -> R {
    ack_property_within_max(PacketType::PubRel, PropertyId::ReasonString)
}

/// MQTT-3.6.2-3 (MUST NOT, Both)
///
/// > The sender MUST NOT send this property if it would increase the size of the PUBREL packet
/// > beyond the Maximum Packet Size specified by the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.6.2.2.3 (User Property)
#[specgen::covers("MQTT-3.6.2-3", fp = "c72aaa05")]
#[test]
fn mqtt_3_6_2_3_sender_must_not_send_property_would() -> R {
    ack_property_within_max(PacketType::PubRel, PropertyId::UserProperty)
}
