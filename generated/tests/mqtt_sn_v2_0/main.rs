//! mqtt-sn-v2.0 conformance tests, one module per spec section.
//!
//! `specgen generate` adds a `mod` line for each new section file.

mod s1_8_data_representation;
mod s2_1_structure_mqtt_sn;
mod s2_2_publish;
mod s3_1_connect;
mod s3_2_connack;
mod s3_3_auth;
mod s3_4_register;
mod s3_5_regack;
mod s3_6_publish_requests_responses;
mod s3_7_subscribe;
mod s3_8_suback;
mod s3_9_unsubscribe;
mod s3_10_unsuback;
mod s3_11_pingreq;
mod s3_13_disconnect;
mod s3_14_wakeup;
mod s3_15_sleepreq;
mod s3_16_sleepresp;
mod s3_17_protection_encapsulation;
mod s3_18_connection_encapsulation;
mod s4_1_state;
mod s4_2_networks_virtual_connections;
mod s4_3_quality_service_levels;
mod s4_4_delivery_retry;
mod s4_5_application_message_receipt;
mod s4_6_application_message_ordering;
mod s4_7_topics;
mod s4_9_flow_control;
mod s4_11_auth;
mod s4_12_handling_errors;
mod s4_13_retained_messages;
mod s4_14_states;
