//! mqtt-sn-v2.0 section 1.8: Data representation.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-1.8.4-1 (MUST, MUST NOT, Unknown)
///
/// > The character data in a UTF-8 Encoded String MUST be well-formed UTF-8 as defined by the
/// > Unicode specification [Unicode] and restated in RFC 3629 [RFC3629]. In particular, the
/// > character data MUST NOT include encodings of code points between U+D800 and U+DFFF.
///
/// Spec: mqtt-sn-v2.0, section 1.8.4 (UTF-8 Encoded String)
#[specgen::covers("MQTT-SN-1.8.4-1", fp = "00162837")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_1_8_4_1_character_data_must_well_formed_defined() {
    todo!()
}

/// MQTT-SN-1.8.4-2 (MUST NOT, Unknown)
///
/// > A UTF-8 Encoded String MUST NOT include an encoding of the null character U+0000.
///
/// Spec: mqtt-sn-v2.0, section 1.8.4 (UTF-8 Encoded String)
#[specgen::covers("MQTT-SN-1.8.4-2", fp = "c0b548db")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_1_8_4_2_utf_encoded_must_not_include_encoding() {
    todo!()
}

/// MQTT-SN-1.8.4-3 (MUST NOT, Unknown)
///
/// > A UTF-8 encoded sequence 0xEF 0xBB 0xBF is always interpreted as U+FEFF ("ZERO WIDTH
/// > NO-BREAK SPACE") wherever it appears in a string and MUST NOT be skipped over or stripped
/// > off by a packet receiver.
///
/// Spec: mqtt-sn-v2.0, section 1.8.4 (UTF-8 Encoded String)
#[specgen::covers("MQTT-SN-1.8.4-3", fp = "324f6605")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_1_8_4_3_wherever_appears_must_not_skipped_over() {
    todo!()
}
