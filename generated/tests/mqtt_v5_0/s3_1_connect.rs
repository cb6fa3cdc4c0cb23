//! mqtt-v5.0 section 3.1: CONNECT – Connection Request.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use std::time::Instant;

use mqtt_conformance::codec::hex;
use mqtt_conformance::prelude::*;

use crate::support_connect::*;

/// MQTT-3.1.0-1 (MUST, Client)
///
/// > After a Network Connection is established by a Client to a Server, the first packet sent
/// > from the Client to the Server MUST be a CONNECT packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1 (CONNECT – Connection Request)
#[specgen::covers("MQTT-3.1.0-1", fp = "46e97f2a")]
#[test]
fn mqtt_3_1_0_1_first_packet_must_connect() -> R {
    // Client obligation; the server's side: a first packet other than
    // CONNECT is a Protocol Error, so the server closes without acting on it.
    run(|b| {
        let t = unique_topic("first");
        each_case(
            "server accepted a first packet other than CONNECT",
            vec![
                case("PINGREQ", || {
                    let mut c = b.client_v5()?;
                    c.send(Packet::PingReq)?;
                    expect_error_close(&mut c)
                }),
                case("SUBSCRIBE", || {
                    let mut c = b.client_v5()?;
                    c.send(Subscribe::one(1, &t, QoS::AtMostOnce))?;
                    expect_error_close(&mut c)
                }),
                case("AUTH", || {
                    let mut c = b.client_v5()?;
                    c.send(
                        Auth::new(ReasonCode::ContinueAuthentication)
                            .properties(Properties::new().with_authentication_method("SCRAM-SHA-1")),
                    )?;
                    expect_error_close(&mut c)
                }),
                case("retained PUBLISH, not stored", || {
                    let _kept = retained(b, &t);
                    let mut c = b.client_v5()?;
                    c.send(Publish::new(&t, "stored?").qos(QoS::AtLeastOnce, 1).retain(true))?;
                    expect_error_close(&mut c)?;
                    let mut s = subscriber_v5(b, &t, QoS::AtLeastOnce).vehicle("subscribing")?;
                    expect_only_marker(b, &mut s, &t)
                }),
            ],
        )
    })
}

/// MQTT-3.1.0-2 (MUST, Server)
///
/// > The Server MUST process a second CONNECT packet sent from a Client as a Protocol Error and
/// > close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1 (CONNECT – Connection Request)
#[specgen::covers("MQTT-3.1.0-2", fp = "348bb7c1")]
#[test]
fn mqtt_3_1_0_2_server_must_process_second_connect_packet() -> R {
    run(|b| {
        let t = unique_topic("twice");
        each_case(
            "a second CONNECT must close the connection",
            vec![
                case("same client id", || {
                    let id = unique_client_id("twice");
                    let mut c = b.client_v5()?;
                    c.connect_ok(&id, true)?;
                    c.send(Connect::v5(id))?;
                    expect_error_close(&mut c)
                }),
                case("other client id, then a retained PUBLISH not processed", || {
                    let _kept = retained(b, &t);
                    let mut c = connected_v5(b, "twice")?;
                    let after = Publish::new(&t, "processed").qos(QoS::AtLeastOnce, 1).retain(true);
                    let bytes =
                        [Packet::from(c.authenticate(connect5("twice"))).encode_v5(), Packet::from(after).encode_v5()]
                            .concat();
                    c.send_bytes(&bytes)?;
                    expect_error_close(&mut c)?;
                    let mut s = subscriber_v5(b, &t, QoS::AtLeastOnce).vehicle("subscribing")?;
                    expect_only_marker(b, &mut s, &t)
                }),
            ],
        )
    })
}

/// MQTT-3.1.2-1 (MUST, MAY, Server)
///
/// > The protocol name MUST be the UTF-8 String "MQTT". If the Server does not want to accept the
/// > CONNECT, and wishes to reveal that it is an MQTT Server it MAY send a CONNACK packet with
/// > Reason Code of 0x84 (Unsupported Protocol Version), and then it MUST close the Network
/// > Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.1 (Protocol Name)
#[specgen::covers("MQTT-3.1.2-1", fp = "323b9cbe")]
#[test]
fn mqtt_3_1_2_1_protocol_name_must_utf_string_mqtt() -> R {
    // Another name is not MQTT: nothing, or CONNACK 0x84, then a close.
    run(|b| {
        let cases = ["MQTX", "mqtt", "MQT", "MQTTT", ""]
            .into_iter()
            .map(|name| {
                case(name, move || {
                    let mut c = b.client_v5()?;
                    c.send(connect5("name").protocol(name, 5))?;
                    let got = raw_until_close(&mut c)?;
                    if is_version_refusal(&got) {
                        Ok(())
                    } else {
                        Err(c.fail_with(format!("protocol name {name:?}: answered [{}] before closing", hex(&got))))
                    }
                })
            })
            .collect();
        each_case("a CONNECT whose protocol name is not \"MQTT\" must be refused", cases)
    })
}

/// MQTT-3.1.2-2 (MUST, MAY, Server)
///
/// > If the Protocol Version is not 5 and the Server does not want to accept the CONNECT packet,
/// > the Server MAY send a CONNACK packet with Reason Code 0x84 (Unsupported Protocol Version)
/// > and then MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.2 (Protocol Version)
#[specgen::covers("MQTT-3.1.2-2", fp = "3bc521e5")]
#[test]
fn mqtt_3_1_2_2_server_may_send_connack_packet_reason() -> R {
    // Levels 3 and 4 are MQTT 3.1 and 3.1.1, which a server may accept. The
    // refusal may be a CONNACK in 3.1.1's layout (see `is_version_refusal`):
    // a server cannot know which layout a client of an unknown level reads.
    run(|b| {
        let cases = [0u8, 1, 2, 6, 42, 255]
            .into_iter()
            .map(|level| {
                case("level", move || {
                    let mut c = b.client_v5()?;
                    c.send(connect5("lvl").protocol("MQTT", level))?;
                    c.note(format!("protocol version {level}"));
                    let got = raw_until_close(&mut c)?;
                    if is_version_refusal(&got) {
                        Ok(())
                    } else {
                        Err(c.fail_with(format!("protocol version {level}: answered [{}] before closing", hex(&got))))
                    }
                })
            })
            .collect();
        each_case("an unaccepted protocol version needs at most CONNACK 0x84, then a close", cases)
    })
}

/// MQTT-3.1.2-3 (MUST, Server)
///
/// > The Server MUST validate that the reserved flag in the CONNECT packet is set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.3 (Connect Flags)
#[specgen::covers("MQTT-3.1.2-3", fp = "c6450ceb")]
#[test]
fn mqtt_3_1_2_3_server_must_validate_reserved_flag_connect() -> R {
    run(|b| {
        let why = "reserved connect flag set";
        defect_refused(b, connect5("rsv"), |m| m.connect_flags(|f| f | 0x01), why)?;
        let with_will = b.settings().with_user_name(connect5("rsv").will(will(QoS::AtLeastOnce, false)));
        defect_refused(b, with_will, |m| m.connect_flags(|f| f | 0x01), why)
    })
}

/// MQTT-3.1.2-4 (MUST, Both)
///
/// > If a CONNECT packet is received with Clean Start is set to 1, the Client and Server MUST
/// > discard any existing Session and start a new Session.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.4 (Clean Start)
#[specgen::covers("MQTT-3.1.2-4", fp = "aa5e2a57")]
#[test]
fn mqtt_3_1_2_4_client_server_must_discard_existing_session() -> R {
    run(|b| {
        let why = "Clean Start 1 did not discard the existing session";
        let id = unique_client_id("discard");
        let (t, m) = (unique_topic("discard"), unique_topic("marker"));
        store_session(b, &id, &t)?;
        publish_from_other(b, &t, b"queued", QoS::AtLeastOnce).vehicle("queuing a message for the stored session")?;
        // New session: Session Present 0, no queued message, no subscription.
        let mut x = session_present(b, lasting(&id, true), false, why)?;
        x.subscribe(&m, QoS::AtLeastOnce).vehicle("subscribing to a marker topic")?;
        publish_from_other(b, &t, b"old subscription", QoS::AtLeastOnce).vehicle("publishing at QoS 1")?;
        expect_only_marker(b, &mut x, &m).because(why)
    })
}

/// MQTT-3.1.2-5 (MUST, Server)
///
/// > If a CONNECT packet is received with Clean Start set to 0 and there is a Session associated
/// > with the Client Identifier, the Server MUST resume communications with the Client based on
/// > state from the existing Session.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.4 (Clean Start)
#[specgen::covers("MQTT-3.1.2-5", fp = "ab3b9972")]
#[test]
fn mqtt_3_1_2_5_server_must_resume_communications_client_based() -> R {
    run(|b| {
        let why = "session not resumed";
        let id = unique_client_id("resume");
        let t = unique_topic("resume");
        store_session(b, &id, &t)?;
        publish_from_other(b, &t, b"queued", QoS::AtLeastOnce).vehicle("queuing a message for the stored session")?;
        let mut x = session_present(b, lasting(&id, false), true, why)?;
        expect_payload(&mut x, b"queued").because(why)?;
        publish_from_other(b, &t, b"after resume", QoS::AtLeastOnce).vehicle("publishing at QoS 1")?;
        expect_payload(&mut x, b"after resume").because(why).map(|_| ())
    })
}

/// MQTT-3.1.2-6 (MUST, Server)
///
/// > If a CONNECT packet is received with Clean Start set to 0 and there is no Session associated
/// > with the Client Identifier, the Server MUST create a new Session.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.4 (Clean Start)
#[specgen::covers("MQTT-3.1.2-6", fp = "ec15c202")]
#[test]
fn mqtt_3_1_2_6_server_must_create_new_session() -> R {
    run(|b| {
        let why = "no new session created for Clean Start 0";
        let id = unique_client_id("create");
        let t = unique_topic("create");
        let mut x = session_present(b, lasting(&id, false), false, why)?;
        x.subscribe(&t, QoS::AtLeastOnce).vehicle("subscribing")?;
        publish_from_other(b, &t, b"live", QoS::AtLeastOnce).vehicle("publishing at QoS 1")?;
        expect_payload(&mut x, b"live").because(why)?;
        x.disconnect().vehicle("DISCONNECT")?;
        // The session created by that CONNECT outlives the connection.
        let mut x = session_present(b, lasting(&id, false), true, why)?;
        publish_from_other(b, &t, b"kept", QoS::AtLeastOnce).vehicle("publishing at QoS 1")?;
        expect_payload(&mut x, b"kept").because(why).map(|_| ())
    })
}

/// MQTT-3.1.2-7 (MUST, Server)
///
/// > If the Will Flag is set to 1 this indicates that a Will Message MUST be stored on the Server
/// > and associated with the Session.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.5 (Will Flag)
#[specgen::covers("MQTT-3.1.2-7", fp = "b61ff6b7")]
#[test]
fn mqtt_3_1_2_7_flag_set_must_stored_server_associated() -> R {
    run(|b| {
        let why = "will not stored with the session";
        each_case(
            why,
            vec![
                case("published when the connection drops", || {
                    let w = will(QoS::AtLeastOnce, false);
                    let mut s =
                        subscriber_v5(b, &w.topic, QoS::AtLeastOnce).vehicle("subscribing to the will topic")?;
                    let (x, _) = accepted_v5(b, connect5("will").will(w.clone()))?;
                    drop(x);
                    expect_payload(&mut s, &w.payload).map(|_| ())
                }),
                case("Will Delay 1 s on a lasting session: published from the session", || {
                    // The connection is gone; the stored session publishes it.
                    let w = will(QoS::AtLeastOnce, false).properties(Properties::new().with_will_delay_interval(1));
                    let mut s =
                        subscriber_v5(b, &w.topic, QoS::AtLeastOnce).vehicle("subscribing to the will topic")?;
                    let (mut x, _) = accepted_v5(b, lasting(&unique_client_id("will"), true).will(w.clone()))?;
                    close_by_violation(&mut x)?;
                    s.set_timeout(wait::scaled(Duration::from_secs(4)));
                    expect_payload(&mut s, &w.payload).map(|_| ())
                }),
            ],
        )
    })
}

/// MQTT-3.1.2-8 (MUST, Server)
///
/// > The Will Message MUST be published after the Network Connection is subsequently closed and
/// > either the Will Delay Interval has elapsed or the Session ends, unless the Will Message has
/// > been deleted by the Server on receipt of a DISCONNECT packet with Reason Code 0x00 (Normal
/// > disconnection) or a new Network Connection for the ClientID is opened before the Will Delay
/// > Interval has elapsed.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.5 (Will Flag)
#[specgen::covers("MQTT-3.1.2-8", fp = "00bcbef9")]
#[test]
fn mqtt_3_1_2_8_message_must_published_after_network_connection() -> R {
    run(|b| {
        let why = "will not published as 3.1.2.5 requires";
        // A connection with a will ends by `end`; the will arrives or not.
        let ending = |will_props: Properties, session: u32, end: fn(&mut Client) -> R, published: bool| {
            move || -> R {
                let w = will(QoS::AtLeastOnce, false).properties(will_props);
                let mut s = subscriber_v5(b, &w.topic, QoS::AtLeastOnce).vehicle("subscribing to the will topic")?;
                let (mut x, _) = accepted_v5(b, connect5("will").will(w.clone()).properties(expiry(session)))?;
                end(&mut x)?;
                if published {
                    expect_payload(&mut s, &w.payload).map(|_| ())
                } else {
                    expect_only_marker(b, &mut s, &w.topic)
                }
            }
        };
        let none = Properties::new;
        each_case(
            why,
            vec![
                case("client closes without DISCONNECT", ending(none(), 0, |x| x.shutdown_write(), true)),
                case("server closes on a protocol violation", ending(none(), 0, close_by_violation, true)),
                case(
                    "DISCONNECT 0x04 (with Will Message)",
                    ending(
                        none(),
                        0,
                        |x| {
                            x.send(Disconnect::new(ReasonCode::DisconnectWithWillMessage))?;
                            x.expect_closed()
                        },
                        true,
                    ),
                ),
                case("DISCONNECT 0x00 deletes it", ending(none(), 0, |x| x.disconnect(), false)),
            ]
            .into_iter()
            .chain(side_by_side(vec![
                (
                    "Will Delay 2 s, session lasting: after the delay",
                    Box::new(move || {
                        let w = will(QoS::AtLeastOnce, false).properties(Properties::new().with_will_delay_interval(2));
                        let mut s =
                            subscriber_v5(b, &w.topic, QoS::AtLeastOnce).vehicle("subscribing to the will topic")?;
                        let (mut x, _) = accepted_v5(b, lasting(&unique_client_id("delay"), true).will(w.clone()))?;
                        close_by_violation(&mut x)?;
                        let closed = Instant::now();
                        s.set_timeout(wait::scaled(Duration::from_secs(4)));
                        expect_payload(&mut s, &w.payload)?;
                        let after = closed.elapsed();
                        s.note(format!("will arrived {after:?} after the close"));
                        // Intervals count whole seconds: more than 1 s must pass.
                        if after < Duration::from_secs(1) {
                            return Err(s.fail_with("will published before the Will Delay Interval (2 s) elapsed"));
                        }
                        Ok(())
                    }),
                ),
                (
                    "Will Delay 300 s, Session Expiry 0: when the session ends with the connection",
                    Box::new(move || {
                        let w = will(QoS::AtLeastOnce, false)
                            .properties(Properties::new().with_will_delay_interval(KEEP_SESSION));
                        let mut s =
                            subscriber_v5(b, &w.topic, QoS::AtLeastOnce).vehicle("subscribing to the will topic")?;
                        let (mut x, _) = accepted_v5(b, connect5("sess0").will(w.clone()))?;
                        close_by_violation(&mut x)?;
                        expect_payload(&mut s, &w.payload).map(|_| ())
                    }),
                ),
                (
                    "Will Delay 60 s, session expiring after 1 s: when the session ends",
                    Box::new(move || {
                        let w =
                            will(QoS::AtLeastOnce, false).properties(Properties::new().with_will_delay_interval(60));
                        let mut s =
                            subscriber_v5(b, &w.topic, QoS::AtLeastOnce).vehicle("subscribing to the will topic")?;
                        let (mut x, _) = accepted_v5(b, connect5("sess").will(w.clone()).properties(expiry(1)))?;
                        close_by_violation(&mut x)?;
                        s.set_timeout(wait::scaled(Duration::from_secs(4)));
                        expect_payload(&mut s, &w.payload).map(|_| ())
                    }),
                ),
            ]))
            .collect(),
        )
    })
}

/// MQTT-3.1.2-9 (MUST, Unknown)
///
/// > If the Will Flag is set to 1, the Will Properties, Will Topic, and Will Payload fields MUST
/// > be present in the Payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.5 (Will Flag)
#[specgen::covers("MQTT-3.1.2-9", fp = "2a9702d0")]
#[test]
fn mqtt_3_1_2_9_payload_fields_must_present() -> R {
    run(|b| {
        let why = "Will Flag 1 without Will Properties, Will Topic and Will Payload accepted";
        let good = || connect5("willf").will(will(QoS::AtMostOnce, false));
        each_case(
            why,
            vec![
                case("no Will Payload", || defect_refused(b, good(), |m| m.field_bytes("will_payload", &[]), why)),
                case("no Will Topic, no Will Payload", || {
                    defect_refused(
                        b,
                        good(),
                        |m| m.field_bytes("will_topic", &[]).field_bytes("will_payload", &[]),
                        why,
                    )
                }),
                case("no will fields at all", || {
                    defect_refused(
                        b,
                        good(),
                        |m| {
                            m.will_properties_bytes(&[]).field_bytes("will_topic", &[]).field_bytes("will_payload", &[])
                        },
                        why,
                    )
                }),
            ],
        )
    })
}

/// MQTT-3.1.2-10 (MUST, Both)
///
/// > The Will Message MUST be removed from the stored Session State in the Server once it has
/// > been published or the Server has received a DISCONNECT packet with a Reason Code of 0x00
/// > (Normal disconnection) from the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.5 (Will Flag)
#[specgen::covers("MQTT-3.1.2-10", fp = "c07b5973")]
#[test]
fn mqtt_3_1_2_10_message_must_removed_stored_session_state() -> R {
    run(|b| {
        let why = "will kept in the session state";
        let w = will(QoS::AtLeastOnce, false);
        let mut s = subscriber_v5(b, &w.topic, QoS::AtLeastOnce).vehicle("subscribing to the will topic")?;
        let id = unique_client_id("willonce");
        let with_will = lasting(&id, false).will(w.clone());
        let without = lasting(&id, false);
        // Published once; the next connection of the session has none.
        close_by_violation(&mut accepted_v5(b, with_will.clone())?.0)?;
        expect_payload(&mut s, &w.payload).vehicle("publishing the will on a close [MQTT-3.1.2-8]")?;
        close_by_violation(&mut accepted_v5(b, without.clone())?.0)?;
        expect_only_marker(b, &mut s, &w.topic).because(why)?;
        // Removed on DISCONNECT 0x00, for this and later connections.
        accepted_v5(b, with_will)?.0.disconnect().vehicle("DISCONNECT")?;
        close_by_violation(&mut accepted_v5(b, without)?.0)?;
        expect_only_marker(b, &mut s, &w.topic).because(why)
    })
}

/// MQTT-3.1.2-11 (MUST, Unknown)
///
/// > If the Will Flag is set to 0, then the Will QoS MUST be set to 0 (0x00).
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.6 (Will QoS)
#[specgen::covers("MQTT-3.1.2-11", fp = "dda9f966")]
#[test]
fn mqtt_3_1_2_11_qos_must_set() -> R {
    run(|b| {
        let why = "Will QoS set with Will Flag 0";
        let cases = [0x08u8, 0x10, 0x18]
            .into_iter()
            .map(|bits| {
                case("will QoS bits", move || {
                    defect_refused(b, connect5("wq"), move |m| m.connect_flags(|f| f | bits), why)
                })
            })
            .collect();
        each_case(why, cases)
    })
}

/// MQTT-3.1.2-12 (no keyword, Unknown)
///
/// > If the Will Flag is set to 1, the value of Will QoS can be 0 (0x00), 1 (0x01), or 2 (0x02).
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.6 (Will QoS)
#[specgen::covers("MQTT-3.1.2-12", fp = "5ffc98d6")]
#[test]
fn mqtt_3_1_2_12_flag_set_value_qos_can_0x00() -> R {
    run(|b| {
        let cases = [QoS::AtMostOnce, QoS::AtLeastOnce, QoS::ExactlyOnce]
            .into_iter()
            .map(|q| {
                case("will QoS", move || {
                    let w = will(q, false);
                    let mut s =
                        subscriber_v5(b, &w.topic, QoS::ExactlyOnce).vehicle("subscribing to the will topic")?;
                    let (mut x, _) = accepted_v5(b, connect5("wq").will(w.clone()))?;
                    close_by_violation(&mut x)?;
                    let p = expect_payload(&mut s, &w.payload)?;
                    if p.qos != q {
                        return Err(s.fail_with(format!("will QoS {} published at QoS {}", q as u8, p.qos as u8)));
                    }
                    Ok(())
                })
            })
            .chain([case("will QoS 3 is malformed", || {
                let good = connect5("wq3").will(will(QoS::ExactlyOnce, false));
                defect_refused(b, good, |m| m.connect_flags(|f| f | 0x18), "will QoS 3 accepted")
            })])
            .collect();
        each_case("Will QoS 0, 1 and 2 not honoured", cases)
    })
}

/// MQTT-3.1.2-13 (MUST, Unknown)
///
/// > If the Will Flag is set to 0, then Will Retain MUST be set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.7 (Will Retain)
#[specgen::covers("MQTT-3.1.2-13", fp = "b54c7ba6")]
#[test]
fn mqtt_3_1_2_13_retain_must_set() -> R {
    run(|b| defect_refused(b, connect5("wr"), |m| m.connect_flags(|f| f | 0x20), "Will Retain set with Will Flag 0"))
}

/// MQTT-3.1.2-14 (MUST, Server)
///
/// > If the Will Flag is set to 1 and Will Retain is set to 0, the Server MUST publish the Will
/// > Message as a non-retained message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.7 (Will Retain)
#[specgen::covers("MQTT-3.1.2-14", fp = "2507b959")]
#[test]
fn mqtt_3_1_2_14_server_must_publish_message_non_retained() -> R {
    run(|b| {
        let w = will(QoS::AtMostOnce, false);
        let _kept = retained(b, &w.topic);
        let mut s = subscriber_v5(b, &w.topic, QoS::AtMostOnce).vehicle("subscribing to the will topic")?;
        close_by_violation(&mut accepted_v5(b, connect5("wr0").will(w.clone()))?.0)?;
        let p = expect_payload(&mut s, &w.payload).vehicle("publishing the will on a close [MQTT-3.1.2-8]")?;
        if p.retain {
            return Err(s.fail_with("will with Will Retain 0 delivered with RETAIN 1"));
        }
        let mut late = subscriber_v5(b, &w.topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        expect_only_marker(b, &mut late, &w.topic).because("will with Will Retain 0 was retained")
    })
}

/// MQTT-3.1.2-15 (MUST, Server)
///
/// > If the Will Flag is set to 1 and Will Retain is set to 1, the Server MUST publish the Will
/// > Message as a retained message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.7 (Will Retain)
#[specgen::covers("MQTT-3.1.2-15", fp = "2eff06e3")]
#[test]
fn mqtt_3_1_2_15_server_must_publish_message_retained() -> R {
    run(|b| {
        let why = "will with Will Retain 1 not retained";
        let w = will(QoS::AtMostOnce, true);
        let _kept = retained(b, &w.topic);
        let mut s = subscriber_v5(b, &w.topic, QoS::AtMostOnce).vehicle("subscribing to the will topic")?;
        close_by_violation(&mut accepted_v5(b, connect5("wr1").will(w.clone()))?.0)?;
        expect_payload(&mut s, &w.payload).vehicle("publishing the will on a close [MQTT-3.1.2-8]")?;
        let mut late = subscriber_v5(b, &w.topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        let p = expect_payload(&mut late, &w.payload).because(why)?;
        if !p.retain {
            return Err(late.fail_with(format!("{why}: a new subscriber got it with RETAIN 0")));
        }
        Ok(())
    })
}

/// MQTT-3.1.2-16 (MUST NOT, Unknown)
///
/// > If the User Name Flag is set to 0, a User Name MUST NOT be present in the Payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.8 (User Name Flag)
#[specgen::covers("MQTT-3.1.2-16", fp = "7c2a2db7")]
#[test]
fn mqtt_3_1_2_16_user_name_must_not_present_payload() -> R {
    run(|b| {
        let good = b.settings().with_user_name(connect5("user"));
        defect_refused(b, good, |m| m.connect_flags(|f| f & !0x80), "User Name present with User Name Flag 0")
    })
}

/// MQTT-3.1.2-17 (MUST, Unknown)
///
/// > If the User Name Flag is set to 1, a User Name MUST be present in the Payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.8 (User Name Flag)
#[specgen::covers("MQTT-3.1.2-17", fp = "47d0fc24")]
#[test]
fn mqtt_3_1_2_17_user_name_must_present_payload() -> R {
    run(|b| {
        let good = b.settings().with_user_name(connect5("user"));
        defect_refused(b, good, |m| m.field_bytes("username", &[]), "User Name Flag 1 without a User Name")
    })
}

/// MQTT-3.1.2-18 (MUST NOT, Unknown)
///
/// > If the Password Flag is set to 0, a Password MUST NOT be present in the Payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.9 (Password Flag)
#[specgen::covers("MQTT-3.1.2-18", fp = "6627a5ca")]
#[test]
fn mqtt_3_1_2_18_password_must_not_present_payload() -> R {
    run(|b| {
        let why = "Password present with Password Flag 0";
        let good = connect5("pass").username("user").password("secret");
        defect_refused(b, good, |m| m.connect_flags(|f| f & !0x40), why)
    })
}

/// MQTT-3.1.2-19 (MUST, Unknown)
///
/// > If the Password Flag is set to 1, a Password MUST be present in the Payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.9 (Password Flag)
#[specgen::covers("MQTT-3.1.2-19", fp = "d6083d40")]
#[test]
fn mqtt_3_1_2_19_password_must_present_payload() -> R {
    run(|b| {
        let why = "Password Flag 1 without a Password";
        let good = connect5("pass").username("user").password("secret");
        defect_refused(b, good, |m| m.field_bytes("password", &[]), why)
    })
}

/// MQTT-3.1.2-22 (MUST, Server)
///
/// > If the Keep Alive value is non-zero and the Server does not receive an MQTT Control Packet
/// > from the Client within one and a half times the Keep Alive time period, it MUST close the
/// > Network Connection to the Client as if the network had failed.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.10 (Keep Alive)
#[specgen::covers("MQTT-3.1.2-22", fp = "871d9cd1")]
#[test]
fn mqtt_3_1_2_22_must_close_network_connection_client_had() -> R {
    run(|b| {
        let why = "no close within 1.5 x Keep Alive";
        let w = will(QoS::AtMostOnce, false);
        let mut s = subscriber_v5(b, &w.topic, QoS::AtMostOnce).vehicle("subscribing to the will topic")?;
        let (mut x, ack) = accepted_v5(b, connect5("ka").keep_alive(1).will(w.clone()))?;
        if let Some(k) = ack.properties.server_keep_alive() {
            if k != 1 {
                return Err(x.fail_with(format!("server set Server Keep Alive {k}: a 1 s Keep Alive is not tested")))
                    .vehicle("Keep Alive 1 s");
            }
        }
        // A packet within the period keeps the connection open (the
        // statement is about time: a wait, not an absence).
        x.expect_silence_for(Duration::from_millis(900))?;
        x.ping()?;
        let silent = Instant::now();
        // 1.5 s allowed, plus scheduling margin; a DISCONNECT 0x8D may come first.
        x.set_timeout(Duration::from_millis(1500) + wait::scaled(Duration::from_millis(600)));
        expect_error_close(&mut x).because(why)?;
        x.note(format!("closed {:?} after the last packet", silent.elapsed()));
        // "As if the network had failed": the will is published.
        expect_payload(&mut s, &w.payload).because(why).map(|_| ())
    })
}

/// MQTT-3.1.2-23 (MUST, Both)
///
/// > The Client and Server MUST store the Session State after the Network Connection is closed if
/// > the Session Expiry Interval is greater than 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.11.2 (Session Expiry Interval)
#[specgen::covers("MQTT-3.1.2-23", fp = "e3a07db5")]
#[test]
fn mqtt_3_1_2_23_client_server_must_store_session_state() -> R {
    run(|b| {
        let why = "session state not stored after the connection closed";
        let id = unique_client_id("store");
        let t = unique_topic("store");
        let step = "subscribing, then publishing at QoS 1 and 2 while offline";
        let (mut x, _) = accepted_v5(b, lasting(&id, true)).vehicle(step)?;
        x.subscribe(&t, QoS::ExactlyOnce).vehicle(step)?;
        drop(x); // the network connection closes without DISCONNECT
        publish_from_other(b, &t, b"q1", QoS::AtLeastOnce).vehicle(step)?;
        publish_from_other(b, &t, b"q2", QoS::ExactlyOnce).vehicle(step)?;
        let mut x = session_present(b, lasting(&id, false), true, why)?;
        let mut got = Vec::new();
        while !(got.contains(&b"q1".to_vec()) && got.contains(&b"q2".to_vec())) {
            got.push(x.receive_publish().because(why)?.payload);
        }
        Ok(())
    })
}

/// MQTT-3.1.2-24 (MUST NOT, Server)
///
/// > The Server MUST NOT send packets exceeding Maximum Packet Size to the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.11.4 (Maximum Packet Size)
#[specgen::covers("MQTT-3.1.2-24", fp = "b31d3b17")]
#[test]
fn mqtt_3_1_2_24_server_must_not_send_packets_exceeding() -> R {
    run(|b| {
        let why = "packet larger than the client's Maximum Packet Size sent";
        let t = unique_topic("mps");
        let mut x = b.client_v5()?;
        let ack =
            x.connect_ok_props(&unique_client_id("mps"), true, Properties::new().with_maximum_packet_size(128))?;
        if wire_size(&Packet::ConnAck(ack.clone())) > 128 {
            return Err(x.fail_with(format!("{why}: the CONNACK")));
        }
        x.subscribe(&t, QoS::AtLeastOnce).vehicle("subscribing")?;
        let big = vec![b'x'; 300];
        publish_from_other(b, &t, &big, QoS::AtMostOnce).vehicle("publishing")?;
        publish_from_other(b, &t, &big, QoS::AtLeastOnce).vehicle("publishing")?;
        let fits = vec![b'y'; 40];
        publish_from_other(b, &t, &fits, QoS::AtLeastOnce).vehicle("publishing")?;
        let p = x.receive_publish().because(why)?;
        if p.payload != fits {
            return Err(x.fail_with(format!("{why}: a {}-byte PUBLISH", wire_size(&Packet::Publish(p)))));
        }
        expect_only_marker(b, &mut x, &t).because(why)
    })
}

/// MQTT-3.1.2-25 (MUST, Server)
///
/// > Where a Packet is too large to send, the Server MUST discard it without sending it and then
/// > behave as if it had completed sending that Application Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.11.4 (Maximum Packet Size)
#[specgen::covers("MQTT-3.1.2-25", fp = "c351624a")]
#[test]
fn mqtt_3_1_2_25_server_must_discard_without_sending_behave() -> R {
    run(|b| {
        let why = "a message too large for the client was not treated as sent";
        let id = unique_client_id("discard");
        let t = unique_topic("toolarge");
        // Receive Maximum 1: a too-large QoS 1 message kept in flight would
        // hold back the next one.
        let props = expiry(KEEP_SESSION).with_maximum_packet_size(128).with_receive_maximum(1);
        let (mut x, _) = accepted_v5(b, Connect::v5(&id).properties(props.clone()))?;
        x.subscribe(&t, QoS::AtLeastOnce).vehicle("subscribing")?;
        publish_from_other(b, &t, &[b'x'; 300], QoS::AtLeastOnce).vehicle("publishing")?;
        publish_from_other(b, &t, b"next", QoS::AtLeastOnce).vehicle("publishing")?;
        expect_payload(&mut x, b"next").because(why)?;
        x.disconnect().vehicle("DISCONNECT")?;
        // Completed: not delivered again when the session resumes.
        let (mut x, _) = accepted_v5(b, Connect::v5(&id).clean_start(false).properties(props))?;
        expect_only_marker(b, &mut x, &t).because(why)
    })
}

/// MQTT-3.1.2-26 (MUST NOT, Server)
///
/// > The Server MUST NOT send a Topic Alias in a PUBLISH packet to the Client greater than Topic
/// > Alias Maximum.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.11.5 (Topic Alias Maximum)
#[specgen::covers("MQTT-3.1.2-26", fp = "be2568d4")]
#[test]
fn mqtt_3_1_2_26_server_must_not_send_topic_alias() -> R {
    run(|b| {
        let base = unique_topic("alias");
        let mut x = b.client_v5()?;
        x.connect_ok_props(&unique_client_id("alias"), true, Properties::new().with_topic_alias_maximum(2))?;
        x.subscribe(&format!("{base}/+"), QoS::AtLeastOnce).vehicle("subscribing")?;
        let mut p = connected_v5(b, "pub").vehicle("connecting a publisher")?;
        for round in 0..2 {
            for i in 0..4 {
                p.publish(&format!("{base}/{i}"), format!("{round}").as_bytes(), QoS::AtLeastOnce)
                    .vehicle("publishing")?;
            }
        }
        for _ in 0..8 {
            let m = x.receive_publish()?;
            if let Some(a) = m.properties.topic_alias() {
                if a == 0 || a > 2 {
                    return Err(x.fail_with(format!("Topic Alias {a} sent to a client with Topic Alias Maximum 2")));
                }
            }
        }
        Ok(())
    })
}

/// MQTT-3.1.2-27 (MUST NOT, Server)
///
/// > If Topic Alias Maximum is absent or zero, the Server MUST NOT send any Topic Aliases to the
/// > Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.11.5 (Topic Alias Maximum)
#[specgen::covers("MQTT-3.1.2-27", fp = "ef5b9f3f")]
#[test]
fn mqtt_3_1_2_27_server_must_not_send_topic_aliases() -> R {
    run(|b| {
        let cases = [None, Some(0u16)]
            .into_iter()
            .map(|max| {
                case("Topic Alias Maximum absent / 0", move || {
                    let base = unique_topic("alias");
                    let mut x = b.client_v5()?;
                    let props = max.map_or(Properties::new(), |m| Properties::new().with_topic_alias_maximum(m));
                    x.connect_ok_props(&unique_client_id("alias"), true, props)?;
                    x.subscribe(&format!("{base}/+"), QoS::AtLeastOnce).vehicle("subscribing")?;
                    let mut p = connected_v5(b, "pub").vehicle("connecting a publisher")?;
                    for round in 0..2 {
                        for i in 0..3 {
                            let t = format!("{base}/{i}");
                            p.publish(&t, format!("{round}").as_bytes(), QoS::AtLeastOnce).vehicle("publishing")?;
                        }
                    }
                    for _ in 0..6 {
                        let m = x.receive_publish()?;
                        if let Some(a) = m.properties.topic_alias() {
                            return Err(x.fail_with(format!("Topic Alias {a} sent; Topic Alias Maximum {max:?}")));
                        }
                    }
                    Ok(())
                })
            })
            .collect();
        each_case("Topic Alias sent to a client that accepts none", cases)
    })
}

/// MQTT-3.1.2-28 (MUST NOT, Server)
///
/// > A value of 0 indicates that the Server MUST NOT return Response Information.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.11.6 (Request Response Information)
#[specgen::covers("MQTT-3.1.2-28", fp = "09eb8432")]
#[test]
fn mqtt_3_1_2_28_value_indicates_must_not_return_response() -> R {
    run(|b| {
        let cases = [None, Some(0u8)]
            .into_iter()
            .map(|rri| {
                case("Request Response Information absent / 0", move || {
                    let mut x = b.client_v5()?;
                    let props =
                        rri.map_or(Properties::new(), |v| Properties::new().with_request_response_information(v));
                    let ack = x.connect_ok_props(&unique_client_id("rri"), true, props)?;
                    match ack.properties.response_information() {
                        Some(r) => Err(x.fail_with(format!(
                            "Response Information {r:?} returned; Request Response Information {rri:?}"
                        ))),
                        None => Ok(()),
                    }
                })
            })
            .collect();
        each_case("Response Information returned though not requested", cases)
    })
}

/// MQTT-3.1.2-29 (MUST NOT, MAY, Server)
///
/// > If the value of Request Problem Information is 0, the Server MAY return a Reason String or
/// > User Properties on a CONNACK or DISCONNECT packet, but MUST NOT send a Reason String or User
/// > Properties on any packet other than PUBLISH, CONNACK, or DISCONNECT.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.11.7 (Request Problem Information)
#[specgen::covers("MQTT-3.1.2-29", fp = "4e1ffc62")]
#[test]
fn mqtt_3_1_2_29_server_may_return_reason_string_user() -> R {
    // Provoke acknowledgements that could explain themselves: PUBACK 0x10
    // (no subscribers), UNSUBACK 0x11 (no subscription), PUBCOMP 0x92
    // (unknown packet id), PUBREC, SUBACK.
    run(|b| {
        let t = unique_topic("rpi");
        let mut x = b.client_v5()?;
        x.connect_ok_props(&unique_client_id("rpi"), true, Properties::new().with_request_problem_information(0))?;
        let mut got: Vec<Packet> = Vec::new();
        x.send(Publish::new(&t, "nobody").qos(QoS::AtLeastOnce, 1))?;
        got.push(x.expect_matching("PUBACK id=1", |p| matches!(p, Packet::PubAck(a) if a.packet_id == 1))?);
        x.send(Unsubscribe::new(2, [t.as_str()]))?;
        got.push(x.expect_matching("UNSUBACK id=2", |p| matches!(p, Packet::UnsubAck(a) if a.packet_id == 2))?);
        x.send(PubRel::new(3))?;
        got.push(x.expect_matching("PUBCOMP id=3", |p| matches!(p, Packet::PubComp(a) if a.packet_id == 3))?);
        x.send(Publish::new(&t, "q2").qos(QoS::ExactlyOnce, 4))?;
        got.push(x.expect_matching("PUBREC id=4", |p| matches!(p, Packet::PubRec(a) if a.packet_id == 4))?);
        x.send(PubRel::new(4))?;
        got.push(x.expect_matching("PUBCOMP id=4", |p| matches!(p, Packet::PubComp(a) if a.packet_id == 4))?);
        x.send(Subscribe::one(5, &t, QoS::AtLeastOnce))?;
        got.push(x.expect_matching("SUBACK id=5", |p| matches!(p, Packet::SubAck(a) if a.packet_id == 5))?);
        x.ping()?;
        for p in &got {
            let props = p.properties().expect("acknowledgements have properties");
            if props.reason_string().is_some() || !props.user_properties().is_empty() {
                return Err(x.fail_with(format!(
                    "{p} carries a Reason String or User Property; Request Problem Information 0"
                )));
            }
        }
        Ok(())
    })
}

/// MQTT-3.1.3-1 (MUST, Client)
///
/// > The Payload of the CONNECT packet contains one or more length-prefixed fields, whose
/// > presence is determined by the flags in the Variable Header. These fields, if present, MUST
/// > appear in the order Client Identifier, Will Properties, Will Topic, Will Payload, User Name,
/// > Password.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3 (CONNECT Payload)
#[specgen::covers("MQTT-3.1.3-1", fp = "90d16262")]
#[test]
fn mqtt_3_1_3_1_must_appear_order_client_identifier() -> R {
    // A server reading the payload in another order would publish a
    // different will topic, message or properties.
    run(|b| {
        let w = Will::new(unique_topic("order"), "will message", QoS::AtMostOnce, false)
            .properties(Properties::new().with_content_type("text/plain").with_user_property("k", "v"));
        let mut s = subscriber_v5(b, &w.topic, QoS::AtMostOnce).vehicle("subscribing to the will topic")?;
        let connect = connect5("order").will(w.clone()).username("user").password("secret");
        close_by_violation(&mut accepted_v5(b, connect)?.0)?;
        let why = "payload fields read out of order";
        let p = expect_payload(&mut s, b"will message").because(why)?;
        if p.properties.content_type() != Some("text/plain") || p.properties.user_properties() != [("k", "v")] {
            return Err(s.fail_with(format!("{why}: will published with properties {:?}", p.properties)));
        }
        Ok(())
    })?;
    // User Name before Password: a password file that knows only user/secret
    // accepts them in place and refuses them swapped.
    let passwords = password_file("user", "secret")?;
    run_with_config(&format!("password_file {}", passwords.path().display()), |b| {
        accepted_v5(b, connect5("cred").username("user").password("secret"))?;
        let mut c = b.client_v5()?;
        let ack = c.connect_with(connect5("swap").username("secret").password("user"))?;
        if ack.reason_code.is_success() {
            return Err(c.fail_with("User Name and Password swapped in the payload, yet accepted"));
        }
        Ok(())
    })
}

/// MQTT-3.1.3-2 (MUST, Both)
///
/// > The ClientID MUST be used by Clients and by Servers to identify state that they hold
/// > relating to this MQTT Session between the Client and the Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.1 (Client Identifier (ClientID))
#[specgen::covers("MQTT-3.1.3-2", fp = "c0bf48f7")]
#[test]
fn mqtt_3_1_3_2_clientid_must_used_clients_servers_identify() -> R {
    run(|b| {
        let why = "session state not tied to the ClientID";
        let (ta, tb) = (unique_topic("ida"), unique_topic("idb"));
        let (ida, idb) = (unique_client_id("ida"), unique_client_id("idb"));
        for (id, t) in [(&ida, &ta), (&idb, &tb)] {
            store_session(b, id, t)?;
        }
        publish_from_other(b, &ta, b"for a", QoS::AtLeastOnce).vehicle("publishing at QoS 1")?;
        publish_from_other(b, &tb, b"for b", QoS::AtLeastOnce).vehicle("publishing at QoS 1")?;
        for (id, payload, t) in [(&ida, b"for a", &ta), (&idb, b"for b", &tb)] {
            let mut x = session_present(b, lasting(id, false), true, why)?;
            let p = x.receive_publish().vehicle("a message queued for an offline session")?;
            if p.payload != payload {
                return Err(x.fail_with(format!("{why}: {id} got {:?}", String::from_utf8_lossy(&p.payload))));
            }
            // Nothing else was queued for this session ahead of a marker.
            expect_marker_next(b, &mut x, t).because(why)?;
        }
        Ok(())
    })
}

/// MQTT-3.1.3-3 (MUST, Unknown)
///
/// > The ClientID MUST be present and is the first field in the CONNECT packet Payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.1 (Client Identifier (ClientID))
#[specgen::covers("MQTT-3.1.3-3", fp = "a3c815c0")]
#[test]
fn mqtt_3_1_3_3_clientid_must_present_first_field_connect() -> R {
    run(|b| {
        let why = "CONNECT without a ClientID accepted";
        defect_refused(b, connect5("noid"), |m| m.field_bytes("client_id", &[]), why)?;
        // ClientID missing before the will fields.
        let with_will = connect5("noid").will(will(QoS::AtMostOnce, false));
        defect_refused(b, with_will, |m| m.field_bytes("client_id", &[]), why)
    })
}

/// MQTT-3.1.3-4 (MUST, Unknown)
///
/// > The ClientID MUST be a UTF-8 Encoded String as defined in section 1.5.4.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.1 (Client Identifier (ClientID))
#[specgen::covers("MQTT-3.1.3-4", fp = "a4848645")]
#[test]
fn mqtt_3_1_3_4_clientid_must_utf_encoded_string_defined() -> R {
    run(|b| {
        let why = "ClientID that is not a UTF-8 Encoded String accepted";
        let cases = ILL_FORMED
            .into_iter()
            .map(|bad| {
                case("ill-formed", move || {
                    defect_refused(b, connect5("id8"), |m| m.string_field("client_id", bad), why)
                })
            })
            .collect();
        each_case(why, cases)
    })
}

/// MQTT-3.1.3-5 (MUST, Server)
///
/// > The Server MUST allow ClientID’s which are between 1 and 23 UTF-8 encoded bytes in length,
/// > and that contain only the characters
/// > "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.1 (Client Identifier (ClientID))
#[specgen::covers("MQTT-3.1.3-5", fp = "66c81974")]
#[test]
fn mqtt_3_1_3_5_server_must_allow_clientid_s_between() -> R {
    run(|b| {
        let mut ids = vec![
            "0123456789abcdefghijklm".to_string(),
            "nopqrstuvwxyzABCDEFGHIJ".to_string(),
            format!("KLMNOPQRSTUVWXYZ{}", alnum_client_id(7)),
            alnum_client_id(23),
            alnum_client_id(8),
            alnum_client_id(1),
        ];
        ids.dedup();
        for id in ids {
            let (mut c, _) = accepted_v5(b, Connect::v5(&id)).because(&format!("ClientID {id:?} refused"))?;
            c.disconnect()?;
        }
        Ok(())
    })
}

/// MQTT-3.1.3-6 (MUST, MAY, Server)
///
/// > A Server MAY allow a Client to supply a ClientID that has a length of zero bytes, however if
/// > it does so the Server MUST treat this as a special case and assign a unique ClientID to that
/// > Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.1 (Client Identifier (ClientID))
#[specgen::covers("MQTT-3.1.3-6", fp = "c42a760d")]
#[test]
fn mqtt_3_1_3_6_server_may_allow_client_supply_clientid() -> R {
    run(|b| {
        let why = "zero-length ClientID not given a unique ClientID";
        let mut x = b.client_v5()?;
        let ack = x.connect_with(Connect::v5(""))?;
        if !ack.reason_code.is_success() {
            // The server may refuse zero-length ClientIDs altogether
            // (a refusal is MQTT-3.1.3-8's to judge).
            if ack.reason_code.0 < 0x80 {
                return Err(x.fail_with(format!("{why}: CONNACK {}", ack.reason_code)));
            }
            return x.expect_closed();
        }
        let (mut y, ack2) = accepted_v5(b, Connect::v5(""))?;
        let (ix, iy) = (ack.properties.assigned_client_identifier(), ack2.properties.assigned_client_identifier());
        if let (Some(ix), Some(iy)) = (ix, iy) {
            if ix == iy || ix.is_empty() {
                return Err(y.fail_with(format!("{why}: assigned {ix:?} and {iy:?}")));
            }
        }
        // A second one must not take over the first (the same id would).
        x.ping().because(why)?;
        y.ping().because(why)?;
        let t = unique_topic("noid");
        x.subscribe(&t, QoS::AtLeastOnce).vehicle("subscribing")?;
        y.publish(&t, b"to x", QoS::AtLeastOnce).vehicle("publishing")?;
        expect_payload(&mut x, b"to x").because(why)?;
        expect_not_subscribed(b, &mut y, &t).because(why)
    })
}

/// MQTT-3.1.3-7 (MUST, Client)
///
/// > It MUST then process the CONNECT packet as if the Client had provided that unique ClientID,
/// > and MUST return the Assigned Client Identifier in the CONNACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.1 (Client Identifier (ClientID))
#[specgen::covers("MQTT-3.1.3-7", fp = "dbac4cf5")]
#[test]
fn mqtt_3_1_3_7_must_process_connect_packet_client_had() -> R {
    run(|b| {
        let why = "zero-length ClientID not processed as the assigned one";
        let t = unique_topic("assigned");
        let mut x = b.client_v5()?;
        let ack = x.connect_with(Connect::v5("").properties(expiry(KEEP_SESSION)))?;
        if !ack.reason_code.is_success() {
            return Err(x.fail_with(format!("CONNACK {}", ack.reason_code)))
                .vehicle("the server allowing a zero-length ClientID [MQTT-3.1.3-6]");
        }
        let id = match ack.properties.assigned_client_identifier() {
            Some(id) if !id.is_empty() => id.to_owned(),
            _ => return Err(x.fail_with("CONNACK lacks an Assigned Client Identifier")),
        };
        x.subscribe(&t, QoS::AtLeastOnce).vehicle("subscribing")?;
        x.disconnect().vehicle("DISCONNECT")?;
        // The session is the assigned ClientID's: resumed under that id.
        let mut x = session_present(b, lasting(&id, false), true, why)?;
        publish_from_other(b, &t, b"for the assigned id", QoS::AtLeastOnce).vehicle("publishing at QoS 1")?;
        expect_payload(&mut x, b"for the assigned id").because(why).map(|_| ())
    })
}

/// MQTT-3.1.3-8 (MUST, MAY, Server)
///
/// > If the Server rejects the ClientID it MAY respond to the CONNECT packet with a CONNACK using
/// > Reason Code 0x85 (Client Identifier not valid) as described in section 4.13 Handling errors,
/// > and then it MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.1 (Client Identifier (ClientID))
#[specgen::covers("MQTT-3.1.3-8", fp = "2f3cddf6")]
#[test]
fn mqtt_3_1_3_8_server_rejects_may_respond_connect_packet() -> R {
    // mosquitto configured to reject zero-length ClientIDs (skipped for
    // MQTT_TARGET). 0x85 is the suggested answer; 3.1.4 and 4.13 let any
    // CONNACK of 0x80 or more precede the close, so only the close is checked.
    run_with_config("allow_zero_length_clientid false", |b| {
        let mut c = b.client_v5()?;
        c.send(Connect::v5(""))?;
        match c.recv() {
            Ok(Packet::ConnAck(a)) if a.reason_code.is_success() => {
                Err(c.fail_with("the server accepted the ClientID")).vehicle("rejecting the ClientID")
            }
            Ok(Packet::ConnAck(a)) if a.reason_code.0 >= 0x80 => c.expect_closed().because("rejected ClientID"),
            Ok(other) => {
                Err(c.fail_with(format!("rejected ClientID: expected a CONNACK refusal or a close, received {other}")))
            }
            Err(e) if e.kind == ErrorKind::Closed => Ok(()),
            Err(e) => Err(e),
        }
    })
}

/// MQTT-3.1.3-9 (MUST NOT, Server)
///
/// > If a new Network Connection to this Session is made before the Will Delay Interval has
/// > passed, the Server MUST NOT send the Will Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.2.2 (Will Delay Interval)
#[specgen::covers("MQTT-3.1.3-9", fp = "cc6de7e9")]
#[test]
fn mqtt_3_1_3_9_server_must_not_send_message() -> R {
    run(|b| {
        let why = "will sent though the session was resumed within the Will Delay Interval";
        let id = unique_client_id("delay");
        let w = will(QoS::AtLeastOnce, false).properties(Properties::new().with_will_delay_interval(1));
        let mut s = subscriber_v5(b, &w.topic, QoS::AtLeastOnce).vehicle("subscribing to the will topic")?;
        close_by_violation(&mut accepted_v5(b, lasting(&id, true).will(w.clone()))?.0)?;
        let (_x, _) = accepted_v5(b, lasting(&id, false))?;
        // Past the delay (whole seconds, so up to 2 s), then the marker: the
        // statement is about time, so this waits; the marker proves absence.
        s.expect_silence_for(wait::scaled(Duration::from_millis(2300))).because(why)?;
        expect_only_marker(b, &mut s, &w.topic).because(why)
    })
}

/// MQTT-3.1.3-10 (MUST, Server)
///
/// > The Server MUST maintain the order of User Properties when publishing the Will Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.2.8 (User Property)
#[specgen::covers("MQTT-3.1.3-10", fp = "62e27908")]
#[test]
fn mqtt_3_1_3_10_server_must_maintain_order_user_properties() -> R {
    run(|b| {
        let pairs = [("b", "1"), ("a", "2"), ("b", "3"), ("c", ""), ("a", "1")];
        let props = pairs.iter().fold(Properties::new(), |p, (k, v)| p.with_user_property(*k, *v));
        let w = will(QoS::AtLeastOnce, false).properties(props);
        let mut s = subscriber_v5(b, &w.topic, QoS::AtLeastOnce).vehicle("subscribing to the will topic")?;
        close_by_violation(&mut accepted_v5(b, connect5("order").will(w.clone()))?.0)?;
        let p = expect_payload(&mut s, &w.payload).vehicle("publishing the will on a close [MQTT-3.1.2-8]")?;
        if p.properties.user_properties() != pairs {
            return Err(
                s.fail_with(format!("will User Properties {:?}, sent {pairs:?}", p.properties.user_properties()))
            );
        }
        Ok(())
    })
}

/// MQTT-3.1.3-11 (MUST, Unknown)
///
/// > The Will Topic MUST be a UTF-8 Encoded String as defined in section 1.5.4.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.3 (Will Topic)
#[specgen::covers("MQTT-3.1.3-11", fp = "878f45b0")]
#[test]
fn mqtt_3_1_3_11_topic_must_utf_encoded_string_defined() -> R {
    run(|b| {
        let why = "Will Topic that is not a UTF-8 Encoded String accepted";
        let cases = ILL_FORMED
            .into_iter()
            .map(|bad| {
                case("ill-formed", move || {
                    let good = connect5("wt8").will(will(QoS::AtMostOnce, false));
                    defect_refused(b, good, |m| m.string_field("will_topic", bad), why)
                })
            })
            .collect();
        each_case(why, cases)
    })
}

/// MQTT-3.1.3-12 (MUST, Unknown)
///
/// > The User Name MUST be a UTF-8 Encoded String as defined in section 1.5.4.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.5 (User Name)
#[specgen::covers("MQTT-3.1.3-12", fp = "d707aaad")]
#[test]
fn mqtt_3_1_3_12_user_name_must_utf_encoded_string() -> R {
    run(|b| {
        let why = "User Name that is not a UTF-8 Encoded String accepted";
        let cases = ILL_FORMED
            .into_iter()
            .map(|bad| {
                case("ill-formed", move || {
                    defect_refused(
                        b,
                        b.settings().with_user_name(connect5("un8")),
                        |m| m.string_field("username", bad),
                        why,
                    )
                })
            })
            .collect();
        each_case(why, cases)
    })
}

/// MQTT-3.1.4-1 (MUST, Server)
///
/// > The Server MUST validate that the CONNECT packet matches the format described in section 3.1
/// > and close the Network Connection if it does not match.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.4 (CONNECT Actions)
#[specgen::covers("MQTT-3.1.4-1", fp = "5ee92784")]
#[test]
fn mqtt_3_1_4_1_server_must_validate_connect_packet_matches() -> R {
    run(|b| {
        let good = || b.settings().with_user_name(connect5("bad").will(will(QoS::AtMostOnce, false)));
        let defect = |name, d: fn(Malformed) -> Malformed| case(name, move || defect_refused(b, good(), d, "accepted"));
        each_case(
            "CONNECT not matching section 3.1 must be refused",
            vec![
                defect("fixed-header flags 0b0010", |m| m.flags(0b0010)),
                defect("client id longer than packet", |m| m.field_bytes("client_id", b"\x01\x00ab")),
                defect("bytes after the last field", |m| m.append(b"\x00\x01z")),
                defect("Property Length beyond the packet", |m| m.properties_length(200)),
                defect("Will Property Length beyond the packet", |m| m.will_properties_length(200)),
                defect("unknown property 0x7f", |m| m.field_bytes("properties_length", &[0x02, 0x7f, 0x00])),
                defect("unknown will property 0x7f", |m| m.will_properties_bytes(&[0x02, 0x7f, 0x00])),
                defect("Topic Alias in CONNECT", |m| m.field_bytes("properties_length", &[0x03, 0x23, 0x00, 0x01])),
                defect("Session Expiry Interval in Will Properties", |m| {
                    m.will_properties_bytes(&[0x05, 0x11, 0, 0, 0, 10])
                }),
                defect("Session Expiry Interval twice", |m| {
                    m.field_bytes("properties_length", &[0x0a, 0x11, 0, 0, 0, 10, 0x11, 0, 0, 0, 10])
                }),
                defect("Receive Maximum 0", |m| m.field_bytes("properties_length", &[0x03, 0x21, 0, 0])),
                defect("Maximum Packet Size 0", |m| m.field_bytes("properties_length", &[0x05, 0x27, 0, 0, 0, 0])),
                defect("Request Response Information 2", |m| m.field_bytes("properties_length", &[0x02, 0x19, 2])),
                defect("Request Problem Information 2", |m| m.field_bytes("properties_length", &[0x02, 0x17, 2])),
                defect("Authentication Data without Method", |m| {
                    m.field_bytes("properties_length", &[0x04, 0x16, 0, 1, 0x61])
                }),
                defect("Will Delay Interval twice", |m| {
                    m.will_properties_bytes(&[0x0a, 0x18, 0, 0, 0, 1, 0x18, 0, 0, 0, 1])
                }),
            ],
        )
    })
}

/// MQTT-3.1.4-2 (MUST, SHOULD, MAY, Server)
///
/// > The Server MAY check that the contents of the CONNECT packet meet any further restrictions
/// > and SHOULD perform authentication and authorization checks. If any of these checks fail, it
/// > MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.4 (CONNECT Actions)
#[specgen::covers("MQTT-3.1.4-2", fp = "a421e155")]
#[test]
fn mqtt_3_1_4_2_server_may_check_contents_connect_packet() -> R {
    let passwords = password_file("user", "secret")?;
    let config = format!("password_file {}\nallow_anonymous false", passwords.path().display());
    run_with_config(&config, |b| {
        // Control: the right credentials pass the check.
        accepted_v5(b, connect5("auth").username("user").password("secret"))
            .vehicle("connecting with the right credentials")?
            .0
            .disconnect()
            .vehicle("DISCONNECT")?;
        let refused = |name, connect: Connect| {
            case(name, move || {
                let mut c = b.client_v5()?;
                c.send(connect)?;
                expect_refused(&mut c).map(|_| ())
            })
        };
        each_case(
            "a CONNECT failing authentication must be closed",
            vec![
                refused("wrong password", connect5("auth").username("user").password("wrong")),
                refused("unknown user", connect5("auth").username("nobody").password("secret")),
                refused("no credentials", connect5("auth")),
                refused(
                    "unsupported Authentication Method",
                    connect5("auth")
                        .username("user")
                        .password("secret")
                        .properties(Properties::new().with_authentication_method("no-such-method-3.1.4-2")),
                ),
            ],
        )
    })
}

/// MQTT-3.1.4-3 (MUST, Both)
///
/// > If the ClientID represents a Client already connected to the Server, the Server sends a
/// > DISCONNECT packet to the existing Client with Reason Code of 0x8E (Session taken over) as
/// > described in section 4.13 and MUST close the Network Connection of the existing Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.4 (CONNECT Actions)
#[specgen::covers("MQTT-3.1.4-3", fp = "ba705b1d")]
#[test]
fn mqtt_3_1_4_3_must_close_network_connection_existing_client() -> R {
    run(|b| {
        // Only the close is a MUST; the DISCONNECT is "as described in
        // section 4.13", where sending it is a MAY. One that is sent must say 0x8E.
        let why = "the existing connection with the same ClientID was not closed";
        let id = unique_client_id("takeover");
        let (mut first, _) = accepted_v5(b, Connect::v5(&id))?;
        let (mut second, _) = accepted_v5(b, Connect::v5(&id))?;
        match first.recv() {
            Ok(Packet::DisconnectWith(d)) if d.reason_code == ReasonCode::SessionTakenOver => {
                first.expect_closed().because(why)?
            }
            Ok(other) => return Err(first.fail_with(format!("{why}: received {other} instead of a close"))),
            Err(e) if e.kind == ErrorKind::Closed => {}
            Err(e) => return Err(e).because(why),
        }
        second.ping()
    })
}

/// MQTT-3.1.4-4 (MUST, Server)
///
/// > The Server MUST perform the processing of Clean Start that is described in section 3.1.2.4.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.4 (CONNECT Actions)
#[specgen::covers("MQTT-3.1.4-4", fp = "4a1619cc")]
#[test]
fn mqtt_3_1_4_4_server_must_perform_processing_clean_start() -> R {
    run(|b| {
        let why = "Clean Start not processed";
        let id = unique_client_id("cs");
        let (t, m) = (unique_topic("cs"), unique_topic("marker"));
        store_session(b, &id, &t)?;
        let mut x = session_present(b, lasting(&id, false), true, why)?;
        publish_from_other(b, &t, b"kept", QoS::AtLeastOnce).vehicle("publishing at QoS 1")?;
        expect_payload(&mut x, b"kept").because(why)?;
        x.disconnect().vehicle("DISCONNECT")?;
        let mut x = session_present(b, lasting(&id, true), false, why)?;
        x.subscribe(&m, QoS::AtLeastOnce).vehicle("subscribing to a marker topic")?;
        publish_from_other(b, &t, b"old subscription", QoS::AtLeastOnce).vehicle("publishing at QoS 1")?;
        expect_only_marker(b, &mut x, &m).because(why)
    })
}

/// MQTT-3.1.4-5 (MUST, Server)
///
/// > The Server MUST acknowledge the CONNECT packet with a CONNACK packet containing a 0x00
/// > (Success) Reason Code.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.4 (CONNECT Actions)
#[specgen::covers("MQTT-3.1.4-5", fp = "3324d6ca")]
#[test]
fn mqtt_3_1_4_5_server_must_acknowledge_connect_packet_connack() -> R {
    run(|b| {
        let id = || unique_client_id("valid");
        let ok = |name, c: Connect| {
            case(name, move || {
                let (mut x, ack) = accepted_v5(b, c)?;
                if ack.reason_code != ReasonCode::Success {
                    return Err(x.fail_with(format!("CONNACK {} instead of 0x00", ack.reason_code)));
                }
                x.disconnect()
            })
        };
        let all = Properties::new()
            .with_session_expiry_interval(10)
            .with_receive_maximum(5)
            .with_maximum_packet_size(100_000)
            .with_topic_alias_maximum(3)
            .with_request_response_information(1)
            .with_request_problem_information(0)
            .with_user_property("k", "v")
            .with_user_property("k", "w");
        let will_props = Properties::new()
            .with_will_delay_interval(5)
            .with_payload_format_indicator(1)
            .with_message_expiry_interval(60)
            .with_content_type("text/plain")
            .with_response_topic("reply/t")
            .with_correlation_data(vec![1, 2, 3])
            .with_user_property("a", "b");
        let mut cases = vec![
            ok("minimal", Connect::v5(id())),
            ok("Clean Start 0", Connect::v5(id()).clean_start(false)),
            ok("Keep Alive 0", Connect::v5(id()).keep_alive(0)),
            ok("Keep Alive 65535", Connect::v5(id()).keep_alive(65535)),
            ok("all CONNECT properties", Connect::v5(id()).properties(all)),
            ok("will QoS 2 retained", Connect::v5(id()).will(will(QoS::ExactlyOnce, true))),
            ok(
                "will with all Will Properties",
                Connect::v5(id()).will(will(QoS::AtLeastOnce, false).properties(will_props)),
            ),
            ok("empty will payload", Connect::v5(id()).will(Will::new(unique_topic("w"), "", QoS::AtLeastOnce, false))),
        ];
        // A target with credentials authenticates user names and passwords
        // and may refuse these (section 3.1.4 lets a server authenticate):
        // only targets that accept anyone judge them.
        if b.settings().credentials().is_none() {
            cases.push(ok("User Name", Connect::v5(id()).username("user")));
            cases.push(ok("Password without User Name", Connect::v5(id()).password("secret")));
            cases.push(ok("User Name and binary Password", Connect::v5(id()).username("u").password(vec![0, 0xff, 1])));
        }
        each_case("valid CONNECT not acknowledged with CONNACK 0x00", cases)
    })
}

/// MQTT-3.1.4-6 (MUST NOT, Server)
///
/// > If the Server rejects the CONNECT, it MUST NOT process any data sent by the Client after the
/// > CONNECT packet except AUTH packets.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.4 (CONNECT Actions)
#[specgen::covers("MQTT-3.1.4-6", fp = "727c6c40")]
#[test]
fn mqtt_3_1_4_6_must_not_process_data_sent_client() -> R {
    run(|b| {
        let rejected = |name, connect: Connect, raw: bool| {
            case(name, move || {
                let t = unique_topic("after");
                let _kept = retained(b, &t);
                let after = Publish::new(&t, "processed").qos(QoS::AtLeastOnce, 1).retain(true);
                let mut c = b.client_v5()?;
                c.send_bytes(
                    &[Packet::from(c.authenticate(connect)).encode_v5(), Packet::from(after).encode_v5()].concat(),
                )?;
                // The vehicle: the server rejects this CONNECT.
                let refusal = "rejecting the CONNECT";
                if raw {
                    // An unknown version's refusal may come in another layout.
                    let got = raw_until_close(&mut c).vehicle(refusal)?;
                    if !is_version_refusal(&got) {
                        return Err(c.fail_with(format!("answered [{}]", hex(&got)))).vehicle(refusal);
                    }
                } else {
                    expect_refused(&mut c).vehicle(refusal)?;
                }
                expect_only_marker(b, &mut subscriber_v5(b, &t, QoS::AtLeastOnce).vehicle("subscribing")?, &t)
            })
        };
        let auth = Properties::new().with_authentication_method("no-such-method-3.1.4-6");
        each_case(
            "data after a rejected CONNECT processed",
            vec![
                rejected("unsupported Authentication Method", connect5("rej").properties(auth), false),
                rejected("unsupported protocol version", connect5("rej").protocol("MQTT", 42), true),
                rejected("unsupported protocol name", connect5("rej").protocol("MQTX", 5), true),
            ],
        )
    })
}
