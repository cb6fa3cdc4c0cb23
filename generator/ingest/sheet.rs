//! Placeholder until the sheet reader lands.
use super::{IngestError, Raw, ReadOptions};

pub fn read(_bytes: &[u8], file: &str, _opts: &ReadOptions) -> Result<Raw, IngestError> {
    Err(IngestError::new(file, "the sheet reader is not built yet"))
}
