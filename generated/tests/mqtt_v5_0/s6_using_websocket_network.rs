//! mqtt-v5.0 section 6: Using WebSocket as a network transport.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;
use mqtt_conformance::transport::WsFrame;

/// MQTT-6.0.0-1 (MUST, Unknown)
///
/// > MQTT Control Packets MUST be sent in WebSocket binary data frames. If any other type of data
/// > frame is received the recipient MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 6 (Using WebSocket as a network transport)
#[specgen::covers("MQTT-6.0.0-1", fp = "7404cd6f")]
#[test]
fn mqtt_6_0_0_1_a_packet_in_a_text_frame_closes_the_connection() -> R {
    run_over_websocket(ProtocolVersion::V5, |_, mut c| {
        // A well-formed 5.0 CONNECT, but in a text frame (its bytes are valid UTF-8).
        let connect =
            Packet::from(c.authenticate(Connect::v5(unique_client_id("wstext")))).encode_for(ProtocolVersion::V5);
        let text = String::from_utf8(connect).expect("an ASCII CONNECT");
        c.send_ws_frame("CONNECT in a text frame", WsFrame::Text(text.into()))?;
        c.expect_closed().because("a CONNECT in a text frame must close the connection")
    })
}

/// MQTT-6.0.0-2 (MUST NOT, Both)
///
/// > The receiver MUST NOT assume that MQTT Control Packets are aligned on WebSocket frame
/// > boundaries.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 6 (Using WebSocket as a network transport)
#[specgen::covers("MQTT-6.0.0-2", fp = "c6a8d20e")]
#[test]
fn mqtt_6_0_0_2_packets_split_across_and_packed_into_frames_are_read() -> R {
    run_over_websocket(ProtocolVersion::V5, |_, mut c| {
        let v5 = ProtocolVersion::V5;
        // CONNECT split over three binary frames, the cut inside the fixed header.
        let connect = Packet::from(c.authenticate(Connect::v5(unique_client_id("wssplit")))).encode_for(v5);
        for (i, part) in [&connect[..1], &connect[1..5], &connect[5..]].into_iter().enumerate() {
            c.send_ws_frame(&format!("CONNECT part {}", i + 1), WsFrame::Binary(part.to_vec().into()))?;
        }
        c.expect_matching("CONNACK Success", |p| matches!(p, Packet::ConnAck(a) if a.reason_code.is_success()))
            .because("a CONNECT split across frames was not read")?;
        // SUBSCRIBE and a PUBLISH packed into one frame, the PUBLISH's tail in a second.
        let topic = unique_topic("wspack");
        let mut packed = Packet::from(Subscribe::one(1, &topic, QoS::AtMostOnce)).encode_for(v5);
        packed.extend(Packet::from(Publish::new(&topic, "packed")).encode_for(v5));
        let cut = packed.len() - 3;
        c.send_ws_frame("SUBSCRIBE + PUBLISH head", WsFrame::Binary(packed[..cut].to_vec().into()))?;
        c.send_ws_frame("PUBLISH tail", WsFrame::Binary(packed[cut..].to_vec().into()))?;
        c.expect_matching("SUBACK id=1", |p| matches!(p, Packet::SubAck(s) if s.packet_id == 1))
            .because("a SUBSCRIBE sharing a frame with a PUBLISH was not read")?;
        let p = c.receive_publish().because("a PUBLISH split across frames was not delivered")?;
        if p.payload != b"packed" {
            return Err(c.fail_with("the delivered payload differs from the one sent across frames"));
        }
        Ok(())
    })
}

/// MQTT-6.0.0-4 (MUST, Server)
///
/// > The WebSocket Subprotocol name selected and returned by the Server MUST be “mqtt”.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 6 (Using WebSocket as a network transport)
#[specgen::covers("MQTT-6.0.0-4", fp = "a0588fff")]
#[test]
fn mqtt_6_0_0_4_the_server_selects_the_mqtt_sub_protocol() -> R {
    run_over_websocket(ProtocolVersion::V5, |_, mut c| {
        let selected = c.conn().ws_protocol().map(str::to_string);
        if selected.as_deref() != Some("mqtt") {
            return Err(c.fail_with(format!("the server selected sub-protocol {selected:?}, not \"mqtt\"")));
        }
        c.connect_ok(&unique_client_id("wsproto"), true).vehicle("CONNECT over the WebSocket")?;
        Ok(())
    })
}
