//! mqtt-v5.0 section 3.10: UNSUBSCRIBE – Unsubscribe request.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_subscribe::*;

/// MQTT-3.10.1-1 (MUST, Server)
///
/// > Bits 3,2,1 and 0 of the Fixed Header of the UNSUBSCRIBE packet are reserved and MUST be set
/// > to 0,0,1 and 0 respectively. The Server MUST treat any other value as malformed and close
/// > the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.10.1 (UNSUBSCRIBE Fixed Header)
#[specgen::covers("MQTT-3.10.1-1", fp = "f31d8777")]
#[test]
fn mqtt_3_10_1_1_fixed_header_must_set() -> R {
    run(|b| {
        for flags in [0b0000, 0b0011, 0b1010] {
            let mut c = connected_v5(b, "unsubflags")?;
            c.send_malformed(Malformed::v5(Unsubscribe::new(1, [unique_topic("unsubflags")])).flags(flags))?;
            closed_after_error(&mut c).because(&format!("UNSUBSCRIBE with flags 0b{flags:04b}"))?;
        }
        Ok(())
    })
}

/// MQTT-3.10.3-1 (MUST, Unknown)
///
/// > The Topic Filters in an UNSUBSCRIBE packet MUST be UTF-8 Encoded Strings
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.10.3 (UNSUBSCRIBE Payload)
#[specgen::covers("MQTT-3.10.3-1", fp = "212ba3c3")]
#[test]
fn mqtt_3_10_3_1_topic_filters_must_utf_encoded_strings() -> R {
    run(|b| {
        for bad in [&b"a/\xff"[..], b"a/\xc0\xaf", b"a/\xed\xa0\x80"] {
            let mut c = connected_v5(b, "unsubutf8")?;
            c.send_malformed(Malformed::v5(Unsubscribe::new(1, ["a"])).string_field("filter[0]", bad))?;
            closed_after_error(&mut c).because(&format!("Topic Filter bytes {bad:02x?}"))?;
        }
        Ok(())
    })
}

/// MQTT-3.10.3-2 (MUST, Unknown)
///
/// > The Payload of an UNSUBSCRIBE packet MUST contain at least one Topic Filter.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.10.3 (UNSUBSCRIBE Payload)
#[specgen::covers("MQTT-3.10.3-2", fp = "11dce8b0")]
#[test]
fn mqtt_3_10_3_2_payload_unsubscribe_must_contain_least_one() -> R {
    run(|b| {
        let mut c = connected_v5(b, "unsubnone")?;
        c.send(Unsubscribe::new(1, Vec::<String>::new()))?;
        closed_after_error(&mut c)
    })
}

/// MQTT-3.10.4-1 (MUST, Server)
///
/// > The Topic Filters (whether they contain wildcards or not) supplied in an UNSUBSCRIBE packet
/// > MUST be compared character-by-character with the current set of Topic Filters held by the
/// > Server for the Client. If any filter matches exactly then its owning Subscription MUST be
/// > deleted
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.10.4 (UNSUBSCRIBE Actions)
#[specgen::covers("MQTT-3.10.4-1", fp = "175d2024")]
#[test]
fn mqtt_3_10_4_1_supplied_unsubscribe_must_compared_character_current() -> R {
    run(|b| {
        let base = unique_topic("unsubcmp");
        let filter = format!("{base}/+");
        let mut sub = subscriber_v5(b, &filter, QoS::AtMostOnce).vehicle("subscribing")?;
        // Neither a topic the filter matches, a differently cased filter nor
        // a shared filter with the same Topic Filter is the same filter.
        let unsub = "UNSUBSCRIBE answered with UNSUBACK [MQTT-3.10.4-4]";
        for other in [format!("{base}/a"), format!("{}/+", base.to_uppercase()), format!("$share/g/{filter}")] {
            unsubscribe_v5(&mut sub, &[&other]).vehicle(unsub)?;
        }
        let mut publ = connected(b, "pub")?;
        publ.publish(&format!("{base}/a"), b"kept", QoS::AtMostOnce).vehicle("publishing")?;
        publ.ping().vehicle("PINGREQ")?; // the QoS 0 PUBLISH has been processed
        if payloads(&publishes_until_marker(b, &mut sub, &format!("{base}/a"))?) != ["kept"] {
            return Err(sub.fail_with("a subscription was deleted by a filter that is not identical"));
        }
        unsubscribe_v5(&mut sub, &[&filter]).vehicle(unsub)?;
        // A marker from the same publisher, after "gone", on a topic `sub` still has.
        let marker = format!("{base}-marker");
        sub.subscribe(&marker, QoS::AtMostOnce).vehicle("subscribing")?;
        publ.publish(&format!("{base}/a"), b"gone", QoS::AtMostOnce).vehicle("publishing")?;
        publ.publish(&marker, b"marker", QoS::AtLeastOnce).vehicle("publishing")?;
        let why = "the identical filter did not delete the subscription";
        expect_payload(&mut sub, b"marker").because(why)?;
        // Nor after it: a second marker is next.
        expect_marker_next(b, &mut sub, &marker).because(why)
    })
}

/// MQTT-3.10.4-2 (MUST, Server)
///
/// > When a Server receives UNSUBSCRIBE It MUST stop adding any new messages which match the
/// > Topic Filters, for delivery to the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.10.4 (UNSUBSCRIBE Actions)
#[specgen::covers("MQTT-3.10.4-2", fp = "0f832f0c")]
#[test]
fn mqtt_3_10_4_2_server_receives_must_stop_adding_new() -> R {
    run(|b| {
        let topic = unique_topic("unsubstop");
        let mut sub = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        unsubscribe_v5(&mut sub, &[&topic]).vehicle("UNSUBSCRIBE answered with UNSUBACK [MQTT-3.10.4-4]")?;
        // A marker from the same publisher, after the messages, on a topic `sub` still has.
        let marker = format!("{topic}-marker");
        sub.subscribe(&marker, QoS::AtMostOnce).vehicle("subscribing")?;
        let mut publ = connected(b, "pub")?;
        for qos in ALL_QOS {
            publ.publish(&topic, b"after", qos).vehicle("publishing")?;
        }
        publ.publish(&marker, b"marker", QoS::AtLeastOnce).vehicle("publishing")?;
        let why = "a message was delivered after its subscription was deleted";
        expect_payload(&mut sub, b"marker").because(why)?;
        // Nor after it: a second marker is next.
        expect_marker_next(b, &mut sub, &marker).because(why)
    })
}

/// MQTT-3.10.4-3 (MUST, Server)
///
/// > When a Server receives UNSUBSCRIBE It MUST complete the delivery of any QoS 1 or QoS 2
/// > messages which match the Topic Filters and it has started to send to the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.10.4 (UNSUBSCRIBE Actions)
#[specgen::covers("MQTT-3.10.4-3", fp = "77dc0552")]
#[test]
fn mqtt_3_10_4_3_server_receives_must_complete_delivery_qos() -> R {
    run(|b| {
        let topic = unique_topic("unsubinflight");
        let mut sub = subscriber_v5(b, &topic, QoS::ExactlyOnce).vehicle("subscribing")?;
        let mut publ = connected(b, "pub")?;
        publ.publish(&topic, b"q1", QoS::AtLeastOnce).vehicle("publishing")?;
        publ.publish(&topic, b"q2", QoS::ExactlyOnce).vehicle("publishing")?;
        // Both deliveries are started and left open: the QoS 1 one unacknowledged,
        // the QoS 2 one after PUBREC. A target that keeps one message in
        // flight sends q2 only once q1 is acknowledged: there only the QoS 2
        // delivery is left open.
        let both_open = in_flight(b, 2) >= 2;
        let q1 = next_publish(&mut sub).vehicle("delivery at QoS 1")?;
        if !both_open {
            sub.send(PubAck::new(q1.packet_id))?;
        }
        let q2 = next_publish(&mut sub).vehicle("delivery at QoS 2")?;
        sub.send(PubRec::new(q2.packet_id))?;
        sub.send(Unsubscribe::new(40, [&topic]))?;
        // UNSUBACK and PUBREL may come in either order; the QoS 2 flow must go on.
        let mut got = [sub.recv()?, sub.recv()?];
        got.sort_by_key(|p| p.packet_type() as u8);
        let rel_ok = matches!(&got[0], Packet::PubRel(r) if r.packet_id == q2.packet_id);
        let unsuback_ok = matches!(&got[1], Packet::UnsubAck(a) if a.packet_id == 40);
        if !rel_ok || !unsuback_ok {
            return Err(sub.fail_with("the QoS 2 delivery must continue with PUBREL after UNSUBSCRIBE"));
        }
        sub.send(PubComp::new(q2.packet_id))?;
        // The QoS 1 delivery is completed by our PUBACK; the server accepts it
        // and has nothing left to re-send.
        if both_open {
            sub.send(PubAck::new(q1.packet_id))?;
        }
        // Nothing is re-sent (nor delivered on the deleted subscription):
        // a marker on another topic is next.
        expect_not_subscribed(b, &mut sub, &topic).because("a packet after both deliveries were completed")
    })
}

/// MQTT-3.10.4-4 (MUST, Server)
///
/// > The Server MUST respond to an UNSUBSCRIBE request by sending an UNSUBACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.10.4 (UNSUBSCRIBE Actions)
#[specgen::covers("MQTT-3.10.4-4", fp = "bd598a67")]
#[test]
fn mqtt_3_10_4_4_server_must_respond_unsubscribe_request_sending() -> R {
    run(|b| {
        let topic = unique_topic("unsuback");
        let mut c = subscriber_v5(b, &topic, QoS::AtMostOnce).vehicle("subscribing")?;
        // Subscribed, not subscribed, with properties.
        c.send(Unsubscribe::new(1, [&topic]))?;
        c.expect_ack("UNSUBACK", |p| matches!(p, Packet::UnsubAck(_)))?;
        c.send(Unsubscribe::new(2, [unique_topic("never")]))?;
        c.expect_ack("UNSUBACK", |p| matches!(p, Packet::UnsubAck(_)))?;
        c.send(Unsubscribe::new(3, [&topic]).properties(Properties::new().with_user_property("k", "v")))?;
        c.expect_ack("UNSUBACK", |p| matches!(p, Packet::UnsubAck(_)))?;
        Ok(())
    })
}

/// MQTT-3.10.4-5 (MUST, Server)
///
/// > The UNSUBACK packet MUST have the same Packet Identifier as the UNSUBSCRIBE packet. Even
/// > where no Topic Subscriptions are deleted, the Server MUST respond with an UNSUBACK.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.10.4 (UNSUBSCRIBE Actions)
#[specgen::covers("MQTT-3.10.4-5", fp = "f76572fd")]
#[test]
fn mqtt_3_10_4_5_unsuback_packet_must_identifier_unsubscribe() -> R {
    run(|b| {
        let topic = unique_topic("unsubackid");
        let mut c = connected_v5(b, "unsubackid")?;
        // Subscribed before each id except the last: even then an UNSUBACK.
        for (id, subscribed) in [(0x4321, true), (1, true), (0xffff, false)] {
            if subscribed {
                c.subscribe(&topic, QoS::AtMostOnce).vehicle("subscribing")?;
            }
            c.send(Unsubscribe::new(id, [&topic]))?;
            match c.expect_ack("UNSUBACK", |p| matches!(p, Packet::UnsubAck(_)))? {
                Packet::UnsubAck(a) if a.packet_id == id => {}
                p => return Err(c.fail_with(format!("UNSUBSCRIBE id={id} answered by {p}"))),
            }
        }
        Ok(())
    })
}

/// MQTT-3.10.4-6 (MUST, Server)
///
/// > If a Server receives an UNSUBSCRIBE packet that contains multiple Topic Filters, it MUST
/// > process that packet as if it had received a sequence of multiple UNSUBSCRIBE packets, except
/// > that it sends just one UNSUBACK response.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.10.4 (UNSUBSCRIBE Actions)
#[specgen::covers("MQTT-3.10.4-6", fp = "c5614ab8")]
#[test]
fn mqtt_3_10_4_6_must_process_packet_had_received_sequence() -> R {
    run(|b| {
        let base = unique_topic("unsubmulti");
        let [a, b_, c] = ["a", "b", "c"].map(|t| format!("{base}/{t}"));
        let mut sub = connected_v5(b, "sub")?;
        subscribe_all(&mut sub, &[(&a, QoS::AtMostOnce), (&b_, QoS::AtMostOnce), (&c, QoS::AtMostOnce)])
            .vehicle("subscribing")?;
        // Whether the Reason Codes can show the sequence: a server may
        // answer Success for a filter with no subscription.
        let distinct = tells_no_subscription_apart(&mut sub, &format!("{base}/never"))?;
        sub.send(Unsubscribe::new(9, [&a, &c, &a]))?;
        let ack = match sub.expect_ack("UNSUBACK", |p| matches!(p, Packet::UnsubAck(_)))? {
            Packet::UnsubAck(u) => u,
            _ => unreachable!(),
        };
        // As a sequence, the second `a` finds no subscription left.
        let want = [ReasonCode::Success, ReasonCode::Success, ReasonCode::NoSubscriptionExisted];
        let codes = &ack.reason_codes;
        let as_sequence = if distinct {
            codes[..] == want
        } else {
            codes.len() == 3
                && codes[..2] == want[..2]
                && matches!(codes[2], ReasonCode::Success | ReasonCode::NoSubscriptionExisted)
        };
        if ack.packet_id != 9 || !as_sequence {
            return Err(sub.fail_with(format!(
                "UNSUBSCRIBE [a, c, a] handled as a sequence answers [Success, Success, {}], got {codes:?}",
                if distinct { "No subscription existed" } else { "Success or No subscription existed" }
            )));
        }
        let mut publ = connected(b, "pub")?;
        for t in [&a, &b_, &c] {
            publ.publish(t, t.as_bytes(), QoS::AtMostOnce).vehicle("publishing")?;
        }
        publ.ping().vehicle("PINGREQ")?; // the QoS 0 PUBLISHes have been processed
        let got = publishes_until_marker(b, &mut sub, &b_)?; // fails on a second UNSUBACK
        if payloads(&got) != [b_.clone()] {
            return Err(sub.fail_with(format!("only {b_} should still be subscribed, got {:?}", payloads(&got))));
        }
        Ok(())
    })
}
