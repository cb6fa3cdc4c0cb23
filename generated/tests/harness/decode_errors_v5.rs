//! The 5.0 decoder's verdicts on malformed 5.0 input.

use mqtt_conformance::codec::*;
use mqtt_conformance::malformed::Malformed;

fn err(m: Malformed) -> DecodeError {
    match decode_with(&m.to_bytes(), ProtocolVersion::V5, usize::MAX) {
        Err(e) => e,
        other => panic!("{} decoded as {other:?}", m.describe()),
    }
}

const PUBLISH: PropertyPlace = PropertyPlace::Packet(PacketType::Publish);

#[test]
fn undefined_property_identifier() {
    let e = err(Malformed::with_property(Publish::new("t", "x"), Property::Raw { id: 0x05, value: vec![] }));
    assert_eq!(e, DecodeError::InvalidPropertyId { place: PUBLISH, id: 5 });
}

#[test]
fn property_not_allowed_in_the_packet() {
    let e = err(Malformed::with_property(Publish::new("t", "x"), Property::ReceiveMaximum(1)));
    assert_eq!(e, DecodeError::PropertyNotAllowed { place: PUBLISH, property: PropertyId::ReceiveMaximum });
    assert_eq!(e.to_string(), "PUBLISH: property Receive Maximum (0x21) is not allowed here");
}

#[test]
fn duplicate_property() {
    let e = err(Malformed::duplicate_property(Connect::v5("c"), Property::ReceiveMaximum(5)));
    let place = PropertyPlace::Packet(PacketType::Connect);
    assert_eq!(e, DecodeError::DuplicateProperty { place, property: PropertyId::ReceiveMaximum });
    // Subscription Identifier repeats in PUBLISH but not in SUBSCRIBE.
    let p = Publish::new("t", "x");
    let ok = Malformed::duplicate_property(p, Property::SubscriptionIdentifier(1)).to_bytes();
    assert!(matches!(decode_with(&ok, ProtocolVersion::V5, usize::MAX), Ok(Decoded::Packet { .. })));
    let s = Subscribe::one(1, "f", QoS::AtMostOnce);
    let e = err(Malformed::duplicate_property(s, Property::SubscriptionIdentifier(1)));
    assert!(matches!(e, DecodeError::DuplicateProperty { property: PropertyId::SubscriptionIdentifier, .. }), "{e}");
    // User Property may always repeat.
    let u = Malformed::duplicate_property(PubAck::new(1), Property::UserProperty("a".into(), "b".into())).to_bytes();
    assert!(matches!(decode_with(&u, ProtocolVersion::V5, usize::MAX), Ok(Decoded::Packet { .. })));
}

#[test]
fn property_length_mismatch() {
    let base =
        || Malformed::v5(PubAck::v5(1, ReasonCode::Success).properties(Properties::new().with_reason_string("r")));
    // Shorter than the Reason String it holds.
    let e = err(base().properties_length(2));
    assert!(matches!(e, DecodeError::PropertyLengthMismatch { declared: 2, .. }), "{e}");
    // Longer than the packet.
    let e = err(base().properties_length(9));
    assert!(matches!(e, DecodeError::PropertyLengthMismatch { declared: 9, .. }), "{e}");
}

#[test]
fn reason_code_not_valid_for_the_packet() {
    // 0x8F Topic Filter invalid is for SUBACK, UNSUBACK, DISCONNECT only.
    let e = err(Malformed::v5(PubAck::new(1)).reason_code(0x8f));
    assert_eq!(e, DecodeError::InvalidReasonCode { packet_type: PacketType::PubAck, code: 0x8f });
    let e = err(Malformed::v5(Packet::Disconnect).reason_code(0x05));
    assert_eq!(e, DecodeError::InvalidReasonCode { packet_type: PacketType::Disconnect, code: 0x05 });
    let e = err(Malformed::v5(SubAck::v5(1, [ReasonCode::GrantedQoS0])).field_bytes("reason_code[0]", &[0x03]));
    assert_eq!(e, DecodeError::InvalidReasonCode { packet_type: PacketType::SubAck, code: 0x03 });
}

#[test]
fn will_properties() {
    let e = err(Malformed::bad_will_properties("c", None));
    assert_eq!(e, DecodeError::InvalidPropertyId { place: PropertyPlace::Will, id: 0x7f });
    let c = Connect::v5("c").will(Will::new("w", "p", QoS::AtMostOnce, false).property(Property::TopicAlias(1)));
    let e = err(Malformed::v5(c));
    assert_eq!(e, DecodeError::PropertyNotAllowed { place: PropertyPlace::Will, property: PropertyId::TopicAlias });
}

#[test]
fn subscription_options() {
    let e = err(Malformed::retain_handling_3("f"));
    assert!(matches!(e, DecodeError::InvalidSubscriptionOptions { index: 0, value: 0x30, .. }), "{e}");
    let e = err(Malformed::v5(Subscribe::one(1, "f", QoS::AtMostOnce)).field_bytes("options[0]", &[0x40]));
    assert!(matches!(e, DecodeError::InvalidSubscriptionOptions { value: 0x40, .. }), "{e}");
}

#[test]
fn remaining_length_must_be_minimal_in_5_0_only() {
    let m = Malformed::v5(PubAck::new(1)).length_bytes(2);
    assert_eq!(
        decode_with(&m.to_bytes(), ProtocolVersion::V5, usize::MAX),
        Err(DecodeError::NonMinimalRemainingLength)
    );
    assert!(matches!(decode(&m.to_bytes()), Ok(Decoded::Packet { .. })));
}

#[test]
fn auth_is_a_packet_in_5_0_only() {
    let bytes = Packet::from(Auth::new(ReasonCode::ReAuthenticate)).encode_v5();
    assert_eq!(bytes, [0xf0, 0x01, 0x19]);
    assert_eq!(decode(&bytes), Err(DecodeError::ReservedPacketType(15)));
    assert!(Packet::from(Auth::default()).try_encode().is_err());
}

#[test]
fn incremental_5_0_decoder() {
    let mut d = Decoder::new(ProtocolVersion::V5);
    let ack = ConnAck::v5(false, ReasonCode::Success).properties(Properties::new().with_topic_alias_maximum(10u16));
    let mut bytes = Packet::from(ack.clone()).encode_v5();
    bytes.extend(Packet::from(PubRec::v5(3, ReasonCode::NoMatchingSubscribers)).encode_v5());
    for b in &bytes[..bytes.len() - 1] {
        d.push(&[*b]);
    }
    assert_eq!(d.next(), Ok(Some(Packet::ConnAck(ack))));
    assert_eq!(d.next(), Ok(None));
    d.push(&bytes[bytes.len() - 1..]);
    assert_eq!(d.next(), Ok(Some(Packet::PubRec(PubRec::v5(3, ReasonCode::NoMatchingSubscribers)))));
}

#[test]
fn a_3_1_1_connect_still_decodes_in_a_5_0_decoder() {
    let bytes = Packet::from(Connect::new("c")).encode();
    let got = decode_with(&bytes, ProtocolVersion::V5, usize::MAX);
    assert_eq!(got, Ok(Decoded::Packet { packet: Connect::new("c").into(), len: bytes.len() }));
}

#[test]
fn reason_code_table() {
    assert_eq!(ReasonCode(0).name_for(PacketType::Disconnect), Some("Normal disconnection"));
    assert_eq!(ReasonCode(0).name_for(PacketType::SubAck), Some("Granted QoS 0"));
    assert_eq!(ReasonCode(0x92).packets(), [PacketType::PubRel, PacketType::PubComp]);
    assert!(!ReasonCode(0x03).valid_for(PacketType::SubAck));
    assert_eq!(ReasonCode::all().len(), 43);
}

#[test]
fn typed_getters() {
    let p = Properties::new()
        .with_topic_alias(4)
        .with_reason_string("why")
        .with_user_property("a", "1")
        .with_user_property("a", "2")
        .with_subscription_identifier(7)
        .with_subscription_identifier(9u32);
    assert_eq!(p.topic_alias(), Some(4));
    assert_eq!(p.reason_string(), Some("why"));
    assert_eq!(p.user_properties(), [("a", "1"), ("a", "2")]);
    assert_eq!(p.subscription_identifiers(), [7, 9]);
    assert_eq!(p.subscription_identifier(), Some(7));
    assert_eq!(p.content_type(), None);
}
