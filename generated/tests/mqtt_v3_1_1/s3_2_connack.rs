//! mqtt-v3.1.1 section 3.2: CONNACK – Acknowledge connection request.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_connect::*;

/// MQTT-3.2.0-1 (MUST, Server)
///
/// > The first packet sent from the Server to the Client MUST be a CONNACK Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.2 (CONNACK – Acknowledge connection request)
#[specgen::covers("MQTT-3.2.0-1", fp = "64c9f08f")]
#[test]
fn mqtt_3_2_0_1_first_server_packet_is_connack() -> R {
    run(|b| {
        let why = "first packet from the server is not CONNACK";
        let id = unique_client_id("first");
        let t = unique_topic("first");
        store_session(b, &id, &t)?;
        publish_from_other(b, &t, b"queued", QoS::AtLeastOnce).vehicle("publishing at QoS 1")?;
        // Resumed session with a queued message, and packets sent right
        // behind the CONNECT: still CONNACK first.
        let mut x = b.client()?;
        let pipelined =
            [Packet::from(x.authenticate(Connect::new(&id).clean_session(false))).encode(), Packet::PingReq.encode()]
                .concat();
        x.send_bytes(&pipelined)?;
        x.expect_matching("CONNACK", |p| matches!(p, Packet::ConnAck(_))).because(why)?;
        Ok(())
    })
}

/// MQTT-3.2.2-1 (MUST, Server)
///
/// > If the Server accepts a connection with CleanSession set to 1, the Server MUST set Session
/// > Present to 0 in the CONNACK packet in addition to setting a zero return code in the CONNACK
/// > packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.2.2.2 (Session Present)
#[specgen::covers("MQTT-3.2.2-1", fp = "c173a5a6")]
#[test]
fn mqtt_3_2_2_1_clean_session_1_gets_session_present_0() -> R {
    run(|b| {
        let why = "clean session 1 accepted with session present 1";
        let id = unique_client_id("sp");
        session_present(b, Connect::new(&id), false, why)?.disconnect()?;
        // Even when a stored session existed for the id.
        store_session(b, &id, &unique_topic("sp"))?;
        session_present(b, Connect::new(&id), false, why).map(drop)
    })
}

/// MQTT-3.2.2-2 (MUST, Server)
///
/// > If the Server has stored Session state, it MUST set Session Present to 1 in the CONNACK
/// > packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.2.2.2 (Session Present)
#[specgen::covers("MQTT-3.2.2-2", fp = "ecf5cbc6")]
#[test]
fn mqtt_3_2_2_2_stored_session_gets_session_present_1() -> R {
    run(|b| {
        let why = "stored session resumed with session present 0";
        let id = unique_client_id("sp");
        store_session(b, &id, &unique_topic("sp"))?;
        session_present(b, Connect::new(&id).clean_session(false), true, why)?.disconnect()?;
        session_present(b, Connect::new(&id).clean_session(false), true, why).map(drop)
    })
}

/// MQTT-3.2.2-3 (MUST, Server)
///
/// > If the Server does not have stored Session state, it MUST set Session Present to 0 in the
/// > CONNACK packet. This is in addition to setting a zero return code in the CONNACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.2.2.2 (Session Present)
#[specgen::covers("MQTT-3.2.2-3", fp = "f9db512a")]
#[test]
fn mqtt_3_2_2_3_no_stored_session_gets_session_present_0() -> R {
    run(|b| {
        let why = "no stored session, yet session present 1";
        let id = unique_client_id("sp");
        session_present(b, Connect::new(&id).clean_session(false), false, why)?.disconnect()?;
        // A clean session leaves nothing stored behind [MQTT-3.1.2-6]: a
        // server that keeps it has a session to report, so session present 1
        // there is that statement's failure, not a judgement of this one.
        let id = unique_client_id("sp");
        let mut c = session_present(b, Connect::new(&id), false, why)?;
        c.subscribe(&unique_topic("sp"), QoS::AtLeastOnce).vehicle("subscribing")?;
        c.disconnect().vehicle("DISCONNECT")?;
        let (c, ack) = accepted(b, Connect::new(&id).clean_session(false))?;
        if ack.session_present {
            let e = c.fail_with("session present 1 after a clean session ended");
            return Err(e).vehicle("discarding the state of a clean session [MQTT-3.1.2-6]");
        }
        Ok(())
    })
}

/// MQTT-3.2.2-4 (MUST, Server)
///
/// > If a server sends a CONNACK packet containing a non-zero return code it MUST set Session
/// > Present to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.2.2.2 (Session Present)
#[specgen::covers("MQTT-3.2.2-4", fp = "2d497c65")]
#[test]
fn mqtt_3_2_2_4_refused_connack_has_session_present_0() -> R {
    run(|b| {
        let why = "CONNACK with a non-zero code and session present 1";
        let id = unique_client_id("sp");
        store_session(b, &id, &unique_topic("sp"))?;
        // The vehicle is a refusing CONNACK (its code is MQTT-3.1.2-2's and
        // MQTT-3.1.3-8's business); this statement is its session present flag.
        let refused = |connect: Connect| -> R {
            let mut c = b.client()?;
            c.send(connect)?;
            match c.recv() {
                Ok(Packet::ConnAck(a)) if a.code != ConnectReturnCode::Accepted => match a.session_present {
                    true => Err(c.fail_with(format!("{why}: code {:?}", a.code))),
                    false => Ok(()),
                },
                Ok(other) => Err(c.fail_with(format!("the server answered {other}"))).vehicle("a refusing CONNACK"),
                Err(e) => Err(e).vehicle("a refusing CONNACK"),
            }
        };
        // Refused although a session is stored for the id.
        refused(Connect::new(&id).clean_session(false).protocol("MQTT", 42))?;
        refused(Connect::new("").clean_session(false))
    })
}

/// MQTT-3.2.2-5 (MUST, SHOULD, Server)
///
/// > If a well formed CONNECT Packet is received by the Server, but the Server is unable to
/// > process it for some reason, then the Server SHOULD attempt to send a CONNACK packet
/// > containing the appropriate non-zero Connect return code from this table. If a server sends a
/// > CONNACK packet containing a non-zero return code it MUST then close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.2.2.3 (Connect Return code)
#[specgen::covers("MQTT-3.2.2-5", fp = "fe943362")]
#[test]
fn mqtt_3_2_2_5_refused_connack_is_followed_by_close() -> R {
    run(|b| {
        let refused = |name, connect: Connect| {
            case(name, move || {
                let mut c = b.client()?;
                c.send(connect)?;
                c.expect_matching(
                    "CONNACK refusing",
                    |p| matches!(p, Packet::ConnAck(a) if a.code != ConnectReturnCode::Accepted),
                )
                .vehicle("a refusing CONNACK")?;
                c.expect_closed()
            })
        };
        each_case(
            "connection left open after a refusing CONNACK",
            vec![
                refused("unsupported level", Connect::new(unique_client_id("ref")).protocol("MQTT", 42)),
                refused("zero-length id, clean session 0", Connect::new("").clean_session(false)),
            ],
        )
    })
}
