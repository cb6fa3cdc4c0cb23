//! mqtt-v5.0 section 1.5: Data representation.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-1.5.4-1 (MUST, MUST NOT, Unknown)
///
/// > The character data in a UTF-8 Encoded String MUST be well-formed UTF-8 as defined by the
/// > Unicode specification [Unicode] and restated in RFC 3629 [RFC3629]. In particular, the
/// > character data MUST NOT include encodings of code points between U+D800 and U+DFFF.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 1.5.4 (UTF-8 Encoded String)
#[specgen::covers("MQTT-1.5.4-1", fp = "00162837")]
#[test]
#[ignore = "skeleton"]
fn mqtt_1_5_4_1_character_data_must_well_formed_defined() {
    todo!()
}

/// MQTT-1.5.4-2 (MUST NOT, Unknown)
///
/// > A UTF-8 Encoded String MUST NOT include an encoding of the null character U+0000.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 1.5.4 (UTF-8 Encoded String)
#[specgen::covers("MQTT-1.5.4-2", fp = "c0b548db")]
#[test]
#[ignore = "skeleton"]
fn mqtt_1_5_4_2_utf_encoded_must_not_include_encoding() {
    todo!()
}

/// MQTT-1.5.4-3 (MUST NOT, Unknown)
///
/// > A UTF-8 encoded sequence 0xEF 0xBB 0xBF is always interpreted as U+FEFF ("ZERO WIDTH NO
/// > BREAK SPACE") wherever it appears in a string and MUST NOT be skipped over or stripped off
/// > by a packet receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 1.5.4 (UTF-8 Encoded String)
#[specgen::covers("MQTT-1.5.4-3", fp = "4e60f8ac")]
#[test]
#[ignore = "skeleton"]
fn mqtt_1_5_4_3_wherever_appears_must_not_skipped_over() {
    todo!()
}

/// MQTT-1.5.5-1 (MUST, Unknown)
///
/// > The encoded value MUST use the minimum number of bytes necessary to represent the value.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 1.5.5 (Variable Byte Integer)
#[specgen::covers("MQTT-1.5.5-1", fp = "5b9f21fe")]
#[test]
#[ignore = "skeleton"]
fn mqtt_1_5_5_1_encoded_value_must_use_minimum_number() {
    todo!()
}

/// MQTT-1.5.7-1 (MUST, Unknown)
///
/// > Both strings MUST comply with the requirements for UTF-8 Encoded Strings.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 1.5.7 (UTF-8 String Pair)
#[specgen::covers("MQTT-1.5.7-1", fp = "dbd2160e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_1_5_7_1_both_strings_must_comply_requirements_utf() {
    todo!()
}
