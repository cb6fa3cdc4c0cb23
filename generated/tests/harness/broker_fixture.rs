//! The mosquitto fixture and the script layer against a real broker. These
//! always start their own mosquitto (they test the fixture), even when
//! MQTT_TARGET points elsewhere.

use std::time::Instant;

use mqtt_conformance::broker::{self, Broker};
use mqtt_conformance::prelude::*;

fn mosquitto() -> Broker {
    Broker::start_mosquitto().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn smoke_connect_subscribe_publish_all_qos() {
    with_test_timeout(|| -> Result<(), ScriptError> {
        let b = mosquitto();
        assert_eq!(b.name(), "mosquitto");
        assert!(b.addr().ip().is_loopback());
        let mut sub = b.client()?;
        sub.connect_ok("smoke-sub", true)?;
        let ack = sub.subscribe("smoke/#", QoS::ExactlyOnce)?;
        assert_eq!(ack.return_codes, [SubackCode::Granted(QoS::ExactlyOnce)]);

        let mut publ = b.client()?;
        publ.connect_ok("smoke-pub", true)?;
        for qos in [QoS::AtMostOnce, QoS::AtLeastOnce, QoS::ExactlyOnce] {
            let payload = format!("payload at {qos:?}");
            publ.publish("smoke/t", payload.as_bytes(), qos)?;
            let got = sub.receive_publish()?;
            assert_eq!((got.topic.as_str(), got.payload.as_slice(), got.qos), ("smoke/t", payload.as_bytes(), qos));
        }
        sub.unsubscribe("smoke/#")?;
        publ.publish("smoke/t", b"after unsubscribe", QoS::AtLeastOnce)?;
        expect_not_subscribed(&b, &mut sub, "smoke/t")?;
        publ.disconnect()?;
        sub.disconnect()
    })
    .unwrap();
}

#[test]
fn killed_broker_fails_the_script_fast_with_log() {
    with_test_timeout(|| {
        let mut b = mosquitto();
        let mut c = b.client().unwrap();
        c.connect_ok("fault", true).unwrap();
        c.subscribe("fault/t", QoS::AtLeastOnce).unwrap();
        b.kill().unwrap();
        assert!(!b.is_running());
        let started = Instant::now();
        let e = c.publish("fault/t", b"x", QoS::AtLeastOnce).unwrap_err();
        let took = started.elapsed();
        assert!(took < Duration::from_millis(1500), "took {took:?}, should not wait for the full timeout");
        assert_eq!(e.kind, ErrorKind::Closed, "{e}");
        let text = e.to_string();
        assert!(text.contains("expected PUBACK id=2, but the server closed the connection"), "{text}");
        // The transcript shows what was exchanged, decoded and in hex.
        assert!(text.contains("-> SUBSCRIBE id=1 \"fault/t\"@1"), "{text}");
        assert!(text.contains("<- SUBACK id=1 codes=[0x01]"), "{text}");
        assert!(text.contains("90 03 00 01 01"), "{text}");
        // And the broker log, proving the broker had seen the client.
        assert!(text.contains("--- broker log"), "{text}");
        assert!(text.contains("mosquitto version"), "{text}");
        assert!(text.contains("New client connected from 127.0.0.1"), "{text}");
    });
}

#[test]
fn parallel_brokers_get_distinct_ports() {
    with_test_timeout(|| {
        let handles: Vec<_> = (0..6)
            .map(|i| {
                std::thread::spawn(move || -> Result<Broker, String> {
                    let b = Broker::start_mosquitto().map_err(|e| e.to_string())?;
                    let mut c = b.client().map_err(|e| e.to_string())?;
                    c.connect_ok(&format!("par-{i}"), true).map_err(|e| e.to_string())?;
                    Ok(b)
                })
            })
            .collect();
        let brokers: Vec<Broker> = handles.into_iter().map(|h| h.join().unwrap().unwrap()).collect();
        let mut ports: Vec<u16> = brokers.iter().map(|b| b.port()).collect();
        ports.sort();
        ports.dedup();
        assert_eq!(ports.len(), brokers.len(), "ports: {ports:?}");
    });
}

#[test]
fn drop_stops_mosquitto_and_removes_temp_dir() {
    with_test_timeout(|| {
        let b = mosquitto();
        let addr = b.addr();
        let log = b.log_handle().unwrap();
        let dir = log.path().parent().unwrap().to_path_buf();
        drop(b);
        assert!(std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(500)).is_err());
        assert!(dir.exists(), "log handle keeps the dir alive");
        drop(log);
        assert!(!dir.exists(), "temp dir {dir:?} left behind");
    });
}

#[test]
fn version_and_description() {
    let v = broker::mosquitto_version().expect("mosquitto -h prints a version");
    assert!(v.chars().next().unwrap().is_ascii_digit(), "{v}");
    let b = mosquitto();
    assert_eq!(b.version(), Some(v.as_str()));
    assert_eq!(b.describe(), format!("mosquitto {v} at {}", b.addr()));
}

#[test]
fn config_is_the_published_one_with_port_filled_in() {
    let c = broker::mosquitto_config(41234, "max_keepalive 10");
    assert!(c.contains("\nlistener 41234 127.0.0.1\n"));
    assert!(!c.contains("{{PORT}}"));
    assert!(c.ends_with("max_keepalive 10\n"));
}

#[test]
fn broken_extra_config_reports_the_log() {
    let e = Broker::start_mosquitto_with("no_such_option 1").unwrap_err();
    let text = e.to_string();
    assert!(text.contains("exited during start-up"), "{text}");
    assert!(text.contains("no_such_option"), "{text}");
}

#[test]
fn timeouts_are_reported_with_the_transcript() {
    with_test_timeout(|| {
        let b = mosquitto();
        let mut c = b.client().unwrap().with_timeout(Duration::from_millis(300));
        c.connect_ok("quiet", true).unwrap();
        let started = Instant::now();
        let e = c.expect(PubAck::new(9)).unwrap_err();
        assert!(started.elapsed() < Duration::from_secs(1));
        assert_eq!(e.kind, ErrorKind::Timeout);
        let text = format!("{e:?}"); // Debug prints everything too, for `unwrap()`
        assert!(text.starts_with("expected PUBACK id=9, nothing arrived within 300ms"), "{text}");
        assert!(text.contains("<- CONNACK session_present=false code=Accepted (0x00)"), "{text}");
        assert!(text.contains("20 02 00 00"), "{text}");
    });
}

#[test]
fn watchdog_stops_a_hanging_test() {
    let r = std::panic::catch_unwind(|| {
        run_with_timeout(Duration::from_millis(100), || std::thread::sleep(Duration::from_secs(2)))
    });
    let msg = r.unwrap_err().downcast::<String>().unwrap();
    assert!(msg.contains("exceeded its time limit of 100ms"), "{msg}");
    // Panics inside pass through unchanged.
    let n = std::hint::black_box(1);
    let r = std::panic::catch_unwind(move || run_with_timeout(Duration::from_secs(5), move || panic!("inner {n}")));
    assert_eq!(*r.unwrap_err().downcast::<String>().unwrap(), "inner 1");
}
