//! mqtt-v3.1.1 section 1.5 (Data representations): the client side, against the scripted server.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// MQTT-1.5.3-1 (MUST, MUST NOT, Both)
///
/// > The character data in a UTF-8 encoded string MUST be well-formed UTF-8 as defined by the
/// > Unicode specification [Unicode] and restated in RFC 3629 [RFC3629]. In particular this data
/// > MUST NOT include encodings of code points between U+D800 and U+DFFF. If a Server or Client
/// > receives a Control Packet containing ill-formed UTF-8 it MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 1.5.3 (UTF-8 encoded strings)
#[specgen::covers("MQTT-1.5.3-1", fp = "e9c50b0a")]
#[test]
fn mqtt_1_5_3_1_client_closes_on_ill_formed_utf8() -> R {
    // The Client side: a PUBLISH whose Topic Name is a UTF-16 surrogate
    // encoded in UTF-8 (ED A0 80) is ill-formed.
    run_client(|client, server| {
        let (mut conn, o) = receiving(client, server, QoS::AtLeastOnce)?;
        let bad = Malformed::from(Publish::new(&o.topic, "x").qos(QoS::AtLeastOnce, 3))
            .string_field("topic", b"a/\xed\xa0\x80");
        conn.send_malformed(bad)?;
        conn.expect_closed().because("ill-formed UTF-8 in a Topic Name was accepted")
    })
}

/// MQTT-1.5.3-2 (MUST, MUST NOT, Both)
///
/// > A UTF-8 encoded string MUST NOT include an encoding of the null character U+0000. If a
/// > receiver (Server or Client) receives a Control Packet containing U+0000 it MUST close the
/// > Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 1.5.3 (UTF-8 encoded strings)
#[specgen::covers("MQTT-1.5.3-2", fp = "18702658")]
#[test]
fn mqtt_1_5_3_2_client_closes_on_null_character() -> R {
    run_client(|client, server| {
        let (mut conn, o) = receiving(client, server, QoS::AtLeastOnce)?;
        let bad = Malformed::from(Publish::new(&o.topic, "x").qos(QoS::AtLeastOnce, 3)).string_field("topic", b"a/\0b");
        conn.send_malformed(bad)?;
        conn.expect_closed().because("U+0000 in a Topic Name was accepted")
    })
}
