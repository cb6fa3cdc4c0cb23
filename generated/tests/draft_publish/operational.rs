//! 4 Operational behaviour: sessions, QoS flows, retry, ordering, topics, errors.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// Send every PUBLISH first, then complete all their QoS flows, so several
/// messages are in flight at once. Returns when every flow is complete.
fn publish_pipelined(c: &mut Client, msgs: &[Publish]) -> Result<(), ScriptError> {
    for m in msgs {
        c.send(m.clone())?;
    }
    let mut open = msgs.iter().filter(|m| m.qos != QoS::AtMostOnce).count();
    while open > 0 {
        match c.recv()? {
            Packet::PubAck(_) | Packet::PubComp(_) => open -= 1,
            Packet::PubRec(r) => c.send(PubRel::new(r.packet_id))?,
            other => return Err(c.fail_with(format!("unexpected {other} while completing QoS flows"))),
        }
    }
    Ok(())
}

#[test]
fn session_state_is_kept_across_connections_of_a_session() -> Result<(), ScriptError> {
    // covers: MQTT-4.1.0-1
    let b = Broker::start()?;
    let id = unique_client_id("session");
    let topic = unique_topic("session");
    let (mut s, _) = persistent(&b, &id)?;
    s.subscribe(&topic, QoS::AtLeastOnce)?;
    let mut publ = connected(&b, "pub")?;
    publ.publish(&topic, b"unacknowledged", QoS::AtLeastOnce)?;
    next_publish(&mut s)?;
    drop(s); // network connection lost, session continues
    publ.publish(&topic, b"queued", QoS::AtLeastOnce)?;
    let (mut s, present) = persistent(&b, &id)?;
    let got = drain_publishes(&mut s)?;
    if !present || payloads(&got) != ["unacknowledged", "queued"] {
        return Err(s.fail_with(format!(
            "MQTT-4.1.0-1: session present={present}, delivered {:?}; the session's unacknowledged and \
             queued messages must survive the reconnect",
            payloads(&got)
        )));
    }
    publ.publish(&topic, b"subscription kept", QoS::AtLeastOnce)?;
    if payloads(&drain_publishes(&mut s)?) != ["subscription kept"] {
        return Err(s.fail_with("MQTT-4.1.0-1: the session's subscription was lost"));
    }
    Ok(())
}

#[test]
fn session_lasts_while_the_network_connection_is_active() -> Result<(), ScriptError> {
    // covers: MQTT-4.1.0-2
    // A clean session exists exactly as long as its connection: its
    // subscription must still deliver after an idle spell.
    let b = Broker::start()?;
    let topic = unique_topic("alive");
    let mut sub = b.client()?;
    sub.connect_with(Connect::new(unique_client_id("alive")).keep_alive(1))?;
    sub.subscribe(&topic, QoS::AtLeastOnce)?;
    for _ in 0..3 {
        std::thread::sleep(Duration::from_millis(500));
        sub.ping()?;
    }
    connected(&b, "pub")?.publish(&topic, b"still subscribed", QoS::AtLeastOnce)?;
    if payloads(&drain_publishes(&mut sub)?) != ["still subscribed"] {
        return Err(sub.fail_with("MQTT-4.1.0-2: the session ended while its connection was active"));
    }
    Ok(())
}

#[test]
fn qos0_is_sent_with_qos_0_and_dup_0() -> Result<(), ScriptError> {
    // covers: MQTT-4.3.1-1
    let b = Broker::start()?;
    let topic = unique_topic("qos0");
    let mut sub2 = subscriber(&b, &topic, QoS::ExactlyOnce)?;
    let mut sub0 = subscriber(&b, &topic, QoS::AtMostOnce)?;
    let mut publ = connected(&b, "pub")?;
    publ.publish(&topic, b"published at 0", QoS::AtMostOnce)?;
    publ.publish(&topic, b"published at 2", QoS::ExactlyOnce)?;
    for (sub, n) in [(&mut sub2, 1), (&mut sub0, 2)] {
        let got = drain_publishes(sub)?;
        let zeros = got.iter().filter(|p| p.qos == QoS::AtMostOnce).count();
        if zeros != n || got.iter().any(|p| p.qos == QoS::AtMostOnce && p.dup) {
            return Err(sub.fail_with("MQTT-4.3.1-1: QoS 0 deliveries must be PUBLISH QoS=0, DUP=0"));
        }
    }
    Ok(())
}

#[test]
fn qos1_sender_uses_fresh_ids_and_keeps_messages_until_puback() -> Result<(), ScriptError> {
    // covers: MQTT-4.3.2-1
    let b = Broker::start()?;
    let id = unique_client_id("q1send");
    let topic = unique_topic("q1send");
    let (mut s, _) = persistent(&b, &id)?;
    s.subscribe(&topic, QoS::AtLeastOnce)?;
    let mut publ = connected(&b, "pub")?;
    for m in ["m1", "m2", "m3"] {
        publ.publish(&topic, m.as_bytes(), QoS::AtLeastOnce)?;
    }
    let got = [next_publish(&mut s)?, next_publish(&mut s)?, next_publish(&mut s)?];
    let ids: Vec<u16> = got.iter().map(|p| p.packet_id).collect();
    if got.iter().any(|p| p.qos != QoS::AtLeastOnce || p.dup)
        || ids[0] == ids[1]
        || ids[1] == ids[2]
        || ids[0] == ids[2]
    {
        return Err(s.fail_with(format!(
            "MQTT-4.3.2-1: new messages must be QoS=1, DUP=0 with unused packet ids, got ids {ids:?}"
        )));
    }
    s.send(PubAck::new(ids[0]))?;
    s.ping()?;
    drop(s); // m2 and m3 remain unacknowledged
    let (mut s, _) = persistent(&b, &id)?;
    let again = drain_publishes(&mut s)?;
    let again_ids: Vec<u16> = again.iter().map(|p| p.packet_id).collect();
    if payloads(&again) != ["m2", "m3"] || again_ids != ids[1..] {
        return Err(s.fail_with(format!(
            "MQTT-4.3.2-1: only the unacknowledged m2, m3 must be re-sent, got {:?}",
            payloads(&again)
        )));
    }
    Ok(())
}

#[test]
fn qos1_receiver_acks_and_treats_a_reused_id_as_new() -> Result<(), ScriptError> {
    // covers: MQTT-4.3.2-2
    let b = Broker::start()?;
    let topic = unique_topic("q1recv");
    let mut sub = subscriber(&b, &topic, QoS::AtLeastOnce)?;
    let mut publ = connected(&b, "pub")?;
    publ.send(Publish::new(&topic, "one").qos(QoS::AtLeastOnce, 7))?;
    publ.expect(PubAck::new(7))?;
    publ.send(Publish::new(&topic, "two").qos(QoS::AtLeastOnce, 7).dup(true))?;
    publ.expect(PubAck::new(7))?;
    let got = drain_publishes(&mut sub)?;
    if payloads(&got) != ["one", "two"] {
        return Err(sub.fail_with(format!(
            "MQTT-4.3.2-2: after PUBACK a PUBLISH with the same id (even DUP=1) is a new message; got {:?}",
            payloads(&got)
        )));
    }
    Ok(())
}

#[test]
fn qos2_sender_releases_with_the_same_id_and_never_resends_the_publish() -> Result<(), ScriptError> {
    // covers: MQTT-4.3.3-1
    let b = Broker::start()?;
    let id = unique_client_id("q2send");
    let topic = unique_topic("q2send");
    let (mut s, _) = persistent(&b, &id)?;
    s.subscribe(&topic, QoS::ExactlyOnce)?;
    let mut publ = connected(&b, "pub")?;
    publ.publish(&topic, b"a", QoS::ExactlyOnce)?;
    publ.publish(&topic, b"b", QoS::ExactlyOnce)?;
    let (a, bb) = (next_publish(&mut s)?, next_publish(&mut s)?);
    if [&a, &bb].iter().any(|p| p.qos != QoS::ExactlyOnce || p.dup) || a.packet_id == bb.packet_id {
        return Err(s.fail_with("MQTT-4.3.3-1: new messages must be QoS=2, DUP=0 with unused packet ids"));
    }
    for p in [&a, &bb] {
        s.send(PubRec::new(p.packet_id))?;
        s.expect(PubRel::new(p.packet_id))?;
    }
    drop(s); // PUBRELs unacknowledged: on reconnect only they may be re-sent
    let (mut s, _) = persistent(&b, &id)?;
    let again = packets_until_quiet(&mut s)?;
    let want = [Packet::PubRel(PubRel::new(a.packet_id)), Packet::PubRel(PubRel::new(bb.packet_id))];
    if again != want {
        return Err(s.fail_with(
            "MQTT-4.3.3-1: after PUBREL the PUBLISH must not be re-sent; the unacknowledged PUBRELs must be",
        ));
    }
    for p in [&a, &bb] {
        s.send(PubComp::new(p.packet_id))?;
    }
    s.expect_nothing_for(QUIET)
}

#[test]
fn qos2_receiver_delivers_once_and_treats_a_reused_id_after_pubcomp_as_new() -> Result<(), ScriptError> {
    // covers: MQTT-4.3.3-2
    let b = Broker::start()?;
    let topic = unique_topic("q2recv");
    let mut sub = subscriber(&b, &topic, QoS::ExactlyOnce)?;
    let mut publ = connected(&b, "pub")?;
    publ.send(Publish::new(&topic, "first").qos(QoS::ExactlyOnce, 9))?;
    publ.expect(PubRec::new(9))?;
    publ.send(Publish::new(&topic, "first").qos(QoS::ExactlyOnce, 9).dup(true))?;
    publ.expect(PubRec::new(9))?;
    publ.send(PubRel::new(9))?;
    publ.expect(PubComp::new(9))?;
    publ.send(Publish::new(&topic, "second").qos(QoS::ExactlyOnce, 9))?;
    publ.expect(PubRec::new(9))?;
    publ.send(PubRel::new(9))?;
    publ.expect(PubComp::new(9))?;
    let got = drain_publishes(&mut sub)?;
    if payloads(&got) != ["first", "second"] {
        return Err(sub.fail_with(format!(
            "MQTT-4.3.3-2: expected \"first\" once (despite the duplicate PUBLISH) and then \"second\", got {:?}",
            payloads(&got)
        )));
    }
    Ok(())
}

#[test]
fn unacknowledged_publish_and_pubrel_are_resent_on_reconnect() -> Result<(), ScriptError> {
    // covers: MQTT-4.4.0-1
    let b = Broker::start()?;
    let id = unique_client_id("retry");
    let topic = unique_topic("retry");
    let (mut s, _) = persistent(&b, &id)?;
    s.subscribe(&topic, QoS::ExactlyOnce)?;
    let mut publ = connected(&b, "pub")?;
    publ.publish(&topic, b"q1", QoS::AtLeastOnce)?;
    publ.publish(&topic, b"q2", QoS::ExactlyOnce)?;
    let q1 = next_publish(&mut s)?;
    let q2 = next_publish(&mut s)?;
    s.send(PubRec::new(q2.packet_id))?;
    s.expect(PubRel::new(q2.packet_id))?;
    drop(s); // q1 unacknowledged, q2's PUBREL unacknowledged
    let (mut s, _) = persistent(&b, &id)?;
    let mut again = packets_until_quiet(&mut s)?;
    again.sort_by_key(|p| p.packet_type() as u8);
    let ok = match again.as_slice() {
        [Packet::Publish(p), Packet::PubRel(r)] => {
            p.packet_id == q1.packet_id && p.payload == b"q1" && r.packet_id == q2.packet_id
        }
        _ => false,
    };
    if !ok {
        return Err(s.fail_with(format!(
            "MQTT-4.4.0-1: expected PUBLISH id={} and PUBREL id={} re-sent with their original ids",
            q1.packet_id, q2.packet_id
        )));
    }
    Ok(())
}

#[test]
fn accepted_message_is_added_to_the_sessions_of_matching_subscribers() -> Result<(), ScriptError> {
    // covers: MQTT-4.5.0-1
    let b = Broker::start()?;
    let base = unique_topic("owner");
    let id = unique_client_id("offline");
    let (mut away, _) = persistent(&b, &id)?;
    away.subscribe(&format!("{base}/+"), QoS::AtLeastOnce)?;
    away.disconnect()?;
    let mut online = subscriber(&b, &format!("{base}/#"), QoS::AtLeastOnce)?;
    let mut other = subscriber(&b, &format!("{base}/other"), QoS::AtLeastOnce)?;
    connected(&b, "pub")?.publish(&format!("{base}/t"), b"m", QoS::AtLeastOnce)?; // PUBACK: ownership taken
    if payloads(&drain_publishes(&mut online)?) != ["m"] {
        return Err(online.fail_with("MQTT-4.5.0-1: the connected matching subscriber did not get the message"));
    }
    let (mut away, _) = persistent(&b, &id)?;
    if payloads(&drain_publishes(&mut away)?) != ["m"] {
        return Err(away.fail_with("MQTT-4.5.0-1: the message was not added to the offline session's state"));
    }
    other
        .expect_nothing_for(Duration::from_millis(100))
        .map_err(|_| other.fail_with("MQTT-4.5.0-1: a non-matching subscriber got the message"))
}

#[test]
fn resent_publishes_keep_their_original_order() -> Result<(), ScriptError> {
    // covers: MQTT-4.6.0-1
    // Section 4.6 states this rule for Clients; MQTT-4.6.0-6 makes the Server
    // follow the same rules when delivering to subscribers.
    let b = Broker::start()?;
    let id = unique_client_id("resendorder");
    let topic = unique_topic("resendorder");
    let (mut s, _) = persistent(&b, &id)?;
    s.subscribe(&topic, QoS::ExactlyOnce)?;
    let mut publ = connected(&b, "pub")?;
    let sent = ["m1", "m2", "m3", "m4", "m5"];
    for (i, m) in sent.iter().enumerate() {
        let qos = if i % 2 == 0 { QoS::AtLeastOnce } else { QoS::ExactlyOnce };
        publ.publish(&topic, m.as_bytes(), qos)?;
    }
    for _ in sent {
        next_publish(&mut s)?;
    }
    drop(s);
    let (mut s, _) = persistent(&b, &id)?;
    let again = payloads(&drain_publishes(&mut s)?);
    if again != sent {
        return Err(s.fail_with(format!("MQTT-4.6.0-1: re-sent in the order {again:?}, originally sent {sent:?}")));
    }
    Ok(())
}

#[test]
fn pubrels_follow_the_order_of_the_pubrecs() -> Result<(), ScriptError> {
    // covers: MQTT-4.6.0-4
    // Stated for Clients; MQTT-4.6.0-6 applies it to the Server as sender.
    let b = Broker::start()?;
    let topic = unique_topic("relorder");
    let mut s = subscriber(&b, &topic, QoS::ExactlyOnce)?;
    let mut publ = connected(&b, "pub")?;
    for m in ["m1", "m2", "m3"] {
        publ.publish(&topic, m.as_bytes(), QoS::ExactlyOnce)?;
    }
    let ids = [next_publish(&mut s)?.packet_id, next_publish(&mut s)?.packet_id, next_publish(&mut s)?.packet_id];
    let order = [ids[2], ids[0], ids[1]];
    for id in order {
        s.send(PubRec::new(id))?;
    }
    for id in order {
        s.expect(PubRel::new(id))?;
    }
    Ok(())
}

#[test]
fn topics_are_ordered_by_default() -> Result<(), ScriptError> {
    // covers: MQTT-4.6.0-5
    let b = Broker::start()?;
    let topic = unique_topic("ordered");
    let mut sub = subscriber(&b, &topic, QoS::AtLeastOnce)?;
    let sent: Vec<String> = (1..=20).map(|i| format!("m{i}")).collect();
    let msgs: Vec<Publish> =
        sent.iter().zip(1..).map(|(m, id)| Publish::new(&topic, m.as_str()).qos(QoS::AtLeastOnce, id)).collect();
    publish_pipelined(&mut connected(&b, "pub")?, &msgs)?;
    let got = payloads(&drain_publishes(&mut sub)?);
    if got != sent {
        return Err(sub.fail_with(format!("MQTT-4.6.0-5: the topic was not delivered in order: {got:?}")));
    }
    Ok(())
}

#[test]
fn messages_of_one_client_topic_and_qos_are_delivered_in_order() -> Result<(), ScriptError> {
    // covers: MQTT-4.6.0-6
    let b = Broker::start()?;
    let topic = unique_topic("order6");
    let mut subs = [subscriber(&b, &topic, QoS::ExactlyOnce)?, subscriber(&b, &topic, QoS::AtLeastOnce)?];
    let qos_levels = [QoS::AtMostOnce, QoS::AtLeastOnce, QoS::ExactlyOnce];
    // Interleaved QoS levels, several in flight at once.
    let msgs: Vec<Publish> = (0..24u16)
        .map(|i| {
            let qos = qos_levels[i as usize % 3];
            Publish::new(&topic, format!("{}-{}", qos as u8, i / 3)).qos(qos, i + 1)
        })
        .collect();
    publish_pipelined(&mut connected(&b, "pub")?, &msgs)?;
    for sub in &mut subs {
        let got = payloads(&drain_publishes(sub)?);
        for q in 0..3 {
            let seq: Vec<&String> = got.iter().filter(|p| p.starts_with(&format!("{q}-"))).collect();
            let want: Vec<String> = (0..8).map(|i| format!("{q}-{i}")).collect();
            // QoS 0 may be lost, but never reordered; QoS 1 and 2 are all there.
            let in_order = seq.windows(2).all(|w| w[0] < w[1]);
            if !in_order || (q > 0 && seq.iter().map(|s| s.as_str()).ne(want.iter().map(|s| s.as_str()))) {
                return Err(sub.fail_with(format!("MQTT-4.6.0-6: QoS {q} messages delivered as {seq:?}")));
            }
        }
    }
    Ok(())
}

#[test]
fn publish_topic_name_with_wildcard_characters_closes_the_connection() -> Result<(), ScriptError> {
    // covers: MQTT-4.7.1-1
    let b = Broker::start()?;
    for name in ["+", "#", "x+y", "x#y"] {
        let mut c = connected(&b, "wildname")?;
        c.send(Publish::new(format!("{}/{name}", unique_topic("wildname")), "x").qos(QoS::AtLeastOnce, 1))?;
        c.expect_closed()?;
    }
    Ok(())
}

#[test]
fn multi_level_wildcard_must_be_last_and_a_whole_level() -> Result<(), ScriptError> {
    // covers: MQTT-4.7.1-2
    let b = Broker::start()?;
    for bad in ["sport/tennis#", "sport/tennis/#/ranking", "#/x", "x/##"] {
        let (refused, c) = subscribe_refused(&b, bad.as_bytes())?;
        if !refused {
            return Err(c.fail_with(format!("MQTT-4.7.1-2: invalid filter {bad:?} was accepted")));
        }
    }
    // Valid placements: alone at the end, including the parent level.
    let base = unique_topic("hash");
    let mut sub = subscriber(&b, &format!("{base}/#"), QoS::AtMostOnce)?;
    let mut publ = connected(&b, "pub")?;
    publ.publish(&base, b"parent", QoS::AtMostOnce)?;
    publ.publish(&format!("{base}/a/b"), b"child", QoS::AtMostOnce)?;
    if payloads(&drain_publishes(&mut sub)?) != ["parent", "child"] {
        return Err(sub.fail_with("MQTT-4.7.1-2: a valid trailing '#' filter did not match parent and children"));
    }
    Ok(())
}

#[test]
fn single_level_wildcard_must_occupy_a_whole_level() -> Result<(), ScriptError> {
    // covers: MQTT-4.7.1-3
    let b = Broker::start()?;
    for bad in ["sport+", "sport/+tennis", "+x/y", "a/++"] {
        let (refused, c) = subscribe_refused(&b, bad.as_bytes())?;
        if !refused {
            return Err(c.fail_with(format!("MQTT-4.7.1-3: invalid filter {bad:?} was accepted")));
        }
    }
    // Valid at the first and the last level.
    let base = unique_topic("plus");
    let (first, rest) = base.split_once('/').expect("unique topics have two levels");
    let mut sub = subscriber(&b, &format!("+/{rest}/+"), QoS::AtMostOnce)?;
    connected(&b, "pub")?.publish(&format!("{first}/{rest}/x"), b"m", QoS::AtMostOnce)?;
    if payloads(&drain_publishes(&mut sub)?) != ["m"] {
        return Err(sub.fail_with("MQTT-4.7.1-3: '+' as first and last level did not match"));
    }
    Ok(())
}

#[test]
fn wildcard_first_filters_do_not_match_dollar_topics() -> Result<(), ScriptError> {
    // covers: MQTT-4.7.2-1
    let b = Broker::start()?;
    let uniq = unique_client_id("dollar");
    let dollar = format!("$conformance-{uniq}/mon");
    let mut wild = connected(&b, "wild")?;
    wild.send(Subscribe::new(
        1,
        [
            ("#".to_string(), QoS::AtMostOnce),
            ("+/mon".to_string(), QoS::AtMostOnce),
            ("+/#".to_string(), QoS::AtMostOnce),
        ],
    ))?;
    wild.expect_matching("SUBACK", |p| matches!(p, Packet::SubAck(_)))?;
    let mut control = subscriber(&b, &format!("$conformance-{uniq}/#"), QoS::AtMostOnce)?;
    connected(&b, "pub")?.publish(&dollar, b"m", QoS::AtLeastOnce)?;
    let reached = payloads(&drain_publishes(&mut control)?) == ["m"];
    if !reached {
        // The server keeps clients from using $ topics (a SHOULD); retained
        // $SYS messages, if any, are still checked below.
        control.note("the server did not route the client's $ topic");
    }
    let got = drain_publishes(&mut wild)?;
    if let Some(p) = got.iter().find(|p| p.topic.starts_with('$')) {
        return Err(wild.fail_with(format!("MQTT-4.7.2-1: '#', '+/...' matched {:?}", p.topic)));
    }
    Ok(())
}

#[test]
fn empty_topic_names_and_filters_are_refused() -> Result<(), ScriptError> {
    // covers: MQTT-4.7.3-1
    let b = Broker::start()?;
    let mut c = connected(&b, "emptyname")?;
    c.send(Publish::new("", "x").qos(QoS::AtLeastOnce, 1))?;
    c.expect_closed()?;
    let (refused, c) = subscribe_refused(&b, b"")?;
    if !refused {
        return Err(c.fail_with("MQTT-4.7.3-1: an empty Topic Filter was accepted in SUBSCRIBE"));
    }
    let mut c = connected(&b, "emptyunsub")?;
    c.send(Unsubscribe::new(1, [""]))?;
    c.expect_closed()
}

#[test]
fn null_character_in_topic_names_and_filters_is_refused() -> Result<(), ScriptError> {
    // covers: MQTT-4.7.3-2
    let b = Broker::start()?;
    let mut c = connected(&b, "nulname")?;
    c.send_malformed(Malformed::from(Publish::new("t", "x")).string_field("topic", b"a/\0/b"))?;
    c.expect_closed()?;
    let (refused, c) = subscribe_refused(&b, b"a/\0/b")?;
    if !refused {
        return Err(c.fail_with("MQTT-4.7.3-2: a Topic Filter with U+0000 was accepted in SUBSCRIBE"));
    }
    let mut c = connected(&b, "nulunsub")?;
    c.send_malformed(Malformed::from(Unsubscribe::new(1, ["x"])).string_field("filter[0]", b"a/\0/b"))?;
    c.expect_closed()
}

#[test]
fn matching_does_not_normalize_topics() -> Result<(), ScriptError> {
    // covers: MQTT-4.7.3-4
    let b = Broker::start()?;
    let base = unique_topic("nonorm");
    let filters = ["caf\u{e9}", "Accounts", "x", "\u{e000}\u{1f600}"].map(|t| format!("{base}/{t}"));
    let mut sub = connected(&b, "sub")?;
    sub.send(Subscribe::new(1, filters.iter().map(|f| (f.clone(), QoS::AtMostOnce))))?;
    sub.expect_matching("SUBACK", |p| matches!(p, Packet::SubAck(_)))?;
    let mut publ = connected(&b, "pub")?;
    // Canonically equivalent, differently cased, trailing '/': all distinct topics.
    for t in ["cafe\u{301}", "ACCOUNTS", "x/"] {
        publ.publish(&format!("{base}/{t}"), b"no", QoS::AtMostOnce)?;
    }
    for f in &filters {
        publ.publish(f, b"yes", QoS::AtMostOnce)?;
    }
    let got = drain_publishes(&mut sub)?;
    let topics: Vec<&str> = got.iter().map(|p| p.topic.as_str()).collect();
    if topics != filters.iter().map(|f| f.as_str()).collect::<Vec<_>>() {
        return Err(sub.fail_with(format!(
            "MQTT-4.7.3-4: expected exactly the identical topics {filters:?}, delivered {topics:?}"
        )));
    }
    Ok(())
}

#[test]
fn protocol_violation_closes_the_connection() -> Result<(), ScriptError> {
    // covers: MQTT-4.8.0-1
    // Packets only a Server may send, sent by a client.
    let b = Broker::start()?;
    let server_only: [Packet; 4] = [
        ConnAck::accepted(false).into(),
        SubAck::new(1, [SubackCode::Granted(QoS::AtMostOnce)]).into(),
        UnsubAck::new(1).into(),
        Packet::PingResp,
    ];
    let mut open = Vec::new();
    for p in server_only {
        let mut c = connected(&b, "violation")?;
        c.send(p.clone())?;
        if let Err(e) = c.expect_closed_within(Duration::from_secs(1)) {
            open.push((p.packet_type(), e));
        }
    }
    match open.pop() {
        None => Ok(()),
        Some((last, e)) => {
            let mut names: Vec<_> = open.iter().map(|(t, _)| t.name()).collect();
            names.push(last.name());
            Err(ScriptError {
                message: format!("MQTT-4.8.0-1: connection not closed after {names:?}; last: {}", e.message),
                ..e
            })
        }
    }
}

#[test]
fn transient_error_closes_the_connection() -> Result<(), ScriptError> {
    // covers: MQTT-4.8.0-2
    // A memory limit makes a large PUBLISH hit "internal buffer full", the
    // spec's example of a Transient Error. An external target cannot be
    // configured this way.
    let Some(b) = Broker::start_with_config("memory_limit 4000000")? else {
        return Ok(());
    };
    let mut bystander = connected(&b, "bystander")?;
    let mut c = connected(&b, "transient")?;
    // The server may close while the packet is still being sent.
    match c.send(Publish::new(unique_topic("transient"), vec![b'x'; 8_000_000]).qos(QoS::AtLeastOnce, 1)) {
        Err(e) if e.kind == ErrorKind::Closed => {}
        sent => {
            sent?;
            c.expect_closed().map_err(|e| ScriptError {
                message: format!("MQTT-4.8.0-2: the packet that could not be processed must close: {}", e.message),
                ..e
            })?;
        }
    }
    bystander.ping() // SHOULD NOT affect other clients
}
