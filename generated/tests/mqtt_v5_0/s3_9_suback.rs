//! mqtt-v5.0 section 3.9: SUBACK – Subscribe acknowledgement.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_subscribe::*;

/// MQTT-3.9.2-1 (MUST NOT, Server)
///
/// > The Server MUST NOT send this Property if it would increase the size of the SUBACK packet
/// > beyond the Maximum Packet Size specified by the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.9.2.1.2 (Reason String)
#[specgen::covers("MQTT-3.9.2-1", fp = "d27997ce")]
#[test]
fn mqtt_3_9_2_1_server_must_not_send_property_would() -> R {
    // Anonymous clients may use granted/# only, so the server has a reason
    // to refuse (and perhaps explain) the other filter.
    let acl = world_readable_file(b"topic readwrite granted/#\n")?;
    run_with_config(&format!("acl_file {}", acl.path().display()), |b| {
        // The smallest SUBACK for n filters has 5 + n bytes: with n = max - 5
        // a Maximum Packet Size of `max` leaves no room for any property.
        // (`max` leaves room for a CONNACK with the usual properties.)
        let max: u32 = 64;
        let mut c = b.client_v5()?;
        c.connect_ok_props(&unique_client_id("subackmax"), true, Properties::new().with_maximum_packet_size(max))
            .vehicle("connecting")?;
        let mut filters: Vec<(String, QoS)> =
            (0..max - 6).map(|i| (format!("granted/{i}"), QoS::AtLeastOnce)).collect();
        filters.push(("refused/x".into(), QoS::AtLeastOnce));
        let props = Properties::new().with_user_property("please", "explain");
        c.send(Subscribe::new(1, filters).properties(props))?;
        let ack = expect_suback(&mut c, 1).vehicle("SUBACK [MQTT-3.8.4-1]")?;
        let size = wire_size(&Packet::SubAck(ack.clone()));
        if size > max as usize {
            return Err(c.fail_with(format!(
                "SUBACK of {size} bytes (properties:{}) exceeds the client's Maximum Packet Size {max}",
                ack.properties.summary()
            )));
        }
        Ok(())
    })
}

/// MQTT-3.9.2-2 (MUST NOT, Server)
///
/// > The Server MUST NOT send this property if it would increase the size of the SUBACK packet
/// > beyond the Maximum Packet Size specified by Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.9.2.1.3 (User Property)
#[specgen::covers("MQTT-3.9.2-2", fp = "9ed1e062")]
#[test]
fn mqtt_3_9_2_2_server_must_not_send_property_would() -> R {
    // Anonymous clients may use granted/# only, so the server has a reason
    // to refuse (and perhaps explain) the other filter.
    let acl = world_readable_file(b"topic readwrite granted/#\n")?;
    run_with_config(&format!("acl_file {}", acl.path().display()), |b| {
        // The smallest SUBACK for n filters has 5 + n bytes: with n = max - 5
        // a Maximum Packet Size of `max` leaves no room for any property.
        // (`max` leaves room for a CONNACK with the usual properties.)
        let max: u32 = 64;
        let mut c = b.client_v5()?;
        c.connect_ok_props(&unique_client_id("subackmax"), true, Properties::new().with_maximum_packet_size(max))
            .vehicle("connecting")?;
        let mut filters: Vec<(String, QoS)> =
            (0..max - 6).map(|i| (format!("granted/{i}"), QoS::AtLeastOnce)).collect();
        filters.push(("refused/x".into(), QoS::AtLeastOnce));
        let props = Properties::new().with_user_property("please", "explain");
        c.send(Subscribe::new(1, filters).properties(props))?;
        let ack = expect_suback(&mut c, 1).vehicle("SUBACK [MQTT-3.8.4-1]")?;
        let size = wire_size(&Packet::SubAck(ack.clone()));
        if size > max as usize {
            return Err(c.fail_with(format!(
                "SUBACK of {size} bytes (properties:{}) exceeds the client's Maximum Packet Size {max}",
                ack.properties.summary()
            )));
        }
        Ok(())
    })
}

/// MQTT-3.9.3-1 (MUST, Unknown)
///
/// > The order of Reason Codes in the SUBACK packet MUST match the order of Topic Filters in the
/// > SUBSCRIBE packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.9.3 (SUBACK Payload)
#[specgen::covers("MQTT-3.9.3-1", fp = "4672c79b")]
#[test]
fn mqtt_3_9_3_1_order_reason_must_match_topic_filters() -> R {
    run(|b| {
        let base = unique_topic("suborder");
        // Distinct requested QoS, so a reordered list shows.
        let requested = [QoS::ExactlyOnce, QoS::AtMostOnce, QoS::AtLeastOnce, QoS::ExactlyOnce, QoS::AtMostOnce];
        let filters: Vec<(String, QoS)> =
            requested.iter().enumerate().map(|(i, q)| (format!("{base}/{i}"), *q)).collect();
        let mut sub = connected_v5(b, "sub")?;
        sub.send(Subscribe::new(9, filters.clone()))?;
        let ack = expect_suback(&mut sub, 9).vehicle("SUBACK [MQTT-3.8.4-1]")?;
        if ack.reason_codes.len() != filters.len() {
            return Err(sub.fail_with("one Reason Code per filter expected")).vehicle("SUBACK [MQTT-3.8.4-6]");
        }
        let mut publ = connected(b, "pub")?;
        for ((filter, req), code) in filters.iter().zip(&ack.reason_codes) {
            let Some(granted) = QoS::from_u8(code.0) else { continue };
            if granted > *req {
                return Err(sub.fail_with(format!("{filter} (requested {req:?}) got {code}: codes out of order?")));
            }
            // The code in this position is the one of this filter: its QoS is what arrives.
            publ.publish(filter, b"m", QoS::ExactlyOnce).vehicle("publishing")?;
            let p = sub.receive_publish().vehicle("delivery on the granted subscription")?;
            if p.topic != *filter || p.qos != granted {
                return Err(sub.fail_with(format!(
                    "position of {filter}: Reason Code {code}, but its messages arrive on {} at {:?}",
                    p.topic, p.qos
                )));
            }
        }
        Ok(())
    })
}

/// MQTT-3.9.3-2 (MUST, Server)
///
/// > The Server sending a SUBACK packet MUST use one of the Subscribe Reason Codes for each Topic
/// > Filter received.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.9.3 (SUBACK Payload)
#[specgen::covers("MQTT-3.9.3-2", fp = "991d41d0")]
#[test]
fn mqtt_3_9_3_2_server_sending_must_use_one_subscribe() -> R {
    // A refused filter (the ACL), a shared one and a Subscription
    // Identifier besides plain grants, so that failure codes can show up.
    let acl = world_readable_file(b"topic readwrite granted/#\n")?;
    run_with_config(&format!("acl_file {}", acl.path().display()), |b| {
        let mut c = connected_v5(b, "subcodes")?;
        let filters = [
            ("granted/0", QoS::AtMostOnce),
            ("granted/1", QoS::AtLeastOnce),
            ("granted/2", QoS::ExactlyOnce),
            ("$share/g/granted/s", QoS::AtLeastOnce),
            ("refused/x", QoS::AtLeastOnce),
        ];
        let s = Subscribe::new(2, filters).property(Property::SubscriptionIdentifier(5));
        let ack = c.subscribe_packet(s).vehicle("SUBACK [MQTT-3.8.4-1]")?;
        if ack.reason_codes.len() != filters.len() {
            return Err(c.fail_with("one Reason Code per filter expected")).vehicle("SUBACK [MQTT-3.8.4-6]");
        }
        if let Some(bad) = ack.reason_codes.iter().find(|r| !r.valid_for(PacketType::SubAck)) {
            return Err(c.fail_with(format!("{bad} is not a Subscribe Reason Code")));
        }
        Ok(())
    })
}
