//! The readers: sheet, Markdown, HTML, interchange; and their robustness.

mod html;
mod interchange;
mod markdown;
mod mqtt_sn;
mod no_panic;
mod sheet;
mod sheet_no_panic;
