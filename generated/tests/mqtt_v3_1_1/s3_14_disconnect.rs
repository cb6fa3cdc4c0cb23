//! mqtt-v3.1.1 section 3.14: Fixed header.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.14.1-1 (MUST, Server)
///
/// > The Server MUST validate that reserved bits are set to zero and disconnect the Client if
/// > they are not zero.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.14.1 (Fixed header)
#[specgen::covers("MQTT-3.14.1-1", fp = "6da7ae56")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_14_1_1_server_must_validate_reserved_bits_set() {
    todo!()
}

/// MQTT-3.14.4-1 (MUST, Client)
///
/// > After sending a DISCONNECT Packet the Client MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.14.4 (Response)
#[specgen::covers("MQTT-3.14.4-1", fp = "d82fdc16")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_14_4_1_after_sending_must_close_network_connection() {
    todo!()
}

/// MQTT-3.14.4-2 (MUST NOT, Client)
///
/// > After sending a DISCONNECT Packet the Client MUST NOT send any more Control Packets on that
/// > Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.14.4 (Response)
#[specgen::covers("MQTT-3.14.4-2", fp = "8c98b641")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_14_4_2_after_sending_must_not_send_more() {
    todo!()
}

/// MQTT-3.14.4-3 (MUST, Server)
///
/// > On receipt of DISCONNECT the Server: MUST discard any Will Message associated with the
/// > current connection without publishing it, as described in Section 3.1.2.5.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.14.4 (Response)
#[specgen::covers("MQTT-3.14.4-3", fp = "60ec7832")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_14_4_3_must_discard_message_associated_current_connection() {
    todo!()
}
