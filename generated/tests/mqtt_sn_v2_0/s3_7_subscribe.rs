//! mqtt-sn-v2.0 section 3.7: SUBSCRIBE - Subscribe Request.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-3.7.2.1-1 (MUST, Unknown)
///
/// > The Topic Type MUST be Topic Filter, Predefined Topic Alias or Session Topic Alias.
///
/// Spec: mqtt-sn-v2.0, section 3.7.2.1 (Topic Type)
#[specgen::covers("MQTT-SN-3.7.2.1-1", fp = "abe85adb")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_7_2_1_1_topic_type_must_filter() {
    todo!()
}

/// MQTT-SN-3.7.2.5-1 (MUST NOT, Client)
///
/// > if the value is 1, Application Messages MUST NOT be forwarded to a Virtual Connection with a
/// > Client Identifier equal to the Client Identifier of the publishing Virtual Connection.
///
/// Spec: mqtt-sn-v2.0, section 3.7.2.5 (No Local)
#[specgen::covers("MQTT-SN-3.7.2.5-1", fp = "494a149a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_7_2_5_1_application_messages_must_not_forwarded_virtual() {
    todo!()
}

/// MQTT-SN-3.7.4-1 (MUST, Unknown)
///
/// > If the Topic Type is Predefined Topic Alias or Session Topic Alias, then the Topic Alias
/// > field MUST be present in the SUBSCRIBE packet.
///
/// Spec: mqtt-sn-v2.0, section 3.7.4 (Topic Alias)
#[specgen::covers("MQTT-SN-3.7.4-1", fp = "305bdc90")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_7_4_1_topic_alias_must_present_subscribe_packet() {
    todo!()
}

/// MQTT-SN-3.7.4-2 (MUST NOT, Unknown)
///
/// > If the Topic Type is Topic Filter the Topic Alias field MUST NOT be present in the SUBSCRIBE
/// > packet.
///
/// Spec: mqtt-sn-v2.0, section 3.7.4 (Topic Alias)
#[specgen::covers("MQTT-SN-3.7.4-2", fp = "0f2513c2")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_7_4_2_topic_type_must_not_present_subscribe() {
    todo!()
}

/// MQTT-SN-3.7.5-1 (MUST, Unknown)
///
/// > If the Topic Type is Topic Filter the Topic Filter field MUST be present in the SUBSCRIBE
/// > packet.
///
/// Spec: mqtt-sn-v2.0, section 3.7.5 (Topic Filter)
#[specgen::covers("MQTT-SN-3.7.5-1", fp = "a670e5c1")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_7_5_1_topic_type_must_present_subscribe_packet() {
    todo!()
}

/// MQTT-SN-3.7.5-2 (MUST NOT, Unknown)
///
/// > If the Topic Type is Predefined Topic Alias or Session Topic Alias, then the Topic Filter
/// > field MUST NOT be present in the SUBSCRIBE packet.
///
/// Spec: mqtt-sn-v2.0, section 3.7.5 (Topic Filter)
#[specgen::covers("MQTT-SN-3.7.5-2", fp = "630f4ea6")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_7_5_2_topic_filter_must_not_present_subscribe() {
    todo!()
}

/// MQTT-SN-3.7.6-1 (MUST, Server)
///
/// > When the Server receives a SUBSCRIBE packet from a Client, the Server MUST respond with a
/// > SUBACK packet.
///
/// Spec: mqtt-sn-v2.0, section 3.7.6 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-SN-3.7.6-1", fp = "9b399c6d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_7_6_1_server_must_respond_suback_packet() {
    todo!()
}

/// MQTT-SN-3.7.6-2 (MUST, Unknown)
///
/// > The SUBACK packet MUST have the same Packet Identifier as the SUBSCRIBE packet that it is
/// > acknowledging.
///
/// Spec: mqtt-sn-v2.0, section 3.7.6 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-SN-3.7.6-2", fp = "a1cecf1a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_7_6_2_suback_packet_must_identifier_subscribe_acknowledging() {
    todo!()
}

/// MQTT-SN-3.7.6-3 (MUST, Server)
///
/// > If a Server receives a SUBSCRIBE packet containing a Topic Filter that is identical to a
/// > Subscription's Topic Filter for the current Session, then it MUST replace that existing
/// > Subscription with a new Subscription.
///
/// Spec: mqtt-sn-v2.0, section 3.7.6 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-SN-3.7.6-3", fp = "4cd99836")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_7_6_3_must_replace_existing_subscription_new() {
    todo!()
}

/// MQTT-SN-3.7.6-4 (MUST, MUST NOT, Unknown)
///
/// > If the Retain Handling option is 0, any existing retained messages matching the Topic Filter
/// > MUST be re-sent, but Application Messages MUST NOT be lost due to replacing the
/// > Subscription.
///
/// Spec: mqtt-sn-v2.0, section 3.7.6 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-SN-3.7.6-4", fp = "467c89b5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_7_6_4_existing_retained_must_re_sent() {
    todo!()
}

/// MQTT-SN-3.7.6-5 (MUST, Server)
///
/// > The SUBACK packet sent by the Server to the Client MUST contain a Reason Code.
///
/// Spec: mqtt-sn-v2.0, section 3.7.6 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-SN-3.7.6-5", fp = "0556078d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_7_6_5_suback_packet_must_contain_reason_code() {
    todo!()
}

/// MQTT-SN-3.7.6-6 (MUST, Unknown)
///
/// > This Reason Code MUST either show the maximum QoS that was granted for that Subscription or
/// > indicate that the subscription failed.
///
/// Spec: mqtt-sn-v2.0, section 3.7.6 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-SN-3.7.6-6", fp = "8d9e016b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_7_6_6_reason_code_must_either_show_maximum() {
    todo!()
}

/// MQTT-SN-3.7.6-7 (MUST, Server)
///
/// > The QoS of Application Messages sent in response to a Subscription MUST be the minimum of
/// > the QoS of the originally published Application message and the Maximum QoS granted by the
/// > Server.
///
/// Spec: mqtt-sn-v2.0, section 3.7.6 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-SN-3.7.6-7", fp = "b7498394")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_7_6_7_qos_application_must_minimum_originally_published() {
    todo!()
}
