//! mqtt-v3.1.1 section 4.8: Handling errors.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

/// MQTT-4.8.0-1 (MUST, Both)
///
/// > Unless stated otherwise, if either the Server or Client encounters a protocol violation, it
/// > MUST close the Network Connection on which it received that Control Packet which caused the
/// > protocol violation.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.8 (Handling errors)
#[specgen::covers("MQTT-4.8.0-1", fp = "489e4821")]
#[test]
fn mqtt_4_8_0_1_protocol_violation_closes_the_connection() -> Result<(), ScriptError> {
    run(|b| {
        // Packets only a Server may send, sent by a client.
        let server_only: [Packet; 4] = [
            ConnAck::accepted(false).into(),
            SubAck::new(1, [SubackCode::Granted(QoS::AtMostOnce)]).into(),
            UnsubAck::new(1).into(),
            Packet::PingResp,
        ];
        let mut open = Vec::new();
        for p in server_only {
            let mut c = connected(b, "violation")?;
            c.send(p.clone())?;
            if let Err(e) = c.expect_closed_within(wait::scaled(Duration::from_secs(1))) {
                open.push((p.packet_type(), e));
            }
        }
        match open.pop() {
            None => Ok(()),
            Some((last, e)) => {
                let mut names: Vec<_> = open.iter().map(|(t, _)| t.name()).collect();
                names.push(last.name());
                Err(e).because(&format!("connection not closed after {names:?}; last"))
            }
        }
    })
}

/// MQTT-4.8.0-2 (MUST, Both)
///
/// > If the Client or Server encounters a Transient Error while processing an inbound Control
/// > Packet it MUST close the Network Connection on which it received that Control Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.8 (Handling errors)
#[specgen::covers("MQTT-4.8.0-2", fp = "607db5e1")]
#[test]
fn mqtt_4_8_0_2_transient_error_closes_the_connection() -> Result<(), ScriptError> {
    // A memory limit makes a large PUBLISH hit "internal buffer full", the
    // spec's example of a Transient Error. An external target cannot be
    // configured this way: skipped there.
    run_with_config("memory_limit 4000000", |b| {
        let mut bystander = connected(b, "bystander")?;
        let mut c = connected(b, "transient")?;
        // The server may close while the packet is still being sent.
        match c.send(Publish::new(unique_topic("transient"), vec![b'x'; 8_000_000]).qos(QoS::AtLeastOnce, 1)) {
            Err(e) if e.kind == ErrorKind::Closed => {}
            sent => {
                sent?;
                c.expect_closed().because("the packet that could not be processed must close")?;
            }
        }
        bystander.ping() // SHOULD NOT affect other clients
    })
}
