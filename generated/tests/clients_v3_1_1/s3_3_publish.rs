//! mqtt-v3.1.1 section 3.3 (PUBLISH): the client side, against the scripted server.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// MQTT-3.3.1-1 (MUST, Both)
///
/// > The DUP flag MUST be set to 1 by the Client or Server when it attempts to re-deliver a
/// > PUBLISH Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.1.1 (DUP)
#[specgen::covers("MQTT-3.3.1-1", fp = "18cb264d")]
#[test]
fn mqtt_3_3_1_1_client_sets_dup_on_redelivery() -> R {
    run_client(|client, server| {
        let (first, next, again) = resend_after_reconnect(client, server, QoS::AtLeastOnce)?;
        match next {
            Packet::Publish(p) if p.dup => Ok(()),
            Packet::Publish(_) => Err(again.fail_with("the re-delivered PUBLISH has DUP=0")),
            other => Err(again.fail_with(format!("expected PUBLISH id={} again, received {other}", first.packet_id))),
        }
    })
}

/// MQTT-3.3.1-4 (MUST, MUST NOT, Both)
///
/// > A PUBLISH Packet MUST NOT have both QoS bits set to 1. If a Server or Client receives a
/// > PUBLISH Packet which has both QoS bits set to 1 it MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.1 (Fixed header)
#[specgen::covers("MQTT-3.3.1-4", fp = "4ce58b40")]
#[test]
fn mqtt_3_3_1_4_client_closes_on_publish_with_qos_3() -> R {
    run_client(|client, server| {
        let (mut conn, o) = receiving(client, server, QoS::AtLeastOnce)?;
        conn.send_malformed(Malformed::from(Publish::new(&o.topic, "q3").qos(QoS::AtLeastOnce, 7)).qos_bits(3))?;
        conn.expect_closed().because("a PUBLISH with both QoS bits set was not treated as malformed")
    })
}

/// MQTT-3.3.2-2 (MUST NOT, Unknown)
///
/// > The Topic Name in the PUBLISH Packet MUST NOT contain wildcard characters.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.2.1 (Topic Name)
#[specgen::covers("MQTT-3.3.2-2", fp = "fe1ff5f8")]
#[test]
fn mqtt_3_3_2_2_client_publishes_no_wildcard_topic_name() -> R {
    // The API may refuse a wildcard topic or the client may leave it
    // unsent; a valid publish after it proves, by order, that nothing with a
    // wildcard went out first.
    run_client(|client, server| {
        let o = options("wild");
        let (mut conn, _) = handshaken(client, server, &o)?;
        for wild in [format!("{}/+", o.topic), format!("{}/#", o.topic)] {
            match client.publish(&wild, b"wild", QoS::AtMostOnce, false) {
                Err(mqtt_conformance::clients::ClientError::Refused(why)) => {
                    conn.note(format!("refused {wild:?}: {why}"))
                }
                r => r.on(server)?,
            }
        }
        client.publish(&o.topic, b"valid", QoS::AtMostOnce, false).on(server)?;
        let p = conn.expect_publish()?;
        if p.topic != o.topic {
            return Err(conn.fail_with(format!("the client sent a PUBLISH with Topic Name {:?}", p.topic)));
        }
        Ok(())
    })
}
