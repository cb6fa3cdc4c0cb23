//! mqtt-sn-v2.0 section 3.11: PINGREQ - Ping Request.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-3.11.3-1 (MUST, Server)
///
/// > The Server MUST send a PINGRESP packet in response to a PINGREQ packet if it has a Virtual
/// > Connection for the sending Client.
///
/// Spec: mqtt-sn-v2.0, section 3.11.3 (PINGREQ Actions)
#[specgen::covers("MQTT-SN-3.11.3-1", fp = "b4dd1226")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_11_3_1_server_must_send_pingresp_packet_response() {
    todo!()
}

/// MQTT-SN-3.11.3-2 (MAY, Server)
///
/// > The Server MAY send a DISCONNECT packet in response to a PINGREQ packet if it does not have
/// > a Virtual Connection for the sending Client.
///
/// Spec: mqtt-sn-v2.0, section 3.11.3 (PINGREQ Actions)
#[specgen::covers("MQTT-SN-3.11.3-2", fp = "72f96070")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_11_3_2_server_may_send_disconnect_packet_response() {
    todo!()
}

/// MQTT-SN-3.11.3-3 (MUST, Client)
///
/// > If the Server sends a DISCONNECT packet in response to a PINGREQ packet because it does not
/// > have a Virtual Connection for the sending Client, it MUST use Reason Code 244 - No Virtual
/// > Connection Exists.
///
/// Spec: mqtt-sn-v2.0, section 3.11.3 (PINGREQ Actions)
#[specgen::covers("MQTT-SN-3.11.3-3", fp = "7f283b3c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_11_3_3_must_use_reason_code_no_virtual() {
    todo!()
}

/// MQTT-SN-3.11.3-4 (MUST, Server)
///
/// > If the state of the Client associated with the Virtual Connection is Asleep on receipt of
/// > the PINGREQ, the Server MUST move the Client to the Awake state, stop the Sleep Duration
/// > processing, and start the Retry Timer processing.
///
/// Spec: mqtt-sn-v2.0, section 3.11.3 (PINGREQ Actions)
#[specgen::covers("MQTT-SN-3.11.3-4", fp = "00118142")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_11_3_4_server_must_move_client_awake_state() {
    todo!()
}
