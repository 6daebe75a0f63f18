//! TODO(helper): eml extractor.

use std::path::Path;

use super::{ExtractOptions, Extracted, Extractor};
use crate::model::UnreadableReason;

pub struct EmlExtractor;

impl Extractor for EmlExtractor {
    fn name(&self) -> &'static str {
        "eml"
    }
    fn version(&self) -> u32 {
        1
    }
    fn extract(&self, _path: &Path, _bytes: &[u8], _opts: &ExtractOptions) -> Extracted {
        Extracted::failed(
            self.name(),
            UnreadableReason::Unsupported,
            "not implemented yet",
        )
    }
}
