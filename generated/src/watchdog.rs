//! Per-test time limit, so no test can hang the suite even if it waits on
//! something without a timeout. The script layer's own timeouts catch the
//! usual cases; this is the backstop. Under nextest the profile in
//! `.config/nextest.toml` (workspace root) also kills any test after 30 s.

use std::panic;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// Run `f` on its own thread; panic if it takes longer than `limit`.
/// Panics inside `f` are passed on unchanged, so assertion messages survive.
///
/// On timeout the worker thread is abandoned (Rust cannot kill a thread);
/// brokers it owns are still stopped when the test process exits, since the
/// broker guard kills mosquitto once our process is gone.
pub fn run_with_timeout<T: Send + 'static>(limit: Duration, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    let name = thread::current().name().unwrap_or("test").to_string();
    let worker = thread::Builder::new()
        .name(name.clone())
        .spawn(move || {
            let r = panic::catch_unwind(panic::AssertUnwindSafe(f));
            let _ = tx.send(r);
        })
        .expect("spawn test thread");
    match rx.recv_timeout(limit) {
        Ok(Ok(v)) => {
            let _ = worker.join();
            v
        }
        Ok(Err(payload)) => panic::resume_unwind(payload),
        Err(_) => panic!("test `{name}` exceeded its time limit of {limit:?} and was abandoned"),
    }
}

/// [`run_with_timeout`] with [`crate::wait::test_limit`] (30 s times
/// `MQTT_WAIT_SCALE`).
pub fn with_test_timeout<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    run_with_timeout(crate::wait::test_limit(), f)
}
