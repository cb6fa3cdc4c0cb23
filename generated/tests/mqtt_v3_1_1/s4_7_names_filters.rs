//! mqtt-v3.1.1 section 4.7: Topic Names and Topic Filters.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_publish::*;

/// MQTT-4.7.1-1 (MUST NOT, Unknown)
///
/// > The wildcard characters can be used in Topic Filters, but MUST NOT be used within a Topic
/// > Name.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.7.1 (Topic wildcards)
#[specgen::covers("MQTT-4.7.1-1", fp = "ba2f5a52")]
#[test]
fn mqtt_4_7_1_1_publish_topic_name_with_wildcard_characters_closes_the_connection() -> Result<(), ScriptError> {
    run(|b| {
        for name in ["+", "#", "x+y", "x#y"] {
            let mut c = connected(b, "wildname")?;
            c.send(Publish::new(format!("{}/{name}", unique_topic("wildname")), "x").qos(QoS::AtLeastOnce, 1))?;
            c.expect_closed()?;
        }
        Ok(())
    })
}

/// MQTT-4.7.1-2 (MUST, Unknown)
///
/// > The multi-level wildcard character MUST be specified either on its own or following a topic
/// > level separator. In either case it MUST be the last character specified in the Topic Filter.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.7.1.2 (Multi-level wildcard)
#[specgen::covers("MQTT-4.7.1-2", fp = "016e8c80")]
#[test]
fn mqtt_4_7_1_2_multi_level_wildcard_must_be_last_and_a_whole_level() -> Result<(), ScriptError> {
    run(|b| {
        for bad in ["sport/tennis#", "sport/tennis/#/ranking", "#/x", "x/##"] {
            let (refused, c) = subscribe_refused(b, bad.as_bytes())?;
            if !refused {
                return Err(c.fail_with(format!("invalid filter {bad:?} was accepted")));
            }
        }
        // Valid placements: alone at the end, including the parent level.
        let base = unique_topic("hash");
        let mut sub = subscriber(b, &format!("{base}/#"), QoS::AtMostOnce)?;
        let mut publ = connected(b, "pub")?;
        publ.publish(&base, b"parent", QoS::AtMostOnce).vehicle("publishing")?;
        publ.publish(&format!("{base}/a/b"), b"child", QoS::AtMostOnce).vehicle("publishing")?;
        publ.ping().vehicle("PINGREQ")?; // the QoS 0 PUBLISHes have been processed
        if payloads(&publishes_until_marker(b, &mut sub, &format!("{base}/a/b"))?) != ["parent", "child"] {
            return Err(sub.fail_with("a valid trailing '#' filter did not match parent and children"));
        }
        Ok(())
    })
}

/// MQTT-4.7.1-3 (MUST, Unknown)
///
/// > The single-level wildcard can be used at any level in the Topic Filter, including first and
/// > last levels. Where it is used it MUST occupy an entire level of the filter.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.7.1.3 (Single level wildcard)
#[specgen::covers("MQTT-4.7.1-3", fp = "1cfb0701")]
#[test]
fn mqtt_4_7_1_3_single_level_wildcard_must_occupy_a_whole_level() -> Result<(), ScriptError> {
    run(|b| {
        for bad in ["sport+", "sport/+tennis", "+x/y", "a/++"] {
            let (refused, c) = subscribe_refused(b, bad.as_bytes())?;
            if !refused {
                return Err(c.fail_with(format!("invalid filter {bad:?} was accepted")));
            }
        }
        // Valid at the first and the last level.
        let base = unique_topic("plus");
        let (first, rest) = base.split_once('/').expect("unique topics have two levels");
        let mut sub = subscriber(b, &format!("+/{rest}/+"), QoS::AtMostOnce)?;
        let mut publ = connected(b, "pub")?;
        publ.publish(&format!("{first}/{rest}/x"), b"m", QoS::AtMostOnce).vehicle("publishing")?;
        publ.ping().vehicle("PINGREQ")?; // the QoS 0 PUBLISH has been processed
        if payloads(&publishes_until_marker(b, &mut sub, &format!("{first}/{rest}/x"))?) != ["m"] {
            return Err(sub.fail_with("'+' as first and last level did not match"));
        }
        Ok(())
    })
}

/// MQTT-4.7.2-1 (MUST NOT, Server)
///
/// > The Server MUST NOT match Topic Filters starting with a wildcard character (# or +) with
/// > Topic Names beginning with a $ character.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.7.2 (Topics beginning with $)
#[specgen::covers("MQTT-4.7.2-1", fp = "28393acf")]
#[test]
fn mqtt_4_7_2_1_wildcard_first_filters_do_not_match_dollar_topics() -> Result<(), ScriptError> {
    run(|b| {
        // Filters starting with a wildcard, but with a unique level after it so
        // that other tests' messages on a shared broker do not match them
        // (bare "#" and "+/#" would catch every test's traffic).
        let uniq = unique_client_id("dollar");
        let dollar = format!("$conformance/{uniq}/mon");
        let mut wild = connected(b, "wild")?;
        wild.send(Subscribe::new(
            1,
            [(format!("+/{uniq}/mon"), QoS::AtMostOnce), (format!("+/{uniq}/#"), QoS::AtMostOnce)],
        ))?;
        let ack = expect_suback(&mut wild, 1).vehicle("subscribing")?;
        if ack.return_codes.contains(&SubackCode::Failure) {
            return Err(wild.fail_with("wildcard-first filters refused")).vehicle("subscribing");
        }
        // The vehicle: the same filters match the topic without its `$`.
        connected(b, "pub")?.publish(&format!("plain/{uniq}/mon"), b"plain", QoS::AtLeastOnce).vehicle("publishing")?;
        expect_payload(&mut wild, b"plain").vehicle("delivery on the wildcard-first filters")?;
        let plain = format!("plain/{uniq}/mon");
        // A second copy is allowed.
        publishes_until_marker(b, &mut wild, &plain).vehicle("delivery on the wildcard-first filters")?;
        // Whether the server routes a client's $ topic at all: the control
        // subscriber gets "m" before a marker the same publisher sends on a
        // plain topic after it (or only the marker).
        let mut control = subscriber(b, &format!("$conformance/{uniq}/#"), QoS::AtMostOnce).vehicle("subscribing")?;
        let control_marker = format!("plain/{uniq}/control");
        control.subscribe(&control_marker, QoS::AtMostOnce).vehicle("subscribing")?;
        let (mut publ, marker) = (connected(b, "pub")?, fresh_marker());
        publ.publish(&dollar, b"m", QoS::AtLeastOnce).vehicle("publishing")?;
        publ.publish(&control_marker, &marker, QoS::AtLeastOnce).vehicle("publishing the marker")?;
        // A server may also drop the publisher of a $ topic (amqtt 0.12
        // stops routing its messages): then the marker never comes.
        let (before, _) = packets_until_marker(&mut control, &marker)
            .vehicle("the marker the publisher sent after its $ topic message")?;
        let reached = matches!(before.as_slice(), [Packet::Publish(p)] if p.payload == b"m");
        if !reached {
            // The server keeps clients from using $ topics (a SHOULD).
            control.note("the server did not route the client's $ topic");
        }
        let got = publishes_until_marker(b, &mut wild, &plain)?;
        if let Some(p) = got.iter().find(|p| p.topic.starts_with('$')) {
            return Err(wild.fail_with(format!("'#', '+/...' matched {:?}", p.topic)));
        }
        Ok(())
    })
}

/// MQTT-4.7.3-1 (MUST, Unknown)
///
/// > All Topic Names and Topic Filters MUST be at least one character long
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.7.3 (Topic semantic and usage)
#[specgen::covers("MQTT-4.7.3-1", fp = "9fbfe0a3")]
#[test]
fn mqtt_4_7_3_1_empty_topic_names_and_filters_are_refused() -> Result<(), ScriptError> {
    run(|b| {
        let mut c = connected(b, "emptyname")?;
        c.send(Publish::new("", "x").qos(QoS::AtLeastOnce, 1))?;
        c.expect_closed()?;
        let (refused, c) = subscribe_refused(b, b"")?;
        if !refused {
            return Err(c.fail_with("an empty Topic Filter was accepted in SUBSCRIBE"));
        }
        let mut c = connected(b, "emptyunsub")?;
        c.send(Unsubscribe::new(1, [""]))?;
        c.expect_closed()
    })
}

/// MQTT-4.7.3-2 (MUST NOT, Unknown)
///
/// > Topic Names and Topic Filters MUST NOT include the null character (Unicode U+0000) [Unicode]
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.7.3 (Topic semantic and usage)
#[specgen::covers("MQTT-4.7.3-2", fp = "d69e5951")]
#[test]
fn mqtt_4_7_3_2_null_character_in_topic_names_and_filters_is_refused() -> Result<(), ScriptError> {
    run(|b| {
        let mut c = connected(b, "nulname")?;
        c.send_malformed(Malformed::from(Publish::new("t", "x")).string_field("topic", b"a/\0/b"))?;
        c.expect_closed()?;
        let (refused, c) = subscribe_refused(b, b"a/\0/b")?;
        if !refused {
            return Err(c.fail_with("a Topic Filter with U+0000 was accepted in SUBSCRIBE"));
        }
        let mut c = connected(b, "nulunsub")?;
        c.send_malformed(Malformed::from(Unsubscribe::new(1, ["x"])).string_field("filter[0]", b"a/\0/b"))?;
        c.expect_closed()
    })
}

// MQTT-4.7.3-3 (MUST NOT, Unknown)
//
// > Topic Names and Topic Filters are UTF-8 encoded strings, they MUST NOT encode to more than
// > 65535 bytes.
//
// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.7.3 (Topic semantic and usage)
specgen::waive!("MQTT-4.7.3-3", reason = "cannot be violated on the wire: every Topic Name and Topic Filter is a UTF-8 string with a 2-byte length prefix (1.5.3), which cannot express more than 65535 bytes, so neither side can send a longer one; length-prefix defects are malformed-packet cases of section 1.5.3");

/// MQTT-4.7.3-4 (MUST NOT, Server)
///
/// > When it performs subscription matching the Server MUST NOT perform any normalization of
/// > Topic Names or Topic Filters, or any modification or substitution of unrecognized
/// > characters.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.7.3 (Topic semantic and usage)
#[specgen::covers("MQTT-4.7.3-4", fp = "c7a53854")]
#[test]
fn mqtt_4_7_3_4_matching_does_not_normalize_topics() -> Result<(), ScriptError> {
    run(|b| {
        let base = unique_topic("nonorm");
        let filters = ["caf\u{e9}", "Accounts", "x", "\u{e000}\u{1f600}"].map(|t| format!("{base}/{t}"));
        let mut sub = connected(b, "sub")?;
        sub.send(Subscribe::new(1, filters.iter().map(|f| (f.clone(), QoS::AtMostOnce))))?;
        expect_suback(&mut sub, 1).vehicle("subscribing")?;
        let mut publ = connected(b, "pub")?;
        // Canonically equivalent, differently cased, trailing '/': all distinct topics.
        for t in ["cafe\u{301}", "ACCOUNTS", "x/"] {
            publ.publish(&format!("{base}/{t}"), b"no", QoS::AtMostOnce).vehicle("publishing")?;
        }
        for f in &filters {
            publ.publish(f, b"yes", QoS::AtMostOnce).vehicle("publishing")?;
        }
        publ.ping().vehicle("PINGREQ")?; // the QoS 0 PUBLISHes have been processed
        let got = publishes_until_marker(b, &mut sub, &filters[2])?;
        let topics: Vec<&str> = got.iter().map(|p| p.topic.as_str()).collect();
        if topics != filters.iter().map(|f| f.as_str()).collect::<Vec<_>>() {
            return Err(
                sub.fail_with(format!("expected exactly the identical topics {filters:?}, delivered {topics:?}"))
            );
        }
        Ok(())
    })
}
