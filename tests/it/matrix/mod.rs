//! The traceability matrix on the fixture project and on the real one.

mod fixture;
mod real;
