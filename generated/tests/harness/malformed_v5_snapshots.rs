//! Bytes of the 5.0 malformed cases, snapshotted as hex with the 5.0
//! decoder's verdict. Reviewed byte by byte against the spec; a change means
//! the encoder or the builder changed behaviour.

use mqtt_conformance::codec::*;
use mqtt_conformance::malformed::{qos1_publishes, Malformed, INVALID_SHARED_FILTERS};

pub fn cases() -> Vec<(String, Malformed)> {
    let mut v: Vec<(String, Malformed)> = vec![
        ("connect_v5_baseline".into(), Malformed::v5(Connect::v5("c"))),
        (
            "connect_receive_maximum_twice".into(),
            Malformed::duplicate_property(Connect::v5("c"), Property::ReceiveMaximum(5)),
        ),
        (
            "publish_with_receive_maximum".into(),
            Malformed::with_property(Publish::new("t", "x"), Property::ReceiveMaximum(5)),
        ),
        ("connect_with_topic_alias".into(), Malformed::with_property(Connect::v5("c"), Property::TopicAlias(1))),
        (
            "publish_undefined_property_0x05".into(),
            Malformed::with_property(Publish::new("t", "x"), Property::Raw { id: 5, value: vec![] }),
        ),
        (
            "puback_properties_length_short".into(),
            Malformed::v5(PubAck::v5(1, ReasonCode::Success).properties(Properties::new().with_reason_string("r")))
                .properties_length(2),
        ),
        (
            "puback_properties_length_long".into(),
            Malformed::v5(PubAck::v5(1, ReasonCode::Success).properties(Properties::new().with_reason_string("r")))
                .properties_length(9),
        ),
        ("publish_topic_alias_0".into(), Malformed::topic_alias("t", 0)),
        ("publish_topic_alias_65535".into(), Malformed::topic_alias("t", u16::MAX)),
        ("publish_of_129_bytes".into(), Malformed::publish_of_size("t", 129)),
        ("subscribe_subscription_identifier_0".into(), Malformed::subscription_identifier_zero("f")),
        ("subscribe_retain_handling_3".into(), Malformed::retain_handling_3("f")),
        ("subscribe_no_local_on_share".into(), Malformed::no_local_shared("g", "f")),
        ("puback_reason_0x8f".into(), Malformed::v5(PubAck::new(1)).reason_code(0x8f)),
        ("disconnect_reason_0x05".into(), Malformed::v5(Packet::Disconnect).reason_code(0x05)),
        ("connack_reason_0x10".into(), Malformed::v5(ConnAck::v5(false, ReasonCode::Success)).reason_code(0x10)),
        ("connect_will_properties_undefined_id".into(), Malformed::bad_will_properties("c", None)),
        ("connect_will_properties_length_long".into(), Malformed::bad_will_properties("c", Some(&[0x7f]))),
        ("puback_v5_length_in_2_bytes".into(), Malformed::v5(PubAck::new(1)).length_bytes(2)),
    ];
    for f in INVALID_SHARED_FILTERS {
        v.push((format!("subscribe_shared_filter {f:?}"), Malformed::shared_filter(f)));
    }
    v
}

#[test]
fn malformed_v5_bytes() {
    let mut out = String::new();
    for (name, m) in cases() {
        let bytes = m.to_bytes();
        let verdict = match decode_with(&bytes, ProtocolVersion::V5, usize::MAX) {
            Ok(Decoded::Packet { packet, len }) => format!("decodes ({len} bytes): {packet}"),
            Ok(Decoded::Incomplete { needed }) => format!("incomplete, needs {needed:?}"),
            Err(e) => format!("error: {e}"),
        };
        out += &format!("{name}\n  {}\n  {}\n  {verdict}\n", m.describe(), hex(&bytes));
    }
    insta::assert_snapshot!(out);
}

#[test]
fn v5_field_names_are_listed() {
    let c = Connect::v5("c")
        .property(Property::ReceiveMaximum(1))
        .will(Will::new("w", "p", QoS::AtMostOnce, false).property(Property::WillDelayInterval(1)));
    assert_eq!(
        Malformed::v5(c).field_names(),
        [
            "protocol_name",
            "protocol_level",
            "connect_flags",
            "keep_alive",
            "properties_length",
            "properties[0]",
            "client_id",
            "will_properties_length",
            "will_properties[0]",
            "will_topic",
            "will_payload"
        ]
    );
}

#[test]
fn publish_of_size_is_exact() {
    for size in [8, 127, 128, 129, 16_384, 16_386] {
        assert_eq!(Malformed::publish_of_size("t", size).to_bytes().len(), size);
    }
    // 130 bytes would need Remaining Length 127 in 2 bytes: one more instead.
    assert_eq!(Malformed::publish_of_size("t", 130).to_bytes().len(), 131);
}

#[test]
fn receive_maximum_burst() {
    let ps = qos1_publishes("t", 3, 65_535);
    let ids: Vec<u16> = ps.iter().map(|p| p.packet_id).collect();
    assert_eq!(ids, [65_535, 1, 2]);
    assert!(ps.iter().all(|p| p.qos == QoS::AtLeastOnce));
}
