//! mqtt-v5.0 section 4.2: Network Connections.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-4.2-1 (MUST, Both)
///
/// > A Client or Server MUST support the use of one or more underlying transport protocols that
/// > provide an ordered, lossless, stream of bytes from the Client to Server and Server to
/// > Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.2 (Network Connections)
#[specgen::covers("MQTT-4.2-1", fp = "a42f7e1f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_2_1_client_server_must_support_use_one() {
    todo!()
}
