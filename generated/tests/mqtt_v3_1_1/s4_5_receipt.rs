//! mqtt-v3.1.1 section 4.5: Message receipt.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_publish::*;

/// MQTT-4.5.0-1 (MUST, Server)
///
/// > When a Server takes ownership of an incoming Application Message it MUST add it to the
/// > Session state of those clients that have matching Subscriptions. Matching rules are defined
/// > in Section 4.7.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.5 (Message receipt)
#[specgen::covers("MQTT-4.5.0-1", fp = "ea2cb6a8")]
#[test]
fn mqtt_4_5_0_1_accepted_message_is_added_to_the_sessions_of_matching_subscribers() -> Result<(), ScriptError> {
    run(|b| {
        let base = unique_topic("owner");
        let id = unique_client_id("offline");
        let step = "subscribing";
        let (mut away, _) = persistent(b, &id).vehicle("a persistent session")?;
        away.subscribe(&format!("{base}/+"), QoS::AtLeastOnce).vehicle(step)?;
        away.disconnect().vehicle("DISCONNECT")?;
        let mut online = subscriber(b, &format!("{base}/#"), QoS::AtLeastOnce).vehicle(step)?;
        let mut other = subscriber(b, &format!("{base}/other"), QoS::AtLeastOnce).vehicle(step)?;
        // PUBACK: ownership taken.
        connected(b, "pub")?.publish(&format!("{base}/t"), b"m", QoS::AtLeastOnce).vehicle("publishing")?;
        if payloads(&publishes_until_marker(b, &mut online, &format!("{base}/t"))?) != ["m"] {
            return Err(online.fail_with("the connected matching subscriber did not get the message"));
        }
        let (mut away, _) = persistent(b, &id)?;
        if payloads(&publishes_until_marker(b, &mut away, &format!("{base}/t"))?) != ["m"] {
            return Err(away.fail_with("the message was not added to the offline session's state"));
        }
        // A marker on its own topic must be the first message `other` gets.
        expect_only_marker(b, &mut other, &format!("{base}/other")).because("a non-matching subscriber got the message")
    })
}

// MQTT-4.5.0-2 (MUST, Client)
//
// > The Client MUST acknowledge any Publish Packet it receives according to the applicable QoS
// > rules regardless of whether it elects to process the Application Message that it contains.
//
// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.5 (Message receipt)
// A Client obligation: tested against real client libraries by the client
// suite (generated/tests/clients_v3_1_1, `scripts/clients`, one result per client).
