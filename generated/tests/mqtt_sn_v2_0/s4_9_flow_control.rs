//! mqtt-sn-v2.0 section 4.9: Flow Control.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-4.9-1 (MUST, Both)
///
/// > If a Client or Server receives an MQTT-SN request (from the above list) and there is already
/// > a request outstanding from the other party within the same Virtual Connection and a
/// > different Packet Identifier, then it MUST issue a DISCONNECT with Reason Code 147 (Receive
/// > Maximum Exceeded) and delete the Virtual Connection.
///
/// Spec: mqtt-sn-v2.0, section 4.9 (Flow Control)
#[specgen::covers("MQTT-SN-4.9-1", fp = "78ca4c87")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_9_1_must_issue_disconnect_reason_code() {
    todo!()
}

/// MQTT-SN-4.9-2 (MUST NOT, Both)
///
/// > A Server or Client MUST NOT send a new Packet of a type from the above list, when it has an
/// > acknowledgement outstanding for another Packet for which it has not received an
/// > acknowledgement.
///
/// Spec: mqtt-sn-v2.0, section 4.9 (Flow Control)
#[specgen::covers("MQTT-SN-4.9-2", fp = "65a7e41b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_9_2_server_client_must_not_send_new() {
    todo!()
}
