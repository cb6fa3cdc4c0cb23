//! mqtt-v5.0 section 2.2 (Variable Header): the client side, against the scripted server.

use mqtt_conformance::clients::ClientError;
use mqtt_conformance::prelude::*;

use crate::support::*;

/// MQTT-2.2.1-3 (MUST, Client)
///
/// > Each time a Client sends a new SUBSCRIBE, UNSUBSCRIBE,or PUBLISH (where QoS > 0) MQTT
/// > Control Packet it MUST assign it a non-zero Packet Identifier that is currently unused.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 2.2.1 (Packet Identifier)
#[specgen::covers("MQTT-2.2.1-3", fp = "1d4190ab")]
#[test]
fn mqtt_2_2_1_3_new_packets_get_non_zero_unused_packet_ids() -> R {
    // Three QoS 1 messages, none acknowledged, then (where the client can
    // subscribe) a SUBSCRIBE: all are in flight at once, so each needs its
    // own non-zero id.
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
        match client.subscribe(&format!("{}/more", o.topic), QoS::AtLeastOnce) {
            Err(ClientError::Unsupported(why)) => conn.note(format!("no SUBSCRIBE in flight: {why}")),
            r => {
                r.on(server)?;
                match conn.expect_matching("SUBSCRIBE", |p| matches!(p, Packet::Subscribe(_)))? {
                    Packet::Subscribe(s) => ids.push(s.packet_id),
                    _ => unreachable!(),
                }
            }
        }
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        if unique.len() != ids.len() || ids.contains(&0) {
            return Err(conn
                .fail_with(format!("packet ids {ids:?} of packets in flight together are not distinct and non-zero")));
        }
        Ok(())
    })
}
