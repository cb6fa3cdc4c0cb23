//! mqtt-v5.0 section 3.11: UNSUBACK – Unsubscribe acknowledgement.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_subscribe::*;

/// MQTT-3.11.2-1 (MUST NOT, Server)
///
/// > The Server MUST NOT send this Property if it would increase the size of the UNSUBACK packet
/// > beyond the Maximum Packet Size specified by the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.11.2.1.2 (Reason String)
#[specgen::covers("MQTT-3.11.2-1", fp = "771a25da")]
#[test]
fn mqtt_3_11_2_1_server_must_not_send_property_would() -> R {
    run(|b| {
        // The smallest UNSUBACK for n filters has 5 + n bytes: with
        // n = max - 5 a Maximum Packet Size of `max` leaves no room for any
        // property. (`max` leaves room for a CONNACK with the usual properties.)
        let max: u32 = 64;
        let topic = unique_topic("unsubackmax");
        let mut c = b.client_v5()?;
        c.connect_ok_props(&unique_client_id("unsubackmax"), true, Properties::new().with_maximum_packet_size(max))
            .vehicle("connecting")?;
        c.subscribe(&topic, QoS::AtMostOnce).vehicle("subscribing")?;
        // One filter subscribed, the others never: a reason to explain them.
        let mut filters = vec![topic.clone()];
        filters.extend((0..max - 6).map(|i| format!("{topic}/never/{i}")));
        let props = Properties::new().with_user_property("please", "explain");
        c.send(Unsubscribe::new(9, filters).properties(props))?;
        let ack =
            match c.expect_ack("UNSUBACK", |p| matches!(p, Packet::UnsubAck(_))).vehicle("UNSUBACK [MQTT-3.10.4-4]")? {
                Packet::UnsubAck(a) => a,
                _ => unreachable!(),
            };
        let size = wire_size(&Packet::UnsubAck(ack.clone()));
        if size > max as usize {
            return Err(c.fail_with(format!(
                "UNSUBACK of {size} bytes (properties:{}) exceeds the client's Maximum Packet Size {max}",
                ack.properties.summary()
            )));
        }
        Ok(())
    })
}

/// MQTT-3.11.2-2 (MUST NOT, Server)
///
/// > The Server MUST NOT send this property if it would increase the size of the UNSUBACK packet
/// > beyond the Maximum Packet Size specified by the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.11.2.1.3 (User Property)
#[specgen::covers("MQTT-3.11.2-2", fp = "2ba7a20f")]
#[test]
fn mqtt_3_11_2_2_server_must_not_send_property_would() -> R {
    run(|b| {
        // The smallest UNSUBACK for n filters has 5 + n bytes: with
        // n = max - 5 a Maximum Packet Size of `max` leaves no room for any
        // property. (`max` leaves room for a CONNACK with the usual properties.)
        let max: u32 = 64;
        let topic = unique_topic("unsubackmax");
        let mut c = b.client_v5()?;
        c.connect_ok_props(&unique_client_id("unsubackmax"), true, Properties::new().with_maximum_packet_size(max))
            .vehicle("connecting")?;
        c.subscribe(&topic, QoS::AtMostOnce).vehicle("subscribing")?;
        // One filter subscribed, the others never: a reason to explain them.
        let mut filters = vec![topic.clone()];
        filters.extend((0..max - 6).map(|i| format!("{topic}/never/{i}")));
        let props = Properties::new().with_user_property("please", "explain");
        c.send(Unsubscribe::new(9, filters).properties(props))?;
        let ack =
            match c.expect_ack("UNSUBACK", |p| matches!(p, Packet::UnsubAck(_))).vehicle("UNSUBACK [MQTT-3.10.4-4]")? {
                Packet::UnsubAck(a) => a,
                _ => unreachable!(),
            };
        let size = wire_size(&Packet::UnsubAck(ack.clone()));
        if size > max as usize {
            return Err(c.fail_with(format!(
                "UNSUBACK of {size} bytes (properties:{}) exceeds the client's Maximum Packet Size {max}",
                ack.properties.summary()
            )));
        }
        Ok(())
    })
}

/// MQTT-3.11.3-1 (MUST, Unknown)
///
/// > The order of Reason Codes in the UNSUBACK packet MUST match the order of Topic Filters in
/// > the UNSUBSCRIBE packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.11.3 (UNSUBACK Payload)
#[specgen::covers("MQTT-3.11.3-1", fp = "00f963d2")]
#[test]
fn mqtt_3_11_3_1_order_reason_must_match_topic_filters() -> R {
    run(|b| {
        let base = unique_topic("unsuborder");
        let [a, never, c] = ["a", "never", "c"].map(|t| format!("{base}/{t}"));
        let mut sub = connected_v5(b, "sub")?;
        subscribe_all(&mut sub, &[(&a, QoS::AtMostOnce), (&c, QoS::AtMostOnce)]).vehicle("subscribing")?;
        // The vehicle: a Reason Code that sets the never-subscribed filter apart.
        if !tells_no_subscription_apart(&mut sub, &never)? {
            return Err(sub.fail_with(
                "the server answers Success (0x00) for a filter with no subscription, so the order of the Reason Codes cannot be seen",
            ))
            .vehicle("an UNSUBACK Reason Code other than Success for a filter with no subscription");
        }
        let ack = unsubscribe_v5(&mut sub, &[&a, &never, &c]).vehicle("UNSUBACK [MQTT-3.10.4-4]")?;
        // Only the middle filter had no subscription: Success, not Success, Success.
        let codes = &ack.reason_codes;
        let ok = codes.len() == 3
            && codes[0] == ReasonCode::Success
            && codes[2] == ReasonCode::Success
            && (codes[1] == ReasonCode::NoSubscriptionExisted || !codes[1].is_success());
        if !ok {
            return Err(sub.fail_with(format!(
                "UNSUBSCRIBE [subscribed, never subscribed, subscribed] must answer [Success, 0x11 or a failure, Success] in that order, got {codes:?}"
            )));
        }
        Ok(())
    })
}

/// MQTT-3.11.3-2 (MUST, Server)
///
/// > The Server sending an UNSUBACK packet MUST use one of the Unsubscribe Reason Code values for
/// > each Topic Filter received.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.11.3 (UNSUBACK Payload)
#[specgen::covers("MQTT-3.11.3-2", fp = "a65c9b6b")]
#[test]
fn mqtt_3_11_3_2_server_sending_must_use_one_unsubscribe() -> R {
    run(|b| {
        let base = unique_topic("unsubcodes");
        let (plain, shared) = (format!("{base}/p"), format!("$share/g/{base}/s"));
        let never = format!("{base}/never");
        // Shared filters too where the server supports them.
        let (subscribed, unsubscribed) = if shared_available(b)? {
            (vec![plain.as_str(), shared.as_str()], vec![plain.as_str(), &never, &shared, "$share/g/never/+/#"])
        } else {
            (vec![plain.as_str()], vec![plain.as_str(), &never])
        };
        let mut sub = connected_v5(b, "sub")?;
        let filters: Vec<(&str, QoS)> = subscribed.iter().map(|f| (*f, QoS::AtLeastOnce)).collect();
        subscribe_all(&mut sub, &filters).vehicle("subscribing")?;
        let ack = unsubscribe_v5(&mut sub, &unsubscribed).vehicle("UNSUBACK [MQTT-3.10.4-4]")?;
        if ack.reason_codes.len() != unsubscribed.len() {
            return Err(sub.fail_with(format!(
                "{} filters, {} Reason Codes",
                unsubscribed.len(),
                ack.reason_codes.len()
            )));
        }
        if let Some(bad) = ack.reason_codes.iter().find(|r| !r.valid_for(PacketType::UnsubAck)) {
            return Err(sub.fail_with(format!("{bad} is not an Unsubscribe Reason Code")));
        }
        Ok(())
    })
}
