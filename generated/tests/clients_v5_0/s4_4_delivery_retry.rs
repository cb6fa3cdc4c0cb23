//! mqtt-v5.0 section 4.4 (Message delivery retry): the client side, against the scripted server.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// MQTT-4.4.0-1 (MUST, MUST NOT, REQUIRED, Both)
///
/// > When a Client reconnects with Clean Start set to 0 and a session is present, both the Client
/// > and Server MUST resend any unacknowledged PUBLISH packets (where QoS > 0) and PUBREL packets
/// > using their original Packet Identifiers. This is the only circumstance where a Client or
/// > Server is REQUIRED to resend messages. Clients and Servers MUST NOT resend messages at any
/// > other time.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.4 (Message delivery retry)
#[specgen::covers("MQTT-4.4.0-1", fp = "1bbc983c")]
#[test]
fn mqtt_4_4_0_1_unacknowledged_publish_is_resent_on_reconnect() -> R {
    // The Client side: after reconnecting with Clean Start 0 (a Session
    // Expiry Interval keeps the session, CONNACK says Session Present 1), the
    // unacknowledged QoS 1 PUBLISH comes again first, with its original id.
    run_client(|client, server| {
        let o = persistent("resend").publishes(QoS::AtLeastOnce, false);
        let (first, next, mut again) = resend_after_reconnect_with(client, server, &o, QoS::AtLeastOnce)?;
        match next {
            Packet::Publish(p) if p.payload == first.payload && p.packet_id == first.packet_id => {
                again.send(PubAck::new(p.packet_id))
            }
            other => Err(again.fail_with(format!(
                "expected the unacknowledged PUBLISH id={} again, received {other}",
                first.packet_id
            ))),
        }
    })
}
