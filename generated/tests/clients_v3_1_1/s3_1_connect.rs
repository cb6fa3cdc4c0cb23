//! mqtt-v3.1.1 section 3.1 (CONNECT): the client side, against the scripted server.

use mqtt_conformance::prelude::*;
use std::time::Instant;

use crate::support::*;

/// MQTT-3.1.0-1 (MUST, Client)
///
/// > After a Network Connection is established by a Client to a Server, the first Packet sent
/// > from the Client to the Server MUST be a CONNECT Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1 (CONNECT – Client requests a connection to a Server)
#[specgen::covers("MQTT-3.1.0-1", fp = "903e16fa")]
#[test]
fn mqtt_3_1_0_1_first_packet_is_connect() -> R {
    run_client(|client, server| {
        let o = options("first");
        client.connect(server.addr(), &o).on(server)?;
        let mut conn = server.accept()?;
        conn.expect_connect().because("the first packet on a new connection is not CONNECT")?;
        Ok(())
    })
}

/// MQTT-3.1.3-1 (MUST, Client)
///
/// > The payload of the CONNECT Packet contains one or more length-prefixed fields, whose
/// > presence is determined by the flags in the variable header. These fields, if present, MUST
/// > appear in the order Client Identifier, Will Topic, Will Message, User Name, Password.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.3 (Payload)
#[specgen::covers("MQTT-3.1.3-1", fp = "9ed52471")]
#[test]
fn mqtt_3_1_3_1_connect_payload_has_the_fields_its_flags_announce() -> R {
    // Will, user name and password all set: the decoder reads the payload
    // in the order the flags announce (client id, will topic, will message,
    // user name, password) and refuses missing or extra bytes.
    run_client(|client, server| {
        let o = options("payload")
            .will(Will::new(unique_topic("will"), "gone", QoS::AtLeastOnce, true))
            .credentials("user", Some(b"secret"));
        let (_conn, c) = handshaken(client, server, &o)?;
        let want = (o.client_id.as_str(), o.will.as_ref(), o.username.as_deref(), o.password.as_deref());
        let got = (c.client_id.as_str(), c.will.as_ref(), c.username.as_deref(), c.password.as_deref());
        if want != got {
            return Err(server.fail_with(format!("CONNECT payload {got:?} is not what the client was given: {want:?}")));
        }
        Ok(())
    })
}

/// MQTT-3.1.3-3 (MUST, Client)
///
/// > The Client Identifier (ClientId) MUST be present and MUST be the first field in the CONNECT
/// > packet payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.3.1 (Client Identifier)
#[specgen::covers("MQTT-3.1.3-3", fp = "1ce5e65a")]
#[test]
fn mqtt_3_1_3_3_client_id_is_the_first_payload_field() -> R {
    run_client(|client, server| {
        let o = options("cid");
        let (_conn, c) = handshaken(client, server, &o)?;
        if c.client_id != o.client_id {
            return Err(server.fail_with(format!(
                "the first CONNECT payload field is {:?}, not the client identifier {:?}",
                c.client_id, o.client_id
            )));
        }
        Ok(())
    })
}

/// MQTT-3.1.3-7 (MUST, Client)
///
/// > If the Client supplies a zero-byte ClientId, the Client MUST also set CleanSession to 1.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.3.1 (Client Identifier)
#[specgen::covers("MQTT-3.1.3-7", fp = "dbfa8ef0")]
#[test]
fn mqtt_3_1_3_7_zero_byte_client_id_only_with_clean_session() -> R {
    // Asked for an empty client id with a persistent session, a client may
    // refuse (its API returns an error) or must send CleanSession=1.
    run_client(|client, server| {
        let mut o = options("empty");
        o.client_id = String::new();
        o.clean_session = false;
        match client.connect(server.addr(), &o) {
            Err(mqtt_conformance::clients::ClientError::Refused(why)) => {
                // Refused: prove no connection was made by order: a second
                // instance with a valid id must be the first to connect.
                server.note("", format!("the client refused: {why}"));
                let mut other = mqtt_conformance::clients::from_env();
                let valid = options("valid");
                other.connect(server.addr(), &valid).on(server)?;
                let mut conn = server.accept()?;
                let c = conn.expect_connect()?;
                if c.client_id != valid.client_id {
                    return Err(server.fail_with("a connection with the refused options was opened anyway"));
                }
                Ok(())
            }
            r => {
                r.on(server)?;
                let mut conn = server.accept()?;
                let c = conn.expect_connect()?;
                if c.client_id.is_empty() && !c.clean_session {
                    return Err(server.fail_with("CONNECT with a zero-byte client id and CleanSession=0"));
                }
                Ok(())
            }
        }
    })
}

/// MQTT-3.1.2-23 (MUST, Client)
///
/// > In the absence of sending any other Control Packets, the Client MUST send a PINGREQ Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.10 (Keep Alive)
#[specgen::covers("MQTT-3.1.2-23", fp = "de691ca5")]
#[test]
fn mqtt_3_1_2_23_idle_client_sends_pingreq_within_keep_alive() -> R {
    // Keep-alive 5 s (the smallest the mosquitto tools and bridge accept),
    // nothing else to send: the next packet after CONNECT must be PINGREQ,
    // no later than 5 s after it. The spec's duration is not scaled; the
    // measurement allows 100 ms (times MQTT_WAIT_SCALE) for two loopback
    // deliveries and scheduling. The clients here ping at 5.001-5.007 s.
    const KEEP_ALIVE: u16 = 5;
    let limit = Duration::from_secs(KEEP_ALIVE.into()) + wait::scaled(Duration::from_millis(100));
    run_client(move |client, server| {
        let o = options("ka").keep_alive(KEEP_ALIVE);
        client.connect(server.addr(), &o).on(server)?;
        let mut conn = server.accept()?;
        conn.expect_connect()?;
        let last_sent = Instant::now();
        conn.connack(false)?;
        let wait = limit + wait::reply();
        conn.expect_matching_within(wait, "PINGREQ", |p| *p == Packet::PingReq)?;
        let took = last_sent.elapsed();
        conn.note(format!("PINGREQ {took:?} after the CONNECT"));
        if took > limit {
            return Err(conn.fail_with(format!(
                "PINGREQ came {took:?} after the client's last packet, more than the keep-alive of {KEEP_ALIVE} s"
            )));
        }
        conn.send(Packet::PingResp)
    })
}

/// Not a statement of its own: a client that opens with a non-standard
/// protocol level (mosquitto's bridge sends 0x84, 3.1.1 with its "bridge"
/// bit) and is refused with CONNACK 0x01 (MQTT-3.1.2-2, the server side) must
/// come back with the standard level 4 to interoperate with servers that do
/// not know the extension. Clients that open with level 4 are not concerned.
#[test]
fn refused_non_standard_protocol_level_falls_back_to_4() -> R {
    run_client(|client, server| {
        let o = options("level");
        client.connect(server.addr(), &o).on(server)?;
        let mut conn = server.accept()?;
        let c = conn.expect_connect()?;
        if c.protocol_level == 4 {
            return Err(mqtt_conformance::verdict::skipped(format!(
                "{}: connects with protocol level 4, so there is no non-standard level to fall back from",
                mqtt_conformance::clients::selected()
            )));
        }
        conn.send(ConnAck::new(false, ConnectReturnCode::UnacceptableProtocolVersion))?;
        conn.cut()?;
        let mut again = server.accept_within(reconnect_wait())?;
        let c2 = again.expect_connect()?;
        if c2.protocol_level != 4 || c2.protocol_name != "MQTT" {
            return Err(again.fail_with(format!(
                "after CONNACK 0x01 for level 0x{:02x} the client came back with {:?} level 0x{:02x}, not \"MQTT\" level 4",
                c.protocol_level, c2.protocol_name, c2.protocol_level
            )));
        }
        again.connack(false)
    })
}
