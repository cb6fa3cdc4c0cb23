//! mqtt-v5.0 conformance tests, one module per spec section.
//!
//! `specgen generate` adds a `mod` line for each new section file.

mod s1_5_data_representation;
mod s2_1_structure_mqtt_control;
mod s2_2_variable;
mod s3_1_connect;
mod s3_2_connack;
mod s3_3_publish;
mod s3_4_puback;
mod s3_5_pubrec;
mod s3_6_pubrel;
mod s3_7_pubcomp;
mod s3_8_subscribe;
mod s3_9_suback;
mod s3_10_unsubscribe;
mod s3_11_unsuback;
mod s3_12_pingreq;
mod s3_14_disconnect;
mod s3_15_auth;
mod s4_1_state;
mod s4_2_network_connections;
mod s4_3_quality_service_levels;
mod s4_4_delivery_retry;
mod s4_5_receipt;
mod s4_6_ordering;
mod s4_7_names_filters;
mod s4_8_subscriptions;
mod s4_9_flow_control;
mod s4_12_enhanced_authentication;
mod s4_13_handling_errors;
mod s6_using_websocket_network;
mod support_connect;
mod support_connack;
mod support_subscribe;
mod support_qos;
mod support_publish;
