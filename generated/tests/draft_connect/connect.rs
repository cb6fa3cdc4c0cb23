//! Section 3.1: CONNECT.

use std::time::Instant;

use mqtt_conformance::prelude::*;

use crate::support::*;

// covers: MQTT-3.1.0-1
// The server enforces the rule by closing without acting on the packet.
#[test]
fn first_packet_other_than_connect_closes_connection() -> R {
    run(|b| {
        let t = unique_topic("first");
        each_case(
            "MQTT-3.1.0-1: server accepted a first packet other than CONNECT",
            vec![
                case("PINGREQ", || {
                    let mut c = b.client()?;
                    c.send(Packet::PingReq)?;
                    c.expect_closed()
                }),
                case("SUBSCRIBE", || {
                    let mut c = b.client()?;
                    c.send(Subscribe::one(1, &t, QoS::AtMostOnce))?;
                    c.expect_closed()
                }),
                case("retained PUBLISH, not stored", || {
                    let mut c = b.client()?;
                    c.send(Publish::new(&t, "stored?").qos(QoS::AtLeastOnce, 1).retain(true))?;
                    c.expect_closed()?;
                    let mut s = subscriber(b, &t, QoS::AtLeastOnce)?;
                    expect_only_marker(b, &mut s, &t)
                }),
            ],
        )
    })
}

// covers: MQTT-3.1.0-2
#[test]
fn second_connect_closes_connection() -> R {
    run(|b| {
        each_case(
            "MQTT-3.1.0-2: a second CONNECT must disconnect the client",
            vec![
                case("same client id", || {
                    let id = unique_client_id("twice");
                    let mut c = b.client()?;
                    c.connect_ok(&id, true)?;
                    c.send(Connect::new(id))?;
                    c.expect_closed()
                }),
                case("other client id", || {
                    let mut c = connected(b, "twice")?;
                    c.send(Connect::new(unique_client_id("twice")))?;
                    c.expect_closed()
                }),
            ],
        )
    })
}

// covers: MQTT-3.1.2-1
// The server may close or follow another specification, but must not accept
// the CONNECT as MQTT 3.1.1.
#[test]
fn wrong_protocol_name_is_not_accepted_as_3_1_1() -> R {
    run(|b| {
        for name in ["MQTX", "mqtt", "MQT", "MQTTT", ""] {
            let mut c = b.client()?;
            c.send(Connect::new(unique_client_id("name")).protocol(name, 4))?;
            match c.recv() {
                Ok(Packet::ConnAck(a)) if a.code == ConnectReturnCode::Accepted => {
                    return Err(c.fail_with(format!("MQTT-3.1.2-1: CONNECT with protocol name {name:?} accepted")));
                }
                _ => {}
            }
        }
        Ok(())
    })
}

// covers: MQTT-3.1.2-2
#[test]
fn unsupported_protocol_level_gets_connack_1_then_close() -> R {
    run(|b| {
        let cases = [0u8, 1, 2, 6, 42, 255]
            .into_iter()
            .map(|level| {
                case("level", move || {
                    let mut c = b.client()?;
                    c.send(Connect::new(unique_client_id("lvl")).protocol("MQTT", level))?;
                    c.note(format!("protocol level {level}"));
                    c.expect(ConnAck::new(false, ConnectReturnCode::UnacceptableProtocolVersion))?;
                    c.expect_closed()
                })
            })
            .collect();
        each_case("MQTT-3.1.2-2: unsupported level needs CONNACK 0x01 and a close", cases)
    })
}

// covers: MQTT-3.1.2-3
#[test]
fn reserved_connect_flag_closes_connection() -> R {
    run(|b| {
        let why = "MQTT-3.1.2-3: reserved connect flag set";
        defect_closes(b, Connect::new(unique_client_id("rsv")), |m| m.connect_flags(|f| f | 0x01), why)?;
        let with_will = Connect::new(unique_client_id("rsv")).will(will(QoS::AtLeastOnce, false));
        defect_closes(b, with_will, |m| m.connect_flags(|f| f | 0x01), why)
    })
}

// covers: MQTT-3.1.2-4
#[test]
fn clean_session_0_resumes_stored_session() -> R {
    run(|b| {
        let why = "MQTT-3.1.2-4: session not resumed";
        let id = unique_client_id("resume");
        let t = unique_topic("resume");
        // No session yet: a new one is created and keeps the subscription.
        let (mut x, _) = accepted(b, Connect::new(&id).clean_session(false))?;
        x.subscribe(&t, QoS::AtLeastOnce)?;
        x.disconnect()?;
        let (mut x, ack) = accepted(b, Connect::new(&id).clean_session(false))?;
        if !ack.session_present {
            return Err(x.fail_with(format!("{why}: CONNACK session present 0")));
        }
        publish_from_other(b, &t, b"after resume", QoS::AtLeastOnce)?;
        expect_payload(&mut x, b"after resume").because(why)?;
        Ok(())
    })
}

// covers: MQTT-3.1.2-5
#[test]
fn messages_for_disconnected_session_are_stored() -> R {
    run(|b| {
        let why = "MQTT-3.1.2-5: QoS 1/2 message for an offline session lost";
        let id = unique_client_id("store");
        let t = unique_topic("store");
        let (mut x, _) = accepted(b, Connect::new(&id).clean_session(false))?;
        x.subscribe(&t, QoS::ExactlyOnce)?;
        x.disconnect()?;
        publish_from_other(b, &t, b"q1", QoS::AtLeastOnce)?;
        publish_from_other(b, &t, b"q0", QoS::AtMostOnce)?; // may be stored too
        publish_from_other(b, &t, b"q2", QoS::ExactlyOnce)?;
        let (mut x, _) = accepted(b, Connect::new(&id).clean_session(false))?;
        let mut got = Vec::new();
        while !(got.contains(&b"q1".to_vec()) && got.contains(&b"q2".to_vec())) {
            got.push(x.receive_publish().because(why)?.payload);
        }
        Ok(())
    })
}

// covers: MQTT-3.1.2-6
#[test]
fn clean_session_1_discards_previous_session() -> R {
    run(|b| {
        let why = "MQTT-3.1.2-6: state of a discarded session reused";
        let id = unique_client_id("discard");
        let t = unique_topic("discard");
        let (mut x, _) = accepted(b, Connect::new(&id).clean_session(false))?;
        x.subscribe(&t, QoS::AtLeastOnce)?;
        x.disconnect()?;
        publish_from_other(b, &t, b"queued", QoS::AtLeastOnce)?;
        // Clean session: neither the queued message nor the subscription.
        let (mut x, _) = accepted(b, Connect::new(&id).clean_session(true))?;
        publish_from_other(b, &t, b"new", QoS::AtLeastOnce)?;
        x.expect_nothing_for(QUIET).because(why)?;
        x.subscribe(&t, QoS::AtLeastOnce)?;
        x.disconnect()?;
        // The clean session ended with its connection: nothing to resume.
        let (mut x, ack) = accepted(b, Connect::new(&id).clean_session(false))?;
        if ack.session_present {
            return Err(x.fail_with(format!("{why}: session present 1 after a clean session")));
        }
        publish_from_other(b, &t, b"newer", QoS::AtLeastOnce)?;
        x.expect_nothing_for(QUIET).because(why)
    })
}

// covers: MQTT-3.1.2-7
#[test]
fn retained_message_outlives_sessions() -> R {
    run(|b| {
        let why = "MQTT-3.1.2-7: retained message deleted with a session";
        let t = unique_topic("kept");
        let mut x = connected(b, "kept")?;
        x.publish_packet(Publish::new(&t, "kept").qos(QoS::AtLeastOnce, 1).retain(true))?;
        x.disconnect()?; // the publisher's session ends
        let (mut s, _) = accepted(b, Connect::new(unique_client_id("kept")).clean_session(false))?;
        s.subscribe(&t, QoS::AtLeastOnce)?;
        expect_payload(&mut s, b"kept").because(why)?;
        s.disconnect()?; // a receiver's session ends
        let mut s = subscriber(b, &t, QoS::AtLeastOnce)?;
        let p = expect_payload(&mut s, b"kept").because(why)?;
        if !p.retain {
            return Err(s.fail_with(format!("{why}: delivered without the retain flag")));
        }
        Ok(())
    })
}

// covers: MQTT-3.1.2-8
#[test]
fn will_is_published_when_connection_closes_without_disconnect() -> R {
    run(|b| {
        let published = |end: fn(Client) -> R| {
            move || {
                let w = will(QoS::AtLeastOnce, false);
                let mut s = subscriber(b, &w.topic, QoS::ExactlyOnce)?;
                let (x, _) = accepted(b, Connect::new(unique_client_id("will")).will(w.clone()))?;
                end(x)?;
                let p = expect_payload(&mut s, &w.payload)?;
                match p.qos {
                    QoS::AtLeastOnce => Ok(()),
                    q => Err(s.fail_with(format!("will QoS 1 published at QoS {}", q as u8))),
                }
            }
        };
        each_case(
            "MQTT-3.1.2-8: will not published",
            vec![
                case("client closed the socket", published(|x| Ok(drop(x)))),
                case("server closed on a protocol violation", published(|mut x| close_by_violation(&mut x))),
            ],
        )
    })
}

// covers: MQTT-3.1.2-9
#[test]
fn will_flag_without_will_fields_closes_connection() -> R {
    run(|b| {
        let why = "MQTT-3.1.2-9: will flag 1 without will topic and message accepted";
        let good = Connect::new(unique_client_id("willf")).will(will(QoS::AtMostOnce, false));
        defect_closes(b, good.clone(), |m| m.field_bytes("will_topic", &[]).field_bytes("will_payload", &[]), why)?;
        defect_closes(b, good, |m| m.field_bytes("will_payload", &[]), why)
    })
}

// covers: MQTT-3.1.2-10
#[test]
fn will_is_removed_once_published_or_disconnected() -> R {
    run(|b| {
        let why = "MQTT-3.1.2-10: will kept in the session";
        let w = will(QoS::AtLeastOnce, false);
        let mut s = subscriber(b, &w.topic, QoS::AtLeastOnce)?;
        let id = unique_client_id("willonce");
        let with_will = Connect::new(&id).clean_session(false).will(w.clone());
        let without = Connect::new(&id).clean_session(false);
        // Published once; the next connection of the session has no will.
        close_by_violation(&mut accepted(b, with_will.clone())?.0)?;
        expect_payload(&mut s, &w.payload)?;
        close_by_violation(&mut accepted(b, without.clone())?.0)?;
        expect_only_marker(b, &mut s, &w.topic).because(why)?;
        // Removed on DISCONNECT, for this and later connections.
        accepted(b, with_will)?.0.disconnect()?;
        close_by_violation(&mut accepted(b, without)?.0)?;
        expect_only_marker(b, &mut s, &w.topic).because(why)
    })
}

// covers: MQTT-3.1.2-11
#[test]
fn will_flag_0_with_will_fields_closes_connection() -> R {
    run(|b| {
        let why = "MQTT-3.1.2-11: will flag 0 with will QoS, retain or fields accepted";
        let plain = Connect::new(unique_client_id("nowill"));
        defect_closes(b, plain.clone(), |m| m.connect_flags(|f| f | 0x08), why)?;
        defect_closes(b, plain, |m| m.connect_flags(|f| f | 0x20), why)?;
        // Will topic and message in the payload, will flag cleared.
        let with_will = Connect::new(unique_client_id("nowill")).will(will(QoS::AtMostOnce, false));
        defect_closes(b, with_will, |m| m.connect_flags(|f| f & !0x3c), why)
    })
}

// covers: MQTT-3.1.2-12
#[test]
fn no_will_published_for_connection_without_will() -> R {
    run(|b| {
        let why = "MQTT-3.1.2-12: will published for a connection with will flag 0";
        let w = will(QoS::AtLeastOnce, true);
        let mut s = subscriber(b, &w.topic, QoS::AtLeastOnce)?;
        let id = unique_client_id("nowill");
        // An earlier connection of the same session had a will.
        accepted(b, Connect::new(&id).clean_session(false).will(w.clone()))?.0.disconnect()?;
        close_by_violation(&mut accepted(b, Connect::new(&id).clean_session(false))?.0)?;
        expect_only_marker(b, &mut s, &w.topic).because(why)?;
        let mut late = subscriber(b, &w.topic, QoS::AtLeastOnce)?;
        expect_only_marker(b, &mut late, &w.topic).because(why)
    })
}

// covers: MQTT-3.1.2-13
#[test]
fn will_qos_without_will_flag_closes_connection() -> R {
    run(|b| {
        let why = "MQTT-3.1.2-13: will QoS set with will flag 0";
        let plain = Connect::new(unique_client_id("wq"));
        defect_closes(b, plain.clone(), |m| m.connect_flags(|f| f | 0x08), why)?;
        defect_closes(b, plain.clone(), |m| m.connect_flags(|f| f | 0x10), why)?;
        defect_closes(b, plain, |m| m.connect_flags(|f| f | 0x18), why)
    })
}

// covers: MQTT-3.1.2-14
#[test]
fn will_qos_3_closes_connection() -> R {
    run(|b| {
        let good = Connect::new(unique_client_id("wq3")).will(will(QoS::ExactlyOnce, false));
        defect_closes(b, good, |m| m.connect_flags(|f| f | 0x18), "MQTT-3.1.2-14: will QoS 3 accepted")
    })
}

// covers: MQTT-3.1.2-15
#[test]
fn will_retain_without_will_flag_closes_connection() -> R {
    run(|b| {
        let plain = Connect::new(unique_client_id("wr"));
        defect_closes(b, plain, |m| m.connect_flags(|f| f | 0x20), "MQTT-3.1.2-15: will retain set with will flag 0")
    })
}

// covers: MQTT-3.1.2-16
#[test]
fn will_retain_0_publishes_non_retained() -> R {
    run(|b| {
        let w = will(QoS::AtMostOnce, false);
        let mut s = subscriber(b, &w.topic, QoS::AtMostOnce)?;
        close_by_violation(&mut accepted(b, Connect::new(unique_client_id("wr0")).will(w.clone()))?.0)?;
        expect_payload(&mut s, &w.payload)?;
        let mut late = subscriber(b, &w.topic, QoS::AtLeastOnce)?;
        expect_only_marker(b, &mut late, &w.topic).because("MQTT-3.1.2-16: will with retain 0 was retained")
    })
}

// covers: MQTT-3.1.2-17
#[test]
fn will_retain_1_publishes_retained() -> R {
    run(|b| {
        let why = "MQTT-3.1.2-17: will with retain 1 not retained";
        let w = will(QoS::AtMostOnce, true);
        let mut s = subscriber(b, &w.topic, QoS::AtMostOnce)?;
        close_by_violation(&mut accepted(b, Connect::new(unique_client_id("wr1")).will(w.clone()))?.0)?;
        expect_payload(&mut s, &w.payload)?;
        let mut late = subscriber(b, &w.topic, QoS::AtLeastOnce)?;
        let p = expect_payload(&mut late, &w.payload).because(why)?;
        if !p.retain {
            return Err(late.fail_with(format!("{why}: new subscriber got it without the retain flag")));
        }
        Ok(())
    })
}

fn with_credentials(prefix: &str) -> Connect {
    Connect::new(unique_client_id(prefix)).username("user").password("secret")
}

// covers: MQTT-3.1.2-18
#[test]
fn user_name_without_flag_closes_connection() -> R {
    run(|b| {
        let good = Connect::new(unique_client_id("user")).username("user");
        defect_closes(b, good, |m| m.connect_flags(|f| f & !0x80), "MQTT-3.1.2-18: user name present with flag 0")
    })
}

// covers: MQTT-3.1.2-19
#[test]
fn user_name_flag_without_user_name_closes_connection() -> R {
    run(|b| {
        let good = Connect::new(unique_client_id("user")).username("user");
        defect_closes(b, good, |m| m.field_bytes("username", &[]), "MQTT-3.1.2-19: user name flag 1, no user name")
    })
}

// covers: MQTT-3.1.2-20
#[test]
fn password_without_flag_closes_connection() -> R {
    run(|b| {
        let why = "MQTT-3.1.2-20: password present with flag 0";
        defect_closes(b, with_credentials("pass"), |m| m.connect_flags(|f| f & !0x40), why)
    })
}

// covers: MQTT-3.1.2-21
#[test]
fn password_flag_without_password_closes_connection() -> R {
    run(|b| {
        let why = "MQTT-3.1.2-21: password flag 1, no password";
        defect_closes(b, with_credentials("pass"), |m| m.field_bytes("password", &[]), why)
    })
}

// covers: MQTT-3.1.2-22
#[test]
fn password_without_user_name_closes_connection() -> R {
    run(|b| {
        let why = "MQTT-3.1.2-22: password flag 1 with user name flag 0";
        let defect = |m: Malformed| m.connect_flags(|f| f & !0x80).field_bytes("username", &[]);
        defect_closes(b, with_credentials("pass"), defect, why)
    })
}

// covers: MQTT-3.1.2-24
#[test]
fn keep_alive_expiry_closes_connection_and_publishes_will() -> R {
    run(|b| {
        let why = "MQTT-3.1.2-24: no disconnect within 1.5 x keep-alive";
        let w = will(QoS::AtMostOnce, false);
        let mut s = subscriber(b, &w.topic, QoS::AtMostOnce)?;
        let (mut x, _) = accepted(b, Connect::new(unique_client_id("ka")).keep_alive(1).will(w.clone()))?;
        // A packet within every keep-alive period keeps the connection open.
        for _ in 0..3 {
            x.expect_nothing_for(Duration::from_millis(900))?;
            x.ping()?;
        }
        let silent = Instant::now();
        // 1.5 s allowed, plus scheduling margin.
        x.expect_closed_within(Duration::from_millis(1500 + 600)).because(why)?;
        x.note(format!("closed {:?} after the last packet", silent.elapsed()));
        // "As if the network had failed": the will is published.
        expect_payload(&mut s, &w.payload).because(why).map(|_| ())
    })
}

// covers: MQTT-3.1.3-1
// A server reading the payload in another order would publish a different
// will topic or message.
#[test]
fn payload_fields_in_order() -> R {
    run(|b| {
        let w = Will::new(unique_topic("order"), "will message", QoS::AtMostOnce, false);
        let mut s = subscriber(b, &w.topic, QoS::AtMostOnce)?;
        let connect = Connect::new(unique_client_id("order")).will(w.clone()).username("user").password("secret");
        close_by_violation(&mut accepted(b, connect)?.0)?;
        expect_payload(&mut s, b"will message").because("MQTT-3.1.3-1: payload fields read out of order")?;
        Ok(())
    })
}

// covers: MQTT-3.1.3-2
#[test]
fn client_id_identifies_session_state() -> R {
    run(|b| {
        let why = "MQTT-3.1.3-2: session state not tied to the client id";
        let (ta, tb) = (unique_topic("ida"), unique_topic("idb"));
        let (ida, idb) = (unique_client_id("ida"), unique_client_id("idb"));
        for (id, t) in [(&ida, &ta), (&idb, &tb)] {
            let (mut x, _) = accepted(b, Connect::new(id).clean_session(false))?;
            x.subscribe(t, QoS::AtLeastOnce)?;
            x.disconnect()?;
        }
        publish_from_other(b, &ta, b"for a", QoS::AtLeastOnce)?;
        publish_from_other(b, &tb, b"for b", QoS::AtLeastOnce)?;
        for (id, payload) in [(&ida, b"for a"), (&idb, b"for b")] {
            let (mut x, _) = accepted(b, Connect::new(id).clean_session(false))?;
            expect_payload(&mut x, payload).because(why)?;
            x.expect_nothing_for(QUIET).because(why)?;
        }
        Ok(())
    })
}

// covers: MQTT-3.1.3-3
#[test]
fn missing_client_id_closes_connection() -> R {
    run(|b| {
        let why = "MQTT-3.1.3-3: CONNECT without a client id accepted";
        defect_closes(b, Connect::new(unique_client_id("noid")), |m| m.field_bytes("client_id", &[]), why)?;
        // Client id missing before the will fields.
        let with_will = Connect::new(unique_client_id("noid")).will(will(QoS::AtMostOnce, false));
        defect_closes(b, with_will, |m| m.field_bytes("client_id", &[]), why)
    })
}

// covers: MQTT-3.1.3-4
#[test]
fn client_id_not_utf8_closes_connection() -> R {
    run(|b| {
        let why = "MQTT-3.1.3-4: client id that is not a UTF-8 string accepted";
        for bad in ILL_FORMED.into_iter().chain([&b"a\0b"[..]]) {
            defect_closes(b, Connect::new(unique_client_id("id8")), |m| m.string_field("client_id", bad), why)?;
        }
        Ok(())
    })
}

// covers: MQTT-3.1.3-5
#[test]
fn client_ids_of_1_to_23_alphanumerics_are_allowed() -> R {
    run(|b| {
        let mut ids = vec![
            "0123456789abcdefghijklm".to_string(),
            "nopqrstuvwxyzABCDEFGHIJ".to_string(),
            format!("KLMNOPQRSTUVWXYZ{}", alnum_client_id(7)),
            alnum_client_id(23),
            alnum_client_id(8),
            "Z".to_string(),
        ];
        ids.dedup();
        for id in ids {
            let (mut c, _) =
                accepted(b, Connect::new(&id)).because(&format!("MQTT-3.1.3-5: client id {id:?} refused"))?;
            c.disconnect()?;
        }
        Ok(())
    })
}

// covers: MQTT-3.1.3-6
#[test]
fn zero_length_client_id_gets_a_unique_id() -> R {
    run(|b| {
        let why = "MQTT-3.1.3-6: zero-length client id not given a unique id";
        let mut x = b.client()?;
        let ack = x.connect_with(Connect::new(""))?;
        match ack.code {
            ConnectReturnCode::Accepted => {}
            // The server may refuse zero-length ids altogether.
            ConnectReturnCode::IdentifierRejected => return x.expect_closed(),
            c => return Err(x.fail_with(format!("{why}: CONNACK {c:?}"))),
        }
        // A second one must not take over the first (same id would).
        let (mut y, _) = accepted(b, Connect::new(""))?;
        x.ping().because(why)?;
        y.ping().because(why)?;
        // Processed like any client id: the session works.
        let t = unique_topic("noid");
        x.subscribe(&t, QoS::AtLeastOnce)?;
        y.publish(&t, b"to x", QoS::AtLeastOnce)?;
        expect_payload(&mut x, b"to x").because(why)?;
        y.expect_nothing_for(QUIET).because(why)
    })
}

// covers: MQTT-3.1.3-7, MQTT-3.1.3-8
// The server's side of -7 is -8.
#[test]
fn zero_length_client_id_with_clean_session_0_is_rejected() -> R {
    run(|b| {
        let mut c = b.client()?;
        c.send(Connect::new("").clean_session(false))?;
        let why = "MQTT-3.1.3-8: zero-length id with clean session 0";
        c.expect(ConnAck::new(false, ConnectReturnCode::IdentifierRejected)).because(why)?;
        c.expect_closed().because(why)
    })
}

// covers: MQTT-3.1.3-9
#[test]
fn rejected_client_id_gets_connack_2_then_close() -> R {
    let rejected = |b: &Broker, connect: Connect| -> R {
        let why = "MQTT-3.1.3-9: rejected client id";
        let mut c = b.client()?;
        c.send(connect)?;
        c.expect(ConnAck::new(false, ConnectReturnCode::IdentifierRejected)).because(why)?;
        c.expect_closed().because(why)
    };
    // A server must reject this one [MQTT-3.1.3-8].
    run(move |b| rejected(b, Connect::new("").clean_session(false)))?;
    // mosquitto configured to reject zero-length ids (skipped for MQTT_TARGET).
    with_test_timeout(move || match Broker::start_with_config("allow_zero_length_clientid false")? {
        Some(b) => rejected(&b, Connect::new("")),
        None => Ok(()),
    })
}

// covers: MQTT-3.1.3-10
#[test]
fn will_topic_not_utf8_closes_connection() -> R {
    run(|b| {
        let why = "MQTT-3.1.3-10: will topic that is not a UTF-8 string accepted";
        for bad in ILL_FORMED.into_iter().chain([&b"a\0b"[..]]) {
            let good = Connect::new(unique_client_id("wt8")).will(will(QoS::AtMostOnce, false));
            defect_closes(b, good, |m| m.string_field("will_topic", bad), why)?;
        }
        Ok(())
    })
}

// covers: MQTT-3.1.3-11
#[test]
fn user_name_not_utf8_closes_connection() -> R {
    run(|b| {
        let why = "MQTT-3.1.3-11: user name that is not a UTF-8 string accepted";
        for bad in ILL_FORMED.into_iter().chain([&b"a\0b"[..]]) {
            let good = Connect::new(unique_client_id("un8")).username("user");
            defect_closes(b, good, |m| m.string_field("username", bad), why)?;
        }
        Ok(())
    })
}

// covers: MQTT-3.1.4-1, MQTT-3.2.2-6
// Malformed CONNECTs: no return code of Table 3.1 applies, so no CONNACK.
#[test]
fn malformed_connect_closes_without_connack() -> R {
    run(|b| {
        let good = || Connect::new(unique_client_id("bad")).will(will(QoS::AtMostOnce, false)).username("u");
        let defect = |name, d: fn(Malformed) -> Malformed| case(name, move || defect_closes(b, good(), d, "closed"));
        each_case(
            "MQTT-3.1.4-1: non-conforming CONNECT must be closed without CONNACK",
            vec![
                defect("protocol name longer than packet", |m| m.field_bytes("protocol_name", b"\x00\x40MQTT")),
                defect("client id longer than packet", |m| m.field_bytes("client_id", b"\x01\x00ab")),
                defect("fixed-header flags 0b0010", |m| m.flags(0b0010)),
                defect("reserved connect flag", |m| m.connect_flags(|f| f | 0x01)),
                defect("will QoS 3", |m| m.connect_flags(|f| f | 0x18)),
                defect("bytes after the last field", |m| m.append(b"\x00\x01z")),
                defect("body ends inside keep-alive", |m| m.truncate(11).remaining_length(9)),
            ],
        )
    })
}

// covers: MQTT-3.1.4-2
#[test]
fn same_client_id_takes_over_connection() -> R {
    run(|b| {
        let why = "MQTT-3.1.4-2: existing client with the same id not disconnected";
        let id = unique_client_id("takeover");
        let (mut first, _) = accepted(b, Connect::new(&id))?;
        let (mut second, _) = accepted(b, Connect::new(&id))?;
        first.expect_closed().because(why)?;
        second.ping()
    })
}

// covers: MQTT-3.1.4-3
#[test]
fn accepted_connect_applies_clean_session() -> R {
    run(|b| {
        let why = "MQTT-3.1.4-3: clean session not processed";
        let id = unique_client_id("cs");
        let t = unique_topic("cs");
        let (mut x, _) = accepted(b, Connect::new(&id).clean_session(false))?;
        x.subscribe(&t, QoS::AtLeastOnce)?;
        x.disconnect()?;
        let (mut x, _) = accepted(b, Connect::new(&id).clean_session(false))?;
        publish_from_other(b, &t, b"kept", QoS::AtLeastOnce)?;
        expect_payload(&mut x, b"kept").because(why)?;
        x.disconnect()?;
        let (mut x, _) = accepted(b, Connect::new(&id).clean_session(true))?;
        expect_no_delivery(b, &mut x, &t).because(why)
    })
}

// covers: MQTT-3.1.4-4
#[test]
fn valid_connects_get_connack_0() -> R {
    run(|b| {
        let id = || unique_client_id("valid");
        let ok = |name, c: Connect| case(name, move || accepted(b, c)?.0.disconnect());
        each_case(
            "MQTT-3.1.4-4: valid CONNECT not acknowledged with CONNACK 0x00",
            vec![
                ok("minimal", Connect::new(id())),
                ok("clean session 0", Connect::new(id()).clean_session(false)),
                ok("keep-alive 0", Connect::new(id()).keep_alive(0)),
                ok("keep-alive 65535", Connect::new(id()).keep_alive(65535)),
                ok("will QoS 2 retained", Connect::new(id()).will(will(QoS::ExactlyOnce, true))),
                ok(
                    "empty will message",
                    Connect::new(id()).will(Will::new(unique_topic("w"), "", QoS::AtLeastOnce, false)),
                ),
                ok("user name", Connect::new(id()).username("user")),
                ok("user name and binary password", Connect::new(id()).username("u").password(vec![0, 0xff, 1])),
                ok("empty user name and password", Connect::new(id()).username("").password("")),
            ],
        )
    })
}

// covers: MQTT-3.1.4-5
#[test]
fn data_after_rejected_connect_is_not_processed() -> R {
    run(|b| {
        let rejected = |name, connect: Connect, code| {
            case(name, move || {
                let t = unique_topic("after");
                let retained = Publish::new(&t, "processed").qos(QoS::AtLeastOnce, 1).retain(true);
                let mut c = b.client()?;
                c.send_bytes(&[Packet::from(connect).encode(), Packet::from(retained).encode()].concat())?;
                c.expect(ConnAck::new(false, code))?;
                c.expect_closed()?;
                expect_only_marker(b, &mut subscriber(b, &t, QoS::AtLeastOnce)?, &t)
            })
        };
        each_case(
            "MQTT-3.1.4-5: data after a rejected CONNECT processed",
            vec![
                rejected(
                    "unsupported level",
                    Connect::new(unique_client_id("rej")).protocol("MQTT", 42),
                    ConnectReturnCode::UnacceptableProtocolVersion,
                ),
                rejected(
                    "zero-length id, clean session 0",
                    Connect::new("").clean_session(false),
                    ConnectReturnCode::IdentifierRejected,
                ),
            ],
        )
    })
}
