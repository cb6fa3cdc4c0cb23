//! The verdict protocol (`specgen-verdict: blocked|skipped: <reason>`), the
//! script client's buffering of PUBLISHes that arrive before an awaited
//! acknowledgement, the retained-message guard and the suite's topic matcher.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::thread;

use mqtt_conformance::expect::{each_case, topic_matches};
use mqtt_conformance::prelude::*;
use mqtt_conformance::verdict::{self, Verdict};

fn plain_failure() -> ScriptError {
    ScriptError {
        kind: ErrorKind::Timeout,
        message: "expected PUBREL id=1, nothing arrived within 2s\n  detail".into(),
        transcript: "exchange with x:\n  0.000s -> PUBREC id=1\n".into(),
        broker_log: Some("log line".into()),
    }
}

#[test]
fn blocked_and_skipped_begin_with_the_verdict_line() {
    let b = blocked("QoS 2 flow failed:\n  no PUBREL");
    assert!(b.to_string().starts_with("specgen-verdict: blocked: QoS 2 flow failed: no PUBREL\n"), "{b}");
    assert!(b.message.starts_with("specgen-verdict: blocked: "));
    let s = skipped("needs a private broker");
    assert!(s.to_string().starts_with("specgen-verdict: skipped: needs a private broker\n"), "{s}");
    assert_eq!(verdict::of(&s), Some((Verdict::Skipped, "needs a private broker")));
    assert_eq!(verdict::of(&plain_failure()), None);
}

#[test]
fn libtest_error_output_has_the_verdict_at_the_start_of_a_line() {
    // libtest prints `Error: {e:?}` for a test returning Err.
    let printed = format!("Error: {:?}", blocked("a vehicle failed"));
    assert!(printed.lines().any(|l| l == "specgen-verdict: blocked: a vehicle failed"), "{printed}");
    // A plain failure's Debug output is unchanged (Display).
    let f = plain_failure();
    assert_eq!(format!("{f:?}"), f.to_string());
}

#[test]
fn context_goes_below_the_verdict_line() {
    let e = Err::<(), _>(blocked("no PUBREL")).because("QoS 2 delivery").unwrap_err();
    let mut lines = e.message.lines();
    assert_eq!(lines.next(), Some("specgen-verdict: blocked: no PUBREL"));
    assert_eq!(lines.next(), Some("QoS 2 delivery"));
    let plain = Err::<(), _>(plain_failure()).because("why").unwrap_err();
    assert!(plain.message.starts_with("why: expected PUBREL"), "{}", plain.message);
}

#[test]
fn run_keeps_the_verdict_line_before_the_test_name() {
    let e = run(|_| Err(skipped("not here"))).unwrap_err();
    let mut lines = e.message.lines();
    assert_eq!(lines.next(), Some("specgen-verdict: skipped: not here"));
    let second = lines.next().unwrap_or_default();
    assert!(second.contains("run_keeps_the_verdict_line_before_the_test_name"), "{}", e.message);
    // A plain failure still starts with the test name.
    let e = run(|_| Err(plain_failure())).unwrap_err();
    assert!(e.message.starts_with("verdicts::run_keeps"), "{}", e.message);
}

#[test]
fn a_failed_vehicle_step_is_blocked_and_keeps_the_transcript() {
    let e = Err::<(), _>(plain_failure()).vehicle("the QoS 2 flow").unwrap_err();
    assert_eq!(
        verdict::of(&e),
        Some((Verdict::Blocked, "the QoS 2 flow failed: expected PUBREL id=1, nothing arrived within 2s"))
    );
    assert!(e.message.ends_with("\n  detail"));
    assert_eq!(e.transcript, plain_failure().transcript);
    assert_eq!(e.broker_log.as_deref(), Some("log line"));
    assert_eq!(verdict::vehicle("x", Ok::<u8, ScriptError>(7)).unwrap(), 7);
    // A verdict from a nested vehicle passes through unchanged.
    let inner = Err::<(), _>(skipped("private config")).vehicle("outer").unwrap_err();
    assert_eq!(verdict::of(&inner), Some((Verdict::Skipped, "private config")));
}

#[test]
fn each_case_reports_a_plain_failure_before_a_verdict() {
    let e = each_case(
        "cases",
        vec![
            case("blocked one", || Err(blocked("vehicle"))),
            case("failing one", || Err(plain_failure())),
            case("passing one", || Ok(())),
        ],
    )
    .unwrap_err();
    assert!(!verdict::is_verdict(&e), "{}", e.message);
    assert!(e.message.contains("first (failing one)"), "{}", e.message);
    let e =
        each_case("cases", vec![case("ok", || Ok(())), case("blocked one", || Err(blocked("vehicle")))]).unwrap_err();
    assert_eq!(verdict::of(&e), Some((Verdict::Blocked, "vehicle")));
}

// ---------------------------------------------------------- a scripted server

fn read_n(s: &mut TcpStream, n: usize) -> Vec<u8> {
    let mut buf = vec![0u8; n];
    s.read_exact(&mut buf).expect("scripted server read");
    buf
}

/// Read one whole packet (fixed header, remaining length < 128).
fn read_packet(s: &mut TcpStream) -> Vec<u8> {
    let head = read_n(s, 2);
    assert!(head[1] < 128);
    let mut p = head.clone();
    p.extend(read_n(s, head[1] as usize));
    p
}

/// A one-connection server running `script` on a thread; returns its address.
fn scripted(script: impl FnOnce(TcpStream) + Send + 'static) -> (String, thread::JoinHandle<()>) {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = l.local_addr().expect("addr").to_string();
    let h = thread::spawn(move || {
        let (s, _) = l.accept().expect("accept");
        script(s)
    });
    (addr, h)
}

fn send(s: &mut TcpStream, p: impl Into<Packet>) {
    s.write_all(&p.into().encode()).expect("scripted server write");
}

#[test]
fn publishes_before_the_suback_are_kept_for_the_next_receive() {
    let (addr, h) = scripted(|mut s| {
        read_packet(&mut s); // CONNECT
        send(&mut s, ConnAck::new(false, ConnectReturnCode::Accepted));
        read_packet(&mut s); // SUBSCRIBE id=1
                             // 3.8.4: retained messages may be sent before the SUBACK.
        send(&mut s, Publish::new("r/a", "first").retain(true));
        send(&mut s, Publish::new("r/b", "second").qos(QoS::AtLeastOnce, 9).retain(true));
        send(&mut s, SubAck::new(1, [SubackCode::Granted(QoS::AtLeastOnce)]));
        assert_eq!(read_packet(&mut s), Packet::from(PubAck::new(9)).encode());
    });
    let mut c = Client::connect(addr).unwrap();
    c.connect_ok("c", true).unwrap();
    c.subscribe("r/#", QoS::AtLeastOnce).unwrap();
    assert_eq!(c.receive_publish().unwrap().payload, b"first");
    assert_eq!(c.receive_publish().unwrap().payload, b"second");
    h.join().unwrap();
}

#[test]
fn interleaved_qos2_flows_are_completed_in_any_order() {
    let (addr, h) = scripted(|mut s| {
        read_packet(&mut s); // CONNECT
        send(&mut s, ConnAck::new(false, ConnectReturnCode::Accepted));
        send(&mut s, Publish::new("t", "five").qos(QoS::ExactlyOnce, 5));
        send(&mut s, Publish::new("t", "six").qos(QoS::ExactlyOnce, 6));
        assert_eq!(read_packet(&mut s), Packet::from(PubRec::new(5)).encode());
        send(&mut s, PubRel::new(5));
        assert_eq!(read_packet(&mut s), Packet::from(PubComp::new(5)).encode());
        assert_eq!(read_packet(&mut s), Packet::from(PubRec::new(6)).encode());
        send(&mut s, PubRel::new(6));
        assert_eq!(read_packet(&mut s), Packet::from(PubComp::new(6)).encode());
    });
    let mut c = Client::connect(addr).unwrap();
    c.connect_ok("c", true).unwrap();
    assert_eq!(c.receive_publish().unwrap().payload, b"five");
    assert_eq!(c.receive_publish().unwrap().payload, b"six");
    h.join().unwrap();
}

#[test]
fn a_wrong_packet_instead_of_the_suback_still_fails() {
    let (addr, h) = scripted(|mut s| {
        read_packet(&mut s);
        send(&mut s, ConnAck::new(false, ConnectReturnCode::Accepted));
        read_packet(&mut s);
        send(&mut s, UnsubAck::new(1));
    });
    let mut c = Client::connect(addr).unwrap();
    c.connect_ok("c", true).unwrap();
    let e = c.subscribe("x", QoS::AtMostOnce).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Unexpected, "{e}");
    h.join().unwrap();
}

#[test]
fn the_retained_guard_clears_what_the_test_retained() {
    let b = Broker::start_mosquitto().unwrap_or_else(|e| panic!("{e}"));
    let t = unique_topic("guard");
    {
        let _kept = retained(&b, &t);
        connected(&b, "p")
            .unwrap()
            .publish_packet(Publish::new(&t, "kept").qos(QoS::AtLeastOnce, 1).retain(true))
            .unwrap();
        let mut s = subscriber(&b, &t, QoS::AtLeastOnce).unwrap();
        assert_eq!(s.receive_publish().unwrap().payload, b"kept");
    }
    let mut s = subscriber(&b, &t, QoS::AtLeastOnce).unwrap();
    expect_only_marker(&b, &mut s, &t).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn topic_matching_follows_the_spec_examples() {
    for (filter, topic, want) in [
        ("sport/tennis/player1/#", "sport/tennis/player1", true),
        ("sport/tennis/player1/#", "sport/tennis/player1/score/wimbledon", true),
        ("sport/#", "sport", true),
        ("#", "anything/at/all", true),
        ("sport/tennis/+", "sport/tennis/player2", true),
        ("sport/tennis/+", "sport/tennis/player1/ranking", false),
        ("sport/+", "sport", false),
        ("sport/+", "sport/", true),
        ("+/+", "/finance", true),
        ("/+", "/finance", true),
        ("+", "/finance", false),
        ("#", "$SYS/x", false),
        ("+/monitor/Clients", "$SYS/monitor/Clients", false),
        ("$SYS/monitor/+", "$SYS/monitor/Clients", true),
        ("ACCOUNTS", "Accounts", false),
    ] {
        assert_eq!(topic_matches(filter, topic), want, "{filter} vs {topic}");
    }
}
