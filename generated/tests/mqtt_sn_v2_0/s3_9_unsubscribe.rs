//! mqtt-sn-v2.0 section 3.9: UNSUBSCRIBE - Unsubscribe Request.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-3.9.2-1 (MUST, Unknown)
///
/// > Bits 7-2 of the UNSUBSCRIBE Flags are reserved and MUST be set to 0.
///
/// Spec: mqtt-sn-v2.0, section 3.9.2 (UNSUBSCRIBE Flags)
#[specgen::covers("MQTT-SN-3.9.2-1", fp = "89814dd0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_9_2_1_bits_unsubscribe_must_set() {
    todo!()
}

/// MQTT-SN-3.9.2-2 (MUST, Server)
///
/// > The Server MUST validate that the reserved flags in the UNSUBSCRIBE packet are set to 0. If
/// > any of the reserved flags is not 0 it is a Malformed Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.9.2 (UNSUBSCRIBE Flags)
#[specgen::covers("MQTT-SN-3.9.2-2", fp = "a7a648e5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_9_2_2_server_must_validate_reserved_flags_unsubscribe() {
    todo!()
}

/// MQTT-SN-3.9.4-1 (MUST, Unknown)
///
/// > A Topic Alias MUST be present in the UNSUBSCRIBE packet if the Topic Type is Predefined or
/// > Session Topic Alias.
///
/// Spec: mqtt-sn-v2.0, section 3.9.4 (Topic Alias)
#[specgen::covers("MQTT-SN-3.9.4-1", fp = "9a06f2dc")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_9_4_1_topic_alias_must_present_unsubscribe_packet() {
    todo!()
}

/// MQTT-SN-3.9.4-2 (MUST NOT, Unknown)
///
/// > A Topic Alias MUST NOT be present in the UNSUBSCRIBE packet if the Topic Type is Topic
/// > Filter.
///
/// Spec: mqtt-sn-v2.0, section 3.9.4 (Topic Alias)
#[specgen::covers("MQTT-SN-3.9.4-2", fp = "e3d90c31")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_9_4_2_topic_alias_must_not_present_unsubscribe() {
    todo!()
}

/// MQTT-SN-3.9.5-1 (MUST, Unknown)
///
/// > A Topic Filter MUST be present in the UNSUBSCRIBE packet if the Topic Type is Topic Name.
///
/// Spec: mqtt-sn-v2.0, section 3.9.5 (Topic Filter)
#[specgen::covers("MQTT-SN-3.9.5-1", fp = "278a9f9e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_9_5_1_topic_filter_must_present_unsubscribe_packet() {
    todo!()
}

/// MQTT-SN-3.9.5-2 (MUST NOT, Unknown)
///
/// > A Topic Filter MUST NOT be present in the UNSUBSCRIBE packet if the Topic Type is Predefined
/// > or Session Topic Alias.
///
/// Spec: mqtt-sn-v2.0, section 3.9.5 (Topic Filter)
#[specgen::covers("MQTT-SN-3.9.5-2", fp = "2ad96c9d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_9_5_2_topic_filter_must_not_present_unsubscribe() {
    todo!()
}

/// MQTT-SN-3.9.6-1 (MUST, Unknown)
///
/// > If a Topic Alias is used in an UNSUBSCRIBE request, it MUST be translated to its equivalent
/// > Topic Name before any other action takes place.
///
/// Spec: mqtt-sn-v2.0, section 3.9.6 (UNSUBSCRIBE Actions)
#[specgen::covers("MQTT-SN-3.9.6-1", fp = "0f064369")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_9_6_1_must_translated_equivalent_topic_name_before() {
    todo!()
}

/// MQTT-SN-3.9.6-2 (MUST, Server)
///
/// > The Topic Filter (whether it contains wildcards or not) supplied in an UNSUBSCRIBE packet
/// > MUST be compared character-by-character with the current set of Topic Filters held by the
/// > Server for the Client. If any filter matches exactly then its owning Subscription MUST be
/// > deleted
///
/// Spec: mqtt-sn-v2.0, section 3.9.6 (UNSUBSCRIBE Actions)
#[specgen::covers("MQTT-SN-3.9.6-2", fp = "b55a60ec")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_9_6_2_supplied_unsubscribe_must_compared_character_current() {
    todo!()
}

/// MQTT-SN-3.9.6-3 (MUST, Server)
///
/// > When a Server receives UNSUBSCRIBE It MUST stop adding any new Application Messages which
/// > match the Topic Filters, for delivery to the Client.
///
/// Spec: mqtt-sn-v2.0, section 3.9.6 (UNSUBSCRIBE Actions)
#[specgen::covers("MQTT-SN-3.9.6-3", fp = "92fa3c36")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_9_6_3_server_receives_must_stop_adding_new() {
    todo!()
}

/// MQTT-SN-3.9.6-4 (MUST, Server)
///
/// > When a Server receives UNSUBSCRIBE It MUST complete the delivery of any QoS 1 or QoS 2
/// > Application Messages which match the Topic Filters and it has started to send to the Client.
///
/// Spec: mqtt-sn-v2.0, section 3.9.6 (UNSUBSCRIBE Actions)
#[specgen::covers("MQTT-SN-3.9.6-4", fp = "d3efa9ea")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_9_6_4_server_receives_must_complete_delivery_qos() {
    todo!()
}

/// MQTT-SN-3.9.6-5 (MUST, Server)
///
/// > The Server MUST respond to an UNSUBSCRIBE request by sending an UNSUBACK packet.
///
/// Spec: mqtt-sn-v2.0, section 3.9.6 (UNSUBSCRIBE Actions)
#[specgen::covers("MQTT-SN-3.9.6-5", fp = "bd598a67")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_9_6_5_server_must_respond_unsubscribe_request_sending() {
    todo!()
}

/// MQTT-SN-3.9.6-6 (MUST, Server)
///
/// > The UNSUBACK packet MUST have the same Packet Identifier as the UNSUBSCRIBE packet. Even
/// > where no Topic Subscriptions are deleted, the Server MUST respond with an UNSUBACK.
///
/// Spec: mqtt-sn-v2.0, section 3.9.6 (UNSUBSCRIBE Actions)
#[specgen::covers("MQTT-SN-3.9.6-6", fp = "f76572fd")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_9_6_6_unsuback_packet_must_identifier_unsubscribe() {
    todo!()
}
