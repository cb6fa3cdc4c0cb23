//! mqtt-v3.1.1 section 3.6: PUBREL – Publish release (QoS 2 publish received, part 2).
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

/// MQTT-3.6.1-1 (MUST, Server)
///
/// > Bits 3,2,1 and 0 of the fixed header in the PUBREL Control Packet are reserved and MUST be
/// > set to 0,0,1 and 0 respectively. The Server MUST treat any other value as malformed and
/// > close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.6.1 (Fixed header)
#[specgen::covers("MQTT-3.6.1-1", fp = "e2a422e7")]
#[test]
fn mqtt_3_6_1_1_pubrel_with_wrong_fixed_header_flags_closes_the_connection() -> Result<(), ScriptError> {
    run(|b| {
        for flags in [0b0000, 0b0011, 0b1010] {
            let mut c = connected(b, "pubrel")?;
            c.send(Publish::new(unique_topic("pubrel"), "x").qos(QoS::ExactlyOnce, 5))?;
            c.expect(PubRec::new(5)).vehicle("a QoS 2 PUBLISH answered with PUBREC")?;
            c.send_malformed(Malformed::from(PubRel::new(5)).flags(flags))?;
            c.expect_closed()?;
        }
        Ok(())
    })
}
