//! mqtt-sn-v2.0 section 4.13: Retained Messages.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-4.13-1 (MUST, Server)
///
/// > If the RETAIN flag is set to 1 in a PUBLISH or PUBWOS packet received by a Server, the
/// > Server MUST replace any existing Retained Message for this topic and store the Application
/// > Message
///
/// Spec: mqtt-sn-v2.0, section 4.13 (Retained Messages)
#[specgen::covers("MQTT-SN-4.13-1", fp = "aae0cefa")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_13_1_server_must_replace_existing_retained_message() {
    todo!()
}

/// MQTT-SN-4.13-2 (MUST, Server)
///
/// > If the Publish Data contains zero bytes it is processed normally by the Server but any
/// > retained message with the same topic name MUST be removed and any future subscribers for the
/// > topic will not receive a retained message.
///
/// Spec: mqtt-sn-v2.0, section 4.13 (Retained Messages)
#[specgen::covers("MQTT-SN-4.13-2", fp = "d99de215")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_13_2_publish_data_must_removed_future_subscribers() {
    todo!()
}

/// MQTT-SN-4.13-3 (MUST NOT, Server)
///
/// > A Retained Message with a Publish Data containing zero bytes MUST NOT be stored as a
/// > Retained Message on the Server.
///
/// Spec: mqtt-sn-v2.0, section 4.13 (Retained Messages)
#[specgen::covers("MQTT-SN-4.13-3", fp = "98410bba")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_13_3_retained_message_must_not_stored_server() {
    todo!()
}

/// MQTT-SN-4.13-4 (MUST NOT, Server)
///
/// > If the RETAIN flag is 0 in a PUBLISH packet sent by a Client to a Server, the Server MUST
/// > NOT store the message as a Retained Message and MUST NOT remove or replace any existing
/// > Retained Message.
///
/// Spec: mqtt-sn-v2.0, section 4.13 (Retained Messages)
#[specgen::covers("MQTT-SN-4.13-4", fp = "e2b533f3")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_13_4_server_must_not_store_message_retained() {
    todo!()
}

/// MQTT-SN-4.13-5 (MUST, Server)
///
/// > If Retain Handling is set to 0 the Server MUST send the retained messages matching the Topic
/// > Filter of the subscription to the Client.
///
/// Spec: mqtt-sn-v2.0, section 4.13 (Retained Messages)
#[specgen::covers("MQTT-SN-4.13-5", fp = "3fbc514a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_13_5_retain_handling_must_send_retained_messages() {
    todo!()
}

/// MQTT-SN-4.13-6 (MUST, MUST NOT, Server)
///
/// > If Retain Handling is set to 1 then if the subscription did not already exist, the Server
/// > MUST send all retained messages matching the Topic Filter of the subscription to the Client,
/// > and if the subscription did exist the Server MUST NOT send the retained messages.
///
/// Spec: mqtt-sn-v2.0, section 4.13 (Retained Messages)
#[specgen::covers("MQTT-SN-4.13-6", fp = "96f43967")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_13_6_server_must_send_all_retained_messages() {
    todo!()
}

/// MQTT-SN-4.13-7 (MUST NOT, Server)
///
/// > If Retain Handling is set to 2, the Server MUST NOT send the retained messages.
///
/// Spec: mqtt-sn-v2.0, section 4.13 (Retained Messages)
#[specgen::covers("MQTT-SN-4.13-7", fp = "7049502c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_13_7_server_must_not_send_retained_messages() {
    todo!()
}

/// MQTT-SN-4.13-8 (MUST, Server)
///
/// > If the value of Retain As Published subscription option is set to 0, the Server MUST set the
/// > RETAIN flag to 0 when forwarding an Application Message regardless of how the RETAIN flag
/// > was set in the received PUBLISH packet.
///
/// Spec: mqtt-sn-v2.0, section 4.13 (Retained Messages)
#[specgen::covers("MQTT-SN-4.13-8", fp = "b18418f1")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_13_8_server_must_set_retain_flag_forwarding() {
    todo!()
}

/// MQTT-SN-4.13-9 (MUST, Server)
///
/// > If the value of Retain As Published subscription option is set to 1, the Server MUST set the
/// > RETAIN flag equal to the RETAIN flag in the received PUBLISH packet.
///
/// Spec: mqtt-sn-v2.0, section 4.13 (Retained Messages)
#[specgen::covers("MQTT-SN-4.13-9", fp = "baceeea1")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_13_9_server_must_set_retain_flag_equal() {
    todo!()
}
