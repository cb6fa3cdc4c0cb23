//! mqtt-v5.0 section 3.15: AUTH – Authentication exchange.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.15.1-1 (MUST, Both)
///
/// > Bits 3,2,1 and 0 of the Fixed Header of the AUTH packet are reserved and MUST all be set to
/// > 0. The Client or Server MUST treat any other value as malformed and close the Network
/// > Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.15.1 (AUTH Fixed Header)
#[specgen::covers("MQTT-3.15.1-1", fp = "8ab58c4f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_15_1_1_fixed_header_must_all_set() {
    todo!()
}

/// MQTT-3.15.2-1 (MUST, Both)
///
/// > The sender of the AUTH Packet MUST use one of the Authenticate Reason Codes.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.15.2.1 (Authenticate Reason Code)
#[specgen::covers("MQTT-3.15.2-1", fp = "ae239700")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_15_2_1_sender_auth_must_use_one_authenticate() {
    todo!()
}

/// MQTT-3.15.2-2 (MUST NOT, Both)
///
/// > The sender MUST NOT send this property if it would increase the size of the AUTH packet
/// > beyond the Maximum Packet Size specified by the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.15.2.2.4 (Reason String)
#[specgen::covers("MQTT-3.15.2-2", fp = "5c2209ed")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_15_2_2_sender_must_not_send_property_would() {
    todo!()
}

/// MQTT-3.15.2-3 (MUST NOT, Both)
///
/// > The sender MUST NOT send this property if it would increase the size of the AUTH packet
/// > beyond the Maximum Packet Size specified by the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.15.2.2.5 (User Property)
#[specgen::covers("MQTT-3.15.2-3", fp = "5c2209ed")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_15_2_3_sender_must_not_send_property_would() {
    todo!()
}
