//! mqtt-sn-v2.0 section 4.2: Networks and Virtual Connections.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-4.2-1 (MUST, Unknown)
///
/// > If the Underlying Network might deliver a Packet more than once, for connection-oriented
/// > communications (CONNECT, DISCONNECT and other packets in between) the PROTECTION
/// > ENCAPSULATION Monotonic Counter MUST be used to eliminate duplicates.
///
/// Spec: mqtt-sn-v2.0, section 4.2 (Networks and Virtual Connections)
#[specgen::covers("MQTT-SN-4.2-1", fp = "e44f473d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_2_1_protection_encapsulation_must_used_eliminate_duplicates() {
    todo!()
}

/// MQTT-SN-4.2.1-1 (MUST, Unknown)
///
/// > All incoming Packets except CONNECT, PUBWOS and Gateway search (ADVERTISE, SEARCHGW and
/// > GWINFO) MUST be associated with an existing Virtual Connection.
///
/// Spec: mqtt-sn-v2.0, section 4.2.1 (Virtual Connections)
#[specgen::covers("MQTT-SN-4.2.1-1", fp = "74aa4727")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_2_1_1_must_associated_existing_virtual_connection() {
    todo!()
}
