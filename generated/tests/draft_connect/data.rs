//! Sections 1 and 2: UTF-8 strings, fixed-header flags, packet identifiers.

use mqtt_conformance::prelude::*;

use crate::support::*;

// covers: MQTT-1.5.3-1
#[test]
fn ill_formed_utf8_closes_connection() -> R {
    run(|b| {
        let mut cases = Vec::new();
        for bad in ILL_FORMED {
            cases.push(case("CONNECT client id", move || {
                let mut c = b.client()?;
                c.send_malformed(Malformed::from(Connect::new("x")).string_field("client_id", bad))?;
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
        each_case("MQTT-1.5.3-1: ill-formed UTF-8 must close the connection", cases)
    })
}

// covers: MQTT-1.5.3-2
#[test]
fn null_character_closes_connection() -> R {
    run(|b| {
        each_case(
            "MQTT-1.5.3-2: U+0000 in a string must close the connection",
            vec![
                case("CONNECT client id", || {
                    let mut c = b.client()?;
                    c.send_malformed(Malformed::from(Connect::new("x")).string_field("client_id", b"a\0b"))?;
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

// covers: MQTT-1.5.3-3
#[test]
fn bom_is_neither_skipped_nor_stripped() -> R {
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
        let got = expect_payload(&mut sub, b"bom").because("MQTT-1.5.3-3: U+FEFF must not be stripped")?;
        if got.topic != with_bom {
            return Err(sub.fail_with(format!("MQTT-1.5.3-3: topic delivered as {:?}, not {with_bom:?}", got.topic)));
        }
        sub.expect_nothing_for(QUIET)
    })
}

// covers: MQTT-2.2.2-1
// Every packet type a server sends, decoded by the harness, which refuses
// fixed-header flags other than Table 2.2's.
#[test]
fn server_packets_carry_table_2_2_flags() -> R {
    run(|b| {
        let why = "MQTT-2.2.2-1: server packet with wrong fixed-header flags";
        let t = unique_topic("flags");
        let mut sub = connected(b, "flags").because(why)?; // CONNACK
        sub.subscribe(&t, QoS::ExactlyOnce).because(why)?; // SUBACK
        let mut p = connected(b, "flags")?;
        for qos in [QoS::AtMostOnce, QoS::AtLeastOnce, QoS::ExactlyOnce] {
            p.publish(&t, b"x", qos).because(why)?; // PUBACK; PUBREC, PUBCOMP
            sub.receive_publish().because(why)?; // PUBLISH; PUBREL
        }
        sub.unsubscribe(&t).because(why)?; // UNSUBACK
        sub.ping().because(why) // PINGRESP
    })
}

// covers: MQTT-2.2.2-2
#[test]
fn invalid_fixed_header_flags_close_connection() -> R {
    run(|b| {
        let bad = |name, m: Malformed| {
            case(name, move || {
                let mut c = connected(b, "badflags")?;
                c.send_malformed(m)?;
                c.expect_closed()
            })
        };
        let t = unique_topic("badflags");
        each_case(
            "MQTT-2.2.2-2: invalid fixed-header flags must close the connection",
            vec![
                case("CONNECT 0b0001", || {
                    let mut c = b.client()?;
                    c.send_malformed(Malformed::from(Connect::new(unique_client_id("badflags"))).flags(0b0001))?;
                    c.expect_closed()
                }),
                bad("SUBSCRIBE 0b0000", Malformed::from(Subscribe::one(1, &t, QoS::AtMostOnce)).flags(0)),
                bad("UNSUBSCRIBE 0b0000", Malformed::from(Unsubscribe::new(1, [&t])).flags(0)),
                bad("PUBREL 0b0000", Malformed::from(PubRel::new(1)).flags(0)),
                bad("PUBACK 0b0010", Malformed::from(PubAck::new(1)).flags(0b0010)),
                bad("PINGREQ 0b0001", Malformed::from(Packet::PingReq).flags(0b0001)),
            ],
        )
    })
}

// covers: MQTT-2.3.1-1
#[test]
fn packet_identifiers_are_non_zero() -> R {
    run(|b| {
        // Server side: the harness refuses a QoS 1/2 PUBLISH with id 0.
        let t = unique_topic("pid");
        let mut sub = subscriber(b, &t, QoS::ExactlyOnce)?;
        for qos in [QoS::AtLeastOnce, QoS::ExactlyOnce, QoS::AtLeastOnce, QoS::ExactlyOnce] {
            publish_from_other(b, &t, b"x", qos)?;
            sub.receive_publish().because("MQTT-2.3.1-1: server PUBLISH QoS > 0 without a non-zero id")?;
        }
        // Client side: a packet breaking the rule is a protocol violation the
        // server must close on [MQTT-4.8.0-1].
        let zero = |name, m: Malformed| {
            case(name, move || {
                let mut c = connected(b, "pid0")?;
                c.send_malformed(m)?;
                c.expect_closed()
            })
        };
        each_case(
            "MQTT-2.3.1-1: packet id 0 accepted",
            vec![
                zero("SUBSCRIBE", Malformed::from(Subscribe::one(1, &t, QoS::AtMostOnce)).packet_id(0)),
                zero("UNSUBSCRIBE", Malformed::from(Unsubscribe::new(1, [&t])).packet_id(0)),
                zero("PUBLISH QoS 1", Malformed::from(Publish::new(&t, "x").qos(QoS::AtLeastOnce, 1)).packet_id(0)),
                zero("PUBLISH QoS 2", Malformed::from(Publish::new(&t, "x").qos(QoS::ExactlyOnce, 1)).packet_id(0)),
            ],
        )
    })
}

// covers: MQTT-2.3.1-4
// The server keeps a PUBLISH's id until it is acknowledged: in-flight ids
// are distinct, and a re-send after reconnecting uses the same id.
#[test]
fn server_resends_publish_with_same_packet_id() -> R {
    run(|b| {
        let id = unique_client_id("resend");
        let t = unique_topic("resend");
        let (mut x, _) = accepted(b, Connect::new(&id).clean_session(false))?;
        x.subscribe(&t, QoS::AtLeastOnce)?;
        for i in 0..4u8 {
            publish_from_other(b, &t, &[b'0' + i], QoS::AtLeastOnce)?;
        }
        let mut first = Vec::new();
        for _ in 0..4 {
            // Not acknowledged, so every id stays in use.
            match x
                .expect_matching("PUBLISH QoS 1", |p| matches!(p, Packet::Publish(p) if p.qos == QoS::AtLeastOnce))?
            {
                Packet::Publish(p) => first.push((p.packet_id, p.payload)),
                _ => unreachable!(),
            }
        }
        let mut ids: Vec<u16> = first.iter().map(|(i, _)| *i).collect();
        ids.sort();
        ids.dedup();
        if ids.len() != first.len() {
            return Err(x.fail_with(format!("MQTT-2.3.1-4: unacknowledged PUBLISHes share ids: {first:?}")));
        }
        drop(x);
        let (mut x, _) = accepted(b, Connect::new(&id).clean_session(false))?;
        for (pid, payload) in &first {
            let p = x.receive_publish()?;
            if (p.packet_id, &p.payload) != (*pid, payload) || !p.dup {
                return Err(x.fail_with(format!(
                    "MQTT-2.3.1-4: re-sent {:?} with id {} dup={}, first sent with id {pid}",
                    p.payload, p.packet_id, p.dup
                )));
            }
        }
        Ok(())
    })
}

// covers: MQTT-2.3.1-5
// A packet id inserted into (or read from) a QoS 0 PUBLISH would show as
// two bytes added to (or missing from) the payload.
#[test]
fn qos0_publish_has_no_packet_id() -> R {
    run(|b| {
        let t = unique_topic("q0");
        let mut sub = subscriber(b, &t, QoS::ExactlyOnce)?;
        let payload = b"\x00\x07id-like";
        publish_from_other(b, &t, payload, QoS::AtMostOnce)?;
        let p = expect_payload(&mut sub, payload).because("MQTT-2.3.1-5")?;
        if p.qos != QoS::AtMostOnce {
            return Err(sub.fail_with(format!("MQTT-2.3.1-5: QoS 0 message delivered at QoS {}", p.qos as u8)));
        }
        Ok(())
    })
}

// covers: MQTT-2.3.1-6
#[test]
fn acknowledgements_carry_the_publish_packet_id() -> R {
    run(|b| {
        let why = "MQTT-2.3.1-6: acknowledgement with another packet id";
        let t = unique_topic("ackid");
        let mut sub = subscriber(b, &t, QoS::ExactlyOnce)?;
        let mut c = connected(b, "ackid")?;
        // Client to server, two QoS 1 in flight at once.
        c.send(Publish::new(&t, "a").qos(QoS::AtLeastOnce, 0x1234))?;
        c.send(Publish::new(&t, "b").qos(QoS::AtLeastOnce, 0x0001))?;
        c.expect(PubAck::new(0x1234)).because(why)?;
        c.expect(PubAck::new(0x0001)).because(why)?;
        c.send(Publish::new(&t, "c").qos(QoS::ExactlyOnce, 0xffff))?;
        c.expect(PubRec::new(0xffff)).because(why)?;
        c.send(PubRel::new(0xffff))?;
        c.expect(PubComp::new(0xffff)).because(why)?;
        // Server to client: receive_publish expects PUBREL with the PUBLISH's id.
        for _ in 0..3 {
            sub.receive_publish().because(why)?;
        }
        Ok(())
    })
}

// covers: MQTT-2.3.1-7
#[test]
fn suback_and_unsuback_carry_the_request_packet_id() -> R {
    run(|b| {
        let why = "MQTT-2.3.1-7: SUBACK/UNSUBACK with another packet id";
        let t = unique_topic("subid");
        let mut c = connected(b, "subid")?;
        c.send(Subscribe::one(0xabcd, &t, QoS::AtLeastOnce))?;
        c.send(Subscribe::one(0x0001, format!("{t}/+"), QoS::AtMostOnce))?;
        c.expect(SubAck::new(0xabcd, [SubackCode::Granted(QoS::AtLeastOnce)])).because(why)?;
        c.expect(SubAck::new(0x0001, [SubackCode::Granted(QoS::AtMostOnce)])).because(why)?;
        c.send(Unsubscribe::new(0xffff, [&t]))?;
        c.send(Unsubscribe::new(0x0100, [format!("{t}/+")]))?;
        c.expect(UnsubAck::new(0xffff)).because(why)?;
        c.expect(UnsubAck::new(0x0100)).because(why)?;
        Ok(())
    })
}
