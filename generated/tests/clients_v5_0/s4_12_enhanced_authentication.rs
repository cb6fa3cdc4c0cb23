//! mqtt-v5.0 section 4.12 (Enhanced authentication): the client side, against the scripted server.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// MQTT-4.12.0-7 (MUST NOT, Client)
///
/// > If the Client does not include an Authentication Method in the CONNECT, the Client MUST NOT
/// > send an AUTH packet to the Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12 (Enhanced authentication)
#[specgen::covers("MQTT-4.12.0-7", fp = "bb2a46c8")]
#[test]
fn mqtt_4_12_0_7_no_auth_without_an_authentication_method() -> R {
    // A client that connected without an Authentication Method is sent an
    // AUTH (Continue authentication) it did not ask for: it must not answer
    // with AUTH. It may close the connection (with DISCONNECT); if it stays,
    // a message the application publishes next must be its next packet.
    run_client(|client, server| {
        let o = options("noauth");
        let (mut conn, c) = handshaken(client, server, &o)?;
        if c.properties.authentication_method().is_some() {
            return Err(conn.fail_with("told to connect without one, the client sent an Authentication Method"));
        }
        conn.send(Auth::new(ReasonCode(0x18)).property(Property::AuthenticationMethod("SCRAM-SHA-1".into())))?;
        match client.publish(&o.topic, b"marker", QoS::AtMostOnce, false) {
            Ok(()) => {}
            Err(e) => conn.note(format!("publishing the marker: {e}")),
        }
        match conn.recv() {
            Ok(Packet::Auth(a)) => Err(conn.fail_with(format!("the client answered with {}", Packet::Auth(a)))),
            Ok(Packet::Publish(p)) if p.payload == b"marker" => Ok(()),
            Ok(Packet::Disconnect) | Ok(Packet::DisconnectWith(_)) => conn.expect_closed(),
            Ok(other) => Err(conn.fail_with(format!("expected the marker PUBLISH, received {other}"))),
            Err(e) if e.kind == ErrorKind::Closed => Ok(()),
            Err(e) => Err(e),
        }
    })
}

/// MQTT-4.12.0-3 (MUST, Unknown)
///
/// > The Client responds to an AUTH packet from the Server by sending a further AUTH packet. This
/// > packet MUST contain a Reason Code of 0x18 (Continue authentication).
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12 (Enhanced authentication)
#[specgen::covers("MQTT-4.12.0-3", fp = "e5ee1568")]
#[test]
fn mqtt_4_12_0_3_client_continues_with_auth_0x18() -> R {
    // The server answers the CONNECT (Authentication Method set) with AUTH
    // 0x18: a client that goes on authenticating answers AUTH with Reason
    // Code 0x18. Closing instead is allowed (MQTT-4.12.0-4): then there is
    // no answer to judge.
    run_client(|client, server| {
        let (answer, conn) = auth_continued(client, server)?;
        match answer {
            AuthAnswer::Packet(Packet::Auth(a)) if a.reason_code == ReasonCode(0x18) => Ok(()),
            AuthAnswer::Packet(Packet::Auth(a)) => {
                Err(conn.fail_with(format!("the client answered AUTH with {}", Packet::Auth(a))))
            }
            AuthAnswer::Packet(Packet::Disconnect)
            | AuthAnswer::Packet(Packet::DisconnectWith(_))
            | AuthAnswer::Closed => Err(skipped_here(
                "the client does not continue enhanced authentication: it closed the connection on the server's AUTH",
            )),
            AuthAnswer::Packet(other) => {
                Err(conn.fail_with(format!("expected AUTH in answer to AUTH, received {other}")))
            }
            AuthAnswer::Silent => Err(verdict::blocked(format!(
                "{}: the client left the server's AUTH unanswered",
                mqtt_conformance::clients::selected()
            ))),
        }
    })
}
