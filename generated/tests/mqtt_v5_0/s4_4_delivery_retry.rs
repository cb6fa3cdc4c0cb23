//! mqtt-v5.0 section 4.4: Message delivery retry.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-4.4.0-1 (MUST, MUST NOT, REQUIRED, Both)
///
/// > When a Client reconnects with Clean Start set to 0 and a session is present, both the Client
/// > and Server MUST resend any unacknowledged PUBLISH packets (where QoS > 0) and PUBREL packets
/// > using their original Packet Identifiers. This is the only circumstance where a Client or
/// > Server is REQUIRED to resend messages. Clients and Servers MUST NOT resend messages at any
/// > other time.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.4 (Message delivery retry)
#[specgen::covers("MQTT-4.4.0-1", fp = "1bbc983c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_4_0_1_both_client_must_resend_unacknowledged_publish() {
    todo!()
}

/// MQTT-4.4.0-2 (MUST NOT, Unknown)
///
/// > If PUBACK or PUBREC is received containing a Reason Code of 0x80 or greater the
/// > corresponding PUBLISH packet is treated as acknowledged, and MUST NOT be retransmitted.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.4 (Message delivery retry)
#[specgen::covers("MQTT-4.4.0-2", fp = "cfb276db")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_4_0_2_must_not_retransmitted() {
    todo!()
}
