//! The statement model every reader produces and every later stage consumes.

mod id;
mod level;
mod statement;
mod text;

pub use id::{is_dash, IdMatch, IdPattern, IdProblem, NotAnId, PrefixChoice};
pub use level::{Actor, Level};
pub use statement::{DocumentInfo, SourceLocation, Statement, StatementList, SCHEMA};
pub use text::{fingerprint, normalize_text};
