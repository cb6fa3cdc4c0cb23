//! mqtt-v3.1.1 section 4.4 (Message delivery retry): the client side, against the scripted server.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// MQTT-4.4.0-1 (MUST, Both)
///
/// > When a Client reconnects with CleanSession set to 0, both the Client and Server MUST re-send
/// > any unacknowledged PUBLISH Packets (where QoS > 0) and PUBREL Packets using their original
/// > Packet Identifiers.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.4 (Message delivery retry)
#[specgen::covers("MQTT-4.4.0-1", fp = "64bca199")]
#[test]
fn mqtt_4_4_0_1_unacknowledged_publish_is_resent_on_reconnect() -> R {
    // The Client side: after reconnecting with CleanSession=0 (session
    // present), the unacknowledged QoS 1 PUBLISH comes again first.
    run_client(|client, server| {
        let (first, next, mut again) = resend_after_reconnect(client, server, QoS::AtLeastOnce)?;
        match next {
            Packet::Publish(p) if p.topic == first.topic && p.payload == first.payload => {
                again.send(PubAck::new(p.packet_id))
            }
            other => Err(again.fail_with(format!("expected the unacknowledged PUBLISH again, received {other}"))),
        }
    })
}
