//! Smoke test of the 5.0 client against the suite's mosquitto (2.0.11
//! speaks 5.0): CONNACK properties decode, and a QoS 2 subscribe/publish
//! round trip carries PUBLISH properties end to end.

use mqtt_conformance::prelude::*;

#[test]
fn v5_client_connects_subscribes_and_round_trips_qos2() -> R {
    run(|b| {
        let mut publisher = b.client_v5()?;
        // An empty Client Identifier makes the server assign one and return
        // it as a CONNACK property [MQTT-3.2.2-16]: proof properties decode.
        let ack = publisher.connect_ok_props("", true, Properties::new().with_receive_maximum(10))?;
        if ack.reason_code != ReasonCode::Success {
            return Err(publisher.fail_with(format!("CONNACK reason {}", ack.reason_code)));
        }
        match ack.properties.assigned_client_identifier() {
            Some(id) if !id.is_empty() => {}
            _ => return Err(publisher.fail_with("CONNACK lacks an Assigned Client Identifier")),
        }

        let topic = unique_topic("v5-smoke");
        let mut sub = connected_v5(b, "v5-sub")?;
        let suback = sub.subscribe_opts(&topic, QoS::ExactlyOnce, SubOptions::default().retain_handling(2))?;
        if suback.reason_codes != [ReasonCode::GrantedQoS2] {
            return Err(sub.fail_with(format!("SUBACK reason codes {:?}, want Granted QoS 2", suback.reason_codes)));
        }

        let props = Properties::new().with_content_type("text/plain").with_user_property("k", "v");
        publisher.publish_props(&topic, b"hello 5.0", QoS::ExactlyOnce, props)?;
        let p = sub.receive_publish()?;
        if p.qos != QoS::ExactlyOnce || p.payload != b"hello 5.0" {
            return Err(sub.fail_with(format!("received {p:?}")));
        }
        if p.properties.content_type() != Some("text/plain") || p.properties.user_properties() != [("k", "v")] {
            return Err(sub.fail_with(format!("PUBLISH properties not forwarded: {:?}", p.properties)));
        }
        sub.disconnect()?;
        publisher.send(Disconnect::new(ReasonCode::NormalDisconnection))?;
        publisher.expect_closed()
    })
}
