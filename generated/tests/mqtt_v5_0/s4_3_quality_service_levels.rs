//! mqtt-v5.0 section 4.3: Quality of Service levels and protocol flows.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_qos::*;

/// MQTT-4.3.1-1 (MUST, Both)
///
/// > In the QoS 0 delivery protocol, the sender MUST send a PUBLISH packet with QoS 0 and DUP
/// > flag set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.1 (QoS 0: At most once delivery)
#[specgen::covers("MQTT-4.3.1-1", fp = "852bf5a8")]
#[test]
fn mqtt_4_3_1_1_sender_must_send_publish_packet_qos() -> R {
    run(|b| {
        // The server is the sender towards subscribers: a message published
        // at QoS 0, and one delivered at QoS 0 because of a QoS 0 grant.
        let topic = unique_topic("qos0");
        let mut sub2 = subscriber_v5(b, &topic, QoS::ExactlyOnce).vehicle("subscribing")?;
        let mut sub0 = subscriber_v5(b, &topic, QoS::AtMostOnce).vehicle("subscribing")?;
        let mut publ = connected_v5(b, "pub")?;
        publ.publish(&topic, b"published at 0", QoS::AtMostOnce).vehicle("publishing")?;
        publ.publish(&topic, b"published at 2", QoS::ExactlyOnce).vehicle("publishing")?;
        for (sub, n) in [(&mut sub2, 1), (&mut sub0, 2)] {
            let got = publishes_until_marker(b, sub, &topic)?;
            if got.iter().any(|p| p.qos == QoS::AtMostOnce && p.dup) {
                return Err(sub.fail_with("a QoS 0 delivery must be a PUBLISH with QoS 0 and DUP 0"));
            }
            let zeros = got.iter().filter(|p| p.qos == QoS::AtMostOnce).count();
            if zeros != n {
                // Which deliveries are QoS 0 ones is MQTT-3.8.4-8's rule.
                let qos: Vec<u8> = got.iter().map(|p| p.qos as u8).collect();
                let e = sub.fail_with(format!("expected {n} deliveries at QoS 0, got QoS {qos:?}"));
                return Err(e).vehicle("delivery at the minimum of published and granted QoS");
            }
        }
        Ok(())
    })
}

/// MQTT-4.3.2-1 (MUST, Both)
///
/// > In the QoS 1 delivery protocol, the sender MUST assign an unused Packet Identifier each time
/// > it has a new Application Message to publish.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.2 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-4.3.2-1", fp = "900c9983")]
#[test]
fn mqtt_4_3_2_1_sender_must_assign_unused_packet_identifier() -> R {
    run(|b| {
        let topic = unique_topic("q1ids");
        let mut s = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        let mut publ = connected_v5(b, "pub")?;
        for m in ["m1", "m2", "m3"] {
            publ.publish(&topic, m.as_bytes(), QoS::AtLeastOnce).vehicle("publishing")?;
        }
        let got = unacked_v5(&mut s, 3, "unused ids for unacknowledged QoS 1 messages")?;
        let ids: Vec<u16> = got.iter().map(|p| p.packet_id).collect();
        if ids.contains(&0) || ids[0] == ids[1] || ids[1] == ids[2] || ids[0] == ids[2] {
            return Err(s.fail_with(format!("three messages in flight must carry three unused ids, got {ids:?}")));
        }
        // Acknowledging m1 frees its id; m2 and m3 still hold theirs.
        s.send(PubAck::new(ids[0]))?;
        publ.publish(&topic, b"m4", QoS::AtLeastOnce).vehicle("publishing")?;
        let m4 = next_publish(&mut s).vehicle("delivery of m4")?;
        if m4.packet_id == 0 || ids[1..].contains(&m4.packet_id) {
            return Err(s.fail_with(format!(
                "m4 got packet id {} while ids {:?} are still unacknowledged",
                m4.packet_id,
                &ids[1..]
            )));
        }
        Ok(())
    })
}

/// MQTT-4.3.2-2 (MUST, Both)
///
/// > In the QoS 1 delivery protocol, the sender MUST send a PUBLISH packet containing this Packet
/// > Identifier with QoS 1 and DUP flag set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.2 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-4.3.2-2", fp = "791657d3")]
#[test]
fn mqtt_4_3_2_2_sender_must_send_publish_packet_containing() -> R {
    run(|b| {
        let topic = unique_topic("q1send");
        let mut s = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        connected_v5(b, "pub")?.publish(&topic, b"at least once", QoS::AtLeastOnce).vehicle("publishing")?;
        let p = next_publish(&mut s).vehicle("delivery")?;
        if p.qos != QoS::AtLeastOnce || p.dup || p.packet_id == 0 {
            return Err(s.fail_with(format!(
                "a new QoS 1 message must be a PUBLISH with QoS 1, DUP 0 and a packet id, got QoS {:?} DUP {} id {}",
                p.qos, p.dup, p.packet_id
            )));
        }
        s.send(PubAck::new(p.packet_id))
    })
}

/// MQTT-4.3.2-3 (MUST, Both)
///
/// > In the QoS 1 delivery protocol, the sender MUST treat the PUBLISH packet as “unacknowledged”
/// > until it has received the corresponding PUBACK packet from the receiver. Refer to section
/// > 4.4 for a discussion of unacknowledged messages.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.2 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-4.3.2-3", fp = "a7d0a171")]
#[test]
fn mqtt_4_3_2_3_sender_must_treat_publish_packet_unacknowledged() -> R {
    run(|b| {
        let id = unique_client_id("q1unacked");
        let topic = unique_topic("q1unacked");
        let mut s = persistent_subscriber(b, &id, &topic, QoS::AtLeastOnce).vehicle("a persistent subscription")?;
        let mut publ = connected_v5(b, "pub")?;
        publ.publish(&topic, b"m1", QoS::AtLeastOnce).vehicle("publishing")?;
        publ.publish(&topic, b"m2", QoS::AtLeastOnce).vehicle("publishing")?;
        let got = unacked_v5(&mut s, 2, "an acknowledged and an unacknowledged QoS 1 message")?;
        s.send(PubAck::new(got[0].packet_id))?;
        s.ping()?; // the PUBACK has been processed
        drop(s); // m2 stays unacknowledged
        let (mut s, present) = persistent_v5(b, &id, LONG_SESSION).vehicle("resuming the session")?;
        if !present {
            return Err(s.fail_with("CONNACK session present 0")).vehicle("resuming the session");
        }
        let before = until_marker(b, &mut s, &topic)?;
        let again = publishes(&before);
        if again.is_empty() {
            // Re-sending is how "unacknowledged" shows [MQTT-4.4.0-1].
            return Err(s.fail_with("nothing was re-sent after reconnecting")).vehicle("re-sending on reconnect");
        }
        if again.len() != 1 || again[0].payload != b"m2" || again[0].packet_id != got[1].packet_id {
            return Err(s.fail_with(format!(
                "only the unacknowledged m2 (id {}) may be re-sent, got {:?}",
                got[1].packet_id,
                again
                    .iter()
                    .map(|p| (String::from_utf8_lossy(&p.payload).into_owned(), p.packet_id))
                    .collect::<Vec<_>>()
            )));
        }
        Ok(())
    })
}

/// MQTT-4.3.2-4 (MUST, Both)
///
/// > In the QoS 1 delivery protocol, the receiver MUST respond with a PUBACK packet containing
/// > the Packet Identifier from the incoming PUBLISH packet, having accepted ownership of the
/// > Application Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.2 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-4.3.2-4", fp = "c3a12989")]
#[test]
fn mqtt_4_3_2_4_receiver_must_respond_puback_packet_containing() -> R {
    run(|b| {
        let topic = unique_topic("q1recv");
        let mut sub = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        let mut publ = connected_v5(b, "pub")?;
        for (id, payload) in [(7u16, "seven"), (0xFFFF, "max id")] {
            publ.send(Publish::new(&topic, payload).qos(QoS::AtLeastOnce, id))?;
            publ.expect_ack(&format!("PUBACK id={id}"), |p| matches!(p, Packet::PubAck(a) if a.packet_id == id))?;
        }
        // Ownership accepted: both are delivered onwards.
        expect_payload(&mut sub, b"seven")?;
        expect_payload(&mut sub, b"max id")?;
        Ok(())
    })
}

/// MQTT-4.3.2-5 (MUST, Both)
///
/// > After it has sent a PUBACK packet the receiver MUST treat any incoming PUBLISH packet that
/// > contains the same Packet Identifier as being a new Application Message, irrespective of the
/// > setting of its DUP flag.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.2 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-4.3.2-5", fp = "ffdf8bec")]
#[test]
fn mqtt_4_3_2_5_after_sent_must_treat_incoming_publish() -> R {
    run(|b| {
        let topic = unique_topic("q1reuse");
        let mut sub = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        let mut publ = connected_v5(b, "pub")?;
        publ.send(Publish::new(&topic, "one").qos(QoS::AtLeastOnce, 7))?;
        publ.expect_flow_ack(PacketType::PubAck, 7)?;
        publ.send(Publish::new(&topic, "two").qos(QoS::AtLeastOnce, 7).dup(true))?;
        publ.expect_flow_ack(PacketType::PubAck, 7)?;
        let got = publishes_until_marker(b, &mut sub, &topic)?;
        if payloads(&got) != ["one", "two"] {
            return Err(sub.fail_with(format!(
                "after PUBACK a PUBLISH with the same id (even DUP 1) is a new message; delivered {:?}",
                payloads(&got)
            )));
        }
        Ok(())
    })
}

/// MQTT-4.3.3-1 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST assign an unused Packet Identifier when it
/// > has a new Application Message to publish.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-1", fp = "dc4bf4b7")]
#[test]
fn mqtt_4_3_3_1_sender_must_assign_unused_packet_identifier() -> R {
    run(|b| {
        let topic = unique_topic("q2ids");
        let mut s = subscriber_v5(b, &topic, QoS::ExactlyOnce).vehicle("subscribing")?;
        let mut publ = connected_v5(b, "pub")?;
        for m in ["m1", "m2", "m3"] {
            publ.publish(&topic, m.as_bytes(), QoS::ExactlyOnce).vehicle("publishing")?;
        }
        let got = unacked_v5(&mut s, 3, "unused ids for unacknowledged QoS 2 messages")?;
        let ids: Vec<u16> = got.iter().map(|p| p.packet_id).collect();
        if ids.contains(&0) || ids[0] == ids[1] || ids[1] == ids[2] || ids[0] == ids[2] {
            return Err(s.fail_with(format!("three messages in flight must carry three unused ids, got {ids:?}")));
        }
        // Completing m1's flow frees its id; m2 and m3 still hold theirs.
        s.send(PubRec::new(ids[0]))?;
        s.expect_flow_ack(PacketType::PubRel, ids[0]).vehicle("the QoS 2 flow of m1")?;
        s.send(PubComp::new(ids[0]))?;
        publ.publish(&topic, b"m4", QoS::ExactlyOnce).vehicle("publishing")?;
        let m4 = next_publish(&mut s).vehicle("delivery of m4")?;
        if m4.packet_id == 0 || ids[1..].contains(&m4.packet_id) {
            return Err(s.fail_with(format!(
                "m4 got packet id {} while ids {:?} are still unacknowledged",
                m4.packet_id,
                &ids[1..]
            )));
        }
        Ok(())
    })
}

/// MQTT-4.3.3-2 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST send a PUBLISH packet containing this Packet
/// > Identifier with QoS 2 and DUP flag set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-2", fp = "20102359")]
#[test]
fn mqtt_4_3_3_2_sender_must_send_publish_packet_containing() -> R {
    run(|b| {
        let topic = unique_topic("q2send");
        let mut s = subscriber_v5(b, &topic, QoS::ExactlyOnce).vehicle("subscribing")?;
        connected_v5(b, "pub")?.publish(&topic, b"exactly once", QoS::ExactlyOnce).vehicle("publishing")?;
        let p = next_publish(&mut s).vehicle("delivery")?;
        if p.qos != QoS::ExactlyOnce || p.dup || p.packet_id == 0 {
            return Err(s.fail_with(format!(
                "a new QoS 2 message must be a PUBLISH with QoS 2, DUP 0 and a packet id, got QoS {:?} DUP {} id {}",
                p.qos, p.dup, p.packet_id
            )));
        }
        Ok(())
    })
}

/// MQTT-4.3.3-3 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST treat the PUBLISH packet as “unacknowledged”
/// > until it has received the corresponding PUBREC packet from the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-3", fp = "02a81f83")]
#[test]
fn mqtt_4_3_3_3_sender_must_treat_publish_packet_unacknowledged() -> R {
    run(|b| {
        let id = unique_client_id("q2unrec");
        let topic = unique_topic("q2unrec");
        let mut s = persistent_subscriber(b, &id, &topic, QoS::ExactlyOnce).vehicle("a persistent subscription")?;
        let mut publ = connected_v5(b, "pub")?;
        publ.publish(&topic, b"a", QoS::ExactlyOnce).vehicle("publishing")?;
        publ.publish(&topic, b"b", QoS::ExactlyOnce).vehicle("publishing")?;
        let got = unacked_v5(&mut s, 2, "a received and an unreceived QoS 2 message")?;
        // a: PUBREC'd and completed; b: never PUBREC'd.
        s.send(PubRec::new(got[0].packet_id))?;
        s.expect_flow_ack(PacketType::PubRel, got[0].packet_id).vehicle("the QoS 2 flow of a")?;
        s.send(PubComp::new(got[0].packet_id))?;
        s.ping()?;
        drop(s);
        let (mut s, present) = persistent_v5(b, &id, LONG_SESSION).vehicle("resuming the session")?;
        if !present {
            return Err(s.fail_with("CONNACK session present 0")).vehicle("resuming the session");
        }
        let before = until_marker(b, &mut s, &topic)?;
        let again = publishes(&before);
        if again.is_empty() {
            return Err(s.fail_with("nothing was re-sent after reconnecting")).vehicle("re-sending on reconnect");
        }
        if again.len() != 1 || again[0].payload != b"b" || again[0].packet_id != got[1].packet_id {
            return Err(s.fail_with(format!(
                "only b (id {}), which never got a PUBREC, may be re-sent; got {} PUBLISH(es)",
                got[1].packet_id,
                again.len()
            )));
        }
        Ok(())
    })
}

/// MQTT-4.3.3-4 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST send a PUBREL packet when it receives a
/// > PUBREC packet from the receiver with a Reason Code value less than 0x80. This PUBREL packet
/// > MUST contain the same Packet Identifier as the original PUBLISH packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-4", fp = "9b91770e")]
#[test]
fn mqtt_4_3_3_4_sender_must_send_pubrel_packet_receives() -> R {
    run(|b| {
        let topic = unique_topic("q2rel");
        let mut s = subscriber_v5(b, &topic, QoS::ExactlyOnce).vehicle("subscribing")?;
        let mut publ = connected_v5(b, "pub")?;
        for m in ["first", "second"] {
            publ.publish(&topic, m.as_bytes(), QoS::ExactlyOnce).vehicle("publishing")?;
            let p = next_publish(&mut s).vehicle("delivery at QoS 2")?;
            // A PUBREC in the short form (Success) and one carrying Reason
            // Code 0x00 and a Reason String explicitly: both are below 0x80.
            let rec = if m == "first" {
                PubRec::new(p.packet_id)
            } else {
                PubRec::v5(p.packet_id, ReasonCode::Success).properties(Properties::new().with_reason_string("ok"))
            };
            s.send(rec)?;
            let id = p.packet_id;
            s.expect_ack(&format!("PUBREL id={id}"), |r| matches!(r, Packet::PubRel(r) if r.packet_id == id))?;
            s.send(PubComp::new(id))?;
        }
        Ok(())
    })
}

/// MQTT-4.3.3-5 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST treat the PUBREL packet as “unacknowledged”
/// > until it has received the corresponding PUBCOMP packet from the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-5", fp = "92d9db84")]
#[test]
fn mqtt_4_3_3_5_sender_must_treat_pubrel_packet_unacknowledged() -> R {
    run(|b| {
        let id = unique_client_id("q2uncomp");
        let topic = unique_topic("q2uncomp");
        let mut s = persistent_subscriber(b, &id, &topic, QoS::ExactlyOnce).vehicle("a persistent subscription")?;
        connected_v5(b, "pub")?.publish(&topic, b"q2", QoS::ExactlyOnce).vehicle("publishing")?;
        let p = next_publish(&mut s).vehicle("delivery at QoS 2")?;
        let pid = p.packet_id;
        s.send(PubRec::new(pid))?;
        s.expect_flow_ack(PacketType::PubRel, pid).vehicle("the QoS 2 flow up to PUBREL")?;
        drop(s); // the PUBREL stays unacknowledged
        let (mut s, present) = persistent_v5(b, &id, LONG_SESSION).vehicle("resuming the session")?;
        if !present {
            return Err(s.fail_with("CONNACK session present 0")).vehicle("resuming the session");
        }
        s.expect_ack(&format!("PUBREL id={pid} re-sent"), |r| matches!(r, Packet::PubRel(r) if r.packet_id == pid))
            .because("a PUBREL without PUBCOMP is still unacknowledged")?;
        s.send(PubComp::new(pid))?;
        s.ping()?;
        drop(s); // acknowledged now: nothing is left to re-send
        let (mut s, _) = persistent_v5(b, &id, LONG_SESSION).vehicle("resuming the session")?;
        let before = until_marker(b, &mut s, &topic)?;
        if !before.is_empty() {
            return Err(s.fail_with(format!(
                "after PUBCOMP nothing of the flow may be re-sent; {} packet(s) came before the marker",
                before.len()
            )));
        }
        Ok(())
    })
}

/// MQTT-4.3.3-6 (MUST NOT, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST NOT re-send the PUBLISH once it has sent the
/// > corresponding PUBREL packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-6", fp = "90286ff5")]
#[test]
fn mqtt_4_3_3_6_sender_must_not_re_send_publish() -> R {
    run(|b| {
        let id = unique_client_id("q2norepub");
        let topic = unique_topic("q2norepub");
        let mut s = persistent_subscriber(b, &id, &topic, QoS::ExactlyOnce).vehicle("a persistent subscription")?;
        connected_v5(b, "pub")?.publish(&topic, b"released", QoS::ExactlyOnce).vehicle("publishing")?;
        let p = next_publish(&mut s).vehicle("delivery at QoS 2")?;
        s.send(PubRec::new(p.packet_id))?;
        s.expect_flow_ack(PacketType::PubRel, p.packet_id).vehicle("the QoS 2 flow up to PUBREL")?;
        drop(s); // PUBREL sent, not completed: only the PUBREL may come again
        let (mut s, present) = persistent_v5(b, &id, LONG_SESSION).vehicle("resuming the session")?;
        if !present {
            return Err(s.fail_with("CONNACK session present 0")).vehicle("resuming the session");
        }
        // Up to a marker published now, no PUBLISH of the released message.
        // A re-sent PUBREL is completed as it comes, so on a target that
        // keeps one message in flight the marker can pass it.
        publish_from_other(b, &topic, b"marker", QoS::AtLeastOnce).vehicle("publishing the marker")?;
        loop {
            let got = match s.recv() {
                Ok(got) => got,
                Err(e) if e.kind == ErrorKind::Timeout && in_flight(b, 2) < 2 => {
                    return Err(e)
                        .vehicle("the marker passing the flow left open (the target keeps one message in flight)")
                }
                Err(e) => return Err(e),
            };
            match got {
                Packet::PubRel(r) if r.packet_id == p.packet_id => s.send(PubComp::new(r.packet_id))?,
                Packet::Publish(m) if m.payload == b"marker" => {
                    s.send(PubAck::new(m.packet_id))?;
                    break;
                }
                Packet::Publish(_) => return Err(s.fail_with("the PUBLISH was re-sent after its PUBREL had been sent")),
                _ => {}
            }
        }
        Ok(())
    })
}

/// MQTT-4.3.3-7 (MUST NOT, Both)
///
/// > In the QoS 2 delivery protocol, the sender MUST NOT apply Message expiry if a PUBLISH packet
/// > has been sent.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-7", fp = "1a1d188b")]
#[test]
fn mqtt_4_3_3_7_sender_must_not_apply_message_expiry() -> R {
    run(|b| {
        // Two unacknowledged QoS 2 deliveries, one with a 1 s Message Expiry
        // Interval; the session resumes after it has passed. The one without
        // expiry shows re-sending works at all.
        let id = unique_client_id("q2expiry");
        let topic = unique_topic("q2expiry");
        let mut s = persistent_subscriber(b, &id, &topic, QoS::ExactlyOnce).vehicle("a persistent subscription")?;
        let mut publ = connected_v5(b, "pub")?;
        publ.publish_props(&topic, b"expiring", QoS::ExactlyOnce, Properties::new().with_message_expiry_interval(1))
            .vehicle("publishing")?;
        publ.publish(&topic, b"lasting", QoS::ExactlyOnce).vehicle("publishing")?;
        let got = unacked_v5(&mut s, 2, "two unacknowledged QoS 2 messages")?;
        drop(s);
        // The interval is the spec's unit of time, not a wait of the suite:
        // not scaled.
        std::thread::sleep(Duration::from_millis(2200));
        let (mut s, present) = persistent_v5(b, &id, LONG_SESSION).vehicle("resuming the session")?;
        if !present {
            return Err(s.fail_with("CONNACK session present 0")).vehicle("resuming the session");
        }
        let before = until_marker(b, &mut s, &topic)?;
        let again = publishes(&before);
        let resent = |payload: &[u8]| {
            let orig = got.iter().find(|p| p.payload == payload).map(|p| p.packet_id);
            again.iter().any(|p| p.payload == payload && Some(p.packet_id) == orig)
        };
        if !resent(b"lasting") {
            return Err(s.fail_with("the unacknowledged message without expiry was not re-sent"))
                .vehicle("re-sending on reconnect");
        }
        if !resent(b"expiring") {
            return Err(
                s.fail_with("the message whose PUBLISH had been sent was dropped on expiry instead of being re-sent")
            );
        }
        Ok(())
    })
}

/// MQTT-4.3.3-8 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the receiver MUST respond with a PUBREC containing the
/// > Packet Identifier from the incoming PUBLISH packet, having accepted ownership of the
/// > Application Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-8", fp = "2da11b98")]
#[test]
fn mqtt_4_3_3_8_receiver_must_respond_pubrec_containing_packet() -> R {
    run(|b| {
        let topic = unique_topic("q2recv");
        let mut sub = subscriber_v5(b, &topic, QoS::ExactlyOnce).vehicle("subscribing")?;
        let mut publ = connected_v5(b, "pub")?;
        for (id, payload) in [(9u16, "nine"), (0xFFFF, "max id")] {
            publ.send(Publish::new(&topic, payload).qos(QoS::ExactlyOnce, id))?;
            publ.expect_ack(&format!("PUBREC id={id}"), |p| matches!(p, Packet::PubRec(r) if r.packet_id == id))?;
            publ.send(PubRel::new(id))?;
            publ.expect_flow_ack(PacketType::PubComp, id).vehicle("completing the QoS 2 flow")?;
        }
        // Ownership accepted: both are delivered onwards.
        expect_payload(&mut sub, b"nine")?;
        expect_payload(&mut sub, b"max id")?;
        Ok(())
    })
}

/// MQTT-4.3.3-9 (MUST, Both)
///
/// > If it has sent a PUBREC with a Reason Code of 0x80 or greater, the receiver MUST treat any
/// > subsequent PUBLISH packet that contains that Packet Identifier as being a new Application
/// > Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-9", fp = "04cca48f")]
#[test]
fn mqtt_4_3_3_9_receiver_must_treat_subsequent_publish_packet() -> R {
    // An ACL refusing writes outside `writable/` makes the server answer a
    // QoS 2 PUBLISH with PUBREC 0x87; the same id must then start a new
    // message. An external target cannot be configured: skipped there.
    let acl = write_acl()?;
    run_with_config(&format!("acl_file {}", acl.path().display()), |b| {
        let topic = format!("{WRITABLE}/{}", unique_client_id("q2refused"));
        let mut sub = subscriber_v5(b, &topic, QoS::ExactlyOnce).vehicle("subscribing")?;
        let mut publ = connected_v5(b, "pub")?;
        publ.send(Publish::new(unique_topic("denied"), "refused").qos(QoS::ExactlyOnce, 5))?;
        match publ.recv().vehicle("a PUBREC for the refused PUBLISH")? {
            Packet::PubRec(r) if r.packet_id == 5 && !r.reason_code.is_success() => {}
            other => {
                return Err(publ.fail_with(format!("expected PUBREC id=5 with a Reason Code >= 0x80, got {other}")))
                    .vehicle("refusing a PUBLISH with PUBREC >= 0x80 (ACL)")
            }
        }
        publ.send(Publish::new(&topic, "new message").qos(QoS::ExactlyOnce, 5))?;
        publ.expect_flow_ack(PacketType::PubRec, 5)
            .because("the PUBLISH after the refused one must be a new message")?;
        publ.send(PubRel::new(5))?;
        publ.expect_flow_ack(PacketType::PubComp, 5)?;
        expect_payload(&mut sub, b"new message").because("the PUBLISH after the refused one was not delivered")?;
        Ok(())
    })
}

/// MQTT-4.3.3-10 (MUST, MUST NOT, Both)
///
/// > Until it has received the corresponding PUBREL packet, the receiver MUST acknowledge any
/// > subsequent PUBLISH packet with the same Packet Identifier by sending a PUBREC. It MUST NOT
/// > cause duplicate messages to be delivered to any onward recipients in this case.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-10", fp = "549d2c55")]
#[test]
fn mqtt_4_3_3_10_receiver_must_acknowledge_subsequent_publish_packet() -> R {
    run(|b| {
        let topic = unique_topic("q2dup");
        let mut sub = subscriber_v5(b, &topic, QoS::ExactlyOnce).vehicle("subscribing")?;
        let mut publ = connected_v5(b, "pub")?;
        publ.send(Publish::new(&topic, "once").qos(QoS::ExactlyOnce, 9))?;
        publ.expect_flow_ack(PacketType::PubRec, 9).vehicle("PUBREC of the first PUBLISH")?;
        for _ in 0..2 {
            publ.send(Publish::new(&topic, "once").qos(QoS::ExactlyOnce, 9).dup(true))?;
            publ.expect_ack("PUBREC id=9", |p| matches!(p, Packet::PubRec(r) if r.packet_id == 9))
                .because("a PUBLISH with the id of an unreleased QoS 2 message must be acknowledged with PUBREC")?;
        }
        publ.send(PubRel::new(9))?;
        publ.expect_flow_ack(PacketType::PubComp, 9).vehicle("completing the QoS 2 flow")?;
        expect_payload(&mut sub, b"once")?;
        // The marker must come next: no duplicate of "once" before it.
        expect_only_marker(b, &mut sub, &topic).because("a duplicate PUBLISH was delivered onwards")
    })
}

/// MQTT-4.3.3-11 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the receiver MUST respond to a PUBREL packet by sending a
/// > PUBCOMP packet containing the same Packet Identifier as the PUBREL.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-11", fp = "a5211570")]
#[test]
fn mqtt_4_3_3_11_receiver_must_respond_pubrel_packet_sending() -> R {
    run(|b| {
        let topic = unique_topic("q2comp");
        let mut publ = connected_v5(b, "pub")?;
        publ.send(Publish::new(&topic, "x").qos(QoS::ExactlyOnce, 300))?;
        publ.expect_flow_ack(PacketType::PubRec, 300).vehicle("PUBREC")?;
        // The PUBREL of the flow, then one for an id with no flow (answered
        // with PUBCOMP all the same, in 5.0 with 0x92 Packet Identifier not found).
        for id in [300u16, 301] {
            publ.send(PubRel::new(id))?;
            publ.expect_ack(&format!("PUBCOMP id={id}"), |p| matches!(p, Packet::PubComp(c) if c.packet_id == id))?;
        }
        Ok(())
    })
}

/// MQTT-4.3.3-12 (MUST, Both)
///
/// > After it has sent a PUBCOMP, the receiver MUST treat any subsequent PUBLISH packet that
/// > contains that Packet Identifier as being a new Application Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-12", fp = "da711c43")]
#[test]
fn mqtt_4_3_3_12_receiver_must_treat_subsequent_publish_packet() -> R {
    run(|b| {
        let topic = unique_topic("q2reuse");
        let mut sub = subscriber_v5(b, &topic, QoS::ExactlyOnce).vehicle("subscribing")?;
        let mut publ = connected_v5(b, "pub")?;
        for (payload, dup) in [("first", false), ("second", true)] {
            // DUP 1 on the second: after PUBCOMP even that is a new message.
            publ.send(Publish::new(&topic, payload).qos(QoS::ExactlyOnce, 9).dup(dup))?;
            publ.expect_flow_ack(PacketType::PubRec, 9)?;
            publ.send(PubRel::new(9))?;
            publ.expect_flow_ack(PacketType::PubComp, 9)?;
        }
        let got = publishes_until_marker(b, &mut sub, &topic)?;
        if payloads(&got) != ["first", "second"] {
            return Err(sub.fail_with(format!(
                "after PUBCOMP a PUBLISH with the same id is a new message; delivered {:?}",
                payloads(&got)
            )));
        }
        Ok(())
    })
}

/// MQTT-4.3.3-13 (MUST, Both)
///
/// > In the QoS 2 delivery protocol, the receiver MUST continue the QoS 2 acknowledgement
/// > sequence even if it has applied message expiry.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-13", fp = "25bb34e7")]
#[test]
fn mqtt_4_3_3_13_receiver_must_continue_qos_acknowledgement_sequence() -> R {
    run(|b| {
        let topic = unique_topic("q2expired");
        let mut publ = connected_v5(b, "pub")?;
        let props = Properties::new().with_message_expiry_interval(1);
        publ.send(Publish::new(&topic, "expires").qos(QoS::ExactlyOnce, 11).properties(props))?;
        publ.expect_flow_ack(PacketType::PubRec, 11).vehicle("PUBREC")?;
        // Let the 1 s Message Expiry Interval pass (spec time: not scaled).
        std::thread::sleep(Duration::from_millis(2200));
        publ.send(PubRel::new(11))?;
        let comp = publ.expect_ack("PUBCOMP id=11", |p| matches!(p, Packet::PubComp(c) if c.packet_id == 11))?;
        match comp {
            // 0x92 would mean the flow was dropped with the expired message.
            Packet::PubComp(c) if !c.reason_code.is_success() => {
                Err(publ.fail_with(format!("the flow must continue after expiry; PUBCOMP carries {}", c.reason_code)))
            }
            _ => Ok(()),
        }
    })
}
