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
        let id = unique_client_id("retry");
        let topic = unique_topic("retry");
        let (mut s, _) = persistent(b, &id)?;
        s.subscribe(&topic, QoS::ExactlyOnce)?;
        let mut publ = connected(b, "pub")?;
        publ.publish(&topic, b"q1", QoS::AtLeastOnce)?;
        publ.publish(&topic, b"q2", QoS::ExactlyOnce)?;
        if in_flight(b, 2) < 2 {
            return one_in_flight_resends(b, &id, s);
        }
        let q1 = next_publish(&mut s)?;
        let q2 = next_publish(&mut s)?;
        s.send(PubRec::new(q2.packet_id))?;
        s.expect(PubRel::new(q2.packet_id))?;
        drop(s); // q1 unacknowledged, q2's PUBREL unacknowledged
        let (mut s, _) = persistent(b, &id)?;
        let mut again = packets_until_quiet(&mut s)?;
        again.sort_by_key(|p| p.packet_type() as u8);
        let ok = match again.as_slice() {
            [Packet::Publish(p), Packet::PubRel(r)] => {
                p.packet_id == q1.packet_id && p.payload == b"q1" && r.packet_id == q2.packet_id
            }
            _ => false,
        };
        if !ok {
            return Err(s.fail_with(format!(
                "expected PUBLISH id={} and PUBREL id={} re-sent with their original ids",
                q1.packet_id, q2.packet_id
            )));
        }
        Ok(())
    })
}

/// The same checks, one at a time, for a target that keeps 1 message in
/// flight (q2 is sent only once q1 is acknowledged): the unacknowledged
/// PUBLISH q1, then the unacknowledged PUBREL of q2, are re-sent on reconnect.
fn one_in_flight_resends(b: &Broker, id: &str, mut s: Client) -> R {
    let q1 = next_publish(&mut s)?;
    drop(s); // q1 unacknowledged
    let (mut s, _) = persistent(b, id)?;
    let p = next_publish(&mut s)?;
    if p.packet_id != q1.packet_id || p.payload != b"q1" {
        return Err(s.fail_with(format!("expected PUBLISH id={} (q1) re-sent with its original id", q1.packet_id)));
    }
    s.send(PubAck::new(p.packet_id))?;
    let q2 = next_publish(&mut s)?;
    s.send(PubRec::new(q2.packet_id))?;
    s.expect(PubRel::new(q2.packet_id))?;
    drop(s); // q2's PUBREL unacknowledged
    let (mut s, _) = persistent(b, id)?;
    if packets_until_quiet(&mut s)? != [Packet::PubRel(PubRel::new(q2.packet_id))] {
        return Err(s.fail_with(format!("expected PUBREL id={} re-sent with its original id", q2.packet_id)));
    }
    Ok(())
}
