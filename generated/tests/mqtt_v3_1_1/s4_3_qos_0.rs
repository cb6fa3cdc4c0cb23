//! mqtt-v3.1.1 section 4.3: QoS 0: At most once delivery.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-4.3.1-1 (MUST, Both)
///
/// > In the QoS 0 delivery protocol, the Sender MUST send a PUBLISH packet with QoS=0, DUP=0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.3.1 (QoS 0: At most once delivery)
#[specgen::covers("MQTT-4.3.1-1", fp = "19a53e3d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_1_1_sender_must_send_publish_packet_qos() {
    todo!()
}

/// MQTT-4.3.2-1 (MUST, Both)
///
/// > In the QoS 1 delivery protocol, the Sender MUST assign an unused Packet Identifier each time
/// > it has a new Application Message to publish. MUST send a PUBLISH Packet containing this
/// > Packet Identifier with QoS=1, DUP=0. MUST treat the PUBLISH Packet as “unacknowledged” until
/// > it has received the corresponding PUBACK packet from the receiver. See Section 4.4 for a
/// > discussion of unacknowledged messages.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.3.2 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-4.3.2-1", fp = "66d08db0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_2_1_sender_must_assign_unused_packet_identifier() {
    todo!()
}

/// MQTT-4.3.2-2 (MUST, Both)
///
/// > In the QoS 1 delivery protocol, the Receiver MUST respond with a PUBACK Packet containing
/// > the Packet Identifier from the incoming PUBLISH Packet, having accepted ownership of the
/// > Application Message After it has sent a PUBACK Packet the Receiver MUST treat any incoming
/// > PUBLISH packet that contains the same Packet Identifier as being a new publication,
/// > irrespective of the setting of its DUP flag.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.3.2 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-4.3.2-2", fp = "02b25287")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_2_2_receiver_must_respond_puback_packet_containing() {
    todo!()
}

/// MQTT-4.3.3-1 (MUST NOT, Unknown)
///
/// > MUST NOT re-send the PUBLISH once it has sent the corresponding PUBREL packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-1", fp = "1712e1cb")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_3_1_must_not_re_send_publish_once() {
    todo!()
}

/// MQTT-4.3.3-2 (MUST, MUST NOT, Both)
///
/// > In the QoS 2 delivery protocol, the Receiver MUST respond with a PUBREC containing the
/// > Packet Identifier from the incoming PUBLISH Packet, having accepted ownership of the
/// > Application Message. Until it has received the corresponding PUBREL packet, the Receiver
/// > MUST acknowledge any subsequent PUBLISH packet with the same Packet Identifier by sending a
/// > PUBREC. It MUST NOT cause duplicate messages to be delivered to any onward recipients in
/// > this case. MUST respond to a PUBREL packet by sending a PUBCOMP packet containing the same
/// > Packet Identifier as the PUBREL. After it has sent a PUBCOMP, the receiver MUST treat any
/// > subsequent PUBLISH packet that contains that Packet Identifier as being a new publication.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-2", fp = "a0814c23")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_3_3_2_receiver_must_respond_pubrec_containing_packet() {
    todo!()
}
