//! mqtt-v3.1.1 section 7.1 (Conformance targets): the client side, against the scripted server.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// MQTT-7.1.2-1 (MUST, Client)
///
/// > Chapter 7 - Conformance Targets A conformant Client MUST support the use of one or more
/// > underlying transport protocols that provide an ordered, lossless, stream of bytes from the
/// > Client to Server and Server to Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 7.1.2 (MQTT Client)
#[specgen::covers("MQTT-7.1.2-1", fp = "f99ee8e4")]
#[test]
fn mqtt_7_1_2_1_client_speaks_mqtt_over_a_tcp_byte_stream() -> R {
    // TCP is the ordered, lossless byte stream here: a whole exchange both
    // ways (CONNECT/CONNACK, SUBSCRIBE/SUBACK, PUBLISH/PUBACK) over it, and the
    // message reaches the client's user intact.
    run_client(|client, server| {
        let (mut conn, o) = receiving(client, server, QoS::AtLeastOnce)?;
        conn.send(Publish::new(&o.topic, "over tcp").qos(QoS::AtLeastOnce, 5))?;
        conn.expect(PubAck::new(5))?;
        match client.receive(wait::reply()).on(server)? {
            Some(m) if m.topic == o.topic && m.payload == b"over tcp" => Ok(()),
            Some(m) => Err(conn.fail_with(format!("the client delivered {m:?}"))),
            None => Err(conn.fail_with("the client delivered no message to its user")),
        }
    })
}
