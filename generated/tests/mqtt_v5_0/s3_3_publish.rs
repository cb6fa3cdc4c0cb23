//! mqtt-v5.0 section 3.3: PUBLISH – Publish message.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_publish::*;

/// MQTT-3.3.1-1 (MUST, Both)
///
/// > The DUP flag MUST be set to 1 by the Client or Server when it attempts to re-deliver a
/// > PUBLISH packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.1 (DUP)
#[specgen::covers("MQTT-3.3.1-1", fp = "f737de21")]
#[test]
fn mqtt_3_3_1_1_dup_flag_must_set_client_server() -> R {
    run(|b| {
        let id = unique_client_id("dup1");
        let topic = unique_topic("dup1");
        let (mut sub, _) = session_v5(b, &id, true).vehicle("a session that outlives the connection")?;
        sub.subscribe(&topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        publish_v5(b, Publish::new(&topic, "m").qos(QoS::AtLeastOnce, 1)).vehicle("publishing")?;
        let first = next_publish(&mut sub).vehicle("delivery at QoS 1")?;
        if first.dup {
            return Err(sub.fail_with("the first delivery attempt has DUP=1"));
        }
        // No PUBACK, no DISCONNECT: the message stays unacknowledged. 5.0
        // re-delivers only on reconnect with Clean Start 0 [MQTT-4.4.0-1]: that
        // is the vehicle, the DUP flag the statement.
        drop(sub);
        let redelivery = "re-delivery of the unacknowledged PUBLISH on reconnect";
        let (mut sub, ack) = session_v5(b, &id, false).vehicle(redelivery)?;
        if !ack.session_present {
            return Err(sub.fail_with("the session was not kept")).vehicle(redelivery);
        }
        let again = next_publish(&mut sub).vehicle(redelivery)?;
        if !(again.packet_id == first.packet_id && again.payload == b"m") {
            return Err(sub.fail_with("another message came instead")).vehicle(redelivery);
        }
        if !again.dup {
            return Err(sub.fail_with("the re-delivered PUBLISH must have DUP=1"));
        }
        Ok(())
    })
}

/// MQTT-3.3.1-2 (MUST, Unknown)
///
/// > The DUP flag MUST be set to 0 for all QoS 0 messages.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.1 (DUP)
#[specgen::covers("MQTT-3.3.1-2", fp = "18c13bd3")]
#[test]
fn mqtt_3_3_1_2_dup_flag_must_set_all_qos() -> R {
    run(|b| {
        // An incoming QoS 1 PUBLISH with DUP=1, delivered at the granted QoS 0,
        // must go out with DUP=0.
        let topic = unique_topic("dup0");
        let mut sub = subscriber_v5(b, &topic, QoS::AtMostOnce).vehicle("subscribing")?;
        publish_v5(b, Publish::new(&topic, "m").qos(QoS::AtLeastOnce, 1).dup(true)).vehicle("publishing")?;
        let p = next_publish(&mut sub)?;
        if p.qos != QoS::AtMostOnce {
            return Err(sub.fail_with(format!("delivered at QoS {} instead of the granted 0", p.qos as u8)))
                .vehicle("delivery at QoS 0");
        }
        if p.dup {
            return Err(sub.fail_with("a QoS 0 delivery must have DUP=0"));
        }
        Ok(())
    })
}

/// MQTT-3.3.1-3 (MUST, Unknown)
///
/// > The DUP flag in the outgoing PUBLISH packet is set independently to the incoming PUBLISH
/// > packet, its value MUST be determined solely by whether the outgoing PUBLISH packet is a
/// > retransmission.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.1 (DUP)
#[specgen::covers("MQTT-3.3.1-3", fp = "4fdd1515")]
#[test]
fn mqtt_3_3_1_3_value_must_determined_solely_whether_outgoing() -> R {
    run(|b| {
        let topic = unique_topic("dupprop");
        let mut sub = subscriber_v5(b, &topic, QoS::ExactlyOnce).vehicle("subscribing")?;
        let mut publ = connected_v5(b, "pub")?;
        publ.publish_packet(Publish::new(&topic, "q1").qos(QoS::AtLeastOnce, 1).dup(true)).vehicle("publishing")?;
        publ.publish_packet(Publish::new(&topic, "q2").qos(QoS::ExactlyOnce, 2).dup(true)).vehicle("publishing")?;
        for _ in 0..2 {
            let p = sub.receive_publish().vehicle("delivery of the QoS 1 and QoS 2 messages")?;
            if p.dup {
                return Err(sub.fail_with(format!(
                    "first transmission of {:?} has DUP=1 (copied from the incoming PUBLISH)",
                    String::from_utf8_lossy(&p.payload)
                )));
            }
        }
        Ok(())
    })
}

/// MQTT-3.3.1-4 (MUST NOT, Unknown)
///
/// > A PUBLISH Packet MUST NOT have both QoS bits set to 1.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.2 (QoS)
#[specgen::covers("MQTT-3.3.1-4", fp = "a715e987")]
#[test]
fn mqtt_3_3_1_4_publish_packet_must_not_both_qos() -> R {
    run(|b| {
        // A PUBLISH with QoS bits 11 is a Malformed Packet: DISCONNECT 0x81, close.
        let topic = unique_topic("qos3");
        let mut sub = subscriber_v5(b, &topic, QoS::ExactlyOnce).vehicle("subscribing")?;
        let mut c = connected_v5(b, "qos3")?;
        c.send_malformed(Malformed::v5(Publish::new(&topic, "qos3").qos(QoS::AtLeastOnce, 1)).qos_bits(3))?;
        expect_error_close(&mut c, &[ReasonCode::MalformedPacket])?;
        expect_marker_next(b, &mut sub, &topic).because("the QoS 3 PUBLISH was forwarded")
    })
}

/// MQTT-3.3.1-5 (MUST, Server)
///
/// > If the RETAIN flag is set to 1 in a PUBLISH packet sent by a Client to a Server, the Server
/// > MUST replace any existing retained message for this topic and store the Application Message
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-5", fp = "841fa446")]
#[test]
fn mqtt_3_3_1_5_server_must_replace_existing_retained_message() -> R {
    run(|b| {
        let topic = unique_topic("retain5");
        let _kept = retained(b, &topic);
        set_retained(b, &topic, "old").vehicle("publishing a retained message")?;
        set_retained(b, &topic, "new").vehicle("publishing a retained message")?;
        let mut sub = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        let got = publishes_until_marker(b, &mut sub, &topic)?;
        if payloads(&got) != ["new"] || !got[0].retain {
            return Err(sub.fail_with(format!(
                "a new subscriber must get only the replacing retained message \"new\" (RETAIN=1), got {:?}",
                payloads(&got)
            )));
        }
        Ok(())
    })
}

/// MQTT-3.3.1-6 (MUST, Server)
///
/// > If the Payload contains zero bytes it is processed normally by the Server but any retained
/// > message with the same topic name MUST be removed and any future subscribers for the topic
/// > will not receive a retained message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-6", fp = "bbd77c3c")]
#[test]
fn mqtt_3_3_1_6_payload_contains_must_removed_future_subscribers() -> R {
    run(|b| {
        let topic = unique_topic("retain6");
        let _kept = retained(b, &topic);
        let mut live = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        set_retained(b, &topic, "old").vehicle("publishing a retained message")?;
        expect_payload(&mut live, b"old").vehicle("delivery of the retained message")?;
        set_retained(b, &topic, "").vehicle("publishing an empty retained message")?;
        // "processed normally": current subscribers get the empty message.
        expect_payload(&mut live, b"").because("the empty retained message was not forwarded")?;
        let mut late = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        expect_only_marker(b, &mut late, &topic).because("the retained message was not removed")
    })
}

/// MQTT-3.3.1-7 (MUST NOT, Server)
///
/// > A retained message with a Payload containing zero bytes MUST NOT be stored as a retained
/// > message on the Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-7", fp = "a6324829")]
#[test]
fn mqtt_3_3_1_7_retained_message_must_not_stored_server() -> R {
    run(|b| {
        // No retained message before: the empty one itself must not be stored.
        let topic = unique_topic("retain7");
        let _kept = retained(b, &topic);
        set_retained(b, &topic, "").vehicle("publishing an empty retained message")?;
        let mut late = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        expect_only_marker(b, &mut late, &topic).because("the empty retained message was stored")
    })
}

/// MQTT-3.3.1-8 (MUST NOT, Server)
///
/// > If the RETAIN flag is 0 in a PUBLISH packet sent by a Client to a Server, the Server MUST
/// > NOT store the message as a retained message and MUST NOT remove or replace any existing
/// > retained message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-8", fp = "f8b0780e")]
#[test]
fn mqtt_3_3_1_8_server_must_not_store_message_retained() -> R {
    run(|b| {
        each_case(
            "a RETAIN=0 PUBLISH",
            vec![
                case("not stored", || {
                    let topic = unique_topic("retain8a");
                    publish_v5(b, Publish::new(&topic, "live").qos(QoS::AtLeastOnce, 1)).vehicle("publishing")?;
                    let mut late = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
                    expect_only_marker(b, &mut late, &topic).because("the RETAIN=0 message was stored as retained")
                }),
                case("does not remove or replace", || {
                    let topic = unique_topic("retain8b");
                    let _kept = retained(b, &topic);
                    set_retained(b, &topic, "kept").vehicle("publishing a retained message")?;
                    publish_v5(b, Publish::new(&topic, "live").qos(QoS::AtLeastOnce, 1)).vehicle("publishing")?;
                    publish_v5(b, Publish::new(&topic, "").qos(QoS::AtLeastOnce, 1)).vehicle("publishing")?;
                    let mut late = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
                    let got = publishes_until_marker(b, &mut late, &topic)?;
                    if payloads(&got) != ["kept"] {
                        return Err(late.fail_with(format!(
                            "the retained message \"kept\" must survive RETAIN=0 messages (\"live\", empty), \
                             a new subscriber got {:?}",
                            payloads(&got)
                        )));
                    }
                    Ok(())
                }),
            ],
        )
    })
}

/// MQTT-3.3.1-9 (MUST, Server)
///
/// > If Retain Handling is set to 0 the Server MUST send the retained messages matching the Topic
/// > Filter of the subscription to the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-9", fp = "3fbc514a")]
#[test]
fn mqtt_3_3_1_9_retain_handling_must_send_retained_messages() -> R {
    run(|b| {
        let topic = unique_topic("rh0");
        let _kept = retained(b, &topic);
        set_retained(b, &topic, "r").vehicle("publishing a retained message")?;
        let mut c = connected_v5(b, "rh0")?;
        // Retain Handling 0 sends them at every SUBSCRIBE, new or repeated.
        for attempt in ["new subscription", "repeated subscription"] {
            subscribe_v5(&mut c, &topic, QoS::AtLeastOnce, SubOptions::default().retain_handling(0), None)
                .vehicle("subscribing")?;
            let got = publishes_until_marker(b, &mut c, &topic)?;
            if payloads(&got) != ["r"] || !got[0].retain {
                return Err(c.fail_with(format!(
                    "{attempt} with Retain Handling 0: expected the retained message once with RETAIN=1, got {:?}",
                    payloads(&got)
                )));
            }
        }
        Ok(())
    })
}

/// MQTT-3.3.1-10 (MUST, MUST NOT, Server)
///
/// > If Retain Handling is set to 1 then if the subscription did not already exist, the Server
/// > MUST send all retained message matching the Topic Filter of the subscription to the Client,
/// > and if the subscription did exist the Server MUST NOT send the retained messages.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-10", fp = "828f9d78")]
#[test]
fn mqtt_3_3_1_10_server_must_send_all_retained_message() -> R {
    run(|b| {
        let topic = unique_topic("rh1");
        let _kept = retained(b, &topic);
        set_retained(b, &topic, "r").vehicle("publishing a retained message")?;
        let mut c = connected_v5(b, "rh1")?;
        let rh1 = SubOptions::default().retain_handling(1);
        subscribe_v5(&mut c, &topic, QoS::AtLeastOnce, rh1, None).vehicle("subscribing")?;
        let got = publishes_until_marker(b, &mut c, &topic)?;
        if payloads(&got) != ["r"] || !got[0].retain {
            return Err(c.fail_with(format!(
                "new subscription with Retain Handling 1: expected the retained message with RETAIN=1, got {:?}",
                payloads(&got)
            )));
        }
        subscribe_v5(&mut c, &topic, QoS::AtLeastOnce, rh1, None).vehicle("subscribing again")?;
        expect_only_marker(b, &mut c, &topic)
            .because("repeated subscription with Retain Handling 1 got the retained message again")
    })
}

/// MQTT-3.3.1-11 (MUST NOT, Server)
///
/// > If Retain Handling is set to 2, the Server MUST NOT send the retained messages.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-11", fp = "7049502c")]
#[test]
fn mqtt_3_3_1_11_server_must_not_send_retained_messages() -> R {
    run(|b| {
        let topic = unique_topic("rh2");
        let _kept = retained(b, &topic);
        set_retained(b, &topic, "r").vehicle("publishing a retained message")?;
        let mut c = subscriber_opts(b, &topic, QoS::AtLeastOnce, SubOptions::default().retain_handling(2))
            .vehicle("subscribing")?;
        expect_only_marker(b, &mut c, &topic).because("Retain Handling 2 sent the retained message")
    })
}

/// MQTT-3.3.1-12 (MUST, Server)
///
/// > If the value of Retain As Published subscription option is set to 0, the Server MUST set the
/// > RETAIN flag to 0 when forwarding an Application Message regardless of how the RETAIN flag
/// > was set in the received PUBLISH packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-12", fp = "b18418f1")]
#[test]
fn mqtt_3_3_1_12_server_must_set_retain_flag_forwarding() -> R {
    run(|b| {
        let topic = unique_topic("rap0");
        let _kept = retained(b, &topic);
        let mut sub = subscriber_opts(b, &topic, QoS::AtLeastOnce, SubOptions::default().retain_as_published(false))
            .vehicle("subscribing")?;
        set_retained(b, &topic, "r").vehicle("publishing a retained message")?;
        let p = expect_payload(&mut sub, b"r").vehicle("forwarding")?;
        if p.retain {
            return Err(sub.fail_with("forwarded with RETAIN=1 although Retain As Published is 0"));
        }
        Ok(())
    })
}

/// MQTT-3.3.1-13 (MUST, Server)
///
/// > If the value of Retain As Published subscription option is set to 1, the Server MUST set the
/// > RETAIN flag equal to the RETAIN flag in the received PUBLISH packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-13", fp = "baceeea1")]
#[test]
fn mqtt_3_3_1_13_server_must_set_retain_flag_equal() -> R {
    run(|b| {
        let topic = unique_topic("rap1");
        let _kept = retained(b, &topic);
        let mut sub = subscriber_opts(b, &topic, QoS::AtLeastOnce, SubOptions::default().retain_as_published(true))
            .vehicle("subscribing")?;
        set_retained(b, &topic, "r").vehicle("publishing a retained message")?;
        let p = expect_payload(&mut sub, b"r").vehicle("forwarding")?;
        if !p.retain {
            return Err(sub.fail_with("a RETAIN=1 message forwarded with RETAIN=0 although Retain As Published is 1"));
        }
        publish_v5(b, Publish::new(&topic, "n").qos(QoS::AtLeastOnce, 1)).vehicle("publishing")?;
        let p = expect_payload(&mut sub, b"n").vehicle("forwarding")?;
        if p.retain {
            return Err(sub.fail_with("a RETAIN=0 message forwarded with RETAIN=1"));
        }
        Ok(())
    })
}

/// MQTT-3.3.2-1 (MUST, Unknown)
///
/// > The Topic Name MUST be present as the first field in the PUBLISH packet Variable Header. It
/// > MUST be a UTF-8 Encoded String as defined in section 1.5.4.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.1 (Topic Name)
#[specgen::covers("MQTT-3.3.2-1", fp = "95e2cbe0")]
#[test]
fn mqtt_3_3_2_1_topic_name_must_present_first_field() -> R {
    run(|b| {
        let base = unique_topic("topicname");
        each_case(
            "the Topic Name",
            vec![
                case("the server's PUBLISH starts with the Topic Name", || {
                    let mut sub = subscriber_v5(b, &format!("{base}/#"), QoS::AtLeastOnce).vehicle("subscribing")?;
                    let topic = format!("{base}/é/x");
                    publish_v5(b, Publish::new(&topic, "m").qos(QoS::AtLeastOnce, 1)).vehicle("publishing")?;
                    // The decoder reads the first field as a UTF-8 string; a bad one fails here.
                    let p = sub.receive_publish()?;
                    if p.topic != topic || p.payload != b"m" {
                        return Err(sub.fail_with(format!("expected Topic Name {topic:?}, decoded {:?}", p.topic)));
                    }
                    Ok(())
                }),
                case("an ill-formed UTF-8 Topic Name is a Malformed Packet", || {
                    let mut sub = subscriber_v5(b, &format!("{base}/#"), QoS::AtLeastOnce).vehicle("subscribing")?;
                    let mut c = connected_v5(b, "badtopic")?;
                    let mut name = format!("{base}/").into_bytes();
                    name.extend_from_slice(&[0xC3, 0x28]);
                    c.send_malformed(Malformed::v5(Publish::new("x", "bad")).string_field("topic", &name))?;
                    expect_error_close(&mut c, &[ReasonCode::MalformedPacket])?;
                    expect_marker_next(b, &mut sub, &format!("{base}/m"))
                        .because("the ill-formed message was forwarded")
                }),
            ],
        )
    })
}

/// MQTT-3.3.2-2 (MUST NOT, Unknown)
///
/// > The Topic Name in the PUBLISH packet MUST NOT contain wildcard characters.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.1 (Topic Name)
#[specgen::covers("MQTT-3.3.2-2", fp = "3fc4f624")]
#[test]
fn mqtt_3_3_2_2_topic_name_must_not_contain_wildcard() -> R {
    run(|b| {
        let base = unique_topic("wild");
        let codes = [ReasonCode::MalformedPacket, ReasonCode::ProtocolError, ReasonCode::TopicNameInvalid];
        let mut cases = Vec::new();
        for name in ["+", "#", "a+", "+/x"] {
            let (base, codes) = (base.clone(), codes);
            cases.push(case(name, move || {
                let mut sub = subscriber_v5(b, &format!("{base}/#"), QoS::AtLeastOnce).vehicle("subscribing")?;
                let mut c = connected_v5(b, "wild")?;
                c.send(Publish::new(format!("{base}/{name}"), "wild").qos(QoS::AtLeastOnce, 1))?;
                expect_error_close(&mut c, &codes)?;
                expect_marker_next(b, &mut sub, &format!("{base}/m")).because("the message was forwarded")
            }));
        }
        each_case("a Topic Name with a wildcard must be refused by closing", cases)
    })
}

/// MQTT-3.3.2-3 (MUST, Server)
///
/// > The Topic Name in a PUBLISH packet sent by a Server to a subscribing Client MUST match the
/// > Subscription’s Topic Filter according to the matching process defined in section 4.7.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.1 (Topic Name)
#[specgen::covers("MQTT-3.3.2-3", fp = "05ee6cf7")]
#[test]
fn mqtt_3_3_2_3_topic_name_must_match_subscription_s() -> R {
    run(|b| {
        let base = unique_topic("match");
        let filters = [format!("{base}/+/x"), format!("{base}/a/#")];
        let mut sub = connected_v5(b, "match")?;
        for f in &filters {
            subscribe_v5(&mut sub, f, QoS::AtLeastOnce, SubOptions::default(), None).vehicle("subscribing")?;
        }
        let topics = ["a/x", "b/x", "a/y/z", "c/y", "b/x/y"].map(|t| format!("{base}/{t}"));
        let mut p = connected_v5(b, "pub")?;
        for t in &topics {
            p.publish(t, t.as_bytes(), QoS::AtLeastOnce).vehicle("publishing")?;
        }
        let got = publishes_until_marker(b, &mut sub, &format!("{base}/a/marker"))?;
        for d in &got {
            if !filters.iter().any(|f| topic_matches(f, &d.topic)) {
                return Err(sub.fail_with(format!("delivered on {:?}, which matches none of {filters:?}", d.topic)));
            }
        }
        let mut delivered: Vec<String> = payloads(&got);
        delivered.sort();
        delivered.dedup();
        let mut want: Vec<String> =
            topics.iter().filter(|t| filters.iter().any(|f| topic_matches(f, t))).cloned().collect();
        want.sort();
        if delivered != want {
            return Err(sub.fail_with(format!("delivered {delivered:?}, expected {want:?}"))).vehicle("delivery");
        }
        Ok(())
    })
}

/// MQTT-3.3.2-4 (MUST, Server)
///
/// > A Server MUST send the Payload Format Indicator unaltered to all subscribers receiving the
/// > Application Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.2 (Payload Format Indicator)
#[specgen::covers("MQTT-3.3.2-4", fp = "d5483936")]
#[test]
fn mqtt_3_3_2_4_server_must_send_payload_format_indicator() -> R {
    run(|b| {
        let topic = unique_topic("pfi");
        let sent = [(1u8, "UTF-8 text: grüße"), (0u8, "unspecified bytes")];
        let mut subs = [
            subscriber_v5(b, &topic, QoS::AtMostOnce).vehicle("subscribing")?,
            subscriber_v5(b, &topic, QoS::ExactlyOnce).vehicle("subscribing")?,
        ];
        let mut p = connected_v5(b, "pub")?;
        for (pfi, text) in sent {
            let props = Properties::new().with_payload_format_indicator(pfi);
            p.publish_props(&topic, text.as_bytes(), QoS::AtLeastOnce, props).vehicle("publishing")?;
        }
        for sub in &mut subs {
            for (pfi, text) in sent {
                let d = expect_payload(sub, text.as_bytes()).vehicle("delivery")?;
                // 0 "is equivalent to not sending a Payload Format
                // Indicator" (3.3.2.3.2): either form is the value unaltered.
                if d.properties.payload_format_indicator().unwrap_or(0) != pfi {
                    return Err(sub.fail_with(format!(
                        "sent with Payload Format Indicator {pfi}, forwarded with {:?}",
                        d.properties.payload_format_indicator()
                    )));
                }
            }
        }
        Ok(())
    })
}

/// MQTT-3.3.2-5 (MUST, Server)
///
/// > If the Message Expiry Interval has passed and the Server has not managed to start onward
/// > delivery to a matching subscriber, then it MUST delete the copy of the message for that
/// > subscriber.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.3 (Message Expiry Interval`)
#[specgen::covers("MQTT-3.3.2-5", fp = "71af4c3e")]
#[test]
fn mqtt_3_3_2_5_must_delete_copy_message_subscriber() -> R {
    run(|b| {
        let id = unique_client_id("expire");
        let topic = unique_topic("expire");
        let (mut sub, _) = session_v5(b, &id, true).vehicle("a session that outlives the connection")?;
        sub.subscribe(&topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        sub.send(Disconnect::new(ReasonCode::NormalDisconnection))?;
        sub.expect_closed()?;
        let expiring = Properties::new().with_message_expiry_interval(1);
        publish_v5(b, Publish::new(&topic, "expiring").qos(QoS::AtLeastOnce, 1).properties(expiring))
            .vehicle("publishing")?;
        publish_v5(b, Publish::new(&topic, "lasting").qos(QoS::AtLeastOnce, 1)).vehicle("publishing")?;
        std::thread::sleep(EXPIRY_WAIT);
        let (mut sub, ack) = session_v5(b, &id, false).vehicle("resuming the session")?;
        if !ack.session_present {
            return Err(sub.fail_with("the session was not kept")).vehicle("resuming the session");
        }
        let got = publishes_until_marker(b, &mut sub, &topic)?;
        if !payloads(&got).contains(&"lasting".to_string()) {
            return Err(sub.fail_with("the queued message without expiry was not delivered"))
                .vehicle("delivery of queued messages");
        }
        if payloads(&got) != ["lasting"] {
            return Err(sub.fail_with(format!(
                "a message whose 1 s expiry passed while queued was delivered: got {:?}",
                payloads(&got)
            )));
        }
        Ok(())
    })
}

/// MQTT-3.3.2-6 (MUST, Server)
///
/// > The PUBLISH packet sent to a Client by the Server MUST contain a Message Expiry Interval set
/// > to the received value minus the time that the Application Message has been waiting in the
/// > Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.3 (Message Expiry Interval`)
#[specgen::covers("MQTT-3.3.2-6", fp = "c04e3e5e")]
#[test]
fn mqtt_3_3_2_6_publish_packet_must_contain_message_expiry() -> R {
    run(|b| {
        let id = unique_client_id("expiry");
        let topic = unique_topic("expiry");
        let expiry = |secs| Properties::new().with_message_expiry_interval(secs);
        // Forwarded at once, then held for a session: each time the value
        // must be 10 minus the waiting time, which the test brackets by its
        // own clock (whole seconds either way).
        let mut live = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        let sent = std::time::Instant::now();
        publish_v5(b, Publish::new(&topic, "now").qos(QoS::AtLeastOnce, 1).properties(expiry(10)))
            .vehicle("publishing")?;
        let d = expect_payload(&mut live, b"now").vehicle("delivery")?;
        check_remaining_expiry(&live, &d, 10, Duration::ZERO, sent.elapsed())?;

        let (mut sub, _) = session_v5(b, &id, true).vehicle("a session that outlives the connection")?;
        sub.subscribe(&topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        sub.send(Disconnect::new(ReasonCode::NormalDisconnection))?;
        sub.expect_closed()?;
        let sent = std::time::Instant::now();
        publish_v5(b, Publish::new(&topic, "queued").qos(QoS::AtLeastOnce, 1).properties(expiry(10)))
            .vehicle("publishing")?;
        let held_from = std::time::Instant::now();
        std::thread::sleep(EXPIRY_WAIT);
        let held_min = held_from.elapsed();
        let (mut sub, _) = session_v5(b, &id, false).vehicle("resuming the session")?;
        let d = expect_payload(&mut sub, b"queued").vehicle("delivery of the queued message")?;
        check_remaining_expiry(&sub, &d, 10, held_min, sent.elapsed())
    })
}

/// MQTT-3.3.2-7 (MUST NOT, Both)
///
/// > A receiver MUST NOT carry forward any Topic Alias mappings from one Network Connection to
/// > another.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.4 (Topic Alias)
#[specgen::covers("MQTT-3.3.2-7", fp = "79f82672")]
#[test]
fn mqtt_3_3_2_7_receiver_must_not_carry_forward_topic() -> R {
    run(|b| {
        let id = unique_client_id("aliasfwd");
        let topic = unique_topic("aliasfwd");
        let mut sub = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        let (mut c, ack) = session_v5(b, &id, true)?;
        if ack.properties.topic_alias_maximum().unwrap_or(0) == 0 {
            return Err(skipped("the server accepts no Topic Alias (no Topic Alias Maximum in CONNACK)"));
        }
        c.publish_packet(Publish::new(&topic, "set").qos(QoS::AtLeastOnce, 1).property(Property::TopicAlias(1)))
            .vehicle("setting Topic Alias 1")?;
        expect_payload(&mut sub, b"set").vehicle("delivery of the message that set the alias")?;
        c.send(Disconnect::new(ReasonCode::NormalDisconnection))?;
        c.expect_closed()?;
        // Same client, same session, new Network Connection: alias 1 is unknown.
        let (mut c, _) = session_v5(b, &id, false)?;
        c.send(Publish::new("", "carried").property(Property::TopicAlias(1)))?;
        let closed = expect_error_close(&mut c, &[ReasonCode::ProtocolError]);
        expect_marker_next(b, &mut sub, &topic).because("the Topic Alias mapping was carried to a new connection")?;
        closed.because("an unknown Topic Alias with an empty Topic Name is a Protocol Error")
    })
}

/// MQTT-3.3.2-8 (MUST NOT, Both)
///
/// > A sender MUST NOT send a PUBLISH packet containing a Topic Alias which has the value 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.4 (Topic Alias)
#[specgen::covers("MQTT-3.3.2-8", fp = "6b1f2af9")]
#[test]
fn mqtt_3_3_2_8_sender_must_not_send_publish_packet() -> R {
    run(|b| {
        let topic = unique_topic("alias0");
        each_case(
            "Topic Alias 0",
            vec![
                case("the server refuses a PUBLISH with Topic Alias 0", || {
                    let mut sub = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
                    let mut c = connected_v5(b, "alias0")?;
                    c.send_malformed(Malformed::topic_alias(&topic, 0))?;
                    expect_error_close(&mut c, &[ReasonCode::TopicAliasInvalid])?;
                    expect_marker_next(b, &mut sub, &topic).because("the message with Topic Alias 0 was forwarded")
                }),
                case("the server sends no Topic Alias 0", || {
                    let props = Properties::new().with_topic_alias_maximum(5);
                    let (mut sub, _) = connected_v5_props(b, "alias0sub", props)?;
                    sub.subscribe(&topic, QoS::AtLeastOnce).vehicle("subscribing")?;
                    publish_numbered(b, &topic, "m", 4, QoS::AtLeastOnce).vehicle("publishing")?;
                    let got = publishes_until_marker(b, &mut sub, &topic)?;
                    if got.iter().any(|p| p.properties.topic_alias() == Some(0)) {
                        return Err(sub.fail_with("the server sent a PUBLISH with Topic Alias 0"));
                    }
                    if got.len() != 4 {
                        return Err(sub.fail_with(format!("{} of 4 messages delivered", got.len())))
                            .vehicle("delivery");
                    }
                    Ok(())
                }),
            ],
        )
    })
}

/// MQTT-3.3.2-9 (MUST NOT, Client)
///
/// > A Client MUST NOT send a PUBLISH packet with a Topic Alias greater than the Topic Alias
/// > Maximum value returned by the Server in the CONNACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.4 (Topic Alias)
#[specgen::covers("MQTT-3.3.2-9", fp = "32d2ff13")]
#[test]
fn mqtt_3_3_2_9_client_must_not_send_publish_packet() -> R {
    run(|b| {
        // The server's side: a Topic Alias above its maximum is refused (3.3.4: DISCONNECT 0x94).
        let topic = unique_topic("aliasmax");
        let mut sub = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        let (mut c, ack) = connected_v5_props(b, "aliasmax", Properties::new())?;
        let max = ack.properties.topic_alias_maximum().unwrap_or(0);
        if max == u16::MAX {
            return Err(skipped("Topic Alias Maximum 65535: no alias can exceed it"));
        }
        c.send_malformed(Malformed::topic_alias(&topic, max + 1))?;
        expect_error_close(&mut c, &[ReasonCode::TopicAliasInvalid])?;
        expect_marker_next(b, &mut sub, &topic)
            .because("the message with a Topic Alias above the maximum was forwarded")
    })
}

/// MQTT-3.3.2-11 (MUST NOT, Server)
///
/// > A Server MUST NOT send a PUBLISH packet with a Topic Alias greater than the Topic Alias
/// > Maximum value sent by the Client in the CONNECT packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.4 (Topic Alias)
#[specgen::covers("MQTT-3.3.2-11", fp = "d47119c2")]
#[test]
fn mqtt_3_3_2_11_server_must_not_send_publish_packet() -> R {
    run(|b| {
        let base = unique_topic("aliassend");
        let mut cases = Vec::new();
        for max in [None, Some(1u16), Some(2)] {
            let base = base.clone();
            let name = match max {
                None => "no Topic Alias Maximum (0)".to_string(),
                Some(m) => format!("Topic Alias Maximum {m}"),
            };
            cases.push((name, move || -> R {
                let props = match max {
                    None => Properties::new(),
                    Some(m) => Properties::new().with_topic_alias_maximum(m),
                };
                let (mut sub, _) = connected_v5_props(b, "aliassub", props)?;
                let filter = format!("{base}/{}/#", max.unwrap_or(0));
                sub.subscribe(&filter, QoS::AtLeastOnce).vehicle("subscribing")?;
                // Repeated long topics invite a server that uses aliases to use them.
                let mut p = connected_v5(b, "pub")?;
                for i in 0..12 {
                    let t = format!("{base}/{}/{}/a-rather-long-topic-name-worth-an-alias", max.unwrap_or(0), i % 3);
                    p.publish(&t, b"m", QoS::AtLeastOnce).vehicle("publishing")?;
                }
                let got = publishes_until_marker(b, &mut sub, &format!("{base}/{}/m", max.unwrap_or(0)))?;
                let limit = max.unwrap_or(0);
                if let Some(bad) = got.iter().find_map(|d| d.properties.topic_alias().filter(|a| *a > limit)) {
                    return Err(sub.fail_with(format!("the server sent Topic Alias {bad} above the maximum {limit}")));
                }
                if got.len() != 12 {
                    return Err(sub.fail_with(format!("{} of 12 messages delivered", got.len()))).vehicle("delivery");
                }
                Ok(())
            }));
        }
        let cases = cases.iter_mut().map(|(n, f)| case(n.as_str(), f)).collect();
        each_case("Topic Aliases sent by the server", cases)
    })
}

/// MQTT-3.3.2-12 (MUST, Server)
///
/// > A Server MUST accept all Topic Alias values greater than 0 and less than or equal to the
/// > Topic Alias Maximum value that it returned in the CONNACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.4 (Topic Alias)
#[specgen::covers("MQTT-3.3.2-12", fp = "50bdb5bb")]
#[test]
fn mqtt_3_3_2_12_server_must_accept_all_topic_alias() -> R {
    run(|b| {
        let base = unique_topic("aliasok");
        let mut sub = subscriber_v5(b, &format!("{base}/#"), QoS::AtLeastOnce).vehicle("subscribing")?;
        let (mut c, ack) = connected_v5_props(b, "aliasok", Properties::new())?;
        let max = ack.properties.topic_alias_maximum().unwrap_or(0);
        if max == 0 {
            return Err(skipped("the server returned no Topic Alias Maximum: there is no alias it must accept"));
        }
        // Every alias up to 50, and the maximum itself.
        let mut aliases: Vec<u16> = (1..=max.min(50)).collect();
        if max > 50 {
            aliases.push(max);
        }
        for &a in &aliases {
            let t = format!("{base}/{a}");
            c.publish_packet(Publish::new(&t, "set").qos(QoS::AtLeastOnce, a).property(Property::TopicAlias(a)))
                .because(&format!("setting Topic Alias {a}"))?;
        }
        for &a in &aliases {
            c.publish_packet(
                Publish::new("", format!("via-{a}")).qos(QoS::AtLeastOnce, a).property(Property::TopicAlias(a)),
            )
            .because(&format!("using Topic Alias {a}"))?;
        }
        let got = publishes_until_marker(b, &mut sub, &format!("{base}/marker"))?;
        for &a in &aliases {
            let t = format!("{base}/{a}");
            let via = format!("via-{a}");
            if !got.iter().any(|p| p.topic == t && p.payload == via.as_bytes()) {
                return Err(sub.fail_with(format!("the message sent with Topic Alias {a} did not arrive on {t:?}")));
            }
        }
        Ok(())
    })
}

/// MQTT-3.3.2-13 (MUST, Unknown)
///
/// > The Response Topic MUST be a UTF-8 Encoded String as defined in section 1.5.4.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.5 (Response Topic)
#[specgen::covers("MQTT-3.3.2-13", fp = "42986fd0")]
#[test]
fn mqtt_3_3_2_13_response_topic_must_utf_encoded_string() -> R {
    run(|b| {
        let topic = unique_topic("resp8");
        let mut sub = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        let mut c = connected_v5(b, "resp8")?;
        // Response Topic "r" + ill-formed UTF-8 (0xC3 0x28).
        let bad = Property::Raw { id: 0x08, value: vec![0x00, 0x03, b'r', 0xC3, 0x28] };
        c.send_malformed(Malformed::v5(Publish::new(&topic, "bad").property(bad)))?;
        expect_error_close(&mut c, &[ReasonCode::MalformedPacket])?;
        expect_marker_next(b, &mut sub, &topic).because("the message was forwarded")
    })
}

/// MQTT-3.3.2-14 (MUST NOT, Unknown)
///
/// > The Response Topic MUST NOT contain wildcard characters.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.5 (Response Topic)
#[specgen::covers("MQTT-3.3.2-14", fp = "d2673632")]
#[test]
fn mqtt_3_3_2_14_response_topic_must_not_contain_wildcard() -> R {
    run(|b| {
        // Whatever the server does with such a PUBLISH (refuse it as a Protocol
        // Error, drop it), forwarding it would make the server the sender of a
        // wildcard Response Topic.
        let topic = unique_topic("respwild");
        let mut cases = Vec::new();
        for wild in ["resp/+", "resp/#"] {
            let topic = topic.clone();
            cases.push(case(wild, move || {
                let mut sub = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
                let mut c = connected_v5(b, "respwild")?;
                let p = Publish::new(&topic, "wild").qos(QoS::AtLeastOnce, 1);
                c.send(p.property(Property::ResponseTopic(wild.into())))?;
                // A PUBACK (any Reason Code), a DISCONNECT or a close: the server has dealt with it.
                match c.recv() {
                    Ok(Packet::PubAck(_) | Packet::DisconnectWith(_)) => {}
                    Err(e) if e.kind == ErrorKind::Closed => {}
                    Ok(other) => {
                        return Err(c.fail_with(format!("expected PUBACK, DISCONNECT or a close, received {other}")))
                    }
                    Err(e) => return Err(e),
                }
                expect_marker_next(b, &mut sub, &topic).because("the server forwarded a wildcard Response Topic")
            }));
        }
        each_case("a Response Topic with a wildcard", cases)
    })
}

/// MQTT-3.3.2-15 (MUST, Server)
///
/// > The Server MUST send the Response Topic unaltered to all subscribers receiving the
/// > Application Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.5 (Response Topic)
#[specgen::covers("MQTT-3.3.2-15", fp = "a5b0876c")]
#[test]
fn mqtt_3_3_2_15_server_must_send_response_topic_unaltered() -> R {
    run(|b| {
        let topic = unique_topic("resp");
        let sent = Publish::new(&topic, "req").property(Property::ResponseTopic("replies/ü/ a b/x".into()));
        for (i, (c, d)) in forwarded_to_two(b, &topic, sent)?.iter().enumerate() {
            if d.properties.response_topic() != Some("replies/ü/ a b/x") {
                return Err(c.fail_with(format!(
                    "subscriber {i}: Response Topic {:?} instead of \"replies/ü/ a b/x\"",
                    d.properties.response_topic()
                )));
            }
        }
        Ok(())
    })
}

/// MQTT-3.3.2-16 (MUST, Server)
///
/// > The Server MUST send the Correlation Data unaltered to all subscribers receiving the
/// > Application Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.6 (Correlation Data)
#[specgen::covers("MQTT-3.3.2-16", fp = "1b679d3f")]
#[test]
fn mqtt_3_3_2_16_server_must_send_correlation_data_unaltered() -> R {
    run(|b| {
        let topic = unique_topic("corr");
        let data: Vec<u8> = vec![0x00, 0xFF, 0xC3, 0x28, b'\n', 0x7F, 0x80, 0x00];
        let sent = Publish::new(&topic, "req").property(Property::CorrelationData(data.clone()));
        for (i, (c, d)) in forwarded_to_two(b, &topic, sent)?.iter().enumerate() {
            if d.properties.correlation_data() != Some(data.as_slice()) {
                return Err(c.fail_with(format!(
                    "subscriber {i}: Correlation Data {:?} instead of {data:?}",
                    d.properties.correlation_data()
                )));
            }
        }
        Ok(())
    })
}

/// MQTT-3.3.2-17 (MUST, Server)
///
/// > The Server MUST send all User Properties unaltered in a PUBLISH packet when forwarding the
/// > Application Message to a Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.7 (User Property)
#[specgen::covers("MQTT-3.3.2-17", fp = "c93f15bf")]
#[test]
fn mqtt_3_3_2_17_server_must_send_all_user_properties() -> R {
    run(|b| {
        let topic = unique_topic("userprops");
        let sent = user_properties_sample();
        let props: Properties =
            sent.iter().map(|(k, v)| Property::UserProperty(k.to_string(), v.to_string())).collect();
        let deliveries = forwarded_to_two(b, &topic, Publish::new(&topic, "m").properties(props))?;
        for (i, (c, d)) in deliveries.iter().enumerate() {
            let mut got: Vec<(&str, &str)> = d.properties.user_properties();
            for pair in &sent {
                match got.iter().position(|g| g == pair) {
                    Some(at) => {
                        got.remove(at);
                    }
                    None => {
                        return Err(c.fail_with(format!(
                            "subscriber {i}: User Property {pair:?} missing or altered; received {:?}",
                            d.properties.user_properties()
                        )))
                    }
                }
            }
        }
        Ok(())
    })
}

/// MQTT-3.3.2-18 (MUST, Server)
///
/// > The Server MUST maintain the order of User Properties when forwarding the Application
/// > Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.7 (User Property)
#[specgen::covers("MQTT-3.3.2-18", fp = "50bae989")]
#[test]
fn mqtt_3_3_2_18_server_must_maintain_order_user_properties() -> R {
    run(|b| {
        let topic = unique_topic("userorder");
        let sent = user_properties_sample();
        let props: Properties =
            sent.iter().map(|(k, v)| Property::UserProperty(k.to_string(), v.to_string())).collect();
        let deliveries = forwarded_to_two(b, &topic, Publish::new(&topic, "m").properties(props))?;
        for (i, (c, d)) in deliveries.iter().enumerate() {
            let got = d.properties.user_properties();
            // Properties the server may add do not matter; the sent ones keep their order.
            let kept: Vec<(&str, &str)> = got.iter().copied().filter(|g| sent.contains(g)).collect();
            if kept != sent {
                return Err(c.fail_with(format!("subscriber {i}: User Properties in the order {got:?}, sent {sent:?}")));
            }
        }
        Ok(())
    })
}

/// MQTT-3.3.2-19 (MUST, Unknown)
///
/// > The Content Type MUST be a UTF-8 Encoded String as defined in section 1.5.4.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.9 (Content Type)
#[specgen::covers("MQTT-3.3.2-19", fp = "5c1f467a")]
#[test]
fn mqtt_3_3_2_19_content_type_must_utf_encoded_string() -> R {
    run(|b| {
        let topic = unique_topic("ctype");
        let mut sub = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        let mut c = connected_v5(b, "ctype")?;
        // Content Type "t" + ill-formed UTF-8 (0xC3 0x28).
        let bad = Property::Raw { id: 0x03, value: vec![0x00, 0x03, b't', 0xC3, 0x28] };
        c.send_malformed(Malformed::v5(Publish::new(&topic, "bad").property(bad)))?;
        expect_error_close(&mut c, &[ReasonCode::MalformedPacket])?;
        expect_marker_next(b, &mut sub, &topic).because("the message was forwarded")
    })
}

/// MQTT-3.3.2-20 (MUST, Server)
///
/// > A Server MUST send the Content Type unaltered to all subscribers receiving the Application
/// > Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.9 (Content Type)
#[specgen::covers("MQTT-3.3.2-20", fp = "d077c4be")]
#[test]
fn mqtt_3_3_2_20_server_must_send_content_type_unaltered() -> R {
    run(|b| {
        let topic = unique_topic("ctype");
        let ct = "application/x.conformance+json; charset=utf-8; ä=\"b\"";
        let sent = Publish::new(&topic, "{}").property(Property::ContentType(ct.into()));
        for (i, (c, d)) in forwarded_to_two(b, &topic, sent)?.iter().enumerate() {
            if d.properties.content_type() != Some(ct) {
                return Err(c.fail_with(format!(
                    "subscriber {i}: Content Type {:?} instead of {ct:?}",
                    d.properties.content_type()
                )));
            }
        }
        Ok(())
    })
}

/// MQTT-3.3.4-1 (MUST, Both)
///
/// > The receiver of a PUBLISH Packet MUST respond with the packet as determined by the QoS in
/// > the PUBLISH Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-1", fp = "2dc715bf")]
#[test]
fn mqtt_3_3_4_1_receiver_publish_must_respond_determined_qos() -> R {
    run(|b| {
        let topic = unique_topic("respond");
        let mut c = connected_v5(b, "respond")?;
        // QoS 0: no response; the PINGRESP to a PINGREQ sent after it comes first.
        c.send(Publish::new(&topic, "q0"))?;
        c.send(Packet::PingReq)?;
        c.expect_matching("PINGRESP (no response to a QoS 0 PUBLISH)", |p| *p == Packet::PingResp)?;
        c.send(Publish::new(&topic, "q1").qos(QoS::AtLeastOnce, 7))?;
        c.expect_matching("PUBACK id=7", |p| matches!(p, Packet::PubAck(a) if a.packet_id == 7))?;
        c.send(Publish::new(&topic, "q2").qos(QoS::ExactlyOnce, 8))?;
        c.expect_matching("PUBREC id=8", |p| matches!(p, Packet::PubRec(a) if a.packet_id == 8))?;
        c.send(PubRel::new(8))?;
        c.expect_matching("PUBCOMP id=8", |p| matches!(p, Packet::PubComp(a) if a.packet_id == 8))?;
        c.ping()
    })
}

/// MQTT-3.3.4-2 (MUST, Server)
///
/// > In this case the Server MUST deliver the message to the Client respecting the maximum QoS of
/// > all the matching subscriptions.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-2", fp = "4c73000e")]
#[test]
fn mqtt_3_3_4_2_case_server_must_deliver_message_client() -> R {
    run(|b| {
        let base = unique_topic("overlap");
        let topic = format!("{base}/a");
        let mut sub = connected_v5(b, "overlap")?;
        for (f, q) in [
            (format!("{base}/#"), QoS::AtMostOnce),
            (format!("{base}/+"), QoS::ExactlyOnce),
            (topic.clone(), QoS::AtLeastOnce),
        ] {
            subscribe_v5(&mut sub, &f, q, SubOptions::default(), None).vehicle("subscribing")?;
        }
        publish_v5(b, Publish::new(&topic, "m").qos(QoS::ExactlyOnce, 1)).vehicle("publishing at QoS 2")?;
        let got = publishes_until_marker(b, &mut sub, &topic)?;
        if got.is_empty() {
            return Err(sub.fail_with("the message was not delivered")).vehicle("delivery");
        }
        // Further copies MAY follow, each at its own subscription's QoS; one
        // must respect the maximum, QoS 2.
        if !got.iter().any(|p| p.qos == QoS::ExactlyOnce) {
            return Err(sub.fail_with(format!(
                "matching subscriptions at QoS 0, 2 and 1: delivered at QoS {:?}, none at the maximum QoS 2",
                got.iter().map(|p| p.qos as u8).collect::<Vec<_>>()
            )));
        }
        Ok(())
    })
}

/// MQTT-3.3.4-3 (MUST, Server)
///
/// > If the Client specified a Subscription Identifier for any of the overlapping subscriptions
/// > the Server MUST send those Subscription Identifiers in the message which is published as the
/// > result of the subscriptions.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-3", fp = "f6846a71")]
#[test]
fn mqtt_3_3_4_3_client_specified_must_send_identifiers_message() -> R {
    run(|b| {
        let (got, sub) = overlapping_with_identifiers(b)?;
        let mut ids: Vec<u32> = got.iter().flat_map(|p| p.properties.subscription_identifiers()).collect();
        ids.sort();
        ids.dedup();
        if ids != [1, 2] {
            return Err(sub.fail_with(format!(
                "subscriptions with Identifiers 1 and 2 (and one without) matched; the deliveries carry {ids:?}"
            )));
        }
        Ok(())
    })
}

/// MQTT-3.3.4-4 (MUST, Server)
///
/// > If the Server sends a single copy of the message it MUST include in the PUBLISH packet the
/// > Subscription Identifiers for all matching subscriptions which have a Subscription
/// > Identifiers, their order is not significant.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-4", fp = "d583c11b")]
#[test]
fn mqtt_3_3_4_4_server_sends_must_include_publish_packet() -> R {
    // Conditional on the server's choice of a single copy: a server that
    // sends one per subscription (mosquitto 2.0.11 does so for 5.0 clients
    // even with allow_duplicate_messages false) is skipped; MQTT-3.3.4-5
    // covers it.
    run(|b| {
        let (got, sub) = overlapping_with_identifiers(b)?;
        if got.len() != 1 {
            return Err(skipped(format!(
                "the server sent {} copies for three overlapping subscriptions; the statement is about a single copy",
                got.len()
            )));
        }
        let mut ids = got[0].properties.subscription_identifiers();
        ids.sort();
        if ids != [1, 2] {
            return Err(sub.fail_with(format!(
                "a single copy for subscriptions with Identifiers 1 and 2 (and one without) carries {ids:?}"
            )));
        }
        Ok(())
    })
}

/// MQTT-3.3.4-5 (MUST, Server)
///
/// > If the Server sends multiple PUBLISH packets it MUST send, in each of them, the Subscription
/// > Identifier of the matching subscription if it has a Subscription Identifier.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-5", fp = "662cbf6e")]
#[test]
fn mqtt_3_3_4_5_server_sends_must_send() -> R {
    run(|b| {
        let (got, sub) = overlapping_with_identifiers(b)?;
        if got.len() < 2 {
            return Err(skipped(format!(
                "the server sent {} copy for three overlapping subscriptions; the statement is about several copies",
                got.len()
            )));
        }
        // Each copy carries the one Identifier of its subscription (none for the third).
        let mut per_copy: Vec<Vec<u32>> = got.iter().map(|p| p.properties.subscription_identifiers()).collect();
        per_copy.sort();
        let want: Vec<Vec<u32>> = if got.len() == 3 { vec![vec![], vec![1], vec![2]] } else { vec![] };
        if per_copy != want {
            return Err(sub.fail_with(format!(
                "one copy per subscription (Identifiers 1, 2, none) expected to carry [[], [1], [2]], got {per_copy:?}"
            )));
        }
        Ok(())
    })
}

/// MQTT-3.3.4-6 (MUST NOT, Client)
///
/// > A PUBLISH packet sent from a Client to a Server MUST NOT contain a Subscription Identifier.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-6", fp = "8810a30a")]
#[test]
fn mqtt_3_3_4_6_publish_packet_must_not_contain_subscription() -> R {
    run(|b| {
        let topic = unique_topic("pubsubid");
        let mut sub = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        let mut c = connected_v5(b, "pubsubid")?;
        c.send(Publish::new(&topic, "with id").qos(QoS::AtLeastOnce, 1).property(Property::SubscriptionIdentifier(5)))?;
        expect_error_close(&mut c, &[ReasonCode::ProtocolError])?;
        expect_marker_next(b, &mut sub, &topic).because("the PUBLISH with a Subscription Identifier was forwarded")
    })
}

/// MQTT-3.3.4-7 (MUST NOT, Client)
///
/// > The Client MUST NOT send more than Receive Maximum QoS 1 and QoS 2 PUBLISH packets for which
/// > it has not received PUBACK, PUBCOMP, or PUBREC with a Reason Code of 128 or greater from the
/// > Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-7", fp = "02810821")]
#[test]
fn mqtt_3_3_4_7_client_must_not_send_more_receive() -> R {
    run(|b| {
        // The server's side: more unacknowledged QoS 2 PUBLISHes than its
        // Receive Maximum get DISCONNECT 0x93 (Receive Maximum exceeded).
        let topic = unique_topic("rmexceed");
        let (mut c, ack) = connected_v5_props(b, "rmexceed", Properties::new())?;
        let max = ack.properties.receive_maximum().unwrap_or(u16::MAX);
        if max > 1000 {
            return Err(skipped(format!("Receive Maximum {max}: too many messages to exceed it within the test")));
        }
        // PUBREC does not end a QoS 2 flow: without PUBREL they all stay open.
        for id in 1..=max {
            c.send(Publish::new(&topic, "open").qos(QoS::ExactlyOnce, id))?;
        }
        for id in 1..=max {
            c.expect_flow_ack(PacketType::PubRec, id).vehicle("QoS 2 flows up to the Receive Maximum")?;
        }
        c.send(Publish::new(&topic, "one too many").qos(QoS::ExactlyOnce, max + 1))?;
        expect_error_close(&mut c, &[ReasonCode::ReceiveMaximumExceeded])
    })
}

/// MQTT-3.3.4-9 (MUST NOT, Server)
///
/// > The Server MUST NOT send more than Receive Maximum QoS 1 and QoS 2 PUBLISH packets for which
/// > it has not received PUBACK, PUBCOMP, or PUBREC with a Reason Code of 128 or greater from the
/// > Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-9", fp = "da0d8dee")]
#[test]
fn mqtt_3_3_4_9_server_must_not_send_more_receive() -> R {
    run(|b| {
        let topic = unique_topic("rmserver");
        let props = Properties::new().with_receive_maximum(2);
        let (mut sub, _) = connected_v5_props(b, "rmserver", props)?;
        sub.subscribe(&topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        publish_numbered(b, &topic, "m", 5, QoS::AtLeastOnce).vehicle("publishing")?;
        // Hold back every PUBACK but one at a time: never more than 2 open.
        let mut open: Vec<u16> = Vec::new();
        let mut received = 0;
        for _ in 0..6 {
            let got = publishes_before_pingresp(&mut sub)?;
            received += got.len();
            open.extend(got.iter().filter(|p| p.qos != QoS::AtMostOnce).map(|p| p.packet_id));
            if open.len() > 2 {
                return Err(sub.fail_with(format!(
                    "{} QoS 1 PUBLISHes unacknowledged at once; the client's Receive Maximum is 2",
                    open.len()
                )));
            }
            if received == 5 {
                return Ok(());
            }
            if open.is_empty() {
                return Err(sub.fail_with(format!("{received} of 5 messages delivered"))).vehicle("delivery");
            }
            let id = open.remove(0);
            sub.send(PubAck::new(id))?;
        }
        Err(sub.fail_with(format!("{received} of 5 messages delivered"))).vehicle("delivery")
    })
}

/// MQTT-3.3.4-10 (MUST NOT, Server)
///
/// > The Server MUST NOT delay the sending of any packets other than PUBLISH packets due to
/// > having sent Receive Maximum PUBLISH packets without receiving acknowledgements for them.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-10", fp = "5d11b55b")]
#[test]
fn mqtt_3_3_4_10_server_must_not_delay_sending_packets() -> R {
    run(|b| {
        let (mut c, _) = quota_exhausted(b, "nodelay")?;
        // The server has more for this client but its quota is 0: its
        // answers to everything else still come at once.
        let other = unique_topic("nodelay-other");
        c.ping().because("PINGRESP delayed while the send quota is 0")?;
        c.subscribe(&other, QoS::AtLeastOnce).because("SUBACK delayed while the send quota is 0")?;
        c.publish(&other, b"q1", QoS::AtLeastOnce).because("PUBACK delayed while the send quota is 0")?;
        c.publish(&other, b"q2", QoS::ExactlyOnce).because("PUBREC/PUBCOMP delayed while the send quota is 0")?;
        c.unsubscribe(&other).because("UNSUBACK delayed while the send quota is 0")
    })
}
