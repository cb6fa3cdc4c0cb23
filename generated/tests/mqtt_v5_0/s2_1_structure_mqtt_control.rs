//! mqtt-v5.0 section 2.1: Structure of an MQTT Control Packet.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_connack::*;

/// A client in the middle of a flow where `ack` is its next packet, and the
/// Packet Identifier `ack` would carry: a QoS 1 delivery awaiting PUBACK, a
/// QoS 2 delivery awaiting PUBREC or (after PUBREL) PUBCOMP, or its own QoS
/// 2 PUBLISH awaiting PUBREL. A vehicle.
fn awaiting(b: &Broker, ack: PacketType) -> Result<(Client, u16), ScriptError> {
    let step = format!("a QoS flow awaiting {ack}");
    let t = unique_topic("flags");
    if ack == PacketType::PubRel {
        let mut c = connected_v5(b, "flags")?;
        c.send(Publish::new(&t, "x").qos(QoS::ExactlyOnce, 7)).vehicle(&step)?;
        c.expect_flow_ack(PacketType::PubRec, 7).vehicle(&step)?;
        return Ok((c, 7));
    }
    let qos = if ack == PacketType::PubAck { QoS::AtLeastOnce } else { QoS::ExactlyOnce };
    let mut sub = subscriber_v5(b, &t, qos).vehicle(&step)?;
    publish_from_other(b, &t, b"x", qos).vehicle(&step)?;
    let p = next_publish(&mut sub).vehicle(&step)?;
    if ack == PacketType::PubComp {
        sub.send(PubRec::new(p.packet_id)).vehicle(&step)?;
        sub.expect_flow_ack(PacketType::PubRel, p.packet_id).vehicle(&step)?;
    }
    Ok((sub, p.packet_id))
}

/// MQTT-2.1.3-1 (MUST, Unknown)
///
/// > Where a flag bit is marked as “Reserved”, it is reserved for future use and MUST be set to
/// > the value listed.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 2.1.3 (Flags)
#[specgen::covers("MQTT-2.1.3-1", fp = "33a00cdb")]
#[test]
fn mqtt_2_1_3_1_reserved_future_must_set_value_listed() -> R {
    // Receiver side: invalid flags make a Malformed Packet; the server closes
    // (after at most a CONNACK or DISCONNECT 0x81). The server's own flags
    // are checked by the decoder in every test.
    run(|b| {
        let t = unique_topic("flags");
        // The control, the packet with its listed flags, is accepted; so the
        // close is due to the flags alone.
        let bad = |name, packet: Packet, flags: u8| {
            case(name, move || {
                let mut ok = connected_v5(b, "flags")?;
                ok.send(packet.clone())?;
                answers_before_pingresp(&mut ok, "the packet with its listed flags (control)")?;
                let mut c = connected_v5(b, "flags")?;
                c.send_malformed(Malformed::v5(packet).flags(flags))?;
                expect_error_close(&mut c, &[ReasonCode::MalformedPacket])
            })
        };
        // Acknowledgements with the id of a flow in progress, so only the flags are wrong.
        let bad_ack = |name, ty: PacketType, flags: u8| {
            case(name, move || {
                let (mut c, id) = awaiting(b, ty)?;
                let m = match ty {
                    PacketType::PubAck => Malformed::v5(PubAck::new(id)),
                    PacketType::PubRec => Malformed::v5(PubRec::new(id)),
                    PacketType::PubRel => Malformed::v5(PubRel::new(id)),
                    _ => Malformed::v5(PubComp::new(id)),
                };
                c.send_malformed(m.flags(flags))?;
                expect_error_close(&mut c, &[ReasonCode::MalformedPacket])
            })
        };
        each_case(
            "a packet with invalid reserved flags accepted",
            vec![
                case("CONNECT 0b0001", move || {
                    let mut c = b.client_v5()?;
                    c.send_malformed(
                        Malformed::v5(c.authenticate(Connect::v5(unique_client_id("flags")))).flags(0b0001),
                    )?;
                    expect_connect_refused(&mut c, &[ReasonCode::MalformedPacket])
                }),
                bad_ack("PUBACK 0b0010", PacketType::PubAck, 0b0010),
                bad_ack("PUBREC 0b0100", PacketType::PubRec, 0b0100),
                bad_ack("PUBREL 0b0000", PacketType::PubRel, 0b0000),
                bad_ack("PUBCOMP 0b1000", PacketType::PubComp, 0b1000),
                bad("SUBSCRIBE 0b0000", Subscribe::one(1, &t, QoS::AtMostOnce).into(), 0b0000),
                bad("UNSUBSCRIBE 0b0011", Unsubscribe::new(1, [&t]).into(), 0b0011),
                bad("PINGREQ 0b0001", Packet::PingReq, 0b0001),
                // A DISCONNECT closes either way: the will tells a malformed one from a normal one.
                case("DISCONNECT 0b0010", move || {
                    let w = Will::new(unique_topic("will"), "gone", QoS::AtMostOnce, false);
                    let mut s = subscriber_v5(b, &w.topic, QoS::AtMostOnce).vehicle("subscribing to the will topic")?;
                    let (mut c, _) = accepted_v5(b, Connect::v5(unique_client_id("flags")).will(w.clone()))?;
                    c.send_malformed(Malformed::v5(Packet::Disconnect).flags(0b0010))?;
                    expect_error_close(&mut c, &[ReasonCode::MalformedPacket])?;
                    expect_payload(&mut s, &w.payload)
                        .because("DISCONNECT 0b0010 taken as a normal disconnection")
                        .map(drop)
                }),
            ],
        )
    })
}
