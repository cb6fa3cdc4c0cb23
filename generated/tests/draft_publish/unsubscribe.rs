//! 3.10 UNSUBSCRIBE and 3.11 UNSUBACK.

use mqtt_conformance::prelude::*;

use crate::support::*;

#[test]
fn unsubscribe_with_wrong_fixed_header_flags_closes_the_connection() -> Result<(), ScriptError> {
    // covers: MQTT-3.10.1-1
    let b = Broker::start()?;
    for flags in [0b0000, 0b0011, 0b1010] {
        let mut c = connected(&b, "unsubflags")?;
        c.send_malformed(Malformed::from(Unsubscribe::new(1, [unique_topic("unsubflags")])).flags(flags))?;
        c.expect_closed()?;
    }
    Ok(())
}

#[test]
fn unsubscribe_filter_that_is_not_utf8_closes_the_connection() -> Result<(), ScriptError> {
    // covers: MQTT-3.10.3-1
    let b = Broker::start()?;
    for bad in [&b"a/\xff"[..], b"a/\xc0\xaf", b"a/\xed\xa0\x80"] {
        let mut c = connected(&b, "unsubutf8")?;
        c.send_malformed(Malformed::from(Unsubscribe::new(1, ["a"])).string_field("filter[0]", bad))?;
        c.expect_closed()?;
    }
    Ok(())
}

#[test]
fn unsubscribe_without_topic_filters_closes_the_connection() -> Result<(), ScriptError> {
    // covers: MQTT-3.10.3-2
    let b = Broker::start()?;
    let mut c = connected(&b, "unsubnone")?;
    c.send(Unsubscribe::new(1, Vec::<String>::new()))?;
    c.expect_closed()
}

#[test]
fn unsubscribe_compares_filters_character_by_character() -> Result<(), ScriptError> {
    // covers: MQTT-3.10.4-1
    let b = Broker::start()?;
    let base = unique_topic("unsubcmp");
    let filter = format!("{base}/+");
    let mut sub = subscriber(&b, &filter, QoS::AtMostOnce)?;
    // Neither a topic the filter matches nor a differently cased filter is the same filter.
    sub.unsubscribe(&format!("{base}/a"))?;
    sub.unsubscribe(&format!("{}/+", base.to_uppercase()))?;
    let mut publ = connected(&b, "pub")?;
    publ.publish(&format!("{base}/a"), b"kept", QoS::AtMostOnce)?;
    if payloads(&drain_publishes(&mut sub)?) != ["kept"] {
        return Err(sub.fail_with("MQTT-3.10.4-1: a subscription was deleted by a filter that is not identical"));
    }
    sub.unsubscribe(&filter)?;
    publ.publish(&format!("{base}/a"), b"gone", QoS::AtMostOnce)?;
    sub.expect_nothing_for(QUIET)
        .map_err(|_| sub.fail_with("MQTT-3.10.4-1: the identical filter did not delete the subscription"))
}

#[test]
fn deleted_subscription_gets_no_new_messages() -> Result<(), ScriptError> {
    // covers: MQTT-3.10.4-2
    let b = Broker::start()?;
    let topic = unique_topic("unsubstop");
    let mut sub = subscriber(&b, &topic, QoS::AtLeastOnce)?;
    sub.unsubscribe(&topic)?;
    let mut publ = connected(&b, "pub")?;
    for qos in [QoS::AtMostOnce, QoS::AtLeastOnce, QoS::ExactlyOnce] {
        publ.publish(&topic, b"after", qos)?;
    }
    sub.expect_nothing_for(QUIET)
        .map_err(|_| sub.fail_with("MQTT-3.10.4-2: a message was delivered after its subscription was deleted"))
}

#[test]
fn unsubscribe_completes_qos2_delivery_in_progress() -> Result<(), ScriptError> {
    // covers: MQTT-3.10.4-3
    let b = Broker::start()?;
    let topic = unique_topic("unsubinflight");
    let mut sub = subscriber(&b, &topic, QoS::ExactlyOnce)?;
    let mut publ = connected(&b, "pub")?;
    publ.publish(&topic, b"q1", QoS::AtLeastOnce)?;
    publ.publish(&topic, b"q2", QoS::ExactlyOnce)?;
    let q1 = next_publish(&mut sub)?;
    let q2 = next_publish(&mut sub)?;
    sub.send(PubRec::new(q2.packet_id))?; // QoS 2 delivery started
    sub.send(Unsubscribe::new(40, [&topic]))?;
    // UNSUBACK and PUBREL may come in either order.
    let mut got = [sub.recv()?, sub.recv()?];
    got.sort_by_key(|p| p.packet_type() as u8);
    if got != [Packet::PubRel(PubRel::new(q2.packet_id)), Packet::UnsubAck(UnsubAck::new(40))] {
        return Err(sub.fail_with("MQTT-3.10.4-3: the QoS 2 delivery must continue with PUBREL after UNSUBSCRIBE"));
    }
    sub.send(PubComp::new(q2.packet_id))?;
    sub.send(PubAck::new(q1.packet_id))?;
    // The completed flows leave nothing to re-send; the connection stays healthy.
    sub.ping()
}

#[test]
fn unsuback_has_the_packet_identifier_of_the_unsubscribe() -> Result<(), ScriptError> {
    // covers: MQTT-3.10.4-4
    let b = Broker::start()?;
    let topic = unique_topic("unsuback");
    let mut c = subscriber(&b, &topic, QoS::AtMostOnce)?;
    for id in [0x4321, 1, 0xffff] {
        c.send(Unsubscribe::new(id, [&topic]))?;
        c.expect(UnsubAck::new(id))?;
    }
    Ok(())
}

#[test]
fn unsuback_is_sent_even_when_nothing_was_subscribed() -> Result<(), ScriptError> {
    // covers: MQTT-3.10.4-5
    let b = Broker::start()?;
    let mut c = connected(&b, "unsubnothing")?;
    c.send(Unsubscribe::new(2, [unique_topic("never"), "never/+/#".to_string()]))?;
    c.expect(UnsubAck::new(2))?;
    Ok(())
}

#[test]
fn multi_filter_unsubscribe_acts_as_a_sequence_with_one_unsuback() -> Result<(), ScriptError> {
    // covers: MQTT-3.10.4-6
    let b = Broker::start()?;
    let base = unique_topic("unsubmulti");
    let [a, b_, c] = ["a", "b", "c"].map(|t| format!("{base}/{t}"));
    let mut sub = connected(&b, "sub")?;
    sub.send(Subscribe::new(1, [(&a, QoS::AtMostOnce), (&b_, QoS::AtMostOnce), (&c, QoS::AtMostOnce)]))?;
    sub.expect_matching("SUBACK", |p| matches!(p, Packet::SubAck(_)))?;
    sub.send(Unsubscribe::new(2, [&a, &c, &a]))?;
    sub.expect(UnsubAck::new(2))?;
    let mut publ = connected(&b, "pub")?;
    for t in [&a, &b_, &c] {
        publ.publish(t, t.as_bytes(), QoS::AtMostOnce)?;
    }
    let got = drain_publishes(&mut sub)?; // fails on a second UNSUBACK
    if payloads(&got) != [b_.clone()] {
        return Err(
            sub.fail_with(format!("MQTT-3.10.4-6: only {b_} should still be subscribed, got {:?}", payloads(&got)))
        );
    }
    Ok(())
}
