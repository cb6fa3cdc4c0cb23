//! mqtt-v3.1.1 conformance tests, one module per spec section.
//!
//! `specgen generate` adds a `mod` line for each new section file.

mod s1_5_data_representations;
mod s2_2_fixed_header;
mod s2_3_variable;
mod s3_1_connect;
mod s3_2_connack;
mod s3_3_publish;
mod s3_6_pubrel;
mod s3_8_subscribe;
mod s3_9_suback;
mod s3_10_unsubscribe;
mod s3_12_pingreq;
mod s3_14_disconnect;
mod s4_1_storing_state;
mod s4_3_quality_service_levels;
mod s4_4_delivery_retry;
mod s4_5_receipt;
mod s4_6_ordering;
mod s4_7_names_filters;
mod s4_8_handling_errors;
mod s6_using_websocket_network;
mod s7_1_conformance_targets;
mod s7_conformance;
mod support_connect;
mod support_publish;
