//! TODO(helper): rtf extractor.

use std::path::Path;

use super::{ExtractOptions, Extracted, Extractor};
use crate::model::UnreadableReason;

pub struct RtfExtractor;

impl Extractor for RtfExtractor {
    fn name(&self) -> &'static str {
        "rtf"
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
