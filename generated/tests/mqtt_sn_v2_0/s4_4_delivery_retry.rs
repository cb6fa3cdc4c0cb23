//! mqtt-sn-v2.0 section 4.4: Packet delivery retry.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-4.4.1-1 (MUST, Both)
///
/// > When a Client reconnects with Clean Start set to 0 and a Session is present, both the Client
/// > and Server MUST resend any unacknowledged PUBLISH with QoS 1 and 2 packets (not QoS 0) and
/// > PUBREL packets using their original Packet Identifiers.
///
/// Spec: mqtt-sn-v2.0, section 4.4.1 (Virtual Connection End)
#[specgen::covers("MQTT-SN-4.4.1-1", fp = "61cefd34")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_4_1_1_both_client_must_resend_unacknowledged_publish() {
    todo!()
}

/// MQTT-SN-4.4.1-2 (MUST NOT, Unknown)
///
/// > If PUBACK or PUBREC is received containing a Reason Code of 0x80 or greater, the
/// > corresponding PUBLISH packet is treated as acknowledged, and MUST NOT be retransmitted.
///
/// Spec: mqtt-sn-v2.0, section 4.4.1 (Virtual Connection End)
#[specgen::covers("MQTT-SN-4.4.1-2", fp = "e0bc4968")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_4_1_2_must_not_retransmitted() {
    todo!()
}

/// MQTT-SN-4.4.1-3 (MUST, Both)
///
/// > The DUP flag MUST be set to 1 by the Client or Server when it attempts to resend a PUBLISH
/// > QoS 2 packet.
///
/// Spec: mqtt-sn-v2.0, section 4.4.1 (Virtual Connection End)
#[specgen::covers("MQTT-SN-4.4.1-3", fp = "d4eeeed0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_4_1_3_dup_flag_must_set_client_server() {
    todo!()
}

/// MQTT-SN-4.4.2-1 (MUST NOT, Unknown)
///
/// > CONNECT and AUTH Packets expect a response but MUST NOT be retried.
///
/// Spec: mqtt-sn-v2.0, section 4.4.2 (Unacknowledged Packets)
#[specgen::covers("MQTT-SN-4.4.2-1", fp = "fbd18fae")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_4_2_1_connect_auth_must_not_retried() {
    todo!()
}

/// MQTT-SN-4.4.2-2 (MUST, Unknown)
///
/// > The connection sequence CONNECT, zero or more AUTH Packets then CONNACK MUST be completed
/// > without retries.
///
/// Spec: mqtt-sn-v2.0, section 4.4.2 (Unacknowledged Packets)
#[specgen::covers("MQTT-SN-4.4.2-2", fp = "9f644010")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_4_2_2_zero_more_must_completed_without_retries() {
    todo!()
}

/// MQTT-SN-4.4.2-3 (MUST, Server)
///
/// > A Server MUST respond promptly to a valid request Packet.
///
/// Spec: mqtt-sn-v2.0, section 4.4.2 (Unacknowledged Packets)
#[specgen::covers("MQTT-SN-4.4.2-3", fp = "f9d4d175")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_4_2_3_server_must_respond_promptly_valid_request() {
    todo!()
}

/// MQTT-SN-4.4.2-4 (MUST, Client)
///
/// > A Client in the Awake and Active states MUST respond promptly to a valid request Packet.
///
/// Spec: mqtt-sn-v2.0, section 4.4.2 (Unacknowledged Packets)
#[specgen::covers("MQTT-SN-4.4.2-4", fp = "907294ac")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_4_2_4_client_awake_must_respond_promptly_valid() {
    todo!()
}

/// MQTT-SN-4.4.2-5 (MUST, Both)
///
/// > In the absence of a response to a Packet which expects one, the Sender MUST delete the
/// > Virtual Connection.
///
/// Spec: mqtt-sn-v2.0, section 4.4.2 (Unacknowledged Packets)
#[specgen::covers("MQTT-SN-4.4.2-5", fp = "ad7cde85")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_4_2_5_sender_must_delete_virtual_connection() {
    todo!()
}

/// MQTT-SN-4.4.2-6 (MUST, Unknown)
///
/// > If a Packet is retransmitted, it MUST have Protection Encapsulation if the previously
/// > transmitted Packet had Protection Encapsulation.
///
/// Spec: mqtt-sn-v2.0, section 4.4.2 (Unacknowledged Packets)
#[specgen::covers("MQTT-SN-4.4.2-6", fp = "5a349272")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_4_2_6_must_protection_encapsulation_previously_transmitted_packet() {
    todo!()
}

/// MQTT-SN-4.4.2-7 (MUST, Unknown)
///
/// > If a Packet is retransmitted it MUST be identical to the previously transmitted Packet. The
/// > Protection Encapsulation need not be identical.
///
/// Spec: mqtt-sn-v2.0, section 4.4.2 (Unacknowledged Packets)
#[specgen::covers("MQTT-SN-4.4.2-7", fp = "62125468")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_4_2_7_packet_retransmitted_must_identical_previously_transmitted() {
    todo!()
}
