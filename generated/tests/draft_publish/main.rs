//! Draft conformance tests for MQTT 3.1.1 sections 3.3 - 3.11, 4 and 6
//! (moved into the generated skeletons once they exist).

mod operational;
mod publish;
mod pubrel;
mod subscribe;
mod support;
mod unsubscribe;

// Waivers, to become `specgen::waive!` in the skeleton files:
// MQTT-4.5.0-2, MQTT-4.6.0-2, MQTT-4.6.0-3, MQTT-6.0.0-3: client obligations.
// MQTT-4.7.3-3: a 2-byte length prefix cannot express more than 65535 bytes.
// MQTT-6.0.0-1, -2, -4: WebSocket transport, no WebSocket listener.
