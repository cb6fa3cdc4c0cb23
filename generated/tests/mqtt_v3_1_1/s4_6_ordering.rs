//! mqtt-v3.1.1 section 4.6: Message ordering.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_publish::*;

/// MQTT-4.6.0-1 (MUST, Unknown)
///
/// > When it re-sends any PUBLISH packets, it MUST re-send them in the order in which the
/// > original PUBLISH packets were sent (this applies to QoS 1 and QoS 2 messages)
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-1", fp = "e8911f22")]
#[test]
fn mqtt_4_6_0_1_resent_publishes_keep_their_original_order() -> Result<(), ScriptError> {
    run(|b| {
        // Section 4.6 states this rule for Clients; MQTT-4.6.0-6 makes the Server
        // follow the same rules when delivering to subscribers.
        let id = unique_client_id("resendorder");
        let topic = unique_topic("resendorder");
        let (mut s, _) = persistent(b, &id).vehicle("a persistent session")?;
        s.subscribe(&topic, QoS::ExactlyOnce).vehicle("subscribing")?;
        let mut publ = connected(b, "pub")?;
        let sent = ["m1", "m2", "m3", "m4", "m5"];
        for (i, m) in sent.iter().enumerate() {
            let qos = if i % 2 == 0 { QoS::AtLeastOnce } else { QoS::ExactlyOnce };
            publ.publish(&topic, m.as_bytes(), qos).vehicle("publishing")?;
        }
        // Re-sending "in order" needs several unacknowledged at once.
        unacked_publishes(&mut s, sent.len(), "the order of re-sent messages")?;
        drop(s);
        let (mut s, _) = persistent(b, &id).vehicle("resuming the session")?;
        let again = payloads(&publishes_until_marker(b, &mut s, &topic)?);
        if again.is_empty() {
            return Err(s.fail_with("nothing was re-sent after reconnecting"))
                .vehicle("re-sending on reconnect [MQTT-4.4.0-1]");
        }
        if again != sent {
            return Err(s.fail_with(format!("re-sent in the order {again:?}, originally sent {sent:?}")));
        }
        Ok(())
    })
}

// MQTT-4.6.0-2 (MUST, Client)
//
// > A Client MUST follow these rules when implementing the protocol flows defined elsewhere in
// > this chapter It MUST send PUBACK packets in the order in which the corresponding PUBLISH
// > packets were received (QoS 1 messages)
//
// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.6 (Message ordering)
// A Client obligation: tested against real client libraries by the client
// suite (generated/tests/clients_v3_1_1, `scripts/clients`, one result per client).

// MQTT-4.6.0-3 (MUST, Client)
//
// > A Client MUST follow these rules when implementing the protocol flows defined elsewhere in
// > this chapter It MUST send PUBREC packets in the order in which the corresponding PUBLISH
// > packets were received (QoS 2 messages)
//
// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.6 (Message ordering)
// A Client obligation: tested against real client libraries by the client
// suite (generated/tests/clients_v3_1_1, `scripts/clients`, one result per client).

/// MQTT-4.6.0-4 (MUST, Client)
///
/// > A Client MUST follow these rules when implementing the protocol flows defined elsewhere in
/// > this chapter It MUST send PUBREL packets in the order in which the corresponding PUBREC
/// > packets were received (QoS 2 messages)
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-4", fp = "0eff930e")]
#[test]
fn mqtt_4_6_0_4_pubrels_follow_the_order_of_the_pubrecs() -> Result<(), ScriptError> {
    run(|b| {
        // Stated for Clients; MQTT-4.6.0-6 applies it to the Server as sender.
        let topic = unique_topic("relorder");
        let mut s = subscriber(b, &topic, QoS::ExactlyOnce).vehicle("subscribing")?;
        let mut publ = connected(b, "pub")?;
        for m in ["m1", "m2", "m3"] {
            publ.publish(&topic, m.as_bytes(), QoS::ExactlyOnce).vehicle("publishing")?;
        }
        let got = unacked_publishes(&mut s, 3, "PUBRELs in the order of PUBRECs")?;
        let ids = [got[0].packet_id, got[1].packet_id, got[2].packet_id];
        let order = [ids[2], ids[0], ids[1]];
        for id in order {
            s.send(PubRec::new(id))?;
        }
        for id in order {
            s.expect(PubRel::new(id))?;
        }
        Ok(())
    })
}

/// MQTT-4.6.0-5 (MUST, MAY, Server)
///
/// > A Server MUST by default treat each Topic as an "Ordered Topic". It MAY provide an
/// > administrative or other mechanism to allow one or more Topics to be treated as an "Unordered
/// > Topic".
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-5", fp = "1f3b04e9")]
#[test]
fn mqtt_4_6_0_5_topics_are_ordered_by_default() -> Result<(), ScriptError> {
    run(|b| {
        let topic = unique_topic("ordered");
        let mut sub = subscriber(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        let sent: Vec<String> = (1..=20).map(|i| format!("m{i}")).collect();
        let msgs: Vec<Publish> =
            sent.iter().zip(1..).map(|(m, id)| Publish::new(&topic, m.as_str()).qos(QoS::AtLeastOnce, id)).collect();
        publish_pipelined(&mut connected(b, "pub")?, &msgs).vehicle("publishing")?;
        let got = payloads(&publishes_until_marker(b, &mut sub, &topic)?);
        if got != sent {
            return Err(sub.fail_with(format!("the topic was not delivered in order: {got:?}")));
        }
        Ok(())
    })
}

/// MQTT-4.6.0-6 (MUST, Server)
///
/// > When a Server processes a message that has been published to an Ordered Topic, it MUST
/// > follow the rules listed above when delivering messages to each of its subscribers. In
/// > addition it MUST send PUBLISH packets to consumers (for the same Topic and QoS) in the order
/// > that they were received from any given Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-6", fp = "95a8d261")]
#[test]
fn mqtt_4_6_0_6_messages_of_one_client_topic_and_qos_are_delivered_in_order() -> Result<(), ScriptError> {
    run(|b| {
        let topic = unique_topic("order6");
        let mut subs = [
            subscriber(b, &topic, QoS::ExactlyOnce).vehicle("subscribing")?,
            subscriber(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?,
        ];
        let qos_levels = [QoS::AtMostOnce, QoS::AtLeastOnce, QoS::ExactlyOnce];
        // Interleaved QoS levels, several in flight at once.
        let msgs: Vec<Publish> = (0..24u16)
            .map(|i| {
                let qos = qos_levels[i as usize % 3];
                Publish::new(&topic, format!("{}-{}", qos as u8, i / 3)).qos(qos, i + 1)
            })
            .collect();
        publish_pipelined(&mut connected(b, "pub")?, &msgs).vehicle("publishing")?;
        for sub in &mut subs {
            let got = payloads(&publishes_until_marker(b, sub, &topic)?);
            for q in 0..3 {
                let seq: Vec<&String> = got.iter().filter(|p| p.starts_with(&format!("{q}-"))).collect();
                let want: Vec<String> = (0..8).map(|i| format!("{q}-{i}")).collect();
                // QoS 0 may be lost, but never reordered. A lost QoS 1 or 2
                // message is a failure of its delivery (the vehicle), not of
                // the order of those that arrived.
                let in_order = seq.windows(2).all(|w| w[0] < w[1]);
                if !in_order {
                    return Err(sub.fail_with(format!("QoS {q} messages delivered as {seq:?}")));
                }
                if q > 0 && seq.iter().map(|s| s.as_str()).ne(want.iter().map(|s| s.as_str())) {
                    let e = sub.fail_with(format!("QoS {q} messages delivered as {seq:?}, some lost"));
                    return Err(e).vehicle(&format!("delivery of every QoS {q} message"));
                }
            }
        }
        Ok(())
    })
}
