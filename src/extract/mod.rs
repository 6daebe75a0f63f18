//! Extraction: turning one file's bytes into page texts.
//!
//! An *extractor* handles one file format (one file per format in this folder) and produces an
//! [`Extracted`]: the text of each page, the status of the extraction, and facts about the source
//! (encoding, producer). Everything downstream (journal splitting, detection) reads only this
//! model, so a new format is a new file here and one line in [`extractor_for`].
//!
//! Extraction runs inside worker processes (see `worker.rs`), because the PDF parser can panic,
//! overflow its stack or hang on hostile input; the functions here are therefore plain and
//! synchronous and may assume a process of their own.

use serde::{Deserialize, Serialize};
use std::path::Path;

use crate::model::UnreadableReason;

pub mod docx;
pub mod eml;
pub mod html;
pub mod pdf;
pub mod rtf;
pub mod text;

/// The outcome of extracting one file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extracted {
    /// Text of each page, in order. Non-paginated formats have one page.
    pub pages: Vec<String>,
    /// `None` when the text is usable; otherwise why the file cannot be read.
    pub failure: Option<Failure>,
    /// The extractor that produced the text, e.g. `pdf-extract`, `pdftotext`, `text`.
    pub extractor: String,
    /// Detected text encoding for text formats (`UTF-8`, `windows-1252`, `UTF-16LE`, ...).
    pub encoding: Option<String>,
    /// The producing application, where the format records it (PDF `/Producer`).
    pub producer: Option<String>,
    /// Pages that have no text layer but carry images: candidates for OCR.
    pub pages_without_text: u32,
}

/// Why a file could not be read, with a short detail for people (no CPR numbers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    pub reason: UnreadableReason,
    pub detail: String,
}

impl Extracted {
    pub fn ok(extractor: &str, pages: Vec<String>) -> Extracted {
        Extracted {
            pages,
            extractor: extractor.to_string(),
            ..Default::default()
        }
    }

    pub fn failed(
        extractor: &str,
        reason: UnreadableReason,
        detail: impl Into<String>,
    ) -> Extracted {
        Extracted {
            extractor: extractor.to_string(),
            failure: Some(Failure {
                reason,
                detail: detail.into(),
            }),
            ..Default::default()
        }
    }

    /// All pages joined with form feeds, the way `pdftotext` separates them.
    pub fn full_text(&self) -> String {
        self.pages.join("\u{c}")
    }
}

/// Options that change what an extractor produces; they feed the cache key.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractOptions {
    /// Run OCR on pages without a text layer.
    pub ocr: bool,
    /// Tesseract languages, e.g. `dan+eng`.
    pub ocr_languages: String,
}

/// One file format.
pub trait Extractor: Sync {
    /// Short name, recorded in the output (`pdf-extract`, `docx`, ...).
    fn name(&self) -> &'static str;
    /// Bumped whenever the extractor's output for the same bytes may change (cache key).
    fn version(&self) -> u32;
    /// Extracts the text of `bytes`, read from `path` (used for its extension and for external
    /// tools that need a file).
    fn extract(&self, path: &Path, bytes: &[u8], opts: &ExtractOptions) -> Extracted;
}

/// The extractor for a file, chosen by its extension (case-insensitive); `None` for formats
/// casegap does not read (reported as `unsupported`).
pub fn extractor_for(path: &Path) -> Option<&'static dyn Extractor> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "pdf" => Some(&pdf::PdfExtractor),
        "txt" | "text" | "log" | "csv" => Some(&text::TextExtractor),
        "docx" => Some(&docx::DocxExtractor),
        "html" | "htm" | "xhtml" => Some(&html::HtmlExtractor),
        "eml" => Some(&eml::EmlExtractor),
        "rtf" => Some(&rtf::RtfExtractor),
        _ => None,
    }
}

/// True when a text is mostly replacement, private-use or control characters: what pdf-extract
/// returns for fonts without a usable Unicode mapping. Such text is worse than none.
pub fn is_garbage(text: &str) -> bool {
    let mut total = 0usize;
    let mut bad = 0usize;
    for c in text.chars() {
        if c.is_whitespace() {
            continue;
        }
        total += 1;
        let cp = c as u32;
        if c == '\u{FFFD}'
            || (0xE000..=0xF8FF).contains(&cp)
            || (0xF0000..=0x10FFFF).contains(&cp)
            || (c.is_control() && c != '\u{c}')
        {
            bad += 1;
        }
    }
    total >= 20 && bad * 100 / total >= 30
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_detected() {
        assert!(is_garbage(&"\u{FFFD}".repeat(40)));
        assert!(is_garbage(&"\u{E001}\u{E002} ab".repeat(20)));
        assert!(!is_garbage(
            "Børnefaglig undersøgelse afsluttet den 12. marts 2015"
        ));
        assert!(!is_garbage("ab"));
    }

    #[test]
    fn extractor_by_extension() {
        assert_eq!(
            extractor_for(Path::new("a/B.PDF")).map(|e| e.name()),
            Some("pdf-extract")
        );
        assert!(extractor_for(Path::new("foto.jpg")).is_none());
        assert!(extractor_for(Path::new("noext")).is_none());
    }
}
