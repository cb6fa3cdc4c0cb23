//! 3.8 SUBSCRIBE and 3.9 SUBACK.

use mqtt_conformance::prelude::*;

use crate::support::*;

const ALL_QOS: [QoS; 3] = [QoS::AtMostOnce, QoS::AtLeastOnce, QoS::ExactlyOnce];

/// The single SUBACK for `packet_id`.
fn expect_suback(c: &mut Client, packet_id: u16) -> Result<SubAck, ScriptError> {
    match c.expect_matching(&format!("SUBACK id={packet_id}"), |p| matches!(p, Packet::SubAck(_)))? {
        Packet::SubAck(s) if s.packet_id == packet_id => Ok(s),
        Packet::SubAck(s) => {
            Err(c.fail_with(format!("MQTT-3.8.4-2: SUBACK has packet id {} instead of {packet_id}", s.packet_id)))
        }
        _ => unreachable!(),
    }
}

#[test]
fn subscribe_with_wrong_fixed_header_flags_closes_the_connection() -> Result<(), ScriptError> {
    // covers: MQTT-3.8.1-1
    let b = Broker::start()?;
    for flags in [0b0000, 0b0011, 0b1010] {
        let mut c = connected(&b, "subflags")?;
        c.send_malformed(Malformed::from(Subscribe::one(1, unique_topic("subflags"), QoS::AtMostOnce)).flags(flags))?;
        c.expect_closed()?;
    }
    Ok(())
}

#[test]
fn subscribe_filter_that_is_not_utf8_closes_the_connection() -> Result<(), ScriptError> {
    // covers: MQTT-3.8.3-1
    let b = Broker::start()?;
    for bad in [&b"a/\xff"[..], b"a/\xc0\xaf", b"a/\xed\xa0\x80"] {
        let mut c = connected(&b, "subutf8")?;
        c.send_malformed(Malformed::from(Subscribe::one(1, "a", QoS::AtMostOnce)).string_field("filter[0]", bad))?;
        c.expect_closed()?;
    }
    Ok(())
}

#[test]
fn wildcard_filters_are_either_rejected_or_honoured() -> Result<(), ScriptError> {
    // covers: MQTT-3.8.3-2
    let b = Broker::start()?;
    let base = unique_topic("wildsupport");
    for filter in [format!("{base}/+/x"), format!("{base}/#")] {
        let mut sub = connected(&b, "sub")?;
        let ack = sub.subscribe(&filter, QoS::AtMostOnce)?;
        if ack.return_codes == [SubackCode::Failure] {
            continue; // rejected: allowed for a server without wildcard support
        }
        connected(&b, "pub")?.publish(&format!("{base}/a/x"), b"m", QoS::AtMostOnce)?;
        if payloads(&drain_publishes(&mut sub)?) != ["m"] {
            return Err(sub.fail_with(format!(
                "MQTT-3.8.3-2: wildcard filter {filter:?} was granted but the matching message did not arrive once"
            )));
        }
    }
    Ok(())
}

#[test]
fn subscribe_without_topic_filters_closes_the_connection() -> Result<(), ScriptError> {
    // covers: MQTT-3.8.3-3
    let b = Broker::start()?;
    let mut c = connected(&b, "nofilter")?;
    c.send(Subscribe::new(1, Vec::<(String, QoS)>::new()))?;
    c.expect_closed()
}

#[test]
fn subscribe_with_reserved_bits_or_qos_3_closes_the_connection() -> Result<(), ScriptError> {
    // covers: MQTT-3.8.3-4
    let b = Broker::start()?;
    for requested in [0x03, 0x04, 0x81, 0xfc] {
        let mut c = connected(&b, "subqos")?;
        let m = Malformed::from(Subscribe::one(1, unique_topic("subqos"), QoS::AtMostOnce));
        c.send_malformed(m.field_bytes("qos[0]", &[requested]))?;
        c.expect_closed()?;
    }
    Ok(())
}

#[test]
fn subscribe_is_answered_with_suback() -> Result<(), ScriptError> {
    // covers: MQTT-3.8.4-1
    let b = Broker::start()?;
    let mut c = connected(&b, "suback")?;
    for qos in ALL_QOS {
        let id = c.next_packet_id();
        c.send(Subscribe::one(id, unique_topic("suback"), qos))?;
        c.expect_matching("SUBACK", |p| matches!(p, Packet::SubAck(_)))?;
    }
    Ok(())
}

#[test]
fn suback_has_the_packet_identifier_of_the_subscribe() -> Result<(), ScriptError> {
    // covers: MQTT-3.8.4-2
    let b = Broker::start()?;
    let mut c = connected(&b, "subackid")?;
    for id in [1, 0x1234, 0xffff] {
        c.send(Subscribe::one(id, unique_topic("subackid"), QoS::AtLeastOnce))?;
        expect_suback(&mut c, id)?;
    }
    Ok(())
}

#[test]
fn identical_filter_replaces_the_subscription_and_resends_retained() -> Result<(), ScriptError> {
    // covers: MQTT-3.8.4-3
    let b = Broker::start()?;
    let topic = unique_topic("resub");
    let mut publ = connected(&b, "pub")?;
    publ.publish_packet(Publish::new(&topic, "retained").qos(QoS::AtLeastOnce, 1).retain(true))?;
    let mut sub = connected(&b, "sub")?;
    sub.subscribe(&topic, QoS::AtLeastOnce)?;
    sub.receive_publish()?;
    let ack = sub.subscribe(&topic, QoS::AtMostOnce)?;
    if ack.return_codes != [SubackCode::Granted(QoS::AtMostOnce)] {
        return Err(sub.fail_with("MQTT-3.8.4-3: the new subscription must carry the new maximum QoS 0"));
    }
    let again = drain_publishes(&mut sub)?;
    if payloads(&again) != ["retained"] {
        return Err(sub.fail_with("MQTT-3.8.4-3: the retained message must be re-sent once on re-subscribing"));
    }
    publ.publish(&topic, b"live", QoS::AtLeastOnce)?;
    let got = drain_publishes(&mut sub)?;
    if payloads(&got) != ["live"] || got[0].qos != QoS::AtMostOnce {
        return Err(sub.fail_with(
            "MQTT-3.8.4-3: expected one copy at QoS 0 (the old QoS 1 subscription must be replaced, not kept)",
        ));
    }
    Ok(())
}

#[test]
fn multi_filter_subscribe_acts_as_a_sequence_with_one_suback() -> Result<(), ScriptError> {
    // covers: MQTT-3.8.4-4
    let b = Broker::start()?;
    let base = unique_topic("multi");
    let (x, y) = (format!("{base}/x"), format!("{base}/y"));
    let mut sub = connected(&b, "sub")?;
    // As a sequence, the second subscription to `x` replaces the first.
    sub.send(Subscribe::new(7, [(&x, QoS::ExactlyOnce), (&y, QoS::AtLeastOnce), (&x, QoS::AtMostOnce)]))?;
    let ack = expect_suback(&mut sub, 7)?;
    if ack.return_codes.len() != 3 {
        return Err(sub.fail_with("MQTT-3.8.4-4: one SUBACK with a return code per filter expected"));
    }
    sub.expect_nothing_for(QUIET).map_err(|_| sub.fail_with("MQTT-3.8.4-4: only a single SUBACK may be sent"))?;
    let mut publ = connected(&b, "pub")?;
    publ.publish(&x, b"x", QoS::ExactlyOnce)?;
    publ.publish(&y, b"y", QoS::ExactlyOnce)?;
    let got = drain_publishes(&mut sub)?;
    let seen: Vec<(String, QoS)> = got.iter().map(|p| (p.topic.clone(), p.qos)).collect();
    if seen != [(x.clone(), QoS::AtMostOnce), (y.clone(), QoS::AtLeastOnce)] {
        return Err(sub.fail_with(format!("MQTT-3.8.4-4: expected x at QoS 0 (replaced) and y at QoS 1, got {seen:?}")));
    }
    Ok(())
}

#[test]
fn suback_has_a_granted_qos_or_failure_per_filter() -> Result<(), ScriptError> {
    // covers: MQTT-3.8.4-5
    let b = Broker::start()?;
    let base = unique_topic("codes");
    let mut sub = connected(&b, "sub")?;
    let filters: Vec<(String, QoS)> = ALL_QOS.iter().map(|q| (format!("{base}/{}", *q as u8), *q)).collect();
    sub.send(Subscribe::new(3, filters.clone()))?;
    let ack = expect_suback(&mut sub, 3)?;
    if ack.return_codes.len() != filters.len() {
        return Err(sub.fail_with("MQTT-3.8.4-5: SUBACK must have one return code per Topic Filter/QoS pair"));
    }
    for ((filter, requested), code) in filters.iter().zip(&ack.return_codes) {
        let SubackCode::Granted(granted) = *code else { continue };
        if granted > *requested {
            return Err(sub.fail_with(format!("MQTT-3.8.4-5: {filter}: granted {granted:?} > requested {requested:?}")));
        }
        // The code shows the maximum QoS: a QoS 2 message arrives at exactly that QoS.
        connected(&b, "pub")?.publish(filter, b"m", QoS::ExactlyOnce)?;
        let p = sub.receive_publish()?;
        if p.qos != granted {
            return Err(
                sub.fail_with(format!("MQTT-3.8.4-5: {filter}: granted {granted:?} but delivered at {:?}", p.qos))
            );
        }
    }
    Ok(())
}

#[test]
fn delivery_qos_is_the_minimum_of_published_and_granted() -> Result<(), ScriptError> {
    // covers: MQTT-3.8.4-6
    let b = Broker::start()?;
    let mut publ = connected(&b, "pub")?;
    for requested in ALL_QOS {
        let topic = unique_topic("minqos");
        let mut sub = connected(&b, "sub")?;
        let SubackCode::Granted(granted) = sub.subscribe(&topic, requested)?.return_codes[0] else {
            return Err(sub.fail_with("MQTT-3.8.4-6: subscription to a plain topic refused"));
        };
        for published in ALL_QOS {
            publ.publish(&topic, format!("{published:?}").as_bytes(), published)?;
            let p = sub.receive_publish()?;
            if p.qos != published.min(granted) {
                return Err(sub.fail_with(format!(
                    "MQTT-3.8.4-6: published at {published:?}, granted {granted:?}, delivered at {:?}",
                    p.qos
                )));
            }
        }
    }
    Ok(())
}

#[test]
fn suback_return_codes_follow_the_filter_order() -> Result<(), ScriptError> {
    // covers: MQTT-3.9.3-1
    let b = Broker::start()?;
    let base = unique_topic("order");
    let filters = [("q2", QoS::ExactlyOnce), ("q0", QoS::AtMostOnce), ("q1", QoS::AtLeastOnce)]
        .map(|(t, q)| (format!("{base}/{t}"), q));
    let mut sub = connected(&b, "sub")?;
    sub.send(Subscribe::new(9, filters.clone()))?;
    let ack = expect_suback(&mut sub, 9)?;
    if ack.return_codes.len() != filters.len() {
        return Err(sub.fail_with("MQTT-3.9.3-1: SUBACK must have one return code per filter, in order"));
    }
    // Each code must be the one of its filter: a QoS 2 message shows the grant.
    let mut publ = connected(&b, "pub")?;
    for ((filter, _), code) in filters.iter().zip(&ack.return_codes) {
        publ.publish(filter, b"m", QoS::ExactlyOnce)?;
        let delivered = drain_publishes(&mut sub)?.first().map(|p| SubackCode::Granted(p.qos));
        if delivered.unwrap_or(SubackCode::Failure) != *code {
            return Err(sub.fail_with(format!(
                "MQTT-3.9.3-1: return code {code:?} at the position of {filter} does not match its delivery {delivered:?}"
            )));
        }
    }
    Ok(())
}

#[test]
fn suback_uses_only_defined_return_codes() -> Result<(), ScriptError> {
    // covers: MQTT-3.9.3-2
    // The script's decoder rejects any return code other than 0x00, 0x01,
    // 0x02 and 0x80 as a malformed SUBACK; the filters ask for every QoS and
    // include a wildcard filter, the usual candidate for a failure code.
    let b = Broker::start()?;
    let base = unique_topic("rc");
    let mut c = connected(&b, "rc")?;
    c.send(Subscribe::new(
        4,
        [
            (format!("{base}/a"), QoS::AtMostOnce),
            (format!("{base}/+"), QoS::AtLeastOnce),
            (format!("{base}/#"), QoS::ExactlyOnce),
        ],
    ))?;
    let ack = expect_suback(&mut c, 4)?;
    if ack.return_codes.len() != 3 {
        return Err(c.fail_with("MQTT-3.9.3-2: expected three return codes"));
    }
    Ok(())
}
