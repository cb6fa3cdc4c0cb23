//! mqtt-sn-v2.0 section 4.11: Authentication.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-4.11.1-1 (MUST, MAY, Server)
///
/// > If the Server does not support the Authentication Method supplied by the Client, it MAY send
/// > a CONNACK with a Reason Code of 0x8C (Bad authentication method) or 0x87 (Not Authorized) as
/// > described in 2.3 "Reason Code" and MUST delete the Virtual Connection.
///
/// Spec: mqtt-sn-v2.0, section 4.11.1 (CONNECT and AUTH packets)
#[specgen::covers("MQTT-SN-4.11.1-1", fp = "f407865f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_11_1_1_may_send_connack_reason_code_0x8c() {
    todo!()
}

/// MQTT-SN-4.11.1-2 (MUST, Both)
///
/// > If the Server requires additional information to complete the authentication, it can send an
/// > AUTH packet to the Client. This packet MUST contain a Reason Code of 0x18 (Continue
/// > authentication).
///
/// Spec: mqtt-sn-v2.0, section 4.11.1 (CONNECT and AUTH packets)
#[specgen::covers("MQTT-SN-4.11.1-2", fp = "b2df9bd5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_11_1_2_packet_must_contain_reason_code_0x18() {
    todo!()
}

/// MQTT-SN-4.11.1-3 (MUST, Both)
///
/// > The Client responds to an AUTH packet from the Server by sending a further AUTH packet. This
/// > packet MUST contain a Reason Code of 0x18 (Continue authentication).
///
/// Spec: mqtt-sn-v2.0, section 4.11.1 (CONNECT and AUTH packets)
#[specgen::covers("MQTT-SN-4.11.1-3", fp = "e5ee1568")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_11_1_3_packet_must_contain_reason_code_0x18() {
    todo!()
}

/// MQTT-SN-4.11.1-4 (MUST, Server)
///
/// > The Server can reject the authentication at any point in this process. It MUST send a
/// > CONNACK with a Reason Code of 0x80 or above as described in 4.12 "Handling errors".
///
/// Spec: mqtt-sn-v2.0, section 4.11.1 (CONNECT and AUTH packets)
#[specgen::covers("MQTT-SN-4.11.1-4", fp = "7267bfab")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_11_1_4_must_send_connack_reason_code_0x80() {
    todo!()
}

/// MQTT-SN-4.11.1-5 (MUST, Unknown)
///
/// > If the initial CONNECT packet included an Authentication Method then all AUTH packets, and
/// > any successful CONNACK packet MUST include an Authentication Method with the same value as
/// > in the CONNECT packet.
///
/// Spec: mqtt-sn-v2.0, section 4.11.1 (CONNECT and AUTH packets)
#[specgen::covers("MQTT-SN-4.11.1-5", fp = "617a5e41")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_11_1_5_successful_connack_must_include_authentication_method() {
    todo!()
}

/// MQTT-SN-4.11.1-6 (MUST NOT, Server)
///
/// > If the Client does not include an Authentication Method in the CONNECT, the Server MUST NOT
/// > send an AUTH packet, and it MUST NOT send an Authentication Method in the CONNACK packet.
///
/// Spec: mqtt-sn-v2.0, section 4.11.1 (CONNECT and AUTH packets)
#[specgen::covers("MQTT-SN-4.11.1-6", fp = "b3793510")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_11_1_6_server_must_not_send_auth_packet() {
    todo!()
}

/// MQTT-SN-4.11.1-7 (MUST NOT, Client)
///
/// > If the Client does not include an Authentication Method in the CONNECT, the Client MUST NOT
/// > send an AUTH packet to the Server.
///
/// Spec: mqtt-sn-v2.0, section 4.11.1 (CONNECT and AUTH packets)
#[specgen::covers("MQTT-SN-4.11.1-7", fp = "bb2a46c8")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_11_1_7_client_must_not_send_auth_packet() {
    todo!()
}

/// MQTT-SN-4.11.1.1-1 (MUST, Client)
///
/// > The Client MUST set the Authentication Method to the same value as the Authentication Method
/// > originally used to authenticate the Virtual Connection.
///
/// Spec: mqtt-sn-v2.0, section 4.11.1.1 (Re-authentication)
#[specgen::covers("MQTT-SN-4.11.1.1-1", fp = "2dfd10c2")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_11_1_1_1_client_must_set_authentication_method_value() {
    todo!()
}

/// MQTT-SN-4.11.1.1-2 (MUST, Both)
///
/// > If the re-authentication fails, the Client or Server MUST send DISCONNECT with an
/// > appropriate Reason Code as described in 4.12 "Handling errors", and MUST delete the Virtual
/// > Connection.
///
/// Spec: mqtt-sn-v2.0, section 4.11.1.1 (Re-authentication)
#[specgen::covers("MQTT-SN-4.11.1.1-2", fp = "6a82262a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_11_1_1_2_client_server_must_send_disconnect_appropriate() {
    todo!()
}
