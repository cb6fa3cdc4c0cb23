//! The decoder's verdicts on bad input, with the reasons it gives.

use mqtt_conformance::codec::*;
use mqtt_conformance::malformed::Malformed;

fn err(m: Malformed) -> DecodeError {
    match decode(&m.to_bytes()) {
        Err(e) => e,
        other => panic!("{} decoded as {other:?}", m.describe()),
    }
}

#[test]
fn every_malformed_case_but_the_valid_ones_is_rejected_or_incomplete() {
    // Decodable on purpose: the baseline, the non-minimal lengths 3.1.1
    // allows, and CONNECTs a server must parse to answer (name/level).
    let accepted = [
        "connect_valid_baseline",
        "puback_length_2_in_2_bytes",
        "puback_length_2_in_4_bytes",
        "connect_protocol_name_mqtx",
        "connect_protocol_level_7",
    ];
    let incomplete = ["connect_truncated_to_8", "publish_body_cut_by_2", "puback_declares_3_has_2"];
    for (name, m) in super::malformed_snapshots::cases() {
        let r = decode(&m.to_bytes());
        match r {
            Ok(Decoded::Packet { .. }) => assert!(accepted.contains(&name), "{name} decoded: {r:?}"),
            Ok(Decoded::Incomplete { .. }) => assert!(incomplete.contains(&name), "{name} incomplete"),
            Err(_) => assert!(!accepted.contains(&name) && !incomplete.contains(&name), "{name}: {r:?}"),
        }
    }
}

#[test]
fn reserved_connect_flag() {
    let e = err(Malformed::from(Connect::new("c")).connect_flags(|f| f | 1));
    assert!(matches!(e, DecodeError::InvalidConnectFlags { .. }));
    assert!(e.to_string().contains("[MQTT-3.1.2-3]"), "{e}");
}

#[test]
fn invalid_fixed_header_flags() {
    let e = err(Malformed::from(PubRel::new(1)).flags(0));
    assert_eq!(e, DecodeError::InvalidFlags { packet_type: PacketType::PubRel, flags: 0 });
    assert_eq!(e.to_string(), "PUBREL: fixed header flags 0b0000 must be 0b0010 [MQTT-2.2.2-1]");
}

#[test]
fn flags_are_checked_before_the_body_arrives() {
    // Only the first byte: a bad type or flags is already an error.
    assert_eq!(decode(&[0xc1]), Err(DecodeError::InvalidFlags { packet_type: PacketType::PingReq, flags: 1 }));
    assert_eq!(decode(&[0x00]), Err(DecodeError::ReservedPacketType(0)));
    assert_eq!(decode(&[0xf0]), Err(DecodeError::ReservedPacketType(15)));
    assert!(matches!(decode(&[0x36]), Err(DecodeError::InvalidQoS { value: 3, .. })));
}

#[test]
fn remaining_length_limits() {
    assert_eq!(decode(&[0x40, 0x80, 0x80, 0x80, 0x80, 0x00]), Err(DecodeError::RemainingLengthTooLong));
    // Four continuation bytes announced, only three present: wait for more.
    assert_eq!(decode(&[0x40, 0x80, 0x80, 0x80]), Ok(Decoded::Incomplete { needed: None }));
    assert_eq!(decode(&[0x40, 0xff, 0xff, 0xff, 0x7f]), Ok(Decoded::Incomplete { needed: Some(5 + 268_435_455) }));
    let small = decode_with(&[0x30, 0x10], ProtocolVersion::V311, 8);
    assert_eq!(small, Err(DecodeError::PacketTooLarge { len: 18, max: 8 }));
}

#[test]
fn wrong_length_for_fixed_size_packets() {
    let e = err(Malformed::from(PubAck::new(1)).remaining_length(1).truncate(3));
    assert_eq!(e, DecodeError::WrongRemainingLength { packet_type: PacketType::PubAck, expected: 2, got: 1 });
    let e = err(Malformed::from(Packet::Disconnect).append(&[0]));
    assert_eq!(e.to_string(), "DISCONNECT: Remaining Length must be 0, got 1");
}

#[test]
fn strings() {
    let e = err(Malformed::from(Connect::new("c")).string_field("client_id", b"\xed\xa0\x80"));
    assert_eq!(e, DecodeError::InvalidUtf8 { packet_type: PacketType::Connect, field: "client_id".into() });
    let e = err(Malformed::from(Publish::new("t", "")).string_field("topic", b"a\0"));
    assert_eq!(e.to_string(), "PUBLISH: field `topic` contains U+0000 [MQTT-1.5.3-2]");
    // A string whose length prefix runs past the body.
    let e = err(Malformed::from(Connect::new("c")).field_bytes("client_id", b"\x00\x09c"));
    assert!(matches!(e, DecodeError::Truncated { ref field, need: 9, have: 1, .. } if field == "client_id"), "{e:?}");
}

#[test]
fn zero_packet_ids() {
    let e = err(Malformed::from(Publish::new("t", "").qos(QoS::ExactlyOnce, 5)).packet_id(0));
    assert_eq!(e, DecodeError::ZeroPacketId(PacketType::Publish));
    assert_eq!(decode(&[0x40, 0x02, 0x00, 0x00]), Err(DecodeError::ZeroPacketId(PacketType::PubAck)));
}

#[test]
fn subscribe_rules() {
    let e = err(Malformed::from(Subscribe::one(1, "a", QoS::AtMostOnce))
        .field_bytes("filter[0]", &[])
        .field_bytes("qos[0]", &[]));
    assert_eq!(e, DecodeError::NoTopicFilters(PacketType::Subscribe));
    let e = err(Malformed::from(Subscribe::one(1, "a", QoS::AtMostOnce)).field_bytes("qos[0]", &[0x41]));
    assert_eq!(e, DecodeError::InvalidSubscribeOptions { index: 0, value: 0x41 });
}

#[test]
fn connack_and_suback_codes() {
    assert_eq!(decode(&[0x20, 0x02, 0x00, 0x06]), Err(DecodeError::InvalidConnectReturnCode(6)));
    assert_eq!(decode(&[0x20, 0x02, 0x02, 0x00]), Err(DecodeError::InvalidConnackFlags(2)));
    assert_eq!(decode(&[0x90, 0x03, 0x00, 0x01, 0x03]), Err(DecodeError::InvalidSubackCode(3)));
}

#[test]
fn mqtt5_connect_is_reported_unsupported() {
    let e = err(Malformed::from(Connect::new("c")).protocol_level(5));
    assert!(matches!(e, DecodeError::Unsupported(_)), "{e:?}");
}

#[test]
fn decoder_keeps_bytes_after_a_packet() {
    let mut d = Decoder::default();
    let mut bytes = Packet::PingResp.encode();
    bytes.extend([0x90, 0x03, 0x00]); // half a SUBACK
    d.push(&bytes);
    assert_eq!(d.next(), Ok(Some(Packet::PingResp)));
    assert_eq!(d.next(), Ok(None));
    d.push(&[0x01, 0x80]);
    assert_eq!(d.next(), Ok(Some(Packet::SubAck(SubAck::new(1, [SubackCode::Failure])))));
}
