//! Round-trip properties for every control packet type: encode then decode
//! gives the same packet, consuming exactly the encoded bytes, and every
//! strict prefix decodes as "need more bytes".

use mqtt_conformance::codec::*;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    // Any Unicode except U+0000, which MQTT strings may not contain.
    any::<String>().prop_map(|s| s.replace('\0', ""))
}

fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(any::<u8>(), 0..64)
}

fn qos() -> impl Strategy<Value = QoS> {
    prop_oneof![Just(QoS::AtMostOnce), Just(QoS::AtLeastOnce), Just(QoS::ExactlyOnce)]
}

fn id() -> impl Strategy<Value = u16> {
    1..=u16::MAX
}

fn connect() -> impl Strategy<Value = Packet> {
    let will = prop::option::of((text(), bytes(), qos(), any::<bool>()).prop_map(|(t, p, q, r)| Will::new(t, p, q, r)));
    let creds = prop::option::of((text(), prop::option::of(bytes())));
    (text(), any::<bool>(), any::<u16>(), will, creds, prop_oneof![Just(("MQTT", 4u8)), Just(("MQIsdp", 3u8))])
        .prop_map(|(id, clean, ka, will, creds, (name, level))| {
            let mut c = Connect::new(id).clean_session(clean).keep_alive(ka).protocol(name, level);
            c.will = will;
            // 3.1.1 allows a password only together with a user name.
            if let Some((user, pass)) = creds {
                c.username = Some(user);
                c.password = pass;
            }
            Packet::Connect(c)
        })
}

fn connack() -> impl Strategy<Value = Packet> {
    (any::<bool>(), 0u8..=5).prop_map(|(sp, code)| ConnAck::new(sp, ConnectReturnCode::from_u8(code).unwrap()).into())
}

fn publish() -> impl Strategy<Value = Packet> {
    (text(), bytes(), qos(), id(), any::<bool>(), any::<bool>()).prop_map(|(t, p, q, id, retain, dup)| {
        // DUP must be 0 for QoS 0 [MQTT-3.3.1-2].
        Publish::new(t, p).qos(q, id).retain(retain).dup(dup && q != QoS::AtMostOnce).into()
    })
}

fn subscribe() -> impl Strategy<Value = Packet> {
    (id(), prop::collection::vec((text(), qos()), 1..5)).prop_map(|(id, f)| Subscribe::new(id, f).into())
}

fn suback() -> impl Strategy<Value = Packet> {
    let code = prop_oneof![qos().prop_map(SubackCode::Granted), Just(SubackCode::Failure)];
    (id(), prop::collection::vec(code, 1..8)).prop_map(|(id, c)| SubAck::new(id, c).into())
}

fn unsubscribe() -> impl Strategy<Value = Packet> {
    (id(), prop::collection::vec(text(), 1..5)).prop_map(|(id, f)| Unsubscribe::new(id, f).into())
}

fn any_packet() -> impl Strategy<Value = Packet> {
    prop_oneof![
        connect(),
        connack(),
        publish(),
        id().prop_map(|i| PubAck::new(i).into()),
        id().prop_map(|i| PubRec::new(i).into()),
        id().prop_map(|i| PubRel::new(i).into()),
        id().prop_map(|i| PubComp::new(i).into()),
        subscribe(),
        suback(),
        unsubscribe(),
        id().prop_map(|i| UnsubAck::new(i).into()),
        Just(Packet::PingReq),
        Just(Packet::PingResp),
        Just(Packet::Disconnect),
    ]
}

fn round_trip(p: &Packet) -> Result<(), TestCaseError> {
    let bytes = p.encode();
    match decode(&bytes) {
        Ok(Decoded::Packet { packet, len }) => {
            prop_assert_eq!(&packet, p);
            prop_assert_eq!(len, bytes.len());
        }
        other => prop_assert!(false, "{:?} decoded as {:?} from {}", p, other, hex(&bytes)),
    }
    // Streaming: two packets back to back, fed in 3-byte chunks.
    let mut d = Decoder::default();
    let mut got = vec![];
    for chunk in [bytes.clone(), bytes.clone()].concat().chunks(3) {
        d.push(chunk);
        while let Some(q) = d.next().map_err(|e| TestCaseError::fail(e.to_string()))? {
            got.push(q);
        }
    }
    prop_assert_eq!(got, vec![p.clone(), p.clone()]);
    prop_assert!(d.buffered().is_empty());
    Ok(())
}

macro_rules! round_trip_tests {
    ($($name:ident => $strategy:expr),* $(,)?) => {
        proptest! {
            #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]
            $(
                #[test]
                fn $name(p in $strategy) {
                    round_trip(&p)?;
                }
            )*
        }
    };
}

round_trip_tests! {
    round_trip_connect => connect(),
    round_trip_connack => connack(),
    round_trip_publish => publish(),
    round_trip_puback => id().prop_map(|i| Packet::from(PubAck::new(i))),
    round_trip_pubrec => id().prop_map(|i| Packet::from(PubRec::new(i))),
    round_trip_pubrel => id().prop_map(|i| Packet::from(PubRel::new(i))),
    round_trip_pubcomp => id().prop_map(|i| Packet::from(PubComp::new(i))),
    round_trip_subscribe => subscribe(),
    round_trip_suback => suback(),
    round_trip_unsubscribe => unsubscribe(),
    round_trip_unsuback => id().prop_map(|i| Packet::from(UnsubAck::new(i))),
    round_trip_pingreq => Just(Packet::PingReq),
    round_trip_pingresp => Just(Packet::PingResp),
    round_trip_disconnect => Just(Packet::Disconnect),
}

proptest! {
    #[test]
    fn every_strict_prefix_is_incomplete(p in any_packet()) {
        let bytes = p.encode();
        for n in 0..bytes.len() {
            match decode(&bytes[..n]) {
                Ok(Decoded::Incomplete { needed }) => {
                    prop_assert!(needed.is_none() || needed == Some(bytes.len()), "needed {:?} at {}", needed, n)
                }
                other => prop_assert!(false, "prefix {} of {}: {:?}", n, hex(&bytes), other),
            }
        }
    }

    #[test]
    fn decoder_never_panics_on_arbitrary_bytes(b in prop::collection::vec(any::<u8>(), 0..64)) {
        let _ = decode(&b);
    }
}

#[test]
fn large_publish_uses_multi_byte_remaining_length() {
    for len in [127usize, 128, 16_383, 16_384, 2_097_152] {
        let p = Packet::from(Publish::new("t", vec![7u8; len]));
        let bytes = p.encode();
        let expected_len_bytes = match len + 3 {
            0..=127 => 1,
            128..=16_383 => 2,
            16_384..=2_097_151 => 3,
            _ => 4,
        };
        assert_eq!(bytes.len(), 1 + expected_len_bytes + len + 3, "payload {len}");
        assert_eq!(decode(&bytes).unwrap(), Decoded::Packet { packet: p, len: bytes.len() });
    }
}
