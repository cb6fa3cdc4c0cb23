//! mqtt-v5.0 section 4.9: Flow Control.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_publish::*;

/// MQTT-4.9.0-1 (MUST, Both)
///
/// > The Client or Server MUST set its initial send quota to a non-zero value not exceeding the
/// > Receive Maximum.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.9 (Flow Control)
#[specgen::covers("MQTT-4.9.0-1", fp = "ced6bb94")]
#[test]
fn mqtt_4_9_0_1_client_server_must_set_initial_send() -> R {
    run(|b| {
        // The server as sender: with Receive Maximum 3 and six messages
        // waiting, it sends at least one (quota non-zero) and at most three.
        let topic = unique_topic("quota");
        let (mut sub, _) = connected_v5_props(b, "quota", Properties::new().with_receive_maximum(3))?;
        sub.subscribe(&topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        publish_numbered(b, &topic, "m", 6, QoS::AtLeastOnce).vehicle("publishing")?;
        let got = publishes_before_pingresp(&mut sub)?;
        let n = got.iter().filter(|p| p.qos != QoS::AtMostOnce).count();
        if !(1..=3).contains(&n) {
            return Err(sub.fail_with(format!(
                "with six QoS 1 messages waiting and Receive Maximum 3, the server sent {n} before any PUBACK \
                 (initial send quota must be 1..=3)"
            )));
        }
        Ok(())
    })
}

/// MQTT-4.9.0-2 (MUST NOT, Both)
///
/// > If the send quota reaches zero, the Client or Server MUST NOT send any more PUBLISH packets
/// > with QoS > 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.9 (Flow Control)
#[specgen::covers("MQTT-4.9.0-2", fp = "ee3b3931")]
#[test]
fn mqtt_4_9_0_2_client_server_must_not_send_more() -> R {
    run(|b| {
        // Receive Maximum 1 and QoS 2: a PUBREC with Success does not give the
        // quota back, only the PUBCOMP does.
        let topic = unique_topic("quota0");
        let (mut sub, _) = connected_v5_props(b, "quota0", Properties::new().with_receive_maximum(1))?;
        sub.subscribe(&topic, QoS::ExactlyOnce).vehicle("subscribing")?;
        publish_numbered(b, &topic, "m", 3, QoS::ExactlyOnce).vehicle("publishing")?;
        let first = next_publish(&mut sub).vehicle("delivery of the first message")?;
        sub.send(PubRec::new(first.packet_id))?;
        sub.expect_flow_ack(PacketType::PubRel, first.packet_id).vehicle("the QoS 2 flow")?;
        let early = publishes_before_pingresp(&mut sub)?;
        if let Some(p) = early.iter().find(|p| p.qos != QoS::AtMostOnce) {
            return Err(sub.fail_with(format!(
                "send quota 0 (Receive Maximum 1, PUBCOMP not yet sent), yet the server sent {}",
                Packet::Publish(p.clone())
            )));
        }
        sub.send(PubComp::new(first.packet_id))?;
        let next = next_publish(&mut sub).vehicle("delivery after the PUBCOMP")?;
        if next.payload != b"m-1" {
            return Err(sub.fail_with("the second message did not follow the PUBCOMP")).vehicle("delivery");
        }
        Ok(())
    })
}

/// MQTT-4.9.0-3 (MUST, MAY, Both)
///
/// > It MAY continue to send PUBLISH packets with QoS 0, or it MAY choose to suspend sending
/// > these as well. The Client and Server MUST continue to process and respond to all other MQTT
/// > Control Packets even if the quota is zero.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.9 (Flow Control)
#[specgen::covers("MQTT-4.9.0-3", fp = "2f9069c7")]
#[test]
fn mqtt_4_9_0_3_may_continue_send_publish_packets_qos() -> R {
    run(|b| {
        // The MAY parts (QoS 0 while the quota is 0) allow either choice;
        // the MUST part: everything else is processed and answered.
        let (mut c, _) = quota_exhausted(b, "quota3")?;
        let other = unique_topic("quota3-other");
        let mut watcher = subscriber_v5(b, &other, QoS::AtLeastOnce).vehicle("subscribing")?;
        c.ping().because("PINGREQ not answered while the send quota is 0")?;
        c.publish(&other, b"from q1", QoS::AtLeastOnce).because("QoS 1 PUBLISH not processed while the quota is 0")?;
        c.publish(&other, b"from q2", QoS::ExactlyOnce).because("QoS 2 PUBLISH not processed while the quota is 0")?;
        let own = unique_topic("quota3-own");
        c.subscribe(&own, QoS::AtMostOnce).because("SUBSCRIBE not processed while the quota is 0")?;
        c.unsubscribe(&own).because("UNSUBSCRIBE not processed while the quota is 0")?;
        expect_payload(&mut watcher, b"from q1").because("a PUBLISH sent while the quota was 0 was not forwarded")?;
        expect_payload(&mut watcher, b"from q2").because("a PUBLISH sent while the quota was 0 was not forwarded")?;
        Ok(())
    })
}
