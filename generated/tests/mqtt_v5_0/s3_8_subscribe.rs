//! mqtt-v5.0 section 3.8: SUBSCRIBE - Subscribe request.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_subscribe::*;

/// MQTT-3.8.1-1 (MUST, Server)
///
/// > Bits 3,2,1 and 0 of the Fixed Header of the SUBSCRIBE packet are reserved and MUST be set to
/// > 0,0,1 and 0 respectively. The Server MUST treat any other value as malformed and close the
/// > Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.1 (SUBSCRIBE Fixed Header)
#[specgen::covers("MQTT-3.8.1-1", fp = "9bd7d336")]
#[test]
fn mqtt_3_8_1_1_fixed_header_must_set() -> R {
    run(|b| {
        for flags in [0b0000, 0b0011, 0b1010] {
            let mut c = connected_v5(b, "subflags")?;
            c.send_malformed(Malformed::v5(Subscribe::one(1, unique_topic("subflags"), QoS::AtMostOnce)).flags(flags))?;
            closed_after_error(&mut c).because(&format!("SUBSCRIBE with flags 0b{flags:04b}"))?;
        }
        Ok(())
    })
}

/// MQTT-3.8.3-1 (MUST, Unknown)
///
/// > The Topic Filters MUST be a UTF-8 Encoded String.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.3 (SUBSCRIBE Payload)
#[specgen::covers("MQTT-3.8.3-1", fp = "4ab83df1")]
#[test]
fn mqtt_3_8_3_1_topic_filters_must_utf_encoded_string() -> R {
    run(|b| {
        // A stray continuation byte, an overlong '/', a UTF-16 surrogate.
        for bad in [&b"a/\xff"[..], b"a/\xc0\xaf", b"a/\xed\xa0\x80"] {
            let mut c = connected_v5(b, "subutf8")?;
            c.send_malformed(Malformed::v5(Subscribe::one(1, "a", QoS::AtMostOnce)).string_field("filter[0]", bad))?;
            closed_after_error(&mut c).because(&format!("Topic Filter bytes {bad:02x?}"))?;
        }
        Ok(())
    })
}

/// MQTT-3.8.3-2 (MUST, Unknown)
///
/// > The Payload MUST contain at least one Topic Filter and Subscription Options pair.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.3 (SUBSCRIBE Payload)
#[specgen::covers("MQTT-3.8.3-2", fp = "9a11d5e4")]
#[test]
fn mqtt_3_8_3_2_payload_must_contain_least_one_topic() -> R {
    run(|b| {
        let mut c = connected_v5(b, "nofilter")?;
        c.send(Subscribe::new(1, Vec::<(String, QoS)>::new()))?;
        closed_after_error(&mut c)
    })
}

/// MQTT-3.8.3-3 (MUST NOT, Unknown)
///
/// > If the value is 1, Application Messages MUST NOT be forwarded to a connection with a
/// > ClientID equal to the ClientID of the publishing connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.3.1 (Subscription Options)
#[specgen::covers("MQTT-3.8.3-3", fp = "cd86e7ed")]
#[test]
fn mqtt_3_8_3_3_application_messages_must_not_forwarded_connection() -> R {
    run(|b| {
        let topic = unique_topic("nolocal");
        let mut c = connected_v5(b, "nolocal")?;
        let ack =
            c.subscribe_opts(&topic, QoS::AtLeastOnce, SubOptions::default().no_local(true)).vehicle("subscribing")?;
        if !ack.reason_codes[0].is_success() {
            return Err(c.fail_with(format!("No Local subscription refused: {}", ack.reason_codes[0])))
                .vehicle("subscribing");
        }
        for qos in ALL_QOS {
            c.publish(&topic, b"own", qos).vehicle("publishing")?;
        }
        // Another client's marker must arrive, and nothing before it.
        expect_only_marker(b, &mut c, &topic)
            .because("a message published on the subscriber's own connection was forwarded to it")
    })
}

/// MQTT-3.8.3-4 (no keyword, Unknown)
///
/// > It is a Protocol Error to set the No Local bit to 1 on a Shared Subscription.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.3.1 (Subscription Options)
#[specgen::covers("MQTT-3.8.3-4", fp = "752345c4")]
#[test]
fn mqtt_3_8_3_4_protocol_error_set_no_local_bit() -> R {
    run(|b| {
        let mut c = connected_v5(b, "sharednolocal")?;
        c.send_malformed(Malformed::no_local_shared("g", &unique_topic("sharednolocal")))?;
        closed_after_error(&mut c)
    })
}

/// MQTT-3.8.3-5 (MUST, Server)
///
/// > The Server MUST treat a SUBSCRIBE packet as malformed if any of Reserved bits in the Payload
/// > are non-zero.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.3.1 (Subscription Options)
#[specgen::covers("MQTT-3.8.3-5", fp = "6d4e24fa")]
#[test]
fn mqtt_3_8_3_5_server_must_treat_subscribe_packet_malformed() -> R {
    run(|b| {
        // Bits 6 and 7 of the Subscription Options byte are reserved.
        for options in [0x41, 0x81, 0xc0] {
            let mut c = connected_v5(b, "subrsv")?;
            let m = Malformed::v5(Subscribe::one(1, unique_topic("subrsv"), QoS::AtMostOnce));
            c.send_malformed(m.field_bytes("options[0]", &[options]))?;
            closed_after_error(&mut c).because(&format!("options byte 0x{options:02x}"))?;
        }
        Ok(())
    })
}

/// MQTT-3.8.4-1 (MUST, Server)
///
/// > When the Server receives a SUBSCRIBE packet from a Client, the Server MUST respond with a
/// > SUBACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.4 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-3.8.4-1", fp = "9b399c6d")]
#[test]
fn mqtt_3_8_4_1_server_must_respond_suback_packet() -> R {
    run(|b| {
        let mut c = connected_v5(b, "suback")?;
        let options = [
            SubOptions::default(),
            SubOptions::default().no_local(true).retain_as_published(true),
            SubOptions::default().retain_handling(2),
        ];
        for (qos, o) in ALL_QOS.into_iter().zip(options) {
            let id = c.next_packet_id();
            c.send(Subscribe::one(id, unique_topic("suback"), qos).with_options(o))?;
            c.expect_ack("SUBACK", |p| matches!(p, Packet::SubAck(_)))?;
        }
        // With properties too.
        let id = c.next_packet_id();
        let props = Properties::new().with_subscription_identifier(7).with_user_property("k", "v");
        c.send(Subscribe::one(id, unique_topic("suback"), QoS::AtLeastOnce).properties(props))?;
        c.expect_ack("SUBACK", |p| matches!(p, Packet::SubAck(_)))?;
        Ok(())
    })
}

/// MQTT-3.8.4-2 (MUST, Unknown)
///
/// > The SUBACK packet MUST have the same Packet Identifier as the SUBSCRIBE packet that it is
/// > acknowledging.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.4 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-3.8.4-2", fp = "a1cecf1a")]
#[test]
fn mqtt_3_8_4_2_suback_packet_must_identifier_subscribe_acknowledging() -> R {
    run(|b| {
        let mut c = connected_v5(b, "subackid")?;
        for id in [1, 0x1234, 0xffff] {
            c.send(Subscribe::one(id, unique_topic("subackid"), QoS::AtLeastOnce))?;
            expect_suback(&mut c, id)?;
        }
        Ok(())
    })
}

/// MQTT-3.8.4-3 (MUST, Server)
///
/// > If a Server receives a SUBSCRIBE packet containing a Topic Filter that is identical to a
/// > Non-shared Subscription’s Topic Filter for the current Session, then it MUST replace that
/// > existing Subscription with a new Subscription.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.4 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-3.8.4-3", fp = "d96c9870")]
#[test]
fn mqtt_3_8_4_3_must_replace_existing_subscription_new() -> R {
    run(|b| {
        let topic = unique_topic("resub");
        let mut sub = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        // The new subscription differs in QoS and in No Local.
        let ack = sub.subscribe_opts(&topic, QoS::AtMostOnce, SubOptions::default().no_local(true))?;
        if ack.reason_codes != [ReasonCode::GrantedQoS0] {
            return Err(
                sub.fail_with(format!("the replacing subscription must be granted QoS 0, got {:?}", ack.reason_codes))
            );
        }
        // Own message: the old subscription (without No Local) would deliver it.
        sub.publish(&topic, b"own", QoS::AtLeastOnce).vehicle("publishing")?;
        connected(b, "pub")?.publish(&topic, b"live", QoS::AtLeastOnce).vehicle("publishing")?;
        let got = publishes_until_marker(b, &mut sub, &topic)?;
        if payloads(&got) != ["live"] || got[0].qos != QoS::AtMostOnce {
            return Err(sub.fail_with(format!(
                "expected one copy of \"live\" at QoS 0 and not the own message (the old QoS 1 subscription without No Local must be replaced), got {:?}",
                got.iter().map(|p| (String::from_utf8_lossy(&p.payload).into_owned(), p.qos)).collect::<Vec<_>>()
            )));
        }
        Ok(())
    })
}

/// MQTT-3.8.4-4 (MUST, MUST NOT, Unknown)
///
/// > If the Retain Handling option is 0, any existing retained messages matching the Topic Filter
/// > MUST be re-sent, but Applicaton Messages MUST NOT be lost due to replacing the Subscription.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.4 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-3.8.4-4", fp = "9c6491e5")]
#[test]
fn mqtt_3_8_4_4_existing_retained_must_re_sent() -> R {
    run(|b| {
        let topic = unique_topic("resubrh0");
        let _kept = retained(b, &topic);
        let mut publ = connected_v5(b, "pub")?;
        publ.publish_packet(Publish::new(&topic, "retained").qos(QoS::AtLeastOnce, 1).retain(true))
            .vehicle("publishing")?;
        let mut sub = connected_v5(b, "sub")?;
        sub.subscribe_opts(&topic, QoS::AtLeastOnce, SubOptions::default()).vehicle("subscribing")?;
        expect_payload(&mut sub, b"retained").vehicle("delivery of the retained message on subscribing")?;
        // Messages published before, while and after the subscription is replaced.
        publ.publish(&topic, b"before", QoS::AtLeastOnce).vehicle("publishing")?;
        let id = sub.next_packet_id();
        sub.send(Subscribe::one(id, &topic, QoS::AtLeastOnce).with_options(SubOptions::default().retain_handling(0)))?;
        publ.publish(&topic, b"during", QoS::AtLeastOnce).vehicle("publishing")?;
        expect_suback(&mut sub, id).vehicle("re-subscribing")?;
        publ.publish(&topic, b"after", QoS::AtLeastOnce).vehicle("publishing")?;
        let got = publishes_until_marker(b, &mut sub, &topic)?;
        let mut seen = payloads(&got);
        let resent = seen.iter().filter(|p| *p == "retained").count();
        if resent != 1 {
            return Err(
                sub.fail_with(format!("the retained message must be re-sent once on re-subscribing, got {seen:?}"))
            );
        }
        seen.retain(|p| p != "retained");
        if seen != ["before", "during", "after"] {
            return Err(sub.fail_with(format!("messages were lost or duplicated around the replacement: {seen:?}")));
        }
        Ok(())
    })
}

/// MQTT-3.8.4-5 (MUST, Server)
///
/// > If a Server receives a SUBSCRIBE packet that contains multiple Topic Filters it MUST handle
/// > that packet as if it had received a sequence of multiple SUBSCRIBE packets, except that it
/// > combines their responses into a single SUBACK response.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.4 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-3.8.4-5", fp = "48d36194")]
#[test]
fn mqtt_3_8_4_5_server_receives_must_handle_had_received() -> R {
    run(|b| {
        let base = unique_topic("multi");
        let (x, y) = (format!("{base}/x"), format!("{base}/y"));
        let mut sub = connected_v5(b, "sub")?;
        // As a sequence, the second subscription to `x` replaces the first.
        sub.send(Subscribe::new(7, [(&x, QoS::ExactlyOnce), (&y, QoS::AtLeastOnce), (&x, QoS::AtMostOnce)]))?;
        let ack = expect_suback(&mut sub, 7)?;
        if ack.reason_codes.len() != 3 {
            return Err(sub.fail_with("one SUBACK with a Reason Code per filter expected"));
        }
        // Another SUBACK would come before the PINGRESP to a PINGREQ sent
        // after the SUBSCRIBE (PUBLISHes, e.g. retained ones, may).
        let one = "only a single SUBACK may be sent";
        sub.send(Packet::PingReq)?;
        sub.expect_ack("PINGRESP", |p| *p == Packet::PingResp).because(one)?;
        let mut publ = connected(b, "pub")?;
        publ.publish(&x, b"x", QoS::ExactlyOnce).vehicle("publishing")?;
        publ.publish(&y, b"y", QoS::ExactlyOnce).vehicle("publishing")?;
        let got = publishes_until_marker(b, &mut sub, &y)?;
        let seen: Vec<(String, QoS)> = got.iter().map(|p| (p.topic.clone(), p.qos)).collect();
        if seen != [(x.clone(), QoS::AtMostOnce), (y.clone(), QoS::AtLeastOnce)] {
            return Err(sub.fail_with(format!("expected x at QoS 0 (replaced) and y at QoS 1, got {seen:?}")));
        }
        Ok(())
    })
}

/// MQTT-3.8.4-6 (MUST, Server)
///
/// > The SUBACK packet sent by the Server to the Client MUST contain a Reason Code for each Topic
/// > Filter/Subscription Option pair.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.4 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-3.8.4-6", fp = "97a0d856")]
#[test]
fn mqtt_3_8_4_6_suback_packet_must_contain_reason_code() -> R {
    run(|b| {
        let base = unique_topic("codes");
        let mut sub = connected_v5(b, "sub")?;
        for n in 1..=4usize {
            let filters: Vec<(String, QoS)> = (0..n).map(|i| (format!("{base}/{n}/{i}"), ALL_QOS[i % 3])).collect();
            let id = sub.next_packet_id();
            sub.send(Subscribe::new(id, filters))?;
            let ack = expect_suback(&mut sub, id)?;
            if ack.reason_codes.len() != n {
                return Err(sub.fail_with(format!("{n} filters, {} Reason Codes", ack.reason_codes.len())));
            }
        }
        Ok(())
    })
}

/// MQTT-3.8.4-7 (MUST, Unknown)
///
/// > This Reason Code MUST either show the maximum QoS that was granted for that Subscription or
/// > indicate that the subscription failed.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.4 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-3.8.4-7", fp = "8d9e016b")]
#[test]
fn mqtt_3_8_4_7_reason_code_must_either_show_maximum() -> R {
    run(|b| {
        let base = unique_topic("granted");
        let mut sub = connected_v5(b, "sub")?;
        let filters: Vec<(String, QoS)> = ALL_QOS.iter().map(|q| (format!("{base}/{}", *q as u8), *q)).collect();
        sub.send(Subscribe::new(3, filters.clone()))?;
        let ack = expect_suback(&mut sub, 3)?;
        if ack.reason_codes.len() != filters.len() {
            return Err(sub.fail_with("expected one Reason Code per filter")).vehicle("SUBACK [MQTT-3.8.4-6]");
        }
        let mut publ = connected(b, "pub")?;
        for ((filter, requested), code) in filters.iter().zip(&ack.reason_codes) {
            if !code.is_success() {
                continue; // a failure: allowed
            }
            let Some(granted) = QoS::from_u8(code.0) else {
                return Err(sub.fail_with(format!("{filter}: {code} is neither a granted QoS nor a failure")));
            };
            if granted > *requested {
                return Err(sub.fail_with(format!("{filter}: granted {granted:?} > requested {requested:?}")));
            }
            // The code is the maximum: a QoS 2 message arrives at exactly that QoS.
            publ.publish(filter, b"m", QoS::ExactlyOnce).vehicle("publishing")?;
            let p = sub.receive_publish().vehicle("delivery on the granted subscription")?;
            if p.qos != granted {
                return Err(sub.fail_with(format!("{filter}: granted {granted:?} but delivered at {:?}", p.qos)));
            }
        }
        Ok(())
    })
}

/// MQTT-3.8.4-8 (MUST, Server)
///
/// > The QoS of Application Messages sent in response to a Subscription MUST be the minimum of
/// > the QoS of the originally published message and the Maximum QoS granted by the Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.4 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-3.8.4-8", fp = "ae66617f")]
#[test]
fn mqtt_3_8_4_8_qos_application_must_minimum_originally_published() -> R {
    run(|b| {
        let mut publ = connected_v5(b, "pub")?;
        for requested in ALL_QOS {
            let topic = unique_topic("minqos");
            let mut sub = connected_v5(b, "sub")?;
            let code = sub.subscribe(&topic, requested).vehicle("subscribing")?.reason_codes[0];
            let Some(granted) = QoS::from_u8(code.0) else {
                return Err(sub.fail_with(format!("subscription to a plain topic refused: {code}")))
                    .vehicle("subscribing");
            };
            for published in ALL_QOS {
                publ.publish(&topic, format!("{published:?}").as_bytes(), published).vehicle("publishing")?;
                let p = sub.receive_publish().vehicle("delivery")?;
                if p.qos != published.min(granted) {
                    return Err(sub.fail_with(format!(
                        "published at {published:?}, granted {granted:?}, delivered at {:?}",
                        p.qos
                    )));
                }
            }
        }
        Ok(())
    })
}
