//! The committed conformance tree (`generated/tests/<doc>/`) is up to date
//! with the committed statement lists (`spec/statements/*.json`): what
//! `specgen generate --check` gates in CI.

use specgen::generate::{self, Options};
use specgen::project::Project;

#[test]
fn committed_skeletons_are_up_to_date() {
    let config = Project::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("spec/specgen.toml")).unwrap();
    let plan = generate::plan(&config, &Options::default()).unwrap_or_else(|e| panic!("{e}"));
    assert!(!plan.documents.is_empty());
    assert!(plan.is_up_to_date(), "run `cargo run -- generate`:\n{}", plan.report());
    // Eleven 3.1.1 statements are covered only by the client suite
    // (`test_binaries`): they must not get skeletons of their own.
    // Every statement of every generated document is covered exactly once
    // by a generated test or by hand, never twice by the generator.
    // Nothing for a person to review either: no test written against older
    // text, no annotation of a vanished or renumbered statement.
    for d in &plan.documents {
        assert!(d.report.stale.is_empty(), "stale tests:\n{}", plan.report());
        assert!(d.report.orphans.is_empty(), "orphan annotations:\n{}", plan.report());
        assert!(d.report.renumbered.is_empty(), "renumbered statements:\n{}", plan.report());
    }
}
