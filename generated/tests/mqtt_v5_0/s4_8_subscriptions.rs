//! mqtt-v5.0 section 4.8: Subscriptions.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-4.8.2-1 (MUST, Unknown)
///
/// > A Shared Subscription's Topic Filter MUST start with $share/ and MUST contain a ShareName
/// > that is at least one character long.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.8.2 (Shared Subscriptions)
#[specgen::covers("MQTT-4.8.2-1", fp = "83dc887e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_8_2_1_shared_subscription_must_start_share_contain() {
    todo!()
}

/// MQTT-4.8.2-2 (MUST, MUST NOT, Unknown)
///
/// > The ShareName MUST NOT contain the characters "/", "+" or "#", but MUST be followed by a "/"
/// > character. This "/" character MUST be followed by a Topic Filter
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.8.2 (Shared Subscriptions)
#[specgen::covers("MQTT-4.8.2-2", fp = "126897c5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_8_2_2_sharename_must_not_contain_characters() {
    todo!()
}

/// MQTT-4.8.2-3 (MUST, Server)
///
/// > When sending an Application Message to a Client, the Server MUST respect the granted QoS for
/// > the Client's subscription
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.8.2 (Shared Subscriptions)
#[specgen::covers("MQTT-4.8.2-3", fp = "69f618c0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_8_2_3_server_must_respect_granted_qos_client() {
    todo!()
}

/// MQTT-4.8.2-4 (MUST, Server)
///
/// > If the Server is in the process of sending a QoS 2 message to its chosen subscribing Client
/// > and the connection to the Client breaks before delivery is complete, the Server MUST
/// > complete the delivery of the message to that Client when it reconnects
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.8.2 (Shared Subscriptions)
#[specgen::covers("MQTT-4.8.2-4", fp = "374a057d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_8_2_4_server_must_complete_delivery_message_client() {
    todo!()
}

/// MQTT-4.8.2-5 (MUST NOT, Server)
///
/// > If the Client's Session terminates before the Client reconnects, the Server MUST NOT send
/// > the Application Message to any other subscribed Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.8.2 (Shared Subscriptions)
#[specgen::covers("MQTT-4.8.2-5", fp = "5e2f210d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_8_2_5_server_must_not_send_application_message() {
    todo!()
}

/// MQTT-4.8.2-6 (MUST, Server)
///
/// > If a Client responds with a PUBACK or PUBREC containing a Reason Code of 0x80 or greater to
/// > a PUBLISH packet from the Server, the Server MUST discard the Application Message and not
/// > attempt to send it to any other Subscriber.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.8.2 (Shared Subscriptions)
#[specgen::covers("MQTT-4.8.2-6", fp = "06328f63")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_8_2_6_server_must_discard_application_message_not() {
    todo!()
}
