//! mqtt-v5.0 section 4.12: Enhanced authentication.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-4.12.0-1 (MUST, MAY, Server)
///
/// > If the Server does not support the Authentication Method supplied by the Client, it MAY send
/// > a CONNACK with a Reason Code of 0x8C (Bad authentication method) or 0x87 (Not Authorized) as
/// > described in section 4.13 and MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12 (Enhanced authentication)
#[specgen::covers("MQTT-4.12.0-1", fp = "8d952f35")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_12_0_1_may_send_connack_reason_code_0x8c() {
    todo!()
}

/// MQTT-4.12.0-2 (MUST, Unknown)
///
/// > If the Server requires additional information to complete the authentication, it can send an
/// > AUTH packet to the Client. This packet MUST contain a Reason Code of 0x18 (Continue
/// > authentication).
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12 (Enhanced authentication)
#[specgen::covers("MQTT-4.12.0-2", fp = "b2df9bd5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_12_0_2_packet_must_contain_reason_code_0x18() {
    todo!()
}

/// MQTT-4.12.0-3 (MUST, Unknown)
///
/// > The Client responds to an AUTH packet from the Server by sending a further AUTH packet. This
/// > packet MUST contain a Reason Code of 0x18 (Continue authentication).
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12 (Enhanced authentication)
#[specgen::covers("MQTT-4.12.0-3", fp = "e5ee1568")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_12_0_3_packet_must_contain_reason_code_0x18() {
    todo!()
}

/// MQTT-4.12.0-4 (MUST, MAY, Server)
///
/// > The Client can close the connection at any point in this process. It MAY send a DISCONNECT
/// > packet before doing so. The Server can reject the authentication at any point in this
/// > process. It MAY send a CONNACK with a Reason Code of 0x80 or above as described in section
/// > 4.13, and MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12 (Enhanced authentication)
#[specgen::covers("MQTT-4.12.0-4", fp = "7b6cdaba")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_12_0_4_may_send_disconnect_packet_before_doing() {
    todo!()
}

/// MQTT-4.12.0-5 (MUST, Unknown)
///
/// > If the initial CONNECT packet included an Authentication Method property then all AUTH
/// > packets, and any successful CONNACK packet MUST include an Authentication Method Property
/// > with the same value as in the CONNECT packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12 (Enhanced authentication)
#[specgen::covers("MQTT-4.12.0-5", fp = "5f76b37a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_12_0_5_successful_connack_must_include_authentication_method() {
    todo!()
}

/// MQTT-4.12.0-6 (MUST NOT, OPTIONAL, Both)
///
/// > The implementation of enhanced authentication is OPTIONAL for both Clients and Servers. If
/// > the Client does not include an Authentication Method in the CONNECT, the Server MUST NOT
/// > send an AUTH packet, and it MUST NOT send an Authentication Method in the CONNACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12 (Enhanced authentication)
#[specgen::covers("MQTT-4.12.0-6", fp = "59cc89ee")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_12_0_6_implementation_enhanced_optional_both_clients_servers() {
    todo!()
}

/// MQTT-4.12.0-7 (MUST NOT, Client)
///
/// > If the Client does not include an Authentication Method in the CONNECT, the Client MUST NOT
/// > send an AUTH packet to the Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12 (Enhanced authentication)
#[specgen::covers("MQTT-4.12.0-7", fp = "bb2a46c8")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_12_0_7_client_must_not_send_auth_packet() {
    todo!()
}

/// MQTT-4.12.1-1 (MUST, Client)
///
/// > The Client MUST set the Authentication Method to the same value as the Authentication Method
/// > originally used to authenticate the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12.1 (Re-authentication)
#[specgen::covers("MQTT-4.12.1-1", fp = "652d36d8")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_12_1_1_client_must_set_authentication_method_value() {
    todo!()
}

/// MQTT-4.12.1-2 (MUST, SHOULD, Both)
///
/// > If the re-authentication fails, the Client or Server SHOULD send DISCONNECT with an
/// > appropriate Reason Code as described in section 4.13, and MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12.1 (Re-authentication)
#[specgen::covers("MQTT-4.12.1-2", fp = "fce75d5a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_12_1_2_client_server_should_send_disconnect_appropriate() {
    todo!()
}
