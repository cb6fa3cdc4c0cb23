//! mqtt-v5.0 section 4.5: Message receipt.
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
/// > Session State for those Clients that have matching Subscriptions.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.5 (Message receipt)
#[specgen::covers("MQTT-4.5.0-1", fp = "86f91ce0")]
#[test]
fn mqtt_4_5_0_1_server_takes_must_add_session_state() -> R {
    run(|b| {
        // One matching subscriber online, one whose session outlives its
        // connection: each session gets the message.
        let topic = unique_topic("receipt");
        let id = unique_client_id("receipt");
        let (mut away, _) = session_v5(b, &id, true).vehicle("a session that outlives the connection")?;
        away.subscribe(&topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        away.send(Disconnect::new(ReasonCode::NormalDisconnection))?;
        away.expect_closed()?;
        let mut online = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        publish_v5(b, Publish::new(&topic, "owned").qos(QoS::AtLeastOnce, 1)).vehicle("publishing")?;
        expect_payload(&mut online, b"owned").because("not added to the connected subscriber's session")?;
        let (mut away, ack) = session_v5(b, &id, false).vehicle("resuming the session")?;
        if !ack.session_present {
            return Err(away.fail_with("the session was not kept")).vehicle("resuming the session");
        }
        expect_payload(&mut away, b"owned").because("not added to the disconnected subscriber's session")?;
        Ok(())
    })
}
