//! mqtt-sn-v2.0 section 4.3: Quality of Service levels and protocol flows.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-4.3.1-1 (MUST, Both)
///
/// > In the PUBWOS delivery protocol, the sender MUST send a PUBWOS packet.
///
/// Spec: mqtt-sn-v2.0, section 4.3.1 (Publish without session)
#[specgen::covers("MQTT-SN-4.3.1-1", fp = "ea47c3cc")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_1_1_sender_must_send_pubwos_packet() {
    todo!()
}

/// MQTT-SN-4.3.1-2 (MUST, Both)
///
/// > The receiver MUST treat any accepted messages as QoS 0.
///
/// Spec: mqtt-sn-v2.0, section 4.3.1 (Publish without session)
#[specgen::covers("MQTT-SN-4.3.1-2", fp = "6b32064e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_1_2_receiver_must_treat_accepted_messages_qos() {
    todo!()
}

/// MQTT-SN-4.3.2-1 (MUST, Both)
///
/// > In the QoS 0 delivery protocol, the sender MUST send a PUBLISH packet with QoS 0.
///
/// Spec: mqtt-sn-v2.0, section 4.3.2 (QoS 0: At most once delivery)
#[specgen::covers("MQTT-SN-4.3.2-1", fp = "98892b0d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_2_1_sender_must_send_publish_packet_qos() {
    todo!()
}

/// MQTT-SN-4.3.3-1 (MUST, Both)
///
/// > In the QoS 1 delivery protocol, the sender MUST assign an unused Packet Identifier each time
/// > it has a new Application Message to publish.
///
/// Spec: mqtt-sn-v2.0, section 4.3.3 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-SN-4.3.3-1", fp = "900c9983")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_3_1_sender_must_assign_unused_packet_identifier() {
    todo!()
}

/// MQTT-SN-4.3.3-2 (MUST, Both)
///
/// > In the QoS 1 delivery protocol, the sender MUST send a PUBLISH packet containing this Packet
/// > Identifier with QoS 1 and DUP flag set to 0.
///
/// Spec: mqtt-sn-v2.0, section 4.3.3 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-SN-4.3.3-2", fp = "791657d3")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_3_2_sender_must_send_publish_packet_containing() {
    todo!()
}

/// MQTT-SN-4.3.3-3 (MUST, Both)
///
/// > In the QoS 1 delivery protocol, the sender MUST treat the PUBLISH packet as "unacknowledged"
/// > until it has received the corresponding PUBACK packet from the receiver.
///
/// Spec: mqtt-sn-v2.0, section 4.3.3 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-SN-4.3.3-3", fp = "f8ded15c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_3_3_sender_must_treat_publish_packet_unacknowledged() {
    todo!()
}

/// MQTT-SN-4.3.3-4 (MUST, Both)
///
/// > At all times a Sender MUST have a maximum of one unacknowledged packet.
///
/// Spec: mqtt-sn-v2.0, section 4.3.3 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-SN-4.3.3-4", fp = "3f0ecd03")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_3_4_all_times_must_maximum_one_unacknowledged() {
    todo!()
}

/// MQTT-SN-4.3.3-5 (MUST, Both)
///
/// > In the QoS 1 delivery protocol, the receiver MUST respond with a PUBACK packet containing
/// > the Packet Identifier from the incoming PUBLISH packet, having accepted ownership of the
/// > Application Message.
///
/// Spec: mqtt-sn-v2.0, section 4.3.3 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-SN-4.3.3-5", fp = "c3a12989")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_3_5_receiver_must_respond_puback_packet_containing() {
    todo!()
}

/// MQTT-SN-4.3.3-6 (MUST, Both)
///
/// > In the QoS 1 delivery protocol, the receiver after it has sent a PUBACK packet, MUST treat
/// > any incoming PUBLISH packet that contains the same Packet Identifier as being a new
/// > Application Message.
///
/// Spec: mqtt-sn-v2.0, section 4.3.3 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-SN-4.3.3-6", fp = "413a879b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_3_6_must_treat_incoming_publish_packet_contains() {
    todo!()
}

/// MQTT-SN-4.3.4-1 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST assign an unused Packet Identifier when it
/// > has a new Application Message to publish
///
/// Spec: mqtt-sn-v2.0, section 4.3.4 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-SN-4.3.4-1", fp = "269c61b2")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_4_1_sender_must_assign_unused_packet_identifier() {
    todo!()
}

/// MQTT-SN-4.3.4-2 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST send a PUBLISH packet containing this Packet
/// > Identifier with QoS equal to 2
///
/// Spec: mqtt-sn-v2.0, section 4.3.4 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-SN-4.3.4-2", fp = "052feaa7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_4_2_sender_must_send_publish_packet_containing() {
    todo!()
}

/// MQTT-SN-4.3.4-3 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST set the DUP flag to 0 when it attempts to
/// > send a PUBLISH packet for the first time
///
/// Spec: mqtt-sn-v2.0, section 4.3.4 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-SN-4.3.4-3", fp = "e086c4d6")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_4_3_sender_must_set_dup_flag_attempts() {
    todo!()
}

/// MQTT-SN-4.3.4-4 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST set the DUP flag to 1 when it attempts to
/// > resend a PUBLISH packet
///
/// Spec: mqtt-sn-v2.0, section 4.3.4 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-SN-4.3.4-4", fp = "da85af36")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_4_4_sender_must_set_dup_flag_attempts() {
    todo!()
}

/// MQTT-SN-4.3.4-5 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST treat the PUBLISH packet as "unacknowledged"
/// > until it has received the corresponding PUBREC packet from the receiver
///
/// Spec: mqtt-sn-v2.0, section 4.3.4 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-SN-4.3.4-5", fp = "2a2acba8")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_4_5_sender_must_treat_publish_packet_unacknowledged() {
    todo!()
}

/// MQTT-SN-4.3.4-6 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST send a PUBREL packet when it receives a
/// > PUBREC packet from the receiver with a Reason Code value less than 0x80. This PUBREL packet
/// > MUST contain the same Packet Identifier as the original PUBLISH packet
///
/// Spec: mqtt-sn-v2.0, section 4.3.4 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-SN-4.3.4-6", fp = "ee7cd394")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_4_6_sender_must_send_pubrel_packet_receives() {
    todo!()
}

/// MQTT-SN-4.3.4-7 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST treat the PUBREL packet as "unacknowledged"
/// > until it has received the corresponding PUBCOMP packet from the receiver
///
/// Spec: mqtt-sn-v2.0, section 4.3.4 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-SN-4.3.4-7", fp = "be58abea")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_4_7_sender_must_treat_pubrel_packet_unacknowledged() {
    todo!()
}

/// MQTT-SN-4.3.4-8 (MUST NOT, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST NOT resend the PUBLISH once it has sent the
/// > corresponding PUBREL packet
///
/// Spec: mqtt-sn-v2.0, section 4.3.4 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-SN-4.3.4-8", fp = "0298a2f8")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_4_8_sender_must_not_resend_publish_once() {
    todo!()
}

/// MQTT-SN-4.3.4-9 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the receiver MUST respond with a PUBREC containing the
/// > Packet Identifier from the incoming PUBLISH packet, having accepted ownership of the
/// > Application Message
///
/// Spec: mqtt-sn-v2.0, section 4.3.4 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-SN-4.3.4-9", fp = "2436ccf5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_4_9_receiver_must_respond_pubrec_containing_packet() {
    todo!()
}

/// MQTT-SN-4.3.4-10 (MUST, Both)
///
/// > If it has sent a PUBREC with a Reason Code of 0x80 or greater, the receiver MUST treat any
/// > subsequent PUBLISH packet that contains that Packet Identifier as being a new Application
/// > Message
///
/// Spec: mqtt-sn-v2.0, section 4.3.4 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-SN-4.3.4-10", fp = "1b1a8e82")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_4_10_receiver_must_treat_subsequent_publish_packet() {
    todo!()
}

/// MQTT-SN-4.3.4-11 (MUST, MUST NOT, Both)
///
/// > Until it has received the corresponding PUBREL packet, the receiver MUST acknowledge any
/// > subsequent PUBLISH packet with the same Packet Identifier by sending a PUBREC. It MUST NOT
/// > cause duplicate messages to be delivered to any onward recipients in this case
///
/// Spec: mqtt-sn-v2.0, section 4.3.4 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-SN-4.3.4-11", fp = "2a306bcb")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_4_11_receiver_must_acknowledge_subsequent_publish_packet() {
    todo!()
}

/// MQTT-SN-4.3.4-12 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the receiver MUST respond to a PUBREL packet by sending a
/// > PUBCOMP packet containing the same Packet Identifier as the PUBREL
///
/// Spec: mqtt-sn-v2.0, section 4.3.4 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-SN-4.3.4-12", fp = "7e7d86b7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_4_12_receiver_must_respond_pubrel_packet_sending() {
    todo!()
}

/// MQTT-SN-4.3.4-13 (MUST, Both)
///
/// > After it has sent a PUBCOMP, the receiver MUST treat any subsequent PUBLISH packet that
/// > contains that Packet Identifier as being a new Application Message, irrespective of the
/// > setting of its DUP flag
///
/// Spec: mqtt-sn-v2.0, section 4.3.4 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-SN-4.3.4-13", fp = "98d96595")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_3_4_13_receiver_must_treat_subsequent_publish_packet() {
    todo!()
}
