//! mqtt-sn-v2.0 section 3.18: Connection Encapsulation.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-3.18-1 (no keyword, Unknown)
///
/// > If the Allow Network Identifier Changes flag in the CONNECT for the Virtual Connection is 0,
/// > it is a protocol error to use the Connection Encapsulation.
///
/// Spec: mqtt-sn-v2.0, section 3.18 (Connection Encapsulation)
#[specgen::covers("MQTT-SN-3.18-1", fp = "a36403cf")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_18_1_allow_network_identifier_changes_flag_connect() {
    todo!()
}

/// MQTT-SN-3.18-2 (no keyword, Server)
///
/// > It is a protocol error to use the Connection Encapsulation on Packets sent by a Server.
///
/// Spec: mqtt-sn-v2.0, section 3.18 (Connection Encapsulation)
#[specgen::covers("MQTT-SN-3.18-2", fp = "abf596b8")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_18_2_protocol_error_use_connection_encapsulation_packets() {
    todo!()
}

/// MQTT-SN-3.18-3 (no keyword, Client)
///
/// > It is a protocol error to use the Connection Encapsulation on Packets other than PUBLISH,
/// > SUBSCRIBE, UNSUBSCRIBE, REGISTER, DISCONNECT, SLEEPREQ and PINGREQ sent by a Client.
///
/// Spec: mqtt-sn-v2.0, section 3.18 (Connection Encapsulation)
#[specgen::covers("MQTT-SN-3.18-3", fp = "0dccaeb5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_18_3_protocol_error_use_connection_encapsulation_packets() {
    todo!()
}

/// MQTT-SN-3.18-4 (MUST, Both)
///
/// > The encapsulated MQTT-SN packet MUST be treated by the receiver in exactly the same fashion
/// > as the same Packet unencapsulated, once the associated Virtual Connection is identified.
///
/// Spec: mqtt-sn-v2.0, section 3.18 (Connection Encapsulation)
#[specgen::covers("MQTT-SN-3.18-4", fp = "4de1445b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_18_4_encapsulated_mqtt_must_treated_receiver_exactly() {
    todo!()
}
