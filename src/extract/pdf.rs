//! PDF extraction: pdf-extract page by page, `pdftotext` as the fallback.
//!
//! A *page text* is what one PDF page yields as plain text. pdf-extract (in-process, fast) is the
//! primary extractor; poppler's `pdftotext` takes over for the whole document when pdf-extract
//! errors, panics or returns garbage (mostly replacement, private-use or control characters, as
//! it does for fonts without a Unicode map). A PDF with an empty user password is decrypted and
//! read; one that needs a password is `encrypted`. Pages without text but with images are counted
//! for OCR, and a document none of whose pages has text is `no_text`.
//!
//! With OCR on (`ExtractOptions::ocr`), those pages are read by tesseract (see `ocr.rs`): every
//! page of a `no_text` document, and in a document that has text, only the pages that have none
//! but carry an image (a scanned page in a letter). Images on pages that have text are not read
//! again. The document is readable when any page got text; its extractor is then named
//! `pdf-extract+tesseract` (or `pdftotext+tesseract`).
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
use crate::ocr::{self, Ocr, OcrError};

pub struct PdfExtractor;

/// How long the `pdftotext` fallback may run before it is killed. The worker's own wall-clock
/// timeout is the outer bound; this one keeps an orphaned poppler process from outliving it.
const PDFTOTEXT_TIMEOUT: Duration = Duration::from_secs(60);

impl Extractor for PdfExtractor {
    fn name(&self) -> &'static str {
        "pdf-extract"
    }
    fn version(&self) -> u32 {
        // 2: OCR of pages without text.
        2
    }
    fn extract(&self, path: &Path, bytes: &[u8], opts: &ExtractOptions) -> Extracted {
        let (ex, images) = extract_pdf(path, bytes);
        if opts.ocr {
            with_ocr(path, bytes, ex, &images, &opts.ocr_languages)
        } else {
            ex
        }
    }
}

/// A page whose text is no use: empty, or garbage from a font without a Unicode map.
fn lacks_text(page: &str) -> bool {
    page.trim().is_empty() || is_garbage(page)
}

/// Whether OCR found words rather than specks: a blank back side yields `|` or `.`.
fn has_words(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphanumeric()).count() >= 3
}

/// Reads the pages that need it with OCR (see the module comment). `images` says per page
/// whether it carries an image; empty when unknown (then every page without text is read).
fn with_ocr(
    path: &Path,
    bytes: &[u8],
    mut ex: Extracted,
    images: &[bool],
    languages: &str,
) -> Extracted {
    let no_text = matches!(&ex.failure, Some(f) if f.reason == UnreadableReason::NoText);
    if ex.failure.is_some() && !no_text {
        return ex;
    }
    let wanted = pages_to_read(&ex.pages, images, no_text);
    if wanted.is_empty() {
        return ex;
    }
    let engine = match Ocr::new(languages) {
        Ok(e) => e,
        Err(e) => return ocr_failed(ex, no_text, e.message()),
    };
    let hash = ocr::file_hash(bytes);
    let mut read = 0u32;
    let mut done = 0u32;
    let mut problem: Option<String> = None;
    for &i in wanted.iter().take(ocr::MAX_PAGES) {
        let Ok(page) = u32::try_from(i + 1) else {
            break;
        };
        match engine.read_page(path, &hash, page) {
            Ok(text) => {
                done += 1;
                if has_words(&text) {
                    if let Some(slot) = ex.pages.get_mut(i) {
                        *slot = text;
                        read += 1;
                    }
                }
            }
            Err(e) => {
                let stop = matches!(e, OcrError::Unavailable(_));
                problem.get_or_insert_with(|| e.message().to_string());
                // A missing tool fails every page the same way.
                if stop {
                    break;
                }
            }
        }
    }
    // Pages OCR has seen no longer need it, whether or not it found words on them.
    ex.pages_without_text = ex.pages_without_text.saturating_sub(done);
    if read > 0 {
        ex.extractor = format!("{}+tesseract", ex.extractor);
        if no_text {
            ex.failure = None;
        }
        ex
    } else if let Some(p) = problem {
        ocr_failed(ex, no_text, &p)
    } else if no_text {
        ocr_failed(ex, no_text, "OCR found no text")
    } else {
        ex
    }
}

/// The indices of the pages OCR should read: every page of a `no_text` document (its pages may be
/// vector outlines rather than images), else the pages without text that carry an image (or
/// whose images are unknown). A page with text is never read again, whatever images it holds.
fn pages_to_read(pages: &[String], images: &[bool], no_text: bool) -> Vec<usize> {
    pages
        .iter()
        .enumerate()
        .filter(|(i, p)| no_text || (lacks_text(p) && images.get(*i).copied().unwrap_or(true)))
        .map(|(i, _)| i)
        .collect()
}

/// Adds why OCR did not help to a `no_text` document's detail.
fn ocr_failed(mut ex: Extracted, no_text: bool, why: &str) -> Extracted {
    if no_text {
        if let Some(f) = ex.failure.as_mut() {
            f.detail = format!("{}; {why}", f.detail);
        }
    }
    ex
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

/// The extraction, and per page whether it carries an image (empty when unknown).
fn extract_pdf(path: &Path, bytes: &[u8]) -> (Extracted, Vec<bool>) {
    if let Some(why) = sniff_non_pdf(bytes) {
        return (
            Extracted::failed("pdf-extract", UnreadableReason::Corrupt, why),
            Vec::new(),
        );
    }
    let primary = catch_unwind(AssertUnwindSafe(|| with_pdf_extract(bytes)));
    let primary = match primary {
        Ok(r) => r,
        Err(payload) => {
            Primary::Failed(format!("pdf-extract panicked: {}", panic_message(&payload)))
        }
    };
    let ex = match primary {
        Primary::Encrypted => Extracted::failed(
            "pdf-extract",
            UnreadableReason::Encrypted,
            "the PDF needs a password",
        ),
        Primary::Done(mut ex, truncated, images) => {
            // `truncated` also marks a document that shows text but yielded none: Poppler
            // decides before it is reported as a scan that needs OCR.
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
            }
            let ex = finish(ex);
            // The flags belong to pdf-extract's pages; pdftotext may have counted differently.
            if images.len() == ex.pages.len() {
                return (ex, images);
            }
            ex
        }
        // A file without a single stream holds no page content Poppler could recover (a PDF
        // cut off after its first objects): no process is started for it.
        Primary::Failed(why) if !bytes.windows(6).any(|w| w == b"stream") => Extracted::failed(
            "pdf-extract",
            UnreadableReason::Corrupt,
            format!("{why}; the file holds no content streams"),
        ),
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
    };
    (ex, Vec::new())
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
    /// The pages, whether a page lost text (see [`shown_bytes`]), and per page whether it
    /// carries an image.
    Done(Extracted, bool, Vec<bool>),
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
    // Whether any page's content shows text at all; a pure scan shows none.
    let mut shows_text = false;
    let mut images = Vec::with_capacity(pages.len());
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
                // Images matter only on a page without text (OCR, `no_text`): not looked up
                // otherwise, which spares a walk through every page's resources.
                let has_images = s.trim().is_empty() && page_has_images(&doc, id);
                if s.trim().is_empty() && has_images {
                    without_text += 1;
                }
                images.push(has_images);
                // pdf-extract sometimes stops a page early without an error (seen with
                // Ghostscript's CFF fonts). A short page is checked against the bytes its
                // content stream shows; far more shown than emitted means text was lost.
                if glyphs < SHORT_PAGE_GLYPHS {
                    let shown = shown_bytes(&doc, id);
                    if shown > glyphs * 2 + 20 {
                        truncated = true;
                    }
                    // Text drawn in forms is not counted here; a page without images that
                    // shows no text is odd enough to ask Poppler as well.
                    shows_text |= shown > 0 || !has_images;
                } else {
                    shows_text = true;
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
    let lost = truncated || (shows_text && ex_is_empty(&ex));
    Primary::Done(ex, lost, images)
}

fn ex_is_empty(ex: &Extracted) -> bool {
    ex.pages.iter().all(|p| p.trim().is_empty())
}

/// Pages with fewer emitted glyphs than this are checked for lost text.
const SHORT_PAGE_GLYPHS: usize = 120;

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

    #[test]
    fn only_pages_without_text_are_read() {
        let pages: Vec<String> = ["Brev med tekst", "", "  \n", "\u{FFFD}".repeat(40).as_str()]
            .iter()
            .map(|s| s.to_string())
            .collect();
        // Page 2 has an image, page 3 is blank, page 4 is garbage with an image.
        assert_eq!(
            pages_to_read(&pages, &[true, true, false, true], false),
            [1, 3]
        );
        // Unknown images (pdftotext read the document): every page without text.
        assert_eq!(pages_to_read(&pages, &[], false), [1, 2, 3]);
        // A no_text document: every page.
        assert_eq!(pages_to_read(&pages, &[false; 4], true), [0, 1, 2, 3]);
        assert!(!has_words(" | . "));
        assert!(has_words("Dato"));
    }

    /// OCR options with a private cache, so tests leave the user's cache alone.
    fn ocr_options() -> Option<ExtractOptions> {
        static CACHE: std::sync::Once = std::sync::Once::new();
        CACHE.call_once(|| {
            let dir = std::env::temp_dir().join(format!("casegap-ocr-test-{}", std::process::id()));
            std::env::set_var(crate::ocr::CACHE_ENV, dir);
        });
        if let Err(e) = crate::ocr::check_ocr_available("dan+eng") {
            eprintln!("note: {e}; skipping the OCR test");
            return None;
        }
        Some(ExtractOptions {
            ocr: true,
            ocr_languages: "dan+eng".into(),
        })
    }

    fn fixture(rel: &str) -> (std::path::PathBuf, Vec<u8>) {
        let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
        let bytes = std::fs::read(&p).unwrap();
        (p, bytes)
    }

    #[test]
    fn scans_are_read_with_ocr() {
        let (p, bytes) = fixture("fixtures/hostile/no_text_scan.pdf");
        let plain = PdfExtractor.extract(&p, &bytes, &ExtractOptions::default());
        assert_eq!(
            plain.failure.map(|f| f.reason),
            Some(UnreadableReason::NoText)
        );
        assert_eq!(plain.pages_without_text, 1);
        let Some(opts) = ocr_options() else { return };
        for _ in 0..2 {
            // The second time comes from the cache and must be the same.
            let ex = PdfExtractor.extract(&p, &bytes, &opts);
            assert_eq!(ex.failure, None);
            assert_eq!(ex.extractor, "pdf-extract+tesseract");
            assert_eq!(ex.pages_without_text, 0);
            let text = crate::cpr::mask(&ex.full_text()).into_owned();
            assert!(text.contains("Scannet brev uden tekstlag"), "{text}");
            assert!(text.contains("Dato: 12.03.2015"), "{text}");
            assert!(
                text.contains("XXXXXX-XXXX"),
                "the CPR number is read: {text}"
            );
        }
        let (p, bytes) = fixture("fixtures/demo/2019-0042 010212-1234/Scannet/Dokument 000311.pdf");
        let ex = PdfExtractor.extract(&p, &bytes, &opts);
        assert_eq!(ex.failure, None);
        let text = ex.full_text();
        for want in [
            "Udtalelse fra skole",
            "Dato: 15.10.2019",
            "Nørrebakke Skole",
            "klasselærer",
        ] {
            assert!(text.contains(want), "{want}: {}", crate::cpr::mask(&text));
        }
    }

    #[test]
    fn text_pdfs_are_not_ocred() {
        let Some(opts) = ocr_options() else { return };
        let (p, bytes) = fixture("fixtures/hostile/empty_password_rc4.pdf");
        let ex = PdfExtractor.extract(&p, &bytes, &opts);
        assert_eq!(ex.failure, None);
        assert_eq!(ex.extractor, "pdf-extract");
        // Failures other than no_text are not OCR's business.
        let (p, bytes) = fixture("fixtures/hostile/password.pdf");
        let ex = PdfExtractor.extract(&p, &bytes, &opts);
        assert_eq!(
            ex.failure.map(|f| f.reason),
            Some(UnreadableReason::Encrypted)
        );
    }
}
