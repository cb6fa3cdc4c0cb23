//! Comparing statement lists of consecutive drafts.

mod drafts;
