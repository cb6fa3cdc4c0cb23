//! mqtt-v3.1.1 section 4.5 (Message receipt): the client side, against the scripted server.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// MQTT-4.5.0-2 (MUST, Client)
///
/// > The Client MUST acknowledge any Publish Packet it receives according to the applicable QoS
/// > rules regardless of whether it elects to process the Application Message that it contains.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.5 (Message receipt)
#[specgen::covers("MQTT-4.5.0-2", fp = "be0ab492")]
#[test]
fn mqtt_4_5_0_2_client_acknowledges_every_publish() -> R {
    // QoS 1 and 2 on the subscribed topic, and QoS 1 on a topic the client
    // never subscribed to: each is acknowledged per its QoS.
    run_client(|client, server| {
        let (mut conn, o) = receiving(client, server, QoS::ExactlyOnce)?;
        conn.send(Publish::new(&o.topic, "q1").qos(QoS::AtLeastOnce, 1))?;
        conn.expect(PubAck::new(1)).because("QoS 1 PUBLISH not acknowledged")?;
        conn.send(Publish::new(&o.topic, "q2").qos(QoS::ExactlyOnce, 2))?;
        conn.expect(PubRec::new(2)).because("QoS 2 PUBLISH not acknowledged")?;
        conn.send(PubRel::new(2))?;
        conn.expect(PubComp::new(2))?;
        conn.send(Publish::new(format!("{}/unsubscribed", o.topic), "other").qos(QoS::AtLeastOnce, 3))?;
        conn.expect(PubAck::new(3)).because("PUBLISH on a topic the client did not subscribe to not acknowledged")?;
        Ok(())
    })
}
