//! mqtt-v3.1.1 section 1.5: UTF-8 encoded strings.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-1.5.3-1 (MUST, MUST NOT, Both)
///
/// > The character data in a UTF-8 encoded string MUST be well-formed UTF-8 as defined by the
/// > Unicode specification [Unicode] and restated in RFC 3629 [RFC3629]. In particular this data
/// > MUST NOT include encodings of code points between U+D800 and U+DFFF. If a Server or Client
/// > receives a Control Packet containing ill-formed UTF-8 it MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 1.5.3 (UTF-8 encoded strings)
#[specgen::covers("MQTT-1.5.3-1", fp = "e9c50b0a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_1_5_3_1_character_data_must_well_formed_defined() {
    todo!()
}

/// MQTT-1.5.3-2 (MUST, MUST NOT, Both)
///
/// > A UTF-8 encoded string MUST NOT include an encoding of the null character U+0000. If a
/// > receiver (Server or Client) receives a Control Packet containing U+0000 it MUST close the
/// > Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 1.5.3 (UTF-8 encoded strings)
#[specgen::covers("MQTT-1.5.3-2", fp = "18702658")]
#[test]
#[ignore = "skeleton"]
fn mqtt_1_5_3_2_utf_encoded_must_not_include_encoding() {
    todo!()
}

/// MQTT-1.5.3-3 (MUST NOT, Unknown)
///
/// > A UTF-8 encoded sequence 0xEF 0xBB 0xBF is always to be interpreted to mean U+FEFF ("ZERO
/// > WIDTH NO-BREAK SPACE") wherever it appears in a string and MUST NOT be skipped over or
/// > stripped off by a packet receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 1.5.3 (UTF-8 encoded strings)
#[specgen::covers("MQTT-1.5.3-3", fp = "3bc5d796")]
#[test]
#[ignore = "skeleton"]
fn mqtt_1_5_3_3_wherever_appears_must_not_skipped_over() {
    todo!()
}
