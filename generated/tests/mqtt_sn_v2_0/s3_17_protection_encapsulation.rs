//! mqtt-sn-v2.0 section 3.17: Protection Encapsulation.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-3.17-1 (MUST NOT, Unknown)
///
/// > The sender identified by Sender Identifier is the originator of the protected MQTT-SN Packet
/// > and responsible for its protection. This responsibility MUST NOT be delegated to a third
/// > party like a Forwarder.
///
/// Spec: mqtt-sn-v2.0, section 3.17 (Protection Encapsulation)
#[specgen::covers("MQTT-SN-3.17-1", fp = "dc2d3200")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_1_responsibility_must_not_delegated_third_party() {
    todo!()
}

/// MQTT-SN-3.17-2 (MUST, Unknown)
///
/// > All Packets in all Virtual Connections associated with a protected Session MUST use the
/// > Protection Encapsulation.
///
/// Spec: mqtt-sn-v2.0, section 3.17 (Protection Encapsulation)
#[specgen::covers("MQTT-SN-3.17-2", fp = "bab3cee8")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_2_all_packets_must_use_protection_encapsulation() {
    todo!()
}

/// MQTT-SN-3.17-3 (MUST, Both)
///
/// > A protected Packet that has the same Client Identifier but a different Sender Identifier as
/// > an existing protected Session MUST refer to a different Session.
///
/// Spec: mqtt-sn-v2.0, section 3.17 (Protection Encapsulation)
#[specgen::covers("MQTT-SN-3.17-3", fp = "095dd0a7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_3_protected_packet_must() {
    todo!()
}

/// MQTT-SN-3.17-4 (MUST, Client)
///
/// > A protected Packet that has the same Sender Identifier but a different Client Identifier as
/// > an existing protected Session MUST refer to a different Session.
///
/// Spec: mqtt-sn-v2.0, section 3.17 (Protection Encapsulation)
#[specgen::covers("MQTT-SN-3.17-4", fp = "6ebde637")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_4_protected_packet_must() {
    todo!()
}

/// MQTT-SN-3.17-5 (MUST, Client)
///
/// > An unprotected Packet that has the same Client Identifier as an existing protected Session
/// > MUST refer to a different Session.
///
/// Spec: mqtt-sn-v2.0, section 3.17 (Protection Encapsulation)
#[specgen::covers("MQTT-SN-3.17-5", fp = "5761a135")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_5_unprotected_packet_must_different() {
    todo!()
}

/// MQTT-SN-3.17.2.1-1 (MUST NOT, Unknown)
///
/// > The Monotonic Counter Length MUST NOT be set to 0x3 - the value is reserved.
///
/// Spec: mqtt-sn-v2.0, section 3.17.2.1 (Monotonic Counter Length)
#[specgen::covers("MQTT-SN-3.17.2.1-1", fp = "0964d128")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_2_1_1_monotonic_counter_must_not_set_0x3() {
    todo!()
}

/// MQTT-SN-3.17.2.1-2 (MUST, Unknown)
///
/// > If the Monotonic Counter Length is set to 0x2, a Monotonic Counter of 32 bits (4 bytes) in
/// > length MUST be present in the Protection Encapsulation.
///
/// Spec: mqtt-sn-v2.0, section 3.17.2.1 (Monotonic Counter Length)
#[specgen::covers("MQTT-SN-3.17.2.1-2", fp = "6c64d6e0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_2_1_2_length_must_present_protection_encapsulation() {
    todo!()
}

/// MQTT-SN-3.17.2.1-3 (MUST, Unknown)
///
/// > If the Monotonic Counter Length is set to 0x1, a Monotonic Counter of 16 bits (2 bytes) in
/// > length MUST be present in the Protection Encapsulation.
///
/// Spec: mqtt-sn-v2.0, section 3.17.2.1 (Monotonic Counter Length)
#[specgen::covers("MQTT-SN-3.17.2.1-3", fp = "2c94a255")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_2_1_3_length_must_present_protection_encapsulation() {
    todo!()
}

/// MQTT-SN-3.17.2.1-4 (MUST NOT, Unknown)
///
/// > If the Monotonic Counter Length is set to 0x0, a Monotonic Counter MUST NOT be present in
/// > the Protection Encapsulation.
///
/// Spec: mqtt-sn-v2.0, section 3.17.2.1 (Monotonic Counter Length)
#[specgen::covers("MQTT-SN-3.17.2.1-4", fp = "218f4fb7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_2_1_4_monotonic_counter_must_not_present_protection() {
    todo!()
}

/// MQTT-SN-3.17.2.2-1 (MUST, Unknown)
///
/// > If the Cryptographic Material Length is set to 0x3, a Cryptographic Material field of 96
/// > bits (12 bytes) in length MUST be present in the Protection Encapsulation.
///
/// Spec: mqtt-sn-v2.0, section 3.17.2.2 (Cryptographic Material Length)
#[specgen::covers("MQTT-SN-3.17.2.2-1", fp = "f0077e8b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_2_2_1_length_must_present_protection_encapsulation() {
    todo!()
}

/// MQTT-SN-3.17.2.2-2 (MUST, Unknown)
///
/// > If the Cryptographic Material Length is set to 0x2, a Cryptographic Material field of 32
/// > bits (4 bytes) in length MUST be present in the Protection Encapsulation.
///
/// Spec: mqtt-sn-v2.0, section 3.17.2.2 (Cryptographic Material Length)
#[specgen::covers("MQTT-SN-3.17.2.2-2", fp = "154cae9e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_2_2_2_length_must_present_protection_encapsulation() {
    todo!()
}

/// MQTT-SN-3.17.2.2-3 (MUST, Unknown)
///
/// > If the Cryptographic Material Length is set to 0x1, a Cryptographic Material field of 16
/// > bits (2 bytes) in length MUST be present in the Protection Encapsulation.
///
/// Spec: mqtt-sn-v2.0, section 3.17.2.2 (Cryptographic Material Length)
#[specgen::covers("MQTT-SN-3.17.2.2-3", fp = "ad2cc7b7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_2_2_3_length_must_present_protection_encapsulation() {
    todo!()
}

/// MQTT-SN-3.17.2.2-4 (MUST NOT, Unknown)
///
/// > If the Cryptographic Material Length is set to 0x0, a Cryptographic Material field MUST NOT
/// > be present in the Protection Encapsulation.
///
/// Spec: mqtt-sn-v2.0, section 3.17.2.2 (Cryptographic Material Length)
#[specgen::covers("MQTT-SN-3.17.2.2-4", fp = "253c8b34")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_2_2_4_cryptographic_material_must_not_present_protection() {
    todo!()
}

/// MQTT-SN-3.17.2.3-1 (MUST, Unknown)
///
/// > If the Protection Scheme is not "Authentication Only" the Authentication Tag Length MUST be
/// > set to 0x1.
///
/// Spec: mqtt-sn-v2.0, section 3.17.2.3 (Authentication Tag Length)
#[specgen::covers("MQTT-SN-3.17.2.3-1", fp = "7d3a3166")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_2_3_1_protection_scheme_must_set_0x1() {
    todo!()
}

/// MQTT-SN-3.17.2.3-2 (MUST, Unknown)
///
/// > If the Authentication Tag Length is set to 0x1, the length of the Authentication Tag MUST be
/// > equal to the Protection Scheme nominal tag size.
///
/// Spec: mqtt-sn-v2.0, section 3.17.2.3 (Authentication Tag Length)
#[specgen::covers("MQTT-SN-3.17.2.3-2", fp = "ecadae92")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_2_3_2_length_authentication_must_equal_protection_scheme() {
    todo!()
}

/// MQTT-SN-3.17.2.3-3 (MUST NOT, Unknown)
///
/// > The Authentication Tag Length MUST NOT be set to 0x2 or 0x3 - these values are reserved.
///
/// Spec: mqtt-sn-v2.0, section 3.17.2.3 (Authentication Tag Length)
#[specgen::covers("MQTT-SN-3.17.2.3-3", fp = "ee26207a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_2_3_3_authentication_tag_must_not_set_0x2() {
    todo!()
}

/// MQTT-SN-3.17.2.3-4 (MUST, Unknown)
///
/// > If the Authentication Tag Length is set to any value between 0x4 and 0xF inclusive, the
/// > Protection Scheme MUST be "Authentication Only".
///
/// Spec: mqtt-sn-v2.0, section 3.17.2.3 (Authentication Tag Length)
#[specgen::covers("MQTT-SN-3.17.2.3-4", fp = "f1306639")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_2_3_4_protection_scheme_must_authentication_only() {
    todo!()
}

/// MQTT-SN-3.17.2.3-5 (MUST, Unknown)
///
/// > Authentication Tag Length values between 0x4 and 0xF inclusive MUST only be used for the
/// > truncation of "Authentication Only" protection schemes.
///
/// Spec: mqtt-sn-v2.0, section 3.17.2.3 (Authentication Tag Length)
#[specgen::covers("MQTT-SN-3.17.2.3-5", fp = "51dd120c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_2_3_5_authentication_tag_must_only_used_truncation() {
    todo!()
}

/// MQTT-SN-3.17.2.3-6 (MUST, Unknown)
///
/// > In these cases the length of the Authentication Tag MUST be sixteen times the Authentication
/// > Tag Length.
///
/// Spec: mqtt-sn-v2.0, section 3.17.2.3 (Authentication Tag Length)
#[specgen::covers("MQTT-SN-3.17.2.3-6", fp = "ec59c7e7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_2_3_6_cases_length_must_sixteen_times() {
    todo!()
}

/// MQTT-SN-3.17.2.3-7 (MUST, Unknown)
///
/// > If truncation of the output of the authentication algorithm is required, it MUST be taken in
/// > most significant bits first order (leftmost bits).
///
/// Spec: mqtt-sn-v2.0, section 3.17.2.3 (Authentication Tag Length)
#[specgen::covers("MQTT-SN-3.17.2.3-7", fp = "22231ec7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_2_3_7_must_taken_most_significant_bits_first() {
    todo!()
}

/// MQTT-SN-3.17.2.3-8 (MUST NOT, Unknown)
///
/// > Authentication Tag Length values for some Authentication Only protection schemes MUST NOT be
/// > used if they define a tag size bigger than the nominal tag size.
///
/// Spec: mqtt-sn-v2.0, section 3.17.2.3 (Authentication Tag Length)
#[specgen::covers("MQTT-SN-3.17.2.3-8", fp = "bb626e9c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_2_3_8_authentication_tag_must_not_used_define() {
    todo!()
}

/// MQTT-SN-3.17.3-1 (MUST, Unknown)
///
/// > The Protection Scheme is a one byte field which MUST contain one of the indexes in table
/// > 3-39 which is not reserved.
///
/// Spec: mqtt-sn-v2.0, section 3.17.3 (Protection Scheme)
#[specgen::covers("MQTT-SN-3.17.3-1", fp = "dd292370")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_3_1_protection_scheme_must_contain_indexes_table() {
    todo!()
}

/// MQTT-SN-3.17.3-2 (no keyword, Unknown)
///
/// > The thirteen byte nonce recommended for AES CCM must be obtained by performing SHA256,
/// > truncated to the leftmost 104 bits, of the sequence Byte 1 to Byte 17+C+M (all packet fields
/// > up to the Protected MQTT-SN Packet).
///
/// Spec: mqtt-sn-v2.0, section 3.17.3 (Protection Scheme)
#[specgen::covers("MQTT-SN-3.17.3-2", fp = "17f84d0c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_3_2_thirteen_byte_nonce_recommended_aes_ccm() {
    todo!()
}

/// MQTT-SN-3.17.3-3 (no keyword, Unknown)
///
/// > The twelve byte initialization vector (IV) recommended for AES GCM must be obtained by
/// > performing SHA256, truncated to the leftmost 96 bits, of the sequence Byte 1 to Byte 17+C+M
/// > (all packet fields up to the Protected MQTT-SN Packet).
///
/// Spec: mqtt-sn-v2.0, section 3.17.3 (Protection Scheme)
#[specgen::covers("MQTT-SN-3.17.3-3", fp = "5213d003")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_3_3_twelve_byte_initialization_vector_iv_recommended() {
    todo!()
}

/// MQTT-SN-3.17.3-4 (no keyword, Unknown)
///
/// > The twelve byte nonce recommended for ChaCha20/Poly1305 must be obtained by performing
/// > SHA256 truncated to 96 bit of the sequence Byte 1 to Byte 17+C+M (all packet fields up to
/// > the Protected MQTT-SN Packet).
///
/// Spec: mqtt-sn-v2.0, section 3.17.3 (Protection Scheme)
#[specgen::covers("MQTT-SN-3.17.3-4", fp = "e0e81737")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_3_4_twelve_byte_nonce_recommended_chacha20_poly1305() {
    todo!()
}

/// MQTT-SN-3.17.4-1 (MUST, Both)
///
/// > The eight byte Sender Identifier field MUST contain a unique value per sender over 8 bytes
/// > (such as a MAC address, or other identifying characteristics).
///
/// Spec: mqtt-sn-v2.0, section 3.17.4 (Sender Identifier)
#[specgen::covers("MQTT-SN-3.17.4-1", fp = "8ec7c8b1")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_4_1_eight_byte_must_contain_unique_value() {
    todo!()
}

/// MQTT-SN-3.17.7-1 (no keyword, Unknown)
///
/// > The counters must be considered independent of session or destination.
///
/// Spec: mqtt-sn-v2.0, section 3.17.7 (Monotonic Counter)
#[specgen::covers("MQTT-SN-3.17.7-1", fp = "46a5fc42")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_7_1_counters_must_considered_independent_session_destination() {
    todo!()
}

/// MQTT-SN-3.17.8-1 (MUST NOT, Unknown)
///
/// > The Protected MQTT-SN Packet MUST NOT be a Forwarder Encapsulated Packet
///
/// Spec: mqtt-sn-v2.0, section 3.17.8 (Protected MQTT-SN Packet)
#[specgen::covers("MQTT-SN-3.17.8-1", fp = "d9629c74")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_17_8_1_protected_mqtt_must_not_forwarder_encapsulated() {
    todo!()
}
