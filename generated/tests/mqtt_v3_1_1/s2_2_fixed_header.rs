//! mqtt-v3.1.1 section 2.2: Fixed header.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

/// MQTT-2.2.2-1 (MUST, Unknown)
///
/// > Where a flag bit is marked as “Reserved” in Table 2.2 - Flag Bits, it is reserved for future
/// > use and MUST be set to the value listed in that table.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.2.2 (Flags)
#[specgen::covers("MQTT-2.2.2-1", fp = "51fad6d9")]
#[test]
fn mqtt_2_2_2_1_server_packets_carry_table_2_2_flags() -> R {
    // Every packet type a server sends, decoded by the harness, which refuses
    // fixed-header flags other than Table 2.2's.
    run(|b| {
        let why = "server packet with wrong fixed-header flags";
        // The harness decoder checks the flags: its refusal fails the test,
        // any other failure of these steps is a failed vehicle.
        let flags = |r: R, step: &str| match r {
            Err(e) if e.kind != ErrorKind::Malformed => Err(e).vehicle(step),
            r => r.because(why),
        };
        let t = unique_topic("flags");
        let mut sub = connected(b, "flags").because(why)?; // CONNACK
        flags(sub.subscribe(&t, QoS::ExactlyOnce).map(drop), "subscribing")?; // SUBACK
        let mut p = connected(b, "flags")?;
        for qos in [QoS::AtMostOnce, QoS::AtLeastOnce, QoS::ExactlyOnce] {
            flags(p.publish(&t, b"x", qos).map(drop), "publishing")?; // PUBACK; PUBREC, PUBCOMP
            flags(sub.receive_publish().map(drop), "delivery")?; // PUBLISH; PUBREL
        }
        flags(sub.unsubscribe(&t), "unsubscribing")?; // UNSUBACK
        flags(sub.ping(), "PINGREQ") // PINGRESP
    })
}

/// MQTT-2.2.2-2 (MUST, Both)
///
/// > If invalid flags are received, the receiver MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.2.2 (Flags)
#[specgen::covers("MQTT-2.2.2-2", fp = "d73c59bc")]
#[test]
fn mqtt_2_2_2_2_invalid_fixed_header_flags_close_connection() -> R {
    run(|b| {
        let bad = |name, m: Malformed| {
            case(name, move || {
                let mut c = connected(b, "badflags")?;
                c.send_malformed(m)?;
                c.expect_closed()
            })
        };
        let t = unique_topic("badflags");
        each_case(
            "invalid fixed-header flags must close the connection",
            vec![
                case("CONNECT 0b0001", || {
                    let mut c = b.client()?;
                    c.send_malformed(
                        Malformed::from(c.authenticate(Connect::new(unique_client_id("badflags")))).flags(0b0001),
                    )?;
                    c.expect_closed()
                }),
                bad("SUBSCRIBE 0b0000", Malformed::from(Subscribe::one(1, &t, QoS::AtMostOnce)).flags(0)),
                bad("UNSUBSCRIBE 0b0000", Malformed::from(Unsubscribe::new(1, [&t])).flags(0)),
                bad("PUBREL 0b0000", Malformed::from(PubRel::new(1)).flags(0)),
                bad("PUBACK 0b0010", Malformed::from(PubAck::new(1)).flags(0b0010)),
                bad("PINGREQ 0b0001", Malformed::from(Packet::PingReq).flags(0b0001)),
            ],
        )
    })
}
