//! mqtt-v3.1.1 section 7.1: Conformance Targets.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

/// MQTT-7.1.1-1 (MUST, Server)
///
/// > A conformant Server MUST support the use of one or more underlying transport protocols that
/// > provide an ordered, lossless, stream of bytes from the Client to Server and Server to
/// > Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 7.1.1 (MQTT Server)
#[specgen::covers("MQTT-7.1.1-1", fp = "002723cd")]
#[test]
fn mqtt_7_1_1_1_server_reads_an_ordered_byte_stream() -> R {
    // TCP is that transport; the server must treat it as a byte stream, not
    // rely on packet and segment boundaries lining up.
    run(|b| {
        let why = "byte stream not handled in order";
        let t = unique_topic("stream");
        let mut s = subscriber(b, &t, QoS::AtLeastOnce).vehicle("subscribing")?;
        let mut c = b.client()?;
        // One byte per write.
        for byte in Packet::from(c.authenticate(Connect::new(unique_client_id("stream")))).encode() {
            c.send_bytes(&[byte])?;
            std::thread::sleep(Duration::from_millis(1));
        }
        c.expect(ConnAck::accepted(false)).because(why)?;
        // Many packets in one write, the last one split in two.
        let mut bytes = Vec::new();
        for i in 1..=5u8 {
            bytes.extend(Packet::from(Publish::new(&t, [b'0' + i]).qos(QoS::AtLeastOnce, i.into())).encode());
        }
        bytes.extend(Packet::PingReq.encode());
        c.send_bytes(&bytes[..bytes.len() - 1])?;
        std::thread::sleep(Duration::from_millis(20));
        c.send_bytes(&bytes[bytes.len() - 1..])?;
        for i in 1..=5u16 {
            c.expect(PubAck::new(i)).because(why)?;
        }
        c.expect(Packet::PingResp).because(why)?;
        for i in 1..=5u8 {
            expect_payload(&mut s, &[b'0' + i]).because(why)?;
        }
        Ok(())
    })
}

// MQTT-7.1.2-1 (MUST, Client)
//
// > Chapter 6 - (if MQTT is transported over a WebSocket connection) - Chapter 7 - Conformance
// > Targets A conformant Client MUST support the use of one or more underlying transport
// > protocols that provide an ordered, lossless, stream of bytes from the Client to Server and
// > Server to Client.
//
// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 7.1.2 (MQTT Client)
// A Client obligation: tested against real client libraries by the client
// suite (generated/tests/clients_v3_1_1, `scripts/clients`, one result per client).
