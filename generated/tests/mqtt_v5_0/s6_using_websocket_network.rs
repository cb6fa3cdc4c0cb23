//! mqtt-v5.0 section 6: Using WebSocket as a network transport.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-6.0.0-1 (MUST, Unknown)
///
/// > MQTT Control Packets MUST be sent in WebSocket binary data frames. If any other type of data
/// > frame is received the recipient MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 6 (Using WebSocket as a network transport)
#[specgen::covers("MQTT-6.0.0-1", fp = "7404cd6f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_6_0_0_1_mqtt_control_must_sent_websocket_binary() {
    todo!()
}

/// MQTT-6.0.0-2 (MUST NOT, Both)
///
/// > The receiver MUST NOT assume that MQTT Control Packets are aligned on WebSocket frame
/// > boundaries.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 6 (Using WebSocket as a network transport)
#[specgen::covers("MQTT-6.0.0-2", fp = "c6a8d20e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_6_0_0_2_receiver_must_not_assume_mqtt_control() {
    todo!()
}

/// MQTT-6.0.0-3 (MUST, Client)
///
/// > The Client MUST include “mqtt” in the list of WebSocket Sub Protocols it offers.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 6 (Using WebSocket as a network transport)
#[specgen::covers("MQTT-6.0.0-3", fp = "a3f299ce")]
#[test]
#[ignore = "skeleton"]
fn mqtt_6_0_0_3_client_must_include_mqtt_list_websocket() {
    todo!()
}

/// MQTT-6.0.0-4 (MUST, Server)
///
/// > The WebSocket Subprotocol name selected and returned by the Server MUST be “mqtt”.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 6 (Using WebSocket as a network transport)
#[specgen::covers("MQTT-6.0.0-4", fp = "a0588fff")]
#[test]
#[ignore = "skeleton"]
fn mqtt_6_0_0_4_websocket_subprotocol_must_mqtt() {
    todo!()
}
