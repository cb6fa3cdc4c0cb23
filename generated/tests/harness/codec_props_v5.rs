//! 5.0 round trips: every packet type with properties drawn from those
//! Table 2-4 allows in it, and every property in a packet that allows it.
//! Encode then decode (one shot and streamed) gives the same packet.

use mqtt_conformance::codec::*;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..12).prop_map(|c| c.into_iter().filter(|c| *c != '\0').collect())
}

fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(any::<u8>(), 0..32)
}

fn qos() -> impl Strategy<Value = QoS> {
    prop_oneof![Just(QoS::AtMostOnce), Just(QoS::AtLeastOnce), Just(QoS::ExactlyOnce)]
}

fn id() -> impl Strategy<Value = u16> {
    1..=u16::MAX
}

/// Any value of property `id`.
fn value(id: PropertyId) -> BoxedStrategy<Property> {
    use Property as P;
    use PropertyId as I;
    match id {
        I::PayloadFormatIndicator => any::<u8>().prop_map(P::PayloadFormatIndicator).boxed(),
        I::MessageExpiryInterval => any::<u32>().prop_map(P::MessageExpiryInterval).boxed(),
        I::ContentType => text().prop_map(P::ContentType).boxed(),
        I::ResponseTopic => text().prop_map(P::ResponseTopic).boxed(),
        I::CorrelationData => bytes().prop_map(P::CorrelationData).boxed(),
        I::SubscriptionIdentifier => (1..=MAX_VAR_INT).prop_map(P::SubscriptionIdentifier).boxed(),
        I::SessionExpiryInterval => any::<u32>().prop_map(P::SessionExpiryInterval).boxed(),
        I::AssignedClientIdentifier => text().prop_map(P::AssignedClientIdentifier).boxed(),
        I::ServerKeepAlive => any::<u16>().prop_map(P::ServerKeepAlive).boxed(),
        I::AuthenticationMethod => text().prop_map(P::AuthenticationMethod).boxed(),
        I::AuthenticationData => bytes().prop_map(P::AuthenticationData).boxed(),
        I::RequestProblemInformation => any::<u8>().prop_map(P::RequestProblemInformation).boxed(),
        I::WillDelayInterval => any::<u32>().prop_map(P::WillDelayInterval).boxed(),
        I::RequestResponseInformation => any::<u8>().prop_map(P::RequestResponseInformation).boxed(),
        I::ResponseInformation => text().prop_map(P::ResponseInformation).boxed(),
        I::ServerReference => text().prop_map(P::ServerReference).boxed(),
        I::ReasonString => text().prop_map(P::ReasonString).boxed(),
        I::ReceiveMaximum => any::<u16>().prop_map(P::ReceiveMaximum).boxed(),
        I::TopicAliasMaximum => any::<u16>().prop_map(P::TopicAliasMaximum).boxed(),
        I::TopicAlias => any::<u16>().prop_map(P::TopicAlias).boxed(),
        I::MaximumQoS => any::<u8>().prop_map(P::MaximumQoS).boxed(),
        I::RetainAvailable => any::<u8>().prop_map(P::RetainAvailable).boxed(),
        I::UserProperty => (text(), text()).prop_map(|(k, v)| P::UserProperty(k, v)).boxed(),
        I::MaximumPacketSize => any::<u32>().prop_map(P::MaximumPacketSize).boxed(),
        I::WildcardSubscriptionAvailable => any::<u8>().prop_map(P::WildcardSubscriptionAvailable).boxed(),
        I::SubscriptionIdentifierAvailable => any::<u8>().prop_map(P::SubscriptionIdentifierAvailable).boxed(),
        I::SharedSubscriptionAvailable => any::<u8>().prop_map(P::SharedSubscriptionAvailable).boxed(),
    }
}

/// A valid property list for `place`: each allowed property at most once
/// (repeatable ones up to three times), in random order.
fn props(place: PropertyPlace) -> BoxedStrategy<Properties> {
    let allowed: Vec<PropertyId> = PropertyId::all().into_iter().filter(|i| i.allowed_in(place)).collect();
    let per_id: Vec<BoxedStrategy<Vec<Property>>> = allowed
        .into_iter()
        .map(|i| {
            let max = if i.may_repeat(place) { 3 } else { 1 };
            prop::collection::vec(value(i), 0..=max).boxed()
        })
        .collect();
    per_id.prop_flat_map(|lists| Just(lists.concat()).prop_shuffle()).prop_map(Properties::from).boxed()
}

fn packet_props(ty: PacketType) -> BoxedStrategy<Properties> {
    props(PropertyPlace::Packet(ty))
}

fn reason(ty: PacketType) -> BoxedStrategy<ReasonCode> {
    let codes: Vec<ReasonCode> = ReasonCode::all().into_iter().filter(|r| r.valid_for(ty)).collect();
    prop::sample::select(codes).boxed()
}

fn connect() -> impl Strategy<Value = Packet> {
    let will = prop::option::of(
        (text(), bytes(), qos(), any::<bool>(), props(PropertyPlace::Will))
            .prop_map(|(t, p, q, r, wp)| Will::new(t, p, q, r).properties(wp)),
    );
    (
        text(),
        any::<bool>(),
        any::<u16>(),
        will,
        prop::option::of(text()),
        prop::option::of(bytes()),
        packet_props(PacketType::Connect),
    )
        .prop_map(|(id, clean, ka, will, user, pass, props)| {
            let mut c = Connect::v5(id).clean_start(clean).keep_alive(ka).properties(props);
            c.will = will;
            // 5.0 allows a password without a user name.
            c.username = user;
            c.password = pass;
            Packet::Connect(c)
        })
}

fn connack() -> impl Strategy<Value = Packet> {
    (any::<bool>(), reason(PacketType::ConnAck), packet_props(PacketType::ConnAck))
        .prop_map(|(sp, rc, p)| ConnAck::v5(sp, rc).properties(p).into())
}

fn publish() -> impl Strategy<Value = Packet> {
    (text(), bytes(), qos(), id(), any::<bool>(), any::<bool>(), packet_props(PacketType::Publish)).prop_map(
        |(t, pl, q, id, retain, dup, p)| {
            Publish::new(t, pl).qos(q, id).retain(retain).dup(dup && q != QoS::AtMostOnce).properties(p).into()
        },
    )
}

macro_rules! ack_strategy {
    ($name:ident, $ty:ident) => {
        fn $name() -> impl Strategy<Value = Packet> {
            (id(), reason(PacketType::$ty), packet_props(PacketType::$ty))
                .prop_map(|(id, rc, p)| $ty::v5(id, rc).properties(p).into())
        }
    };
}
ack_strategy!(puback, PubAck);
ack_strategy!(pubrec, PubRec);
ack_strategy!(pubrel, PubRel);
ack_strategy!(pubcomp, PubComp);

fn sub_options() -> impl Strategy<Value = SubOptions> {
    (any::<bool>(), any::<bool>(), 0u8..=2).prop_map(|(nl, rap, rh)| SubOptions {
        no_local: nl,
        retain_as_published: rap,
        retain_handling: rh,
    })
}

fn subscribe() -> impl Strategy<Value = Packet> {
    (id(), prop::collection::vec((text(), qos(), sub_options()), 1..5), packet_props(PacketType::Subscribe))
        .prop_map(|(id, f, p)| Subscribe::v5(id, f).properties(p).into())
}

fn suback() -> impl Strategy<Value = Packet> {
    (id(), prop::collection::vec(reason(PacketType::SubAck), 1..8), packet_props(PacketType::SubAck))
        .prop_map(|(id, c, p)| SubAck::v5(id, c).properties(p).into())
}

fn unsubscribe() -> impl Strategy<Value = Packet> {
    (id(), prop::collection::vec(text(), 1..5), packet_props(PacketType::Unsubscribe))
        .prop_map(|(id, f, p)| Unsubscribe::new(id, f).properties(p).into())
}

fn unsuback() -> impl Strategy<Value = Packet> {
    (id(), prop::collection::vec(reason(PacketType::UnsubAck), 1..8), packet_props(PacketType::UnsubAck))
        .prop_map(|(id, c, p)| UnsubAck::v5(id, c).properties(p).into())
}

fn disconnect() -> impl Strategy<Value = Packet> {
    (reason(PacketType::Disconnect), packet_props(PacketType::Disconnect))
        .prop_map(|(rc, p)| Packet::from(Disconnect::new(rc).properties(p)))
}

fn auth() -> impl Strategy<Value = Packet> {
    (reason(PacketType::Auth), packet_props(PacketType::Auth)).prop_map(|(rc, p)| Auth::new(rc).properties(p).into())
}

/// Any property, in the first packet (or the will) Table 2-4 allows it in.
fn any_property_packet() -> impl Strategy<Value = Packet> {
    prop::sample::select(PropertyId::all()).prop_flat_map(value).prop_map(|p| {
        let id = p.id().unwrap();
        match id.packets().first() {
            Some(PacketType::Publish) => Publish::new("t", "x").property(p).into(),
            Some(PacketType::Subscribe) => Subscribe::one(1, "f", QoS::AtMostOnce).property(p).into(),
            Some(PacketType::Connect) => Connect::v5("c").property(p).into(),
            Some(PacketType::ConnAck) => {
                ConnAck::v5(false, ReasonCode::Success).properties(Properties::new().with(p)).into()
            }
            Some(other) => panic!("no example packet for {other}"),
            None => Connect::v5("c").will(Will::new("w", "p", QoS::AtMostOnce, false).property(p)).into(),
        }
    })
}

fn any_packet() -> impl Strategy<Value = Packet> {
    prop_oneof![
        connect(),
        connack(),
        publish(),
        puback(),
        pubrec(),
        pubrel(),
        pubcomp(),
        subscribe(),
        suback(),
        unsubscribe(),
        unsuback(),
        Just(Packet::PingReq),
        Just(Packet::PingResp),
        disconnect(),
        auth(),
    ]
}

fn round_trip(p: &Packet) -> Result<(), TestCaseError> {
    let bytes = p.encode_v5();
    match decode_with(&bytes, ProtocolVersion::V5, usize::MAX) {
        Ok(Decoded::Packet { packet, len }) => {
            prop_assert_eq!(&packet, p);
            prop_assert_eq!(len, bytes.len());
        }
        other => prop_assert!(false, "{:?} decoded as {:?} from {}", p, other, hex(&bytes)),
    }
    let mut d = Decoder::new(ProtocolVersion::V5);
    let mut got = vec![];
    for chunk in [bytes.clone(), bytes.clone()].concat().chunks(3) {
        d.push(chunk);
        while let Some(q) = d.next().map_err(|e| TestCaseError::fail(e.to_string()))? {
            got.push(q);
        }
    }
    prop_assert_eq!(got, vec![p.clone(), p.clone()]);
    prop_assert!(d.buffered().is_empty());
    Ok(())
}

macro_rules! round_trip_tests {
    ($($name:ident => $strategy:expr),* $(,)?) => {
        proptest! {
            #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]
            $(
                #[test]
                fn $name(p in $strategy) {
                    round_trip(&p)?;
                }
            )*
        }
    };
}

round_trip_tests! {
    v5_round_trip_connect => connect(),
    v5_round_trip_connack => connack(),
    v5_round_trip_publish => publish(),
    v5_round_trip_puback => puback(),
    v5_round_trip_pubrec => pubrec(),
    v5_round_trip_pubrel => pubrel(),
    v5_round_trip_pubcomp => pubcomp(),
    v5_round_trip_subscribe => subscribe(),
    v5_round_trip_suback => suback(),
    v5_round_trip_unsubscribe => unsubscribe(),
    v5_round_trip_unsuback => unsuback(),
    v5_round_trip_pingreq => Just(Packet::PingReq),
    v5_round_trip_pingresp => Just(Packet::PingResp),
    v5_round_trip_disconnect => disconnect(),
    v5_round_trip_auth => auth(),
    v5_round_trip_every_property => any_property_packet(),
}

proptest! {
    #[test]
    fn v5_every_strict_prefix_is_incomplete(p in any_packet()) {
        let bytes = p.encode_v5();
        for n in 0..bytes.len() {
            match decode_with(&bytes[..n], ProtocolVersion::V5, usize::MAX) {
                Ok(Decoded::Incomplete { needed }) => {
                    prop_assert!(needed.is_none() || needed == Some(bytes.len()), "needed {:?} at {}", needed, n)
                }
                other => prop_assert!(false, "prefix {} of {}: {:?}", n, hex(&bytes), other),
            }
        }
    }

    #[test]
    fn v5_decoder_never_panics_on_arbitrary_bytes(b in prop::collection::vec(any::<u8>(), 0..64)) {
        let _ = decode_with(&b, ProtocolVersion::V5, usize::MAX);
    }
}

#[test]
fn every_property_id_is_covered_by_the_example_packets() {
    // The table has 27 identifiers (Table 2-4); each has a place to live.
    assert_eq!(PropertyId::all().len(), 27);
    for id in PropertyId::all() {
        assert!(!id.packets().is_empty() || id.in_will(), "{id:?}");
    }
}
