//! Round 2: two different libraries on one server (`MQTT_BROKER`; the
//! rounds use mosquitto): `MQTT_CLIENT` publishes, `MQTT_PEER` receives.

use mqtt_conformance::clients;
use mqtt_conformance::prelude::*;

use crate::support::*;

/// The publisher library publishes at `qos`; the subscriber library,
/// subscribed at `qos`, delivers it exactly once at `qos`.
fn library_to_library(qos: QoS) -> R {
    scenario(move |logs| {
        let b = Broker::start()?;
        let topic = unique_topic("r2");
        let mut rx = Lib::new(logs, peer(), "subscriber");
        rx.connect(&b, &options(&b, "r2-sub").subscription(&topic, qos))?;
        let mut o = options(&b, "r2-pub").publishes(qos, false);
        o.topic = topic.clone();
        let mut tx = Lib::new(logs, clients::selected(), "publisher");
        tx.connect(&b, &o)?;
        library_reaches_library(&mut tx, &mut rx, &topic, qos)?;
        tx.publish(&topic, b"from the publisher", qos)?;
        tx.publish(&topic, MARKER, qos)?;
        let got = library_until_marker(&mut rx, &topic, wait::reply())?;
        exactly_once("the subscriber library delivered", &got, b"from the publisher", qos, false)
    })
}

#[test]
fn qos1() -> R {
    library_to_library(QoS::AtLeastOnce)
}

#[test]
fn qos2() -> R {
    library_to_library(QoS::ExactlyOnce)
}
