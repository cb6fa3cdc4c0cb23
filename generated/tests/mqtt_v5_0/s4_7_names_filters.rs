//! mqtt-v5.0 section 4.7: Topic Names and Topic Filters.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_subscribe::*;

/// MQTT-4.7.0-1 (MUST NOT, Unknown)
///
/// > The wildcard characters can be used in Topic Filters, but MUST NOT be used within a Topic
/// > Name.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.7.1 (Topic wildcards)
#[specgen::covers("MQTT-4.7.0-1", fp = "ba2f5a52")]
#[test]
fn mqtt_4_7_0_1_but_must_not_used_within_topic() -> R {
    run(|b| {
        for name in ["+", "#", "x+y", "x#y"] {
            let mut c = connected_v5(b, "wildname")?;
            c.send(Publish::new(format!("{}/{name}", unique_topic("wildname")), "x").qos(QoS::AtLeastOnce, 1))?;
            closed_after_error(&mut c).because(&format!("Topic Name level {name:?}"))?;
        }
        Ok(())
    })
}

/// MQTT-4.7.1-1 (MUST, Unknown)
///
/// > The multi-level wildcard character MUST be specified either on its own or following a topic
/// > level separator. In either case it MUST be the last character specified in the Topic Filter.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.7.1.2 (Multi-level wildcard)
#[specgen::covers("MQTT-4.7.1-1", fp = "016e8c80")]
#[test]
fn mqtt_4_7_1_1_multi_level_must_specified_either_own() -> R {
    run(|b| {
        for bad in ["sport/tennis#", "sport/tennis/#/ranking", "#/x", "x/##"] {
            expect_filter_refused(b, bad.as_bytes())?;
        }
        // Valid placements: alone at the end, matching the parent level too.
        let base = unique_topic("hash");
        let mut sub = subscriber_v5(b, &format!("{base}/#"), QoS::AtMostOnce).vehicle("subscribing")?;
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

/// MQTT-4.7.1-2 (MUST, Unknown)
///
/// > The single-level wildcard can be used at any level in the Topic Filter, including first and
/// > last levels. Where it is used, it MUST occupy an entire level of the filter.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.7.1.3 (Single-level wildcard)
#[specgen::covers("MQTT-4.7.1-2", fp = "4bb5bad7")]
#[test]
fn mqtt_4_7_1_2_must_occupy_entire_level_filter() -> R {
    run(|b| {
        for bad in ["sport+", "sport/+tennis", "+x/y", "a/++"] {
            expect_filter_refused(b, bad.as_bytes())?;
        }
        // Valid at the first and the last level.
        let base = unique_topic("plus");
        let (first, rest) = base.split_once('/').expect("unique topics have two levels");
        let mut sub = subscriber_v5(b, &format!("+/{rest}/+"), QoS::AtMostOnce).vehicle("subscribing")?;
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
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.7.2 (Topics beginning with $)
#[specgen::covers("MQTT-4.7.2-1", fp = "28393acf")]
#[test]
fn mqtt_4_7_2_1_server_must_not_match_topic_filters() -> R {
    run(|b| {
        // Filters starting with a wildcard, with a unique level after it so
        // that other tests' messages do not match them.
        let uniq = unique_client_id("dollar");
        let dollar = format!("$conformance/{uniq}/mon");
        let mut wild = connected_v5(b, "wild")?;
        let (f1, f2) = (format!("+/{uniq}/mon"), format!("+/{uniq}/#"));
        subscribe_all(&mut wild, &[(&f1, QoS::AtMostOnce), (&f2, QoS::AtMostOnce)]).vehicle("subscribing")?;
        // The vehicle: the same filters match the topic without its `$`.
        connected(b, "pub")?.publish(&format!("plain/{uniq}/mon"), b"plain", QoS::AtLeastOnce).vehicle("publishing")?;
        expect_payload(&mut wild, b"plain").vehicle("delivery on the wildcard-first filters")?;
        let plain = format!("plain/{uniq}/mon");
        // A second copy is allowed.
        publishes_until_marker(b, &mut wild, &plain).vehicle("delivery on the wildcard-first filters")?;
        connected(b, "pub")?.publish(&dollar, b"m", QoS::AtLeastOnce).vehicle("publishing")?;
        // Marker: again on the plain topic, after the $ message.
        let got = publishes_until_marker(b, &mut wild, &plain)?;
        if let Some(p) = got.iter().find(|p| p.topic.starts_with('$')) {
            return Err(wild.fail_with(format!("'+/...' filters matched {:?}", p.topic)));
        }
        Ok(())
    })
}

/// MQTT-4.7.3-1 (MUST, Unknown)
///
/// > All Topic Names and Topic Filters MUST be at least one character long
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.7.3 (Topic semantic and usage)
#[specgen::covers("MQTT-4.7.3-1", fp = "9fbfe0a3")]
#[test]
fn mqtt_4_7_3_1_all_topic_must_least_one_character() -> R {
    run(|b| {
        // 5.0 allows an empty Topic Name only together with a Topic Alias.
        let mut c = connected_v5(b, "emptyname")?;
        c.send(Publish::new("", "x").qos(QoS::AtLeastOnce, 1))?;
        closed_after_error(&mut c).because("PUBLISH with an empty Topic Name and no Topic Alias")?;
        expect_filter_refused(b, b"").because("SUBSCRIBE with an empty Topic Filter")?;
        let mut c = connected_v5(b, "emptyunsub")?;
        c.send(Unsubscribe::new(1, [""]))?;
        closed_after_error(&mut c).because("UNSUBSCRIBE with an empty Topic Filter")
    })
}

/// MQTT-4.7.3-2 (MUST NOT, Unknown)
///
/// > Topic Names and Topic Filters MUST NOT include the null character (Unicode U+0000) [Unicode]
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.7.3 (Topic semantic and usage)
#[specgen::covers("MQTT-4.7.3-2", fp = "d69e5951")]
#[test]
fn mqtt_4_7_3_2_topic_names_must_not_include_null() -> R {
    run(|b| {
        let mut c = connected_v5(b, "nulname")?;
        c.send_malformed(Malformed::v5(Publish::new("t", "x")).string_field("topic", b"a/\0/b"))?;
        closed_after_error(&mut c).because("PUBLISH Topic Name with U+0000")?;
        expect_filter_refused(b, b"a/\0/b").because("SUBSCRIBE Topic Filter with U+0000")?;
        let mut c = connected_v5(b, "nulunsub")?;
        c.send_malformed(Malformed::v5(Unsubscribe::new(1, ["x"])).string_field("filter[0]", b"a/\0/b"))?;
        closed_after_error(&mut c).because("UNSUBSCRIBE Topic Filter with U+0000")
    })
}

// MQTT-4.7.3-3 (MUST NOT, Unknown)
//
// > Topic Names and Topic Filters are UTF-8 Encoded Strings; they MUST NOT encode to more than
// > 65,535 bytes.
//
// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.7.3 (Topic semantic and usage)
specgen::waive!("MQTT-4.7.3-3", reason = "cannot be violated on the wire: every Topic Name and Topic Filter is a UTF-8 Encoded String with a 2-byte length prefix (1.5.4), which cannot express more than 65,535 bytes, so no packet can carry a longer one; length-prefix defects are malformed-packet cases of section 1.5.4");

/// MQTT-4.7.3-4 (MUST NOT, Server)
///
/// > When it performs subscription matching the Server MUST NOT perform any normalization of
/// > Topic Names or Topic Filters, or any modification or substitution of unrecognized
/// > characters.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.7.3 (Topic semantic and usage)
#[specgen::covers("MQTT-4.7.3-4", fp = "c7a53854")]
#[test]
fn mqtt_4_7_3_4_performs_subscription_must_not_perform_normalization() -> R {
    run(|b| {
        let base = unique_topic("nonorm");
        let filters = ["caf\u{e9}", "Accounts", "x", "\u{e000}\u{1f600}"].map(|t| format!("{base}/{t}"));
        let mut sub = connected_v5(b, "sub")?;
        let list: Vec<(&str, QoS)> = filters.iter().map(|f| (f.as_str(), QoS::AtMostOnce)).collect();
        subscribe_all(&mut sub, &list).vehicle("subscribing")?;
        let mut publ = connected_v5(b, "pub")?;
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
