//! Sharded scans and their merge: one export scanned by N machines at once, then joined.
//!
//! A *shard* is the part `K/N` (K from 1 to N) of an export's cases: a case belongs to shard
//! `shard_of(case_id, N) + 1`, a stable hash of its id, so every machine decides alone and
//! alike, and a case never moves between shards while N stays the same. `casegap merge` joins
//! the shards' output folders into exactly what one unsharded run writes: `cases.jsonl` merged in
//! case-id order, `summary.json` recomputed from the merged cases (`crate::summary`), and the
//! reports. Only `summary.json`'s `timings` differ. The shards must come from the same tool
//! version, catalogue and `--as-of`; a case id found in two shards is an error, since it means
//! outputs of different runs were mixed.

use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap};
use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::cli::{ExitCode, MergeArgs};
use crate::cpr;
use crate::model::CaseReport;
use crate::patterns::Catalogue;
use crate::report::{self, CsvStyle, Format, Labels, RunInfo};
use crate::summary::{self, Stats, SummaryMeta};

/// The shard (0-based) of a case among `n`: blake3 of the id, first 8 bytes little-endian,
/// modulo `n`. `n` = 0 is treated as 1.
pub fn shard_of(case_id: &str, n: u32) -> u32 {
    let h = blake3::hash(case_id.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&h.as_bytes()[..8]);
    (u64::from_le_bytes(first) % u64::from(n.max(1))) as u32
}

/// Whether a case belongs to shard `k` of `n` (1-based `k`, as written in `--shard K/N`).
pub fn in_shard(case_id: &str, (k, n): (u32, u32)) -> bool {
    shard_of(case_id, n) + 1 == k
}

/// Parses `--shard K/N` (1 ≤ K ≤ N).
pub fn parse_shard(s: &str) -> Result<(u32, u32), String> {
    let bad = |why: &str| {
        format!(
            "--shard '{}' {why}; write K/N with 1 ≤ K ≤ N, e.g. 2/4",
            cpr::mask(s)
        )
    };
    let (k, n) = s.trim().split_once('/').ok_or_else(|| bad("is not K/N"))?;
    let k: u32 = k.trim().parse().map_err(|_| bad("is not K/N"))?;
    let n: u32 = n.trim().parse().map_err(|_| bad("is not K/N"))?;
    if n == 0 || k == 0 || k > n {
        return Err(bad("is out of range"));
    }
    Ok((k, n))
}

/// What a merge wrote.
#[derive(Debug, Clone, Default)]
pub struct Merged {
    pub cases: usize,
    pub documents: usize,
    pub unreadable: usize,
    pub cases_with_gaps: usize,
    /// The paths of the reports written besides cases.jsonl and summary.json.
    pub reports: Vec<PathBuf>,
    /// Things worth telling the user that did not stop the merge.
    pub warnings: Vec<String>,
}

/// A `cases.jsonl` read a case at a time, checking that ids are sorted (merge and diff rely on
/// it to stream).
pub(crate) struct CaseLines {
    path: PathBuf,
    lines: std::io::Lines<BufReader<File>>,
    line_no: usize,
    last_id: Option<String>,
}

impl CaseLines {
    pub(crate) fn open(path: PathBuf) -> Result<CaseLines, String> {
        let f = File::open(&path).map_err(|e| format!("cannot read '{}': {e}", shown(&path)))?;
        Ok(CaseLines {
            path,
            lines: BufReader::new(f).lines(),
            line_no: 0,
            last_id: None,
        })
    }

    /// The next case with its line as written, or `None` at the end.
    pub(crate) fn next_case(&mut self) -> Result<Option<(CaseReport, String)>, String> {
        loop {
            let Some(line) = self.lines.next() else {
                return Ok(None);
            };
            self.line_no += 1;
            let line = line.map_err(|e| format!("cannot read '{}': {e}", shown(&self.path)))?;
            if line.trim().is_empty() {
                continue;
            }
            let case: CaseReport = serde_json::from_str(&line)
                .map_err(|e| format!("{}:{}: {e}", shown(&self.path), self.line_no))?;
            if self.last_id.as_ref().is_some_and(|l| *l > case.case_id) {
                return Err(format!(
                    "{}:{}: cases are not sorted by case_id; is this a casegap output?",
                    shown(&self.path),
                    self.line_no
                ));
            }
            self.last_id = Some(case.case_id.clone());
            return Ok(Some((case, line)));
        }
    }
}

/// Merges the shard output folders into `out` (cases.jsonl, summary.json and the reports of
/// `formats`).
pub fn merge_dirs(
    shards: &[PathBuf],
    out: &Path,
    formats: &[Format],
    csv_style: CsvStyle,
) -> Result<Merged, String> {
    let started = Instant::now();
    if shards.is_empty() {
        return Err("merge needs at least one shard output folder".into());
    }
    let mut merged = Merged::default();
    let (meta, ocr_pages, shard_ids) = read_summaries(shards, &mut merged.warnings)?;
    std::fs::create_dir_all(out)
        .map_err(|e| format!("cannot create the output folder '{}': {e}", shown(out)))?;

    let mut readers = shards
        .iter()
        .map(|d| CaseLines::open(d.join("cases.jsonl")))
        .collect::<Result<Vec<_>, _>>()?;
    // A k-way merge: the heap holds each shard's next case, smallest id first; equal ids
    // from one shard (two folders whose names mask alike) keep their order, as in a scan.
    let mut heads: Vec<Option<(CaseReport, String)>> = Vec::with_capacity(readers.len());
    let mut heap = BinaryHeap::new();
    for (i, r) in readers.iter_mut().enumerate() {
        let head = r.next_case()?;
        if let Some((c, _)) = &head {
            heap.push(Reverse((c.case_id.clone(), i)));
        }
        heads.push(head);
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".casegap-")
        .suffix(".tmp")
        .tempfile_in(out)
        .map_err(|e| format!("cannot write in '{}': {e}", shown(out)))?;
    let mut stats = Stats::default();
    let mut keep = Vec::new();
    let mut last: Option<(String, usize)> = None;
    {
        let mut w = std::io::BufWriter::new(tmp.as_file_mut());
        while let Some(Reverse((id, i))) = heap.pop() {
            let Some((case, line)) = heads[i].take() else {
                continue;
            };
            if let Some((k, n)) = shard_ids[i] {
                if !in_shard(&case.case_id, (k, n)) {
                    return Err(format!(
                        "case '{}' in '{}' does not belong to shard {k}/{n}",
                        cpr::mask(&case.case_id),
                        shown(&shards[i])
                    ));
                }
            }
            if let Some((prev, j)) = &last {
                if *prev == id && *j != i {
                    return Err(format!(
                        "case '{}' is in both '{}' and '{}': the shards come from different runs \
                         or overlap",
                        cpr::mask(&id),
                        shown(&shards[*j]),
                        shown(&shards[i])
                    ));
                }
            }
            writeln!(w, "{}", line.trim_end())
                .map_err(|e| format!("cannot write cases.jsonl: {e}"))?;
            // Pages needing OCR are not in a case line; they are added from the shards below.
            stats.add(&case, 0);
            last = Some((id, i));
            if !formats.is_empty() {
                keep.push(case);
            }
            heads[i] = readers[i].next_case()?;
            if let Some((c, _)) = &heads[i] {
                heap.push(Reverse((c.case_id.clone(), i)));
            }
        }
        w.flush()
            .map_err(|e| format!("cannot write cases.jsonl: {e}"))?;
    }
    stats.pages_needing_ocr = ocr_pages;
    tmp.as_file()
        .sync_all()
        .map_err(|e| format!("cannot write cases.jsonl: {e}"))?;
    tmp.persist(out.join("cases.jsonl"))
        .map_err(|e| format!("cannot write cases.jsonl: {}", e.error))?;

    let mut value = stats.to_json(&meta);
    if let Some(t) = value.get_mut("timings").and_then(|t| t.as_object_mut()) {
        // Shards run side by side: the wall time of the whole is the slowest shard plus this
        // merge.
        t.insert(
            "total_s".into(),
            serde_json::json!(
                ((meta.seconds + started.elapsed().as_secs_f64()) * 1000.0).round() / 1000.0
            ),
        );
        t.insert("shards".into(), serde_json::json!(shards.len()));
    }
    report::atomic_write(&out.join("summary.json"), |w| {
        serde_json::to_writer_pretty(&mut *w, &value)?;
        writeln!(w)
    })?;

    if !formats.is_empty() {
        let info = RunInfo {
            tool_version: env!("CARGO_PKG_VERSION").to_string(),
            as_of: meta.as_of,
            catalogue_version: meta.catalogue_version.clone(),
            catalogue_hash: meta.catalogue_hash.clone(),
            generated_at: meta.as_of.to_string(),
        };
        let labels = labels_for(&meta, &mut merged.warnings);
        merged.reports = report::write_with(
            out,
            &report::exporters(formats, csv_style),
            &info,
            &keep,
            &labels,
        )?;
    }
    merged.cases = stats.cases;
    merged.documents = stats.documents;
    merged.unreadable = stats.unreadable;
    merged.cases_with_gaps = stats.cases_with_gaps;
    Ok(merged)
}

/// Reads and cross-checks the shards' summaries: the run facts (from the first, with the
/// slowest shard's time), the summed pages needing OCR, and each shard's `K/N` where recorded.
#[allow(clippy::type_complexity)]
fn read_summaries(
    shards: &[PathBuf],
    warnings: &mut Vec<String>,
) -> Result<(SummaryMeta, u64, Vec<Option<(u32, u32)>>), String> {
    let mut first: Option<(SummaryMeta, String)> = None;
    let mut ocr = 0u64;
    let mut ids = Vec::new();
    let mut loose: Vec<String> = Vec::new();
    let mut seconds = 0f64;
    for dir in shards {
        let path = dir.join("summary.json");
        let text = std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "cannot read '{}': {e}; is this a finished casegap scan?",
                shown(&path)
            )
        })?;
        let v: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", shown(&path)))?;
        let meta = summary::meta_from_json(&v).map_err(|e| format!("{}: {e}", shown(&path)))?;
        let version = v
            .get("version")
            .and_then(|x| x.as_str())
            .unwrap_or("")
            .to_string();
        ocr += v
            .get("pages_needing_ocr")
            .and_then(|x| x.as_u64())
            .unwrap_or(0);
        ids.push(
            v.get("shard")
                .and_then(|s| s.as_str())
                .map(parse_shard)
                .transpose()
                .map_err(|e| format!("{}: {e}", shown(&path)))?,
        );
        seconds = seconds.max(meta.seconds);
        for f in &meta.loose_files {
            if !loose.contains(f) {
                loose.push(f.clone());
            }
        }
        match &first {
            None => first = Some((meta, version)),
            Some((m, ver)) => {
                let differs = if *ver != version {
                    Some(format!("casegap {ver} and {version}"))
                } else if m.as_of != meta.as_of {
                    Some(format!("--as-of {} and {}", m.as_of, meta.as_of))
                } else if m.catalogue_hash != meta.catalogue_hash {
                    Some("different pattern catalogues".to_string())
                } else if m.rules != meta.rules {
                    Some("different rule catalogues".to_string())
                } else {
                    None
                };
                if let Some(d) = differs {
                    return Err(format!(
                        "'{}' and '{}' are not shards of one run ({d})",
                        shown(&shards[0]),
                        shown(dir)
                    ));
                }
            }
        }
    }
    let Some((mut meta, _)) = first else {
        return Err("merge needs at least one shard output folder".into());
    };
    meta.seconds = seconds;
    meta.loose_files = loose;
    check_shard_set(&ids, shards, warnings)?;
    Ok((meta, ocr, ids))
}

/// When the shards recorded their `K/N`: all of one N, each K once, none missing. A missing
/// shard (a failed pod or array task) would otherwise make a smaller caseload look complete.
fn check_shard_set(
    ids: &[Option<(u32, u32)>],
    shards: &[PathBuf],
    warnings: &mut Vec<String>,
) -> Result<(), String> {
    let known: Vec<(u32, u32)> = ids.iter().flatten().copied().collect();
    if known.is_empty() {
        if shards.len() > 1 {
            warnings.push(
                "the shards' summary.json do not say which shard they are; cannot check that \
                 none is missing"
                    .into(),
            );
        }
        return Ok(());
    }
    if known.len() != ids.len() {
        return Err("some outputs are shards and some are not".into());
    }
    let n = known[0].1;
    if known.iter().any(|(_, m)| *m != n) {
        return Err("the shards were made with different N in --shard K/N".into());
    }
    let mut seen = BTreeSet::new();
    for (k, _) in &known {
        if !seen.insert(*k) {
            return Err(format!("shard {k}/{n} is given twice"));
        }
    }
    let missing: Vec<String> = (1..=n)
        .filter(|k| !seen.contains(k))
        .map(|k| format!("{k}/{n}"))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "shard(s) {} missing: merge needs all {n}",
            missing.join(", ")
        ));
    }
    Ok(())
}

/// The reports' labels as a scan makes them: the built-in ones, the rule labels recorded in
/// summary.json, and the document type labels of the catalogue the shards used (the built-in
/// one, or the `--patterns` folder if it is still there and unchanged).
fn labels_for(meta: &SummaryMeta, warnings: &mut Vec<String>) -> Labels {
    let mut labels = Labels::builtin();
    for (id, label) in &meta.rules {
        labels.rules.insert(id.clone(), label.clone());
    }
    let cat = Catalogue::builtin()
        .ok()
        .filter(|c| c.hash == meta.catalogue_hash)
        .or_else(|| {
            Catalogue::load_dir(Path::new(&meta.catalogue_source))
                .ok()
                .filter(|c| c.hash == meta.catalogue_hash)
        });
    match cat {
        Some(c) => {
            for t in &c.types {
                labels
                    .doc_types
                    .insert(t.doc_type.id().to_string(), t.label.clone());
            }
        }
        None => warnings.push(
            "the shards' pattern catalogue is not at hand; the reports use the built-in \
             document type labels"
                .into(),
        ),
    }
    labels
}

/// Runs `casegap merge`.
pub fn run(args: &MergeArgs) -> Result<ExitCode, String> {
    let formats = if args.format.trim().eq_ignore_ascii_case("none") {
        Vec::new()
    } else {
        Format::parse_list(&args.format)?
    };
    let m = merge_dirs(&args.shards, &args.out, &formats, CsvStyle::default())?;
    for w in &m.warnings {
        eprintln!("casegap: warning: {}", cpr::mask(w));
    }
    eprintln!(
        "casegap: merged {} shards: {} cases, {} documents, {} unreadable, {} cases with gaps; \
         output in {}",
        args.shards.len(),
        m.cases,
        m.documents,
        m.unreadable,
        m.cases_with_gaps,
        shown(&args.out)
    );
    // The same exit status as the unsharded scan would have had.
    Ok(if m.unreadable > 0 {
        ExitCode::Unreadable
    } else {
        ExitCode::Ok
    })
}

fn shown(p: &Path) -> String {
    cpr::mask(&p.display().to_string()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Regime, Unreadable, UnreadableReason};
    use chrono::NaiveDate;
    use std::collections::BTreeMap;

    fn case(id: &str, unreadable: bool) -> CaseReport {
        CaseReport {
            case_id: id.into(),
            regimes: vec![Regime::BL],
            complete: true,
            incomplete_reasons: vec![],
            documents: vec![],
            unreadable: if unreadable {
                vec![Unreadable {
                    id: "scan.pdf".into(),
                    reason: UnreadableReason::NoText,
                    detail: String::new(),
                    pages: 1,
                }]
            } else {
                vec![]
            },
            gaps: vec![],
            upcoming: vec![],
        }
    }

    fn meta() -> SummaryMeta {
        SummaryMeta {
            as_of: NaiveDate::from_ymd_opt(2026, 6, 30).unwrap(),
            catalogue_version: "1".into(),
            // The built-in catalogue's, so that the reports find its labels.
            catalogue_hash: Catalogue::builtin().unwrap().hash,
            catalogue_source: "built-in".into(),
            rules: BTreeMap::from([("plan_in_time".to_string(), "Handleplan".to_string())]),
            loose_files: vec!["root.pdf".into()],
            seconds: 2.0,
            jobs: 1,
        }
    }

    /// Writes a scan-like output folder of `cases` (with 1 OCR page per case), marked as
    /// shard `shard` when given.
    fn write_out(dir: &Path, cases: &[CaseReport], shard: Option<&str>) {
        std::fs::create_dir_all(dir).unwrap();
        let mut jsonl = String::new();
        for c in cases {
            jsonl.push_str(&serde_json::to_string(c).unwrap());
            jsonl.push('\n');
        }
        std::fs::write(dir.join("cases.jsonl"), jsonl).unwrap();
        let mut v = summary::summary_from_cases(cases.iter().map(|c| (c, 1)), &meta());
        if let Some(s) = shard {
            v["shard"] = serde_json::json!(s);
        }
        std::fs::write(dir.join("summary.json"), v.to_string()).unwrap();
    }

    fn without_timings(mut v: serde_json::Value) -> serde_json::Value {
        v.as_object_mut().unwrap().remove("timings");
        v
    }

    #[test]
    fn shards_are_stable_and_cover_everything() {
        assert_eq!(shard_of("2015-0042", 1), 0);
        // Fixed values: changing the hash would move cases between shards of running jobs.
        let h = blake3::hash(b"2015-0042");
        let v = u64::from_le_bytes(h.as_bytes()[..8].try_into().unwrap());
        assert_eq!(shard_of("2015-0042", 7), (v % 7) as u32);
        let mut counts = [0usize; 4];
        for i in 0..4000 {
            let s = shard_of(&format!("sag-{i}"), 4);
            counts[s as usize] += 1;
            assert!(in_shard(&format!("sag-{i}"), (s + 1, 4)));
        }
        assert!(counts.iter().all(|&c| c > 850), "{counts:?}");
    }

    #[test]
    fn shard_arguments() {
        assert_eq!(parse_shard("2/4"), Ok((2, 4)));
        assert_eq!(parse_shard(" 1 / 1 "), Ok((1, 1)));
        assert!(parse_shard("0/4").is_err());
        assert!(parse_shard("5/4").is_err());
        assert!(parse_shard("2").is_err());
        assert!(parse_shard("a/b").is_err());
        assert!(parse_shard("1/0").is_err());
    }

    #[test]
    fn merge_equals_the_unsharded_run() {
        let tmp = tempfile::tempdir().unwrap();
        let all: Vec<CaseReport> = (0..30)
            .map(|i| case(&format!("sag-{i:03}"), i % 7 == 0))
            .collect();
        write_out(&tmp.path().join("whole"), &all, None);
        let mut dirs = Vec::new();
        for k in 1..=3u32 {
            let part: Vec<CaseReport> = all
                .iter()
                .filter(|c| in_shard(&c.case_id, (k, 3)))
                .cloned()
                .collect();
            let d = tmp.path().join(format!("shard{k}"));
            write_out(&d, &part, Some(&format!("{k}/3")));
            dirs.push(d);
        }
        // Order of the arguments does not matter.
        dirs.reverse();
        let out = tmp.path().join("merged");
        let m = merge_dirs(&dirs, &out, &[Format::Csv], CsvStyle::default()).unwrap();
        assert_eq!(m.cases, 30);
        assert!(m.warnings.is_empty(), "{:?}", m.warnings);
        let read = |p: &Path| std::fs::read_to_string(p).unwrap();
        assert_eq!(
            read(&out.join("cases.jsonl")),
            read(&tmp.path().join("whole/cases.jsonl"))
        );
        let json = |p: &Path| serde_json::from_str::<serde_json::Value>(&read(p)).unwrap();
        assert_eq!(
            without_timings(json(&out.join("summary.json"))),
            without_timings(json(&tmp.path().join("whole/summary.json")))
        );
        assert!(out.join("gaps.csv").exists() || !m.reports.is_empty());
    }

    #[test]
    fn missing_overlapping_and_foreign_shards_are_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let all: Vec<CaseReport> = (0..10).map(|i| case(&format!("s{i}"), false)).collect();
        let part = |k: u32| -> Vec<CaseReport> {
            all.iter()
                .filter(|c| in_shard(&c.case_id, (k, 2)))
                .cloned()
                .collect()
        };
        let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
        write_out(&a, &part(1), Some("1/2"));
        write_out(&b, &part(2), Some("2/2"));
        let out = tmp.path().join("o");
        let e = merge_dirs(std::slice::from_ref(&a), &out, &[], CsvStyle::default()).unwrap_err();
        assert!(e.contains("2/2 missing"), "{e}");
        let e = merge_dirs(&[a.clone(), a.clone()], &out, &[], CsvStyle::default()).unwrap_err();
        assert!(e.contains("twice"), "{e}");
        // Unmarked outputs that overlap: the duplicate case id is caught.
        let (c, d) = (tmp.path().join("c"), tmp.path().join("d"));
        write_out(&c, &all[..6], None);
        write_out(&d, &all[5..], None);
        let e = merge_dirs(&[c, d], &out, &[], CsvStyle::default()).unwrap_err();
        assert!(e.contains("'s5' is in both"), "{e}");
        // A shard marked 1/2 holding a case of shard 2.
        write_out(&b, &all, Some("2/2"));
        let e = merge_dirs(&[a, b], &out, &[], CsvStyle::default()).unwrap_err();
        assert!(e.contains("does not belong"), "{e}");
        assert!(!out.join("summary.json").exists());
    }
}
