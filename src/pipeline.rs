//! The scan: discover → extract → detect → evaluate → write, streamed case by case.
//!
//! The *stream* is the one pass over the export: files are handed to the workers in case-id
//! order, one at a time as threads become free (parallel over documents, not over cases, so one
//! case with 300 documents keeps every core busy), and their outcomes come back through a
//! bounded queue. A case is evaluated and its line appended to `cases.jsonl` as soon as it and
//! every case before it are complete, so memory holds only the cases in flight, never the
//! caseload, and no core waits at a batch boundary. Outputs are written to temporary files and
//! renamed into place at the end, so an interrupted run never leaves a half-written
//! `cases.jsonl` behind.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Instant;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde_json::json;

use crate::cache::{self, Cache};
use crate::cpr;
use crate::detect::{Detector, Unit};
use crate::discover::{self, CaseDir, CaseFile};
use crate::extract::{extractor_for, Extracted};
use crate::journal;
use crate::merge;
use crate::model::{CaseReport, Document, Unreadable, UnreadableReason};
use crate::overrides::Overrides;
use crate::rules::{self, RuleCatalogue};
use crate::sample;
use crate::summary::{Stats, SummaryMeta};
use crate::worker::{Pool, WorkerConfig};

/// Validated settings of one scan.
pub struct ScanConfig {
    pub root: PathBuf,
    pub out: PathBuf,
    pub as_of: NaiveDate,
    pub jobs: usize,
    pub case_depth: usize,
    pub progress: bool,
    pub overrides: Option<Overrides>,
    pub worker: WorkerConfig,
    /// Bounds the queue between the workers and the writer: outcomes of this many cases' worth
    /// of files (x32) may wait while an earlier case is still being read.
    pub batch_cases: usize,
    /// Scan only a random sample of this many cases, drawn with this seed (`casegap sample`'s
    /// algorithm, so both draw the same cases).
    pub sample: Option<(usize, u64)>,
    /// Scan only shard K of N (1-based K), cases chosen by a stable hash of their id.
    pub shard: Option<(u32, u32)>,
    /// The extraction cache; `None` with `--no-cache`.
    pub cache: Option<Cache>,
}

/// Counts of a finished scan, for the exit status and the closing summary.
#[derive(Debug, Default, Clone)]
pub struct ScanTotals {
    pub cases: usize,
    pub documents: usize,
    pub files: usize,
    pub unreadable: usize,
    pub cases_with_gaps: usize,
    pub seconds: f64,
}

/// A case's documents, unreadable files, and (pages, files) that need OCR.
type CaseParts = (Vec<Document>, Vec<Unreadable>, (u32, u32));

/// What one file turned into.
#[derive(serde::Serialize, serde::Deserialize)]
struct FileOutcome {
    documents: Vec<Document>,
    unreadable: Option<Unreadable>,
    pages_needing_ocr: u32,
}

impl FileOutcome {
    /// A file that gave no documents, for a reason that needs no page count.
    fn unreadable(f: &CaseFile, reason: UnreadableReason, detail: &str) -> FileOutcome {
        FileOutcome {
            documents: Vec::new(),
            unreadable: Some(Unreadable {
                id: f.id.clone(),
                reason,
                detail: detail.into(),
                pages: 0,
            }),
            pages_needing_ocr: 0,
        }
    }
}

/// Runs a scan and writes `cases.jsonl` and `summary.json` into `cfg.out`.
pub fn scan(
    cfg: &ScanConfig,
    detector: &Detector,
    rule_cat: &RuleCatalogue,
) -> Result<ScanTotals, String> {
    let started = Instant::now();
    let mut export = discover::find_cases(&cfg.root, cfg.case_depth).map_err(|e| e.0)?;
    let mut selection = serde_json::Value::Null;
    if let Some((size, seed)) = cfg.sample {
        let ids: Vec<String> = export.cases.iter().map(|c| c.id.clone()).collect();
        if size == 0 || size > ids.len() {
            return Err(format!(
                "--sample {size}: the export holds {} cases; draw between 1 and that",
                ids.len()
            ));
        }
        let drawn = sample::draw(&ids, size, seed);
        selection = json!({
            "method": "simple_random", "algorithm": sample::ALGORITHM_ID, "seed": seed, "size": size,
            "population": ids.len(), "population_hash": sample::population_hash(&ids),
        });
        export.cases.retain(|c| drawn.binary_search(&c.id).is_ok());
    }
    if let Some(shard) = cfg.shard {
        export.cases.retain(|c| merge::in_shard(&c.id, shard));
    }
    std::fs::create_dir_all(&cfg.out).map_err(|e| {
        format!(
            "cannot create the output folder '{}': {e}",
            cfg.out.display()
        )
    })?;
    let threads = rayon::ThreadPoolBuilder::new()
        .num_threads(cfg.jobs)
        .build()
        .map_err(|e| format!("cannot start {} threads: {e}", cfg.jobs))?;
    let pool = Pool::new(cfg.worker.clone());
    let mut jsonl = tempfile::NamedTempFile::new_in(&cfg.out)
        .map_err(|e| format!("cannot write in '{}': {e}", cfg.out.display()))?;
    let mut stats = Stats::default();
    let progress = Progress::new(cfg.progress, export.cases.len());
    let files_done = AtomicUsize::new(0);

    // Files flow to the workers in case order (`par_bridge` pulls them one by one), results
    // come back through a bounded channel, and each case is written as soon as it and every
    // case before it are complete: no barrier where cores wait for the slowest document of a
    // batch, and only the cases still in flight are held in memory.
    enum Msg {
        Case {
            idx: usize,
            files: usize,
            problems: Vec<Unreadable>,
        },
        File {
            idx: usize,
            outcome: FileOutcome,
        },
    }
    #[derive(Default)]
    struct Pending {
        expected: Option<usize>,
        got: usize,
        parts: CaseParts,
    }
    let cases = &export.cases;
    let (tx, rx) = std::sync::mpsc::sync_channel::<Msg>(cfg.batch_cases.max(1) * 32);
    let mut write_error: Option<String> = None;
    std::thread::scope(|scope| {
        let (threads, pool, files_done) = (&threads, &pool, &files_done);
        scope.spawn(move || {
            let listing = tx.clone();
            let items = cases.iter().enumerate().flat_map(move |(idx, case)| {
                let (files, problems) = discover::list_files(case);
                let _ = listing.send(Msg::Case {
                    idx,
                    files: files.len(),
                    problems,
                });
                files.into_iter().map(move |f| (idx, f))
            });
            threads.install(|| {
                items.par_bridge().for_each_with(tx, |tx, (idx, f)| {
                    let outcome = process_file(&f, pool, cfg.cache.as_ref(), detector);
                    files_done.fetch_add(1, Ordering::Relaxed);
                    let _ = tx.send(Msg::File { idx, outcome });
                });
            });
        });
        let mut pending: std::collections::BTreeMap<usize, Pending> = Default::default();
        let mut next = 0usize;
        for msg in rx {
            match msg {
                Msg::Case {
                    idx,
                    files,
                    problems,
                } => {
                    let p = pending.entry(idx).or_default();
                    p.expected = Some(files);
                    p.parts.1.extend(problems);
                }
                Msg::File { idx, outcome } => {
                    let p = pending.entry(idx).or_default();
                    p.got += 1;
                    let (docs, unreadable, (ocr_pages, ocr_files)) = &mut p.parts;
                    docs.extend(outcome.documents);
                    unreadable.extend(outcome.unreadable);
                    *ocr_pages += outcome.pages_needing_ocr;
                    // A letter with one scanned page needs OCR too, though it is readable.
                    *ocr_files += u32::from(outcome.pages_needing_ocr > 0);
                }
            }
            while pending
                .get(&next)
                .is_some_and(|p| p.expected == Some(p.got))
            {
                let Some(p) = pending.remove(&next) else {
                    break;
                };
                let (docs, unreadable, ocr) = p.parts;
                let report = build_case(&cases[next], detector, docs, unreadable, cfg, rule_cat);
                next += 1;
                if write_error.is_some() {
                    continue;
                }
                // Pages still without text; documents needing OCR are counted from `no_text`.
                stats.add(&report, ocr.0);
                let written = serde_json::to_string(&report)
                    .map_err(|e| format!("cannot encode a case: {e}"))
                    .and_then(|line| {
                        writeln!(jsonl, "{line}")
                            .map_err(|e| format!("cannot write cases.jsonl: {e}"))
                    });
                if let Err(e) = written {
                    write_error = Some(e);
                }
                progress.case_done(files_done.load(Ordering::Relaxed));
            }
        }
    });
    if let Some(e) = write_error {
        return Err(e);
    }
    progress.finish();
    if interrupted() {
        return Err("interrupted by a signal; the output was not written".into());
    }
    jsonl
        .flush()
        .map_err(|e| format!("cannot write cases.jsonl: {e}"))?;
    jsonl
        .persist(cfg.out.join("cases.jsonl"))
        .map_err(|e| format!("cannot write cases.jsonl: {}", e.error))?;

    let seconds = started.elapsed().as_secs_f64();
    let meta = SummaryMeta::of_scan(
        cfg.as_of,
        detector,
        rule_cat,
        &export.loose_files,
        seconds,
        cfg.jobs,
    );
    let mut summary = stats.to_json(&meta);
    if let Some(c) = &cfg.cache {
        // Run-specific like the times: how much of the scan the cache saved.
        let (hits, misses) = c.hit_counts();
        summary["timings"]["cache"] = json!({"hits": hits, "misses": misses});
    }
    if let Some((k, n)) = cfg.shard {
        summary["shard"] = json!(format!("{k}/{n}"));
    }
    if !selection.is_null() {
        summary["selection"] = selection;
    }
    crate::report::atomic_write(&cfg.out.join("summary.json"), |w| {
        serde_json::to_writer_pretty(&mut *w, &summary)?;
        writeln!(w)
    })?;
    Ok(ScanTotals {
        cases: stats.cases,
        documents: stats.documents,
        files: files_done.load(Ordering::Relaxed),
        unreadable: stats.unreadable,
        cases_with_gaps: stats.cases_with_gaps,
        seconds,
    })
}

/// Extracts and detects one file.
fn process_file(
    f: &CaseFile,
    pool: &Pool,
    cache: Option<&Cache>,
    detector: &Detector,
) -> FileOutcome {
    if interrupted() {
        // The batch is thrown away anyway; do not start more extractions.
        return FileOutcome {
            documents: Vec::new(),
            unreadable: None,
            pages_needing_ocr: 0,
        };
    }
    if extractor_for(&f.path).is_none() {
        return FileOutcome::unreadable(
            f,
            UnreadableReason::Unsupported,
            "casegap does not read this file type",
        );
    }
    // On a warm run an unchanged file's documents come from the cache, extraction and
    // detection both skipped. The key names all they depend on: casegap's version and source
    // (build.rs), the catalogue, the extraction options and the document id (ids derive from
    // the path).
    let key = format!(
        "documents/{}+{}/{}/ocr={}:{}/{}",
        env!("CARGO_PKG_VERSION"),
        env!("CASEGAP_SOURCE_HASH"),
        detector.catalogue().hash,
        pool.config().options.ocr,
        pool.config().options.ocr_languages,
        f.id
    );
    cache::derived_cached(cache, &f.path, &key, lasting, || {
        let ex = cache::extract_cached(cache, pool, &f.path);
        // Detection is our own code on hostile text: should it ever panic, the document is
        // reported (reason `error`, not remembered by the cache) and the run goes on.
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            detect_file(f, ex, detector)
        }))
        .unwrap_or_else(|_| {
            FileOutcome::unreadable(
                f,
                UnreadableReason::Error,
                "internal error while detecting the document; please report it",
            )
        })
    })
}

/// Whether an outcome may be remembered: not when the file failed for reasons of the night
/// (a timeout, a memory limit, an I/O error), which the next run should try again.
fn lasting(o: &FileOutcome) -> bool {
    !o.unreadable.as_ref().is_some_and(|u| {
        matches!(
            u.reason,
            UnreadableReason::Timeout | UnreadableReason::TooLarge | UnreadableReason::Error
        )
    })
}

/// Turns an extraction into documents (one, or one per journal entry) or an unreadable entry.
fn detect_file(f: &CaseFile, ex: Extracted, detector: &Detector) -> FileOutcome {
    let pages = ex.pages.len() as u32;
    if let Some(fail) = ex.failure {
        return FileOutcome {
            documents: Vec::new(),
            unreadable: Some(Unreadable {
                id: f.id.clone(),
                reason: fail.reason,
                detail: cpr::mask(&fail.detail).into_owned(),
                pages,
            }),
            pages_needing_ocr: if fail.reason == UnreadableReason::NoText {
                ex.pages_without_text.max(pages)
            } else {
                0
            },
        };
    }
    let file_name = f.id.rsplit('/').next().unwrap_or(&f.id).to_string();
    let is_text = f
        .path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt"));
    let mut documents = Vec::new();
    let make = |id: String, det: crate::detect::Detection, pages: u32| Document {
        id,
        doc_type: det.doc_type,
        date: det.date,
        time: det.time,
        pages,
        attributes: det.attributes,
        evidence: det.evidence,
        extractor: Some(ex.extractor.clone()),
        encoding: ex.encoding.clone(),
        overridden: false,
    };
    if is_text {
        let text = ex.full_text();
        let entries = journal::split_entries(&text);
        if !entries.is_empty() {
            let preamble = journal::preamble(&text, &entries);
            for e in entries {
                let pages_v = vec![e.text.clone()];
                let det = detector.detect(&Unit {
                    file_name: &file_name,
                    pages: &pages_v,
                    journal_entry: true,
                    text_note: true,
                    context: &preamble,
                });
                documents.push(make(format!("{}#{}", f.id, e.n), det, 1));
            }
            return FileOutcome {
                documents,
                unreadable: None,
                pages_needing_ocr: 0,
            };
        }
    }
    let det = detector.detect(&Unit {
        file_name: &file_name,
        pages: &ex.pages,
        journal_entry: false,
        text_note: is_text,
        context: "",
    });
    documents.push(make(f.id.clone(), det, pages));
    FileOutcome {
        documents,
        unreadable: None,
        pages_needing_ocr: ex.pages_without_text,
    }
}

/// Assembles a case: overrides, rules, completeness.
fn build_case(
    case: &CaseDir,
    detector: &Detector,
    mut documents: Vec<Document>,
    mut unreadable: Vec<Unreadable>,
    cfg: &ScanConfig,
    rule_cat: &RuleCatalogue,
) -> CaseReport {
    if let Some(ov) = &cfg.overrides {
        let added = ov.apply(&case.id, &mut documents);
        // A document the auditor typed by hand is no longer unreadable.
        unreadable.retain(|u| !added.contains(&u.id));
    }
    documents.sort_by(|a, b| a.id.cmp(&b.id));
    unreadable.sort_by(|a, b| a.id.cmp(&b.id));
    let eval = rules::evaluate(&documents, cfg.as_of, rule_cat);
    let uncertain = unreadable
        .iter()
        .filter(|u| may_be_key_document(u, detector))
        .count();
    let (complete, incomplete_reasons) = rules::completeness(&documents, uncertain);
    CaseReport {
        case_id: case.id.clone(),
        regimes: eval.regimes,
        complete,
        incomplete_reasons,
        documents,
        unreadable,
        gaps: eval.gaps,
        upcoming: eval.upcoming,
    }
}

/// Whether an unreadable file may be a document the rules need, so that the case's verdict is
/// uncertain without it. Its file name decides where it can: "Statusudtalelse.pdf" cannot
/// change a verdict, "Underretning.pdf" can. An unreadable file with an uninformative name
/// ("scan0042.pdf") may be anything; an unsupported file (a photo, a spreadsheet) counts only
/// when its name says it is a key document.
fn may_be_key_document(u: &Unreadable, detector: &Detector) -> bool {
    let name = u.id.rsplit('/').next().unwrap_or(&u.id);
    match detector.type_from_file_name(name) {
        Some(t) => rules::KEY_TYPES.contains(&t),
        None => u.reason != UnreadableReason::Unsupported,
    }
}

/// A progress bar on a terminal; nothing otherwise.
struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    fn new(on: bool, cases: usize) -> Progress {
        if !on {
            return Progress(None);
        }
        let bar = indicatif::ProgressBar::new(cases as u64);
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{elapsed_precise} [{bar:40}] {pos}/{len} cases, {msg}",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        Progress(Some(bar))
    }
    fn case_done(&self, files: usize) {
        if let Some(b) = &self.0 {
            b.inc(1);
            b.set_message(format!("{files} files"));
        }
    }
    fn finish(&self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }
}

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_interrupt(_: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Ctrl-C (SIGINT) or SIGTERM stops the scan between documents: finished documents are already
/// in the cache, temporary outputs are removed, and the caller exits with 130.
pub fn install_interrupt_handler() {
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        libc::signal(
            libc::SIGINT,
            on_interrupt as extern "C" fn(libc::c_int) as libc::sighandler_t,
        );
        libc::signal(
            libc::SIGTERM,
            on_interrupt as extern "C" fn(libc::c_int) as libc::sighandler_t,
        );
    }
}

/// True once the user asked the scan to stop.
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Reads a `cases.jsonl` back, for the reports written after the scan.
pub fn read_cases(path: &Path) -> Result<Vec<CaseReport>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read '{}': {e}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| format!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}
