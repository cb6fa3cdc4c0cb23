//! mqtt-v5.0 section 3.1 (CONNECT): the client side, against the scripted server.

use mqtt_conformance::prelude::*;
use std::time::Instant;

use crate::support::*;

/// MQTT-3.1.0-1 (MUST, Client)
///
/// > After a Network Connection is established by a Client to a Server, the first packet sent
/// > from the Client to the Server MUST be a CONNECT packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1 (CONNECT – Connection Request)
#[specgen::covers("MQTT-3.1.0-1", fp = "46e97f2a")]
#[test]
fn mqtt_3_1_0_1_first_packet_is_connect() -> R {
    run_client(|client, server| {
        let o = options("first");
        client.connect(server.addr(), &o).on(server)?;
        let mut conn = server.accept()?;
        let c = conn.expect_connect().because("the first packet on a new connection is not CONNECT")?;
        if c.protocol_level != 5 {
            return Err(
                conn.fail_with(format!("told to speak MQTT 5.0, the client sent protocol level {}", c.protocol_level))
            );
        }
        Ok(())
    })
}

/// MQTT-3.1.3-1 (MUST, Client)
///
/// > The Payload of the CONNECT packet contains one or more length-prefixed fields, whose
/// > presence is determined by the flags in the Variable Header. These fields, if present, MUST
/// > appear in the order Client Identifier, Will Properties, Will Topic, Will Payload, User Name,
/// > Password.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3 (CONNECT Payload)
#[specgen::covers("MQTT-3.1.3-1", fp = "90d16262")]
#[test]
fn mqtt_3_1_3_1_connect_payload_has_the_fields_its_flags_announce() -> R {
    // Will, user name and password all set: the 5.0 decoder reads the
    // payload in the order the flags announce (client id, will properties,
    // will topic, will payload, user name, password) and refuses missing or
    // extra bytes.
    run_client(|client, server| {
        let o = options("payload")
            .will(Will::new(unique_topic("will"), "gone", QoS::AtLeastOnce, true))
            .credentials("user", Some(b"secret"));
        let (_conn, c) = handshaken(client, server, &o)?;
        let will = c.will.as_ref().map(|w| (w.topic.as_str(), w.payload.as_slice(), w.qos, w.retain));
        let want_will = o.will.as_ref().map(|w| (w.topic.as_str(), w.payload.as_slice(), w.qos, w.retain));
        let want = (o.client_id.as_str(), want_will, o.username.as_deref(), o.password.as_deref());
        let got = (c.client_id.as_str(), will, c.username.as_deref(), c.password.as_deref());
        if want != got {
            return Err(server.fail_with(format!("CONNECT payload {got:?} is not what the client was given: {want:?}")));
        }
        Ok(())
    })
}

/// The keep-alive tests allow 100 ms (times MQTT_WAIT_SCALE) over the
/// spec's interval for two loopback deliveries and scheduling.
fn ping_limit(keep_alive: u16) -> Duration {
    Duration::from_secs(keep_alive.into()) + wait::scaled(Duration::from_millis(100))
}

/// Connect with keep-alive `sent`, answer CONNACK with `connack`; the next
/// packet must be a PINGREQ within `limit` after the CONNACK.
fn idle_client_pings(sent: u16, connack: ConnAck, keep_alive_in_use: u16) -> R {
    let limit = ping_limit(keep_alive_in_use);
    run_client(move |client, server| {
        let o = options("ka").keep_alive(sent);
        client.connect(server.addr(), &o).on(server)?;
        let mut conn = server.accept()?;
        conn.expect_connect()?;
        let last_sent = Instant::now();
        conn.send(connack)?;
        conn.expect_matching_within(limit + wait::reply(), "PINGREQ", |p| *p == Packet::PingReq)?;
        let took = last_sent.elapsed();
        conn.note(format!("PINGREQ {took:?} after the CONNECT"));
        if took > limit {
            return Err(conn.fail_with(format!(
                "PINGREQ came {took:?} after the client's last packet, more than the keep-alive in use of {keep_alive_in_use} s"
            )));
        }
        conn.send(Packet::PingResp)
    })
}

/// MQTT-3.1.2-20 (MUST, Client)
///
/// > If Keep Alive is non-zero and in the absence of sending any other MQTT Control Packets, the
/// > Client MUST send a PINGREQ packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.10 (Keep Alive)
#[specgen::covers("MQTT-3.1.2-20", fp = "88bdf6ce")]
#[test]
fn mqtt_3_1_2_20_idle_client_sends_pingreq_within_keep_alive() -> R {
    // Keep-alive 5 s (the smallest the mosquitto tools and bridge accept),
    // nothing else to send: the next packet after CONNECT must be PINGREQ,
    // no later than 5 s after it.
    idle_client_pings(5, ConnAck::v5(false, ReasonCode::Success), 5)
}

/// MQTT-3.1.2-21 (MUST, Client)
///
/// > If the Server returns a Server Keep Alive on the CONNACK packet, the Client MUST use that
/// > value instead of the value it sent as the Keep Alive.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.10 (Keep Alive)
#[specgen::covers("MQTT-3.1.2-21", fp = "b6fabcdc")]
#[test]
fn mqtt_3_1_2_21_client_uses_the_server_keep_alive() -> R {
    // The client asks for 60 s; CONNACK's Server Keep Alive says 2 s: the
    // idle client must ping within 2 s, not 60.
    idle_client_pings(60, connack_with([Property::ServerKeepAlive(2)]), 2)
}

/// MQTT-3.1.2-30 (MUST NOT, Client)
///
/// > If a Client sets an Authentication Method in the CONNECT, the Client MUST NOT send any
/// > packets other than AUTH or DISCONNECT packets until it has received a CONNACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.11.9 (Authentication Method)
#[specgen::covers("MQTT-3.1.2-30", fp = "64cfa93f")]
#[test]
fn mqtt_3_1_2_30_only_auth_or_disconnect_before_connack() -> R {
    // The server answers the CONNECT (Authentication Method set, a
    // subscription to make) with AUTH instead of CONNACK: the client's next
    // packet must be AUTH or DISCONNECT (or it closes), not its SUBSCRIBE.
    // The AUTH is the marker: what the client had to send before it came first.
    run_client(|client, server| {
        let (answer, conn) = auth_continued(client, server)?;
        match answer {
            AuthAnswer::Packet(Packet::Auth(_)) | AuthAnswer::Packet(Packet::Disconnect) | AuthAnswer::Closed => Ok(()),
            AuthAnswer::Packet(Packet::DisconnectWith(_)) => Ok(()),
            AuthAnswer::Packet(other) => {
                Err(conn.fail_with(format!("before any CONNACK the client, which set an Authentication Method, sent {other}")))
            }
            AuthAnswer::Silent => Err(verdict::blocked(format!(
                "{}: the client left the server's AUTH unanswered, so nothing shows what it would send before a CONNACK",
                mqtt_conformance::clients::selected()
            ))),
        }
    })
}
