//! mqtt-v3.1.1 section 4.3 (Quality of Service levels and protocol flows): the client side, against the scripted server.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// MQTT-4.3.2-1 (MUST, Both)
///
/// > In the QoS 1 delivery protocol, the Sender MUST assign an unused Packet Identifier each time
/// > it has a new Application Message to publish. MUST send a PUBLISH Packet containing this
/// > Packet Identifier with QoS=1, DUP=0. MUST treat the PUBLISH Packet as “unacknowledged” until
/// > it has received the corresponding PUBACK packet from the receiver. See Section 4.4 for a
/// > discussion of unacknowledged messages.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.3.2 (QoS 1: At least once delivery)
#[specgen::covers("MQTT-4.3.2-1", fp = "66d08db0")]
#[test]
fn mqtt_4_3_2_1_qos1_sender_sends_dup_0_with_a_packet_id() -> R {
    // The Client as sender: QoS 1, DUP 0, a non-zero id, and the message
    // stays unacknowledged (resent on reconnect, see 4.4.0-1) until PUBACK.
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

/// MQTT-4.3.3-1 (MUST, MUST NOT, Both)
///
/// > In the QoS 2 delivery protocol, the Sender MUST assign an unused Packet Identifier when it
/// > has a new Application Message to publish. MUST send a PUBLISH packet containing this Packet
/// > Identifier with QoS=2, DUP=0. MUST treat the PUBLISH packet as “unacknowledged” until it has
/// > received the corresponding PUBREC packet from the receiver. See Section 4.4 for a discussion
/// > of unacknowledged messages. MUST send a PUBREL packet when it receives a PUBREC packet from
/// > the receiver. This PUBREL packet MUST contain the same Packet Identifier as the original
/// > PUBLISH packet. MUST treat the PUBREL packet as “unacknowledged” until it has received the
/// > corresponding PUBCOMP packet from the receiver. MUST NOT re-send the PUBLISH once it has
/// > sent the corresponding PUBREL packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.3.3 (QoS 2: Exactly once delivery)
#[specgen::covers("MQTT-4.3.3-1", fp = "e6468048")]
#[test]
fn mqtt_4_3_3_1_qos2_sender_releases_with_the_same_id() -> R {
    // The Client as sender: QoS 2, DUP 0, a non-zero id; on PUBREC a PUBREL
    // with the same id (the decoder checks its flags 0b0010), never the
    // PUBLISH again.
    run_client(|client, server| {
        let o = options("q2").publishes(QoS::ExactlyOnce, false);
        let (mut conn, _) = handshaken(client, server, &o)?;
        client.publish(&o.topic, b"q2", QoS::ExactlyOnce, false).on(server)?;
        let p = conn.expect_publish()?;
        if p.qos != QoS::ExactlyOnce || p.dup || p.packet_id == 0 {
            return Err(conn.fail_with(format!("a new QoS 2 message went out as {}", Packet::Publish(p))));
        }
        conn.send(PubRec::new(p.packet_id))?;
        conn.expect(PubRel::new(p.packet_id)).because("PUBREC not answered by PUBREL with the same id")?;
        conn.send(PubComp::new(p.packet_id))
    })
}
