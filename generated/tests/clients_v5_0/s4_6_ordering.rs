//! mqtt-v5.0 section 4.6 (Message ordering): the client side, against the scripted server.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// MQTT-4.6.0-1 (MUST, Client)
///
/// > When the Client re-sends any PUBLISH packets, it MUST re-send them in the order in which the
/// > original PUBLISH packets were sent (this applies to QoS 1 and QoS 2 messages)
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-1", fp = "ca98cad1")]
#[test]
fn mqtt_4_6_0_1_resends_keep_the_original_order() -> R {
    // Three QoS 1 messages of a persistent session, none acknowledged; the
    // server cuts the connection and, on the next, says Session Present 1:
    // the client resends all three in their original order.
    run_client(|client, server| {
        let o = persistent("order").publishes(QoS::AtLeastOnce, false);
        let (sent, mut again) = unacknowledged_then_cut(client, server, &o, QoS::AtLeastOnce, &["a", "b", "c"])?;
        again.expect_connect()?;
        again.send(ConnAck::v5(true, ReasonCode::Success))?;
        let mut resent = Vec::new();
        for _ in 0..sent.len() {
            let p = again.expect_publish().because("the unacknowledged PUBLISHes were not all resent")?;
            again.send(PubAck::new(p.packet_id))?;
            resent.push(p.payload);
        }
        let original: Vec<Vec<u8>> = sent.into_iter().map(|p| p.payload).collect();
        if resent != original {
            let show = |v: &[Vec<u8>]| v.iter().map(|p| String::from_utf8_lossy(p).into_owned()).collect::<Vec<_>>();
            return Err(again.fail_with(format!(
                "resent in the order {:?}, sent in the order {:?}",
                show(&resent),
                show(&original)
            )));
        }
        Ok(())
    })
}

/// MQTT-4.6.0-2 (MUST, Client)
///
/// > The Client MUST send PUBACK packets in the order in which the corresponding PUBLISH packets
/// > were received (QoS 1 messages)
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-2", fp = "b7928e10")]
#[test]
fn mqtt_4_6_0_2_pubacks_in_publish_order() -> R {
    run_client(|client, server| {
        let (mut conn, o) = receiving(client, server, QoS::ExactlyOnce)?;
        for id in [10, 11, 12] {
            conn.send(Publish::new(&o.topic, format!("m{id}")).qos(QoS::AtLeastOnce, id))?;
        }
        for id in [10, 11, 12] {
            conn.expect(PubAck::new(id)).because("PUBACKs not in the order of the PUBLISHes")?;
        }
        Ok(())
    })
}

/// MQTT-4.6.0-3 (MUST, Client)
///
/// > The Client MUST send PUBREC packets in the order in which the corresponding PUBLISH packets
/// > were received (QoS 2 messages)
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-3", fp = "46fbdf26")]
#[test]
fn mqtt_4_6_0_3_pubrecs_in_publish_order() -> R {
    run_client(|client, server| {
        let (mut conn, o) = receiving(client, server, QoS::ExactlyOnce)?;
        for id in [20, 21, 22] {
            conn.send(Publish::new(&o.topic, format!("m{id}")).qos(QoS::ExactlyOnce, id))?;
        }
        for id in [20, 21, 22] {
            conn.expect(PubRec::new(id)).because("PUBRECs not in the order of the PUBLISHes")?;
        }
        for id in [20, 21, 22] {
            conn.send(PubRel::new(id))?;
            conn.expect(PubComp::new(id))?;
        }
        Ok(())
    })
}

/// MQTT-4.6.0-4 (MUST, Client)
///
/// > The Client MUST send PUBREL packets in the order in which the corresponding PUBREC packets
/// > were received (QoS 2 messages)
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-4", fp = "a81a6f4f")]
#[test]
fn mqtt_4_6_0_4_pubrels_in_pubrec_order() -> R {
    // The server acknowledges three QoS 2 messages in reverse order: the
    // PUBRELs must follow the PUBRECs' order, not the PUBLISHes'.
    run_client(|client, server| {
        let o = options("rel").publishes(QoS::ExactlyOnce, false);
        let (mut conn, _) = handshaken(client, server, &o)?;
        for payload in ["a", "b", "c"] {
            client.publish(&o.topic, payload.as_bytes(), QoS::ExactlyOnce, false).on(server)?;
        }
        let mut ids = Vec::new();
        for _ in 0..3 {
            ids.push(conn.expect_publish()?.packet_id);
        }
        ids.reverse();
        for &id in &ids {
            conn.send(PubRec::new(id))?;
        }
        for &id in &ids {
            conn.expect(PubRel::new(id)).because("PUBRELs not in the order of the PUBRECs")?;
        }
        for &id in &ids {
            conn.send(PubComp::new(id))?;
        }
        Ok(())
    })
}
