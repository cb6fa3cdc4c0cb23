//! mqtt-v5.0 section 4.13: Handling errors.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_qos::*;

/// MQTT-4.13.1-1 (MUST, Server)
///
/// > When a Server detects a Malformed Packet or Protocol Error, and a Reason Code is given in
/// > the specification, it MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.13.1 (Malformed Packet and Protocol Errors)
#[specgen::covers("MQTT-4.13.1-1", fp = "b5ebe200")]
#[test]
fn mqtt_4_13_1_1_must_close_network_connection() -> R {
    run(|b| {
        let topic = unique_topic("errors");
        // Each error has a Reason Code in the spec (0x81 Malformed Packet or
        // 0x82 Protocol Error); a DISCONNECT before the close is allowed.
        let bad = |m: Malformed| -> R {
            let mut c = connected_v5(b, "error")?;
            c.send_malformed(m)?;
            closed_perhaps_after_disconnect(&mut c).map(|_| ())
        };
        let t = topic.as_str();
        each_case(
            "the connection stayed open after a Malformed Packet or Protocol Error",
            vec![
                case("PUBLISH QoS 3 (malformed)", || {
                    bad(Malformed::v5(Publish::new(t, "x").qos(QoS::AtLeastOnce, 1)).qos_bits(3))
                }),
                case("PUBLISH properties longer than the packet (malformed)", || {
                    bad(Malformed::v5(Publish::new(t, "x").property(Property::TopicAlias(1))).properties_length(200))
                }),
                case("PUBLISH with Topic Alias 0 (protocol error)", || bad(Malformed::topic_alias(t, 0))),
                case("PUBLISH with Payload Format Indicator twice (protocol error)", || {
                    bad(Malformed::duplicate_property(Publish::new(t, "x"), Property::PayloadFormatIndicator(0)))
                }),
                case("second CONNECT (protocol error)", || bad(Malformed::v5(Connect::v5(unique_client_id("again"))))),
            ],
        )
    })
}

/// MQTT-4.13.2-1 (MUST, Unknown)
///
/// > If a Reason Code of 0x80 or greater is specified, then the Network Connection MUST be closed
/// > whether or not the CONNACK or DISCONNECT is sent.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.13.2 (Other errors)
#[specgen::covers("MQTT-4.13.2-1", fp = "f53373bf")]
#[test]
fn mqtt_4_13_2_1_network_connection_must_closed_whether_not() -> R {
    run(|b| {
        // A CONNACK, or a DISCONNECT from the server, with a Reason Code >=
        // 0x80 must be followed by the close.
        let refused_connect = |connect: Connect| -> R {
            let mut c = b.client_v5()?;
            c.send(connect)?;
            match c.recv() {
                Ok(Packet::ConnAck(a)) if !a.reason_code.is_success() => c.expect_closed(),
                Ok(other) => Err(c.fail_with(format!("expected a CONNACK >= 0x80 or a close, got {other}")))
                    .vehicle("a refused CONNECT"),
                // Closed without CONNACK: the statement holds too.
                Err(e) if e.kind == ErrorKind::Closed => Ok(()),
                Err(e) => Err(e),
            }
        };
        each_case(
            "the connection stayed open after a Reason Code >= 0x80",
            vec![
                case("CONNACK for an unknown authentication method", || {
                    refused_connect(
                        Connect::v5(unique_client_id("auth"))
                            .properties(Properties::new().with_authentication_method("x-unknown-method")),
                    )
                }),
                case("CONNACK for a CONNECT with Receive Maximum 0", || {
                    refused_connect(
                        Connect::v5(unique_client_id("rm0")).properties(Properties::new().with_receive_maximum(0)),
                    )
                }),
                case("DISCONNECT for a session taken over", || {
                    let id = unique_client_id("takeover");
                    let mut first = b.client_v5()?;
                    first.connect_ok(&id, true)?;
                    let mut second = b.client_v5()?;
                    second.connect_ok(&id, true).vehicle("the taking-over connection")?;
                    match first.recv() {
                        Ok(Packet::DisconnectWith(d)) if !d.reason_code.is_success() => first.expect_closed(),
                        Ok(other) => {
                            Err(first.fail_with(format!("expected a DISCONNECT >= 0x80 or a close, got {other}")))
                                .vehicle("the server ending the taken-over connection")
                        }
                        // Closed without DISCONNECT: the statement holds too.
                        Err(e) if e.kind == ErrorKind::Closed => Ok(()),
                        Err(e) => Err(e),
                    }
                }),
            ],
        )
    })
}
