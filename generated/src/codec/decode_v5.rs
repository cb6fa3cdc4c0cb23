//! MQTT 5.0 decoding of packet bodies (the fixed header is shared with
//! 3.1.1 in `decode`): properties with their placement and repetition
//! rules, Reason Codes checked against Table 2-6, subscription options.

use super::decode::{decode_connect, exact_len, DecodeError, Reader};
use super::packet::Packet;
use super::properties::{Properties, Property, PropertyId, PropertyPlace, PropertyType};
use super::reason::ReasonCode;
use super::types::*;

pub(super) fn decode_body_v5(ty: PacketType, flags: u8, body: &[u8]) -> Result<Packet, DecodeError> {
    let mut r = Reader { ty, buf: body, pos: 0 };
    let here = PropertyPlace::Packet(ty);
    let p = match ty {
        PacketType::Connect => {
            // A CONNECT of another level is parsed in that level's layout,
            // so a 5.0 decoder can still read what a 3.1.1 client sends.
            let name_len = body.get(..2).map(|b| u16::from_be_bytes([b[0], b[1]]) as usize);
            if name_len.and_then(|n| body.get(2 + n)) != Some(&5) {
                return Ok(Packet::Connect(decode_connect_any(&mut r)?));
            }
            Packet::Connect(decode_connect_v5(&mut r)?)
        }
        PacketType::ConnAck => {
            let f = r.u8("ack_flags")?;
            if f & 0xfe != 0 {
                return Err(DecodeError::InvalidConnackFlags(f));
            }
            let rc = reason(&mut r, "reason_code")?;
            let mut a = ConnAck::v5(f == 1, rc);
            a.properties = properties(&mut r, here)?;
            Packet::ConnAck(a)
        }
        PacketType::Publish => {
            let qos = QoS::from_u8((flags >> 1) & 3).expect("checked in fixed header");
            let topic = r.string("topic")?;
            let packet_id = if qos == QoS::AtMostOnce { 0 } else { r.packet_id()? };
            let properties = properties(&mut r, here)?;
            Packet::Publish(Publish {
                dup: flags & 0x08 != 0,
                qos,
                retain: flags & 1 != 0,
                topic,
                packet_id,
                payload: r.rest().to_vec(),
                properties,
            })
        }
        PacketType::PubAck | PacketType::PubRec | PacketType::PubRel | PacketType::PubComp => {
            let id = r.packet_id()?;
            let (rc, props) = reason_tail(&mut r, here)?;
            match ty {
                PacketType::PubAck => Packet::PubAck(PubAck::v5(id, rc).properties(props)),
                PacketType::PubRec => Packet::PubRec(PubRec::v5(id, rc).properties(props)),
                PacketType::PubRel => Packet::PubRel(PubRel::v5(id, rc).properties(props)),
                _ => Packet::PubComp(PubComp::v5(id, rc).properties(props)),
            }
        }
        PacketType::Subscribe => {
            let packet_id = r.packet_id()?;
            let props = properties(&mut r, here)?;
            let mut s = Subscribe::new(packet_id, Vec::<(String, QoS)>::new()).properties(props);
            while r.remaining() > 0 {
                let i = s.filters.len();
                let f = r.string(&format!("filter[{i}]"))?;
                let b = r.u8(&format!("options[{i}]"))?;
                let bad = |reason| DecodeError::InvalidSubscriptionOptions { index: i, value: b, reason };
                if b & 0xc0 != 0 {
                    return Err(bad("reserved bits 6-7 are set [MQTT-3.8.3-5]"));
                }
                let qos = QoS::from_u8(b & 3).ok_or_else(|| bad("QoS 3"))?;
                if (b >> 4) & 3 == 3 {
                    return Err(bad("Retain Handling 3"));
                }
                s.filters.push((f, qos));
                s.options.push(SubOptions {
                    no_local: b & 0x04 != 0,
                    retain_as_published: b & 0x08 != 0,
                    retain_handling: (b >> 4) & 3,
                });
            }
            if s.filters.is_empty() {
                return Err(DecodeError::NoTopicFilters(ty));
            }
            Packet::Subscribe(s)
        }
        PacketType::SubAck | PacketType::UnsubAck => {
            let packet_id = r.packet_id()?;
            let props = properties(&mut r, here)?;
            let mut codes = Vec::new();
            while r.remaining() > 0 {
                codes.push(reason(&mut r, &format!("reason_code[{}]", codes.len()))?);
            }
            if codes.is_empty() {
                return Err(DecodeError::Truncated {
                    packet_type: ty,
                    field: "reason_code[0]".into(),
                    need: 1,
                    have: 0,
                });
            }
            if ty == PacketType::SubAck {
                Packet::SubAck(SubAck::v5(packet_id, codes).properties(props))
            } else {
                Packet::UnsubAck(UnsubAck::v5(packet_id, codes).properties(props))
            }
        }
        PacketType::Unsubscribe => {
            let packet_id = r.packet_id()?;
            let props = properties(&mut r, here)?;
            let mut filters = Vec::new();
            while r.remaining() > 0 {
                filters.push(r.string(&format!("filter[{}]", filters.len()))?);
            }
            if filters.is_empty() {
                return Err(DecodeError::NoTopicFilters(ty));
            }
            Packet::Unsubscribe(Unsubscribe::new(packet_id, filters).properties(props))
        }
        PacketType::PingReq | PacketType::PingResp => {
            exact_len(ty, body, 0)?;
            if ty == PacketType::PingReq {
                Packet::PingReq
            } else {
                Packet::PingResp
            }
        }
        PacketType::Disconnect => {
            let (rc, props) = reason_tail(&mut r, here)?;
            Packet::from(Disconnect::new(rc).properties(props))
        }
        PacketType::Auth => {
            let (rc, props) = reason_tail(&mut r, here)?;
            Packet::Auth(Auth::new(rc).properties(props))
        }
    };
    r.finish()?;
    Ok(p)
}

/// A CONNECT whose level is not 5: the 3.1.1 layout.
fn decode_connect_any(r: &mut Reader) -> Result<Connect, DecodeError> {
    let c = decode_connect(r)?;
    r.finish()?;
    Ok(c)
}

fn decode_connect_v5(r: &mut Reader) -> Result<Connect, DecodeError> {
    let protocol_name = r.string("protocol_name")?;
    let protocol_level = r.u8("protocol_level")?;
    let flags = r.u8("connect_flags")?;
    let bad = |reason| Err(DecodeError::InvalidConnectFlags { flags, reason });
    if flags & 0x01 != 0 {
        return bad("reserved bit 0 is set [MQTT-3.1.2-3]");
    }
    let will_flag = flags & 0x04 != 0;
    let will_qos = (flags >> 3) & 3;
    let will_retain = flags & 0x20 != 0;
    if !will_flag && (will_qos != 0 || will_retain) {
        return bad("will QoS/retain set without will flag [MQTT-3.1.2-11], [MQTT-3.1.2-13]");
    }
    if will_qos == 3 {
        return bad("will QoS 3 [MQTT-3.1.2-12]");
    }
    let keep_alive = r.u16("keep_alive")?;
    let properties = properties(r, PropertyPlace::Packet(PacketType::Connect))?;
    let client_id = r.string("client_id")?;
    let will = if will_flag {
        let props = properties_in(r, PropertyPlace::Will)?;
        let topic = r.string("will_topic")?;
        let payload = r.binary("will_payload")?.to_vec();
        Some(Will::new(topic, payload, QoS::from_u8(will_qos).expect("checked"), will_retain).properties(props))
    } else {
        None
    };
    // 5.0 allows a password without a user name (spec 3.1.2.9).
    let username = if flags & 0x80 != 0 { Some(r.string("username")?) } else { None };
    let password = if flags & 0x40 != 0 { Some(r.binary("password")?.to_vec()) } else { None };
    Ok(Connect {
        protocol_name,
        protocol_level,
        clean_session: flags & 0x02 != 0,
        keep_alive,
        client_id,
        will,
        username,
        password,
        properties,
    })
}

/// One Reason Code, which must be valid for the packet.
fn reason(r: &mut Reader, field: &str) -> Result<ReasonCode, DecodeError> {
    let rc = ReasonCode(r.u8(field)?);
    if !rc.valid_for(r.ty) {
        return Err(DecodeError::InvalidReasonCode { packet_type: r.ty, code: rc.0 });
    }
    Ok(rc)
}

/// The optional Reason Code + properties after a packet id (or alone, in
/// DISCONNECT and AUTH): absent means Success, a code alone means no properties.
fn reason_tail(r: &mut Reader, here: PropertyPlace) -> Result<(ReasonCode, Properties), DecodeError> {
    if r.remaining() == 0 {
        return Ok((ReasonCode::Success, Properties::default()));
    }
    let rc = reason(r, "reason_code")?;
    if r.remaining() == 0 {
        return Ok((rc, Properties::default()));
    }
    Ok((rc, properties(r, here)?))
}

/// A Variable Byte Integer (spec 1.5.5): at most 4 bytes, minimal form.
pub(super) fn var_int(r: &mut Reader, field: &str) -> Result<u32, DecodeError> {
    let mut v = 0u32;
    for i in 0..4 {
        let b = r.u8(field)?;
        v |= ((b & 0x7f) as u32) << (7 * i);
        if b & 0x80 == 0 {
            if i > 0 && b == 0 {
                break; // padding digit: not minimal
            }
            return Ok(v);
        }
    }
    Err(DecodeError::MalformedVarInt { packet_type: r.ty, field: field.into() })
}

fn properties(r: &mut Reader, place: PropertyPlace) -> Result<Properties, DecodeError> {
    properties_in(r, place)
}

/// Property Length, then properties filling exactly that many bytes.
fn properties_in(r: &mut Reader, place: PropertyPlace) -> Result<Properties, DecodeError> {
    let prefix = if place == PropertyPlace::Will { "will_" } else { "" };
    let declared = var_int(r, &format!("{prefix}properties_length"))? as usize;
    let block = r.take(&format!("{prefix}properties"), declared).map_err(|e| mismatch(e, place, declared))?;
    let mut pr = Reader { ty: r.ty, buf: block, pos: 0 };
    let mut out = Properties::default();
    while pr.remaining() > 0 {
        let id = var_int(&mut pr, "property identifier").map_err(|e| mismatch(e, place, declared))?;
        let pid =
            u8::try_from(id).ok().and_then(PropertyId::from_u8).ok_or(DecodeError::InvalidPropertyId { place, id })?;
        let p = value(&mut pr, pid).map_err(|e| mismatch(e, place, declared))?;
        if !pid.allowed_in(place) {
            return Err(DecodeError::PropertyNotAllowed { place, property: pid });
        }
        if !pid.may_repeat(place) && out.iter().any(|q| q.id() == Some(pid)) {
            return Err(DecodeError::DuplicateProperty { place, property: pid });
        }
        out.push(p);
    }
    Ok(out)
}

/// A value running past the Property Length is a length mismatch, not a
/// short packet.
fn mismatch(e: DecodeError, place: PropertyPlace, declared: usize) -> DecodeError {
    match e {
        DecodeError::Truncated { field, need, have, .. } => DecodeError::PropertyLengthMismatch {
            place,
            declared,
            detail: format!("{field} needs {need} bytes, {have} left"),
        },
        e => e,
    }
}

fn value(r: &mut Reader, id: PropertyId) -> Result<Property, DecodeError> {
    let name = id.name();
    use Property as P;
    use PropertyId as I;
    Ok(match id.data_type() {
        PropertyType::Byte => {
            let v = r.u8(name)?;
            match id {
                I::PayloadFormatIndicator => P::PayloadFormatIndicator(v),
                I::RequestProblemInformation => P::RequestProblemInformation(v),
                I::RequestResponseInformation => P::RequestResponseInformation(v),
                I::MaximumQoS => P::MaximumQoS(v),
                I::RetainAvailable => P::RetainAvailable(v),
                I::WildcardSubscriptionAvailable => P::WildcardSubscriptionAvailable(v),
                I::SubscriptionIdentifierAvailable => P::SubscriptionIdentifierAvailable(v),
                _ => P::SharedSubscriptionAvailable(v),
            }
        }
        PropertyType::TwoByteInt => {
            let v = r.u16(name)?;
            match id {
                I::ServerKeepAlive => P::ServerKeepAlive(v),
                I::ReceiveMaximum => P::ReceiveMaximum(v),
                I::TopicAliasMaximum => P::TopicAliasMaximum(v),
                _ => P::TopicAlias(v),
            }
        }
        PropertyType::FourByteInt => {
            let b = r.take(name, 4)?;
            let v = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
            match id {
                I::MessageExpiryInterval => P::MessageExpiryInterval(v),
                I::SessionExpiryInterval => P::SessionExpiryInterval(v),
                I::WillDelayInterval => P::WillDelayInterval(v),
                _ => P::MaximumPacketSize(v),
            }
        }
        PropertyType::VarInt => P::SubscriptionIdentifier(var_int(r, name)?),
        PropertyType::Utf8String => {
            let s = r.string(name)?;
            match id {
                I::ContentType => P::ContentType(s),
                I::ResponseTopic => P::ResponseTopic(s),
                I::AssignedClientIdentifier => P::AssignedClientIdentifier(s),
                I::AuthenticationMethod => P::AuthenticationMethod(s),
                I::ResponseInformation => P::ResponseInformation(s),
                I::ServerReference => P::ServerReference(s),
                _ => P::ReasonString(s),
            }
        }
        PropertyType::Binary => {
            let b = r.binary(name)?.to_vec();
            match id {
                I::CorrelationData => P::CorrelationData(b),
                _ => P::AuthenticationData(b),
            }
        }
        PropertyType::Utf8Pair => {
            let k = r.string(name)?;
            P::UserProperty(k, r.string(name)?)
        }
    })
}
