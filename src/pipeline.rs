//! The scan: discover → extract → detect → evaluate → write, streamed case by case.
//!
//! A *batch* is a run of consecutive cases (in case-id order) whose files are extracted and
//! detected together, in parallel over documents, not over cases, so that one case with 300
//! documents keeps every core busy. When a batch is done its cases are evaluated and their lines
//! appended to `cases.jsonl` in order; memory therefore holds one batch of documents, not the
//! caseload. Outputs are written to temporary files and renamed into place at the end, so an
//! interrupted run never leaves a half-written `cases.jsonl` behind.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde_json::json;

use crate::cpr;
use crate::detect::{Detector, Unit};
use crate::discover::{self, CaseDir, CaseFile};
use crate::extract::{extractor_for, Extracted};
use crate::journal;
use crate::model::{CaseReport, Document, Regime, Severity, Unreadable, UnreadableReason};
use crate::overrides::Overrides;
use crate::rules::{self, RuleCatalogue};
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
    /// Cases per batch (see the module comment).
    pub batch_cases: usize,
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
struct FileOutcome {
    documents: Vec<Document>,
    unreadable: Option<Unreadable>,
    pages_needing_ocr: u32,
}

/// Runs a scan and writes `cases.jsonl` and `summary.json` into `cfg.out`.
pub fn scan(
    cfg: &ScanConfig,
    detector: &Detector,
    rule_cat: &RuleCatalogue,
) -> Result<ScanTotals, String> {
    let started = Instant::now();
    let export = discover::find_cases(&cfg.root, cfg.case_depth).map_err(|e| e.0)?;
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

    for batch in export.cases.chunks(cfg.batch_cases.max(1)) {
        let listed: Vec<(Vec<CaseFile>, Vec<Unreadable>)> =
            threads.install(|| batch.par_iter().map(discover::list_files).collect());
        let work: Vec<(usize, &CaseFile)> = listed
            .iter()
            .enumerate()
            .flat_map(|(ci, (files, _))| files.iter().map(move |f| (ci, f)))
            .collect();
        let outcomes: Vec<FileOutcome> = threads.install(|| {
            work.par_iter()
                .map(|(_, f)| {
                    let o = process_file(f, &pool, detector);
                    files_done.fetch_add(1, Ordering::Relaxed);
                    o
                })
                .collect()
        });
        let mut per_case: Vec<CaseParts> = listed
            .iter()
            .map(|(_, problems)| (Vec::new(), problems.clone(), (0, 0)))
            .collect();
        for ((ci, _), o) in work.iter().zip(outcomes) {
            let (docs, unreadable, (ocr_pages, ocr_files)) = &mut per_case[*ci];
            docs.extend(o.documents);
            unreadable.extend(o.unreadable);
            *ocr_pages += o.pages_needing_ocr;
            // A letter with one scanned page needs OCR too, though it is readable.
            *ocr_files += u32::from(o.pages_needing_ocr > 0);
        }
        let reports: Vec<(CaseReport, (u32, u32))> = threads.install(|| {
            batch
                .par_iter()
                .zip(per_case.into_par_iter())
                .map(|(case, (docs, unreadable, ocr))| {
                    (
                        build_case(case, detector, docs, unreadable, cfg, rule_cat),
                        ocr,
                    )
                })
                .collect()
        });
        for (report, ocr) in reports {
            stats.add(&report, ocr);
            let line =
                serde_json::to_string(&report).map_err(|e| format!("cannot encode a case: {e}"))?;
            writeln!(jsonl, "{line}").map_err(|e| format!("cannot write cases.jsonl: {e}"))?;
            progress.case_done(files_done.load(Ordering::Relaxed));
        }
    }
    progress.finish();
    jsonl
        .flush()
        .map_err(|e| format!("cannot write cases.jsonl: {e}"))?;
    jsonl
        .persist(cfg.out.join("cases.jsonl"))
        .map_err(|e| format!("cannot write cases.jsonl: {}", e.error))?;

    let seconds = started.elapsed().as_secs_f64();
    let summary = stats.summary_json(cfg, detector, rule_cat, &export.loose_files, seconds);
    write_atomic(&cfg.out.join("summary.json"), |w| {
        serde_json::to_writer_pretty(&mut *w, &summary)?;
        writeln!(w)?;
        Ok(())
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
fn process_file(f: &CaseFile, pool: &Pool, detector: &Detector) -> FileOutcome {
    if extractor_for(&f.path).is_none() {
        return FileOutcome {
            documents: Vec::new(),
            unreadable: Some(Unreadable {
                id: f.id.clone(),
                reason: UnreadableReason::Unsupported,
                detail: "casegap does not read this file type".into(),
                pages: 0,
            }),
            pages_needing_ocr: 0,
        };
    }
    let ex = pool.extract(&f.path);
    detect_file(f, ex, detector)
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
            for e in entries {
                let pages_v = vec![e.text.clone()];
                let det = detector.detect(&Unit {
                    file_name: &file_name,
                    pages: &pages_v,
                    journal_entry: true,
                    text_note: true,
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

/// Running totals for `summary.json`.
#[derive(Default)]
struct Stats {
    cases: usize,
    documents: usize,
    unreadable: usize,
    unreadable_by_reason: std::collections::BTreeMap<&'static str, usize>,
    cases_with_gaps: usize,
    cases_complete: usize,
    cases_with_errors: usize,
    pages_needing_ocr: u64,
    documents_needing_ocr: usize,
    /// rule → (cases, errors, warnings, SEL cases, BL cases)
    rules: std::collections::BTreeMap<String, [usize; 5]>,
    types: std::collections::BTreeMap<&'static str, usize>,
}

impl Stats {
    /// Adds a case; `ocr` is (pages, files) that still need OCR.
    fn add(&mut self, r: &CaseReport, ocr: (u32, u32)) {
        self.cases += 1;
        self.documents += r.documents.len();
        self.unreadable += r.unreadable.len();
        for u in &r.unreadable {
            *self.unreadable_by_reason.entry(u.reason.id()).or_default() += 1;
        }
        self.pages_needing_ocr += u64::from(ocr.0);
        self.documents_needing_ocr += ocr.1 as usize;
        for d in &r.documents {
            *self.types.entry(d.doc_type.id()).or_default() += 1;
        }
        if !r.gaps.is_empty() {
            self.cases_with_gaps += 1;
        }
        if r.gaps.iter().any(|g| g.severity == Severity::Error) {
            self.cases_with_errors += 1;
        }
        if r.complete {
            self.cases_complete += 1;
        }
        let mut seen: std::collections::BTreeMap<&str, [bool; 5]> = Default::default();
        for g in &r.gaps {
            let e = seen.entry(g.rule.as_str()).or_default();
            e[0] = true;
            e[if g.severity == Severity::Error { 1 } else { 2 }] = true;
            e[if g.regime == Regime::SEL { 3 } else { 4 }] = true;
        }
        for (rule, flags) in seen {
            let e = self.rules.entry(rule.to_string()).or_default();
            for i in 0..5 {
                e[i] += usize::from(flags[i]);
            }
        }
    }

    fn summary_json(
        &self,
        cfg: &ScanConfig,
        detector: &Detector,
        rule_cat: &RuleCatalogue,
        loose_files: &[String],
        seconds: f64,
    ) -> serde_json::Value {
        let share = |n: usize| {
            if self.cases == 0 {
                0.0
            } else {
                (n as f64 / self.cases as f64 * 10000.0).round() / 10000.0
            }
        };
        let mut rules = serde_json::Map::new();
        for id in rule_cat.rules.keys() {
            let c = self.rules.get(id).copied().unwrap_or_default();
            rules.insert(
                id.to_string(),
                json!({
                    "label": rule_cat.label(id),
                    "cases": c[0], "share": share(c[0]),
                    "cases_with_error": c[1], "cases_with_warning": c[2],
                    "by_regime": {"SEL": c[3], "BL": c[4]},
                }),
            );
        }
        let cat = detector.catalogue();
        json!({
            "tool": "casegap",
            "version": env!("CARGO_PKG_VERSION"),
            "as_of": cfg.as_of.to_string(),
            "catalogue": {"version": cat.version, "hash": cat.hash, "source": cpr::mask(&cat.source)},
            "cases": self.cases,
            "cases_complete": self.cases_complete,
            "cases_incomplete": self.cases - self.cases_complete,
            "documents": self.documents,
            "documents_by_type": self.types,
            "unreadable": self.unreadable,
            "unreadable_by_reason": self.unreadable_by_reason,
            "documents_needing_ocr": self.documents_needing_ocr,
            "pages_needing_ocr": self.pages_needing_ocr,
            "cases_with_gaps": self.cases_with_gaps,
            "cases_with_gaps_share": share(self.cases_with_gaps),
            "cases_with_errors": self.cases_with_errors,
            "cases_with_errors_share": share(self.cases_with_errors),
            "rules": rules,
            "loose_files": loose_files,
            "timings": {"total_s": (seconds * 1000.0).round() / 1000.0, "jobs": cfg.jobs},
        })
    }
}

/// Writes a file atomically: a temporary file in the same folder, renamed into place.
pub fn write_atomic(
    path: &Path,
    f: impl FnOnce(&mut std::io::BufWriter<&mut tempfile::NamedTempFile>) -> std::io::Result<()>,
) -> Result<(), String> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .map_err(|e| format!("cannot write in '{}': {e}", dir.display()))?;
    {
        let mut w = std::io::BufWriter::new(&mut tmp);
        f(&mut w)
            .and_then(|_| w.flush())
            .map_err(|e| format!("cannot write '{}': {e}", path.display()))?;
    }
    tmp.persist(path)
        .map_err(|e| format!("cannot write '{}': {}", path.display(), e.error))?;
    Ok(())
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
