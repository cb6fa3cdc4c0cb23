//! mqtt-sn-v2.0 section 3.10: UNSUBACK - Unsubscribe Acknowledgement.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-3.10.3-1 (MUST, Server)
///
/// > The Server sending the UNSUBACK Packet MUST use one of the UNSUBACK Reason Codes.
///
/// Spec: mqtt-sn-v2.0, section 3.10.3 (Reason Code)
#[specgen::covers("MQTT-SN-3.10.3-1", fp = "821ac34b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_10_3_1_server_sending_must_use_one_reason() {
    todo!()
}
