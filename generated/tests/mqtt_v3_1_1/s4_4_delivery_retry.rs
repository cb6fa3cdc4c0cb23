//! mqtt-v3.1.1 section 4.4: Message delivery retry.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_publish::*;

/// MQTT-4.4.0-1 (MUST, Both)
///
/// > When a Client reconnects with CleanSession set to 0, both the Client and Server MUST re-send
/// > any unacknowledged PUBLISH Packets (where QoS > 0) and PUBREL Packets using their original
/// > Packet Identifiers.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.4 (Message delivery retry)
#[specgen::covers("MQTT-4.4.0-1", fp = "64bca199")]
#[test]
fn mqtt_4_4_0_1_unacknowledged_publish_and_pubrel_are_resent_on_reconnect() -> Result<(), ScriptError> {
    run(|b| {
        // One unacknowledged flow per round, so a server keeping a single
        // message in flight (as 3.1.1 allows) can show both re-sends.
        let id = unique_client_id("retry");
        let topic = unique_topic("retry");
        let (mut s, _) = persistent(b, &id).vehicle("a persistent session")?;
        s.subscribe(&topic, QoS::ExactlyOnce).vehicle("subscribing")?;
        let mut publ = connected(b, "pub")?;
        // Round 1: a QoS 1 PUBLISH left without PUBACK.
        publ.publish(&topic, b"q1", QoS::AtLeastOnce).vehicle("publishing")?;
        let q1 = next_publish(&mut s).vehicle("delivery at QoS 1")?;
        drop(s);
        let (mut s, _) = persistent(b, &id).vehicle("resuming the session")?;
        let resent = format!("the unacknowledged PUBLISH id={} re-sent with its original id", q1.packet_id);
        match s.recv().because(&resent)? {
            Packet::Publish(p) if p.packet_id == q1.packet_id && p.payload == b"q1" => {}
            other => return Err(s.fail_with(format!("expected {resent}, received {other}"))),
        }
        // Acknowledged, so a marker passes on any window: nothing else comes before it.
        s.send(PubAck::new(q1.packet_id))?;
        if let Some(p) = until_marker(b, &mut s, &topic)?.first() {
            return Err(s.fail_with(format!("expected only {resent}, then received {p}")));
        }
        // Round 2: a QoS 2 flow left after PUBREL, without PUBCOMP.
        publ.publish(&topic, b"q2", QoS::ExactlyOnce).vehicle("publishing")?;
        let q2 = next_publish(&mut s).vehicle("delivery at QoS 2")?;
        s.send(PubRec::new(q2.packet_id))?;
        s.expect(PubRel::new(q2.packet_id)).vehicle("the QoS 2 flow up to PUBREL")?;
        drop(s);
        let (mut s, _) = persistent(b, &id).vehicle("resuming the session")?;
        let resent = format!("the unacknowledged PUBREL id={} re-sent with its original id", q2.packet_id);
        match s.recv().because(&resent)? {
            Packet::PubRel(r) if r == PubRel::new(q2.packet_id) => {}
            other => return Err(s.fail_with(format!("expected {resent}, received {other}"))),
        }
        s.send(PubComp::new(q2.packet_id))?;
        if let Some(p) = until_marker(b, &mut s, &topic)?.first() {
            return Err(s.fail_with(format!("expected only {resent}, then received {p}")));
        }
        Ok(())
    })
}
