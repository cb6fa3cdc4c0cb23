//! Round 3: two servers bridged. A private mosquitto bridges `<prefix>/#`
//! both ways (QoS 1) to the server under test (`MQTT_BROKER` /
//! `MQTT_TARGET`), as the 7.0.0-1 test of the server suite does; the
//! library under test runs on both sides, one instance each.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// The bridging mosquitto's configuration: `topic <prefix>/# both 1` to `remote`.
fn bridge_to(remote: &Broker, prefix: &str) -> String {
    let lines = format!(
        "connection r{port}\naddress {addr}\ntopic {prefix}/# both 1\ncleansession true\nnotifications false\n\
         bridge_protocol_version mqttv311\ntry_private false\nrestart_timeout 1\nremote_clientid {id}\n",
        port = remote.port(),
        addr = remote.addr(),
        // Unique: bridges of concurrent tests share a per-run server.
        id = unique_client_id("r3-bridge"),
    );
    match remote.settings().credentials() {
        Some(c) => format!("{lines}remote_username {}\nremote_password {}\n", c.user, c.password),
        None => lines,
    }
}

/// A library on one side publishes QoS 1; the other instance, on the other
/// side of the bridge, delivers it exactly once.
fn across(from_mosquitto: bool) -> R {
    scenario(move |logs| {
        let remote = Broker::start()?;
        let prefix = unique_topic("r3");
        let local = Broker::start_mosquitto_with(&bridge_to(&remote, &prefix))
            .map_err(ScriptError::from)
            .vehicle("starting the bridging mosquitto")?;
        let (src, dst) = if from_mosquitto { (&local, &remote) } else { (&remote, &local) };
        let topic = format!("{prefix}/msg");
        let mut rx = Lib::under_test(logs, &format!("subscriber on {}", dst.name()));
        rx.connect(dst, &options(dst, "r3-sub").subscription(&topic, QoS::AtLeastOnce))?;
        let mut o = options(src, "r3-pub").publishes(QoS::AtLeastOnce, false);
        o.topic = topic.clone();
        let mut tx = Lib::under_test(logs, &format!("publisher on {}", src.name()));
        tx.connect(src, &o)?;
        library_reaches_library(&mut tx, &mut rx, &topic, QoS::AtLeastOnce)?;
        tx.publish(&topic, b"across the bridge", QoS::AtLeastOnce)?;
        tx.publish(&topic, MARKER, QoS::AtLeastOnce)?;
        let got = library_until_marker(&mut rx, &topic, wait::reply())?;
        exactly_once("the library on the other side delivered", &got, b"across the bridge", QoS::AtLeastOnce, false)
    })
}

#[test]
fn mosquitto_to_server() -> R {
    across(true)
}

#[test]
fn server_to_mosquitto() -> R {
    across(false)
}
