//! mqtt-sn-v2.0 section 3.14: WAKEUP - Wake up request.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-3.14.2-1 (MUST, Client)
///
/// > The Client MUST transition to the Awake state or remain in the Asleep state.
///
/// Spec: mqtt-sn-v2.0, section 3.14.2 (WAKEUP Actions)
#[specgen::covers("MQTT-SN-3.14.2-1", fp = "6b9cfdf0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_14_2_1_client_must_transition_awake_state_remain() {
    todo!()
}
