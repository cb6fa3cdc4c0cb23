//! mqtt-v5.0 section 4.4: Message delivery retry.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_qos::*;

/// MQTT-4.4.0-1 (MUST, MUST NOT, REQUIRED, Both)
///
/// > When a Client reconnects with Clean Start set to 0 and a session is present, both the Client
/// > and Server MUST resend any unacknowledged PUBLISH packets (where QoS > 0) and PUBREL packets
/// > using their original Packet Identifiers. This is the only circumstance where a Client or
/// > Server is REQUIRED to resend messages. Clients and Servers MUST NOT resend messages at any
/// > other time.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.4 (Message delivery retry)
#[specgen::covers("MQTT-4.4.0-1", fp = "1bbc983c")]
#[test]
fn mqtt_4_4_0_1_both_client_must_resend_unacknowledged_publish() -> R {
    run(|b| {
        let id = unique_client_id("retry");
        let topic = unique_topic("retry");
        let mut s = persistent_subscriber(b, &id, &topic, QoS::ExactlyOnce).vehicle("a persistent subscription")?;
        let mut publ = connected_v5(b, "pub")?;
        // Only with a second message allowed in flight can a marker pass an
        // unacknowledged one: "not re-sent on the open connection" is
        // checked by order there, and left unchecked on a one-message window.
        let marker_passes = in_flight(b, 2) >= 2;
        // Round 1: a QoS 1 PUBLISH left without PUBACK is not re-sent on the
        // open connection, and is re-sent with its id on resuming.
        publ.publish(&topic, b"q1", QoS::AtLeastOnce).vehicle("publishing")?;
        let q1 = next_publish(&mut s).vehicle("delivery at QoS 1")?;
        if marker_passes && !until_marker(b, &mut s, &topic)?.is_empty() {
            return Err(s.fail_with("the unacknowledged PUBLISH was re-sent on the open connection"));
        }
        drop(s);
        let (mut s, present) = persistent_v5(b, &id, LONG_SESSION).vehicle("resuming the session")?;
        if !present {
            return Err(s.fail_with("CONNACK session present 0")).vehicle("resuming the session");
        }
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
        // Round 2: a QoS 2 flow left after PUBREL: the PUBREL, not re-sent on
        // the open connection, is re-sent with its id on resuming.
        publ.publish(&topic, b"q2", QoS::ExactlyOnce).vehicle("publishing")?;
        let q2 = next_publish(&mut s).vehicle("delivery at QoS 2")?;
        s.send(PubRec::new(q2.packet_id))?;
        s.expect_flow_ack(PacketType::PubRel, q2.packet_id).vehicle("the QoS 2 flow up to PUBREL")?;
        if marker_passes && !until_marker(b, &mut s, &topic)?.is_empty() {
            return Err(s.fail_with("the unacknowledged PUBREL was re-sent on the open connection"));
        }
        drop(s);
        let (mut s, _) = persistent_v5(b, &id, LONG_SESSION).vehicle("resuming the session")?;
        let resent = format!("the unacknowledged PUBREL id={} re-sent with its original id", q2.packet_id);
        match s.recv().because(&resent)? {
            Packet::PubRel(r) if r.packet_id == q2.packet_id => {}
            other => return Err(s.fail_with(format!("expected {resent}, received {other}"))),
        }
        s.send(PubComp::new(q2.packet_id))?;
        if let Some(p) = until_marker(b, &mut s, &topic)?.first() {
            return Err(s.fail_with(format!("expected only {resent}, then received {p}")));
        }
        // Round 3, the Client's side: a publisher resuming its session
        // re-sends its unacknowledged PUBREL with the original id; the server
        // must complete that flow and deliver the message once.
        let pid = unique_client_id("retry-pub");
        let (mut p, _) = persistent_v5(b, &pid, LONG_SESSION).vehicle("a persistent publisher session")?;
        p.send(Publish::new(&topic, "from client").qos(QoS::ExactlyOnce, 42))?;
        p.expect_flow_ack(PacketType::PubRec, 42).vehicle("PUBREC")?;
        drop(p);
        let (mut p, present) = persistent_v5(b, &pid, LONG_SESSION).vehicle("resuming the publisher's session")?;
        if !present {
            return Err(p.fail_with("CONNACK session present 0")).vehicle("resuming the publisher's session");
        }
        p.send(PubRel::new(42))?;
        p.expect_flow_ack(PacketType::PubComp, 42)
            .because("the PUBREL re-sent with its original id after resuming was not completed")?;
        expect_payload(&mut s, b"from client").because("the message released after resuming was not delivered")?;
        if !until_marker(b, &mut s, &topic)?.is_empty() {
            return Err(s.fail_with("the message released after resuming was delivered more than once"));
        }
        Ok(())
    })
}

/// MQTT-4.4.0-2 (MUST NOT, Unknown)
///
/// > If PUBACK or PUBREC is received containing a Reason Code of 0x80 or greater the
/// > corresponding PUBLISH packet is treated as acknowledged, and MUST NOT be retransmitted.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.4 (Message delivery retry)
#[specgen::covers("MQTT-4.4.0-2", fp = "cfb276db")]
#[test]
fn mqtt_4_4_0_2_must_not_retransmitted() -> R {
    run(|b| {
        // The server sends; the subscriber refuses with PUBACK / PUBREC
        // 0x80. Neither message may come again: not on the open connection,
        // not when the session resumes.
        let refuse = |qos: QoS| -> R {
            let id = unique_client_id("refuse");
            let topic = unique_topic("refuse");
            let mut s = persistent_subscriber(b, &id, &topic, qos).vehicle("a persistent subscription")?;
            connected_v5(b, "pub")?.publish(&topic, b"refused", qos).vehicle("publishing")?;
            let p = next_publish(&mut s).vehicle("delivery")?;
            match qos {
                QoS::AtLeastOnce => s.send(PubAck::v5(p.packet_id, ReasonCode::UnspecifiedError))?,
                _ => s.send(PubRec::v5(p.packet_id, ReasonCode::UnspecifiedError))?,
            }
            if !publishes(&until_marker(b, &mut s, &topic)?).is_empty() {
                return Err(s.fail_with("the refused PUBLISH was re-sent on the open connection"));
            }
            drop(s);
            let (mut s, present) = persistent_v5(b, &id, LONG_SESSION).vehicle("resuming the session")?;
            if !present {
                return Err(s.fail_with("CONNACK session present 0")).vehicle("resuming the session");
            }
            if !publishes(&until_marker(b, &mut s, &topic)?).is_empty() {
                return Err(s.fail_with("the refused PUBLISH was re-sent to the resumed session"));
            }
            Ok(())
        };
        each_case(
            "a PUBLISH acknowledged with a Reason Code >= 0x80 was retransmitted",
            vec![case("PUBACK 0x80", || refuse(QoS::AtLeastOnce)), case("PUBREC 0x80", || refuse(QoS::ExactlyOnce))],
        )
    })
}
