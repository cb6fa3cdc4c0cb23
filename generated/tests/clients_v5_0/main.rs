//! MQTT 5.0 client conformance: the client under test (`MQTT_CLIENT`, see
//! `mqtt_conformance::clients`), told to speak MQTT 5.0, is driven through
//! its own API against a scripted server (`mqtt_conformance::server`), which
//! answers in 5.0 and judges what it sends. One module per spec section;
//! `scripts/clients` runs this binary and `clients_v3_1_1` once per client.
//! A statement a client cannot be driven to is reported as skipped for that
//! client (`specgen-verdict: skipped: ...`), never as passed.

mod support;

mod s1_5_data_representation;
mod s2_1_structure_mqtt_control;
mod s2_2_variable;
mod s3_1_connect;
mod s3_2_connack;
mod s3_3_publish;
mod s3_14_disconnect;
mod s4_3_quality_service_levels;
mod s4_4_delivery_retry;
mod s4_5_receipt;
mod s4_6_ordering;
mod s4_12_enhanced_authentication;
mod s6_using_websocket_network;
