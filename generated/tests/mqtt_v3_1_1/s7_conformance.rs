//! mqtt-v3.1.1 section 7: Conformance.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

/// MQTT-7.0.0-1 (MUST, MAY, Both)
///
/// > An MQTT implementation MAY conform as both an MQTT Client and MQTT Server implementation. A
/// > Server that both accepts inbound connections and establishes outbound connections to other
/// > Servers MUST conform as both an MQTT Client and MQTT Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 7 (Conformance)
///
/// A mosquitto bridged to the broker under test connects out as a client:
/// the broker under test accepts it, and messages (QoS kept), retained
/// messages and the bridge's own retained state notification cross in both
/// directions as configured. The bridge's client side packet by packet is
/// the client suite's job (its `bridge` client).
#[specgen::covers("MQTT-7.0.0-1", fp = "c147f881")]
#[test]
fn mqtt_7_0_0_1_a_bridging_server_works_as_client_and_server() -> R {
    run(|remote| {
        // The bridge reaches the server under test over plain TCP whatever
        // MQTT_TRANSPORT says: mosquitto's bridge has no WebSocket client.
        let prefix = unique_topic("bridge");
        let state = format!("{prefix}-state"); // outside the bridged tree
        let extra = format!(
            "connection b{port}\naddress {addr}\ntopic {prefix}/# both 1\ncleansession true\n\
             notifications true\nnotification_topic {state}\nbridge_protocol_version mqttv311\ntry_private false\n",
            port = remote.port(),
            addr = remote.addr(),
        );
        // The bridge logs in as the suite's clients do (ejabberd needs a password).
        let extra = match remote.settings().credentials() {
            Some(c) => format!("{extra}remote_username {}\nremote_password {}\n", c.user, c.password),
            None => extra,
        };
        // Always a private mosquitto, also when the server under test is
        // another product (MQTT_TARGET): mosquitto bridged to it.
        let local = Broker::start_mosquitto_with(&extra)
            .map_err(ScriptError::from)
            .vehicle("starting the bridging mosquitto")?;
        // The bridge announces itself with "1" on the remote (retained, or
        // live when we subscribed first): by then its connection, a client
        // of the server under test, is up.
        let _clear = retained(remote, &state);
        let mut watch = subscriber(remote, &state, QoS::AtLeastOnce).vehicle("subscribing on the remote")?;
        let up = next_publish(&mut watch).because("the bridge never connected to the server under test")?;
        if up.payload != b"1" {
            return Err(blocked(format!(
                "bridge state notification {:?}, expected \"1\"",
                String::from_utf8_lossy(&up.payload)
            )));
        }
        // local -> remote at QoS 1.
        let mut on_remote =
            subscriber(remote, &format!("{prefix}/#"), QoS::AtLeastOnce).vehicle("subscribing on the remote")?;
        connected(&local, "pub")?.publish(&format!("{prefix}/up"), b"up", QoS::AtLeastOnce)?;
        let p = on_remote
            .receive_publish()
            .because("a message published on the bridging server did not cross the bridge")?;
        if p.payload != b"up" || p.qos != QoS::AtLeastOnce {
            return Err(on_remote.fail_with(format!(
                "crossed as {:?} at {:?}, expected \"up\" at QoS 1",
                String::from_utf8_lossy(&p.payload),
                p.qos
            )));
        }
        // remote -> local.
        let mut on_local = subscriber(&local, &format!("{prefix}/down"), QoS::AtLeastOnce)
            .vehicle("subscribing on the bridging server")?;
        // The bridge's subscription on the remote may follow the local one: prove it is in place by order.
        connected(remote, "pub")?.publish(&format!("{prefix}/down"), b"down", QoS::AtLeastOnce)?;
        let d = on_local
            .receive_publish()
            .because("a message published on the server under test did not reach the bridging server")?;
        if d.payload != b"down" {
            return Err(on_local.fail_with("the message from the remote arrived changed"));
        }
        // A retained message set through the bridge is retained on the remote.
        let kept = format!("{prefix}/kept");
        let _clear_kept = retained(remote, &kept);
        let _clear_local = retained(&local, &kept);
        connected(&local, "pub")?.publish_packet(Publish::new(&kept, "kept").qos(QoS::AtLeastOnce, 1).retain(true))?;
        // Its live copy arriving at the existing subscriber orders the late subscription after it.
        // (The remote subscriber also sees "down", published on the remote itself.)
        let mut live = on_remote.receive_publish().because("the retained message did not cross the bridge")?;
        while live.topic != kept && live.payload == b"down" {
            live = on_remote.receive_publish().because("the retained message did not cross the bridge")?;
        }
        if live.topic != kept || live.payload != b"kept" {
            return Err(on_remote.fail_with("the retained message crossed changed"));
        }
        let mut late = subscriber(remote, &kept, QoS::AtLeastOnce).vehicle("late subscription on the remote")?;
        let r = late
            .receive_publish()
            .because("a retained message published through the bridge was not retained on the remote")?;
        if !(r.retain && r.payload == b"kept") {
            return Err(late.fail_with("the late subscriber did not get the retained message with RETAIN=1"));
        }
        Ok(())
    })
}

/// MQTT-7.0.0-2 (MUST NOT, Unknown)
///
/// > Conformant implementations MUST NOT require the use of any extensions defined outside of
/// > this specification in order to interoperate with any other conformant implementation.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 7 (Conformance)
#[specgen::covers("MQTT-7.0.0-2", fp = "54a20066")]
#[test]
fn mqtt_7_0_0_2_plain_3_1_1_client_interoperates() -> R {
    // A session using nothing beyond this specification: no credentials, no
    // TLS, no properties or extension topics.
    run(|b| {
        let why = "plain MQTT 3.1.1 client not served";
        let t = unique_topic("plain");
        let mut c = connected(b, "plain").because(why)?;
        c.subscribe(&t, QoS::ExactlyOnce).because(why)?;
        let mut p = connected(b, "plain").because(why)?;
        for (qos, payload) in [(QoS::AtMostOnce, b"q0"), (QoS::AtLeastOnce, b"q1"), (QoS::ExactlyOnce, b"q2")] {
            p.publish(&t, payload, qos).because(why)?;
            expect_payload(&mut c, payload).because(why)?;
        }
        c.unsubscribe(&t).because(why)?;
        c.ping().because(why)?;
        c.disconnect().because(why)
    })
}
