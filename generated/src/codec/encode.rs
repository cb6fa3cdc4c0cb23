//! Encoding: packets to bytes, keeping the position of every field (the
//! input of [`crate::malformed`]).

use std::fmt;
use std::ops::Range;

use super::packet::Packet;
use super::types::*;

impl Packet {
    /// Encode as 3.1.1. Panics if a field does not fit the wire format (a
    /// string over 65535 bytes, a packet over 256 MiB); use [`Packet::try_encode`]
    /// to get an error instead.
    pub fn encode(&self) -> Vec<u8> {
        self.try_encode().unwrap_or_else(|e| panic!("cannot encode {}: {e}", self.packet_type()))
    }

    pub fn try_encode(&self) -> Result<Vec<u8>, EncodeError> {
        self.to_raw(ProtocolVersion::V311).map(|r| r.to_bytes())
    }

    /// Encode as 5.0 (panics like [`Packet::encode`]).
    pub fn encode_v5(&self) -> Vec<u8> {
        self.encode_for(ProtocolVersion::V5)
    }

    /// Encode for `version` (panics like [`Packet::encode`]).
    pub fn encode_for(&self, version: ProtocolVersion) -> Vec<u8> {
        self.to_raw(version)
            .map(|r| r.to_bytes())
            .unwrap_or_else(|e| panic!("cannot encode {}: {e}", self.packet_type()))
    }

    /// Encode into first byte + body with field positions, the starting point
    /// for deliberately malformed packets.
    pub fn to_raw(&self, version: ProtocolVersion) -> Result<RawPacket, EncodeError> {
        if version == ProtocolVersion::V5 {
            return super::encode_v5::to_raw_v5(self);
        }
        let mut w = Writer::default();
        let ty = self.packet_type();
        let mut flags = ty.fixed_flags().unwrap_or(0);
        match self {
            Packet::Connect(c) => {
                w.string("protocol_name", &c.protocol_name)?;
                w.u8("protocol_level", c.protocol_level);
                let mut f = 0u8;
                if c.clean_session {
                    f |= 0x02;
                }
                if let Some(will) = &c.will {
                    f |= 0x04 | ((will.qos as u8) << 3);
                    if will.retain {
                        f |= 0x20;
                    }
                }
                if c.password.is_some() {
                    f |= 0x40;
                }
                if c.username.is_some() {
                    f |= 0x80;
                }
                w.u8("connect_flags", f);
                w.u16("keep_alive", c.keep_alive);
                w.string("client_id", &c.client_id)?;
                if let Some(will) = &c.will {
                    w.string("will_topic", &will.topic)?;
                    w.binary("will_payload", &will.payload)?;
                }
                if let Some(u) = &c.username {
                    w.string("username", u)?;
                }
                if let Some(p) = &c.password {
                    w.binary("password", p)?;
                }
            }
            Packet::ConnAck(c) => {
                w.u8("ack_flags", c.session_present as u8);
                w.u8("return_code", c.code as u8);
            }
            Packet::Publish(p) => {
                flags = (p.dup as u8) << 3 | (p.qos as u8) << 1 | p.retain as u8;
                w.string("topic", &p.topic)?;
                if p.qos != QoS::AtMostOnce {
                    w.u16("packet_id", p.packet_id);
                }
                w.raw("payload", &p.payload);
            }
            Packet::PubAck(PubAck { packet_id, .. })
            | Packet::PubRec(PubRec { packet_id, .. })
            | Packet::PubRel(PubRel { packet_id, .. })
            | Packet::PubComp(PubComp { packet_id, .. })
            | Packet::UnsubAck(UnsubAck { packet_id, .. }) => w.u16("packet_id", *packet_id),
            Packet::Subscribe(s) => {
                w.u16("packet_id", s.packet_id);
                for (i, (f, q)) in s.filters.iter().enumerate() {
                    w.string(&format!("filter[{i}]"), f)?;
                    w.u8(&format!("qos[{i}]"), *q as u8);
                }
            }
            Packet::SubAck(s) => {
                w.u16("packet_id", s.packet_id);
                for (i, c) in s.return_codes.iter().enumerate() {
                    w.u8(&format!("return_code[{i}]"), c.to_u8());
                }
            }
            Packet::Unsubscribe(u) => {
                w.u16("packet_id", u.packet_id);
                for (i, f) in u.filters.iter().enumerate() {
                    w.string(&format!("filter[{i}]"), f)?;
                }
            }
            Packet::PingReq | Packet::PingResp | Packet::Disconnect => {}
            Packet::DisconnectWith(_) | Packet::Auth(_) => {
                return Err(EncodeError::NotInVersion { packet: self.summary(), version })
            }
        }
        w.finish(ty, flags)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EncodeError {
    StringTooLong {
        field: String,
        len: usize,
    },
    PacketTooLarge(usize),
    /// A packet the version does not have (AUTH, DISCONNECT with a reason in 3.1.1).
    NotInVersion {
        packet: String,
        version: ProtocolVersion,
    },
    /// A Variable Byte Integer above 268,435,455.
    VarIntTooLarge {
        field: String,
        value: u64,
    },
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EncodeError::StringTooLong { field, len } => {
                write!(f, "field `{field}` is {len} bytes, more than the 65535 a length prefix allows")
            }
            EncodeError::PacketTooLarge(n) => {
                write!(f, "body is {n} bytes, more than Remaining Length can express ({MAX_REMAINING_LENGTH})")
            }
            EncodeError::NotInVersion { packet, version } => write!(f, "{packet} does not exist in {version:?}"),
            EncodeError::VarIntTooLarge { field, value } => {
                write!(f, "field `{field}` = {value} does not fit a Variable Byte Integer")
            }
        }
    }
}
impl std::error::Error for EncodeError {}

/// What kind of wire field a [`Field`] is; tells the malformed builder how to
/// rewrite it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    U8,
    U16,
    /// 2-byte length prefix + UTF-8 bytes.
    String,
    /// 2-byte length prefix + bytes.
    Binary,
    /// Bytes to the end of the packet (PUBLISH payload).
    Raw,
    /// Variable Byte Integer (5.0 property lengths).
    VarInt,
    /// One whole 5.0 property: identifier and value.
    Property,
}

/// A named field's byte range within [`RawPacket::body`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub kind: FieldKind,
    pub range: Range<usize>,
}

/// An encoded packet before the Remaining Length is attached: first byte
/// (type + flags) and body, with the location of every field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawPacket {
    pub first_byte: u8,
    pub body: Vec<u8>,
    pub fields: Vec<Field>,
}

impl RawPacket {
    /// First byte, minimal Remaining Length, body.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.body.len() + 5);
        out.push(self.first_byte);
        encode_remaining_length(self.body.len(), &mut out);
        out.extend_from_slice(&self.body);
        out
    }
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// Minimal variable-length encoding (spec 2.2.3).
pub fn encode_remaining_length(mut len: usize, out: &mut Vec<u8>) {
    loop {
        let mut byte = (len % 128) as u8;
        len /= 128;
        if len > 0 {
            byte |= 0x80;
        }
        out.push(byte);
        if len == 0 {
            break;
        }
    }
}

#[derive(Default)]
pub(super) struct Writer {
    pub(super) buf: Vec<u8>,
    pub(super) fields: Vec<Field>,
}

impl Writer {
    pub(super) fn finish(self, ty: PacketType, flags: u8) -> Result<RawPacket, EncodeError> {
        if self.buf.len() > MAX_REMAINING_LENGTH {
            return Err(EncodeError::PacketTooLarge(self.buf.len()));
        }
        Ok(RawPacket { first_byte: (ty as u8) << 4 | flags, body: self.buf, fields: self.fields })
    }
    pub(super) fn mark(&mut self, name: &str, kind: FieldKind, start: usize) {
        self.fields.push(Field { name: name.into(), kind, range: start..self.buf.len() });
    }
    pub(super) fn u8(&mut self, name: &str, v: u8) {
        let s = self.buf.len();
        self.buf.push(v);
        self.mark(name, FieldKind::U8, s);
    }
    pub(super) fn u16(&mut self, name: &str, v: u16) {
        let s = self.buf.len();
        self.buf.extend_from_slice(&v.to_be_bytes());
        self.mark(name, FieldKind::U16, s);
    }
    pub(super) fn prefixed(&mut self, name: &str, kind: FieldKind, b: &[u8]) -> Result<(), EncodeError> {
        let len =
            u16::try_from(b.len()).map_err(|_| EncodeError::StringTooLong { field: name.into(), len: b.len() })?;
        let s = self.buf.len();
        self.buf.extend_from_slice(&len.to_be_bytes());
        self.buf.extend_from_slice(b);
        self.mark(name, kind, s);
        Ok(())
    }
    pub(super) fn string(&mut self, name: &str, v: &str) -> Result<(), EncodeError> {
        self.prefixed(name, FieldKind::String, v.as_bytes())
    }
    pub(super) fn binary(&mut self, name: &str, v: &[u8]) -> Result<(), EncodeError> {
        self.prefixed(name, FieldKind::Binary, v)
    }
    pub(super) fn raw(&mut self, name: &str, v: &[u8]) {
        let s = self.buf.len();
        self.buf.extend_from_slice(v);
        self.mark(name, FieldKind::Raw, s);
    }
}
