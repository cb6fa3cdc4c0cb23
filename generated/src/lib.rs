//! MQTT conformance and interoperability suite: hand-written harness.
//!
//! * [`codec`] — MQTT 3.1.1 and 5.0 packets: typed structs, properties,
//!   reason codes, encoder, incremental decoder.
//! * [`malformed`] — deliberately broken packets for negative tests.
//! * [`script`] — a raw client that sends and expects packets with timeouts,
//!   printing the whole exchange and the broker log on failure.
//! * [`broker`] — starts a private mosquitto (or uses `MQTT_TARGET=host:port`).
//! * [`expect`] — the tests' dialect: running a test body, expecting
//!   deliveries or their absence, wording failures.
//! * [`wait`] — every wait, scaled by one setting, `MQTT_WAIT_SCALE`.
//! * [`watchdog`] — per-test time limit.
//! * [`server`] — scripted server for client tests (the mirror of [`script`]).
//! * [`clients`] — client libraries under test behind one trait (`MQTT_CLIENT`).
//! * [`transcript`] — the exchange log both script ends print on failure.
//! * [`verdict`] — blocked / skipped: a test that could not judge its statement.
//!
//! `use mqtt_conformance::prelude::*;` brings in what a test needs; see
//! [`expect`] and [`script`] for complete example tests.

pub mod broker;
pub mod clients;
pub mod codec;
pub mod expect;
pub mod malformed;
pub mod script;
pub mod server;
pub mod transcript;
pub mod transport;
pub mod verdict;
pub mod wait;
pub mod watchdog;
pub mod wire;

/// Everything a conformance test usually needs.
pub mod prelude {
    pub use crate::broker::files::{password_file, world_readable_file};
    pub use crate::broker::{is_external_target, Broker};
    pub use crate::codec::{
        Auth, ConnAck, Connect, ConnectReturnCode, Disconnect, Packet, PacketType, Properties, Property, PropertyId,
        ProtocolVersion, PubAck, PubComp, PubRec, PubRel, Publish, QoS, ReasonCode, SubAck, SubOptions, SubackCode,
        Subscribe, UnsubAck, Unsubscribe, Will,
    };
    pub use crate::expect::{
        accepted, accepted_v5, case, connected, connected_v5, each_case, expect_marker_next, expect_not_subscribed,
        expect_only_marker, expect_payload, expect_suback, fresh_marker, in_flight, next_publish,
        packets_before_pingresp, packets_until_marker, payloads, publish_from_other, publishes_before_pingresp,
        publishes_until_marker, publishes_until_sibling_marker, retained, run, run_over_websocket, run_with_config,
        subscriber, subscriber_v5, until_marker, Because, Retained, R,
    };
    pub use crate::malformed::{qos1_publishes, Malformed};
    pub use crate::script::{unique_client_id, unique_topic, Client, ErrorKind, ScriptError};
    pub use crate::verdict::{self, blocked, skipped, Vehicle};
    pub use crate::wait;
    pub use crate::watchdog::{run_with_timeout, with_test_timeout};
    pub use std::time::Duration;
}
