//! mqtt-v5.0 section 3.14: DISCONNECT – Disconnect notification.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_connack::*;

/// A will on a unique topic.
fn will() -> Will {
    Will::new(unique_topic("will"), "gone", QoS::AtMostOnce, false)
}

/// The server's DISCONNECTs to clients announcing Maximum Packet Size
/// [`SMALL_MAX_PACKET`]: one carrying property `id` must fit in it.
fn disconnect_property_within_max(id: PropertyId) -> R {
    let props = Properties::new().with_maximum_packet_size(SMALL_MAX_PACKET);
    on_provocations(props, move |provoked| {
        let endings = endings(provoked)?;
        for (e, d) in with_disconnect(&endings)? {
            property_within_max(&e.client, d, id, SMALL_MAX_PACKET)?;
        }
        Ok(())
    })
}

/// MQTT-3.14.0-1 (MUST NOT, Server)
///
/// > A Server MUST NOT send a DISCONNECT until after it has sent a CONNACK with Reason Code of
/// > less than 0x80.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14 (DISCONNECT – Disconnect notification)
#[specgen::covers("MQTT-3.14.0-1", fp = "1f53130d")]
#[test]
fn mqtt_3_14_0_1_server_must_not_send_disconnect_until() -> R {
    run(|b| {
        // Errors in or right behind the CONNECT, before any CONNACK: the
        // server may refuse with a CONNACK or close, never DISCONNECT.
        let before = |name, bytes: Vec<u8>| {
            case(name, move || {
                let mut c = b.client_v5()?;
                c.send_bytes(&bytes)?;
                for p in packets_until_close(&mut c, "the server closing after the error")? {
                    match p {
                        Packet::ConnAck(a) if a.reason_code.is_success() => return Ok(()),
                        Packet::Disconnect | Packet::DisconnectWith(_) => {
                            return Err(c.fail_with("a DISCONNECT before any CONNACK with a Reason Code below 0x80"))
                        }
                        _ => {}
                    }
                }
                Ok(())
            })
        };
        let id = || unique_client_id("early");
        let bad_auth = Connect::v5(id()).property(Property::AuthenticationMethod("no-such-method".into()));
        let qos3 = Malformed::v5(Publish::new(unique_topic("early"), "x").qos(QoS::AtLeastOnce, 1)).qos_bits(3);
        let dup = Malformed::duplicate_property(Connect::v5(id()), Property::SessionExpiryInterval(1));
        each_case(
            "DISCONNECT before a successful CONNACK",
            vec![
                before(
                    "refused CONNECT",
                    [Packet::from(bad_auth.clone()).encode_v5(), Packet::PingReq.encode_v5()].concat(),
                ),
                before(
                    "refused CONNECT, then a QoS 3 PUBLISH",
                    [Packet::from(bad_auth).encode_v5(), qos3.to_bytes()].concat(),
                ),
                before("CONNECT with a duplicate property", dup.to_bytes()),
                before(
                    "CONNECT with reserved flag",
                    Malformed::v5(Connect::v5(id())).connect_flags(|f| f | 1).to_bytes(),
                ),
                before("PUBLISH before CONNECT", Packet::from(Publish::new(unique_topic("early"), "x")).encode_v5()),
            ],
        )
    })
}

/// MQTT-3.14.1-1 (MUST, Both)
///
/// > The Client or Server MUST validate that reserved bits are set to 0. If they are not zero it
/// > sends a DISCONNECT packet with a Reason code of 0x81 (Malformed Packet) as described in
/// > section 4.13.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14.1 (DISCONNECT Fixed Header)
#[specgen::covers("MQTT-3.14.1-1", fp = "4a4bec52")]
#[test]
fn mqtt_3_14_1_1_client_server_must_validate_reserved_bits() -> R {
    // A DISCONNECT with reserved bits is malformed, not a normal disconnection:
    // the server closes (after at most a DISCONNECT 0x81) and the will is published.
    run(|b| {
        let why = "DISCONNECT with reserved bits set treated as valid";
        for flags in [0b0001, 0b1000] {
            let w = will();
            let mut s = subscriber_v5(b, &w.topic, QoS::AtMostOnce).vehicle("subscribing to the will topic")?;
            let (mut x, _) = accepted_v5(b, Connect::v5(unique_client_id("disc")).will(w.clone()))?;
            x.send_malformed(Malformed::v5(Packet::Disconnect).flags(flags))?;
            expect_error_close(&mut x, &[ReasonCode::MalformedPacket]).because(why)?;
            expect_payload(&mut s, &w.payload).because(why)?;
        }
        Ok(())
    })
}

/// MQTT-3.14.2-1 (MUST, Both)
///
/// > The Client or Server sending the DISCONNECT packet MUST use one of the DISCONNECT Reason
/// > Code values.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14.2.1 (Disconnect Reason Code)
#[specgen::covers("MQTT-3.14.2-1", fp = "1718d73c")]
#[test]
fn mqtt_3_14_2_1_client_server_must_use_one_reason() -> R {
    // Server side: the DISCONNECTs it sends decoded (the decoder checks the
    // code is a DISCONNECT Reason Code), and none is 0x04, which only a
    // Client sends (Table 3-10). A client's are the client suite's.
    on_provocations(Properties::new(), |provoked| {
        let endings = endings(provoked)?;
        for (e, d) in with_disconnect(&endings)? {
            if let Packet::DisconnectWith(d) = d {
                if d.reason_code == ReasonCode::DisconnectWithWillMessage {
                    return Err(e
                        .client
                        .fail_with(format!("{}: the server sent DISCONNECT {}", e.what, d.reason_code)));
                }
            }
        }
        Ok(())
    })
}

/// MQTT-3.14.2-2 (MUST NOT, Server)
///
/// > The Session Expiry Interval MUST NOT be sent on a DISCONNECT by the Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14.2.2.2 (Session Expiry Interval)
#[specgen::covers("MQTT-3.14.2-2", fp = "7c3d5699")]
#[test]
fn mqtt_3_14_2_2_session_expiry_must_not_sent_disconnect() -> R {
    let lasting = Properties::new().with_session_expiry_interval(SESSION_EXPIRY);
    on_provocations(lasting, |provoked| {
        let endings = endings(provoked)?;
        for (e, d) in with_disconnect(&endings)? {
            if let Some(s) = d.properties().and_then(|p| p.session_expiry_interval()) {
                return Err(e
                    .client
                    .fail_with(format!("{}: the server's DISCONNECT has Session Expiry Interval {s}", e.what)));
            }
        }
        Ok(())
    })
}

/// MQTT-3.14.2-3 (MUST NOT, Both)
///
/// > The sender MUST NOT send this Property if it would increase the size of the DISCONNECT
/// > packet beyond the Maximum Packet Size specified by the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14.2.2.3 (Reason String)
#[specgen::covers("MQTT-3.14.2-3", fp = "2f12458f")]
#[test]
fn mqtt_3_14_2_3_sender_must_not_send_property_would() -> R {
    disconnect_property_within_max(PropertyId::ReasonString)
}

/// MQTT-3.14.2-4 (MUST NOT, Both)
///
/// > The sender MUST NOT send this property if it would increase the size of the DISCONNECT
/// > packet beyond the Maximum Packet Size specified by the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14.2.2.4 (User Property)
#[specgen::covers("MQTT-3.14.2-4", fp = "dac3e60f")]
#[test]
fn mqtt_3_14_2_4_sender_must_not_send_property_would() -> R {
    disconnect_property_within_max(PropertyId::UserProperty)
}

/// MQTT-3.14.4-1 (MUST NOT, Both)
///
/// > After sending a DISCONNECT packet the sender MUST NOT send any more MQTT Control Packets on
/// > that Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14.4 (DISCONNECT Actions)
#[specgen::covers("MQTT-3.14.4-1", fp = "0c855991")]
#[test]
fn mqtt_3_14_4_1_after_sending_must_not_send_more() -> R {
    // Server side: nothing follows its DISCONNECT before the close. (A
    // client's part is the client suite's.)
    on_provocations(Properties::new(), |provoked| {
        let endings = endings(provoked)?;
        for (e, _) in with_disconnect(&endings)? {
            let at = e.packets.iter().position(|p| p.packet_type() == PacketType::Disconnect).unwrap_or(0);
            if let Some(after) = e.packets.get(at + 1) {
                return Err(e.client.fail_with(format!("{}: the server sent {after} after its DISCONNECT", e.what)));
            }
        }
        Ok(())
    })
}

/// MQTT-3.14.4-2 (MUST, Both)
///
/// > After sending a DISCONNECT packet the sender MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14.4 (DISCONNECT Actions)
#[specgen::covers("MQTT-3.14.4-2", fp = "34da5992")]
#[test]
fn mqtt_3_14_4_2_after_sending_must_close_network_connection() -> R {
    // Server side: after its DISCONNECT the server closes. (A client's
    // part is the client suite's.)
    on_provocations(Properties::new(), |provoked| {
        let mut disconnects = 0;
        for (what, mut c) in provoked {
            match c.recv() {
                Ok(Packet::DisconnectWith(_)) | Ok(Packet::Disconnect) => {
                    disconnects += 1;
                    c.expect_closed()
                        .because(&format!("{what}: the connection stays open after the server's DISCONNECT"))?;
                }
                // No DISCONNECT in this situation: nothing to judge.
                Err(e) if e.kind == ErrorKind::Closed => {}
                Ok(other) => {
                    return Err(c.fail_with(format!("{what}: received {other}"))).vehicle("a server DISCONNECT")
                }
                Err(e) => return Err(e).vehicle("a server DISCONNECT or close"),
            }
        }
        if disconnects == 0 {
            return Err(blocked("the server sent no DISCONNECT in any of the situations provoked"));
        }
        Ok(())
    })
}

/// MQTT-3.14.4-3 (MUST, Server)
///
/// > On receipt of DISCONNECT with a Reason Code of 0x00 (Success) the Server MUST discard any
/// > Will Message associated with the current Connection without publishing it
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14.4 (DISCONNECT Actions)
#[specgen::covers("MQTT-3.14.4-3", fp = "70be1b0e")]
#[test]
fn mqtt_3_14_4_3_server_must_discard_message_associated_current() -> R {
    run(|b| {
        let why = "will published after DISCONNECT 0x00 (Normal disconnection)";
        // The vehicle: this server does publish a will on DISCONNECT 0x04.
        let w = will();
        let mut s = subscriber_v5(b, &w.topic, QoS::AtMostOnce).vehicle("subscribing to the will topic")?;
        let (mut x, _) = accepted_v5(b, Connect::v5(unique_client_id("disc")).will(w.clone()))?;
        x.send(Disconnect::new(ReasonCode::DisconnectWithWillMessage))?;
        x.expect_closed().vehicle("closing after DISCONNECT 0x04")?;
        expect_payload(&mut s, &w.payload).vehicle("publishing the will on DISCONNECT 0x04")?;
        // 0x00 in each form: bare, the Reason Code byte alone, with a property.
        let forms: [(&str, Malformed); 3] = [
            ("bare DISCONNECT", Malformed::v5(Packet::Disconnect)),
            ("Reason Code 0x00", Malformed::v5(Packet::Disconnect).reason_code(0x00)),
            (
                "Reason Code 0x00 with a User Property",
                Malformed::v5(
                    Disconnect::new(ReasonCode::NormalDisconnection)
                        .property(Property::UserProperty("k".into(), "v".into())),
                ),
            ),
        ];
        for (what, m) in forms {
            let w = will();
            let mut s = subscriber_v5(b, &w.topic, QoS::AtMostOnce).vehicle("subscribing to the will topic")?;
            let (mut x, _) = accepted_v5(b, Connect::v5(unique_client_id("disc")).will(w.clone()))?;
            x.send_malformed(m)?;
            x.expect_closed().vehicle("closing after DISCONNECT")?;
            expect_only_marker(b, &mut s, &w.topic).because(&format!("{why} ({what})"))?;
        }
        Ok(())
    })
}
