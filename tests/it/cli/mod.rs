//! The built `specgen` binary end to end, through one runner (`support::cli`).

mod check;
mod extract;
mod generate;
mod matrix;
