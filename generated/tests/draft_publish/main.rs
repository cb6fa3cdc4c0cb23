//! Draft conformance tests for MQTT 3.1.1 sections 3.3 - 3.11, 4 and 6
//! (moved into the generated skeletons once they exist).

mod operational;
mod publish;
mod pubrel;
mod subscribe;
mod support;
mod unsubscribe;
