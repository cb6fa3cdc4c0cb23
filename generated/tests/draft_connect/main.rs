//! Draft of the MQTT 3.1.1 server tests for sections 1, 2, 3.1, 3.2, 3.12,
//! 3.14 and 7, until the generated skeletons exist.
//!
//! Waivers planned:
//! MQTT-2.3.1-2, MQTT-2.3.1-3, MQTT-3.1.2-23, MQTT-3.14.4-1, MQTT-3.14.4-2,
//! MQTT-7.1.2-1 (client obligations), MQTT-7.0.0-1 (bridging).

mod connack;
mod connect;
mod data;
mod support;
