//! mqtt-v5.0 section 4.6: Message ordering.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_publish::*;

/// MQTT-4.6.0-5 (MUST, Server)
///
/// > When a Server processes a message that has been published to an Ordered Topic, it MUST send
/// > PUBLISH packets to consumers (for the same Topic and QoS) in the order that they were
/// > received from any given Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-5", fp = "cafe7a9c")]
#[test]
fn mqtt_4_6_0_5_must_send_publish_packets_consumers() -> R {
    run(|b| {
        let topic = unique_topic("ordered");
        let mut subs = [
            subscriber_v5(b, &topic, QoS::ExactlyOnce).vehicle("subscribing")?,
            subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?,
        ];
        // Two publishers, their PUBLISHes interleaved on the way in, QoS
        // levels interleaved too, all sent before any acknowledgement.
        let mut pubs = [connected_v5(b, "pubA")?, connected_v5(b, "pubB")?];
        let levels = [QoS::AtMostOnce, QoS::AtLeastOnce, QoS::ExactlyOnce];
        for i in 0..24u16 {
            let qos = levels[i as usize % 3];
            for (name, p) in ["A", "B"].iter().zip(pubs.iter_mut()) {
                p.send(Publish::new(&topic, format!("{name}{}-{:02}", qos as u8, i / 3)).qos(qos, i + 1))?;
            }
        }
        for p in &mut pubs {
            complete_flows(p, 16).vehicle("publishing")?;
        }
        for sub in &mut subs {
            let got = payloads(&publishes_until_marker(b, sub, &topic)?);
            for stream in ["A0", "A1", "A2", "B0", "B1", "B2"] {
                let seq: Vec<&String> = got.iter().filter(|p| p.starts_with(&format!("{stream}-"))).collect();
                // QoS 0 may be lost but never reordered; QoS 1 and 2 all arrive.
                if !seq.windows(2).all(|w| w[0] < w[1]) {
                    return Err(sub.fail_with(format!(
                        "client {} at QoS {}: delivered as {seq:?}",
                        &stream[..1],
                        &stream[1..]
                    )));
                }
                if !stream.ends_with('0') && seq.len() != 8 {
                    return Err(sub.fail_with(format!("{stream}: {} of 8 delivered", seq.len()))).vehicle("delivery");
                }
            }
        }
        Ok(())
    })
}

/// MQTT-4.6.0-6 (MUST, Server)
///
/// > By default, a Server MUST treat every Topic as an Ordered Topic when it is forwarding
/// > messages on Non-shared Subscriptions.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-6", fp = "82105c3b")]
#[test]
fn mqtt_4_6_0_6_server_must_treat_every_topic_ordered() -> R {
    run(|b| {
        // No configuration: several topics, one non-shared wildcard
        // subscription, interleaved messages; each topic keeps its order.
        let base = unique_topic("ordered6");
        let mut sub = subscriber_v5(b, &format!("{base}/#"), QoS::AtLeastOnce).vehicle("subscribing")?;
        let topics = ["a", "b/c", "d"];
        let msgs: Vec<Publish> = (0..30u16)
            .map(|i| {
                let t = topics[i as usize % 3];
                Publish::new(format!("{base}/{t}"), format!("{t}:{:02}", i / 3)).qos(QoS::AtLeastOnce, i + 1)
            })
            .collect();
        publish_pipelined(&mut connected_v5(b, "pub")?, &msgs).vehicle("publishing")?;
        let got = publishes_until_marker(b, &mut sub, &format!("{base}/marker"))?;
        for t in topics {
            let seq: Vec<String> = payloads(&got).into_iter().filter(|p| p.starts_with(&format!("{t}:"))).collect();
            let want: Vec<String> = (0..10).map(|i| format!("{t}:{i:02}")).collect();
            if seq.len() != want.len() {
                return Err(sub.fail_with(format!("topic {t}: {} of 10 delivered", seq.len()))).vehicle("delivery");
            }
            if seq != want {
                return Err(sub.fail_with(format!("topic {t} delivered out of order: {seq:?}")));
            }
        }
        Ok(())
    })
}
