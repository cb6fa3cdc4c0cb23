#[specgen::covers("T-2.5.0-1", fp = "69085ae5")]
#[test]
fn a() {}

specgen::waive!("T-1.1.0-5", reason = "client only");
