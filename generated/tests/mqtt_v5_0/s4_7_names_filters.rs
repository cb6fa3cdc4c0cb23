//! mqtt-v5.0 section 4.7: Topic Names and Topic Filters.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-4.7.0-1 (MUST NOT, Unknown)
///
/// > The wildcard characters can be used in Topic Filters, but MUST NOT be used within a Topic
/// > Name.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.7.1 (Topic wildcards)
#[specgen::covers("MQTT-4.7.0-1", fp = "ba2f5a52")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_7_0_1_but_must_not_used_within_topic() {
    todo!()
}

/// MQTT-4.7.1-1 (MUST, Unknown)
///
/// > The multi-level wildcard character MUST be specified either on its own or following a topic
/// > level separator. In either case it MUST be the last character specified in the Topic Filter.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.7.1.2 (Multi-level wildcard)
#[specgen::covers("MQTT-4.7.1-1", fp = "016e8c80")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_7_1_1_multi_level_must_specified_either_own() {
    todo!()
}

/// MQTT-4.7.1-2 (MUST, Unknown)
///
/// > The single-level wildcard can be used at any level in the Topic Filter, including first and
/// > last levels. Where it is used, it MUST occupy an entire level of the filter.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.7.1.3 (Single-level wildcard)
#[specgen::covers("MQTT-4.7.1-2", fp = "4bb5bad7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_7_1_2_must_occupy_entire_level_filter() {
    todo!()
}

/// MQTT-4.7.2-1 (MUST NOT, Server)
///
/// > The Server MUST NOT match Topic Filters starting with a wildcard character (# or +) with
/// > Topic Names beginning with a $ character.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.7.2 (Topics beginning with $)
#[specgen::covers("MQTT-4.7.2-1", fp = "28393acf")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_7_2_1_server_must_not_match_topic_filters() {
    todo!()
}

/// MQTT-4.7.3-1 (MUST, Unknown)
///
/// > All Topic Names and Topic Filters MUST be at least one character long
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.7.3 (Topic semantic and usage)
#[specgen::covers("MQTT-4.7.3-1", fp = "9fbfe0a3")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_7_3_1_all_topic_must_least_one_character() {
    todo!()
}

/// MQTT-4.7.3-2 (MUST NOT, Unknown)
///
/// > Topic Names and Topic Filters MUST NOT include the null character (Unicode U+0000) [Unicode]
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.7.3 (Topic semantic and usage)
#[specgen::covers("MQTT-4.7.3-2", fp = "d69e5951")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_7_3_2_topic_names_must_not_include_null() {
    todo!()
}

/// MQTT-4.7.3-3 (MUST NOT, Unknown)
///
/// > Topic Names and Topic Filters are UTF-8 Encoded Strings; they MUST NOT encode to more than
/// > 65,535 bytes.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.7.3 (Topic semantic and usage)
#[specgen::covers("MQTT-4.7.3-3", fp = "3c6d9799")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_7_3_3_must_not_encode_more() {
    todo!()
}

/// MQTT-4.7.3-4 (MUST NOT, Server)
///
/// > When it performs subscription matching the Server MUST NOT perform any normalization of
/// > Topic Names or Topic Filters, or any modification or substitution of unrecognized
/// > characters.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.7.3 (Topic semantic and usage)
#[specgen::covers("MQTT-4.7.3-4", fp = "c7a53854")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_7_3_4_performs_subscription_must_not_perform_normalization() {
    todo!()
}
