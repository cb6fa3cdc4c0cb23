//! mqtt-sn-v2.0 section 4.7: Topics.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-4.7.1.1-1 (MUST NOT, Unknown)
///
/// > A Topic Name, the target of PUBWOS and PUBLISH packets, MUST NOT contain special wildcard
/// > characters.
///
/// Spec: mqtt-sn-v2.0, section 4.7.1.1 (Topic wildcards)
#[specgen::covers("MQTT-SN-4.7.1.1-1", fp = "dda8e6ef")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_7_1_1_1_must_not_contain_special_wildcard_characters() {
    todo!()
}

/// MQTT-SN-4.7.1.1.2-1 (MUST, Unknown)
///
/// > The multi-level wildcard character MUST be specified either on its own or following a topic
/// > level separator. In either case it MUST be the last character specified in the Topic Filter.
///
/// Spec: mqtt-sn-v2.0, section 4.7.1.1.2 (Multi-level wildcard)
#[specgen::covers("MQTT-SN-4.7.1.1.2-1", fp = "016e8c80")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_7_1_1_2_1_multi_level_must_specified_either_own() {
    todo!()
}

/// MQTT-SN-4.7.1.1.3-1 (MUST, Unknown)
///
/// > The single-level wildcard can be used at any level in the Topic Filter, including first and
/// > last levels. Where it is used, it MUST occupy an entire level of the filter.
///
/// Spec: mqtt-sn-v2.0, section 4.7.1.1.3 (Single-level wildcard)
#[specgen::covers("MQTT-SN-4.7.1.1.3-1", fp = "4bb5bad7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_7_1_1_3_1_must_occupy_entire_level_filter() {
    todo!()
}

/// MQTT-SN-4.7.1.2-1 (MUST NOT, Server)
///
/// > The Server MUST NOT match Topic Filters starting with a wildcard character (# or +) with
/// > Topic Names beginning with a $ character.
///
/// Spec: mqtt-sn-v2.0, section 4.7.1.2 (Topics beginning with $)
#[specgen::covers("MQTT-SN-4.7.1.2-1", fp = "28393acf")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_7_1_2_1_server_must_not_match_topic_filters() {
    todo!()
}

/// MQTT-SN-4.7.1.3-1 (MUST, Unknown)
///
/// > All Topic Names and Topic Filters MUST be at least one character long
///
/// Spec: mqtt-sn-v2.0, section 4.7.1.3 (Topic semantic and usage)
#[specgen::covers("MQTT-SN-4.7.1.3-1", fp = "9fbfe0a3")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_7_1_3_1_all_topic_must_least_one_character() {
    todo!()
}

/// MQTT-SN-4.7.1.3-2 (MUST NOT, Unknown)
///
/// > Topic Names and Topic Filters MUST NOT include the null character (Unicode U+0000) [Unicode]
///
/// Spec: mqtt-sn-v2.0, section 4.7.1.3 (Topic semantic and usage)
#[specgen::covers("MQTT-SN-4.7.1.3-2", fp = "d69e5951")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_7_1_3_2_topic_names_must_not_include_null() {
    todo!()
}

/// MQTT-SN-4.7.1.3-3 (MUST NOT, Unknown)
///
/// > Topic Names and Topic Filters are UTF-8 Encoded Strings; they MUST NOT encode to more than
/// > 65,535 bytes.
///
/// Spec: mqtt-sn-v2.0, section 4.7.1.3 (Topic semantic and usage)
#[specgen::covers("MQTT-SN-4.7.1.3-3", fp = "3c6d9799")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_7_1_3_3_must_not_encode_more() {
    todo!()
}

/// MQTT-SN-4.7.1.3-4 (MUST NOT, Server)
///
/// > When it performs subscription matching the Server MUST NOT perform any normalization of
/// > Topic Names or Topic Filters, or any modification or substitution of unrecognized
/// > characters.
///
/// Spec: mqtt-sn-v2.0, section 4.7.1.3 (Topic semantic and usage)
#[specgen::covers("MQTT-SN-4.7.1.3-4", fp = "c7a53854")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_7_1_3_4_performs_subscription_must_not_perform_normalization() {
    todo!()
}

/// MQTT-SN-4.7.2-1 (MUST, Both)
///
/// > If a Topic Alias exists for a Topic Name, a Sender (Client or Server) MUST use that Topic
/// > Alias and not the Topic Name in any PUBLISH packet.
///
/// Spec: mqtt-sn-v2.0, section 4.7.2 (Topic Aliases)
#[specgen::covers("MQTT-SN-4.7.2-1", fp = "aa6e0601")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_7_2_1_must_use_topic_alias_not_name() {
    todo!()
}

/// MQTT-SN-4.7.2.1-1 (MUST NOT, Unknown)
///
/// > Predefined Topic Aliases MUST NOT change for the duration of any MQTT-SN Session.
///
/// Spec: mqtt-sn-v2.0, section 4.7.2.1 (Predefined Topic Aliases)
#[specgen::covers("MQTT-SN-4.7.2.1-1", fp = "cb7b60ff")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_7_2_1_1_predefined_topic_must_not_change_duration() {
    todo!()
}

/// MQTT-SN-4.7.2.1-2 (no keyword, Both)
///
/// > If a PUBLISH is sent to a Predefined Topic Alias which is not defined on the receiver it is
/// > a Protocol Error.
///
/// Spec: mqtt-sn-v2.0, section 4.7.2.1 (Predefined Topic Aliases)
#[specgen::covers("MQTT-SN-4.7.2.1-2", fp = "79184b99")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_7_2_1_2_publish_sent_predefined_topic_alias_not() {
    todo!()
}

/// MQTT-SN-4.7.2.2-1 (MUST, Client)
///
/// > Session Topic Aliases MUST be allocated on a per Session basis - they are not shared between
/// > Sessions either with the same Client or different Clients.
///
/// Spec: mqtt-sn-v2.0, section 4.7.2.2 (Session Topic Aliases)
#[specgen::covers("MQTT-SN-4.7.2.2-1", fp = "13f7eeb8")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_7_2_2_1_session_topic_must_allocated_per_basis() {
    todo!()
}

/// MQTT-SN-4.7.2.2-2 (MUST, Client)
///
/// > If a Client subscribes to a Topic Filter which does not include wildcard characters, a
/// > Predefined or Session Topic Alias MUST be returned in the SUBACK packet.
///
/// Spec: mqtt-sn-v2.0, section 4.7.2.2 (Session Topic Aliases)
#[specgen::covers("MQTT-SN-4.7.2.2-2", fp = "6e251040")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_7_2_2_2_predefined_session_must_returned_suback_packet() {
    todo!()
}

/// MQTT-SN-4.7.2.2-3 (MUST NOT, Client)
///
/// > If a Client subscribes to a Topic Filter which includes wildcard characters, a Topic Alias
/// > (Predefined or Session) MUST NOT be returned in the SUBACK packet.
///
/// Spec: mqtt-sn-v2.0, section 4.7.2.2 (Session Topic Aliases)
#[specgen::covers("MQTT-SN-4.7.2.2-3", fp = "21837f5f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_7_2_2_3_must_not_returned_suback_packet() {
    todo!()
}

/// MQTT-SN-4.7.2.2-4 (MUST NOT, Unknown)
///
/// > A Session Topic Alias MUST NOT be allowed to map to the same Topic Name as a Predefined
/// > Topic Alias.
///
/// Spec: mqtt-sn-v2.0, section 4.7.2.2 (Session Topic Aliases)
#[specgen::covers("MQTT-SN-4.7.2.2-4", fp = "d00ef17c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_7_2_2_4_session_topic_must_not_allowed_map() {
    todo!()
}

/// MQTT-SN-4.7.2.2-5 (MUST, Server)
///
/// > If a Client requests a Session Topic Alias for a Topic Name which already has a Predefined
/// > Topic Alias, the Server MUST return a REGACK with the Topic Type "Predefined Topic Alias",
/// > the Predefined Topic Alias, and the Reason Code "Topic Alias Exists".
///
/// Spec: mqtt-sn-v2.0, section 4.7.2.2 (Session Topic Aliases)
#[specgen::covers("MQTT-SN-4.7.2.2-5", fp = "a01bcbbb")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_7_2_2_5_server_must_return_regack_topic_type() {
    todo!()
}

/// MQTT-SN-4.7.2.2-6 (MUST, Unknown)
///
/// > A Session Topic alias and a Predefined Topic Alias with the same numerical value MUST map to
/// > different Topic Names.
///
/// Spec: mqtt-sn-v2.0, section 4.7.2.2 (Session Topic Aliases)
#[specgen::covers("MQTT-SN-4.7.2.2-6", fp = "3fbabf75")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_7_2_2_6_session_topic_must_map_different_names() {
    todo!()
}
