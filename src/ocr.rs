//! OCR: reading PDF pages that have no text layer, with poppler's `pdftoppm` and `tesseract`.
//!
//! *OCR* here means: one page of a PDF is rendered to a grey image in a private temporary folder
//! (`pdftoppm`), and tesseract reads that image (`-l dan+eng`). The resolution is the scan's
//! own (see [`render_dpi`]), 300 dpi where the page has no image. Each of the two external
//! calls has its own timeout and is killed when it overruns; tesseract runs with
//! `OMP_THREAD_LIMIT=1`, because its OpenMP threads would otherwise fight the other workers' OCR
//! for the same cores and parallel OCR would become slower than serial. The result is plain page
//! text that the PDF extractor hands on like any other (`extract/pdf.rs` decides which pages need
//! it).
//!
//! An *OCR cache entry* is the text of one page, keyed by the blake3 hash of the file's bytes, the
//! tesseract version, the languages, the page number and the render settings, so that a second
//! run over the same export reads nothing twice. OCR text holds names and CPR numbers, so the
//! cache is private: folders casegap creates are 0700, entries are 0600, and entries are written
//! to a temporary file and renamed into place so that parallel workers never read half an entry.
//! The cache lives in `$CASEGAP_OCR_CACHE`, else `$XDG_CACHE_HOME/casegap/ocr`, else
//! `~/.cache/casegap/ocr`.

use std::fs;
use std::io::{self, Read, Write};
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Languages used when none are given.
pub const DEFAULT_LANGUAGES: &str = "dan";

/// What to install when tesseract or its Danish data is missing.
pub const INSTALL_HINT: &str = "apt-get install tesseract-ocr tesseract-ocr-dan";

/// How long one external call (rendering one page, or reading one page) may run. A scanned A4
/// page takes 1–4 s on one core; the margin covers a loaded machine.
pub const CALL_TIMEOUT: Duration = Duration::from_secs(90);

/// The wall-clock time one page may take, rendering and reading together. The worker's parent
/// grants a document this much more time each time the worker starts a page (see `worker.rs`).
pub const PAGE_BUDGET: Duration = Duration::from_secs(2 * 90 + 10);

/// At most this many pages of one document are read. A hostile page tree may claim millions of
/// pages; the rest stay counted as pages needing OCR.
pub const MAX_PAGES: usize = 500;

/// The environment variable that overrides the cache folder.
pub const CACHE_ENV: &str = "CASEGAP_OCR_CACHE";

/// Render and recognition settings; part of the cache key, so changing them invalidates it.
const SETTINGS: &str = "pdftoppm -r native in 200..=400 else 300, -gray; tesseract --psm 3; v2";

/// Output beyond this is not kept: a page of text is a few KiB, a runaway tool is not.
const MAX_OUTPUT: u64 = 8 << 20;

/// Why a page could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OcrError {
    /// A tool or language pack is missing: every page would fail the same way. The message says
    /// what to install.
    Unavailable(String),
    /// One call ran longer than [`CALL_TIMEOUT`].
    Timeout(String),
    /// Anything else about this one page.
    Failed(String),
}

impl OcrError {
    pub fn message(&self) -> &str {
        match self {
            OcrError::Unavailable(m) | OcrError::Timeout(m) | OcrError::Failed(m) => m,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Availability

/// Checks that `pdftoppm`, `tesseract` and the language packs of `languages` (`dan+eng`) are
/// installed. Returns tesseract's version, or a one-line message that says what to install.
/// The answer is remembered for the life of the process (workers ask once, not per page).
pub fn check_ocr_available(languages: &str) -> Result<String, String> {
    static CHECKED: Mutex<Vec<(String, Result<String, String>)>> = Mutex::new(Vec::new());
    if let Ok(done) = CHECKED.lock() {
        if let Some((_, r)) = done.iter().find(|(l, _)| l == languages) {
            return r.clone();
        }
    }
    let r = check_uncached(languages);
    if let Ok(mut done) = CHECKED.lock() {
        done.push((languages.to_string(), r.clone()));
    }
    r
}

fn check_uncached(languages: &str) -> Result<String, String> {
    let langs = normalize_languages(languages)?;
    match run(Command::new("pdftoppm").arg("-v"), CALL_TIMEOUT) {
        Err(RunError::NotFound) => {
            return Err(
                "OCR needs pdftoppm, which is not installed: apt-get install poppler-utils".into(),
            )
        }
        Err(e) => return Err(format!("cannot run pdftoppm: {}", e.text())),
        Ok(_) => {}
    }
    let out = match run(Command::new("tesseract").arg("--version"), CALL_TIMEOUT) {
        Err(RunError::NotFound) => {
            return Err(format!(
                "OCR needs tesseract, which is not installed: {INSTALL_HINT}"
            ))
        }
        Err(e) => return Err(format!("cannot run tesseract: {}", e.text())),
        Ok(o) => o,
    };
    // Tesseract 4+ prints its version on stdout, older ones on stderr.
    let version = parse_version(&out.combined()).ok_or_else(|| {
        format!("tesseract does not say its version (broken installation?): {INSTALL_HINT}")
    })?;
    let listed = run(Command::new("tesseract").arg("--list-langs"), CALL_TIMEOUT)
        .map_err(|e| format!("cannot run tesseract --list-langs: {}", e.text()))?;
    let have = parse_lang_list(&listed.combined());
    let missing: Vec<&str> = langs
        .split('+')
        .filter(|l| !have.iter().any(|h| h == l))
        .collect();
    if !missing.is_empty() {
        return Err(missing_languages_message(&missing));
    }
    Ok(version)
}

/// Validates a tesseract language list (`dan+eng`); empty means [`DEFAULT_LANGUAGES`]. Only
/// letters, digits, `_` and `/` (script models) are allowed, so the value can never be taken for
/// an option of the tools.
pub fn normalize_languages(languages: &str) -> Result<String, String> {
    let l = languages.trim();
    if l.is_empty() {
        return Ok(DEFAULT_LANGUAGES.to_string());
    }
    let ok = l.split('+').all(|part| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '/')
    });
    if ok {
        Ok(l.to_string())
    } else {
        Err(format!(
            "--ocr-languages '{}' is not a tesseract language list like 'dan+eng'",
            crate::cpr::mask(l)
        ))
    }
}

fn missing_languages_message(missing: &[&str]) -> String {
    let packages: Vec<String> = missing
        .iter()
        .map(|l| {
            format!(
                "tesseract-ocr-{}",
                l.to_ascii_lowercase().replace(['_', '/'], "-")
            )
        })
        .collect();
    format!(
        "tesseract has no language data for '{}': apt-get install {}",
        missing.join("+"),
        packages.join(" ")
    )
}

/// `tesseract 5.3.0` (first line of `--version`) → `5.3.0`.
fn parse_version(out: &str) -> Option<String> {
    out.lines().find_map(|l| {
        let mut it = l.split_whitespace();
        match (it.next(), it.next()) {
            (Some("tesseract"), Some(v)) => Some(v.trim_start_matches('v').to_string()),
            _ => None,
        }
    })
}

/// The language codes of `tesseract --list-langs` (one per line after a header line).
fn parse_lang_list(out: &str) -> Vec<String> {
    out.lines()
        .filter(|l| !l.contains(' ') && !l.trim().is_empty())
        .map(|l| l.trim().to_string())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Progress

type Hook = Box<dyn Fn() + Send + Sync>;

static PROGRESS: OnceLock<Hook> = OnceLock::new();

/// Installs the function called before each page is read. A worker uses it to tell its parent
/// that it is alive and has started a page, so that a long scan gets time page by page instead
/// of one timeout for the whole document. Only the first hook of a process counts.
pub fn set_progress_hook(hook: Hook) {
    let _ = PROGRESS.set(hook);
}

fn progress() {
    if let Some(h) = PROGRESS.get() {
        h();
    }
}

// ---------------------------------------------------------------------------------------------
// The engine

/// A ready OCR engine: checked tools, languages, and the cache (if one can be used).
pub struct Ocr {
    languages: String,
    version: String,
    cache: Option<Cache>,
}

impl Ocr {
    /// Checks the tools once per process (see [`check_ocr_available`]) and opens the default
    /// cache. A cache that cannot be created is not an error: OCR works, only slower next time.
    pub fn new(languages: &str) -> Result<Ocr, OcrError> {
        // The checks run tools too; the worker's parent should count their time as OCR time.
        progress();
        let languages = normalize_languages(languages).map_err(OcrError::Failed)?;
        let version = check_ocr_available(&languages).map_err(OcrError::Unavailable)?;
        let cache = Cache::default_dir().and_then(|d| Cache::open(&d).ok());
        Ok(Ocr {
            languages,
            version,
            cache,
        })
    }

    /// Uses `cache` instead of the default one (`None`: no cache).
    pub fn with_cache(mut self, cache: Option<Cache>) -> Ocr {
        self.cache = cache;
        self
    }

    /// Tesseract's version, e.g. `5.3.0`.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The text of page `page` (1-based) of the PDF at `pdf`, whose bytes hash to `file_hash`
    /// (see [`file_hash`]): from the cache, or rendered and read, then cached. The cache keeps
    /// tesseract's own output and [`tidy`] runs on the way out, so that a better tidy-up needs
    /// no new OCR.
    pub fn read_page(&self, pdf: &Path, file_hash: &str, page: u32) -> Result<String, OcrError> {
        let key = CacheKey {
            file_hash: file_hash.to_string(),
            tesseract: self.version.clone(),
            languages: self.languages.clone(),
            page,
        };
        if let Some(text) = self.cache.as_ref().and_then(|c| c.get(&key)) {
            return Ok(tidy(&text));
        }
        progress();
        let text = ocr_page(pdf, page, &self.languages)?;
        if let Some(c) = &self.cache {
            // A full disk or a read-only cache costs only the next run's time.
            let _ = c.put(&key, &text);
        }
        Ok(tidy(&text))
    }
}

/// The blake3 hash of a file's bytes, hex: the file part of the cache key.
pub fn file_hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

/// The resolution a page is rendered at, from the resolution of its scanned image (`None`: no
/// image, e.g. text drawn as outlines). A 1-bit scan resampled by an odd factor (200 ppi drawn at
/// 300 dpi) gets grey, smeared edges, and tesseract then reads the ø of a bold title as `g` or `o`:
/// on the dev corpus, rendering at 300 dpi typed 32 of 34 scans right, at the scan's own 200 dpi
/// all 34. Below 200 dpi (150 ppi faxes) the letters are too small for tesseract and are scaled
/// up to 200; above 400 nothing is gained for the time it costs.
pub fn render_dpi(native_ppi: Option<u32>) -> u32 {
    match native_ppi {
        Some(ppi) => ppi.clamp(200, 400),
        None => 300,
    }
}

/// The resolution of the largest image on a page, from `pdfimages -list` (which accounts for
/// how the image is scaled onto the page). `None` when the page has no image or the tool fails.
fn native_ppi(pdf: &Path, page: u32) -> Option<u32> {
    let n = page.to_string();
    let out = run(
        Command::new("pdfimages")
            .args(["-list", "-f", &n, "-l", &n])
            .arg(safe_arg(pdf)),
        CALL_TIMEOUT,
    )
    .ok()?;
    parse_image_list(&String::from_utf8_lossy(&out.stdout))
}

/// The x/y-ppi (the smaller) of the largest `image` row of a `pdfimages -list` table.
fn parse_image_list(table: &str) -> Option<u32> {
    table
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            if f.len() < 14 || f[2] != "image" {
                return None;
            }
            let w: u64 = f[3].parse().ok()?;
            let h: u64 = f[4].parse().ok()?;
            let x: f64 = f[12].parse().ok()?;
            let y: f64 = f[13].parse().ok()?;
            let ppi = x.min(y).round();
            (1.0..100_000.0)
                .contains(&ppi)
                .then_some((w.saturating_mul(h), ppi as u32))
        })
        .max_by_key(|(area, _)| *area)
        .map(|(_, ppi)| ppi)
}

/// Renders one page and reads it.
fn ocr_page(pdf: &Path, page: u32, languages: &str) -> Result<String, OcrError> {
    // tempfile creates the folder 0700: the image shows a child's case.
    let dir = tempfile::Builder::new()
        .prefix("casegap-ocr-")
        .tempdir()
        .map_err(|e| OcrError::Failed(format!("OCR: cannot create a temporary folder: {e}")))?;
    let prefix = dir.path().join("page");
    let n = page.to_string();
    let dpi = render_dpi(native_ppi(pdf, page)).to_string();
    let rendered = run(
        Command::new("pdftoppm")
            .args(["-r", &dpi, "-gray", "-singlefile", "-f", &n, "-l", &n])
            .arg(safe_arg(pdf))
            .arg(&prefix),
        CALL_TIMEOUT,
    );
    match rendered {
        Ok(o) if o.status.success() => {}
        Ok(o) => {
            return Err(OcrError::Failed(format!(
                "pdftoppm could not render page {page} ({}): {}",
                o.status,
                first_line(&o.stderr)
            )))
        }
        Err(RunError::NotFound) => {
            return Err(OcrError::Unavailable(
                "OCR needs pdftoppm, which is not installed: apt-get install poppler-utils".into(),
            ))
        }
        Err(RunError::Timeout) => {
            return Err(OcrError::Timeout(format!(
                "OCR: rendering page {page} took longer than {} s",
                CALL_TIMEOUT.as_secs()
            )))
        }
        Err(e) => return Err(OcrError::Failed(format!("pdftoppm: {}", e.text()))),
    }
    // Uncompressed PGM, not PNG: compressing a 300 dpi page took pdftoppm six times as long as
    // rendering it (0.55 s against 0.09 s of CPU), and tesseract reads both alike.
    let image = dir.path().join("page.pgm");
    if !image.is_file() {
        return Err(OcrError::Failed(format!(
            "pdftoppm wrote no image for page {page}"
        )));
    }
    let read = run(
        Command::new("tesseract")
            .arg(&image)
            .arg("stdout")
            .args(["-l", languages, "--psm", "3", "--dpi", &dpi])
            .env("OMP_THREAD_LIMIT", "1"),
        CALL_TIMEOUT,
    );
    let out = match read {
        Ok(o) => o,
        Err(RunError::NotFound) => {
            return Err(OcrError::Unavailable(format!(
                "OCR needs tesseract, which is not installed: {INSTALL_HINT}"
            )))
        }
        Err(RunError::Timeout) => {
            return Err(OcrError::Timeout(format!(
                "OCR: reading page {page} took longer than {} s",
                CALL_TIMEOUT.as_secs()
            )))
        }
        Err(e) => return Err(OcrError::Failed(format!("tesseract: {}", e.text()))),
    };
    let err = String::from_utf8_lossy(&out.stderr);
    // With `dan+eng` and no Danish data, tesseract warns, reads with English only and exits 0:
    // the warning is the only sign, and English-only text would miss æ ø å.
    if let Some(lang) = failed_language(&err) {
        return Err(OcrError::Unavailable(missing_languages_message(&[&lang])));
    }
    if !out.status.success() {
        return Err(OcrError::Failed(format!(
            "tesseract could not read page {page} ({}): {}",
            out.status,
            first_line(&out.stderr)
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// `Failed loading language 'dan'` → `dan`.
fn failed_language(stderr: &str) -> Option<String> {
    let i = stderr.find("Failed loading language")?;
    let rest = &stderr[i..];
    let start = rest.find('\'')? + 1;
    let len = rest.get(start..)?.find('\'')?;
    rest.get(start..start + len).map(str::to_string)
}

/// Characters that dust, staples and punch holes on a scan turn into.
const SPECKS: &[char] = &[
    '.', ',', '_', '\'', '"', '‘', '’', '“', '”', '„', '|', '—', '–', '-', ':', ';', '~', '`', '°',
    '·', '«', '»', '©', '®', '*', '^', '¢',
];

/// One to three speck characters and nothing else.
fn is_speck(token: &str) -> bool {
    token.chars().count() <= 3 && token.chars().all(|c| SPECKS.contains(&c))
}

/// Tidies tesseract's text of one page. Tesseract ends each page with a form feed, and casegap
/// uses form feeds between pages, so they go. Specks on the scan come out as lone punctuation
/// before or after a line (`. Dato: 12.03.2015`, `Dato: 23-02-2017 | |`); they would keep a
/// labelled date or a title from starting its line, so a lone speck token (one to three such
/// characters between the line's edge and a space) is dropped. Words are left as read.
pub fn tidy(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for line in raw.replace('\u{c}', "\n").lines() {
        let mut l = line.trim();
        while let Some((first, rest)) = l.split_once(char::is_whitespace) {
            if !is_speck(first) {
                break;
            }
            l = rest.trim_start();
        }
        while let Some((rest, last)) = l.rsplit_once(char::is_whitespace) {
            if !is_speck(last) {
                break;
            }
            l = rest.trim_end();
        }
        out.push_str(l);
        out.push('\n');
    }
    out.trim_end().to_string()
}

/// A relative path that starts with `-` would be taken for an option.
fn safe_arg(p: &Path) -> PathBuf {
    if p.is_relative() && p.as_os_str().as_encoded_bytes().first() == Some(&b'-') {
        Path::new(".").join(p)
    } else {
        p.to_path_buf()
    }
}

fn first_line(bytes: &[u8]) -> String {
    let s = String::from_utf8_lossy(bytes);
    let line = s.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    crate::cpr::mask(&line.chars().take(200).collect::<String>()).into_owned()
}

// ---------------------------------------------------------------------------------------------
// Running a tool with a timeout

struct Output {
    status: ExitStatus,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

impl Output {
    fn combined(&self) -> String {
        let mut s = String::from_utf8_lossy(&self.stdout).into_owned();
        s.push('\n');
        s.push_str(&String::from_utf8_lossy(&self.stderr));
        s
    }
}

enum RunError {
    NotFound,
    Timeout,
    Io(String),
}

impl RunError {
    fn text(&self) -> String {
        match self {
            RunError::NotFound => "not installed".into(),
            RunError::Timeout => "timed out".into(),
            RunError::Io(e) => e.clone(),
        }
    }
}

/// Runs `cmd` to its end or until `timeout`, then kills it. Polling `try_wait` (rather than a
/// blocking wait) is what makes the timeout possible without extra crates; stdout and stderr are
/// drained by threads so that a chatty tool cannot block on a full pipe.
fn run(cmd: &mut Command, timeout: Duration) -> Result<Output, RunError> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::process::CommandExt;
        // SAFETY: prctl is async-signal-safe. If the worker is killed (its own timeout), the
        // tool dies with it instead of running on as an orphan.
        unsafe {
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
    }
    let mut child = cmd.spawn().map_err(|e| {
        if e.kind() == io::ErrorKind::NotFound {
            RunError::NotFound
        } else {
            RunError::Io(e.to_string())
        }
    })?;
    let drain = |r: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(r) = r {
                let _ = r.take(MAX_OUTPUT).read_to_end(&mut buf);
            }
            buf
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
    );
    let start = Instant::now();
    let mut pause = Duration::from_millis(2);
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st,
            Ok(None) if start.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                let _ = out.join();
                let _ = err.join();
                return Err(RunError::Timeout);
            }
            Ok(None) => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(RunError::Io(e.to_string()));
            }
        }
    };
    Ok(Output {
        status,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
    })
}

// ---------------------------------------------------------------------------------------------
// The cache

/// What identifies one page's OCR text (see the module comment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CacheKey {
    /// blake3 of the file's bytes, hex ([`file_hash`]).
    pub file_hash: String,
    /// Tesseract's version: a new version reads differently.
    pub tesseract: String,
    /// Tesseract languages, e.g. `dan+eng`.
    pub languages: String,
    /// 1-based page number.
    pub page: u32,
}

impl CacheKey {
    /// The entry's name: blake3 over the fields, each ended by a NUL so that no two different
    /// keys can run together into the same bytes.
    pub fn digest(&self) -> String {
        let mut h = blake3::Hasher::new();
        for part in [
            SETTINGS,
            &self.file_hash,
            &self.tesseract,
            &self.languages,
            &self.page.to_string(),
        ] {
            h.update(part.as_bytes());
            h.update(&[0]);
        }
        h.finalize().to_hex().to_string()
    }
}

/// A folder of OCR cache entries, `ab/abcdef….txt` (two-level, so no folder grows huge).
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    /// `$CASEGAP_OCR_CACHE`, else `$XDG_CACHE_HOME/casegap/ocr`, else `~/.cache/casegap/ocr`;
    /// `None` when none of these is known.
    pub fn default_dir() -> Option<PathBuf> {
        let var = |k: &str| {
            std::env::var_os(k)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        if let Some(d) = var(CACHE_ENV) {
            return Some(d);
        }
        // The XDG spec says relative values are to be ignored.
        if let Some(d) = var("XDG_CACHE_HOME").filter(|d| d.is_absolute()) {
            return Some(d.join("casegap").join("ocr"));
        }
        var("HOME").map(|h| h.join(".cache").join("casegap").join("ocr"))
    }

    /// Opens (creating with mode 0700) the cache folder `dir`. An existing folder keeps its
    /// mode: the user may have pointed the cache at a folder that is not casegap's to change;
    /// the entries inside are private anyway.
    pub fn open(dir: &Path) -> io::Result<Cache> {
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
        Ok(Cache {
            dir: dir.to_path_buf(),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn entry_path(&self, key: &CacheKey) -> PathBuf {
        let d = key.digest();
        let (fan, _) = d.split_at(2);
        self.dir.join(fan).join(format!("{d}.txt"))
    }

    /// The cached text of a page, if any. A damaged entry (not UTF-8) counts as missing.
    pub fn get(&self, key: &CacheKey) -> Option<String> {
        let bytes = fs::read(self.entry_path(key)).ok()?;
        String::from_utf8(bytes).ok()
    }

    /// Stores the text of a page: written to a temporary file (0600) beside the entry, then
    /// renamed over it, which is atomic within one file system.
    pub fn put(&self, key: &CacheKey, text: &str) -> io::Result<()> {
        let path = self.entry_path(key);
        let parent = path
            .parent()
            .ok_or_else(|| io::Error::other("cache entry without a folder"))?;
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(parent)?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".tmp-")
            .permissions(fs::Permissions::from_mode(0o600))
            .tempfile_in(parent)?;
        tmp.write_all(text.as_bytes())?;
        tmp.flush()?;
        tmp.persist(&path).map_err(|e| e.error)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(page: u32) -> CacheKey {
        CacheKey {
            file_hash: file_hash(b"%PDF-1.4 scan"),
            tesseract: "5.3.0".into(),
            languages: "dan+eng".into(),
            page,
        }
    }

    #[test]
    fn cache_key_depends_on_every_field() {
        let base = key(1);
        assert_eq!(base.digest(), key(1).digest(), "stable");
        assert_eq!(base.digest().len(), 64);
        let mut other = vec![key(2)];
        let mut k = key(1);
        k.file_hash = file_hash(b"%PDF-1.4 other scan");
        other.push(k);
        let mut k = key(1);
        k.tesseract = "5.3.1".into();
        other.push(k);
        let mut k = key(1);
        k.languages = "dan".into();
        other.push(k);
        for o in other {
            assert_ne!(base.digest(), o.digest(), "{o:?}");
        }
        // Fields cannot run together: "dan" + "1" is not "da" + "n1".
        let mut a = key(1);
        a.languages = "dan".into();
        let mut b = key(1);
        b.languages = "da".into();
        b.tesseract = format!("{}\0n", b.tesseract);
        assert_ne!(a.digest(), b.digest());
    }

    #[test]
    fn cache_round_trip_and_permissions() {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("casegap").join("ocr");
        let cache = Cache::open(&dir).unwrap();
        assert_eq!(cache.get(&key(1)), None);
        cache
            .put(&key(1), "Tilsynsbesøg\nDato: 15/11-2021")
            .unwrap();
        assert_eq!(
            cache.get(&key(1)).as_deref(),
            Some("Tilsynsbesøg\nDato: 15/11-2021")
        );
        assert_eq!(cache.get(&key(2)), None);
        // Overwriting replaces the entry whole.
        cache.put(&key(1), "").unwrap();
        assert_eq!(cache.get(&key(1)).as_deref(), Some(""));

        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), 0o700);
        let entry = cache.entry_path(&key(1));
        assert_eq!(mode(&entry), 0o600);
        let fan = entry.parent().unwrap();
        assert_eq!(mode(fan), 0o700);
        // No temporary files are left behind.
        let names: Vec<_> = fs::read_dir(fan)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
        assert!(names[0].ends_with(".txt"));
    }

    #[test]
    fn damaged_entry_is_a_miss() {
        let t = tempfile::tempdir().unwrap();
        let cache = Cache::open(t.path()).unwrap();
        let p = cache.entry_path(&key(3));
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, b"\xff\xfe broken").unwrap();
        assert_eq!(cache.get(&key(3)), None);
    }

    #[test]
    fn languages_are_validated() {
        assert_eq!(normalize_languages("").unwrap(), "dan");
        assert_eq!(normalize_languages(" dan ").unwrap(), "dan");
        assert_eq!(
            normalize_languages("dan+eng+script/Latin").unwrap(),
            "dan+eng+script/Latin"
        );
        for bad in ["-l", "dan++eng", "dan eng", "dan;rm", "+dan"] {
            assert!(normalize_languages(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn tool_output_is_parsed() {
        assert_eq!(
            parse_version("tesseract 5.3.0\n leptonica-1.82.0\n").as_deref(),
            Some("5.3.0")
        );
        assert_eq!(
            parse_version("tesseract v4.1.1\n").as_deref(),
            Some("4.1.1")
        );
        assert_eq!(parse_version("command not found"), None);
        let langs = parse_lang_list(
            "List of available languages in \"/usr/share/tesseract-ocr/5/tessdata/\" (3):\ndan\neng\nosd\n",
        );
        assert_eq!(langs, ["dan", "eng", "osd"]);
        assert_eq!(
            failed_language(
                "Error opening data file /x/dan.traineddata\nFailed loading language 'dan'\n"
            )
            .as_deref(),
            Some("dan")
        );
        assert_eq!(failed_language("Estimating resolution as 300"), None);
        assert_eq!(tidy("Brev\n\n\u{c}"), "Brev");
        assert_eq!(
            missing_languages_message(&["dan"]),
            "tesseract has no language data for 'dan': apt-get install tesseract-ocr-dan"
        );
    }

    #[test]
    fn scans_are_rendered_at_their_own_resolution() {
        let table = "page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio
--------------------------------------------------------------------------------------------
   1     0 image     120    40  rgb     3   8  jpeg   no         5  0    72    72 2.1K  14%
   1     1 image    1654  2339  gray    1   1  ccitt  no         6  0   200   200 20.2K 4.3%
   1     2 smask   1654  2339  gray    1   8  image  no         6  0   600   600 20.2K 4.3%
";
        assert_eq!(parse_image_list(table), Some(200));
        assert_eq!(parse_image_list("Syntax Error: broken"), None);
        assert_eq!(render_dpi(Some(200)), 200);
        assert_eq!(render_dpi(Some(150)), 200);
        assert_eq!(render_dpi(Some(300)), 300);
        assert_eq!(render_dpi(Some(1200)), 400);
        assert_eq!(render_dpi(None), 300);
    }

    #[test]
    fn specks_are_tidied_away() {
        assert_eq!(
            tidy(". Dato: 12.03.2015\n_ Indsatsen blev iværksat .\nDato: 23-02-2017 | |\n\u{c}"),
            "Dato: 12.03.2015\nIndsatsen blev iværksat\nDato: 23-02-2017"
        );
        // Words, dates and sentence ends stay as read; lines stay lines.
        assert_eq!(
            tidy("Side 1\n\nkl. 14.30 - ca.\n§ 50\n-\n\"Elev: Oliver"),
            "Side 1\n\nkl. 14.30 - ca.\n§ 50\n-\n\"Elev: Oliver"
        );
        assert_eq!(tidy("' '"), "'");
        assert_eq!(tidy(""), "");
    }

    #[test]
    fn missing_language_says_what_to_install() {
        if run(Command::new("tesseract").arg("--version"), CALL_TIMEOUT).is_err() {
            eprintln!("note: tesseract is not installed; skipping");
            return;
        }
        let e = check_ocr_available("dan+zzz").unwrap_err();
        assert!(e.contains("apt-get install tesseract-ocr-zzz"), "{e}");
        assert!(!e.contains('\n'));
    }

    #[test]
    fn a_hung_tool_is_killed() {
        let start = Instant::now();
        let r = run(Command::new("sleep").arg("5"), Duration::from_millis(200));
        assert!(matches!(r, Err(RunError::Timeout)));
        assert!(start.elapsed() < Duration::from_secs(3));
        assert!(matches!(
            run(&mut Command::new("casegap-no-such-tool"), CALL_TIMEOUT),
            Err(RunError::NotFound)
        ));
    }

    #[test]
    fn ocr_reads_the_hostile_scan() {
        if check_ocr_available(DEFAULT_LANGUAGES).is_err() {
            eprintln!("note: tesseract with Danish data is not installed; skipping the OCR test");
            return;
        }
        let pdf = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/hostile/no_text_scan.pdf");
        let bytes = fs::read(&pdf).unwrap();
        let ocr = Ocr::new(DEFAULT_LANGUAGES).unwrap().with_cache(None);
        let text = ocr.read_page(&pdf, &file_hash(&bytes), 1).unwrap();
        assert!(
            text.contains("Scannet brev uden tekstlag"),
            "{}",
            crate::cpr::mask(&text)
        );
        assert!(text.contains("12.03.2015"), "{}", crate::cpr::mask(&text));
        // A page that does not exist is a failure of that page, not a panic.
        assert!(ocr.read_page(&pdf, &file_hash(&bytes), 7).is_err());
    }
}
