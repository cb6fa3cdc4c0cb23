//! mqtt-v3.1.1 section 3.10: UNSUBSCRIBE – Unsubscribe from topics.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

/// MQTT-3.10.1-1 (MUST, Server)
///
/// > Bits 3,2,1 and 0 of the fixed header of the UNSUBSCRIBE Control Packet are reserved and MUST
/// > be set to 0,0,1 and 0 respectively. The Server MUST treat any other value as malformed and
/// > close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.10.1 (Fixed header)
#[specgen::covers("MQTT-3.10.1-1", fp = "6ca398a6")]
#[test]
fn mqtt_3_10_1_1_unsubscribe_with_wrong_fixed_header_flags_closes_the_connection() -> Result<(), ScriptError> {
    run(|b| {
        for flags in [0b0000, 0b0011, 0b1010] {
            let mut c = connected(b, "unsubflags")?;
            c.send_malformed(Malformed::from(Unsubscribe::new(1, [unique_topic("unsubflags")])).flags(flags))?;
            c.expect_closed()?;
        }
        Ok(())
    })
}

/// MQTT-3.10.3-1 (MUST, Unknown)
///
/// > The Topic Filters in an UNSUBSCRIBE packet MUST be UTF-8 encoded strings as defined in
/// > Section 1.5.3, packed contiguously.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.10.3 (Payload)
#[specgen::covers("MQTT-3.10.3-1", fp = "ceb1252e")]
#[test]
fn mqtt_3_10_3_1_unsubscribe_filter_that_is_not_utf8_closes_the_connection() -> Result<(), ScriptError> {
    run(|b| {
        for bad in [&b"a/\xff"[..], b"a/\xc0\xaf", b"a/\xed\xa0\x80"] {
            let mut c = connected(b, "unsubutf8")?;
            c.send_malformed(Malformed::from(Unsubscribe::new(1, ["a"])).string_field("filter[0]", bad))?;
            c.expect_closed()?;
        }
        Ok(())
    })
}

/// MQTT-3.10.3-2 (MUST, Unknown)
///
/// > The Payload of an UNSUBSCRIBE packet MUST contain at least one Topic Filter. An UNSUBSCRIBE
/// > packet with no payload is a protocol violation.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.10.3 (Payload)
#[specgen::covers("MQTT-3.10.3-2", fp = "b5a2f305")]
#[test]
fn mqtt_3_10_3_2_unsubscribe_without_topic_filters_closes_the_connection() -> Result<(), ScriptError> {
    run(|b| {
        let mut c = connected(b, "unsubnone")?;
        c.send(Unsubscribe::new(1, Vec::<String>::new()))?;
        c.expect_closed()
    })
}

/// MQTT-3.10.4-1 (MUST, Server)
///
/// > The Topic Filters (whether they contain wildcards or not) supplied in an UNSUBSCRIBE packet
/// > MUST be compared character-by-character with the current set of Topic Filters held by the
/// > Server for the Client. If any filter matches exactly then its owning Subscription is
/// > deleted, otherwise no additional processing occurs.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.10.4 (Response)
#[specgen::covers("MQTT-3.10.4-1", fp = "48f2cebf")]
#[test]
fn mqtt_3_10_4_1_unsubscribe_compares_filters_character_by_character() -> Result<(), ScriptError> {
    run(|b| {
        let base = unique_topic("unsubcmp");
        let filter = format!("{base}/+");
        let mut sub = subscriber(b, &filter, QoS::AtMostOnce).vehicle("subscribing")?;
        // Neither a topic the filter matches nor a differently cased filter is the same filter.
        let unsub = "UNSUBSCRIBE answered with UNSUBACK [MQTT-3.10.4-4]";
        sub.unsubscribe(&format!("{base}/a")).vehicle(unsub)?;
        sub.unsubscribe(&format!("{}/+", base.to_uppercase())).vehicle(unsub)?;
        let mut publ = connected(b, "pub")?;
        publ.publish(&format!("{base}/a"), b"kept", QoS::AtMostOnce).vehicle("publishing")?;
        publ.ping().vehicle("PINGREQ")?; // the QoS 0 PUBLISH has been processed
        if payloads(&publishes_until_marker(b, &mut sub, &format!("{base}/a"))?) != ["kept"] {
            return Err(sub.fail_with("a subscription was deleted by a filter that is not identical"));
        }
        sub.unsubscribe(&filter).vehicle(unsub)?;
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
/// > If a Server deletes a Subscription It MUST stop adding any new messages for delivery to the
/// > Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.10.4 (Response)
#[specgen::covers("MQTT-3.10.4-2", fp = "47f01533")]
#[test]
fn mqtt_3_10_4_2_deleted_subscription_gets_no_new_messages() -> Result<(), ScriptError> {
    run(|b| {
        let topic = unique_topic("unsubstop");
        let mut sub = subscriber(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        sub.unsubscribe(&topic).vehicle("UNSUBSCRIBE answered with UNSUBACK [MQTT-3.10.4-4]")?;
        // A marker from the same publisher, after the messages, on a topic `sub` still has.
        let marker = format!("{topic}-marker");
        sub.subscribe(&marker, QoS::AtMostOnce).vehicle("subscribing")?;
        let mut publ = connected(b, "pub")?;
        for qos in [QoS::AtMostOnce, QoS::AtLeastOnce, QoS::ExactlyOnce] {
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
/// > If a Server deletes a Subscription It MUST complete the delivery of any QoS 1 or QoS 2
/// > messages which it has started to send to the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.10.4 (Response)
#[specgen::covers("MQTT-3.10.4-3", fp = "9a9195f1")]
#[test]
fn mqtt_3_10_4_3_unsubscribe_completes_qos2_delivery_in_progress() -> Result<(), ScriptError> {
    run(|b| {
        let topic = unique_topic("unsubinflight");
        let mut sub = subscriber(b, &topic, QoS::ExactlyOnce).vehicle("subscribing")?;
        let mut publ = connected(b, "pub")?;
        publ.publish(&topic, b"q1", QoS::AtLeastOnce).vehicle("publishing")?;
        publ.publish(&topic, b"q2", QoS::ExactlyOnce).vehicle("publishing")?;
        // q1 is acknowledged at once: a server may keep one message in flight.
        let q1 = next_publish(&mut sub).vehicle("delivery at QoS 1")?;
        sub.send(PubAck::new(q1.packet_id))?;
        let q2 = next_publish(&mut sub).vehicle("delivery at QoS 2")?;
        sub.send(PubRec::new(q2.packet_id))?; // QoS 2 delivery started
        sub.send(Unsubscribe::new(40, [&topic]))?;
        // UNSUBACK and PUBREL may come in either order.
        let mut got = [sub.recv()?, sub.recv()?];
        got.sort_by_key(|p| p.packet_type() as u8);
        if got != [Packet::PubRel(PubRel::new(q2.packet_id)), Packet::UnsubAck(UnsubAck::new(40))] {
            return Err(sub.fail_with("the QoS 2 delivery must continue with PUBREL after UNSUBSCRIBE"));
        }
        sub.send(PubComp::new(q2.packet_id))?;
        // The completed flows leave nothing to re-send; the connection stays healthy.
        sub.ping()
    })
}

/// MQTT-3.10.4-4 (MUST, Server)
///
/// > The Server MUST respond to an UNSUBSUBCRIBE request by sending an UNSUBACK packet. The
/// > UNSUBACK Packet MUST have the same Packet Identifier as the UNSUBSCRIBE Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.10.4 (Response)
#[specgen::covers("MQTT-3.10.4-4", fp = "8be5c809")]
#[test]
fn mqtt_3_10_4_4_unsuback_has_the_packet_identifier_of_the_unsubscribe() -> Result<(), ScriptError> {
    run(|b| {
        let topic = unique_topic("unsuback");
        let mut c = subscriber(b, &topic, QoS::AtMostOnce).vehicle("subscribing")?;
        for id in [0x4321, 1, 0xffff] {
            c.send(Unsubscribe::new(id, [&topic]))?;
            c.expect(UnsubAck::new(id))?;
        }
        Ok(())
    })
}

/// MQTT-3.10.4-5 (MUST, Server)
///
/// > Even where no Topic Subscriptions are deleted, the Server MUST respond with an UNSUBACK.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.10.4 (Response)
#[specgen::covers("MQTT-3.10.4-5", fp = "faf7a5e7")]
#[test]
fn mqtt_3_10_4_5_unsuback_is_sent_even_when_nothing_was_subscribed() -> Result<(), ScriptError> {
    run(|b| {
        let mut c = connected(b, "unsubnothing")?;
        c.send(Unsubscribe::new(2, [unique_topic("never"), "never/+/#".to_string()]))?;
        c.expect(UnsubAck::new(2))?;
        Ok(())
    })
}

/// MQTT-3.10.4-6 (MUST, Server)
///
/// > If a Server receives an UNSUBSCRIBE packet that contains multiple Topic Filters it MUST
/// > handle that packet as if it had received a sequence of multiple UNSUBSCRIBE packets, except
/// > that it sends just one UNSUBACK response.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.10.4 (Response)
#[specgen::covers("MQTT-3.10.4-6", fp = "55e5cb4d")]
#[test]
fn mqtt_3_10_4_6_multi_filter_unsubscribe_acts_as_a_sequence_with_one_unsuback() -> Result<(), ScriptError> {
    run(|b| {
        let base = unique_topic("unsubmulti");
        let [a, b_, c] = ["a", "b", "c"].map(|t| format!("{base}/{t}"));
        let mut sub = connected(b, "sub")?;
        sub.send(Subscribe::new(1, [(&a, QoS::AtMostOnce), (&b_, QoS::AtMostOnce), (&c, QoS::AtMostOnce)]))?;
        sub.expect_ack("SUBACK", |p| matches!(p, Packet::SubAck(_))).vehicle("subscribing")?;
        sub.send(Unsubscribe::new(2, [&a, &c, &a]))?;
        sub.expect(UnsubAck::new(2))?;
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
