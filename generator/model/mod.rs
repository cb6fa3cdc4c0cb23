//! The statement model every reader produces and every later stage consumes.

mod actor;
mod format;
mod id;
mod level;
mod statement;
mod text;

pub use actor::{Actor, ActorWords};
pub use format::Format;
pub use id::{is_dash, IdMatch, IdPattern, IdProblem, NotAnId, PrefixChoice};
pub use level::{Level, Tier};
pub use statement::{DocumentInfo, Heading, SourceLocation, Statement, StatementList, SCHEMA};
pub use text::{fingerprint, normalize_text, rust_ident};
