//! mqtt-v3.1.1 section 7: Conformance.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-7.0.0-1 (MUST, MAY, Both)
///
/// > An MQTT implementation MAY conform as both an MQTT Client and MQTT Server implementation. A
/// > Server that both accepts inbound connections and establishes outbound connections to other
/// > Servers MUST conform as both an MQTT Client and MQTT Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 7 (Conformance)
#[specgen::covers("MQTT-7.0.0-1", fp = "c147f881")]
#[test]
#[ignore = "skeleton"]
fn mqtt_7_0_0_1_mqtt_implementation_may_conform_both_client() {
    todo!()
}

/// MQTT-7.0.0-2 (MUST NOT, Unknown)
///
/// > Conformant implementations MUST NOT require the use of any extensions defined outside of
/// > this specification in order to interoperate with any other conformant implementation.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 7 (Conformance)
#[specgen::covers("MQTT-7.0.0-2", fp = "54a20066")]
#[test]
#[ignore = "skeleton"]
fn mqtt_7_0_0_2_conformant_implementations_must_not_require_use() {
    todo!()
}
