//! mqtt-v3.1.1 section 6: Using WebSocket as a network transport.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

// MQTT-6.0.0-1 (MUST, Unknown)
//
// > MQTT Control Packets MUST be sent in WebSocket binary data frames. If any other type of data
// > frame is received the recipient MUST close the Network Connection.
//
// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 6 (Using WebSocket as a network transport)
specgen::waive!("MQTT-6.0.0-1", reason = "WebSocket transport: the standard configuration has no WebSocket listener, and mosquitto 2.0.11 (Debian 12) here cannot open one ('Opening websockets listen socket ... Error: Unable to start any listening sockets'); the suite speaks MQTT over TCP only");

// MQTT-6.0.0-2 (MUST NOT, Both)
//
// > The receiver MUST NOT assume that MQTT Control Packets are aligned on WebSocket frame
// > boundaries.
//
// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 6 (Using WebSocket as a network transport)
specgen::waive!("MQTT-6.0.0-2", reason = "WebSocket transport: the standard configuration has no WebSocket listener, and mosquitto 2.0.11 (Debian 12) here cannot open one ('Opening websockets listen socket ... Error: Unable to start any listening sockets'); the suite speaks MQTT over TCP only");

// MQTT-6.0.0-3 (MUST, Unknown)
//
// > The client MUST include “mqtt” in the list of WebSocket Sub Protocols it offers.
//
// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 6 (Using WebSocket as a network transport)
specgen::waive!("MQTT-6.0.0-3", reason = "client obligation (a WebSocket client offers the 'mqtt' sub-protocol): a server suite cannot observe it; tested against real clients by the client suite, generated/tests/clients_v3_1_1 (scripts/clients, one result per client)");

// MQTT-6.0.0-4 (MUST, Unknown)
//
// > The WebSocket Sub Protocol name selected and returned by the server MUST be “mqtt”.
//
// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 6 (Using WebSocket as a network transport)
specgen::waive!("MQTT-6.0.0-4", reason = "WebSocket transport: the standard configuration has no WebSocket listener, and mosquitto 2.0.11 (Debian 12) here cannot open one ('Opening websockets listen socket ... Error: Unable to start any listening sockets'); the suite speaks MQTT over TCP only");
