//! mqtt-v3.1.1 section 1.5: Data representations.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_connect::*;

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
fn mqtt_1_5_3_1_ill_formed_utf8_closes_connection() -> R {
    run(|b| {
        let mut cases = Vec::new();
        for bad in ILL_FORMED {
            cases.push(case("CONNECT client id", move || {
                let mut c = b.client()?;
                c.send_malformed(Malformed::from(c.authenticate(Connect::new("x"))).string_field("client_id", bad))?;
                c.expect_closed()
            }));
            cases.push(case("PUBLISH topic", move || {
                let mut c = connected(b, "utf8")?;
                c.send_malformed(Malformed::from(Publish::new("t", "x")).string_field("topic", bad))?;
                c.expect_closed()
            }));
            cases.push(case("SUBSCRIBE filter", move || {
                let mut c = connected(b, "utf8")?;
                c.send_malformed(
                    Malformed::from(Subscribe::one(1, "t", QoS::AtMostOnce)).string_field("filter[0]", bad),
                )?;
                c.expect_closed()
            }));
        }
        each_case("ill-formed UTF-8 must close the connection", cases)
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
fn mqtt_1_5_3_2_null_character_closes_connection() -> R {
    run(|b| {
        each_case(
            "U+0000 in a string must close the connection",
            vec![
                case("CONNECT client id", || {
                    let mut c = b.client()?;
                    c.send_malformed(
                        Malformed::from(c.authenticate(Connect::new("x"))).string_field("client_id", b"a\0b"),
                    )?;
                    c.expect_closed()
                }),
                case("PUBLISH topic", || {
                    let mut c = connected(b, "nul")?;
                    c.send_malformed(Malformed::from(Publish::new("t", "x")).string_field("topic", b"a\0b"))?;
                    c.expect_closed()
                }),
                case("UNSUBSCRIBE filter", || {
                    let mut c = connected(b, "nul")?;
                    c.send_malformed(Malformed::from(Unsubscribe::new(1, ["t"])).string_field("filter[0]", b"\0"))?;
                    c.expect_closed()
                }),
            ],
        )
    })
}

/// MQTT-1.5.3-3 (MUST NOT, Unknown)
///
/// > A UTF-8 encoded sequence 0xEF 0xBB 0xBF is always to be interpreted to mean U+FEFF ("ZERO
/// > WIDTH NO-BREAK SPACE") wherever it appears in a string and MUST NOT be skipped over or
/// > stripped off by a packet receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 1.5.3 (UTF-8 encoded strings)
#[specgen::covers("MQTT-1.5.3-3", fp = "3bc5d796")]
#[test]
fn mqtt_1_5_3_3_bom_is_neither_skipped_nor_stripped() -> R {
    run(|b| {
        let plain = unique_topic("bom");
        let with_bom = format!("\u{feff}{plain}");
        let mut sub = subscriber(b, &with_bom, QoS::AtMostOnce)?;
        let mut p = connected(b, "bom")?;
        // Sent in this order: a server that strips the BOM from the filter
        // delivers the plain one first; one that strips it from the topic
        // delivers nothing.
        p.publish(&plain, b"plain", QoS::AtLeastOnce)?;
        p.publish(&with_bom, b"bom", QoS::AtLeastOnce)?;
        let got = expect_payload(&mut sub, b"bom").because("U+FEFF must not be stripped")?;
        if got.topic != with_bom {
            return Err(sub.fail_with(format!("topic delivered as {:?}, not {with_bom:?}", got.topic)));
        }
        // Nothing else (the plain one, a second copy): a marker is next.
        expect_marker_next(b, &mut sub, &with_bom)
    })
}
