//! mqtt-v3.1.1 section 2.2: Flags.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-2.2.2-1 (MUST, Unknown)
///
/// > Where a flag bit is marked as “Reserved” in Table 2.2 - Flag Bits, it is reserved for future
/// > use and MUST be set to the value listed in that table.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.2.2 (Flags)
#[specgen::covers("MQTT-2.2.2-1", fp = "51fad6d9")]
#[test]
#[ignore = "skeleton"]
fn mqtt_2_2_2_1_reserved_future_must_set_value_listed() {
    todo!()
}

/// MQTT-2.2.2-2 (MUST, Both)
///
/// > If invalid flags are received, the receiver MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.2.2 (Flags)
#[specgen::covers("MQTT-2.2.2-2", fp = "d73c59bc")]
#[test]
#[ignore = "skeleton"]
fn mqtt_2_2_2_2_receiver_must_close_network_connection() {
    todo!()
}
