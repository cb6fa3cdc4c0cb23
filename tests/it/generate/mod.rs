//! Writing and merging skeletons.

mod drafts;
mod errors;
mod merge;
mod prop;
mod real;
mod snapshots;
mod walk_sn;
