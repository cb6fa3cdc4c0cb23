//! 5.0 wire-format pins: each packet with its optional parts and every
//! property data type (Byte, Two/Four Byte Integer, Variable Byte Integer,
//! UTF-8 String, String Pair, Binary Data), against bytes written by hand
//! from the spec (5.0 chapters 2-3, Table 2-4 identifiers), commented field
//! by field. Both directions are checked by `pin`.

use mqtt_conformance::codec::*;

use super::wire_pins_v311::pin;

fn pin5(p: impl Into<Packet>, want: &[u8]) {
    pin(ProtocolVersion::V5, p, want)
}

#[test]
fn connect_minimal() {
    pin5(
        Connect::v5("c"),
        &[
            0x10, 0x0e, // CONNECT, Remaining Length 14
            0x00, 0x04, b'M', b'Q', b'T', b'T', // Protocol Name
            0x05, // Protocol Version 5
            0x02, // Connect Flags: Clean Start
            0x00, 0x3c, // Keep Alive 60
            0x00, // Property Length 0
            0x00, 0x01, b'c', // Client Identifier
        ],
    );
}

#[test]
fn connect_with_every_connect_and_will_property() {
    let props = Properties::new()
        .with_session_expiry_interval(0x78u32)
        .with_receive_maximum(20u16)
        .with_maximum_packet_size(1024u32)
        .with_topic_alias_maximum(5u16)
        .with_request_response_information(1u8)
        .with_request_problem_information(0u8)
        .with_user_property("k", "v")
        .with_authentication_method("m")
        .with_authentication_data(vec![1u8, 2]);
    let will_props = Properties::new()
        .with_will_delay_interval(5u32)
        .with_payload_format_indicator(1u8)
        .with_message_expiry_interval(60u32)
        .with_content_type("ct")
        .with_response_topic("rt")
        .with_correlation_data(vec![9u8])
        .with_user_property("a", "b");
    pin5(
        Connect::v5("c")
            .keep_alive(10)
            .properties(props)
            .will(Will::new("w", "p", QoS::AtLeastOnce, true).properties(will_props))
            .username("u")
            .password("pw"),
        &[
            0x10, 0x61, // CONNECT, Remaining Length 97
            0x00, 0x04, b'M', b'Q', b'T', b'T', // Protocol Name
            0x05, // Protocol Version
            0xee, // Flags: User Name | Password | Will Retain | Will QoS 1 | Will | Clean Start
            0x00, 0x0a, // Keep Alive 10
            0x24, // Property Length 36
            0x11, 0x00, 0x00, 0x00, 0x78, // Session Expiry Interval (Four Byte Integer) 120
            0x21, 0x00, 0x14, // Receive Maximum (Two Byte Integer) 20
            0x27, 0x00, 0x00, 0x04, 0x00, // Maximum Packet Size 1024
            0x22, 0x00, 0x05, // Topic Alias Maximum 5
            0x19, 0x01, // Request Response Information (Byte) 1
            0x17, 0x00, // Request Problem Information 0
            0x26, 0x00, 0x01, b'k', 0x00, 0x01, b'v', // User Property (UTF-8 String Pair) k=v
            0x15, 0x00, 0x01, b'm', // Authentication Method (UTF-8 String)
            0x16, 0x00, 0x02, 0x01, 0x02, // Authentication Data (Binary Data)
            0x00, 0x01, b'c', // Client Identifier
            0x21, // Will Property Length 33
            0x18, 0x00, 0x00, 0x00, 0x05, // Will Delay Interval 5
            0x01, 0x01, // Payload Format Indicator 1 (UTF-8)
            0x02, 0x00, 0x00, 0x00, 0x3c, // Message Expiry Interval 60
            0x03, 0x00, 0x02, b'c', b't', // Content Type
            0x08, 0x00, 0x02, b'r', b't', // Response Topic
            0x09, 0x00, 0x01, 0x09, // Correlation Data
            0x26, 0x00, 0x01, b'a', 0x00, 0x01, b'b', // User Property a=b
            0x00, 0x01, b'w', // Will Topic
            0x00, 0x01, b'p', // Will Payload
            0x00, 0x01, b'u', // User Name
            0x00, 0x02, b'p', b'w', // Password
        ],
    );
}

#[test]
fn connect_password_without_user_name() {
    // 5.0 drops 3.1.1's "password needs a user name" rule (spec 3.1.2.9).
    pin5(
        Connect::v5("").password("p"),
        &[
            0x10, 0x10, // CONNECT, Remaining Length 16
            0x00, 0x04, b'M', b'Q', b'T', b'T', 0x05, // Protocol Name, Version
            0x42, // Flags: Password | Clean Start
            0x00, 0x3c, // Keep Alive
            0x00, // Property Length
            0x00, 0x00, // Client Identifier (empty)
            0x00, 0x01, b'p', // Password
        ],
    );
}

#[test]
fn connack_with_every_connack_property() {
    let props = Properties::new()
        .with_assigned_client_identifier("id")
        .with_server_keep_alive(30u16)
        .with_maximum_qos(1u8)
        .with_retain_available(0u8)
        .with_wildcard_subscription_available(1u8)
        .with_subscription_identifier_available(0u8)
        .with_shared_subscription_available(1u8)
        .with_response_information("ri")
        .with_server_reference("sr")
        .with_reason_string("ok")
        .with_topic_alias_maximum(10u16)
        .with_receive_maximum(100u16)
        .with_maximum_packet_size(2048u32)
        .with_session_expiry_interval(0u32);
    pin5(
        ConnAck::v5(false, ReasonCode::Success).properties(props),
        &[
            0x20, 0x34, // CONNACK, Remaining Length 52
            0x00, // Acknowledge Flags
            0x00, // Reason Code Success
            0x31, // Property Length 49
            0x12, 0x00, 0x02, b'i', b'd', // Assigned Client Identifier
            0x13, 0x00, 0x1e, // Server Keep Alive 30
            0x24, 0x01, // Maximum QoS 1
            0x25, 0x00, // Retain Available 0
            0x28, 0x01, // Wildcard Subscription Available
            0x29, 0x00, // Subscription Identifier Available
            0x2a, 0x01, // Shared Subscription Available
            0x1a, 0x00, 0x02, b'r', b'i', // Response Information
            0x1c, 0x00, 0x02, b's', b'r', // Server Reference
            0x1f, 0x00, 0x02, b'o', b'k', // Reason String
            0x22, 0x00, 0x0a, // Topic Alias Maximum 10
            0x21, 0x00, 0x64, // Receive Maximum 100
            0x27, 0x00, 0x00, 0x08, 0x00, // Maximum Packet Size 2048
            0x11, 0x00, 0x00, 0x00, 0x00, // Session Expiry Interval 0
        ],
    );
}

#[test]
fn connack_refused() {
    // Session Present, Reason Code 0x8A Banned, Property Length 0.
    pin5(ConnAck::v5(true, ReasonCode::Banned), &[0x20, 0x03, 0x01, 0x8a, 0x00]);
}

#[test]
fn publish_qos0_without_properties() {
    pin5(
        Publish::new("a", ""),
        &[
            0x30, 0x04, // PUBLISH QoS 0, Remaining Length 4
            0x00, 0x01, b'a', // Topic Name
            0x00, // Property Length 0 (then an empty payload)
        ],
    );
}

#[test]
fn publish_qos1_with_topic_alias_and_subscription_identifiers() {
    pin5(
        Publish::new("t", "x")
            .qos(QoS::AtLeastOnce, 1)
            .property(Property::TopicAlias(3))
            .property(Property::SubscriptionIdentifier(128))
            .property(Property::SubscriptionIdentifier(1)),
        &[
            0x32, 0x0f, // PUBLISH QoS 1, Remaining Length 15
            0x00, 0x01, b't', // Topic Name
            0x00, 0x01, // Packet Identifier
            0x08, // Property Length 8
            0x23, 0x00, 0x03, // Topic Alias 3
            0x0b, 0x80, 0x01, // Subscription Identifier 128 (Variable Byte Integer, 2 bytes)
            0x0b, 0x01, // Subscription Identifier 1 (repeatable in PUBLISH)
            b'x', // Payload
        ],
    );
}

#[test]
fn acknowledgement_forms() {
    // Success without properties: the short form, Packet Identifier only.
    pin5(PubAck::new(1), &[0x40, 0x02, 0x00, 0x01]);
    // A Reason Code without properties: Property Length left out (Remaining Length 3).
    pin5(PubRec::v5(2, ReasonCode::NoMatchingSubscribers), &[0x50, 0x03, 0x00, 0x02, 0x10]);
    pin5(
        PubRel::v5(3, ReasonCode::PacketIdentifierNotFound).properties(Properties::new().with_reason_string("r")),
        &[
            0x62, 0x08, // PUBREL, Remaining Length 8
            0x00, 0x03, // Packet Identifier
            0x92, // Reason Code Packet Identifier not found
            0x04, // Property Length
            0x1f, 0x00, 0x01, b'r', // Reason String
        ],
    );
    pin5(
        PubComp::v5(4, ReasonCode::Success).properties(Properties::new().with_user_property("k", "v")),
        &[
            0x70, 0x0b, // PUBCOMP, Remaining Length 11
            0x00, 0x04, // Packet Identifier
            0x00, // Reason Code Success (written because properties follow)
            0x07, // Property Length
            0x26, 0x00, 0x01, b'k', 0x00, 0x01, b'v', // User Property
        ],
    );
}

#[test]
fn subscribe_with_options_and_subscription_identifier() {
    let opts = SubOptions::default().no_local(true).retain_as_published(true).retain_handling(2);
    pin5(
        Subscribe::v5(5, [("a", QoS::AtLeastOnce, opts), ("b", QoS::ExactlyOnce, SubOptions::default())])
            .property(Property::SubscriptionIdentifier(300)),
        &[
            0x82, 0x0e, // SUBSCRIBE, Remaining Length 14
            0x00, 0x05, // Packet Identifier
            0x03, // Property Length
            0x0b, 0xac, 0x02, // Subscription Identifier 300 = 0x2c + 2*128
            0x00, 0x01, b'a', // Topic Filter
            0x2d, // Options: Retain Handling 2 (0x20) | RAP 0x08 | No Local 0x04 | QoS 1
            0x00, 0x01, b'b', // Topic Filter
            0x02, // Options: QoS 2
        ],
    );
}

#[test]
fn suback_reason_codes() {
    pin5(
        SubAck::v5(5, [ReasonCode::GrantedQoS1, ReasonCode::SharedSubscriptionsNotSupported])
            .properties(Properties::new().with_reason_string("no")),
        &[
            0x90, 0x0a, // SUBACK, Remaining Length 10
            0x00, 0x05, // Packet Identifier
            0x05, // Property Length
            0x1f, 0x00, 0x02, b'n', b'o', // Reason String
            0x01, 0x9e, // Reason Codes: Granted QoS 1, Shared Subscriptions not supported
        ],
    );
}

#[test]
fn unsubscribe_with_user_property() {
    pin5(
        Unsubscribe::new(6, ["a"]).properties(Properties::new().with_user_property("k", "v")),
        &[
            0xa2, 0x0d, // UNSUBSCRIBE, Remaining Length 13
            0x00, 0x06, // Packet Identifier
            0x07, // Property Length
            0x26, 0x00, 0x01, b'k', 0x00, 0x01, b'v', // User Property
            0x00, 0x01, b'a', // Topic Filter
        ],
    );
}

#[test]
fn unsuback_reason_codes() {
    pin5(
        UnsubAck::v5(6, [ReasonCode::Success, ReasonCode::NoSubscriptionExisted]),
        &[
            0xb0, 0x05, // UNSUBACK, Remaining Length 5
            0x00, 0x06, // Packet Identifier
            0x00, // Property Length
            0x00, 0x11, // Reason Codes: Success, No subscription existed
        ],
    );
}

#[test]
fn ping() {
    pin5(Packet::PingReq, &[0xc0, 0x00]);
    pin5(Packet::PingResp, &[0xd0, 0x00]);
}

#[test]
fn disconnect_forms() {
    // Normal disconnection, no properties: Remaining Length 0.
    pin5(Packet::Disconnect, &[0xe0, 0x00]);
    // Reason Code alone.
    pin5(Disconnect::new(ReasonCode::DisconnectWithWillMessage), &[0xe0, 0x01, 0x04]);
    pin5(
        Disconnect::new(ReasonCode::NormalDisconnection).property(Property::SessionExpiryInterval(0)),
        &[
            0xe0, 0x07, // DISCONNECT, Remaining Length 7
            0x00, // Reason Code Normal disconnection
            0x05, // Property Length
            0x11, 0x00, 0x00, 0x00, 0x00, // Session Expiry Interval 0
        ],
    );
    pin5(
        Disconnect::new(ReasonCode::ServerMoved).property(Property::ServerReference("s".into())),
        &[
            0xe0, 0x06, // DISCONNECT, Remaining Length 6
            0x9d, // Reason Code Server moved
            0x04, // Property Length
            0x1c, 0x00, 0x01, b's', // Server Reference
        ],
    );
}

#[test]
fn auth_forms() {
    pin5(Auth::new(ReasonCode::Success), &[0xf0, 0x00]);
    pin5(
        Auth::new(ReasonCode::ContinueAuthentication)
            .property(Property::AuthenticationMethod("m".into()))
            .property(Property::AuthenticationData(vec![1])),
        &[
            0xf0, 0x0a, // AUTH, Remaining Length 10
            0x18, // Reason Code Continue authentication
            0x08, // Property Length
            0x15, 0x00, 0x01, b'm', // Authentication Method
            0x16, 0x00, 0x01, 0x01, // Authentication Data
        ],
    );
}

#[test]
fn property_length_over_127_takes_two_bytes() {
    let long = "v".repeat(200);
    let mut want = vec![
        0x30, 0xd3, 0x01, // PUBLISH QoS 0, Remaining Length 211 = 0x53 + 1*128
        0x00, 0x01, b't', // Topic Name
        0xce, 0x01, // Property Length 206 = 0x4e + 1*128
        0x26, 0x00, 0x01, b'k', 0x00, 0xc8, // User Property: key "k", value length 200
    ];
    want.extend(long.as_bytes());
    pin5(Publish::new("t", "").properties(Properties::new().with_user_property("k", long.clone())), &want);
}
