//! mqtt-v5.0 section 1.5 (Data representation): the client side, against the scripted server.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// MQTT-1.5.4-1 (MUST, MUST NOT, Unknown)
///
/// > The character data in a UTF-8 Encoded String MUST be well-formed UTF-8 as defined by the
/// > Unicode specification [Unicode] and restated in RFC 3629 [RFC3629]. In particular, the
/// > character data MUST NOT include encodings of code points between U+D800 and U+DFFF.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 1.5.4 (UTF-8 Encoded String)
#[specgen::covers("MQTT-1.5.4-1", fp = "00162837")]
#[test]
fn mqtt_1_5_4_1_client_closes_on_ill_formed_utf8() -> R {
    // The Client side: a PUBLISH whose Topic Name is a UTF-16 surrogate
    // encoded in UTF-8 (ED A0 80) is ill-formed, a Malformed Packet: the
    // client closes (a DISCONNECT 0x81 first is allowed).
    run_client(|client, server| {
        let (mut conn, o) = receiving(client, server, QoS::AtLeastOnce)?;
        let bad = Malformed::v5(Publish::new(&o.topic, "x").qos(QoS::AtLeastOnce, 3))
            .string_field("topic", b"a/\xed\xa0\x80");
        conn.send_malformed(bad)?;
        expect_close(&mut conn, "ill-formed UTF-8 in a Topic Name was accepted")
    })
}

/// MQTT-1.5.4-2 (MUST NOT, Unknown)
///
/// > A UTF-8 Encoded String MUST NOT include an encoding of the null character U+0000.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 1.5.4 (UTF-8 Encoded String)
#[specgen::covers("MQTT-1.5.4-2", fp = "c0b548db")]
#[test]
fn mqtt_1_5_4_2_client_closes_on_null_character() -> R {
    run_client(|client, server| {
        let (mut conn, o) = receiving(client, server, QoS::AtLeastOnce)?;
        let bad = Malformed::v5(Publish::new(&o.topic, "x").qos(QoS::AtLeastOnce, 3)).string_field("topic", b"a/\0b");
        conn.send_malformed(bad)?;
        expect_close(&mut conn, "U+0000 in a Topic Name was accepted")
    })
}
