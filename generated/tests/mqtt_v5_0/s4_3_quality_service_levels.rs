//! mqtt-v5.0 section 4.3: Quality of Service levels and protocol flows.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-4.3.1-1 (MUST, Both)
///
/// > In the QoS 0 delivery protocol, the sender MUST send a PUBLISH packet with QoS 0 and DUP
/// > flag set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.1 (QoS 0: At most once delivery)
#[specgen::covers("MQTT-4.3.1-1", fp = "852bf5a8")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_1_1_sender_must_send_publish_packet_qos() {
    todo!()
}

/// MQTT-4.3.2-1 (MUST, Both)
///
/// > In the QoS 1 delivery protocol, the sender MUST assign an unused Packet Identifier each time
/// > it has a new Application Message to publish.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.2 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-4.3.2-1", fp = "900c9983")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_2_1_sender_must_assign_unused_packet_identifier() {
    todo!()
}

/// MQTT-4.3.2-2 (MUST, Both)
///
/// > In the QoS 1 delivery protocol, the sender MUST send a PUBLISH packet containing this Packet
/// > Identifier with QoS 1 and DUP flag set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.2 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-4.3.2-2", fp = "791657d3")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_2_2_sender_must_send_publish_packet_containing() {
    todo!()
}

/// MQTT-4.3.2-3 (MUST, Both)
///
/// > In the QoS 1 delivery protocol, the sender MUST treat the PUBLISH packet as “unacknowledged”
/// > until it has received the corresponding PUBACK packet from the receiver. Refer to section
/// > 4.4 for a discussion of unacknowledged messages.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.2 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-4.3.2-3", fp = "a7d0a171")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_2_3_sender_must_treat_publish_packet_unacknowledged() {
    todo!()
}

/// MQTT-4.3.2-4 (MUST, Both)
///
/// > In the QoS 1 delivery protocol, the receiver MUST respond with a PUBACK packet containing
/// > the Packet Identifier from the incoming PUBLISH packet, having accepted ownership of the
/// > Application Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.2 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-4.3.2-4", fp = "c3a12989")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_2_4_receiver_must_respond_puback_packet_containing() {
    todo!()
}

/// MQTT-4.3.2-5 (MUST, Both)
///
/// > After it has sent a PUBACK packet the receiver MUST treat any incoming PUBLISH packet that
/// > contains the same Packet Identifier as being a new Application Message, irrespective of the
/// > setting of its DUP flag.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.2 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-4.3.2-5", fp = "ffdf8bec")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_2_5_after_sent_must_treat_incoming_publish() {
    todo!()
}

/// MQTT-4.3.3-1 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST assign an unused Packet Identifier when it
/// > has a new Application Message to publish.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-1", fp = "dc4bf4b7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_3_1_sender_must_assign_unused_packet_identifier() {
    todo!()
}

/// MQTT-4.3.3-2 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST send a PUBLISH packet containing this Packet
/// > Identifier with QoS 2 and DUP flag set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-2", fp = "20102359")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_3_2_sender_must_send_publish_packet_containing() {
    todo!()
}

/// MQTT-4.3.3-3 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST treat the PUBLISH packet as “unacknowledged”
/// > until it has received the corresponding PUBREC packet from the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-3", fp = "02a81f83")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_3_3_sender_must_treat_publish_packet_unacknowledged() {
    todo!()
}

/// MQTT-4.3.3-4 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST send a PUBREL packet when it receives a
/// > PUBREC packet from the receiver with a Reason Code value less than 0x80. This PUBREL packet
/// > MUST contain the same Packet Identifier as the original PUBLISH packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-4", fp = "9b91770e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_3_4_sender_must_send_pubrel_packet_receives() {
    todo!()
}

/// MQTT-4.3.3-5 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST treat the PUBREL packet as “unacknowledged”
/// > until it has received the corresponding PUBCOMP packet from the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-5", fp = "92d9db84")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_3_5_sender_must_treat_pubrel_packet_unacknowledged() {
    todo!()
}

/// MQTT-4.3.3-6 (MUST NOT, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST NOT re-send the PUBLISH once it has sent the
/// > corresponding PUBREL packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-6", fp = "90286ff5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_3_6_sender_must_not_re_send_publish() {
    todo!()
}

/// MQTT-4.3.3-7 (MUST NOT, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST NOT apply Message expiry if a PUBLISH packet
/// > has been sent.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-7", fp = "1a1d188b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_3_7_sender_must_not_apply_message_expiry() {
    todo!()
}

/// MQTT-4.3.3-8 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the receiver MUST respond with a PUBREC containing the
/// > Packet Identifier from the incoming PUBLISH packet, having accepted ownership of the
/// > Application Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-8", fp = "2da11b98")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_3_8_receiver_must_respond_pubrec_containing_packet() {
    todo!()
}

/// MQTT-4.3.3-9 (MUST, Both)
///
/// > If it has sent a PUBREC with a Reason Code of 0x80 or greater, the receiver MUST treat any
/// > subsequent PUBLISH packet that contains that Packet Identifier as being a new Application
/// > Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-9", fp = "04cca48f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_3_9_receiver_must_treat_subsequent_publish_packet() {
    todo!()
}

/// MQTT-4.3.3-10 (MUST, MUST NOT, Both)
///
/// > Until it has received the corresponding PUBREL packet, the receiver MUST acknowledge any
/// > subsequent PUBLISH packet with the same Packet Identifier by sending a PUBREC. It MUST NOT
/// > cause duplicate messages to be delivered to any onward recipients in this case.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-10", fp = "549d2c55")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_3_10_receiver_must_acknowledge_subsequent_publish_packet() {
    todo!()
}

/// MQTT-4.3.3-11 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the receiver MUST respond to a PUBREL packet by sending a
/// > PUBCOMP packet containing the same Packet Identifier as the PUBREL.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-11", fp = "a5211570")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_3_11_receiver_must_respond_pubrel_packet_sending() {
    todo!()
}

/// MQTT-4.3.3-12 (MUST, Both)
///
/// > After it has sent a PUBCOMP, the receiver MUST treat any subsequent PUBLISH packet that
/// > contains that Packet Identifier as being a new Application Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-12", fp = "da711c43")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_3_12_receiver_must_treat_subsequent_publish_packet() {
    todo!()
}

/// MQTT-4.3.3-13 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the receiver MUST continue the QoS 2 acknowledgement
/// > sequence even if it has applied message expiry.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-13", fp = "25bb34e7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_3_13_receiver_must_continue_qos_acknowledgement_sequence() {
    todo!()
}
