//! mqtt-v3.1.1 section 4.6 (Message ordering): the client side, against the scripted server.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// MQTT-4.6.0-2 (MUST, Client)
///
/// > A Client MUST follow these rules when implementing the protocol flows defined elsewhere in
/// > this chapter It MUST send PUBACK packets in the order in which the corresponding PUBLISH
/// > packets were received (QoS 1 messages)
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-2", fp = "04bb6436")]
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
/// > A Client MUST follow these rules when implementing the protocol flows defined elsewhere in
/// > this chapter It MUST send PUBREC packets in the order in which the corresponding PUBLISH
/// > packets were received (QoS 2 messages)
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-3", fp = "c35a47a1")]
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
/// > A Client MUST follow these rules when implementing the protocol flows defined elsewhere in
/// > this chapter It MUST send PUBREL packets in the order in which the corresponding PUBREC
/// > packets were received (QoS 2 messages)
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-4", fp = "0eff930e")]
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
