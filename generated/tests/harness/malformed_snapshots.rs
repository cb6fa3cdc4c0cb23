//! Bytes of every kind of malformed packet the builder makes, snapshotted as
//! hex together with what our own decoder says about them. The snapshot was
//! reviewed byte by byte against the spec's figures; a change to it means the
//! encoder or the builder changed behaviour.

use mqtt_conformance::codec::*;
use mqtt_conformance::malformed::Malformed;

/// (name, packet) pairs shared with `decode_errors`.
pub fn cases() -> Vec<(&'static str, Malformed)> {
    let connect = || Malformed::from(Connect::new("c"));
    let qos1 = || Malformed::from(Publish::new("t", "x").qos(QoS::AtLeastOnce, 1));
    let sub = || Malformed::from(Subscribe::one(1, "a", QoS::AtMostOnce));
    vec![
        ("connect_valid_baseline", connect()),
        ("connect_reserved_flag", connect().connect_flags(|f| f | 0x01)),
        ("connect_fixed_header_flags", connect().set_flag_bits(0b0001)),
        ("connect_protocol_name_mqtx", connect().protocol_name(b"MQTX")),
        ("connect_protocol_level_7", connect().protocol_level(7)),
        ("connect_client_id_ill_formed_utf8", connect().string_field("client_id", b"\xc3\x28")),
        ("connect_client_id_surrogate", connect().string_field("client_id", b"\xed\xa0\x80")),
        ("connect_client_id_nul", connect().string_field("client_id", b"a\0b")),
        ("connect_truncated_to_8", connect().truncate(8)),
        ("connect_will_qos_without_will", connect().connect_flags(|f| f | 0x08)),
        ("connect_password_without_username", connect().connect_flags(|f| f | 0x40).append(b"\x00\x01p")),
        ("pingreq_reserved_flag", Malformed::from(Packet::PingReq).set_flag_bits(0b0001)),
        ("pubrel_flags_zero", Malformed::from(PubRel::new(1)).flags(0)),
        ("subscribe_flags_zero", sub().flags(0)),
        ("subscribe_requested_qos_3", sub().field_bytes("qos[0]", &[3])),
        ("subscribe_options_reserved_bits", sub().field_bytes("qos[0]", &[0x04])),
        ("subscribe_no_filters", sub().field_bytes("filter[0]", &[]).field_bytes("qos[0]", &[])),
        ("subscribe_packet_id_zero", sub().packet_id(0)),
        ("unsubscribe_packet_id_zero", Malformed::from(Unsubscribe::new(1, ["a"])).packet_id(0)),
        ("publish_qos_3", Malformed::from(Publish::new("t", "x")).qos_bits(3)),
        ("publish_dup_on_qos0", Malformed::from(Publish::new("t", "x")).set_flag_bits(0b1000)),
        ("publish_packet_id_zero", qos1().packet_id(0)),
        ("publish_topic_nul", Malformed::from(Publish::new("t", "x")).string_field("topic", b"a\0b")),
        ("publish_topic_ill_formed_utf8", Malformed::from(Publish::new("t", "x")).string_field("topic", b"\xff")),
        ("publish_body_cut_by_2", qos1().truncate_body(2)),
        ("puback_length_2_in_2_bytes", Malformed::from(PubAck::new(1)).length_bytes(2)),
        ("puback_length_2_in_4_bytes", Malformed::from(PubAck::new(1)).length_bytes(4)),
        ("puback_overlong_5_byte_length", Malformed::from(PubAck::new(1)).length_bytes(5)),
        ("puback_declares_3_has_2", Malformed::from(PubAck::new(1)).remaining_length(3)),
        ("puback_declares_1", Malformed::from(PubAck::new(1)).remaining_length(1)),
        ("puback_raw_length_ff_ff_ff_ff", Malformed::from(PubAck::new(1)).raw_length(&[0xff, 0xff, 0xff, 0xff])),
        ("disconnect_with_body", Malformed::from(Packet::Disconnect).append(b"\x00")),
        ("type_0", Malformed::from(Packet::PingReq).packet_type(0)),
        ("type_15", Malformed::from(Packet::PingReq).packet_type(15)),
        ("raw_http_request", Malformed::raw(&b"GET / HTTP/1.1\r\n"[..])),
    ]
}

#[test]
fn malformed_bytes() {
    let mut out = String::new();
    for (name, m) in cases() {
        let bytes = m.to_bytes();
        let verdict = match decode(&bytes) {
            Ok(Decoded::Packet { packet, len }) => format!("decodes ({len} bytes): {packet}"),
            Ok(Decoded::Incomplete { needed }) => format!("incomplete, needs {needed:?}"),
            Err(e) => format!("error: {e}"),
        };
        out += &format!("{name}\n  {}\n  {}\n  {verdict}\n", m.describe(), hex(&bytes));
    }
    insta::assert_snapshot!(out);
}

#[test]
fn field_names_are_listed() {
    let m = Malformed::from(
        Connect::new("c").will(Will::new("w", "p", QoS::AtLeastOnce, false)).username("u").password("p"),
    );
    assert_eq!(
        m.field_names(),
        [
            "protocol_name",
            "protocol_level",
            "connect_flags",
            "keep_alive",
            "client_id",
            "will_topic",
            "will_payload",
            "username",
            "password"
        ]
    );
}

#[test]
#[should_panic(expected = "no field `nope`")]
fn unknown_field_names_panic_with_the_list() {
    let _ = Malformed::from(Packet::PingReq).field_bytes("nope", &[]);
}
