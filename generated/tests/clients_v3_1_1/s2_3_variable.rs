//! mqtt-v3.1.1 section 2.3 (Variable header): the client side, against the scripted server.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// MQTT-2.3.1-2 (MUST, Client)
///
/// > Each time a Client sends a new packet of one of these types it MUST assign it a currently
/// > unused Packet Identifier.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.3.1 (Packet Identifier)
#[specgen::covers("MQTT-2.3.1-2", fp = "6dfd2dcd")]
#[test]
fn mqtt_2_3_1_2_new_packets_get_unused_packet_ids() -> R {
    // Three QoS 1 messages, none acknowledged: all three are in flight at
    // once, so each needs its own non-zero id.
    run_client(|client, server| {
        let o = options("pids").publishes(QoS::AtLeastOnce, false);
        let (mut conn, _) = handshaken(client, server, &o)?;
        for payload in ["one", "two", "three"] {
            client.publish(&o.topic, payload.as_bytes(), QoS::AtLeastOnce, false).on(server)?;
        }
        let mut ids = Vec::new();
        for _ in 0..3 {
            ids.push(conn.expect_publish()?.packet_id);
        }
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        if unique.len() != 3 || ids.contains(&0) {
            return Err(conn.fail_with(format!(
                "packet ids {ids:?} of three unacknowledged PUBLISHes are not distinct and non-zero"
            )));
        }
        for id in ids {
            conn.send(PubAck::new(id))?;
        }
        Ok(())
    })
}

/// MQTT-2.3.1-3 (MUST, Client)
///
/// > If a Client re-sends a particular Control Packet, then it MUST use the same Packet
/// > Identifier in subsequent re-sends of that packet. The Packet Identifier becomes available
/// > for reuse after the Client has processed the corresponding acknowledgement packet. In the
/// > case of a QoS 1 PUBLISH this is the corresponding PUBACK; in the case of QoS 2 it is
/// > PUBCOMP. For SUBSCRIBE or UNSUBSCRIBE it is the corresponding SUBACK or UNSUBACK.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.3.1 (Packet Identifier)
#[specgen::covers("MQTT-2.3.1-3", fp = "843111b2")]
#[test]
fn mqtt_2_3_1_3_a_resend_keeps_its_packet_id() -> R {
    run_client(|client, server| {
        let (first, next, again) = resend_after_reconnect(client, server, QoS::AtLeastOnce)?;
        match next {
            Packet::Publish(p) if p.packet_id == first.packet_id => Ok(()),
            Packet::Publish(p) => Err(again.fail_with(format!(
                "the resent PUBLISH has packet id {}, the original had {}",
                p.packet_id, first.packet_id
            ))),
            other => {
                Err(again.fail_with(format!("expected the resent PUBLISH id={}, received {other}", first.packet_id)))
            }
        }
    })
}
