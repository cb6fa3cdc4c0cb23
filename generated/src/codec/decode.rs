//! Decoding: bytes to packets, one at a time ([`decode`]) or from a stream
//! ([`Decoder`]), with errors in spec terms.

use std::fmt;

use super::packet::Packet;
use super::properties::{PropertyId, PropertyPlace};
use super::types::*;

/// Why a byte sequence is not a valid 3.1.1 packet. `Display` gives the reason
/// in spec terms, so it can go straight into a test failure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// High nibble 0 or 15 (15 is AUTH in 5.0, reserved in 3.1.1).
    ReservedPacketType(u8),
    /// Fixed-header flags differ from Table 2.2 [MQTT-2.2.2-1].
    InvalidFlags {
        packet_type: PacketType,
        flags: u8,
    },
    /// PUBLISH with both QoS bits set [MQTT-3.3.1-4].
    InvalidQoS {
        packet_type: PacketType,
        field: String,
        value: u8,
    },
    /// DUP set on a QoS 0 PUBLISH [MQTT-3.3.1-2].
    DupOnQoS0,
    /// More than 4 Remaining Length bytes.
    RemainingLengthTooLong,
    /// Larger than the decoder's configured maximum.
    PacketTooLarge {
        len: usize,
        max: usize,
    },
    /// A field runs past the end of the body.
    Truncated {
        packet_type: PacketType,
        field: String,
        need: usize,
        have: usize,
    },
    /// Body has bytes left over after the last field.
    TrailingBytes {
        packet_type: PacketType,
        extra: usize,
    },
    /// Remaining Length not what this packet type requires.
    WrongRemainingLength {
        packet_type: PacketType,
        expected: usize,
        got: usize,
    },
    InvalidUtf8 {
        packet_type: PacketType,
        field: String,
    },
    /// U+0000 in a string [MQTT-1.5.3-2].
    NullCharacter {
        packet_type: PacketType,
        field: String,
    },
    /// Packet id 0 where a non-zero one is required [MQTT-2.3.1-1].
    ZeroPacketId(PacketType),
    /// CONNECT flags break 3.1.2.x (reserved bit, will flags, password without user name).
    InvalidConnectFlags {
        flags: u8,
        reason: &'static str,
    },
    /// CONNACK acknowledge flags bits 7-1 must be 0.
    InvalidConnackFlags(u8),
    InvalidConnectReturnCode(u8),
    InvalidSubackCode(u8),
    /// SUBSCRIBE requested-QoS byte with reserved bits set [MQTT-3.8.3-4].
    InvalidSubscribeOptions {
        index: usize,
        value: u8,
    },
    /// SUBSCRIBE/UNSUBSCRIBE without any topic filter [MQTT-3.8.3-3], [MQTT-3.10.3-2].
    NoTopicFilters(PacketType),
    /// Something this decoder cannot parse, e.g. a 5.0 CONNECT given to a 3.1.1 decoder.
    Unsupported(String),
    /// 5.0: Remaining Length not in the minimal number of bytes [MQTT-1.5.5-1].
    NonMinimalRemainingLength,
    /// 5.0: a Variable Byte Integer field with a 5th byte or a non-minimal form.
    MalformedVarInt {
        packet_type: PacketType,
        field: String,
    },
    /// 5.0: an identifier Table 2-4 does not define.
    InvalidPropertyId {
        place: PropertyPlace,
        id: u32,
    },
    /// 5.0: a property Table 2-4 does not allow in this packet (or in Will Properties).
    PropertyNotAllowed {
        place: PropertyPlace,
        property: PropertyId,
    },
    /// 5.0: a property that may appear only once appears again.
    DuplicateProperty {
        place: PropertyPlace,
        property: PropertyId,
    },
    /// 5.0: the properties do not end where the Property Length says.
    PropertyLengthMismatch {
        place: PropertyPlace,
        declared: usize,
        detail: String,
    },
    /// 5.0: a Reason Code Table 2-6 does not list for this packet.
    InvalidReasonCode {
        packet_type: PacketType,
        code: u8,
    },
    /// 5.0: a Subscription Options byte with reserved bits, QoS 3 or Retain Handling 3.
    InvalidSubscriptionOptions {
        index: usize,
        value: u8,
        reason: &'static str,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use DecodeError::*;
        match self {
            ReservedPacketType(t) => write!(f, "reserved packet type {t} in fixed header"),
            InvalidFlags { packet_type, flags } => write!(
                f,
                "{packet_type}: fixed header flags 0b{flags:04b} must be 0b{:04b} [MQTT-2.2.2-1]",
                packet_type.fixed_flags().unwrap_or(0)
            ),
            InvalidQoS { packet_type, field, value } => {
                write!(f, "{packet_type}: {field} has invalid QoS {value}")?;
                if *packet_type == PacketType::Publish {
                    write!(f, " [MQTT-3.3.1-4]")?;
                }
                Ok(())
            }
            DupOnQoS0 => write!(f, "PUBLISH: DUP flag set on a QoS 0 message [MQTT-3.3.1-2]"),
            RemainingLengthTooLong => {
                write!(f, "malformed Remaining Length: continuation bit set on the 4th byte")
            }
            PacketTooLarge { len, max } => write!(f, "packet of {len} bytes exceeds maximum {max}"),
            Truncated { packet_type, field, need, have } => {
                write!(f, "{packet_type}: field `{field}` needs {need} bytes but only {have} remain")
            }
            TrailingBytes { packet_type, extra } => {
                write!(f, "{packet_type}: {extra} unexpected bytes after the last field")
            }
            WrongRemainingLength { packet_type, expected, got } => {
                write!(f, "{packet_type}: Remaining Length must be {expected}, got {got}")
            }
            InvalidUtf8 { packet_type, field } => {
                write!(f, "{packet_type}: field `{field}` is not well-formed UTF-8 [MQTT-1.5.3-1]")
            }
            NullCharacter { packet_type, field } => {
                write!(f, "{packet_type}: field `{field}` contains U+0000 [MQTT-1.5.3-2]")
            }
            ZeroPacketId(t) => write!(f, "{t}: packet identifier is 0 [MQTT-2.3.1-1]"),
            InvalidConnectFlags { flags, reason } => {
                write!(f, "CONNECT: connect flags 0b{flags:08b}: {reason}")
            }
            InvalidConnackFlags(v) => write!(f, "CONNACK: acknowledge flags 0x{v:02x} have reserved bits set"),
            InvalidConnectReturnCode(v) => write!(f, "CONNACK: reserved return code 0x{v:02x}"),
            InvalidSubackCode(v) => write!(f, "SUBACK: invalid return code 0x{v:02x}"),
            InvalidSubscribeOptions { index, value } => {
                write!(f, "SUBSCRIBE: requested QoS byte 0x{value:02x} of filter {index} is invalid [MQTT-3.8.3-4]")
            }
            NoTopicFilters(t) => write!(f, "{t}: payload has no topic filter"),
            Unsupported(s) => write!(f, "unsupported: {s}"),
            NonMinimalRemainingLength => {
                write!(f, "Remaining Length not encoded in the minimum number of bytes [MQTT-1.5.5-1]")
            }
            MalformedVarInt { packet_type, field } => {
                write!(f, "{packet_type}: field `{field}` is not a valid Variable Byte Integer")
            }
            InvalidPropertyId { place, id } => write!(f, "{place}: undefined property identifier 0x{id:02x}"),
            PropertyNotAllowed { place, property } => {
                write!(f, "{place}: property {} (0x{:02x}) is not allowed here", property.name(), *property as u8)
            }
            DuplicateProperty { place, property } => {
                write!(f, "{place}: property {} (0x{:02x}) included more than once", property.name(), *property as u8)
            }
            PropertyLengthMismatch { place, declared, detail } => {
                write!(f, "{place}: properties do not fit their Property Length {declared}: {detail}")
            }
            InvalidReasonCode { packet_type, code } => {
                write!(f, "{packet_type}: Reason Code 0x{code:02x} is not valid for this packet")
            }
            InvalidSubscriptionOptions { index, value, reason } => {
                write!(f, "SUBSCRIBE: subscription options 0x{value:02x} of filter {index}: {reason}")
            }
        }
    }
}
impl std::error::Error for DecodeError {}

/// Result of a successful [`decode`] step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    /// A whole packet, which used the first `len` bytes of the input.
    Packet { packet: Packet, len: usize },
    /// Not enough bytes yet; `needed` is the total packet size once known.
    Incomplete { needed: Option<usize> },
}

/// Decode one 3.1.1 packet from the front of `buf`.
pub fn decode(buf: &[u8]) -> Result<Decoded, DecodeError> {
    decode_with(buf, ProtocolVersion::V311, MAX_REMAINING_LENGTH + 5)
}

/// Decode one packet for `version`, refusing packets larger than `max_len`
/// bytes in total. Errors are reported as soon as the bytes seen prove them
/// (a bad first byte fails before the body arrives).
pub fn decode_with(buf: &[u8], version: ProtocolVersion, max_len: usize) -> Result<Decoded, DecodeError> {
    let v5 = version == ProtocolVersion::V5;
    let Some(&first) = buf.first() else {
        return Ok(Decoded::Incomplete { needed: None });
    };
    let ty = PacketType::from_u8(first >> 4)
        .filter(|t| v5 || *t != PacketType::Auth)
        .ok_or(DecodeError::ReservedPacketType(first >> 4))?;
    let flags = first & 0x0f;
    match ty.fixed_flags() {
        Some(want) if want != flags => return Err(DecodeError::InvalidFlags { packet_type: ty, flags }),
        None => {
            let qos = (flags >> 1) & 3;
            if qos == 3 {
                return Err(DecodeError::InvalidQoS { packet_type: ty, field: "fixed header".into(), value: 3 });
            }
            if qos == 0 && flags & 0x08 != 0 {
                return Err(DecodeError::DupOnQoS0);
            }
        }
        _ => {}
    }
    // Remaining Length: up to 4 bytes. 3.1.1 does not require the minimal
    // encoding (5.0 does, [MQTT-1.5.5-1]), so non-minimal forms are accepted.
    let mut len = 0usize;
    let mut i = 1;
    loop {
        let Some(&b) = buf.get(i) else {
            return Ok(Decoded::Incomplete { needed: None });
        };
        len += ((b & 0x7f) as usize) << (7 * (i - 1));
        i += 1;
        if b & 0x80 == 0 {
            break;
        }
        if i == 5 {
            return Err(DecodeError::RemainingLengthTooLong);
        }
    }
    // 5.0 requires the minimal form: a last byte of 0 after others is padding.
    if v5 && i > 2 && buf[i - 1] == 0 {
        return Err(DecodeError::NonMinimalRemainingLength);
    }
    let total = i + len;
    if total > max_len {
        return Err(DecodeError::PacketTooLarge { len: total, max: max_len });
    }
    if buf.len() < total {
        return Ok(Decoded::Incomplete { needed: Some(total) });
    }
    let body = &buf[i..total];
    let packet = if v5 { super::decode_v5::decode_body_v5(ty, flags, body)? } else { decode_body(ty, flags, body)? };
    Ok(Decoded::Packet { packet, len: total })
}

pub(super) struct Reader<'a> {
    pub(super) ty: PacketType,
    pub(super) buf: &'a [u8],
    pub(super) pos: usize,
}

impl<'a> Reader<'a> {
    pub(super) fn take(&mut self, field: &str, n: usize) -> Result<&'a [u8], DecodeError> {
        let have = self.buf.len() - self.pos;
        if have < n {
            return Err(DecodeError::Truncated { packet_type: self.ty, field: field.into(), need: n, have });
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    pub(super) fn u8(&mut self, field: &str) -> Result<u8, DecodeError> {
        Ok(self.take(field, 1)?[0])
    }
    pub(super) fn u16(&mut self, field: &str) -> Result<u16, DecodeError> {
        let b = self.take(field, 2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }
    pub(super) fn packet_id(&mut self) -> Result<u16, DecodeError> {
        match self.u16("packet_id")? {
            0 => Err(DecodeError::ZeroPacketId(self.ty)),
            id => Ok(id),
        }
    }
    pub(super) fn binary(&mut self, field: &str) -> Result<&'a [u8], DecodeError> {
        let n = self.u16(field)? as usize;
        self.take(field, n)
    }
    pub(super) fn string(&mut self, field: &str) -> Result<String, DecodeError> {
        let b = self.binary(field)?;
        // Rust's UTF-8 check also rejects surrogates and overlong forms, which
        // is exactly "well-formed UTF-8" per RFC 3629.
        let s = std::str::from_utf8(b)
            .map_err(|_| DecodeError::InvalidUtf8 { packet_type: self.ty, field: field.into() })?;
        if s.contains('\0') {
            return Err(DecodeError::NullCharacter { packet_type: self.ty, field: field.into() });
        }
        Ok(s.to_owned())
    }
    pub(super) fn rest(&mut self) -> &'a [u8] {
        let s = &self.buf[self.pos..];
        self.pos = self.buf.len();
        s
    }
    pub(super) fn remaining(&self) -> usize {
        self.buf.len() - self.pos
    }
    pub(super) fn finish(&self) -> Result<(), DecodeError> {
        match self.remaining() {
            0 => Ok(()),
            extra => Err(DecodeError::TrailingBytes { packet_type: self.ty, extra }),
        }
    }
}

pub(super) fn exact_len(ty: PacketType, body: &[u8], expected: usize) -> Result<(), DecodeError> {
    if body.len() != expected {
        return Err(DecodeError::WrongRemainingLength { packet_type: ty, expected, got: body.len() });
    }
    Ok(())
}

fn decode_body(ty: PacketType, flags: u8, body: &[u8]) -> Result<Packet, DecodeError> {
    let mut r = Reader { ty, buf: body, pos: 0 };
    let p = match ty {
        PacketType::Connect => Packet::Connect(decode_connect(&mut r)?),
        PacketType::ConnAck => {
            exact_len(ty, body, 2)?;
            let f = r.u8("ack_flags")?;
            if f & 0xfe != 0 {
                return Err(DecodeError::InvalidConnackFlags(f));
            }
            let c = r.u8("return_code")?;
            let code = ConnectReturnCode::from_u8(c).ok_or(DecodeError::InvalidConnectReturnCode(c))?;
            Packet::ConnAck(ConnAck::new(f == 1, code))
        }
        PacketType::Publish => {
            let qos = QoS::from_u8((flags >> 1) & 3).expect("checked in fixed header");
            let topic = r.string("topic")?;
            let packet_id = if qos == QoS::AtMostOnce { 0 } else { r.packet_id()? };
            Packet::Publish(Publish {
                dup: flags & 0x08 != 0,
                qos,
                retain: flags & 1 != 0,
                topic,
                packet_id,
                payload: r.rest().to_vec(),
                properties: Properties::default(),
            })
        }
        PacketType::PubAck | PacketType::PubRec | PacketType::PubRel | PacketType::PubComp | PacketType::UnsubAck => {
            exact_len(ty, body, 2)?;
            let id = r.packet_id()?;
            match ty {
                PacketType::PubAck => Packet::PubAck(PubAck::new(id)),
                PacketType::PubRec => Packet::PubRec(PubRec::new(id)),
                PacketType::PubRel => Packet::PubRel(PubRel::new(id)),
                PacketType::PubComp => Packet::PubComp(PubComp::new(id)),
                _ => Packet::UnsubAck(UnsubAck::new(id)),
            }
        }
        PacketType::Subscribe => {
            let packet_id = r.packet_id()?;
            let mut filters = Vec::new();
            while r.remaining() > 0 {
                let i = filters.len();
                let f = r.string(&format!("filter[{i}]"))?;
                let q = r.u8(&format!("qos[{i}]"))?;
                let qos = QoS::from_u8(q).ok_or(DecodeError::InvalidSubscribeOptions { index: i, value: q })?;
                filters.push((f, qos));
            }
            if filters.is_empty() {
                return Err(DecodeError::NoTopicFilters(ty));
            }
            Packet::Subscribe(Subscribe::new(packet_id, filters))
        }
        PacketType::SubAck => {
            let packet_id = r.packet_id()?;
            let return_codes = r
                .rest()
                .iter()
                .map(|&c| SubackCode::from_u8(c).ok_or(DecodeError::InvalidSubackCode(c)))
                .collect::<Result<Vec<_>, _>>()?;
            if return_codes.is_empty() {
                return Err(DecodeError::Truncated {
                    packet_type: ty,
                    field: "return_code[0]".into(),
                    need: 1,
                    have: 0,
                });
            }
            Packet::SubAck(SubAck::new(packet_id, return_codes))
        }
        PacketType::Unsubscribe => {
            let packet_id = r.packet_id()?;
            let mut filters = Vec::new();
            while r.remaining() > 0 {
                filters.push(r.string(&format!("filter[{}]", filters.len()))?);
            }
            if filters.is_empty() {
                return Err(DecodeError::NoTopicFilters(ty));
            }
            Packet::Unsubscribe(Unsubscribe::new(packet_id, filters))
        }
        PacketType::Auth => return Err(DecodeError::ReservedPacketType(15)),
        PacketType::PingReq | PacketType::PingResp | PacketType::Disconnect => {
            exact_len(ty, body, 0)?;
            match ty {
                PacketType::PingReq => Packet::PingReq,
                PacketType::PingResp => Packet::PingResp,
                _ => Packet::Disconnect,
            }
        }
    };
    r.finish()?;
    Ok(p)
}

pub(super) fn decode_connect(r: &mut Reader) -> Result<Connect, DecodeError> {
    let protocol_name = r.string("protocol_name")?;
    let protocol_level = r.u8("protocol_level")?;
    if protocol_level == 5 {
        // 5.0 puts properties after keep-alive; parsing it as 3.1.1 would misreport.
        return Err(DecodeError::Unsupported("MQTT 5.0 CONNECT (protocol level 5)".into()));
    }
    let flags = r.u8("connect_flags")?;
    let bad = |reason| Err(DecodeError::InvalidConnectFlags { flags, reason });
    if flags & 0x01 != 0 {
        return bad("reserved bit 0 is set [MQTT-3.1.2-3]");
    }
    let will_flag = flags & 0x04 != 0;
    let will_qos = (flags >> 3) & 3;
    let will_retain = flags & 0x20 != 0;
    if !will_flag && (will_qos != 0 || will_retain) {
        return bad("will QoS/retain set without will flag [MQTT-3.1.2-13], [MQTT-3.1.2-15]");
    }
    if will_qos == 3 {
        return bad("will QoS 3 [MQTT-3.1.2-14]");
    }
    let has_user = flags & 0x80 != 0;
    let has_pass = flags & 0x40 != 0;
    if has_pass && !has_user {
        return bad("password flag without user name flag [MQTT-3.1.2-22]");
    }
    let keep_alive = r.u16("keep_alive")?;
    let client_id = r.string("client_id")?;
    let will = if will_flag {
        let topic = r.string("will_topic")?;
        let payload = r.binary("will_payload")?.to_vec();
        Some(Will::new(topic, payload, QoS::from_u8(will_qos).expect("checked"), will_retain))
    } else {
        None
    };
    let username = if has_user { Some(r.string("username")?) } else { None };
    let password = if has_pass { Some(r.binary("password")?.to_vec()) } else { None };
    Ok(Connect {
        protocol_name,
        protocol_level,
        clean_session: flags & 0x02 != 0,
        keep_alive,
        client_id,
        will,
        username,
        password,
        properties: Properties::default(),
    })
}

/// Incremental decoder over a byte stream: `push` what the socket gave,
/// then call `next` until it returns `Ok(None)` ("need more bytes").
#[derive(Debug)]
pub struct Decoder {
    buf: Vec<u8>,
    version: ProtocolVersion,
    max_len: usize,
}

impl Default for Decoder {
    fn default() -> Self {
        Decoder::new(ProtocolVersion::V311)
    }
}

impl Decoder {
    pub fn new(version: ProtocolVersion) -> Decoder {
        Decoder { buf: Vec::new(), version, max_len: MAX_REMAINING_LENGTH + 5 }
    }
    /// Refuse packets larger than `max` bytes in total.
    pub fn max_packet_size(mut self, max: usize) -> Self {
        self.max_len = max;
        self
    }
    pub fn push(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }
    /// Next complete packet with its raw bytes. After an error the buffer is
    /// left as is (a stream that broke framing cannot be resynchronised).
    pub fn next_raw(&mut self) -> Result<Option<(Packet, Vec<u8>)>, DecodeError> {
        match decode_with(&self.buf, self.version, self.max_len)? {
            Decoded::Packet { packet, len } => {
                let raw = self.buf.drain(..len).collect();
                Ok(Some((packet, raw)))
            }
            Decoded::Incomplete { .. } => Ok(None),
        }
    }
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<Packet>, DecodeError> {
        Ok(self.next_raw()?.map(|(p, _)| p))
    }
    /// Bytes received but not yet consumed as a packet.
    pub fn buffered(&self) -> &[u8] {
        &self.buf
    }
}
