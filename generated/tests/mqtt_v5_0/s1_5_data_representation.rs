//! mqtt-v5.0 section 1.5: Data representation.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_connack::*;

/// Builds a packet with the given bytes as one of its strings.
type WithString = Box<dyn Fn(&[u8]) -> Malformed>;

/// `bad` (string bytes) in each place a 5.0 packet carries a UTF-8 string
/// from the client: the server must treat the packet as malformed and close
/// (a CONNECT after at most a CONNACK 0x81, others after at most a
/// DISCONNECT 0x81). The control, the same packet with a well-formed
/// string, must be accepted, so the close is due to the string alone.
fn malformed_string_cases<'a>(b: &'a Broker, bad: &'static [u8]) -> Vec<mqtt_conformance::expect::Case<'a>> {
    let t = unique_topic("utf8");
    let (t1, t2, t3, t4) = (t.clone(), t.clone(), t.clone(), t);
    let places: Vec<(&'static str, WithString)> = vec![
        ("PUBLISH Topic Name", Box::new(move |s| Malformed::v5(Publish::new(&t1, "x")).string_field("topic", s))),
        (
            "SUBSCRIBE Topic Filter",
            Box::new(move |s| Malformed::v5(Subscribe::one(1, &t2, QoS::AtMostOnce)).string_field("filter[0]", s)),
        ),
        (
            "PUBLISH Content Type",
            Box::new(move |s| Malformed::with_property(Publish::new(&t3, "x"), raw_string(0x03, s))),
        ),
        (
            "PUBLISH User Property value",
            Box::new(move |s| Malformed::with_property(Publish::new(&t4, "x"), raw_user_property(b"k", s))),
        ),
    ];
    let mut cases = vec![case("CONNECT Client Identifier", move || {
        let id = unique_client_id("utf8");
        let mut ok = b.client_v5()?;
        ok.send_malformed(Malformed::v5(ok.authenticate(Connect::v5("x"))).string_field("client_id", id.as_bytes()))?;
        ok.expect_matching("CONNACK Success", |p| matches!(p, Packet::ConnAck(a) if a.reason_code.is_success()))
            .vehicle("the CONNECT with a well-formed Client Identifier (control)")?;
        let mut c = b.client_v5()?;
        c.send_malformed(Malformed::v5(c.authenticate(Connect::v5("x"))).string_field("client_id", bad))?;
        expect_connect_refused(&mut c, &[ReasonCode::MalformedPacket])
    })];
    for (name, with) in places {
        cases.push(case(name, move || {
            let mut ok = connected_v5(b, "utf8")?;
            ok.send_malformed(with(b"ok"))?;
            answers_before_pingresp(&mut ok, "the same packet with a well-formed string (control)")?;
            let mut c = connected_v5(b, "utf8")?;
            c.send_malformed(with(bad))?;
            expect_error_close(&mut c, &[ReasonCode::MalformedPacket])
        }));
    }
    cases
}

/// A string property `id` written byte for byte.
fn raw_string(id: u8, s: &[u8]) -> Property {
    let mut v = (s.len() as u16).to_be_bytes().to_vec();
    v.extend_from_slice(s);
    Property::Raw { id, value: v }
}

/// MQTT-1.5.4-1 (MUST, MUST NOT, Unknown)
///
/// > The character data in a UTF-8 Encoded String MUST be well-formed UTF-8 as defined by the
/// > Unicode specification [Unicode] and restated in RFC 3629 [RFC3629]. In particular, the
/// > character data MUST NOT include encodings of code points between U+D800 and U+DFFF.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 1.5.4 (UTF-8 Encoded String)
#[specgen::covers("MQTT-1.5.4-1", fp = "00162837")]
#[test]
fn mqtt_1_5_4_1_character_data_must_well_formed_defined() -> R {
    // Receiver side (ill-formed UTF-8 is a Malformed Packet); the server's own
    // strings are checked by the decoder in every test.
    run(|b| {
        let mut cases = Vec::new();
        for bad in ILL_FORMED {
            cases.extend(malformed_string_cases(b, bad));
        }
        each_case("ill-formed UTF-8 (a surrogate among them) not treated as malformed", cases)
    })
}

/// MQTT-1.5.4-2 (MUST NOT, Unknown)
///
/// > A UTF-8 Encoded String MUST NOT include an encoding of the null character U+0000.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 1.5.4 (UTF-8 Encoded String)
#[specgen::covers("MQTT-1.5.4-2", fp = "c0b548db")]
#[test]
fn mqtt_1_5_4_2_utf_encoded_must_not_include_encoding() -> R {
    run(|b| each_case("U+0000 in a string not treated as malformed", malformed_string_cases(b, b"a\0b")))
}

/// MQTT-1.5.4-3 (MUST NOT, Unknown)
///
/// > A UTF-8 encoded sequence 0xEF 0xBB 0xBF is always interpreted as U+FEFF ("ZERO WIDTH NO
/// > BREAK SPACE") wherever it appears in a string and MUST NOT be skipped over or stripped off
/// > by a packet receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 1.5.4 (UTF-8 Encoded String)
#[specgen::covers("MQTT-1.5.4-3", fp = "4e60f8ac")]
#[test]
fn mqtt_1_5_4_3_wherever_appears_must_not_skipped_over() -> R {
    run(|b| {
        let plain = unique_topic("bom");
        let with_bom = format!("\u{feff}{plain}");
        let mut sub = subscriber_v5(b, &with_bom, QoS::AtMostOnce)?;
        let mut p = connected_v5(b, "bom")?;
        // Sent in this order: a server that strips the BOM from the filter
        // delivers the plain one first; one that strips it from the topic
        // delivers nothing. The User Property travels through the server too.
        p.publish(&plain, b"plain", QoS::AtLeastOnce)?;
        let props = Properties::new().with_user_property("\u{feff}k", "v\u{feff}");
        p.publish_props(&with_bom, b"bom", QoS::AtLeastOnce, props)?;
        let got = expect_payload(&mut sub, b"bom").because("U+FEFF must not be stripped")?;
        if got.topic != with_bom {
            return Err(sub.fail_with(format!("topic delivered as {:?}, not {with_bom:?}", got.topic)));
        }
        if got.properties.user_properties() != [("\u{feff}k", "v\u{feff}")] {
            return Err(sub.fail_with(format!("User Property delivered as {:?}", got.properties.user_properties())));
        }
        // Nothing else (the plain one, a second copy): a marker is next.
        expect_marker_next(b, &mut sub, &with_bom)
    })
}

/// MQTT-1.5.5-1 (MUST, Unknown)
///
/// > The encoded value MUST use the minimum number of bytes necessary to represent the value.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 1.5.5 (Variable Byte Integer)
#[specgen::covers("MQTT-1.5.5-1", fp = "5b9f21fe")]
#[test]
fn mqtt_1_5_5_1_encoded_value_must_use_minimum_number() -> R {
    // The decoder refuses a non-minimal Remaining Length, Property Length or
    // Subscription Identifier (a Malformed failure). The server encodes
    // values of 1, 2 and 3 bytes here.
    run(|b| {
        let t = unique_topic("vbi");
        let mut sub = connected_v5(b, "vbi")?;
        let ids = [1u32, 200, 20_000];
        for (i, id) in ids.into_iter().enumerate() {
            let s = Subscribe::one(i as u16 + 1, format!("{t}/{i}"), QoS::AtLeastOnce)
                .property(Property::SubscriptionIdentifier(id));
            decoder_checked(sub.subscribe_packet(s), "subscribing with a Subscription Identifier")?;
        }
        let mut p = connected_v5(b, "vbi")?;
        for (i, size) in [10usize, 300, 20_000].into_iter().enumerate() {
            let many =
                (0..size / 100).fold(Properties::new(), |ps, n| ps.with_user_property(format!("k{n}"), "v".repeat(90)));
            p.publish_props(&format!("{t}/{i}"), &vec![b'x'; size], QoS::AtLeastOnce, many).vehicle("publishing")?;
            let got = decoder_checked(sub.receive_publish(), "a delivery")?;
            if got.payload.len() != size {
                return Err(sub.fail_with(format!("delivered {} bytes of {size}", got.payload.len())));
            }
            // The vehicle: the 1-, 2- and 3-byte Subscription Identifiers were sent.
            if got.properties.subscription_identifiers() != [ids[i]] {
                return Err(sub.fail_with(format!(
                    "Subscription Identifiers {:?}, not [{}]",
                    got.properties.subscription_identifiers(),
                    ids[i]
                )))
                .vehicle("Subscription Identifiers in deliveries");
            }
        }
        Ok(())
    })
}

/// MQTT-1.5.7-1 (MUST, Unknown)
///
/// > Both strings MUST comply with the requirements for UTF-8 Encoded Strings.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 1.5.7 (UTF-8 String Pair)
#[specgen::covers("MQTT-1.5.7-1", fp = "dbd2160e")]
#[test]
fn mqtt_1_5_7_1_both_strings_must_comply_requirements_utf() -> R {
    // Receiver side: a User Property (the UTF-8 String Pair) with a broken
    // name or value is a Malformed Packet.
    run(|b| {
        let t = unique_topic("pair");
        let mut cases = Vec::new();
        for (what, key, value) in [
            ("ill-formed name", &b"a\xed\xa0\x80"[..], &b"v"[..]),
            ("ill-formed value", &b"k"[..], &b"a\xffb"[..]),
            ("U+0000 in the name", &b"a\0b"[..], &b"v"[..]),
            ("U+0000 in the value", &b"k"[..], &b"a\0b"[..]),
        ] {
            let t = t.clone();
            cases.push(case(what, move || {
                // The control: a well-formed pair in the same place is accepted.
                let mut ok = connected_v5(b, "pair")?;
                ok.send_malformed(Malformed::with_property(Publish::new(&t, "x"), raw_user_property(b"k", b"v")))?;
                answers_before_pingresp(&mut ok, "a PUBLISH with a well-formed User Property (control)")?;
                let mut c = connected_v5(b, "pair")?;
                c.send_malformed(Malformed::with_property(Publish::new(&t, "x"), raw_user_property(key, value)))?;
                expect_error_close(&mut c, &[ReasonCode::MalformedPacket])
            }));
        }
        each_case("a User Property with a string that is not valid UTF-8 not treated as malformed", cases)
    })
}
