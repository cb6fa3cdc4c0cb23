//! Helpers of the 5.0 tests of sections 1.5, 2.1, 2.2, 3.2, 3.4-3.7, 3.12
//! and 3.14: closes for an error (with at most one DISCONNECT or refusing
//! CONNACK first), stored 5.0 sessions, size limits on server packets.

use mqtt_conformance::prelude::*;

/// Session Expiry Interval of the sessions these tests store (seconds):
/// long enough to outlive the test, the broker dies with the test anyway.
pub const SESSION_EXPIRY: u32 = 300;

/// A Maximum Packet Size a client announces so that a server adding a
/// Reason String or User Property to a small packet could exceed it, while
/// the ordinary packets of the tests (CONNACK, acks, DISCONNECT) fit.
pub const SMALL_MAX_PACKET: u32 = 32;

/// The server must close `c` for an error in a packet other than CONNECT:
/// either at once, or after one DISCONNECT whose Reason Code is in
/// `allowed` (section 4.13.1: the close is a MUST, the DISCONNECT a SHOULD);
/// an empty `allowed` admits any failure Reason Code.
pub fn expect_error_close(c: &mut Client, allowed: &[ReasonCode]) -> R {
    match c.recv() {
        Err(e) if e.kind == ErrorKind::Closed => Ok(()),
        Err(e) if e.kind == ErrorKind::Timeout => {
            Err(c.fail_with(format!("expected the server to close the connection, still open after {:?}", c.timeout())))
        }
        Err(e) => Err(e),
        Ok(Packet::DisconnectWith(d)) if admits(allowed, d.reason_code) => c.expect_closed(),
        Ok(Packet::DisconnectWith(d)) => Err(c.fail_with(format!(
            "closing for the error, the server sent DISCONNECT {} instead of one of {}",
            d.reason_code,
            names(allowed)
        ))),
        Ok(other) => Err(c.fail_with(format!(
            "expected the server to close the connection (after at most a DISCONNECT with one of {}), received {other}",
            names(allowed)
        ))),
    }
}

/// The server must refuse the CONNECT just sent on `c` and close: either at
/// once, or after a CONNACK whose Reason Code is in `allowed` (all >= 0x80;
/// empty: any failure Reason Code).
pub fn expect_connect_refused(c: &mut Client, allowed: &[ReasonCode]) -> R {
    match c.recv() {
        Err(e) if e.kind == ErrorKind::Closed => Ok(()),
        Err(e) if e.kind == ErrorKind::Timeout => Err(c.fail_with(format!(
            "expected a refusal (a CONNACK with one of {} or a close), nothing arrived within {:?}",
            names(allowed),
            c.timeout()
        ))),
        Err(e) => Err(e),
        Ok(Packet::ConnAck(a)) if admits(allowed, a.reason_code) => c.expect_closed(),
        Ok(Packet::ConnAck(a)) => Err(c.fail_with(format!(
            "expected a refusal with one of {} (or a close), the CONNACK has {}",
            names(allowed),
            a.reason_code
        ))),
        Ok(other) => Err(c.fail_with(format!("expected a refusing CONNACK or a close, received {other}"))),
    }
}

/// A refusing CONNACK (Reason Code >= 0x80) to the CONNECT just sent; a
/// close or an accepting CONNACK is a blocked vehicle.
pub fn refusing_connack(c: &mut Client) -> Result<ConnAck, ScriptError> {
    let step = "a refusing CONNACK";
    match c.recv() {
        Ok(Packet::ConnAck(a)) if !a.reason_code.is_success() => Ok(a),
        Ok(other) => Err(c.fail_with(format!("the server answered {other}"))).vehicle(step),
        Err(e) => Err(e).vehicle(step),
    }
}

/// `code` is in `allowed`, or `allowed` is empty and `code` is a failure.
fn admits(allowed: &[ReasonCode], code: ReasonCode) -> bool {
    allowed.contains(&code) || (allowed.is_empty() && !code.is_success())
}

fn names(codes: &[ReasonCode]) -> String {
    if codes.is_empty() {
        return "any failure Reason Code".into();
    }
    codes.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(", ")
}

/// A 5.0 CONNECT starting or resuming a session that outlives the
/// connection (clean start 0, Session Expiry Interval [`SESSION_EXPIRY`]).
pub fn lasting(id: &str) -> Connect {
    Connect::v5(id).clean_start(false).properties(Properties::new().with_session_expiry_interval(SESSION_EXPIRY))
}

/// `id` gets a stored session subscribed to `topic` at QoS 1, then
/// disconnects normally. A vehicle step.
pub fn store_session_v5(b: &Broker, id: &str, topic: &str) -> R {
    let step = "storing a 5.0 session with a subscription";
    let (mut x, _) = accepted_v5(b, lasting(id)).vehicle(step)?;
    x.subscribe(topic, QoS::AtLeastOnce).vehicle(step)?;
    x.disconnect().vehicle(step)
}

/// `what` (a packet the server sent to a client that announced Maximum
/// Packet Size `max`) carries a property `id` (Reason String or User
/// Property): then the packet must fit in `max` bytes. Its size is that of
/// its encoding, which is exact for a packet with properties (the decoder
/// has checked the Variable Byte Integers were minimal).
pub fn property_within_max(c: &Client, packet: &Packet, id: PropertyId, max: u32) -> R {
    let Some(props) = packet.properties() else { return Ok(()) };
    if props.all_of(id).is_empty() {
        return Ok(());
    }
    let size = packet.encode_v5().len();
    if size > max as usize {
        return Err(c.fail_with(format!(
            "{} carries a {} and is {size} bytes, beyond the client's Maximum Packet Size {max}",
            packet.summary(),
            id.name()
        )));
    }
    Ok(())
}

/// A server packet's failure to decode is the statement's failure (the
/// decoder checks Reason Codes, flags and encodings); any other failure of
/// `step` is a vehicle's.
pub fn decoder_checked<T>(r: Result<T, ScriptError>, step: &str) -> Result<T, ScriptError> {
    match r {
        Err(e) if e.kind != ErrorKind::Malformed => Err(e).vehicle(step),
        r => r,
    }
}

/// A mosquitto ACL file allowing anonymous clients every topic under
/// `mqtt-conformance/` except `mqtt-conformance/denied/#`, for provoking
/// "Not authorized" acknowledgements; kept alive by the returned handle.
pub fn acl_file() -> Result<tempfile::NamedTempFile, ScriptError> {
    use std::io::Write;
    use std::os::unix::fs::PermissionsExt;
    let fail =
        |message: String| ScriptError { kind: ErrorKind::Io, message, transcript: String::new(), broker_log: None };
    let mut f = tempfile::NamedTempFile::new().map_err(|e| fail(format!("ACL file: {e}")))?;
    // Without a `user` line the rules are those of anonymous clients; a
    // topic not listed is denied.
    f.write_all(b"topic readwrite mqtt-conformance/allowed/#\n").map_err(|e| fail(format!("ACL file: {e}")))?;
    f.as_file().set_permissions(std::fs::Permissions::from_mode(0o644)).map_err(|e| fail(format!("ACL file: {e}")))?;
    Ok(f)
}

/// A topic the [`acl_file`] allows.
pub fn allowed_topic(prefix: &str) -> String {
    unique_topic(prefix).replacen("mqtt-conformance/", "mqtt-conformance/allowed/", 1)
}

/// A topic the [`acl_file`] denies.
pub fn denied_topic(prefix: &str) -> String {
    unique_topic(prefix).replacen("mqtt-conformance/", "mqtt-conformance/denied/", 1)
}

/// Ill-formed UTF-8 (a stray 0xFF, a surrogate half U+D800, an overlong
/// '/', a truncated 3-byte sequence), as in the 3.1.1 suite.
pub const ILL_FORMED: [&[u8]; 4] = [b"a\xffb", b"a\xed\xa0\x80", b"a\xc0\xaf", b"a\xe2\x82"];

/// A User Property written byte for byte (key and value as given, each
/// with its two-byte length), so either can hold ill-formed UTF-8.
pub fn raw_user_property(key: &[u8], value: &[u8]) -> Property {
    let mut v = Vec::new();
    for s in [key, value] {
        v.extend_from_slice(&(s.len() as u16).to_be_bytes());
        v.extend_from_slice(s);
    }
    Property::Raw { id: 0x26, value: v }
}

/// Every packet `c` receives until the server closes the connection; a
/// failure to close within the reply wait is a blocked vehicle `step`.
pub fn packets_until_close(c: &mut Client, step: &str) -> Result<Vec<Packet>, ScriptError> {
    let mut got = Vec::new();
    loop {
        match c.recv() {
            Ok(p) => got.push(p),
            Err(e) if e.kind == ErrorKind::Closed => return Ok(got),
            Err(e) => return decoder_checked(Err(e), step),
        }
    }
}

/// [`packets_before_pingresp`], with a failure other than an undecodable
/// packet (no PINGRESP) a blocked vehicle `step`.
pub fn answers_before_pingresp(c: &mut Client, step: &str) -> Result<Vec<Packet>, ScriptError> {
    decoder_checked(packets_before_pingresp(c), step)
}

/// How a server connection ended after a provocation: the packets the
/// client received until the close.
pub struct Ending {
    pub what: &'static str,
    pub client: Client,
    pub packets: Vec<Packet>,
}

impl Ending {
    /// The first DISCONNECT the server sent, if any.
    pub fn disconnect(&self) -> Option<&Packet> {
        self.packets.iter().find(|p| matches!(p, Packet::Disconnect | Packet::DisconnectWith(_)))
    }
}

/// Situations in which a server closes a 5.0 connection and may send a
/// DISCONNECT first (mosquitto does for some): a session taken over, a
/// second CONNECT, a PUBLISH with QoS 3, a Topic Alias 0, a PUBREL with bad
/// flags. Returns each client right after the provocation. Clients connect
/// with `props` (e.g. a Maximum Packet Size).
pub fn provocations(b: &Broker, props: &Properties) -> Result<Vec<(&'static str, Client)>, ScriptError> {
    let connect = |id: &str| Connect::v5(id).properties(props.clone());
    let mut out = Vec::new();
    let id = unique_client_id("taken");
    let (old, _) = accepted_v5(b, connect(&id)).vehicle("connecting")?;
    accepted_v5(b, connect(&id)).vehicle("taking the session over")?;
    out.push(("session taken over", old));
    let broken: [(&'static str, Malformed); 4] = [
        ("second CONNECT", Malformed::v5(Connect::v5(unique_client_id("again")))),
        (
            "PUBLISH with QoS 3",
            Malformed::v5(Publish::new(unique_topic("qos3"), "x").qos(QoS::AtLeastOnce, 1)).qos_bits(3),
        ),
        ("Topic Alias 0", Malformed::topic_alias(&unique_topic("alias"), 0)),
        ("PUBREL with flags 0", Malformed::v5(PubRel::new(1)).flags(0)),
    ];
    for (what, m) in broken {
        let (mut c, _) = accepted_v5(b, connect(&unique_client_id("end"))).vehicle("connecting")?;
        c.send_malformed(m).vehicle(what)?;
        out.push((what, c));
    }
    Ok(out)
}

/// mosquitto settings under which it closes connections for reasons of
/// their own: Maximum QoS, Retain Available, Maximum Packet Size.
pub const LIMITS: &str = "max_qos 0\nretain_available false\nmax_packet_size 100";

/// Like [`provocations`], on a broker with the [`LIMITS`]: a QoS 1
/// PUBLISH, a retained PUBLISH, a PUBLISH far above the Maximum Packet Size.
pub fn limit_provocations(b: &Broker, props: &Properties) -> Result<Vec<(&'static str, Client)>, ScriptError> {
    let t = unique_topic("limit");
    let broken: [(&'static str, Malformed); 3] = [
        ("PUBLISH above the Maximum QoS", Malformed::v5(Publish::new(&t, "x").qos(QoS::AtLeastOnce, 1))),
        ("retained PUBLISH without Retain Available", Malformed::v5(Publish::new(&t, "x").retain(true))),
        ("PUBLISH above the Maximum Packet Size", Malformed::publish_of_size(&t, 300)),
    ];
    let mut out = Vec::new();
    for (what, m) in broken {
        let connect = Connect::v5(unique_client_id("limit")).properties(props.clone());
        let (mut c, _) = accepted_v5(b, connect).vehicle("connecting")?;
        c.send_malformed(m).vehicle(what)?;
        out.push((what, c));
    }
    Ok(out)
}

/// `judge` the [`provocations`] on the test's broker and, on a private
/// broker with the [`LIMITS`] (not against `MQTT_TARGET`), the
/// [`limit_provocations`]; clients connect with `props`.
pub fn on_provocations<F>(props: Properties, judge: F) -> R
where
    F: Fn(Vec<(&'static str, Client)>) -> R + Clone + Send + 'static,
{
    let (p, j) = (props.clone(), judge.clone());
    run(move |b| j(provocations(b, &p)?))?;
    if is_external_target() {
        return Ok(());
    }
    run_with_config(LIMITS, move |b| judge(limit_provocations(b, &props)?))
}

/// The provoked connections, each followed to the close: the packets until
/// then. A connection the server does not close blocks the test.
pub fn endings(provoked: Vec<(&'static str, Client)>) -> Result<Vec<Ending>, ScriptError> {
    let mut endings = Vec::new();
    for (what, mut client) in provoked {
        let packets = packets_until_close(&mut client, &format!("the server closing the connection ({what})"))?;
        endings.push(Ending { what, client, packets });
    }
    Ok(endings)
}

/// The endings that had a DISCONNECT; none at all blocks the test (there
/// was no server DISCONNECT to judge).
pub fn with_disconnect(endings: &[Ending]) -> Result<Vec<(&Ending, &Packet)>, ScriptError> {
    let found: Vec<(&Ending, &Packet)> = endings.iter().filter_map(|e| e.disconnect().map(|d| (e, d))).collect();
    if found.is_empty() {
        let what: Vec<&str> = endings.iter().map(|e| e.what).collect();
        return Err(blocked(format!("the server sent no DISCONNECT in any of {what:?}")));
    }
    Ok(found)
}

/// Calls `check` with every packet of type `ty` (PUBACK, PUBREC, PUBREL
/// or PUBCOMP) the server sends, to clients connected with `props`, in
/// success and error situations: a message with and without subscribers,
/// one whose payload breaks its Payload Format Indicator, one on a topic
/// the [`acl_file`] denies (when `acl` is set), acknowledgements of unknown
/// packet ids. Each packet has decoded (the decoder checks Reason Codes
/// against Table 2-6). Every topic is an [`allowed_topic`].
pub fn server_acks(
    b: &Broker,
    ty: PacketType,
    props: &Properties,
    acl: bool,
    check: &mut dyn FnMut(&Client, &str, &Packet) -> R,
) -> R {
    let connect = || Connect::v5(unique_client_id("ack")).properties(props.clone());
    let mut check_all = |c: &Client, what: &str, got: Vec<Packet>| -> R {
        for p in got.iter().filter(|p| p.packet_type() == ty) {
            check(c, what, p)?;
        }
        Ok(())
    };
    match ty {
        PacketType::PubAck | PacketType::PubRec | PacketType::PubComp => {
            let qos = if ty == PacketType::PubAck { QoS::AtLeastOnce } else { QoS::ExactlyOnce };
            let subscribed = allowed_topic("ack");
            let _sub = subscriber_v5(b, &subscribed, QoS::AtMostOnce).vehicle("subscribing")?;
            let bad_utf8 = Properties::new().with_payload_format_indicator(1);
            let mut publishes = vec![
                ("with a subscriber", Publish::new(&subscribed, "x"), true),
                ("without subscribers", Publish::new(allowed_topic("ack"), "x"), true),
                (
                    "whose payload is not UTF-8 as its format says",
                    Publish::new(&subscribed, &b"\xff\xfe"[..]).properties(bad_utf8),
                    false,
                ),
            ];
            if acl {
                publishes.push(("on a denied topic", Publish::new(denied_topic("ack"), "x"), false));
            }
            for (i, (what, p, must)) in publishes.into_iter().enumerate() {
                let (mut c, _) = accepted_v5(b, connect()).vehicle("connecting")?;
                let id = 0x1000 + i as u16;
                c.send(p.qos(qos, id)).vehicle("publishing")?;
                let mut got = match answers_before_pingresp(&mut c, &format!("the acknowledgement of a PUBLISH {what}"))
                {
                    // A server may close the connection instead of
                    // acknowledging a PUBLISH it refuses (3.3.2.3.2, 4.13).
                    Err(_) if !must && c.is_closed() => continue,
                    got => got?,
                };
                if ty == PacketType::PubComp {
                    // PUBCOMP answers the PUBREL of an accepted QoS 2 message.
                    match got.iter().find(|p| matches!(p, Packet::PubRec(r) if r.packet_id == id)) {
                        Some(Packet::PubRec(r)) if r.reason_code.is_success() => {
                            c.send(PubRel::new(id)).vehicle("PUBREL")?;
                            got = answers_before_pingresp(&mut c, "the PUBCOMP")?;
                        }
                        _ if must => {
                            return Err(c.fail_with(format!("no PUBREC Success to a PUBLISH {what}")))
                                .vehicle("a QoS 2 flow")
                        }
                        _ => continue,
                    }
                }
                if must && !got.iter().any(|p| p.packet_type() == ty) {
                    return Err(c.fail_with(format!("no {ty} to a PUBLISH {what}"))).vehicle("a QoS flow");
                }
                check_all(&c, &format!("PUBLISH {what}"), got)?;
            }
            if ty == PacketType::PubComp {
                let (mut c, _) = accepted_v5(b, connect()).vehicle("connecting")?;
                c.send(PubRel::new(0x2222)).vehicle("PUBREL of an unknown packet id")?;
                let got = answers_before_pingresp(&mut c, "the answer to a PUBREL of an unknown packet id")?;
                check_all(&c, "PUBREL of an unknown packet id", got)?;
            }
        }
        PacketType::PubRel => {
            let t = allowed_topic("rel");
            let (mut sub, _) = accepted_v5(b, connect()).vehicle("connecting")?;
            sub.subscribe(&t, QoS::ExactlyOnce).vehicle("subscribing at QoS 2")?;
            publish_from_other(b, &t, b"x", QoS::ExactlyOnce).vehicle("publishing at QoS 2")?;
            let p = next_publish(&mut sub).vehicle("a QoS 2 delivery")?;
            sub.send(PubRec::new(p.packet_id)).vehicle("PUBREC")?;
            let got = answers_before_pingresp(&mut sub, "the PUBREL of a QoS 2 delivery")?;
            if !got.iter().any(|r| matches!(r, Packet::PubRel(r) if r.packet_id == p.packet_id)) {
                return Err(sub.fail_with("no PUBREL after PUBREC")).vehicle("a QoS 2 delivery");
            }
            check_all(&sub, "QoS 2 delivery", got)?;
            sub.send(PubComp::new(p.packet_id)).vehicle("PUBCOMP")?;
            sub.send(PubRec::new(0x2222)).vehicle("PUBREC of an unknown packet id")?;
            let got = answers_before_pingresp(&mut sub, "the answer to a PUBREC of an unknown packet id")?;
            check_all(&sub, "PUBREC of an unknown packet id", got)?;
        }
        _ => unreachable!("not an acknowledgement of a QoS flow: {ty}"),
    }
    Ok(())
}

/// [`server_acks`] of `ty` on a broker with the [`acl_file`]; each
/// acknowledgement's Reason Code must be one Table 2-6 gives `ty`.
pub fn ack_reason_codes_valid(ty: PacketType) -> R {
    with_acl(move |b, acl| {
        server_acks(b, ty, &Properties::new(), acl, &mut |c, what, p| {
            let code = match p {
                Packet::PubAck(a) => a.reason_code,
                Packet::PubRec(a) => a.reason_code,
                Packet::PubRel(a) => a.reason_code,
                Packet::PubComp(a) => a.reason_code,
                _ => return Ok(()),
            };
            match code.valid_for(ty) {
                true => Ok(()),
                false => Err(
                    c.fail_with(format!("{ty} to a {what} with Reason Code {code}, not one of the {ty} Reason Codes"))
                ),
            }
        })
    })
}

/// A Maximum Packet Size for clients that must still receive the tests'
/// PUBLISHes (topics of about 40 bytes) yet would see a long Reason String
/// or User Property on an acknowledgement exceed it.
pub const DELIVERY_MAX_PACKET: u32 = 64;

/// [`server_acks`] of `ty` to clients announcing [`DELIVERY_MAX_PACKET`]:
/// one carrying property `id` must fit in it.
pub fn ack_property_within_max(ty: PacketType, id: PropertyId) -> R {
    with_acl(move |b, acl| {
        let props = Properties::new().with_maximum_packet_size(DELIVERY_MAX_PACKET);
        server_acks(b, ty, &props, acl, &mut |c, _, p| property_within_max(c, p, id, DELIVERY_MAX_PACKET))
    })
}

/// Run `body` on a private broker with the [`acl_file`] (`acl` true), or,
/// against `MQTT_TARGET`, which cannot be configured, without the cases
/// that need it (`acl` false).
pub fn with_acl(body: impl FnOnce(&Broker, bool) -> R + Send + 'static) -> R {
    if is_external_target() {
        return run(move |b| body(b, false));
    }
    let acl = acl_file()?;
    let config = format!("acl_file {}", acl.path().display());
    run_with_config(&config, move |b| {
        let _kept = acl;
        body(b, true)
    })
}
