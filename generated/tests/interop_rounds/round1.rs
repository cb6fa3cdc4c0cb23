//! Round 1: the library under test (`MQTT_CLIENT`) with the server under
//! test (`MQTT_BROKER` / `MQTT_TARGET`); the observer is the harness's
//! script client.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// The library publishes at `qos`; the observer, subscribed at `qos`,
/// receives it exactly once at `qos`.
fn library_publishes(qos: QoS) -> R {
    scenario(move |logs| {
        let b = Broker::start()?;
        let o = options(&b, "r1-pub").publishes(qos, false);
        let mut obs = observer(&b, &o.topic, qos)?;
        let mut lib = Lib::under_test(logs, "publisher");
        lib.connect(&b, &o)?;
        library_reaches(&mut lib, &mut obs, &o.topic, qos)?;
        lib.publish(&o.topic, b"from the library", qos)?;
        lib.publish(&o.topic, MARKER, qos)?;
        let got = observer_until_marker(&mut obs, &o.topic, wait::reply())?;
        exactly_once("the observer received", &got, b"from the library", qos, false)
    })
}

#[test]
fn publish_qos0() -> R {
    library_publishes(QoS::AtMostOnce)
}

#[test]
fn publish_qos1() -> R {
    library_publishes(QoS::AtLeastOnce)
}

#[test]
fn publish_qos2() -> R {
    library_publishes(QoS::ExactlyOnce)
}

/// The library subscribes at `qos`; the observer publishes at `qos`; the
/// library delivers it exactly once at `qos`.
fn library_receives(qos: QoS) -> R {
    scenario(move |logs| {
        let b = Broker::start()?;
        let topic = unique_topic("r1-sub");
        let o = options(&b, "r1-sub").subscription(&topic, qos);
        let mut lib = Lib::under_test(logs, "subscriber");
        lib.connect(&b, &o)?;
        let mut p = publisher(&b)?;
        observer_reaches(&mut p, &mut lib, &topic)?;
        observer_publishes(&mut p, &topic, b"from the observer", qos)?;
        observer_publishes(&mut p, &topic, MARKER, qos)?;
        let got = library_until_marker(&mut lib, &topic, wait::reply())?;
        exactly_once("the library delivered", &got, b"from the observer", qos, false)
    })
}

#[test]
fn receive_qos0() -> R {
    library_receives(QoS::AtMostOnce)
}

#[test]
fn receive_qos1() -> R {
    library_receives(QoS::AtLeastOnce)
}

#[test]
fn receive_qos2() -> R {
    library_receives(QoS::ExactlyOnce)
}

/// A retained message set by the observer reaches the library when it
/// subscribes, once, with RETAIN set.
#[test]
fn retained_message_on_subscribe() -> R {
    scenario(|logs| {
        let b = Broker::start()?;
        let topic = unique_topic("r1-kept");
        let _clear = retained(&b, &topic);
        let mut p = publisher(&b)?;
        let id = p.next_packet_id();
        p.publish_packet(Publish::new(&topic, "kept").qos(QoS::AtLeastOnce, id).retain(true))
            .vehicle("the observer's retained publish")?;
        let mut lib = Lib::under_test(logs, "subscriber");
        lib.connect(&b, &options(&b, "r1-kept").subscription(&topic, QoS::AtLeastOnce))?;
        // The retained message is the first delivery: the subscription is in place then.
        let first = receive_on(&mut lib, &topic, come_up())?.ok_or_else(|| {
            failure(format!("the library delivered nothing within {:?} of subscribing to a retained topic", come_up()))
        })?;
        let first = (String::from_utf8_lossy(&first.payload).into_owned(), first.qos as u8, first.retain);
        observer_publishes(&mut p, &topic, MARKER, QoS::AtLeastOnce)?;
        let mut got = vec![first];
        got.extend(library_until_marker(&mut lib, &topic, wait::reply())?);
        exactly_once("the library delivered", &got, b"kept", QoS::AtLeastOnce, true)
    })
}

/// A persistent session (clean session 0): QoS 1 messages published while
/// the library is offline are delivered when it reconnects with the same
/// client id, once each.
#[test]
fn persistent_session_offline_messages() -> R {
    scenario(|logs| {
        let b = Broker::start()?;
        let topic = unique_topic("r1-session");
        let o = options(&b, "r1-session").clean_session(false).subscription(&topic, QoS::AtLeastOnce);
        let mut p = publisher(&b)?;
        let mut first = Lib::under_test(logs, "subscriber (first connection)");
        first.connect(&b, &o)?;
        observer_reaches(&mut p, &mut first, &topic)?;
        first.disconnect()?;
        first.stop();
        // A takeover proves the library's connection is gone before the
        // messages are published, and that a session was kept for it.
        if !take_over_session(&b, &o.client_id)? {
            return Err(failure(
                "no session was stored for the library's client id after it disconnected (connected with clean session 0?)",
            ));
        }
        observer_publishes(&mut p, &topic, b"while offline", QoS::AtLeastOnce)?;
        observer_publishes(&mut p, &topic, MARKER, QoS::AtLeastOnce)?;
        let mut again = Lib::under_test(logs, "subscriber (reconnected)");
        again.connect(&b, &o)?;
        let got = library_until_marker(&mut again, &topic, come_up())?;
        exactly_once("after reconnecting the library delivered", &got, b"while offline", QoS::AtLeastOnce, false)
    })
}

/// The library's connection dies (process killed, event loop dropped): the
/// server publishes its will (QoS 1), once.
#[test]
fn will_on_abrupt_loss() -> R {
    scenario(|logs| {
        let b = Broker::start()?;
        let o = options(&b, "r1-will").publishes(QoS::AtLeastOnce, false);
        let o = o.clone().will(Will::new(o.topic.clone(), "gone", QoS::AtLeastOnce, false));
        let mut obs = observer(&b, &o.topic, QoS::AtLeastOnce)?;
        let mut lib = Lib::under_test(logs, "client with a will");
        lib.connect(&b, &o)?;
        library_reaches(&mut lib, &mut obs, &o.topic, QoS::AtLeastOnce)?;
        lib.kill()?;
        let will = loop {
            match observe_on(&mut obs, &o.topic, come_up())? {
                Some(w) if is_probe(&w.payload) => {}
                Some(w) => break w,
                None => return Err(obs.fail_with(format!("no will within {:?} of the connection's loss", come_up()))),
            }
        };
        let mut p = publisher(&b)?;
        observer_publishes(&mut p, &o.topic, MARKER, QoS::AtLeastOnce)?;
        let mut got = vec![(String::from_utf8_lossy(&will.payload).into_owned(), will.qos as u8, will.retain)];
        got.extend(observer_until_marker(&mut obs, &o.topic, wait::reply())?);
        exactly_once("the observer received", &got, b"gone", QoS::AtLeastOnce, false)
    })
}
