//! Interop rounds: the client libraries of `mqtt_conformance::clients`
//! end to end against real servers, judged by the harness's script client
//! (the trusted other side, the "observer"). These are interop results per
//! (client, server) cell, not statement verdicts: no spec annotations.
//!
//! * `round1::` — the library under test (`MQTT_CLIENT`) with the server
//!   under test (`MQTT_BROKER` / `MQTT_TARGET`, as the server suite uses them).
//! * `round2::` — two libraries on one server: `MQTT_CLIENT` publishes,
//!   `MQTT_PEER` receives (default: the first other registered client).
//! * `round3::` — a private mosquitto bridged to the server under test, the
//!   library on both sides, messages both ways.
//! * `ha::` — the library given two private mosquittos fails over to the
//!   second when the first dies (`MqttClient::connect_failover`).
//!
//! `scripts/rounds` runs each cell (one filter and environment) and writes
//! one JUnit report per cell. A client that cannot be driven to a scenario
//! gives `specgen-verdict: skipped`, a server failing the observer's part
//! (a subscription, a QoS 2 flow) `specgen-verdict: blocked`.

mod support;

mod ha;
mod round1;
mod round2;
mod round3;
