//! Tests of the harness itself: codec round trips and wire-format pins (3.1.1
//! and 5.0), malformed-packet bytes, decode errors, the mosquitto fixture,
//! example conformance-style checks that show the API fits real tests, and a
//! live 5.0 smoke test.

mod broker_fixture;
mod codec_props;
mod codec_props_v5;
mod decode_errors;
mod decode_errors_v5;
mod examples;
mod live_v5;
mod malformed_snapshots;
mod malformed_v5_snapshots;
mod wire_pins_v311;
mod wire_pins_v5;
mod scripted_server;
mod verdicts;
mod transports;
