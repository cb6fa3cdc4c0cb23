//! mqtt-v3.1.1 section 2.3: Variable header.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

/// MQTT-2.3.1-1 (MUST, Unknown)
///
/// > SUBSCRIBE, UNSUBSCRIBE, and PUBLISH (in cases where QoS > 0) Control Packets MUST contain a
/// > non-zero 16-bit Packet Identifier.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.3.1 (Packet Identifier)
#[specgen::covers("MQTT-2.3.1-1", fp = "0e07c4e9")]
#[test]
fn mqtt_2_3_1_1_packet_identifiers_are_non_zero() -> R {
    run(|b| {
        // Server side: the harness refuses a QoS 1/2 PUBLISH with id 0.
        let t = unique_topic("pid");
        let mut sub = subscriber(b, &t, QoS::ExactlyOnce).vehicle("subscribing")?;
        for qos in [QoS::AtLeastOnce, QoS::ExactlyOnce, QoS::AtLeastOnce, QoS::ExactlyOnce] {
            publish_from_other(b, &t, b"x", qos).vehicle("publishing")?;
            decoder_checked(sub.receive_publish(), "delivery at QoS 1 and 2")
                .because("server PUBLISH QoS > 0 without a non-zero id")?;
        }
        // Client side: a packet breaking the rule is a protocol violation the
        // server must close on [MQTT-4.8.0-1].
        let zero = |name, m: Malformed| {
            case(name, move || {
                let mut c = connected(b, "pid0")?;
                c.send_malformed(m)?;
                c.expect_closed()
            })
        };
        each_case(
            "packet id 0 accepted",
            vec![
                zero("SUBSCRIBE", Malformed::from(Subscribe::one(1, &t, QoS::AtMostOnce)).packet_id(0)),
                zero("UNSUBSCRIBE", Malformed::from(Unsubscribe::new(1, [&t])).packet_id(0)),
                zero("PUBLISH QoS 1", Malformed::from(Publish::new(&t, "x").qos(QoS::AtLeastOnce, 1)).packet_id(0)),
                zero("PUBLISH QoS 2", Malformed::from(Publish::new(&t, "x").qos(QoS::ExactlyOnce, 1)).packet_id(0)),
            ],
        )
    })
}

// MQTT-2.3.1-2 (MUST, Client)
//
// > Each time a Client sends a new packet of one of these types it MUST assign it a currently
// > unused Packet Identifier.
//
// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.3.1 (Packet Identifier)
// A Client obligation: tested against real client libraries by the client
// suite (generated/tests/clients_v3_1_1, `scripts/clients`, one result per client).

// MQTT-2.3.1-3 (MUST, Client)
//
// > If a Client re-sends a particular Control Packet, then it MUST use the same Packet
// > Identifier in subsequent re-sends of that packet. The Packet Identifier becomes available
// > for reuse after the Client has processed the corresponding acknowledgement packet. In the
// > case of a QoS 1 PUBLISH this is the corresponding PUBACK; in the case of QoS 2 it is
// > PUBCOMP. For SUBSCRIBE or UNSUBSCRIBE it is the corresponding SUBACK or UNSUBACK.
//
// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.3.1 (Packet Identifier)
// A Client obligation: tested against real client libraries by the client
// suite (generated/tests/clients_v3_1_1, `scripts/clients`, one result per client).

/// MQTT-2.3.1-4 (, Server)
///
/// > The same conditions apply to a Server when it sends a PUBLISH with QoS > 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.3.1 (Packet Identifier)
#[specgen::covers("MQTT-2.3.1-4", fp = "0b732105")]
#[test]
fn mqtt_2_3_1_4_server_resends_publish_with_same_packet_id() -> R {
    // The server keeps a PUBLISH's id until it is acknowledged: in-flight ids
    // are distinct, and a re-send after reconnecting uses the same id.
    run(|b| {
        let id = unique_client_id("resend");
        let t = unique_topic("resend");
        let (mut x, _) = accepted(b, Connect::new(&id).clean_session(false)).vehicle("a persistent session")?;
        x.subscribe(&t, QoS::AtLeastOnce).vehicle("subscribing")?;
        for i in 0..4u8 {
            publish_from_other(b, &t, &[b'0' + i], QoS::AtLeastOnce).vehicle("publishing")?;
        }
        // Not acknowledged, so every id stays in use. Distinct ids need two or
        // more in flight; with a known window of one only the re-send is checked.
        let n = verdict::max_inflight().unwrap_or(4).min(4);
        let mut first = Vec::new();
        for p in crate::support_publish::unacked_publishes(&mut x, n, "distinct ids of unacknowledged PUBLISHes")? {
            if p.qos != QoS::AtLeastOnce {
                return Err(x.fail_with(format!("delivered at QoS {}", p.qos as u8))).vehicle("delivery at QoS 1");
            }
            first.push((p.packet_id, p.payload));
        }
        let mut ids: Vec<u16> = first.iter().map(|(i, _)| *i).collect();
        ids.sort();
        ids.dedup();
        if ids.len() != first.len() {
            return Err(x.fail_with(format!("unacknowledged PUBLISHes share ids: {first:?}")));
        }
        drop(x);
        // Re-sending at all is MQTT-4.4.0-1, its order MQTT-4.6.0-1 and its DUP
        // flag MQTT-3.3.1-1: the vehicle. This statement is the id.
        let resend = "re-sending unacknowledged PUBLISHes on reconnect";
        let (mut x, _) = accepted(b, Connect::new(&id).clean_session(false)).vehicle(resend)?;
        for _ in 0..first.len() {
            let p = x.receive_publish().vehicle(resend)?;
            let Some((pid, _)) = first.iter().find(|(_, payload)| *payload == p.payload) else {
                return Err(x.fail_with(format!("re-sent {:?}, which was not in flight", p.payload))).vehicle(resend);
            };
            if p.packet_id != *pid {
                return Err(
                    x.fail_with(format!("re-sent {:?} with id {}, first sent with id {pid}", p.payload, p.packet_id))
                );
            }
        }
        Ok(())
    })
}

/// MQTT-2.3.1-5 (MUST NOT, Unknown)
///
/// > A PUBLISH Packet MUST NOT contain a Packet Identifier if its QoS value is set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.3.1 (Packet Identifier)
#[specgen::covers("MQTT-2.3.1-5", fp = "7ec0bb82")]
#[test]
fn mqtt_2_3_1_5_qos0_publish_has_no_packet_id() -> R {
    // A packet id inserted into (or read from) a QoS 0 PUBLISH would show as
    // two bytes added to (or missing from) the payload.
    run(|b| {
        let t = unique_topic("q0");
        let mut sub = subscriber(b, &t, QoS::ExactlyOnce).vehicle("subscribing")?;
        let payload = b"\x00\x07id-like";
        publish_from_other(b, &t, payload, QoS::AtMostOnce).vehicle("publishing")?;
        let p = next_publish(&mut sub).vehicle("delivery at QoS 0")?;
        if p.qos != QoS::AtMostOnce {
            // Not a QoS 0 PUBLISH, so not this statement's (see MQTT-3.8.4-6).
            let e = sub.fail_with(format!("QoS 0 message delivered at QoS {}", p.qos as u8));
            return Err(e).vehicle("delivery at QoS 0");
        }
        if p.payload != payload {
            return Err(sub.fail_with(format!("payload delivered as {:?}", p.payload)));
        }
        Ok(())
    })
}

/// MQTT-2.3.1-6 (MUST, Unknown)
///
/// > A PUBACK, PUBREC or PUBREL Packet MUST contain the same Packet Identifier as the PUBLISH
/// > Packet that was originally sent.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.3.1 (Packet Identifier)
#[specgen::covers("MQTT-2.3.1-6", fp = "12cc0ccf")]
#[test]
fn mqtt_2_3_1_6_acknowledgements_carry_the_publish_packet_id() -> R {
    run(|b| {
        let why = "acknowledgement with another packet id";
        let t = unique_topic("ackid");
        let mut sub = subscriber(b, &t, QoS::ExactlyOnce).vehicle("subscribing")?;
        let mut c = connected(b, "ackid")?;
        // Client to server, two QoS 1 in flight at once.
        c.send(Publish::new(&t, "a").qos(QoS::AtLeastOnce, 0x1234))?;
        c.send(Publish::new(&t, "b").qos(QoS::AtLeastOnce, 0x0001))?;
        c.expect(PubAck::new(0x1234)).because(why)?;
        c.expect(PubAck::new(0x0001)).because(why)?;
        c.send(Publish::new(&t, "c").qos(QoS::ExactlyOnce, 0xffff))?;
        c.expect(PubRec::new(0xffff)).because(why)?;
        c.send(PubRel::new(0xffff))?;
        c.expect(PubComp::new(0xffff)).because(why)?;
        // Server to client: receive_publish expects PUBREL with the PUBLISH's id.
        for _ in 0..3 {
            sub.receive_publish().because(why)?;
        }
        Ok(())
    })
}

/// MQTT-2.3.1-7 (MUST, Unknown)
///
/// > Similarly SUBACK and UNSUBACK MUST contain the Packet Identifier that was used in the
/// > corresponding SUBSCRIBE and UNSUBSCRIBE Packet respectively.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.3.1 (Packet Identifier)
#[specgen::covers("MQTT-2.3.1-7", fp = "cb9d7658")]
#[test]
fn mqtt_2_3_1_7_suback_and_unsuback_carry_the_request_packet_id() -> R {
    run(|b| {
        let why = "SUBACK/UNSUBACK with another packet id";
        let t = unique_topic("subid");
        let mut c = connected(b, "subid")?;
        c.send(Subscribe::one(0xabcd, &t, QoS::AtLeastOnce))?;
        c.send(Subscribe::one(0x0001, format!("{t}/+"), QoS::AtMostOnce))?;
        c.expect_exact_ack(SubAck::new(0xabcd, [SubackCode::Granted(QoS::AtLeastOnce)])).because(why)?;
        c.expect_exact_ack(SubAck::new(0x0001, [SubackCode::Granted(QoS::AtMostOnce)])).because(why)?;
        c.send(Unsubscribe::new(0xffff, [&t]))?;
        c.send(Unsubscribe::new(0x0100, [format!("{t}/+")]))?;
        c.expect_exact_ack(UnsubAck::new(0xffff)).because(why)?;
        c.expect_exact_ack(UnsubAck::new(0x0100)).because(why)?;
        Ok(())
    })
}

/// A step whose only check of the statement is the harness decoder's
/// (packet ids): a malformed packet fails the test, anything else (nothing
/// delivered, a close) is a failed vehicle.
fn decoder_checked<T>(r: Result<T, ScriptError>, step: &str) -> Result<T, ScriptError> {
    match r {
        Err(e) if e.kind != ErrorKind::Malformed => Err(e).vehicle(step),
        r => r,
    }
}
