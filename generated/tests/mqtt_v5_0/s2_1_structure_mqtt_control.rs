//! mqtt-v5.0 section 2.1: Structure of an MQTT Control Packet.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-2.1.3-1 (MUST, Unknown)
///
/// > Where a flag bit is marked as “Reserved”, it is reserved for future use and MUST be set to
/// > the value listed.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 2.1.3 (Flags)
#[specgen::covers("MQTT-2.1.3-1", fp = "33a00cdb")]
#[test]
#[ignore = "skeleton"]
fn mqtt_2_1_3_1_reserved_future_must_set_value_listed() {
    todo!()
}
