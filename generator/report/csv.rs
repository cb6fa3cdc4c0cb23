//! `matrix.csv`: one row per statement for spreadsheets and scripts; one
//! column per target after the fixed ones.

use super::{cell_word, levels};
use crate::matrix::Matrix;

const FIXED: [&str; 11] =
    ["document", "id", "section", "section_title", "tier", "levels", "actor", "status", "waiver", "tests", "text"];

pub fn render(m: &Matrix) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let header: Vec<String> = FIXED.iter().map(|s| s.to_string()).chain(m.targets.iter().cloned()).collect();
    w.write_record(&header).expect("writing CSV to memory cannot fail");
    for (doc, r) in m.rows() {
        let tests: Vec<String> = r.tests.iter().map(|t| format!("{}:{} {}", t.file, t.line, t.name)).collect();
        let mut rec = vec![
            doc.to_string(),
            r.id.clone(),
            r.section.clone(),
            r.section_title.clone(),
            r.tier.to_string(),
            levels(r),
            r.actor.to_string(),
            r.status.as_str().to_string(),
            r.waiver.as_ref().map(|w| w.reason.clone()).unwrap_or_default(),
            tests.join("; "),
            r.text.clone(),
        ];
        rec.extend(r.targets.iter().map(|c| cell_word(c.status, c.known_deviation.is_some()).to_string()));
        w.write_record(&rec).expect("writing CSV to memory cannot fail");
    }
    String::from_utf8(w.into_inner().expect("in-memory writer")).expect("CSV of UTF-8 strings is UTF-8")
}
