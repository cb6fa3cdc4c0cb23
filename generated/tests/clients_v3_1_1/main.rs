//! MQTT 3.1.1 client conformance: the client under test (`MQTT_CLIENT`, see
//! `mqtt_conformance::clients`) is driven through its own API against a
//! scripted server (`mqtt_conformance::server`), which judges what it sends.
//! One module per spec section; `scripts/clients` runs the binary once per
//! client. A statement a client cannot be driven to is reported as skipped
//! for that client (`specgen-verdict: skipped: ...`), never as passed.

mod support;

mod s1_5_data_representations;
mod s2_2_fixed_header;
mod s2_3_variable;
mod s3_1_connect;
mod s3_3_publish;
mod s3_14_disconnect;
mod s4_3_quality_service_levels;
mod s4_4_delivery_retry;
mod s4_5_receipt;
mod s4_6_ordering;
mod s6_using_websocket_network;
mod s7_1_conformance_targets;
