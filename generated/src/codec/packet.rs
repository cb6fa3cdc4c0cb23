//! [`Packet`], the sum of all control packets, with its one-line summary
//! for transcripts and access to its properties.

use std::fmt;

use super::properties::Properties;
use super::reason::ReasonCode;
use super::types::*;

/// Any control packet. `Disconnect` is DISCONNECT without Reason Code or
/// properties (all of 3.1.1's, 5.0's short form); `DisconnectWith` and
/// `Auth` are 5.0 only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Packet {
    Connect(Connect),
    ConnAck(ConnAck),
    Publish(Publish),
    PubAck(PubAck),
    PubRec(PubRec),
    PubRel(PubRel),
    PubComp(PubComp),
    Subscribe(Subscribe),
    SubAck(SubAck),
    Unsubscribe(Unsubscribe),
    UnsubAck(UnsubAck),
    PingReq,
    PingResp,
    Disconnect,
    DisconnectWith(Disconnect),
    Auth(Auth),
}

macro_rules! from_struct {
    ($($v:ident),*) => {$(
        impl From<$v> for Packet {
            fn from(p: $v) -> Packet {
                Packet::$v(p)
            }
        }
    )*};
}
from_struct!(
    Connect,
    ConnAck,
    Publish,
    PubAck,
    PubRec,
    PubRel,
    PubComp,
    Subscribe,
    SubAck,
    Unsubscribe,
    UnsubAck,
    Auth
);

impl From<Disconnect> for Packet {
    /// Normal disconnection without properties becomes [`Packet::Disconnect`],
    /// the one value for that packet.
    fn from(d: Disconnect) -> Packet {
        if d == Disconnect::default() {
            Packet::Disconnect
        } else {
            Packet::DisconnectWith(d)
        }
    }
}

impl Packet {
    pub fn packet_type(&self) -> PacketType {
        match self {
            Packet::Connect(_) => PacketType::Connect,
            Packet::ConnAck(_) => PacketType::ConnAck,
            Packet::Publish(_) => PacketType::Publish,
            Packet::PubAck(_) => PacketType::PubAck,
            Packet::PubRec(_) => PacketType::PubRec,
            Packet::PubRel(_) => PacketType::PubRel,
            Packet::PubComp(_) => PacketType::PubComp,
            Packet::Subscribe(_) => PacketType::Subscribe,
            Packet::SubAck(_) => PacketType::SubAck,
            Packet::Unsubscribe(_) => PacketType::Unsubscribe,
            Packet::UnsubAck(_) => PacketType::UnsubAck,
            Packet::PingReq => PacketType::PingReq,
            Packet::PingResp => PacketType::PingResp,
            Packet::Disconnect | Packet::DisconnectWith(_) => PacketType::Disconnect,
            Packet::Auth(_) => PacketType::Auth,
        }
    }

    /// The packet's properties (5.0), if its type has any; PINGREQ,
    /// PINGRESP and a bare DISCONNECT have none.
    pub fn properties(&self) -> Option<&Properties> {
        match self {
            Packet::Connect(c) => Some(&c.properties),
            Packet::ConnAck(c) => Some(&c.properties),
            Packet::Publish(c) => Some(&c.properties),
            Packet::PubAck(c) => Some(&c.properties),
            Packet::PubRec(c) => Some(&c.properties),
            Packet::PubRel(c) => Some(&c.properties),
            Packet::PubComp(c) => Some(&c.properties),
            Packet::Subscribe(c) => Some(&c.properties),
            Packet::SubAck(c) => Some(&c.properties),
            Packet::Unsubscribe(c) => Some(&c.properties),
            Packet::UnsubAck(c) => Some(&c.properties),
            Packet::DisconnectWith(c) => Some(&c.properties),
            Packet::Auth(c) => Some(&c.properties),
            _ => None,
        }
    }

    /// Mutable [`Packet::properties`]; a bare DISCONNECT becomes a
    /// `DisconnectWith` so it can carry some.
    pub fn properties_mut(&mut self) -> Option<&mut Properties> {
        if matches!(self, Packet::Disconnect) {
            *self = Packet::DisconnectWith(Disconnect::default());
        }
        match self {
            Packet::Connect(c) => Some(&mut c.properties),
            Packet::ConnAck(c) => Some(&mut c.properties),
            Packet::Publish(c) => Some(&mut c.properties),
            Packet::PubAck(c) => Some(&mut c.properties),
            Packet::PubRec(c) => Some(&mut c.properties),
            Packet::PubRel(c) => Some(&mut c.properties),
            Packet::PubComp(c) => Some(&mut c.properties),
            Packet::Subscribe(c) => Some(&mut c.properties),
            Packet::SubAck(c) => Some(&mut c.properties),
            Packet::Unsubscribe(c) => Some(&mut c.properties),
            Packet::UnsubAck(c) => Some(&mut c.properties),
            Packet::DisconnectWith(c) => Some(&mut c.properties),
            Packet::Auth(c) => Some(&mut c.properties),
            _ => None,
        }
    }

    /// One-line summary for transcripts, e.g. `PUBLISH qos=1 id=7 topic="a/b" payload=2B`.
    pub fn summary(&self) -> String {
        match self {
            Packet::Connect(c) => {
                format!(
                    "CONNECT {:?} level={} client_id={:?} clean={} keep_alive={}{}{}{}",
                    c.protocol_name,
                    c.protocol_level,
                    c.client_id,
                    c.clean_session,
                    c.keep_alive,
                    c.will.as_ref().map(|w| format!(" will={:?}@{}", w.topic, w.qos as u8)).unwrap_or_default(),
                    c.username.as_ref().map(|u| format!(" user={u:?}")).unwrap_or_default(),
                    if c.password.is_some() { " password=…" } else { "" }
                ) + &c.will.as_ref().map(|w| w.properties.summary().replacen(" {", " will{", 1)).unwrap_or_default()
                    + &c.properties.summary()
            }
            Packet::ConnAck(c) => {
                format!("CONNACK session_present={} code={:?} (0x{:02x})", c.session_present, c.code, c.code as u8)
                    + &reason(c.reason_code, c.code.to_reason())
                    + &c.properties.summary()
            }
            Packet::Publish(p) => {
                format!(
                    "PUBLISH qos={} id={} dup={} retain={} topic={:?} payload={}",
                    p.qos as u8,
                    p.packet_id,
                    p.dup,
                    p.retain,
                    p.topic,
                    show_payload(&p.payload)
                ) + &p.properties.summary()
            }
            Packet::PubAck(p) => ack("PUBACK", p.packet_id, p.reason_code, &p.properties),
            Packet::PubRec(p) => ack("PUBREC", p.packet_id, p.reason_code, &p.properties),
            Packet::PubRel(p) => ack("PUBREL", p.packet_id, p.reason_code, &p.properties),
            Packet::PubComp(p) => ack("PUBCOMP", p.packet_id, p.reason_code, &p.properties),
            Packet::UnsubAck(p) => {
                format!("UNSUBACK id={}", p.packet_id)
                    + &if p.reason_codes.is_empty() {
                        String::new()
                    } else {
                        format!(" reasons={}", codes(&p.reason_codes))
                    }
                    + &p.properties.summary()
            }
            Packet::Subscribe(s) => {
                format!(
                    "SUBSCRIBE id={} {}",
                    s.packet_id,
                    s.filters
                        .iter()
                        .enumerate()
                        .map(|(i, (f, q))| {
                            let o = s.options.get(i).copied().unwrap_or_default();
                            let extra = if o == SubOptions::default() {
                                String::new()
                            } else {
                                format!(
                                    "(nl={},rap={},rh={})",
                                    o.no_local as u8, o.retain_as_published as u8, o.retain_handling
                                )
                            };
                            format!("{f:?}@{}{extra}", *q as u8)
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                ) + &s.properties.summary()
            }
            Packet::SubAck(s) => {
                format!(
                    "SUBACK id={} codes=[{}]",
                    s.packet_id,
                    s.return_codes.iter().map(|c| format!("0x{:02x}", c.to_u8())).collect::<Vec<_>>().join(", ")
                ) + &if s.reason_codes.iter().map(|r| r.0).eq(s.return_codes.iter().map(|c| c.to_u8())) {
                    String::new()
                } else {
                    format!(" reasons={}", codes(&s.reason_codes))
                } + &s.properties.summary()
            }
            Packet::Unsubscribe(u) => {
                format!("UNSUBSCRIBE id={} {:?}", u.packet_id, u.filters) + &u.properties.summary()
            }
            Packet::PingReq => "PINGREQ".into(),
            Packet::PingResp => "PINGRESP".into(),
            Packet::Disconnect => "DISCONNECT".into(),
            Packet::DisconnectWith(d) => format!("DISCONNECT reason={}", d.reason_code) + &d.properties.summary(),
            Packet::Auth(a) => format!("AUTH reason={}", a.reason_code) + &a.properties.summary(),
        }
    }
}

/// ` reason=0x10 No matching subscribers` unless it is `usual`.
fn reason(r: ReasonCode, usual: ReasonCode) -> String {
    if r == usual {
        String::new()
    } else {
        format!(" reason={r}")
    }
}

fn ack(name: &str, id: u16, r: ReasonCode, props: &Properties) -> String {
    format!("{name} id={id}") + &reason(r, ReasonCode::Success) + &props.summary()
}

fn codes(rs: &[ReasonCode]) -> String {
    format!("[{}]", rs.iter().map(|r| format!("0x{:02x}", r.0)).collect::<Vec<_>>().join(", "))
}

fn show_payload(p: &[u8]) -> String {
    match std::str::from_utf8(p) {
        Ok(s) if p.len() <= 64 => format!("{s:?}"),
        _ => format!("{}B", p.len()),
    }
}

impl fmt::Display for Packet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.summary())
    }
}
