//! mqtt-sn-v2.0 section 4.12: Handling errors.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-4.12.1-1 (MUST, SHOULD, Client)
///
/// > When a Client detects a Malformed Packet or Protocol Error associated with a Virtual
/// > Connection it SHOULD send a DISCONNECT packet containing an appropriate Reason Code and MUST
/// > delete the associated Virtual Connection.
///
/// Spec: mqtt-sn-v2.0, section 4.12.1 (Malformed Packet and Protocol Errors)
#[specgen::covers("MQTT-SN-4.12.1-1", fp = "08a2e8c9")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_12_1_1_client_detects_should_send_disconnect_containing() {
    todo!()
}

/// MQTT-SN-4.12.1-2 (MUST, MAY, Server)
///
/// > When a Server detects a Malformed Packet or Protocol Error for any packet except ADVERTISE,
/// > SEARCHGW, GWINFO, PUBWOS and CONNECT, the Server MAY send a DISCONNECT packet with an
/// > appropriate Reason Code and MUST delete the associated Virtual Connection if one exists.
///
/// Spec: mqtt-sn-v2.0, section 4.12.1 (Malformed Packet and Protocol Errors)
#[specgen::covers("MQTT-SN-4.12.1-2", fp = "b8bf787a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_12_1_2_server_may_send_disconnect_packet_appropriate() {
    todo!()
}

/// MQTT-SN-4.12.2-1 (MUST, Unknown)
///
/// > If a Reason Code of 0x80 or greater is specified, then the Virtual Connection MUST be
/// > deleted whether or not the CONNACK or DISCONNECT is sent.
///
/// Spec: mqtt-sn-v2.0, section 4.12.2 (Other errors)
#[specgen::covers("MQTT-SN-4.12.2-1", fp = "a242a615")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_12_2_1_virtual_connection_must_deleted_whether_not() {
    todo!()
}
