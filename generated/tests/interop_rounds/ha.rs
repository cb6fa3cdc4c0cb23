//! High availability: the library under test is given two servers (two
//! private mosquittos) through its own failover
//! (`MqttClient::connect_failover`); the first dies (SIGKILL), the library
//! must carry on with the second. Clients whose API takes one server are
//! skipped.

use mqtt_conformance::clients::Options;
use mqtt_conformance::prelude::*;

use crate::support::*;

/// Two servers, the library connected through its failover list and
/// subscribed (QoS 1, persistent session) on the first, which is then
/// killed. Returns the survivor, the library, the options (`topic`: where
/// the library publishes; the subscription's filter: where it receives) and,
/// with `watch`, an observer subscribed to `topic` on the survivor before
/// the kill.
fn failed_over(logs: &Logs, watch: bool) -> Result<(Broker, Lib, Options, Option<Client>), ScriptError> {
    let mut first = Broker::start_mosquitto()?;
    let second = Broker::start_mosquitto()?;
    let inbound = unique_topic("ha-in");
    let o = options(&second, "ha")
        .clean_session(false)
        .subscription(&inbound, QoS::AtLeastOnce)
        .publishes(QoS::AtLeastOnce, false);
    let obs = if watch { Some(observer(&second, &o.topic, QoS::AtLeastOnce)?) } else { None };
    let mut lib = Lib::under_test(logs, "client given two servers");
    lib.connect_failover(&[&first, &second], &o)?;
    observer_reaches(&mut publisher(&first)?, &mut lib, &inbound)?;
    first.kill().map_err(|e| failure(format!("killing the first server: {e}")))?;
    Ok((second, lib, o, obs))
}

/// After the first server dies the library connects to the second and its
/// subscription is in place there (re-subscribed or carried over): a
/// message published there is delivered once.
#[test]
fn fails_over_and_resubscribes() -> R {
    scenario(|logs| {
        let (second, mut lib, o, _) = failed_over(logs, false)?;
        let inbound = o.subscription.clone().expect("set by failed_over").0;
        let mut p = publisher(&second)?;
        observer_reaches(&mut p, &mut lib, &inbound)?;
        observer_publishes(&mut p, &inbound, b"on the second server", QoS::AtLeastOnce)?;
        observer_publishes(&mut p, &inbound, MARKER, QoS::AtLeastOnce)?;
        let got = library_until_marker(&mut lib, &inbound, wait::reply())?;
        exactly_once("after failing over the library delivered", &got, b"on the second server", QoS::AtLeastOnce, false)
    })
}

/// A QoS 1 message the library is given while no server is reachable is
/// kept and published on the second server once it failed over, once.
#[test]
fn message_from_the_outage_reaches_the_second_server() -> R {
    scenario(|logs| {
        let (_second, mut lib, o, obs) = failed_over(logs, true)?;
        let mut obs = obs.expect("asked for");
        lib.publish(&o.topic, b"during the outage", QoS::AtLeastOnce)?;
        // Its arrival shows the failover; the marker, published after, closes the collection.
        let first = loop {
            match observe_on(&mut obs, &o.topic, come_up())? {
                Some(m) if is_probe(&m.payload) => {}
                Some(m) => break m,
                None => {
                    return Err(obs.fail_with(format!(
                        "nothing the library published reached the second server within {:?}",
                        come_up()
                    )))
                }
            }
        };
        lib.publish(&o.topic, MARKER, QoS::AtLeastOnce)?;
        let mut got = vec![(String::from_utf8_lossy(&first.payload).into_owned(), first.qos as u8, first.retain)];
        got.extend(observer_until_marker(&mut obs, &o.topic, wait::reply())?);
        exactly_once("the second server's observer received", &got, b"during the outage", QoS::AtLeastOnce, false)
    })
}
