//! mqtt-v5.0 section 4.3 (Quality of Service levels and protocol flows): the client side, against the scripted server.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// MQTT-4.3.2-2 (MUST, Both)
///
/// > In the QoS 1 delivery protocol, the sender MUST send a PUBLISH packet containing this Packet
/// > Identifier with QoS 1 and DUP flag set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.3.2 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-4.3.2-2", fp = "791657d3")]
#[test]
fn mqtt_4_3_2_2_qos1_sender_sends_dup_0_with_a_packet_id() -> R {
    run_client(|client, server| {
        let o = options("q1").publishes(QoS::AtLeastOnce, false);
        let (mut conn, _) = handshaken(client, server, &o)?;
        client.publish(&o.topic, b"q1", QoS::AtLeastOnce, false).on(server)?;
        let p = conn.expect_publish()?;
        if p.qos != QoS::AtLeastOnce || p.dup || p.packet_id == 0 {
            return Err(conn.fail_with(format!("a new QoS 1 message went out as {}", Packet::Publish(p))));
        }
        conn.send(PubAck::new(p.packet_id))
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
fn mqtt_4_3_3_2_qos2_sender_sends_dup_0_with_a_packet_id() -> R {
    run_client(|client, server| {
        let o = options("q2").publishes(QoS::ExactlyOnce, false);
        let (mut conn, _) = handshaken(client, server, &o)?;
        client.publish(&o.topic, b"q2", QoS::ExactlyOnce, false).on(server)?;
        let p = conn.expect_publish()?;
        if p.qos != QoS::ExactlyOnce || p.dup || p.packet_id == 0 {
            return Err(conn.fail_with(format!("a new QoS 2 message went out as {}", Packet::Publish(p))));
        }
        conn.send(PubRec::new(p.packet_id))?;
        conn.expect(PubRel::new(p.packet_id))?;
        conn.send(PubComp::new(p.packet_id))
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
fn mqtt_4_3_3_4_qos2_sender_releases_on_pubrec() -> R {
    // PUBREC with Success: the answer is a PUBREL of the same id (the
    // decoder checks its flags 0b0010 and Reason Code), not the PUBLISH again.
    run_client(|client, server| {
        let o = options("rel4").publishes(QoS::ExactlyOnce, false);
        let (mut conn, _) = handshaken(client, server, &o)?;
        client.publish(&o.topic, b"q2", QoS::ExactlyOnce, false).on(server)?;
        let p = conn.expect_publish()?;
        conn.send(PubRec::new(p.packet_id))?;
        conn.expect_matching(
            &format!("PUBREL id={}", p.packet_id),
            |r| matches!(r, Packet::PubRel(r) if r.packet_id == p.packet_id && r.reason_code.is_success()),
        )
        .because("PUBREC not answered by PUBREL with the same id")?;
        conn.send(PubComp::new(p.packet_id))
    })
}
