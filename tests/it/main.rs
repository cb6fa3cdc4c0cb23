//! specgen's integration tests, one binary, grouped by stage: reading
//! documents (`ingest`), the statement model (`model`), comparing drafts
//! (`diff`), writing skeletons (`generate`), the traceability matrix
//! (`matrix`), rendered reports (`report`) and the built binary end to end
//! (`cli`). Shared helpers live in `support`.

mod cli;
mod diff;
mod generate;
mod ingest;
mod matrix;
mod model;
mod report;
mod support;
