//! mqtt-v3.1.1 section 7.1: MQTT Server.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-7.1.1-1 (MUST, Server)
///
/// > Chapter 7 - Conformance Targets A conformant Server MUST support the use of one or more
/// > underlying transport protocols that provide an ordered, lossless, stream of bytes from the
/// > Client to Server and Server to Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 7.1.1 (MQTT Server)
#[specgen::covers("MQTT-7.1.1-1", fp = "61d83247")]
#[test]
#[ignore = "skeleton"]
fn mqtt_7_1_1_1_chapter_conformance_must_support_use_one() {
    todo!()
}

/// MQTT-7.1.2-1 (MUST, Client)
///
/// > Chapter 6 - (if MQTT is transported over a WebSocket connection) - Chapter 7 - Conformance
/// > Targets A conformant Client MUST support the use of one or more underlying transport
/// > protocols that provide an ordered, lossless, stream of bytes from the Client to Server and
/// > Server to Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 7.1.2 (MQTT Client)
#[specgen::covers("MQTT-7.1.2-1", fp = "636ffdb8")]
#[test]
#[ignore = "skeleton"]
fn mqtt_7_1_2_1_chapter_conformance_must_support_use_one() {
    todo!()
}
