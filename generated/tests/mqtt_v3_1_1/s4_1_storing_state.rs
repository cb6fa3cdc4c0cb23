//! mqtt-v3.1.1 section 4.1: Storing state.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_publish::*;

/// MQTT-4.1.0-1 (MUST, Both)
///
/// > The Client and Server MUST store Session state for the entire duration of the Session.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.1 (Storing state)
#[specgen::covers("MQTT-4.1.0-1", fp = "e6ebcb38")]
#[test]
fn mqtt_4_1_0_1_session_state_is_kept_across_connections_of_a_session() -> Result<(), ScriptError> {
    run(|b| {
        let id = unique_client_id("session");
        let topic = unique_topic("session");
        let (mut s, _) = persistent(b, &id).vehicle("a persistent session")?;
        s.subscribe(&topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        let mut publ = connected(b, "pub")?;
        publ.publish(&topic, b"unacknowledged", QoS::AtLeastOnce).vehicle("publishing")?;
        next_publish(&mut s).vehicle("delivery at QoS 1")?;
        drop(s); // network connection lost, session continues
        publ.publish(&topic, b"queued", QoS::AtLeastOnce).vehicle("publishing")?;
        let (mut s, present) = persistent(b, &id)?;
        let got = publishes_until_marker(b, &mut s, &topic)?;
        if !present || payloads(&got) != ["unacknowledged", "queued"] {
            return Err(s.fail_with(format!(
                "session present={present}, delivered {:?}; the session's unacknowledged and \
                 queued messages must survive the reconnect",
                payloads(&got)
            )));
        }
        publ.publish(&topic, b"subscription kept", QoS::AtLeastOnce).vehicle("publishing")?;
        if payloads(&publishes_until_marker(b, &mut s, &topic)?) != ["subscription kept"] {
            return Err(s.fail_with("the session's subscription was lost"));
        }
        Ok(())
    })
}

/// MQTT-4.1.0-2 (MUST, Unknown)
///
/// > A Session MUST last at least as long it has an active Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.1 (Storing state)
#[specgen::covers("MQTT-4.1.0-2", fp = "7d7ef54e")]
#[test]
fn mqtt_4_1_0_2_session_lasts_while_the_network_connection_is_active() -> Result<(), ScriptError> {
    run(|b| {
        // A clean session exists exactly as long as its connection: its
        // subscription must still deliver after an idle spell.
        let topic = unique_topic("alive");
        let mut sub = b.client()?;
        sub.connect_with(Connect::new(unique_client_id("alive")).keep_alive(1))?;
        sub.subscribe(&topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        for _ in 0..3 {
            std::thread::sleep(Duration::from_millis(500));
            sub.ping()?;
        }
        connected(b, "pub")?.publish(&topic, b"still subscribed", QoS::AtLeastOnce).vehicle("publishing")?;
        if payloads(&publishes_until_marker(b, &mut sub, &topic)?) != ["still subscribed"] {
            return Err(sub.fail_with("the session ended while its connection was active"));
        }
        // The rest of the session state lasts too: a QoS 2 flow the client
        // left half done (PUBREC received, PUBREL not yet sent) completes
        // after another idle spell. Another client watches the topic (the
        // server may forward the message before or after the PUBREL).
        let held = unique_topic("held");
        let mut watch = subscriber(b, &held, QoS::AtLeastOnce).vehicle("subscribing")?;
        let id = sub.next_packet_id();
        sub.send(Publish::new(&held, "held").qos(QoS::ExactlyOnce, id))?;
        sub.expect(PubRec::new(id)).vehicle("a QoS 2 PUBLISH answered with PUBREC")?;
        for _ in 0..3 {
            std::thread::sleep(Duration::from_millis(500));
            sub.ping()?;
        }
        sub.send(PubRel::new(id))?;
        sub.expect(PubComp::new(id)).because("the half-done QoS 2 flow was lost while the connection was active")?;
        if payloads(&publishes_until_marker(b, &mut watch, &held)?) != ["held"] {
            return Err(watch.fail_with("the QoS 2 message held in the session was not delivered exactly once"));
        }
        Ok(())
    })
}
