//! PDF extraction: pdf-extract page by page, `pdftotext` as the fallback.
//!
//! A *page text* is what one PDF page yields as plain text. pdf-extract (in-process, fast) is the
//! primary extractor; poppler's `pdftotext` takes over for the whole document when pdf-extract
//! errors, panics or returns garbage (mostly replacement, private-use or control characters, as
//! it does for fonts without a Unicode map). A PDF with an empty user password is decrypted and
//! read; one that needs a password is `encrypted`. Pages without text but with images are counted
//! for OCR, and a document none of whose pages has text is `no_text`.
//!
//! This code runs inside a worker process (see `worker.rs`): a stack overflow, an abort or a hang
//! here costs one document, which the parent reports.

use std::io::Read;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use lopdf::Document as PdfDoc;

use super::{is_garbage, ExtractOptions, Extracted, Extractor};
use crate::model::UnreadableReason;

pub struct PdfExtractor;

/// How long the `pdftotext` fallback may run before it is killed. The worker's own wall-clock
/// timeout is the outer bound; this one keeps an orphaned poppler process from outliving it.
const PDFTOTEXT_TIMEOUT: Duration = Duration::from_secs(60);

impl Extractor for PdfExtractor {
    fn name(&self) -> &'static str {
        "pdf-extract"
    }
    fn version(&self) -> u32 {
        1
    }
    fn extract(&self, path: &Path, bytes: &[u8], _opts: &ExtractOptions) -> Extracted {
        extract_pdf(path, bytes)
    }
}

/// What the first bytes say the file is, for files that are not PDFs at all.
fn sniff_non_pdf(bytes: &[u8]) -> Option<&'static str> {
    if bytes.is_empty() {
        return Some("empty file (0 bytes)");
    }
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|w| w == b"%PDF-") {
        return None;
    }
    if head.starts_with(b"PK\x03\x04") {
        return Some("not a PDF: a ZIP archive with a .pdf name");
    }
    if head.starts_with(b"\xff\xd8\xff") || head.starts_with(b"\x89PNG") {
        return Some("not a PDF: an image with a .pdf name");
    }
    Some("not a PDF: no %PDF header")
}

fn extract_pdf(path: &Path, bytes: &[u8]) -> Extracted {
    if let Some(why) = sniff_non_pdf(bytes) {
        return Extracted::failed("pdf-extract", UnreadableReason::Corrupt, why);
    }
    let primary = catch_unwind(AssertUnwindSafe(|| with_pdf_extract(bytes)));
    let primary = match primary {
        Ok(r) => r,
        Err(payload) => {
            Primary::Failed(format!("pdf-extract panicked: {}", panic_message(&payload)))
        }
    };
    match primary {
        Primary::Encrypted => Extracted::failed(
            "pdf-extract",
            UnreadableReason::Encrypted,
            "the PDF needs a password",
        ),
        Primary::Done(mut ex, truncated) => {
            let all_text: String = ex.pages.concat();
            let bad_pages = ex.pages.iter().filter(|p| is_garbage(p)).count();
            if truncated {
                // Take poppler's text when it holds clearly more.
                if let Ok(pages) = run_pdftotext(path) {
                    let visible = |v: &[String]| {
                        v.iter()
                            .flat_map(|p| p.chars())
                            .filter(|c| !c.is_whitespace())
                            .count()
                    };
                    if visible(&pages) > visible(&ex.pages) + visible(&ex.pages) / 5 {
                        ex.pages = pages;
                        ex.extractor = "pdftotext".into();
                    }
                }
            } else if bad_pages > 0 {
                if let Ok(pages) = run_pdftotext(path) {
                    if pages.iter().any(|p| !p.trim().is_empty())
                        && !pages.iter().all(|p| is_garbage(p))
                    {
                        ex.pages = pages;
                        ex.extractor = "pdftotext".into();
                    }
                }
            } else if all_text.trim().is_empty() {
                // No text at all: a scan, or fonts pdf-extract cannot read. Poppler decides
                // before the document is reported as needing OCR.
                if let Ok(pages) = run_pdftotext(path) {
                    if pages.iter().any(|p| !p.trim().is_empty()) {
                        ex.pages = pages;
                        ex.extractor = "pdftotext".into();
                    }
                }
            }
            finish(ex)
        }
        Primary::Failed(why) => match run_pdftotext(path) {
            Ok(pages) => {
                let mut ex = Extracted::ok("pdftotext", pages);
                ex.pages_without_text =
                    ex.pages.iter().filter(|p| p.trim().is_empty()).count() as u32;
                finish(ex)
            }
            Err(Fallback::Encrypted) => Extracted::failed(
                "pdftotext",
                UnreadableReason::Encrypted,
                "the PDF needs a password",
            ),
            Err(Fallback::Failed(why2)) => Extracted::failed(
                "pdf-extract",
                UnreadableReason::Corrupt,
                format!("{why}; pdftotext: {why2}"),
            ),
        },
    }
}

/// Turns a document with no usable text on any page into `no_text`.
fn finish(mut ex: Extracted) -> Extracted {
    if ex.pages.is_empty() {
        ex.failure = Some(super::Failure {
            reason: UnreadableReason::Corrupt,
            detail: "the PDF has no pages".into(),
        });
    } else if ex
        .pages
        .iter()
        .all(|p| p.trim().is_empty() || is_garbage(p))
    {
        let n = ex.pages.len();
        ex.pages_without_text = n as u32;
        ex.failure = Some(super::Failure {
            reason: UnreadableReason::NoText,
            detail: format!("no text layer on any of {n} page(s); a scan needs OCR"),
        });
    }
    ex
}

enum Primary {
    /// Text, and whether a page lost text (see [`shown_bytes`]).
    Done(Extracted, bool),
    Encrypted,
    Failed(String),
}

fn with_pdf_extract(bytes: &[u8]) -> Primary {
    let mut doc = match PdfDoc::load_mem(bytes) {
        Ok(d) => d,
        Err(e) => {
            let msg = e.to_string();
            if is_password_error(&msg) {
                return Primary::Encrypted;
            }
            return Primary::Failed(format!("cannot parse the PDF: {msg}"));
        }
    };
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Primary::Encrypted;
    }
    let producer = info_string(&doc, b"Producer");
    let pages = doc.get_pages();
    if pages.is_empty() {
        return Primary::Failed("the PDF has no pages".into());
    }
    let mut out = Vec::with_capacity(pages.len());
    let mut without_text = 0u32;
    let mut truncated = false;
    for (&num, &id) in pages.iter() {
        // One page that panics must not cost the others.
        let text = catch_unwind(AssertUnwindSafe(|| {
            let mut s = String::new();
            let r = {
                let mut output = GlyphCounter {
                    inner: pdf_extract::PlainTextOutput::new(&mut s),
                    glyphs: 0,
                };
                pdf_extract::output_doc_page(&doc, &mut output, num).map(|_| output.glyphs)
            };
            r.map(|g| (s, g)).map_err(|e| e.to_string())
        }));
        match text {
            Ok(Ok((s, glyphs))) => {
                if s.trim().is_empty() && page_has_images(&doc, id) {
                    without_text += 1;
                }
                // pdf-extract sometimes stops a page early without an error (seen with
                // Ghostscript's CFF fonts). A short page is checked against the bytes its
                // content stream shows; far more shown than emitted means text was lost.
                if glyphs < SHORT_PAGE_GLYPHS && shown_bytes(&doc, id) > glyphs * 2 + 20 {
                    truncated = true;
                }
                out.push(s);
            }
            Ok(Err(e)) => return Primary::Failed(format!("page {num}: {e}")),
            Err(p) => {
                return Primary::Failed(format!(
                    "pdf-extract panicked on page {num}: {}",
                    panic_message(&p)
                ))
            }
        }
    }
    let mut ex = Extracted::ok("pdf-extract", out);
    ex.producer = producer;
    ex.pages_without_text = without_text;
    Primary::Done(ex, truncated)
}

/// Pages with fewer emitted glyphs than this are checked for lost text.
const SHORT_PAGE_GLYPHS: usize = 400;

/// Wraps pdf-extract's plain-text output and counts the visible glyphs it is given.
struct GlyphCounter<'a> {
    inner: pdf_extract::PlainTextOutput<&'a mut String>,
    glyphs: usize,
}

impl pdf_extract::OutputDev for GlyphCounter<'_> {
    fn begin_page(
        &mut self,
        n: u32,
        m: &pdf_extract::MediaBox,
        a: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), pdf_extract::OutputError> {
        self.inner.begin_page(n, m, a)
    }
    fn end_page(&mut self) -> Result<(), pdf_extract::OutputError> {
        self.inner.end_page()
    }
    fn output_character(
        &mut self,
        trm: &pdf_extract::Transform,
        width: f64,
        spacing: f64,
        font_size: f64,
        c: &str,
    ) -> Result<(), pdf_extract::OutputError> {
        if !c.trim().is_empty() {
            self.glyphs += 1;
        }
        self.inner
            .output_character(trm, width, spacing, font_size, c)
    }
    fn begin_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        self.inner.begin_word()
    }
    fn end_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        self.inner.end_word()
    }
    fn end_line(&mut self) -> Result<(), pdf_extract::OutputError> {
        self.inner.end_line()
    }
}

/// Non-space bytes of the strings a page's content stream shows (Tj, TJ, ', "). Two-byte
/// fonts count double, which only makes the check more lenient.
fn shown_bytes(doc: &PdfDoc, page: lopdf::ObjectId) -> usize {
    let Ok(content) = doc.get_and_decode_page_content(page) else {
        return 0;
    };
    let mut n = 0;
    let mut count = |o: &lopdf::Object| {
        if let lopdf::Object::String(b, _) = o {
            n += b.iter().filter(|c| !c.is_ascii_whitespace()).count();
        }
    };
    for op in &content.operations {
        match op.operator.as_str() {
            "Tj" | "'" | "\"" => op.operands.iter().for_each(&mut count),
            "TJ" => {
                for o in &op.operands {
                    if let lopdf::Object::Array(items) = o {
                        items.iter().for_each(&mut count);
                    }
                }
            }
            _ => {}
        }
    }
    n
}

fn is_password_error(msg: &str) -> bool {
    let m = msg.to_ascii_lowercase();
    m.contains("password") || m.contains("decrypt")
}

fn page_has_images(doc: &PdfDoc, page: lopdf::ObjectId) -> bool {
    doc.get_page_images(page)
        .map(|v| !v.is_empty())
        .unwrap_or(false)
        || doc
            .get_page_resources(page)
            .ok()
            .and_then(|(res, _)| res.and_then(|r| r.get(b"XObject").ok()).map(|_| true))
            .unwrap_or(false)
}

fn info_string(doc: &PdfDoc, key: &[u8]) -> Option<String> {
    let info = doc.trailer.get(b"Info").ok()?;
    let dict = match info {
        lopdf::Object::Reference(id) => doc.get_dictionary(*id).ok()?,
        lopdf::Object::Dictionary(d) => d,
        _ => return None,
    };
    match dict.get(key).ok()? {
        lopdf::Object::String(bytes, _) => {
            let s = lopdf::decode_text_string(&lopdf::Object::String(
                bytes.clone(),
                lopdf::StringFormat::Literal,
            ))
            .unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned());
            Some(crate::cpr::mask(s.trim()).into_owned())
        }
        _ => None,
    }
}

pub(crate) fn panic_message(payload: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
    .chars()
    .take(200)
    .collect()
}

enum Fallback {
    Encrypted,
    Failed(String),
}

/// Runs `pdftotext -enc UTF-8 FILE -` and splits its output at form feeds into pages.
fn run_pdftotext(path: &Path) -> Result<Vec<String>, Fallback> {
    let mut child = Command::new("pdftotext")
        .args(["-q", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            Fallback::Failed(format!("cannot run pdftotext ({e}); install poppler-utils"))
        })?;
    let mut stdout = child
        .stdout
        .take()
        .ok_or_else(|| Fallback::Failed("no stdout".into()))?;
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st,
            Ok(None) if start.elapsed() > PDFTOTEXT_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Fallback::Failed("pdftotext timed out".into()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(Fallback::Failed(format!("pdftotext: {e}"))),
        }
    };
    let out = reader.join().unwrap_or_default();
    if !status.success() {
        // Exit code 1 with poppler: "Error opening a PDF file"; 3: permissions (encrypted).
        let mut err = String::new();
        if let Some(mut e) = child.stderr.take() {
            let _ = e.read_to_string(&mut err);
        }
        let err_l = err.to_ascii_lowercase();
        if status.code() == Some(3) || err_l.contains("password") || err_l.contains("incorrect") {
            return Err(Fallback::Encrypted);
        }
        return Err(Fallback::Failed(format!("pdftotext exited with {status}")));
    }
    let text = String::from_utf8_lossy(&out);
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    // pdftotext ends the last page with a form feed too.
    if pages.len() > 1 && pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    Ok(pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_pdfs_are_corrupt() {
        let p = Path::new("x.pdf");
        for (bytes, want) in [
            (&b""[..], "empty"),
            (&b"PK\x03\x04rest"[..], "ZIP"),
            (&b"hello world"[..], "no %PDF"),
        ] {
            let ex = PdfExtractor.extract(p, bytes, &ExtractOptions::default());
            let f = ex.failure.expect("must fail");
            assert_eq!(f.reason, UnreadableReason::Corrupt);
            assert!(f.detail.contains(want), "{}", f.detail);
        }
    }
}
