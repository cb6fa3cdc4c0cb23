//! Placeholder until the markdown reader lands.
use super::{IngestError, Raw, ReadOptions};

pub fn read(_text: &str, file: &str, _opts: &ReadOptions) -> Result<Raw, IngestError> {
    Err(IngestError::new(file, "the markdown reader is not built yet"))
}
