//! mqtt-v5.0 section 4.1: Session State.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_qos::*;

/// MQTT-4.1.0-1 (MUST NOT, Both)
///
/// > The Client and Server MUST NOT discard the Session State while the Network Connection is
/// > open.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.1.1 (Storing Session State)
#[specgen::covers("MQTT-4.1.0-1", fp = "f5158d0a")]
#[test]
fn mqtt_4_1_0_1_client_server_must_not_discard_session() -> R {
    run(|b| {
        // Both sessions have a 1 s Session Expiry Interval and then stay
        // connected, idle, for longer: only the open connection keeps them.
        let topic = unique_topic("held");
        let short = || Properties::new().with_session_expiry_interval(1);
        let mut sub = b.client_v5()?;
        sub.connect_ok_props(&unique_client_id("held"), true, short())?;
        sub.subscribe(&topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        let mut publ = b.client_v5()?;
        publ.connect_ok_props(&unique_client_id("pub"), true, short())?;
        // A QoS 2 message received from the publisher, not yet released: part
        // of the publisher's session state on the server.
        publ.send(Publish::new(&topic, "held").qos(QoS::ExactlyOnce, 4))?;
        publ.expect_flow_ack(PacketType::PubRec, 4).vehicle("PUBREC")?;
        // Spec time (the expiry interval), not a suite wait: not scaled.
        std::thread::sleep(Duration::from_millis(1500));
        publ.send(PubRel::new(4))?;
        publ.expect_flow_ack(PacketType::PubComp, 4)
            .because("the unreleased QoS 2 message was discarded while its connection was open")?;
        expect_payload(&mut sub, b"held").because("the subscription was discarded while its connection was open")?;
        Ok(())
    })
}

/// MQTT-4.1.0-2 (MUST, Server)
///
/// > The Server MUST discard the Session State when the Network Connection is closed and the
/// > Session Expiry Interval has passed.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.1.1 (Storing Session State)
#[specgen::covers("MQTT-4.1.0-2", fp = "3e065fc4")]
#[test]
fn mqtt_4_1_0_2_server_must_discard_session_state_network() -> R {
    run(|b| {
        let id = unique_client_id("expire");
        let topic = unique_topic("expire");
        let (mut s, _) = persistent_v5(b, &id, 1).vehicle("a session with a 1 s expiry")?;
        s.subscribe(&topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        s.send(Disconnect::new(ReasonCode::NormalDisconnection))?;
        s.expect_closed()?;
        // Queued in the session while it still exists.
        publish_from_other(b, &topic, b"queued", QoS::AtLeastOnce).vehicle("publishing")?;
        // Let the 1 s Session Expiry Interval pass (spec time: not scaled;
        // the extra covers a server checking expiry once a second).
        std::thread::sleep(Duration::from_millis(2500));
        let (mut s, present) = persistent_v5(b, &id, 1)?;
        if present {
            return Err(s.fail_with("CONNACK session present 1 after the Session Expiry Interval had passed"));
        }
        s.subscribe(&topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        // A kept session would deliver "queued" before the marker.
        expect_only_marker(b, &mut s, &topic).because("the expired session's queued message was delivered")
    })
}
