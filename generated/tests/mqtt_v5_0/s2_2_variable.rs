//! mqtt-v5.0 section 2.2: Variable Header.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_connack::*;

/// MQTT-2.2.1-2 (MUST NOT, Unknown)
///
/// > A PUBLISH packet MUST NOT contain a Packet Identifier if its QoS value is set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 2.2.1 (Packet Identifier)
#[specgen::covers("MQTT-2.2.1-2", fp = "600a1971")]
#[test]
fn mqtt_2_2_1_2_publish_packet_must_not_contain_identifier() -> R {
    // Server side: its QoS 0 PUBLISH has no Packet Identifier. With one,
    // the identifier's bytes would be read as the Property Length and the
    // properties and payload would not come out as sent.
    run(|b| {
        let t = unique_topic("qos0");
        let mut sub = subscriber_v5(b, &t, QoS::AtMostOnce).vehicle("subscribing at QoS 0")?;
        let props = Properties::new().with_user_property("k", "v");
        for qos in [QoS::AtMostOnce, QoS::AtLeastOnce, QoS::ExactlyOnce] {
            let mut p = connected_v5(b, "qos0")?;
            p.publish_props(&t, b"\x00\x07payload", qos, props.clone()).vehicle("publishing")?;
            let got = decoder_checked(next_publish(&mut sub), "a QoS 0 delivery")?;
            if got.qos != QoS::AtMostOnce {
                return Err(sub.fail_with("not delivered at the granted QoS 0")).vehicle("a QoS 0 delivery");
            }
            if got.payload != b"\x00\x07payload" || got.properties.user_properties() != [("k", "v")] {
                return Err(sub.fail_with(format!(
                    "QoS 0 PUBLISH read as {got:?}: it carries more than topic, properties and payload"
                )));
            }
        }
        Ok(())
    })
}

/// MQTT-2.2.1-4 (MUST, Server)
///
/// > Each time a Server sends a new PUBLISH (with QoS > 0) MQTT Control Packet it MUST assign it
/// > a non zero Packet Identifier that is currently unused.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 2.2.1 (Packet Identifier)
#[specgen::covers("MQTT-2.2.1-4", fp = "9ad6854f")]
#[test]
fn mqtt_2_2_1_4_mqtt_control_must_assign_non_zero() -> R {
    // Messages held unacknowledged by the subscriber: each new QoS 1 or 2
    // PUBLISH needs an identifier not in use (non-zero is checked by the decoder).
    const N: usize = 6;
    run(|b| {
        // Identifiers in use at once need two messages in flight at least.
        verdict::needs_inflight(2, "Packet Identifiers of unacknowledged deliveries")?;
        let n = in_flight(b, N);
        let t = unique_topic("pid");
        let mut sub = subscriber_v5(b, &t, QoS::ExactlyOnce).vehicle("subscribing at QoS 2")?;
        let mut p = connected_v5(b, "pid")?;
        for i in 0..n {
            let qos = if i % 2 == 0 { QoS::AtLeastOnce } else { QoS::ExactlyOnce };
            p.publish(&t, i.to_string().as_bytes(), qos).vehicle("publishing")?;
        }
        let mut ids = Vec::new();
        for _ in 0..n {
            let got = decoder_checked(next_publish(&mut sub), "the deliveries held unacknowledged")?;
            if ids.contains(&got.packet_id) {
                return Err(sub.fail_with(format!("Packet Identifier {} used again while still in use", got.packet_id)));
            }
            ids.push(got.packet_id);
        }
        Ok(())
    })
}

/// MQTT-2.2.1-5 (MUST, Unknown)
///
/// > A PUBACK, PUBREC, PUBREL, or PUBCOMP packet MUST contain the same Packet Identifier as the
/// > PUBLISH packet that was originally sent.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 2.2.1 (Packet Identifier)
#[specgen::covers("MQTT-2.2.1-5", fp = "daa7737a")]
#[test]
fn mqtt_2_2_1_5_pubcomp_packet_must_contain_identifier_publish() -> R {
    run(|b| {
        let t = unique_topic("ackid");
        let ack = |c: &mut Client, ty: PacketType, want: u16| -> R {
            // PUBLISHes arriving meanwhile are kept for later (flows interleave).
            let got = c.expect_ack(&format!("{ty}"), |p| p.packet_type() == ty).vehicle(&format!("a {ty}"))?;
            let id = match &got {
                Packet::PubAck(a) => a.packet_id,
                Packet::PubRec(a) => a.packet_id,
                Packet::PubRel(a) => a.packet_id,
                Packet::PubComp(a) => a.packet_id,
                _ => unreachable!(),
            };
            if id != want {
                return Err(c.fail_with(format!("{ty} with Packet Identifier {id}, not the PUBLISH's {want}")));
            }
            Ok(())
        };
        // The server's acknowledgements of the client's PUBLISHes.
        let mut sub = subscriber_v5(b, &t, QoS::ExactlyOnce).vehicle("subscribing at QoS 2")?;
        let mut c = connected_v5(b, "ackid")?;
        for id in [0x1234, 0xFFFF, 1] {
            c.send(Publish::new(&t, "q1").qos(QoS::AtLeastOnce, id))?;
            ack(&mut c, PacketType::PubAck, id)?;
            c.send(Publish::new(&t, "q2").qos(QoS::ExactlyOnce, id))?;
            ack(&mut c, PacketType::PubRec, id)?;
            c.send(PubRel::new(id))?;
            ack(&mut c, PacketType::PubComp, id)?;
        }
        // The server's PUBREL of its own QoS 2 PUBLISH.
        for _ in 0..6 {
            let p = next_publish(&mut sub).vehicle("the deliveries")?;
            match p.qos {
                QoS::AtLeastOnce => sub.send(PubAck::new(p.packet_id))?,
                QoS::ExactlyOnce => {
                    sub.send(PubRec::new(p.packet_id))?;
                    ack(&mut sub, PacketType::PubRel, p.packet_id)?;
                    sub.send(PubComp::new(p.packet_id))?;
                }
                QoS::AtMostOnce => {}
            }
        }
        Ok(())
    })
}

/// MQTT-2.2.1-6 (MUST, Unknown)
///
/// > A SUBACK and UNSUBACK MUST contain the Packet Identifier that was used in the corresponding
/// > SUBSCRIBE and UNSUBSCRIBE packet respectively.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 2.2.1 (Packet Identifier)
#[specgen::covers("MQTT-2.2.1-6", fp = "581d74d3")]
#[test]
fn mqtt_2_2_1_6_suback_unsuback_must_contain_packet_identifier() -> R {
    run(|b| {
        let mut c = connected_v5(b, "subid")?;
        for id in [0x4321u16, 0xFFFF, 1] {
            let f = unique_topic("subid");
            c.send(Subscribe::one(id, &f, QoS::AtLeastOnce))?;
            match c.expect_matching("SUBACK", |p| matches!(p, Packet::SubAck(_))).vehicle("a SUBACK")? {
                Packet::SubAck(a) if a.packet_id != id => {
                    return Err(
                        c.fail_with(format!("SUBACK with Packet Identifier {}, not the SUBSCRIBE's {id}", a.packet_id))
                    )
                }
                _ => {}
            }
            c.send(Unsubscribe::new(id, [&f]))?;
            match c.expect_matching("UNSUBACK", |p| matches!(p, Packet::UnsubAck(_))).vehicle("an UNSUBACK")? {
                Packet::UnsubAck(a) if a.packet_id != id => {
                    return Err(c.fail_with(format!(
                        "UNSUBACK with Packet Identifier {}, not the UNSUBSCRIBE's {id}",
                        a.packet_id
                    )))
                }
                _ => {}
            }
        }
        Ok(())
    })
}

/// MQTT-2.2.2-1 (MUST, Unknown)
///
/// > If there are no properties, this MUST be indicated by including a Property Length of zero.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 2.2.2.1 (Property Length)
#[specgen::covers("MQTT-2.2.2-1", fp = "5c8194ca")]
#[test]
fn mqtt_2_2_2_1_must_indicated_including_property_length_zero() -> R {
    run(|b| {
        // Server side: a PUBLISH without properties whose payload starts
        // with 0x03: without the Property Length 0, 0x03 would be read as
        // one and "abc" as (invalid) properties. SUBACK and UNSUBACK carry
        // none either; the decoder reads their Property Length.
        let t = unique_topic("nolen");
        let mut sub = connected_v5(b, "nolen")?;
        decoder_checked(sub.subscribe(&t, QoS::AtMostOnce), "a SUBACK")?;
        connected_v5(b, "nolen")?.publish(&t, b"\x03abc", QoS::AtLeastOnce).vehicle("publishing")?;
        let got = decoder_checked(next_publish(&mut sub), "a delivery")?;
        if got.payload != b"\x03abc" || !got.properties.is_empty() {
            return Err(sub.fail_with(format!("a PUBLISH without properties read as {got:?}")));
        }
        decoder_checked(sub.unsubscribe(&t), "an UNSUBACK")?;
        // Receiver side: a PUBLISH that omits the Property Length is
        // malformed (here its body ends where the Property Length belongs).
        let mut c = connected_v5(b, "nolen")?;
        c.send_bytes(&[0x30, 0x03, 0x00, 0x01, b't'])?;
        expect_error_close(&mut c, &[ReasonCode::MalformedPacket]).because("a PUBLISH without a Property Length")
    })
}
