//! Rendered reports in a real browser.

mod html_chromium;
