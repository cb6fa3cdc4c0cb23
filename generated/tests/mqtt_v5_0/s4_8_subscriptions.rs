//! mqtt-v5.0 section 4.8: Subscriptions.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_subscribe::*;

/// MQTT-4.8.2-1 (MUST, Unknown)
///
/// > A Shared Subscription's Topic Filter MUST start with $share/ and MUST contain a ShareName
/// > that is at least one character long.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.8.2 (Shared Subscriptions)
#[specgen::covers("MQTT-4.8.2-1", fp = "83dc887e")]
#[test]
fn mqtt_4_8_2_1_shared_subscription_must_start_share_contain() -> R {
    run(|b| {
        needs_shared(b)?;
        // A well-formed one is a Shared Subscription: two members of the
        // group share the messages, each message goes to one of them.
        let shared = || -> R {
            let topic = unique_topic("shared");
            let filter = format!("$share/{}/{topic}", unique_client_id("g").replace('-', "_"));
            let mut a = subscriber_v5(b, &filter, QoS::AtLeastOnce).vehicle("subscribing")?;
            let mut bb = subscriber_v5(b, &filter, QoS::AtLeastOnce).vehicle("subscribing")?;
            let mut publ = connected(b, "pub")?;
            for i in 0..4 {
                publ.publish(&topic, format!("m{i}").as_bytes(), QoS::AtLeastOnce).vehicle("publishing")?;
            }
            // A marker on the shared topic would reach one member only.
            let mut got = payloads(&publishes_until_sibling_marker(b, &mut a, &topic)?);
            got.extend(payloads(&publishes_until_sibling_marker(b, &mut bb, &topic)?));
            got.sort();
            if got != ["m0", "m1", "m2", "m3"] {
                let why = format!("{filter:?} is not shared: the group received {got:?}, want each of m0..m3 once");
                return Err(a.fail_with(why));
            }
            Ok(())
        };
        // Without a ShareName: refused.
        let mut cases = vec![case("$share/<group>/<topic> is shared", shared)];
        for bad in ["$share//t", "$share/"] {
            cases.push(case(bad, move || expect_filter_refused(b, bad.as_bytes())));
        }
        each_case("shared filters", cases)
    })
}

/// MQTT-4.8.2-2 (MUST, MUST NOT, Unknown)
///
/// > The ShareName MUST NOT contain the characters "/", "+" or "#", but MUST be followed by a "/"
/// > character. This "/" character MUST be followed by a Topic Filter
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.8.2 (Shared Subscriptions)
#[specgen::covers("MQTT-4.8.2-2", fp = "126897c5")]
#[test]
fn mqtt_4_8_2_2_sharename_must_not_contain_characters() -> R {
    run(|b| {
        needs_shared(b)?;
        // A wildcard in the ShareName, no "/" after it, no Topic Filter after the "/".
        let bad = ["$share/g+/t", "$share/g#/t", "$share/+/t", "$share/#/t", "$share/g", "$share/g/"];
        each_case(
            "ill-formed shared filters",
            bad.iter().map(|f| case(f, move || expect_filter_refused(b, f.as_bytes()))).collect(),
        )
    })
}

/// MQTT-4.8.2-3 (MUST, Server)
///
/// > When sending an Application Message to a Client, the Server MUST respect the granted QoS for
/// > the Client's subscription
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.8.2 (Shared Subscriptions)
#[specgen::covers("MQTT-4.8.2-3", fp = "69f618c0")]
#[test]
fn mqtt_4_8_2_3_server_must_respect_granted_qos_client() -> R {
    run(|b| {
        needs_shared(b)?;
        let mut publ = connected(b, "pub")?;
        for requested in ALL_QOS {
            let topic = unique_topic("sharedqos");
            let filter = format!("$share/g/{topic}");
            let mut sub = connected_v5(b, "sub")?;
            let code = sub.subscribe(&filter, requested).vehicle("subscribing")?.reason_codes[0];
            let Some(granted) = QoS::from_u8(code.0) else {
                return Err(sub.fail_with(format!("shared subscription refused: {code}"))).vehicle("subscribing");
            };
            for published in ALL_QOS {
                publ.publish(&topic, b"m", published).vehicle("publishing")?;
                let p = sub.receive_publish().vehicle("delivery on the shared subscription")?;
                if p.qos != published.min(granted) {
                    return Err(sub.fail_with(format!(
                        "shared subscription granted {granted:?}: a QoS {} message arrived at {:?}",
                        published as u8, p.qos
                    )));
                }
            }
        }
        Ok(())
    })
}

/// MQTT-4.8.2-4 (MUST, Server)
///
/// > If the Server is in the process of sending a QoS 2 message to its chosen subscribing Client
/// > and the connection to the Client breaks before delivery is complete, the Server MUST
/// > complete the delivery of the message to that Client when it reconnects
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.8.2 (Shared Subscriptions)
#[specgen::covers("MQTT-4.8.2-4", fp = "374a057d")]
#[test]
fn mqtt_4_8_2_4_server_must_complete_delivery_message_client() -> R {
    run(|b| {
        needs_shared(b)?;
        let topic = unique_topic("sharedresume");
        let filter = format!("$share/g/{topic}");
        // Two members, both keeping their session for a minute.
        let ids = [unique_client_id("member"), unique_client_id("member")];
        let mut members = Vec::new();
        for id in &ids {
            let (mut m, _) = session_v5(b, id, true, 60).vehicle("connecting")?;
            m.subscribe(&filter, QoS::ExactlyOnce).vehicle("subscribing")?;
            members.push(m);
        }
        connected(b, "pub")?.publish(&topic, b"once", QoS::ExactlyOnce).vehicle("publishing")?;
        let (chosen, _) = {
            let [m0, m1] = &mut members[..] else { unreachable!() };
            first_publish(&mut [m0, m1]).vehicle("delivery to the group")?
        };
        let mut other = members.remove(1 - chosen);
        // The chosen member's connection breaks mid-delivery (no PUBREC).
        drop(members);
        let (mut c, present) = session_v5(b, &ids[chosen], false, 60).vehicle("reconnecting")?;
        if !present {
            return Err(c.fail_with("session not resumed")).vehicle("resuming the session [MQTT-3.2.2-2]");
        }
        let p = next_publish(&mut c).because("the interrupted QoS 2 delivery was not completed on reconnect")?;
        if p.payload != b"once" || p.qos != QoS::ExactlyOnce || !p.dup {
            return Err(c.fail_with("expected the same QoS 2 message again with DUP=1"));
        }
        c.send(PubRec::new(p.packet_id))?;
        c.expect_flow_ack(PacketType::PubRel, p.packet_id)?;
        c.send(PubComp::new(p.packet_id))?;
        // The message went to the chosen member alone.
        if let Some(p) = publishes_until_sibling_marker(b, &mut other, &topic)?.first() {
            return Err(
                other.fail_with(format!("the other member also received {:?}", String::from_utf8_lossy(&p.payload)))
            );
        }
        Ok(())
    })
}

/// MQTT-4.8.2-5 (MUST NOT, Server)
///
/// > If the Client's Session terminates before the Client reconnects, the Server MUST NOT send
/// > the Application Message to any other subscribed Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.8.2 (Shared Subscriptions)
#[specgen::covers("MQTT-4.8.2-5", fp = "5e2f210d")]
#[test]
fn mqtt_4_8_2_5_server_must_not_send_application_message() -> R {
    run(|b| {
        needs_shared(b)?;
        let topic = unique_topic("sharedend");
        let filter = format!("$share/g/{topic}");
        let marker = format!("{topic}-marker");
        // Session Expiry Interval 0: each session ends with its connection.
        // Both members also hold a plain subscription to the marker topic.
        let mut members = Vec::new();
        for _ in 0..2 {
            let mut m = connected_v5(b, "member")?;
            subscribe_all(&mut m, &[(&filter, QoS::ExactlyOnce), (&marker, QoS::AtMostOnce)]).vehicle("subscribing")?;
            members.push(m);
        }
        connected(b, "pub")?.publish(&topic, b"once", QoS::ExactlyOnce).vehicle("publishing")?;
        let (chosen, _) = {
            let [m0, m1] = &mut members[..] else { unreachable!() };
            first_publish(&mut [m0, m1]).vehicle("delivery to the group")?
        };
        let mut remaining = members.remove(1 - chosen);
        let mut gone = members.remove(0);
        // The chosen member leaves without acknowledging; its session has
        // ended once the server has closed the connection.
        gone.send(Disconnect::new(ReasonCode::NormalDisconnection))?;
        gone.expect_closed().vehicle("DISCONNECT closes the connection")?;
        expect_only_marker(b, &mut remaining, &marker)
            .because("the message of the ended session was sent to the other member")
    })
}

/// MQTT-4.8.2-6 (MUST, Server)
///
/// > If a Client responds with a PUBACK or PUBREC containing a Reason Code of 0x80 or greater to
/// > a PUBLISH packet from the Server, the Server MUST discard the Application Message and not
/// > attempt to send it to any other Subscriber.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.8.2 (Shared Subscriptions)
#[specgen::covers("MQTT-4.8.2-6", fp = "06328f63")]
#[test]
fn mqtt_4_8_2_6_server_must_discard_application_message_not() -> R {
    run(|b| {
        needs_shared(b)?;
        for (qos, ack) in [(QoS::AtLeastOnce, PacketType::PubAck), (QoS::ExactlyOnce, PacketType::PubRec)] {
            let topic = unique_topic("sharedrefuse");
            let filter = format!("$share/g/{topic}");
            let mut a = subscriber_v5(b, &filter, qos).vehicle("subscribing")?;
            let mut other = subscriber_v5(b, &filter, qos).vehicle("subscribing")?;
            connected(b, "pub")?.publish(&topic, b"refused", qos).vehicle("publishing")?;
            let (chosen, p) = first_publish(&mut [&mut a, &mut other]).vehicle("delivery to the group")?;
            let (mut refuser, mut remaining) = if chosen == 0 { (a, other) } else { (other, a) };
            let refuse = match ack {
                PacketType::PubAck => Packet::PubAck(PubAck::v5(p.packet_id, ReasonCode::UnspecifiedError)),
                _ => Packet::PubRec(PubRec::v5(p.packet_id, ReasonCode::UnspecifiedError)),
            };
            refuser.send(refuse)?;
            refuser.ping().vehicle("PINGRESP after the refusal")?; // the refusal was read
                                                                   // A marker on the shared topic goes to one member; before it, the
                                                                   // refused message must reach neither.
            connected(b, "pub")?.publish(&topic, b"marker", qos).vehicle("publishing")?;
            let mut got = payloads(&publishes_until_sibling_marker(b, &mut remaining, &topic)?);
            got.extend(payloads(&publishes_until_sibling_marker(b, &mut refuser, &topic)?));
            if got != ["marker"] {
                return Err(remaining.fail_with(format!(
                    "after a {ack} with 0x80 the group received {got:?}; only the marker may arrive"
                )));
            }
        }
        Ok(())
    })
}
