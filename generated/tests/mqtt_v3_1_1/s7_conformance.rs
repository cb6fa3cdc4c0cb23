//! mqtt-v3.1.1 section 7: Conformance.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

// MQTT-7.0.0-1 (MUST, MAY, Both)
//
// > An MQTT implementation MAY conform as both an MQTT Client and MQTT Server implementation. A
// > Server that both accepts inbound connections and establishes outbound connections to other
// > Servers MUST conform as both an MQTT Client and MQTT Server.
//
// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 7 (Conformance)
specgen::waive!("MQTT-7.0.0-1", reason = "applies to servers that also connect out to other servers (bridges): their client side needs the client suite, which comes later, and the standard configuration has no bridge; the server side is what this whole suite tests");

/// MQTT-7.0.0-2 (MUST NOT, Unknown)
///
/// > Conformant implementations MUST NOT require the use of any extensions defined outside of
/// > this specification in order to interoperate with any other conformant implementation.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 7 (Conformance)
#[specgen::covers("MQTT-7.0.0-2", fp = "54a20066")]
#[test]
fn mqtt_7_0_0_2_plain_3_1_1_client_interoperates() -> R {
    // A session using nothing beyond this specification: no credentials, no
    // TLS, no properties or extension topics.
    run(|b| {
        let why = "plain MQTT 3.1.1 client not served";
        let t = unique_topic("plain");
        let mut c = connected(b, "plain").because(why)?;
        c.subscribe(&t, QoS::ExactlyOnce).because(why)?;
        let mut p = connected(b, "plain").because(why)?;
        for (qos, payload) in [(QoS::AtMostOnce, b"q0"), (QoS::AtLeastOnce, b"q1"), (QoS::ExactlyOnce, b"q2")] {
            p.publish(&t, payload, qos).because(why)?;
            expect_payload(&mut c, payload).because(why)?;
        }
        c.unsubscribe(&t).because(why)?;
        c.ping().because(why)?;
        c.disconnect().because(why)
    })
}
