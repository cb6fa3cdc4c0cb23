//! Placeholder until the html reader lands.
use super::{IngestError, Raw, ReadOptions};

pub fn read(_bytes: &[u8], file: &str, _opts: &ReadOptions) -> Result<Raw, IngestError> {
    Err(IngestError::new(file, "the html reader is not built yet"))
}
