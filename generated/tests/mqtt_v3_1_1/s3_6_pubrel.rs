//! mqtt-v3.1.1 section 3.6: Fixed header.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.6.1-1 (MUST, Server)
///
/// > Bits 3,2,1 and 0 of the fixed header in the PUBREL Control Packet are reserved and MUST be
/// > set to 0,0,1 and 0 respectively. The Server MUST treat any other value as malformed and
/// > close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.6.1 (Fixed header)
#[specgen::covers("MQTT-3.6.1-1", fp = "e2a422e7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_6_1_1_fixed_header_must_set() {
    todo!()
}
