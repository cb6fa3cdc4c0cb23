//! mqtt-v3.1.1 section 3.8: SUBSCRIBE - Subscribe to topics.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_publish::*;

/// MQTT-3.8.1-1 (MUST, Server)
///
/// > Bits 3,2,1 and 0 of the fixed header of the SUBSCRIBE Control Packet are reserved and MUST
/// > be set to 0,0,1 and 0 respectively. The Server MUST treat any other value as malformed and
/// > close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.1 (Fixed header)
#[specgen::covers("MQTT-3.8.1-1", fp = "1c456364")]
#[test]
fn mqtt_3_8_1_1_subscribe_with_wrong_fixed_header_flags_closes_the_connection() -> Result<(), ScriptError> {
    run(|b| {
        for flags in [0b0000, 0b0011, 0b1010] {
            let mut c = connected(b, "subflags")?;
            c.send_malformed(
                Malformed::from(Subscribe::one(1, unique_topic("subflags"), QoS::AtMostOnce)).flags(flags),
            )?;
            c.expect_closed()?;
        }
        Ok(())
    })
}

/// MQTT-3.8.3-1 (MUST, Unknown)
///
/// > The Topic Filters in a SUBSCRIBE packet payload MUST be UTF-8 encoded strings as defined in
/// > Section 1.5.3.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.3 (Payload)
#[specgen::covers("MQTT-3.8.3-1", fp = "b1d8ee8c")]
#[test]
fn mqtt_3_8_3_1_subscribe_filter_that_is_not_utf8_closes_the_connection() -> Result<(), ScriptError> {
    run(|b| {
        for bad in [&b"a/\xff"[..], b"a/\xc0\xaf", b"a/\xed\xa0\x80"] {
            let mut c = connected(b, "subutf8")?;
            c.send_malformed(Malformed::from(Subscribe::one(1, "a", QoS::AtMostOnce)).string_field("filter[0]", bad))?;
            c.expect_closed()?;
        }
        Ok(())
    })
}

/// MQTT-3.8.3-2 (MUST, SHOULD, Server)
///
/// > A Server SHOULD support Topic filters that contain the wildcard characters defined in
/// > Section 4.7.1. If it chooses not to support topic filters that contain wildcard characters
/// > it MUST reject any Subscription request whose filter contains them
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.3 (Payload)
#[specgen::covers("MQTT-3.8.3-2", fp = "64477f53")]
#[test]
fn mqtt_3_8_3_2_wildcard_filters_are_either_rejected_or_honoured() -> Result<(), ScriptError> {
    run(|b| {
        let base = unique_topic("wildsupport");
        for filter in [format!("{base}/+/x"), format!("{base}/#")] {
            let mut sub = connected(b, "sub")?;
            let ack = sub.subscribe(&filter, QoS::AtMostOnce)?;
            if ack.return_codes == [SubackCode::Failure] {
                continue; // rejected: allowed for a server without wildcard support
            }
            let topic = format!("{base}/a/x");
            let mut publ = connected(b, "pub")?;
            publ.publish(&topic, b"m", QoS::AtMostOnce).vehicle("publishing")?;
            publ.ping().vehicle("PINGREQ")?; // the QoS 0 PUBLISH has been processed
                                             // Deliveries on other topics would be MQTT-3.3.2-3's failure.
            let got = publishes_until_marker(b, &mut sub, &topic)?;
            let here: Vec<&Publish> = got.iter().filter(|p| p.topic == topic).collect();
            if here.len() != 1 || here[0].payload != b"m" {
                return Err(sub.fail_with(format!(
                    "wildcard filter {filter:?} was granted but the matching message did not arrive once"
                )));
            }
        }
        Ok(())
    })
}

/// MQTT-3.8.3-3 (MUST, Unknown)
///
/// > The payload of a SUBSCRIBE packet MUST contain at least one Topic Filter / QoS pair. A
/// > SUBSCRIBE packet with no payload is a protocol violation.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.3 (Payload)
#[specgen::covers("MQTT-3.8.3-3", fp = "e52ea41a")]
#[test]
fn mqtt_3_8_3_3_subscribe_without_topic_filters_closes_the_connection() -> Result<(), ScriptError> {
    run(|b| {
        let mut c = connected(b, "nofilter")?;
        c.send(Subscribe::new(1, Vec::<(String, QoS)>::new()))?;
        c.expect_closed()
    })
}

/// MQTT-3.8.3-4 (MUST, Server)
///
/// > The Server MUST treat a SUBSCRIBE packet as malformed and close the Network Connection if
/// > any of Reserved bits in the payload are non-zero, or QoS is not 0,1 or 2.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.3 (Payload)
#[specgen::covers("MQTT-3.8.3-4", fp = "20c4f8a2")]
#[test]
fn mqtt_3_8_3_4_subscribe_with_reserved_bits_or_qos_3_closes_the_connection() -> Result<(), ScriptError> {
    run(|b| {
        for requested in [0x03, 0x04, 0x81, 0xfc] {
            let mut c = connected(b, "subqos")?;
            let m = Malformed::from(Subscribe::one(1, unique_topic("subqos"), QoS::AtMostOnce));
            c.send_malformed(m.field_bytes("qos[0]", &[requested]))?;
            c.expect_closed()?;
        }
        Ok(())
    })
}

/// MQTT-3.8.4-1 (MUST, Server)
///
/// > When the Server receives a SUBSCRIBE Packet from a Client, the Server MUST respond with a
/// > SUBACK Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.4 (Response)
#[specgen::covers("MQTT-3.8.4-1", fp = "cfd6f1df")]
#[test]
fn mqtt_3_8_4_1_subscribe_is_answered_with_suback() -> Result<(), ScriptError> {
    run(|b| {
        let mut c = connected(b, "suback")?;
        for qos in ALL_QOS {
            let id = c.next_packet_id();
            c.send(Subscribe::one(id, unique_topic("suback"), qos))?;
            c.expect_ack("SUBACK", |p| matches!(p, Packet::SubAck(_)))?;
        }
        Ok(())
    })
}

/// MQTT-3.8.4-2 (MUST, Unknown)
///
/// > The SUBACK Packet MUST have the same Packet Identifier as the SUBSCRIBE Packet that it is
/// > acknowledging.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.4 (Response)
#[specgen::covers("MQTT-3.8.4-2", fp = "a6b2ae78")]
#[test]
fn mqtt_3_8_4_2_suback_has_the_packet_identifier_of_the_subscribe() -> Result<(), ScriptError> {
    run(|b| {
        let mut c = connected(b, "subackid")?;
        for id in [1, 0x1234, 0xffff] {
            c.send(Subscribe::one(id, unique_topic("subackid"), QoS::AtLeastOnce))?;
            expect_suback(&mut c, id)?;
        }
        Ok(())
    })
}

/// MQTT-3.8.4-3 (MUST, MUST NOT, Server)
///
/// > If a Server receives a SUBSCRIBE Packet containing a Topic Filter that is identical to an
/// > existing Subscription’s Topic Filter then it MUST completely replace that existing
/// > Subscription with a new Subscription. The Topic Filter in the new Subscription will be
/// > identical to that in the previous Subscription, although its maximum QoS value could be
/// > different. Any existing retained messages matching the Topic Filter MUST be re-sent, but the
/// > flow of publications MUST NOT be interrupted.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.4 (Response)
#[specgen::covers("MQTT-3.8.4-3", fp = "fa59c80c")]
#[test]
fn mqtt_3_8_4_3_identical_filter_replaces_the_subscription_and_resends_retained() -> Result<(), ScriptError> {
    run(|b| {
        let topic = unique_topic("resub");
        let _kept = retained(b, &topic);
        let mut publ = connected(b, "pub")?;
        publ.publish_packet(Publish::new(&topic, "retained").qos(QoS::AtLeastOnce, 1).retain(true))
            .vehicle("publishing")?;
        let mut sub = connected(b, "sub")?;
        sub.subscribe(&topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        sub.receive_publish().vehicle("delivery of the retained message [MQTT-3.3.1-5]")?;
        let ack = sub.subscribe(&topic, QoS::AtMostOnce)?;
        if ack.return_codes != [SubackCode::Granted(QoS::AtMostOnce)] {
            return Err(sub.fail_with("the new subscription must carry the new maximum QoS 0"));
        }
        let again = publishes_until_marker(b, &mut sub, &topic)?;
        if payloads(&again) != ["retained"] {
            return Err(sub.fail_with("the retained message must be re-sent once on re-subscribing"));
        }
        publ.publish(&topic, b"live", QoS::AtLeastOnce).vehicle("publishing")?;
        let got = publishes_until_marker(b, &mut sub, &topic)?;
        if payloads(&got) != ["live"] || got[0].qos != QoS::AtMostOnce {
            return Err(
                sub.fail_with("expected one copy at QoS 0 (the old QoS 1 subscription must be replaced, not kept)")
            );
        }
        // "The flow of publications MUST NOT be interrupted": a stream published
        // at QoS 1 while the identical filter is subscribed again arrives whole
        // and in order (the retained re-send may come anywhere in it).
        const STREAM: usize = 20;
        let mut sub2 = connected(b, "sub")?;
        sub2.subscribe(&topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        let mut streamer = connected(b, "stream")?;
        let t = topic.clone();
        let (go, resume) = std::sync::mpsc::channel::<()>();
        let stream = std::thread::spawn(move || -> R {
            for i in 0..STREAM {
                if i == STREAM / 4 {
                    // The rest is published while the SUBSCRIBE is in flight.
                    let _ = resume.recv_timeout(wait::reply());
                }
                streamer.publish(&t, format!("s{i}").as_bytes(), QoS::AtLeastOnce)?;
            }
            Ok(())
        });
        let (mut seen, mut resubscribed, mut subacked) = (Vec::new(), false, false);
        while seen.last().map(String::as_str) != Some(&format!("s{}", STREAM - 1)) || !subacked {
            match sub2.recv().because("the flow of publications stopped")? {
                Packet::Publish(p) => {
                    if p.qos == QoS::AtLeastOnce {
                        sub2.send(PubAck::new(p.packet_id))?;
                    }
                    let text = String::from_utf8_lossy(&p.payload).into_owned();
                    if text != "retained" {
                        seen.push(text);
                    }
                }
                Packet::SubAck(_) if resubscribed => subacked = true,
                other => return Err(sub2.fail_with(format!("unexpected {other} in the flow of publications"))),
            }
            if seen.len() == STREAM / 4 && !resubscribed {
                let id = sub2.next_packet_id();
                sub2.send(Subscribe::one(id, &topic, QoS::AtLeastOnce))?;
                resubscribed = true;
                let _ = go.send(());
            }
        }
        stream.join().expect("the streaming thread").vehicle("publishing the stream")?;
        let want: Vec<String> = (0..STREAM).map(|i| format!("s{i}")).collect();
        if seen != want {
            return Err(sub2.fail_with(format!(
                "re-subscribing interrupted the flow of publications: received {seen:?}, expected {want:?}"
            )));
        }
        Ok(())
    })
}

/// MQTT-3.8.4-4 (MUST, Server)
///
/// > If a Server receives a SUBSCRIBE packet that contains multiple Topic Filters it MUST handle
/// > that packet as if it had received a sequence of multiple SUBSCRIBE packets, except that it
/// > combines their responses into a single SUBACK response.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.4 (Response)
#[specgen::covers("MQTT-3.8.4-4", fp = "48d36194")]
#[test]
fn mqtt_3_8_4_4_multi_filter_subscribe_acts_as_a_sequence_with_one_suback() -> Result<(), ScriptError> {
    run(|b| {
        let base = unique_topic("multi");
        let (x, y) = (format!("{base}/x"), format!("{base}/y"));
        let mut sub = connected(b, "sub")?;
        // As a sequence, the second subscription to `x` replaces the first.
        sub.send(Subscribe::new(7, [(&x, QoS::ExactlyOnce), (&y, QoS::AtLeastOnce), (&x, QoS::AtMostOnce)]))?;
        let ack = expect_suback(&mut sub, 7)?;
        if ack.return_codes.len() != 3 {
            return Err(sub.fail_with("one SUBACK with a return code per filter expected"));
        }
        // PUBLISHes arriving here (e.g. a retained message on another topic)
        // are not this statement's business; another SUBACK is: it would
        // come before the PINGRESP to a PINGREQ sent after the SUBSCRIBE.
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

/// MQTT-3.8.4-5 (MUST, Server)
///
/// > The SUBACK Packet sent by the Server to the Client MUST contain a return code for each Topic
/// > Filter/QoS pair. This return code MUST either show the maximum QoS that was granted for that
/// > Subscription or indicate that the subscription failed.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.4 (Response)
#[specgen::covers("MQTT-3.8.4-5", fp = "b34fda96")]
#[test]
fn mqtt_3_8_4_5_suback_has_a_granted_qos_or_failure_per_filter() -> Result<(), ScriptError> {
    run(|b| {
        let base = unique_topic("codes");
        let mut sub = connected(b, "sub")?;
        let filters: Vec<(String, QoS)> = ALL_QOS.iter().map(|q| (format!("{base}/{}", *q as u8), *q)).collect();
        sub.send(Subscribe::new(3, filters.clone()))?;
        let ack = expect_suback(&mut sub, 3)?;
        if ack.return_codes.len() != filters.len() {
            return Err(sub.fail_with("SUBACK must have one return code per Topic Filter/QoS pair"));
        }
        for ((filter, requested), code) in filters.iter().zip(&ack.return_codes) {
            let SubackCode::Granted(granted) = *code else { continue };
            if granted > *requested {
                return Err(sub.fail_with(format!("{filter}: granted {granted:?} > requested {requested:?}")));
            }
            // The code shows the maximum QoS: a QoS 2 message arrives at exactly that QoS.
            connected(b, "pub")?.publish(filter, b"m", QoS::ExactlyOnce).vehicle("publishing")?;
            let p = sub.receive_publish()?;
            if p.qos != granted {
                return Err(sub.fail_with(format!("{filter}: granted {granted:?} but delivered at {:?}", p.qos)));
            }
        }
        Ok(())
    })
}

/// MQTT-3.8.4-6 (MUST, Server)
///
/// > The QoS of Payload Messages sent in response to a Subscription MUST be the minimum of the
/// > QoS of the originally published message and the maximum QoS granted by the Server. The
/// > server is permitted to send duplicate copies of a message to a subscriber in the case where
/// > the original message was published with QoS 1 and the maximum QoS granted was QoS 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.4 (Response)
#[specgen::covers("MQTT-3.8.4-6", fp = "8c2f99e0")]
#[test]
fn mqtt_3_8_4_6_delivery_qos_is_the_minimum_of_published_and_granted() -> Result<(), ScriptError> {
    run(|b| {
        let mut publ = connected(b, "pub")?;
        for requested in ALL_QOS {
            let topic = unique_topic("minqos");
            let mut sub = connected(b, "sub")?;
            let SubackCode::Granted(granted) = sub.subscribe(&topic, requested)?.return_codes[0] else {
                return Err(sub.fail_with("subscription to a plain topic refused"));
            };
            for published in ALL_QOS {
                publ.publish(&topic, format!("{published:?}").as_bytes(), published).vehicle("publishing")?;
                let p = sub.receive_publish()?;
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
