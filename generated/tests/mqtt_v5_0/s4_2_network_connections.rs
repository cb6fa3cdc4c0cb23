//! mqtt-v5.0 section 4.2: Network Connections.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

/// MQTT-4.2-1 (MUST, Both)
///
/// > A Client or Server MUST support the use of one or more underlying transport protocols that
/// > provide an ordered, lossless, stream of bytes from the Client to Server and Server to
/// > Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.2 (Network Connections)
#[specgen::covers("MQTT-4.2-1", fp = "a42f7e1f")]
#[test]
fn mqtt_4_2_1_client_server_must_support_use_one() -> R {
    run(|b| {
        // Over TCP: 50 QoS 0 PUBLISHes written back to back, cut into
        // writes that do not follow packet boundaries, must all arrive, in
        // order, byte for byte.
        let topic = unique_topic("stream");
        let mut sub = subscriber_v5(b, &topic, QoS::AtLeastOnce).vehicle("subscribing")?;
        let mut publ = connected_v5(b, "pub")?;
        let sent: Vec<String> = (0..50).map(|i| format!("message {i:02} {}", "x".repeat(i * 7))).collect();
        let mut bytes = Vec::new();
        for m in &sent {
            bytes.extend(Packet::from(Publish::new(&topic, m.as_bytes())).encode_for(ProtocolVersion::V5));
        }
        let cuts = [bytes.len() / 3 + 1, 2 * bytes.len() / 3 - 5];
        publ.send_bytes(&bytes[..cuts[0]])?;
        publ.send_bytes(&bytes[cuts[0]..cuts[1]])?;
        publ.send_bytes(&bytes[cuts[1]..])?;
        // A QoS 1 one last: its PUBACK shows the server read the whole stream.
        publ.publish(&topic, b"last", QoS::AtLeastOnce)?;
        let mut got = Vec::new();
        while got.len() < sent.len() + 1 {
            got.push(sub.receive_publish()?);
        }
        let mut want = sent.clone();
        want.push("last".into());
        if payloads(&got) != want {
            return Err(sub.fail_with("the messages did not arrive complete and in the order they were sent"));
        }
        Ok(())
    })
}
