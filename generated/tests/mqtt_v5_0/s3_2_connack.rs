//! mqtt-v5.0 section 3.2: CONNACK – Connect acknowledgement.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_connack::*;

/// Connect with `connect`; the server must accept with exactly 0x00
/// (Success) and Session Present `want`. A refusal blocks the test.
fn success_with_session_present(b: &Broker, connect: Connect, want: bool, why: &str) -> R {
    let mut c = b.client_v5()?;
    let ack = c.connect_with(connect).vehicle("a CONNACK")?;
    if !ack.reason_code.is_success() {
        return Err(c.fail_with(format!("CONNACK {}", ack.reason_code))).vehicle("an accepted connection");
    }
    if ack.reason_code != ReasonCode::Success || ack.session_present != want {
        return Err(c.fail_with(format!(
            "{why}: CONNACK reason {} session present {}",
            ack.reason_code, ack.session_present as u8
        )));
    }
    c.disconnect()
}

/// A CONNECT the server refuses: an Authentication Method mosquitto (and
/// most servers) do not support (CONNACK 0x8C, spec 4.12).
fn bad_auth_method(connect: Connect) -> Connect {
    let mut props = connect.properties.clone();
    props.push(Property::AuthenticationMethod("no-such-method".into()));
    connect.properties(props)
}

/// The server's first CONNACK property check on a configured broker: the
/// CONNACK of a new clean session.
fn connack_of(b: &Broker, prefix: &str) -> Result<(Client, ConnAck), ScriptError> {
    accepted_v5(b, Connect::v5(unique_client_id(prefix))).vehicle("an accepted 5.0 connection")
}

/// After a PUBLISH QoS 0 the server may have silently accepted, a PINGREQ
/// answered by PINGRESP shows it processed the PUBLISH and kept the
/// connection open (a vehicle: the control of a negative case).
fn still_open(c: &mut Client, step: &str) -> R {
    c.ping().vehicle(step)
}

/// CONNACKs of every kind to a client announcing Maximum Packet Size
/// [`SMALL_MAX_PACKET`]: one carrying property `id` must fit in it.
fn connack_property_within_max(b: &Broker, id: PropertyId) -> R {
    let stored = unique_client_id("mps");
    store_session_v5(b, &stored, &unique_topic("mps"))?;
    let connects = [
        ("new session", Connect::v5(unique_client_id("mps"))),
        ("resumed session", lasting(&stored)),
        ("refused: bad authentication method", bad_auth_method(Connect::v5(unique_client_id("mps")))),
    ];
    for (what, connect) in connects {
        let mut props = connect.properties.clone();
        props.push(Property::MaximumPacketSize(SMALL_MAX_PACKET));
        let mut c = b.client_v5()?;
        let ack = c.connect_with(connect.properties(props)).vehicle(&format!("a CONNACK ({what})"))?;
        property_within_max(&c, &Packet::ConnAck(ack), id, SMALL_MAX_PACKET)?;
    }
    Ok(())
}

/// MQTT-3.2.0-1 (MUST, Server)
///
/// > The Server MUST send a CONNACK with a 0x00 (Success) Reason Code before sending any Packet
/// > other than AUTH.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2 (CONNACK – Connect acknowledgement)
#[specgen::covers("MQTT-3.2.0-1", fp = "8ad50d50")]
#[test]
fn mqtt_3_2_0_1_server_must_send_connack_0x00() -> R {
    run(|b| {
        let why = "the server sent another packet before CONNACK 0x00 (Success)";
        let id = unique_client_id("first");
        let t = unique_topic("first");
        store_session_v5(b, &id, &t)?;
        publish_from_other(b, &t, b"queued", QoS::AtLeastOnce).vehicle("publishing at QoS 1")?;
        // A resumed session with a queued message, and a PINGREQ right
        // behind the CONNECT: the server has something to send early.
        let mut x = b.client_v5()?;
        x.send_bytes(&[Packet::from(x.authenticate(lasting(&id))).encode_v5(), Packet::PingReq.encode_v5()].concat())?;
        match x.recv().because(why)? {
            Packet::ConnAck(a) if a.reason_code == ReasonCode::Success => {}
            other => return Err(x.fail_with(format!("{why}: {other}"))),
        }
        // The vehicle: the queued message and the PINGRESP did follow.
        let queued = |rest: &[Packet]| rest.iter().any(|p| matches!(p, Packet::Publish(p) if p.payload == b"queued"));
        let mut rest = Vec::new();
        while !queued(&rest) || !rest.contains(&Packet::PingResp) {
            rest.push(x.recv().vehicle("the queued message and PINGRESP after the CONNACK")?);
        }
        Ok(())
    })
}

/// MQTT-3.2.0-2 (MUST NOT, Server)
///
/// > The Server MUST NOT send more than one CONNACK in a Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2 (CONNACK – Connect acknowledgement)
#[specgen::covers("MQTT-3.2.0-2", fp = "25f01a1e")]
#[test]
fn mqtt_3_2_0_2_server_must_not_send_more_one() -> R {
    run(|b| {
        // A second CONNECT is a Protocol Error [MQTT-3.1.0-2]; whatever the
        // server does about it, no second CONNACK. A PINGREQ behind it shows
        // by order that the second CONNECT was processed if the server stays open.
        let second = |name, together: bool| {
            case(name, move || {
                let id = unique_client_id("twice");
                let mut c = b.client_v5()?;
                let again =
                    [Packet::from(c.authenticate(Connect::v5(&id))).encode_v5(), Packet::PingReq.encode_v5()].concat();
                if together {
                    c.send_bytes(&[Packet::from(c.authenticate(Connect::v5(&id))).encode_v5(), again].concat())?;
                    c.expect_matching("CONNACK", |p| matches!(p, Packet::ConnAck(_)))?;
                } else {
                    c.connect_ok(&id, true)?;
                    c.send_bytes(&again)?;
                }
                loop {
                    match c.recv() {
                        Ok(Packet::ConnAck(_)) => return Err(c.fail_with("a second CONNACK on the same connection")),
                        Ok(Packet::PingResp) => return Ok(()),
                        Ok(_) => {}
                        Err(e) if e.kind == ErrorKind::Closed => return Ok(()),
                        Err(e) => return Err(e).vehicle("a close or PINGRESP after the second CONNECT"),
                    }
                }
            })
        };
        each_case(
            "more than one CONNACK",
            vec![second("second CONNECT after the CONNACK", false), second("two CONNECTs sent at once", true)],
        )
    })
}

/// MQTT-3.2.2-1 (MUST, Unknown)
///
/// > Bits 7-1 are reserved and MUST be set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.1 (Connect Acknowledge Flags)
#[specgen::covers("MQTT-3.2.2-1", fp = "831cda9a")]
#[test]
fn mqtt_3_2_2_1_bits_reserved_must_set() -> R {
    // The decoder refuses a CONNACK with any of bits 7-1 set (a Malformed
    // failure); these are CONNACKs of every kind the server sends.
    run(|b| {
        let id = unique_client_id("flags");
        store_session_v5(b, &id, &unique_topic("flags"))?;
        let connacks = [
            ("new session", Connect::v5(unique_client_id("flags"))),
            ("resumed session", lasting(&id)),
            ("refused", bad_auth_method(Connect::v5(unique_client_id("flags")))),
        ];
        for (what, connect) in connacks {
            let mut c = b.client_v5()?;
            decoder_checked(c.connect_with(connect), &format!("a CONNACK ({what})"))?;
        }
        Ok(())
    })
}

/// MQTT-3.2.2-2 (MUST, Server)
///
/// > If the Server accepts a connection with Clean Start set to 1, the Server MUST set Session
/// > Present to 0 in the CONNACK packet in addition to setting a 0x00 (Success) Reason Code in
/// > the CONNACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.1.1 (Session Present)
#[specgen::covers("MQTT-3.2.2-2", fp = "714e1a14")]
#[test]
fn mqtt_3_2_2_2_server_must_set_session_present_connack() -> R {
    run(|b| {
        let why = "clean start 1 accepted without Session Present 0 and Success";
        let id = unique_client_id("sp");
        let expiring = Properties::new().with_session_expiry_interval(SESSION_EXPIRY);
        success_with_session_present(b, Connect::v5(&id).properties(expiring.clone()), false, why)?;
        // Even when a session is stored for the id.
        store_session_v5(b, &id, &unique_topic("sp"))?;
        success_with_session_present(b, Connect::v5(&id).properties(expiring), false, why)
    })
}

/// MQTT-3.2.2-3 (MUST, Server)
///
/// > If the Server accepts a connection with Clean Start set to 0 and the Server has Session
/// > State for the ClientID, it MUST set Session Present to 1 in the CONNACK packet, otherwise it
/// > MUST set Session Present to 0 in the CONNACK packet. In both cases it MUST set a 0x00
/// > (Success) Reason Code in the CONNACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.1.1 (Session Present)
#[specgen::covers("MQTT-3.2.2-3", fp = "f3776411")]
#[test]
fn mqtt_3_2_2_3_must_set_session_present_connack_packet() -> R {
    run(|b| {
        let id = unique_client_id("sp");
        let none = "clean start 0 without a stored session: not Session Present 0 with Success";
        success_with_session_present(b, lasting(&id), false, none)?;
        let id = unique_client_id("sp");
        store_session_v5(b, &id, &unique_topic("sp"))?;
        let stored = "clean start 0 with a stored session: not Session Present 1 with Success";
        success_with_session_present(b, lasting(&id), true, stored)?;
        success_with_session_present(b, lasting(&id), true, stored)
    })
}

/// MQTT-3.2.2-6 (MUST, Server)
///
/// > If a Server sends a CONNACK packet containing a non-zero Reason Code it MUST set Session
/// > Present to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.1.1 (Session Present)
#[specgen::covers("MQTT-3.2.2-6", fp = "2adec6ab")]
#[test]
fn mqtt_3_2_2_6_server_sends_must_set_session_present() -> R {
    run(|b| {
        let why = "a CONNACK with a non-zero Reason Code has Session Present 1";
        let id = unique_client_id("sp");
        store_session_v5(b, &id, &unique_topic("sp"))?;
        // Refused although a session is stored for the id and clean start is 0.
        for connect in [bad_auth_method(lasting(&id)), bad_auth_method(lasting(&unique_client_id("sp")))] {
            let mut c = b.client_v5()?;
            c.send(connect)?;
            let ack = refusing_connack(&mut c)?;
            if ack.session_present {
                return Err(c.fail_with(format!("{why}: {}", ack.reason_code)));
            }
        }
        Ok(())
    })
}

/// MQTT-3.2.2-7 (MUST, MAY, Server)
///
/// > If a well formed CONNECT packet is received by the Server, but the Server is unable to
/// > complete the Connection the Server MAY send a CONNACK packet containing the appropriate
/// > Connect Reason code from this table. If a Server sends a CONNACK packet containing a Reason
/// > code of 128 or greater it MUST then close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.2 (Connect Reason Code)
#[specgen::covers("MQTT-3.2.2-7", fp = "3179b14d")]
#[test]
fn mqtt_3_2_2_7_but_server_may_send_connack_packet() -> R {
    run(|b| {
        let refused = |name, connect: Connect| {
            case(name, move || {
                let mut c = b.client_v5()?;
                c.send(connect)?;
                refusing_connack(&mut c)?;
                c.expect_closed()
            })
        };
        each_case(
            "the connection stays open after a CONNACK >= 0x80",
            vec![refused("bad authentication method", bad_auth_method(Connect::v5(unique_client_id("ref"))))],
        )
    })?;
    // A refusal for a will QoS the server does not support (needs a private broker).
    if is_external_target() {
        return Ok(());
    }
    run_with_config("max_qos 1", |b| {
        let mut c = b.client_v5()?;
        c.send(Connect::v5(unique_client_id("ref")).will(Will::new(
            unique_topic("will"),
            "w",
            QoS::ExactlyOnce,
            false,
        )))?;
        refusing_connack(&mut c)?;
        c.expect_closed().because("the connection stays open after a CONNACK >= 0x80 (will QoS not supported)")
    })
}

/// MQTT-3.2.2-8 (MUST, Server)
///
/// > The Server sending the CONNACK packet MUST use one of the Connect Reason Code values.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.2 (Connect Reason Code)
#[specgen::covers("MQTT-3.2.2-8", fp = "d741e0b5")]
#[test]
fn mqtt_3_2_2_8_server_sending_must_use_one_connect() -> R {
    // The decoder refuses a CONNACK whose Reason Code is not in Table 3-1
    // (a Malformed failure); these provoke the CONNACKs the server sends.
    run(|b| {
        let id = unique_client_id("rc");
        store_session_v5(b, &id, &unique_topic("rc"))?;
        let connects = [
            ("new session", Connect::v5(unique_client_id("rc"))),
            ("resumed session", lasting(&id)),
            ("zero-length client id", Connect::v5("")),
            ("zero-length client id, clean start 0", Connect::v5("").clean_start(false)),
            ("bad authentication method", bad_auth_method(Connect::v5(unique_client_id("rc")))),
            (
                "will QoS 2",
                Connect::v5(unique_client_id("rc")).will(Will::new(unique_topic("rc"), "w", QoS::ExactlyOnce, false)),
            ),
        ];
        for (what, connect) in connects {
            let mut c = b.client_v5()?;
            decoder_checked(c.connect_with(connect), &format!("a CONNACK ({what})"))?;
        }
        Ok(())
    })
}

/// MQTT-3.2.2-9 (MUST, Server)
///
/// > If a Server does not support QoS 1 or QoS 2 PUBLISH packets it MUST send a Maximum QoS in
/// > the CONNACK packet specifying the highest QoS it supports.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.4 (Maximum QoS)
#[specgen::covers("MQTT-3.2.2-9", fp = "46ab4c2e")]
#[test]
fn mqtt_3_2_2_9_server_does_must_send_maximum_connack() -> R {
    // mosquitto's `max_qos` makes it a server without QoS 2 (or QoS 1 and 2).
    for max in [1u8, 0] {
        run_with_config(&format!("max_qos {max}"), move |b| {
            let (c, ack) = connack_of(b, "maxqos")?;
            match ack.properties.maximum_qos() {
                Some(m) if m == max => Ok(()),
                got => Err(c.fail_with(format!(
                    "a server supporting QoS up to {max} sent Maximum QoS {got:?} in the CONNACK, not {max}"
                ))),
            }
        })?;
    }
    Ok(())
}

/// MQTT-3.2.2-10 (MUST, Server)
///
/// > A Server that does not support QoS 1 or QoS 2 PUBLISH packets MUST still accept SUBSCRIBE
/// > packets containing a Requested QoS of 0, 1 or 2.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.4 (Maximum QoS)
#[specgen::covers("MQTT-3.2.2-10", fp = "6f8890e8")]
#[test]
fn mqtt_3_2_2_10_server_does_must_still_accept_subscribe() -> R {
    run_with_config("max_qos 0", |b| {
        let (mut c, _) = connack_of(b, "maxqos")?;
        for qos in [QoS::AtMostOnce, QoS::AtLeastOnce, QoS::ExactlyOnce] {
            let ack = c.subscribe(&unique_topic("maxqos"), qos)?;
            if ack.reason_codes.iter().any(|r| !r.is_success()) {
                return Err(c.fail_with(format!(
                    "SUBSCRIBE with Requested QoS {} refused by a server with Maximum QoS 0: {:?}",
                    qos as u8, ack.reason_codes
                )));
            }
        }
        c.ping()
    })
}

/// MQTT-3.2.2-11 (MUST NOT, Client)
///
/// > If a Client receives a Maximum QoS from a Server, it MUST NOT send PUBLISH packets at a QoS
/// > level exceeding the Maximum QoS level specified.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.4 (Maximum QoS)
#[specgen::covers("MQTT-3.2.2-11", fp = "7910fa44")]
#[test]
fn mqtt_3_2_2_11_must_not_send_publish_packets_qos() -> R {
    // Server side: a PUBLISH above the Maximum QoS is a Protocol Error; the
    // server closes (MUST, 4.13), after at most a DISCONNECT 0x9B (QoS not
    // supported) or 0x82 (Protocol Error).
    run_with_config("max_qos 0", |b| {
        let over = |name, qos: QoS| {
            case(name, move || {
                let (mut c, ack) = connack_of(b, "maxqos")?;
                if ack.properties.maximum_qos() != Some(0) {
                    return Err(c.fail_with("no Maximum QoS 0 in the CONNACK")).vehicle("announcing Maximum QoS 0");
                }
                c.send(Publish::new(unique_topic("maxqos"), "x").qos(qos, 1))?;
                expect_error_close(&mut c, &[ReasonCode::QoSNotSupported, ReasonCode::ProtocolError])
            })
        };
        each_case(
            "a PUBLISH above the Maximum QoS was accepted",
            vec![over("QoS 1", QoS::AtLeastOnce), over("QoS 2", QoS::ExactlyOnce)],
        )
    })
}

/// MQTT-3.2.2-12 (MUST, SHOULD, Server)
///
/// > If a Server receives a CONNECT packet containing a Will QoS that exceeds its capabilities,
/// > it MUST reject the connection. It SHOULD use a CONNACK packet with Reason Code 0x9B (QoS not
/// > supported) as described in section 4.13 Handling errors, and MUST close the Network
/// > Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.4 (Maximum QoS)
#[specgen::covers("MQTT-3.2.2-12", fp = "7f511f43")]
#[test]
fn mqtt_3_2_2_12_must_reject_connection() -> R {
    run_with_config("max_qos 1", |b| {
        let (c, ack) = connack_of(b, "maxqos")?;
        if ack.properties.maximum_qos() != Some(1) {
            return Err(c.fail_with("no Maximum QoS 1 in the CONNACK")).vehicle("a server supporting QoS up to 1");
        }
        let mut c = b.client_v5()?;
        c.send(Connect::v5(unique_client_id("willqos")).will(Will::new(
            unique_topic("will"),
            "w",
            QoS::ExactlyOnce,
            false,
        )))?;
        // Any refusal meets the MUST (0x9B is a SHOULD); then the close.
        expect_connect_refused(&mut c, &[]).because("a will QoS 2 CONNECT to a server without QoS 2")
    })
}

/// MQTT-3.2.2-13 (MUST, SHOULD, Server)
///
/// > If a Server receives a CONNECT packet containing a Will Message with the Will Retain set to
/// > 1, and it does not support retained messages, the Server MUST reject the connection request.
/// > It SHOULD send CONNACK with Reason Code 0x9A (Retain not supported) and then it MUST close
/// > the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.5 (Retain Available)
#[specgen::covers("MQTT-3.2.2-13", fp = "0e4043cb")]
#[test]
fn mqtt_3_2_2_13_server_must_reject_connection_request() -> R {
    run_with_config("retain_available false", |b| {
        let (c, ack) = connack_of(b, "retain")?;
        if ack.properties.retain_available() != Some(0) {
            return Err(c.fail_with("no Retain Available 0 in the CONNACK"))
                .vehicle("a server without retained messages");
        }
        let mut c = b.client_v5()?;
        c.send(Connect::v5(unique_client_id("willretain")).will(Will::new(
            unique_topic("will"),
            "w",
            QoS::AtMostOnce,
            true,
        )))?;
        // Any refusal meets the MUST (0x9A is a SHOULD); then the close.
        expect_connect_refused(&mut c, &[]).because("a will-retain CONNECT to a server without retained messages")
    })
}

/// MQTT-3.2.2-14 (MUST NOT, Client)
///
/// > A Client receiving Retain Available set to 0 from the Server MUST NOT send a PUBLISH packet
/// > with the RETAIN flag set to 1.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.5 (Retain Available)
#[specgen::covers("MQTT-3.2.2-14", fp = "fa970917")]
#[test]
fn mqtt_3_2_2_14_client_receiving_must_not_send_publish() -> R {
    // Server side: such a PUBLISH is a Protocol Error; the server closes,
    // after at most a DISCONNECT 0x9A (Retain not supported) or 0x82.
    run_with_config("retain_available false", |b| {
        let (mut c, ack) = connack_of(b, "retain")?;
        if ack.properties.retain_available() != Some(0) {
            return Err(c.fail_with("no Retain Available 0 in the CONNACK"))
                .vehicle("a server without retained messages");
        }
        let topic = unique_topic("retain");
        c.send(Publish::new(&topic, "x").retain(true))?;
        expect_error_close(&mut c, &[ReasonCode::RetainNotSupported, ReasonCode::ProtocolError])
            .because("a retained PUBLISH after Retain Available 0")
    })
}

/// MQTT-3.2.2-15 (MUST NOT, Client)
///
/// > The Client MUST NOT send packets exceeding Maximum Packet Size to the Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.6 (Maximum Packet Size)
#[specgen::covers("MQTT-3.2.2-15", fp = "f30a8a21")]
#[test]
fn mqtt_3_2_2_15_client_must_not_send_packets_exceeding() -> R {
    // Server side: a packet above the server's Maximum Packet Size is a
    // Protocol Error; the server closes, after at most a DISCONNECT 0x95
    // (Packet too large) or 0x82.
    const MAX: u32 = 200;
    run_with_config(&format!("max_packet_size {MAX}"), |b| {
        let (mut c, ack) = connack_of(b, "size")?;
        if ack.properties.maximum_packet_size() != Some(MAX) {
            return Err(c.fail_with(format!("no Maximum Packet Size {MAX} in the CONNACK")))
                .vehicle("a server announcing a Maximum Packet Size");
        }
        let topic = unique_topic("size");
        c.send_malformed(Malformed::publish_of_size(&topic, MAX as usize))?;
        still_open(&mut c, "a PUBLISH of exactly the Maximum Packet Size accepted")?;
        c.send_malformed(Malformed::publish_of_size(&topic, MAX as usize + 1))?;
        expect_error_close(&mut c, &[ReasonCode::PacketTooLarge, ReasonCode::ProtocolError])
            .because("a PUBLISH one byte above the Maximum Packet Size")
    })
}

/// MQTT-3.2.2-16 (MUST, Server)
///
/// > If the Client connects using a zero length Client Identifier, the Server MUST respond with a
/// > CONNACK containing an Assigned Client Identifier. The Assigned Client Identifier MUST be a
/// > new Client Identifier not used by any other Session currently in the Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.7 (Assigned Client Identifier)
#[specgen::covers("MQTT-3.2.2-16", fp = "e1830811")]
#[test]
fn mqtt_3_2_2_16_server_must_respond_connack_containing_assigned() -> R {
    run(|b| {
        let assigned = |c: &Client, ack: &ConnAck| -> Result<String, ScriptError> {
            match ack.properties.assigned_client_identifier() {
                Some(id) if !id.is_empty() => Ok(id.to_owned()),
                got => Err(c.fail_with(format!("zero-length Client Identifier: Assigned Client Identifier {got:?}"))),
            }
        };
        let expiring = Properties::new().with_session_expiry_interval(SESSION_EXPIRY);
        // The first one's session outlives its connection.
        let (mut first, ack) = accepted_v5(b, Connect::v5("").properties(expiring))?;
        let a = assigned(&first, &ack)?;
        first.disconnect()?;
        let (second, ack) = accepted_v5(b, Connect::v5(""))?;
        let s = assigned(&second, &ack)?;
        let (third, ack) = accepted_v5(b, Connect::v5(""))?;
        let t = assigned(&third, &ack)?;
        if s == a || t == a || s == t {
            return Err(third.fail_with(format!(
                "Assigned Client Identifiers {a:?} (stored session), {s:?} and {t:?} (connected) are not all new"
            )));
        }
        // The vehicle: the first session was in the server all along.
        let (c, ack) = accepted_v5(b, lasting(&a)).vehicle("resuming the first assigned id's session")?;
        if !ack.session_present {
            return Err(c.fail_with("no stored session")).vehicle("a stored session of the first assigned id");
        }
        Ok(())
    })
}

/// MQTT-3.2.2-17 (MUST NOT, Client)
///
/// > The Client MUST NOT send a Topic Alias in a PUBLISH packet to the Server greater than this
/// > value.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.8 (Topic Alias Maximum)
#[specgen::covers("MQTT-3.2.2-17", fp = "6fb317a5")]
#[test]
fn mqtt_3_2_2_17_client_must_not_send_topic_alias() -> R {
    // Server side: a Topic Alias above the Topic Alias Maximum is a Protocol
    // Error (3.3.2.3.4); the server closes, after at most a DISCONNECT 0x94
    // (Topic Alias invalid) or 0x82.
    run(|b| {
        let (mut c, ack) = connack_of(b, "alias")?;
        let max = match ack.properties.topic_alias_maximum() {
            Some(m) if m > 0 && m < u16::MAX => m,
            got => {
                return Err(c.fail_with(format!("Topic Alias Maximum {got:?}")))
                    .vehicle("a server accepting Topic Aliases")
            }
        };
        let topic = unique_topic("alias");
        c.send_malformed(Malformed::topic_alias(&topic, max))?;
        still_open(&mut c, "a PUBLISH with Topic Alias = Topic Alias Maximum accepted")?;
        c.send_malformed(Malformed::topic_alias(&topic, max + 1))?;
        expect_error_close(&mut c, &[ReasonCode::TopicAliasInvalid, ReasonCode::ProtocolError])
            .because("a Topic Alias above the Topic Alias Maximum")
    })
}

/// MQTT-3.2.2-18 (MUST NOT, Client)
///
/// > If Topic Alias Maximum is absent or 0, the Client MUST NOT send any Topic Aliases on to the
/// > Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.8 (Topic Alias Maximum)
#[specgen::covers("MQTT-3.2.2-18", fp = "f9661506")]
#[test]
fn mqtt_3_2_2_18_client_must_not_send_topic_aliases() -> R {
    // Server side, as MQTT-3.2.2-17: with no Topic Alias accepted, any
    // Topic Alias is a Protocol Error.
    run_with_config("max_topic_alias 0", |b| {
        let (mut c, ack) = connack_of(b, "alias")?;
        if ack.properties.topic_alias_maximum().unwrap_or(0) != 0 {
            return Err(c.fail_with("Topic Alias Maximum above 0")).vehicle("a server announcing no Topic Aliases");
        }
        c.send_malformed(Malformed::topic_alias(&unique_topic("alias"), 1))?;
        expect_error_close(&mut c, &[ReasonCode::TopicAliasInvalid, ReasonCode::ProtocolError])
            .because("a Topic Alias where the Topic Alias Maximum is absent or 0")
    })
}

/// MQTT-3.2.2-19 (MUST NOT, Server)
///
/// > The Server MUST NOT send this property if it would increase the size of the CONNACK packet
/// > beyond the Maximum Packet Size specified by the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.9 (Reason String)
#[specgen::covers("MQTT-3.2.2-19", fp = "4dc45638")]
#[test]
fn mqtt_3_2_2_19_server_must_not_send_property_would() -> R {
    run(|b| connack_property_within_max(b, PropertyId::ReasonString))
}

/// MQTT-3.2.2-20 (MUST NOT, Server)
///
/// > The Server MUST NOT send this property if it would increase the size of the CONNACK packet
/// > beyond the Maximum Packet Size specified by the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.10 (User Property)
#[specgen::covers("MQTT-3.2.2-20", fp = "4dc45638")]
#[test]
fn mqtt_3_2_2_20_server_must_not_send_property_would() -> R {
    run(|b| connack_property_within_max(b, PropertyId::UserProperty))
}

/// MQTT-3.2.2-22 (MUST, Server)
///
/// > If the Server does not send the Server Keep Alive, the Server MUST use the Keep Alive value
/// > set by the Client on CONNECT.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.14 (Server Keep Alive)
#[specgen::covers("MQTT-3.2.2-22", fp = "406e9fa3")]
#[test]
fn mqtt_3_2_2_22_server_must_use_keep_alive_value() -> R {
    run(|b| {
        let (mut x, ack) = accepted_v5(b, Connect::v5(unique_client_id("ka")).keep_alive(1))?;
        if let Some(k) = ack.properties.server_keep_alive() {
            return Err(skipped(format!(
                "the server sent Server Keep Alive {k}, the statement is about servers that do not"
            )));
        }
        // A packet within every keep-alive period keeps the connection open
        // (the server does not use a shorter value)...
        // The statement is about time: a wait, not an absence.
        for _ in 0..2 {
            x.expect_silence_for(Duration::from_millis(900))?;
            x.ping()?;
        }
        // ... and silence closes it within 1.5 s (a longer value is not
        // used either), plus scheduling margin; unscaled, the spec sets it.
        x.set_timeout(Duration::from_millis(1500 + 600));
        expect_error_close(&mut x, &[ReasonCode::KeepAliveTimeout])
            .because("the client's keep-alive of 1 s was not used: no close within 1.5 s of silence")
    })
}
