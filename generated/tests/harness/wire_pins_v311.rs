//! 3.1.1 wire-format pins: each packet, with every optional part, against
//! bytes written by hand from the spec's figures (3.1.1 chapter 3), commented
//! field by field. Both directions: our encoding equals the bytes, and the
//! bytes decode to the packet.

use mqtt_conformance::codec::*;

pub fn pin(version: ProtocolVersion, p: impl Into<Packet>, want: &[u8]) {
    let p = p.into();
    let got = p.encode_for(version);
    assert_eq!(hex(&got), hex(want), "encoding of {p}");
    match decode_with(want, version, usize::MAX) {
        Ok(Decoded::Packet { packet, len }) => {
            assert_eq!(packet, p, "decoding of {}", hex(want));
            assert_eq!(len, want.len());
        }
        other => panic!("{} decoded as {other:?}", hex(want)),
    }
}

fn pin311(p: impl Into<Packet>, want: &[u8]) {
    pin(ProtocolVersion::V311, p, want)
}

#[test]
fn connect_minimal() {
    pin311(
        Connect::new("c"),
        &[
            0x10, 0x0d, // CONNECT, Remaining Length 13
            0x00, 0x04, b'M', b'Q', b'T', b'T', // Protocol Name
            0x04, // Protocol Level 4
            0x02, // Connect Flags: Clean Session
            0x00, 0x3c, // Keep Alive 60
            0x00, 0x01, b'c', // Client Identifier
        ],
    );
}

#[test]
fn connect_with_will_user_name_and_password() {
    pin311(
        Connect::new("c")
            .clean_session(false)
            .keep_alive(10)
            .will(Will::new("w", "p", QoS::AtLeastOnce, true))
            .username("u")
            .password("pw"),
        &[
            0x10, 0x1a, // CONNECT, Remaining Length 26
            0x00, 0x04, b'M', b'Q', b'T', b'T', // Protocol Name
            0x04, // Protocol Level
            0xec, // Flags: User Name 0x80 | Password 0x40 | Will Retain 0x20 | Will QoS 1 0x08 | Will 0x04
            0x00, 0x0a, // Keep Alive 10
            0x00, 0x01, b'c', // Client Identifier
            0x00, 0x01, b'w', // Will Topic
            0x00, 0x01, b'p', // Will Message
            0x00, 0x01, b'u', // User Name
            0x00, 0x02, b'p', b'w', // Password
        ],
    );
}

#[test]
fn connack() {
    // Acknowledge Flags: Session Present; Return Code 5 (not authorized).
    pin311(ConnAck::new(true, ConnectReturnCode::NotAuthorized), &[0x20, 0x02, 0x01, 0x05]);
    pin311(ConnAck::accepted(false), &[0x20, 0x02, 0x00, 0x00]);
}

#[test]
fn publish_qos0() {
    pin311(
        Publish::new("a/b", "hi"),
        &[
            0x30, 0x07, // PUBLISH, DUP 0, QoS 0, RETAIN 0; Remaining Length 7
            0x00, 0x03, b'a', b'/', b'b', // Topic Name (no Packet Identifier at QoS 0)
            b'h', b'i', // Payload
        ],
    );
}

#[test]
fn publish_qos1_dup_retain_and_qos2() {
    pin311(
        Publish::new("t", "x").qos(QoS::AtLeastOnce, 10).retain(true).dup(true),
        &[
            0x3b, 0x06, // PUBLISH, DUP 0x08 | QoS 1 0x02 | RETAIN 0x01; Remaining Length 6
            0x00, 0x01, b't', // Topic Name
            0x00, 0x0a, // Packet Identifier 10
            b'x', // Payload
        ],
    );
    pin311(Publish::new("t", "").qos(QoS::ExactlyOnce, 1), &[0x34, 0x05, 0x00, 0x01, b't', 0x00, 0x01]);
}

#[test]
fn acknowledgements() {
    pin311(PubAck::new(7), &[0x40, 0x02, 0x00, 0x07]); // PUBACK, Packet Identifier 7
    pin311(PubRec::new(7), &[0x50, 0x02, 0x00, 0x07]); // PUBREC
    pin311(PubRel::new(7), &[0x62, 0x02, 0x00, 0x07]); // PUBREL, flags 0b0010
    pin311(PubComp::new(7), &[0x70, 0x02, 0x00, 0x07]); // PUBCOMP
    pin311(UnsubAck::new(2), &[0xb0, 0x02, 0x00, 0x02]); // UNSUBACK
}

#[test]
fn subscribe_two_filters() {
    pin311(
        Subscribe::new(1, [("a/b", QoS::AtLeastOnce), ("c", QoS::ExactlyOnce)]),
        &[
            0x82, 0x0c, // SUBSCRIBE, flags 0b0010; Remaining Length 12
            0x00, 0x01, // Packet Identifier
            0x00, 0x03, b'a', b'/', b'b', 0x01, // Topic Filter, Requested QoS 1
            0x00, 0x01, b'c', 0x02, // Topic Filter, Requested QoS 2
        ],
    );
}

#[test]
fn suback_codes() {
    pin311(
        SubAck::new(
            1,
            [SubackCode::Granted(QoS::AtMostOnce), SubackCode::Granted(QoS::ExactlyOnce), SubackCode::Failure],
        ),
        &[
            0x90, 0x05, // SUBACK, Remaining Length 5
            0x00, 0x01, // Packet Identifier
            0x00, 0x02, 0x80, // Return Codes: QoS 0, QoS 2, Failure
        ],
    );
}

#[test]
fn unsubscribe_two_filters() {
    pin311(
        Unsubscribe::new(2, ["a", "bc"]),
        &[
            0xa2, 0x09, // UNSUBSCRIBE, flags 0b0010; Remaining Length 9
            0x00, 0x02, // Packet Identifier
            0x00, 0x01, b'a', // Topic Filter
            0x00, 0x02, b'b', b'c', // Topic Filter
        ],
    );
}

#[test]
fn empty_packets() {
    pin311(Packet::PingReq, &[0xc0, 0x00]);
    pin311(Packet::PingResp, &[0xd0, 0x00]);
    pin311(Packet::Disconnect, &[0xe0, 0x00]);
}
