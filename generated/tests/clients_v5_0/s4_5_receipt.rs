//! mqtt-v5.0 section 4.5 (Message receipt): the client side, against the scripted server.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// MQTT-4.5.0-2 (MUST, Client)
///
/// > The Client MUST acknowledge any Publish packet it receives according to the applicable QoS
/// > rules regardless of whether it elects to process the Application Message that it contains.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.5 (Message receipt)
#[specgen::covers("MQTT-4.5.0-2", fp = "c60d0c27")]
#[test]
fn mqtt_4_5_0_2_client_acknowledges_every_publish() -> R {
    // QoS 1 and 2 on the subscribed topic, and QoS 1 on a topic the client
    // never subscribed to: each is acknowledged per its QoS.
    run_client(|client, server| {
        let (mut conn, o) = receiving(client, server, QoS::ExactlyOnce)?;
        conn.send(Publish::new(&o.topic, "q1").qos(QoS::AtLeastOnce, 1))?;
        ack_of(&mut conn, PacketType::PubAck, 1).because("QoS 1 PUBLISH not acknowledged")?;
        conn.send(Publish::new(&o.topic, "q2").qos(QoS::ExactlyOnce, 2))?;
        ack_of(&mut conn, PacketType::PubRec, 2).because("QoS 2 PUBLISH not acknowledged")?;
        conn.send(PubRel::new(2))?;
        conn.expect(PubComp::new(2))?;
        conn.send(Publish::new(format!("{}/unsubscribed", o.topic), "other").qos(QoS::AtLeastOnce, 3))?;
        ack_of(&mut conn, PacketType::PubAck, 3)
            .because("PUBLISH on a topic the client did not subscribe to not acknowledged")?;
        Ok(())
    })
}

/// The next packet must be a `ty` acknowledgement of `id`, whatever its 5.0
/// Reason Code (a client may answer "No matching subscribers", 0x10).
fn ack_of(conn: &mut mqtt_conformance::server::Conn, ty: PacketType, id: u16) -> R {
    let desc = format!("{} id={id}", ty.name());
    conn.expect_matching(&desc, |p| match p {
        Packet::PubAck(a) => ty == PacketType::PubAck && a.packet_id == id,
        Packet::PubRec(a) => ty == PacketType::PubRec && a.packet_id == id && a.reason_code.is_success(),
        _ => false,
    })
    .map(|_| ())
}
