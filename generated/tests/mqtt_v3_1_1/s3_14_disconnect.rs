//! mqtt-v3.1.1 section 3.14: DISCONNECT – Disconnect notification.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_connect::*;

/// MQTT-3.14.1-1 (MUST, Server)
///
/// > The Server MUST validate that reserved bits are set to zero and disconnect the Client if
/// > they are not zero.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.14.1 (Fixed header)
#[specgen::covers("MQTT-3.14.1-1", fp = "6da7ae56")]
#[test]
fn mqtt_3_14_1_1_disconnect_with_reserved_bits_is_a_violation() -> R {
    // DISCONNECT with reserved bits is not a DISCONNECT: the server closes for
    // a protocol violation, so the will is published.
    run(|b| {
        let why = "DISCONNECT with reserved bits set treated as valid";
        // The vehicle: a will is published when the server closes for a
        // protocol violation [MQTT-3.1.2-8].
        let w = will(QoS::AtMostOnce, false);
        let mut s = subscriber(b, &w.topic, QoS::AtMostOnce).vehicle("subscribing to the will topic")?;
        close_by_violation(&mut accepted(b, Connect::new(unique_client_id("disc")).will(w.clone()))?.0)?;
        expect_payload(&mut s, &w.payload).vehicle("publishing the will on a close for a protocol violation")?;
        for flags in [0b0001, 0b1000] {
            let w = will(QoS::AtMostOnce, false);
            let mut s = subscriber(b, &w.topic, QoS::AtMostOnce).vehicle("subscribing to the will topic")?;
            let (mut x, _) = accepted(b, Connect::new(unique_client_id("disc")).will(w.clone()))?;
            x.send_malformed(Malformed::from(Packet::Disconnect).flags(flags))?;
            x.expect_closed()?;
            expect_payload(&mut s, &w.payload).because(why)?;
        }
        Ok(())
    })
}

// MQTT-3.14.4-1 (MUST, Client)
//
// > After sending a DISCONNECT Packet the Client MUST close the Network Connection.
//
// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.14.4 (Response)
// A Client obligation: tested against real client libraries by the client
// suite (generated/tests/clients_v3_1_1, `scripts/clients`, one result per client).

// MQTT-3.14.4-2 (MUST NOT, Client)
//
// > After sending a DISCONNECT Packet the Client MUST NOT send any more Control Packets on that
// > Network Connection.
//
// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.14.4 (Response)
// A Client obligation: tested against real client libraries by the client
// suite (generated/tests/clients_v3_1_1, `scripts/clients`, one result per client).

/// MQTT-3.14.4-3 (MUST, Server)
///
/// > On receipt of DISCONNECT the Server: MUST discard any Will Message associated with the
/// > current connection without publishing it, as described in Section 3.1.2.5.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.14.4 (Response)
#[specgen::covers("MQTT-3.14.4-3", fp = "60ec7832")]
#[test]
fn mqtt_3_14_4_3_disconnect_discards_will() -> R {
    run(|b| {
        let why = "will published after DISCONNECT";
        let w = will(QoS::AtLeastOnce, true);
        let _kept = retained(b, &w.topic);
        let mut s = subscriber(b, &w.topic, QoS::AtLeastOnce).vehicle("subscribing to the will topic")?;
        accepted(b, Connect::new(unique_client_id("disc")).will(w.clone()))?.0.disconnect()?;
        expect_only_marker(b, &mut s, &w.topic).because(why)?;
        let mut late = subscriber(b, &w.topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        expect_only_marker(b, &mut late, &w.topic).because(why)
    })
}
