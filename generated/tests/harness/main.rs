//! Tests of the harness itself: codec round trips, malformed-packet bytes,
//! decode errors, the mosquitto fixture, and example conformance-style checks
//! that show the API fits real tests.

mod broker_fixture;
mod codec_props;
mod decode_errors;
mod examples;
mod malformed_snapshots;
mod verdicts;
