//! 3.4 - 3.7 PUBACK, PUBREC, PUBREL, PUBCOMP.

use mqtt_conformance::prelude::*;

use crate::support::*;

#[test]
fn pubrel_with_wrong_fixed_header_flags_closes_the_connection() -> Result<(), ScriptError> {
    // covers: MQTT-3.6.1-1
    let b = Broker::start()?;
    for flags in [0b0000, 0b0011, 0b1010] {
        let mut c = connected(&b, "pubrel")?;
        c.send(Publish::new(unique_topic("pubrel"), "x").qos(QoS::ExactlyOnce, 5))?;
        c.expect(PubRec::new(5))?;
        c.send_malformed(Malformed::from(PubRel::new(5)).flags(flags))?;
        c.expect_closed()?;
    }
    Ok(())
}
