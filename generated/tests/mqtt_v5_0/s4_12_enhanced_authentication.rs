//! mqtt-v5.0 section 4.12: Enhanced authentication.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_subscribe::*;

/// MQTT-4.12.0-1 (MUST, MAY, Server)
///
/// > If the Server does not support the Authentication Method supplied by the Client, it MAY send
/// > a CONNACK with a Reason Code of 0x8C (Bad authentication method) or 0x87 (Not Authorized) as
/// > described in section 4.13 and MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12 (Enhanced authentication)
#[specgen::covers("MQTT-4.12.0-1", fp = "8d952f35")]
#[test]
fn mqtt_4_12_0_1_may_send_connack_reason_code_0x8c() -> R {
    run(|b| {
        let (mut c, start) = start_auth(b, UNKNOWN_AUTH_METHOD, Properties::new())?;
        match start {
            AuthStart::Closed => Ok(()),
            AuthStart::ConnAck(a) if !a.reason_code.is_success() => {
                if ![ReasonCode::BadAuthenticationMethod, ReasonCode::NotAuthorized].contains(&a.reason_code) {
                    return Err(c.fail_with(format!("CONNACK {} refuses an unsupported method; 0x8C or 0x87 expected", a.reason_code)));
                }
                c.expect_closed().because("the connection must be closed after refusing the method")
            }
            // Accepted while ignoring the method: it was not supported, yet not refused.
            AuthStart::ConnAck(a) if a.properties.authentication_method() != Some(UNKNOWN_AUTH_METHOD) => Err(c.fail_with(
                "the server accepted a CONNECT with an Authentication Method it does not support (no Authentication Method in the CONNACK)",
            )),
            _ => Err(skipped(format!("the server supports the method {UNKNOWN_AUTH_METHOD:?}: nothing to refuse"))),
        }
    })
}

/// MQTT-4.12.0-2 (MUST, Unknown)
///
/// > If the Server requires additional information to complete the authentication, it can send an
/// > AUTH packet to the Client. This packet MUST contain a Reason Code of 0x18 (Continue
/// > authentication).
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12 (Enhanced authentication)
#[specgen::covers("MQTT-4.12.0-2", fp = "b2df9bd5")]
#[test]
fn mqtt_4_12_0_2_packet_must_contain_reason_code_0x18() -> R {
    run(|b| {
        let (c, auth) = auth_exchange(b, SCRAM, Properties::new())?;
        if auth.reason_code != ReasonCode::ContinueAuthentication {
            return Err(
                c.fail_with(format!("the server's AUTH during authentication carries {}, not 0x18", auth.reason_code))
            );
        }
        Ok(())
    })
}

/// MQTT-4.12.0-4 (MUST, MAY, Server)
///
/// > The Client can close the connection at any point in this process. It MAY send a DISCONNECT
/// > packet before doing so. The Server can reject the authentication at any point in this
/// > process. It MAY send a CONNACK with a Reason Code of 0x80 or above as described in section
/// > 4.13, and MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12 (Enhanced authentication)
#[specgen::covers("MQTT-4.12.0-4", fp = "7b6cdaba")]
#[test]
fn mqtt_4_12_0_4_may_send_disconnect_packet_before_doing() -> R {
    run(|b| {
        // SCRAM client data no server can verify: the server rejects,
        // at once or after some AUTH rounds.
        let (mut c, mut start) = start_auth(b, SCRAM, Properties::new())?;
        for _round in 0..4 {
            match start {
                AuthStart::Closed => return Ok(()),
                AuthStart::ConnAck(a) if !a.reason_code.is_success() => {
                    return c
                        .expect_closed()
                        .because(&format!("after CONNACK {} rejecting the authentication", a.reason_code));
                }
                AuthStart::ConnAck(_) => {
                    return Err(skipped("the server accepted the authentication: nothing rejected"))
                }
                AuthStart::Auth(_) => {
                    let reply = Auth::new(ReasonCode::ContinueAuthentication)
                        .property(Property::AuthenticationMethod(SCRAM.into()))
                        .property(Property::AuthenticationData(b"c=biws,r=bogus,p=AAAA".to_vec()));
                    c.send(reply)?;
                    start = match c.recv() {
                        Ok(Packet::Auth(a)) => AuthStart::Auth(a),
                        Ok(Packet::ConnAck(a)) => AuthStart::ConnAck(a),
                        Ok(p) => return Err(c.fail_with(format!("expected AUTH, CONNACK or a close, received {p}"))),
                        Err(e) if e.kind == ErrorKind::Closed => AuthStart::Closed,
                        Err(e) => return Err(e),
                    };
                }
            }
        }
        Err(skipped("the server neither accepted nor rejected bogus SCRAM data within four rounds"))
    })
}

/// MQTT-4.12.0-5 (MUST, Unknown)
///
/// > If the initial CONNECT packet included an Authentication Method property then all AUTH
/// > packets, and any successful CONNACK packet MUST include an Authentication Method Property
/// > with the same value as in the CONNECT packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12 (Enhanced authentication)
#[specgen::covers("MQTT-4.12.0-5", fp = "5f76b37a")]
#[test]
fn mqtt_4_12_0_5_successful_connack_must_include_authentication_method() -> R {
    run(|b| {
        let (c, start) = start_auth(b, SCRAM, Properties::new())?;
        let same = |p: &Properties| p.authentication_method() == Some(SCRAM);
        match start {
            AuthStart::ConnAck(a) if a.reason_code.is_success() => {
                if !same(&a.properties) {
                    return Err(c.fail_with("the successful CONNACK lacks the CONNECT's Authentication Method"));
                }
                Ok(())
            }
            AuthStart::Auth(a) => {
                if !same(&a.properties) {
                    return Err(c.fail_with("the server's AUTH lacks the CONNECT's Authentication Method"));
                }
                Ok(())
            }
            _ => Err(skipped(format!(
                "the server refused the Authentication Method {SCRAM:?}: no AUTH or successful CONNACK to check"
            ))),
        }
    })
}

/// MQTT-4.12.0-6 (MUST NOT, OPTIONAL, Both)
///
/// > The implementation of enhanced authentication is OPTIONAL for both Clients and Servers. If
/// > the Client does not include an Authentication Method in the CONNECT, the Server MUST NOT
/// > send an AUTH packet, and it MUST NOT send an Authentication Method in the CONNACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12 (Enhanced authentication)
#[specgen::covers("MQTT-4.12.0-6", fp = "59cc89ee")]
#[test]
fn mqtt_4_12_0_6_implementation_enhanced_optional_both_clients_servers() -> R {
    run(|b| {
        let topic = unique_topic("noauth");
        let mut c = b.client_v5()?;
        let ack = c.connect_with(Connect::v5(unique_client_id("noauth")))?;
        if !ack.reason_code.is_success() {
            return Err(c.fail_with(format!("CONNACK {}", ack.reason_code))).vehicle("connecting");
        }
        if let Some(m) = ack.properties.authentication_method() {
            return Err(c.fail_with(format!("CONNACK carries Authentication Method {m:?} though the CONNECT had none")));
        }
        // A little traffic: no AUTH may come with or after it.
        c.send(Subscribe::one(1, &topic, QoS::ExactlyOnce))?;
        c.send(Publish::new(&topic, "m").qos(QoS::AtLeastOnce, 2))?;
        c.send(Packet::PingReq)?;
        // Everything up to the PINGRESP (own message acknowledged, so a
        // marker passes on any window), then everything up to a marker.
        let mut got = Vec::new();
        while got.last() != Some(&Packet::PingResp) {
            let p = c.recv()?;
            if let Packet::Publish(m) = &p {
                if m.qos == QoS::AtLeastOnce {
                    c.send(PubAck::new(m.packet_id))?;
                }
            }
            got.push(p);
        }
        if let Some(p) = got.iter().find(|p| matches!(p, Packet::Auth(_))) {
            return Err(
                c.fail_with(format!("the server sent {p} to a client that asked for no enhanced authentication"))
            );
        }
        // Only PUBLISHes may come before the marker (an AUTH fails here).
        publishes_until_marker(b, &mut c, &topic)?;
        Ok(())
    })
}

/// MQTT-4.12.0-7 (MUST NOT, Client)
///
/// > If the Client does not include an Authentication Method in the CONNECT, the Client MUST NOT
/// > send an AUTH packet to the Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12 (Enhanced authentication)
#[specgen::covers("MQTT-4.12.0-7", fp = "bb2a46c8")]
#[test]
fn mqtt_4_12_0_7_client_must_not_send_auth_packet() -> R {
    run(|b| {
        // The server's side: an AUTH without an Authentication Method in the
        // CONNECT is a Protocol Error (3.15), so the connection is closed.
        let method = || Property::AuthenticationMethod(SCRAM.into());
        each_case(
            "AUTH on a connection without an Authentication Method",
            vec![
                case("continue", || {
                    let mut c = connected_v5(b, "authwithout")?;
                    c.send(Auth::new(ReasonCode::ContinueAuthentication).property(method()))?;
                    closed_after_error(&mut c)
                }),
                case("re-authenticate", || {
                    let mut c = connected_v5(b, "authwithout")?;
                    c.send(Auth::new(ReasonCode::ReAuthenticate).property(method()))?;
                    closed_after_error(&mut c)
                }),
            ],
        )
    })
}

/// MQTT-4.12.1-1 (MUST, Client)
///
/// > The Client MUST set the Authentication Method to the same value as the Authentication Method
/// > originally used to authenticate the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12.1 (Re-authentication)
#[specgen::covers("MQTT-4.12.1-1", fp = "652d36d8")]
#[test]
fn mqtt_4_12_1_1_client_must_set_authentication_method_value() -> R {
    run(|b| {
        // The server's side: re-authenticating with another method is a
        // Protocol Error (3.15), so the connection is closed.
        let mut c = accepted_with_method(b, SCRAM)?;
        c.send(
            Auth::new(ReasonCode::ReAuthenticate).property(Property::AuthenticationMethod(UNKNOWN_AUTH_METHOD.into())),
        )?;
        closed_after_error(&mut c)
    })
}

/// MQTT-4.12.1-2 (MUST, SHOULD, Both)
///
/// > If the re-authentication fails, the Client or Server SHOULD send DISCONNECT with an
/// > appropriate Reason Code as described in section 4.13, and MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.12.1 (Re-authentication)
#[specgen::covers("MQTT-4.12.1-2", fp = "fce75d5a")]
#[test]
fn mqtt_4_12_1_2_client_server_should_send_disconnect_appropriate() -> R {
    run(|b| {
        let mut c = accepted_with_method(b, SCRAM)?;
        c.send(
            Auth::new(ReasonCode::ReAuthenticate)
                .property(Property::AuthenticationMethod(SCRAM.into()))
                .property(Property::AuthenticationData(b"bogus".to_vec())),
        )?;
        match c.recv() {
            Ok(Packet::DisconnectWith(d)) if !d.reason_code.is_success() => c.expect_closed(),
            Ok(Packet::Auth(_)) => {
                Err(skipped("the server continued the re-authentication with bogus data; no failure to observe"))
            }
            Ok(p) => Err(
                c.fail_with(format!("expected DISCONNECT or a close after a failed re-authentication, received {p}"))
            ),
            Err(e) if e.kind == ErrorKind::Closed => Ok(()),
            Err(e) => Err(e),
        }
    })
}
