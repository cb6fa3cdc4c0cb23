//! Helpers of the 5.0 tests of sections 3.8 - 3.11, 3.15, 4.7, 4.8 and
//! 4.12: closes after an error (with or without DISCONNECT), refused
//! filters, UNSUBSCRIBE with Reason Codes, shared-subscription groups,
//! enhanced-authentication probes, broker files.

use mqtt_conformance::prelude::*;
use std::time::Instant;

/// Whether the server supports Shared Subscriptions: its CONNACK's Shared
/// Subscription Available (absent means it does).
pub fn shared_available(b: &Broker) -> Result<bool, ScriptError> {
    let (mut c, ack) = accepted_v5(b, Connect::v5(unique_client_id("shared"))).vehicle("a CONNACK")?;
    c.disconnect().vehicle("DISCONNECT")?;
    Ok(ack.properties.shared_subscription_available() != Some(0))
}

/// `Err(skipped)` where the server does not support Shared Subscriptions:
/// the statements about them do not apply (a server without them refuses
/// every `$share/` filter, which would pass the format rules vacuously).
pub fn needs_shared(b: &Broker) -> R {
    if shared_available(b)? {
        return Ok(());
    }
    Err(verdict::skipped("the server does not support Shared Subscriptions (CONNACK Shared Subscription Available 0)"))
}

/// Every QoS level, lowest first.
pub const ALL_QOS: [QoS; 3] = [QoS::AtMostOnce, QoS::AtLeastOnce, QoS::ExactlyOnce];

/// The server must close the connection; 4.13 lets it send a DISCONNECT
/// with a failure Reason Code (0x80 or above) first. Anything else (a
/// SUBACK, a success DISCONNECT, staying open) fails.
pub fn closed_after_error(c: &mut Client) -> R {
    match c.recv() {
        Ok(Packet::DisconnectWith(d)) if !d.reason_code.is_success() => c.expect_closed(),
        Ok(p) => Err(c.fail_with(format!(
            "expected the server to close the connection (after an optional DISCONNECT with a failure Reason Code), received {p}"
        ))),
        Err(e) if e.kind == ErrorKind::Closed => Ok(()),
        Err(e) => Err(e),
    }
}

/// How a server answered a SUBSCRIBE it should not accept.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Closed (possibly after a DISCONNECT with a failure Reason Code).
    Closed,
    /// A SUBACK whose Reason Codes are all failures.
    Failed(Vec<ReasonCode>),
    /// A SUBACK granting at least one filter: not refused.
    Granted(Vec<ReasonCode>),
}

/// Send `m` (a 5.0 SUBSCRIBE of one filter, id 1) on a fresh connection and
/// say how the server answered. Returns the client for failure messages.
pub fn subscribe_answer(b: &Broker, m: Malformed) -> Result<(Refusal, Client), ScriptError> {
    let mut c = connected_v5(b, "badfilter").vehicle("connecting")?;
    c.send_malformed(m)?;
    let answer = match c.recv() {
        Ok(Packet::SubAck(a)) if a.reason_codes.iter().all(|r| !r.is_success()) => Refusal::Failed(a.reason_codes),
        Ok(Packet::SubAck(a)) => Refusal::Granted(a.reason_codes),
        Ok(Packet::DisconnectWith(d)) if !d.reason_code.is_success() => {
            c.expect_closed()?;
            Refusal::Closed
        }
        Ok(p) => return Err(c.fail_with(format!("expected a SUBACK or a close, received {p}"))),
        Err(e) if e.kind == ErrorKind::Closed => Refusal::Closed,
        Err(e) => return Err(e),
    };
    Ok((answer, c))
}

/// A SUBSCRIBE to the Topic Filter `filter` (raw bytes, so it may be
/// ill-formed) must be refused: a close or a SUBACK failure.
pub fn expect_filter_refused(b: &Broker, filter: &[u8]) -> R {
    let m = Malformed::v5(Subscribe::one(1, "x", QoS::AtMostOnce)).string_field("filter[0]", filter);
    let (answer, c) = subscribe_answer(b, m)?;
    match answer {
        Refusal::Closed | Refusal::Failed(_) => Ok(()),
        Refusal::Granted(codes) => Err(c.fail_with(format!(
            "Topic Filter {:?} was accepted ({codes:?}) instead of refused",
            String::from_utf8_lossy(filter)
        ))),
    }
}

/// 5.0 UNSUBSCRIBE of `filters`; returns the UNSUBACK with that packet id.
pub fn unsubscribe_v5(c: &mut Client, filters: &[&str]) -> Result<UnsubAck, ScriptError> {
    let id = c.next_packet_id();
    c.send(Unsubscribe::new(id, filters.iter().copied()))?;
    match c.expect_ack(&format!("UNSUBACK id={id}"), |p| matches!(p, Packet::UnsubAck(a) if a.packet_id == id))? {
        Packet::UnsubAck(a) => Ok(a),
        _ => unreachable!(),
    }
}

/// Whether the server tells a filter with no subscription apart in its
/// UNSUBACK (0x11 No subscription existed, or a failure): it unsubscribes
/// `never`, a filter `c` has not subscribed. Success (0x00) there is
/// allowed, but then no Reason Code shows which filter had a subscription.
pub fn tells_no_subscription_apart(c: &mut Client, never: &str) -> Result<bool, ScriptError> {
    let ack = unsubscribe_v5(c, &[never]).vehicle("UNSUBSCRIBE of a filter with no subscription")?;
    Ok(ack.reason_codes.first().is_some_and(|r| *r == ReasonCode::NoSubscriptionExisted || !r.is_success()))
}

/// SUBSCRIBE `filters` (all with default options) in one packet; every
/// Reason Code must be a grant.
pub fn subscribe_all(c: &mut Client, filters: &[(&str, QoS)]) -> Result<SubAck, ScriptError> {
    let id = c.next_packet_id();
    let ack = c.subscribe_packet(Subscribe::new(id, filters.iter().map(|(f, q)| (f.to_string(), *q))))?;
    if ack.reason_codes.len() != filters.len() || ack.reason_codes.iter().any(|r| !r.is_success()) {
        return Err(c.fail_with(format!("SUBSCRIBE to {filters:?} not granted: {:?}", ack.reason_codes)));
    }
    Ok(ack)
}

/// A 5.0 client with `client_id` on a session that outlives the connection
/// (Session Expiry Interval `expiry` s); returns it and Session Present.
pub fn session_v5(b: &Broker, client_id: &str, clean_start: bool, expiry: u32) -> Result<(Client, bool), ScriptError> {
    let mut c = b.client_v5()?;
    let ack = c.connect_ok_props(client_id, clean_start, Properties::new().with_session_expiry_interval(expiry))?;
    Ok((c, ack.session_present))
}

/// The first PUBLISH to reach any of `clients` within [`wait::reply`]
/// (not acknowledged): which client and the message.
pub fn first_publish(clients: &mut [&mut Client]) -> Result<(usize, Publish), ScriptError> {
    let deadline = Instant::now() + wait::reply();
    // Short turns on each client; the whole wait is bounded by `deadline`.
    let turn = Duration::from_millis(20);
    let saved: Vec<Duration> = clients.iter().map(|c| c.timeout()).collect();
    let result = 'poll: loop {
        for (i, c) in clients.iter_mut().enumerate() {
            c.set_timeout(turn);
            match c.recv() {
                Ok(Packet::Publish(p)) => break 'poll Ok((i, p)),
                Ok(other) => break 'poll Err(c.fail_with(format!("expected a PUBLISH, received {other}"))),
                Err(e) if e.kind == ErrorKind::Timeout => {}
                Err(e) => break 'poll Err(e),
            }
        }
        if Instant::now() >= deadline {
            break Err(
                clients[0].fail_with(format!("no client of the group received a PUBLISH within {:?}", wait::reply()))
            );
        }
    };
    for (c, t) in clients.iter_mut().zip(saved) {
        c.set_timeout(t);
    }
    result
}

/// The wire size of `p` as a 5.0 packet (re-encoded; the codec writes
/// minimal lengths, as servers do).
pub fn wire_size(p: &Packet) -> usize {
    p.encode_for(ProtocolVersion::V5).len()
}

/// An Authentication Method no server knows.
pub const UNKNOWN_AUTH_METHOD: &str = "X-SPECGEN-UNKNOWN-METHOD";
/// A registered SASL mechanism a server with enhanced authentication may support.
pub const SCRAM: &str = "SCRAM-SHA-256";

/// How a server answered a CONNECT carrying an Authentication Method.
pub enum AuthStart {
    /// It continues the exchange with AUTH (it supports the method).
    Auth(Auth),
    /// It answered with a CONNACK.
    ConnAck(ConnAck),
    /// It closed the connection without a CONNACK.
    Closed,
}

/// Send a 5.0 CONNECT with Authentication Method `method` (and some
/// Authentication Data) plus `extra` properties; return the server's first answer.
pub fn start_auth(b: &Broker, method: &str, extra: Properties) -> Result<(Client, AuthStart), ScriptError> {
    let mut c = b.client_v5()?;
    let mut props = Properties::new()
        .with(Property::AuthenticationMethod(method.into()))
        .with(Property::AuthenticationData(b"n,,n=user,r=specgen".to_vec()));
    props.list.extend(extra.list);
    c.send(Connect::v5(unique_client_id("auth")).properties(props))?;
    let start = match c.recv() {
        Ok(Packet::Auth(a)) => AuthStart::Auth(a),
        Ok(Packet::ConnAck(a)) => AuthStart::ConnAck(a),
        Ok(p) => return Err(c.fail_with(format!("expected AUTH or CONNACK, received {p}"))),
        Err(e) if e.kind == ErrorKind::Closed => AuthStart::Closed,
        Err(e) => return Err(e),
    };
    Ok((c, start))
}

/// An AUTH exchange under `method` (a server that continues the
/// authentication with AUTH), or `skipped` when the server refuses the
/// method: such a server sends no AUTH, and the statement is about AUTH
/// packets of an exchange.
pub fn auth_exchange(b: &Broker, method: &str, extra: Properties) -> Result<(Client, Auth), ScriptError> {
    let (c, start) = start_auth(b, method, extra)?;
    match start {
        AuthStart::Auth(a) => Ok((c, a)),
        AuthStart::ConnAck(a) => Err(skipped(format!(
            "the server does not run an enhanced authentication exchange for {method:?}: CONNACK {} instead of AUTH",
            a.reason_code
        ))),
        AuthStart::Closed => Err(skipped(format!(
            "the server does not run an enhanced authentication exchange for {method:?}: it closed the connection"
        ))),
    }
}

/// A connection the server accepted at once for a CONNECT with
/// Authentication Method `method`, or `skipped`: a server that refuses the
/// method, or runs an exchange this suite cannot complete (it knows no
/// method's secrets), gives no such connection.
pub fn accepted_with_method(b: &Broker, method: &str) -> Result<Client, ScriptError> {
    let (c, start) = start_auth(b, method, Properties::new())?;
    match start {
        AuthStart::ConnAck(a) if a.reason_code.is_success() => Ok(c),
        AuthStart::ConnAck(a) => Err(skipped(format!(
            "needs a connection authenticated with {method:?}; the server refused it with CONNACK {}",
            a.reason_code
        ))),
        AuthStart::Auth(_) => Err(skipped(format!(
            "needs a connection authenticated with {method:?}; the server asks for an AUTH exchange the suite cannot complete"
        ))),
        AuthStart::Closed => Err(skipped(format!(
            "needs a connection authenticated with {method:?}; the server closed the connection"
        ))),
    }
}
