//! Samples of cases for auditors: a reproducible draw from a finished scan, its manifest, and
//! the review worksheet for the drawn cases.
//!
//! A *sample* is a set of case ids drawn from a *population*: the case ids of a scan's
//! `cases.jsonl` (only those with at least one gap under `--only-with-gaps`), or the case ids
//! of an export for `casegap scan --sample`. Audits read 20–100 sampled cases (domain.md), and
//! an auditor must be able to show which cases were drawn and that the draw was random and
//! reproducible, so the draw is a pure function of the population, the size and the seed, with
//! an algorithm fixed forever (no `rand`: its algorithms change between versions).
//!
//! # The draw (`blake3-rank-v1`)
//!
//! 1. The population is the set of distinct case ids (input order does not matter).
//! 2. Every id gets the *rank key* `BLAKE3(seed as 8 bytes little-endian || id as UTF-8)`.
//! 3. The sample is the `N` ids with the smallest keys, the keys compared as 32-byte strings
//!    (ties, which never happen in practice, are broken by the id).
//! 4. The drawn ids are listed sorted by id (Rust `str` order, i.e. by Unicode code point).
//!
//! Because each id's key depends only on the seed and the id, a sample of `N` is contained in
//! the sample of `N + 1` with the same seed (the next case in key order is the natural
//! replacement for a drawn case that turns out to be out of scope), and adding or removing other
//! cases never reorders the rest.
//!
//! The *population hash* is the BLAKE3 hex digest of the sorted distinct ids joined by `"\n"`:
//! it pins down exactly which population was sampled.
//!
//! # Proportional stratified draw
//!
//! With `--stratify-by`, each case belongs to one *stratum* ([`StratifyBy`] defines them), the
//! `N` places are allocated to the strata in proportion to their sizes by the largest-remainder
//! (Hamilton) method — every stratum gets the floor of its quota `N · size / population`, and
//! the places left over go to the largest remainders (ties: the larger stratum, then the
//! stratum name) — so the allocations sum to `N` exactly and each is the floor or the ceiling
//! of its quota. Each stratum is then drawn with the same ranking as above.

mod worksheet;

pub use self::worksheet::{
    review_rows, write_html, write_xlsx, ReviewRow, Verdict, HTML_FILE, XLSX_FILE,
};

use crate::cli::{ExitCode, SampleArgs};
use crate::cpr;
use crate::model::{CaseReport, Regime};
use crate::report::{self, Labels, RULE_IDS};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The manifest's file name in the sample's output folder.
pub const MANIFEST_FILE: &str = "sample.json";

/// The id of the draw algorithm, written to the manifest. A new algorithm gets a new id; this
/// one never changes.
pub const ALGORITHM_ID: &str = "blake3-rank-v1";

/// The draw algorithm in words, written to the manifest so that anyone can re-check the draw
/// without casegap.
pub const ALGORITHM: &str = "blake3-rank-v1: population = the distinct case ids; \
rank key of an id = BLAKE3(seed as 8 bytes little-endian || id as UTF-8 bytes); \
the sample is the N ids with the smallest keys (keys compared as byte strings, ties by id), \
listed sorted by id. Stratified: the N places are allocated to the strata in proportion to \
their sizes by the largest-remainder (Hamilton) method (floor of N*size/population each, the \
rest to the largest remainders, ties to the larger stratum, then by stratum name), then each \
stratum is drawn by the same ranking. population_hash = BLAKE3 hex of the sorted distinct ids \
joined by \"\\n\".";

/// The rank key of one case id under `seed` (step 2 of the module doc).
pub fn rank_key(seed: u64, case_id: &str) -> [u8; 32] {
    let mut h = blake3::Hasher::new();
    h.update(&seed.to_le_bytes());
    h.update(case_id.as_bytes());
    *h.finalize().as_bytes()
}

/// A simple random sample of `size` ids from `case_ids` under `seed`, sorted by id
/// (`blake3-rank-v1`, see the module doc). Duplicate ids count once; when `size` is at least
/// the number of distinct ids, all of them are returned. `casegap scan --sample` calls this on
/// the export's (CPR-masked) case ids before extraction, and `casegap sample` without
/// stratification or filters calls it on the ids of `cases.jsonl`, so both draw the same cases.
pub fn draw(case_ids: &[String], size: usize, seed: u64) -> Vec<String> {
    let ids: BTreeSet<&str> = case_ids.iter().map(String::as_str).collect();
    draw_set(&ids, size, seed)
}

fn draw_set(ids: &BTreeSet<&str>, size: usize, seed: u64) -> Vec<String> {
    let mut keyed: Vec<([u8; 32], &str)> = ids.iter().map(|id| (rank_key(seed, id), *id)).collect();
    // Tuple order: the key first, the id breaks ties.
    keyed.sort_unstable();
    keyed.truncate(size);
    let mut out: Vec<String> = keyed.into_iter().map(|(_, id)| id.to_string()).collect();
    out.sort_unstable();
    out
}

/// The population hash: BLAKE3 hex of the sorted distinct ids joined by `"\n"`.
pub fn population_hash(case_ids: &[String]) -> String {
    let ids: BTreeSet<&str> = case_ids.iter().map(String::as_str).collect();
    hash_set(&ids)
}

fn hash_set(ids: &BTreeSet<&str>) -> String {
    let mut h = blake3::Hasher::new();
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            h.update(b"\n");
        }
        h.update(id.as_bytes());
    }
    h.finalize().to_hex().to_string()
}

/// Largest-remainder (Hamilton) allocation of `n` places to strata of the given sizes, in the
/// same order. The result sums to `min(n, total)`, and each entry is the floor or the ceiling
/// of its quota `n · size / total`. Leftover places go to the largest remainders; ties go to the
/// larger stratum, then to the earlier one (callers pass strata sorted by name).
pub fn allocate(sizes: &[usize], n: usize) -> Vec<usize> {
    let total: usize = sizes.iter().sum();
    if total == 0 {
        return vec![0; sizes.len()];
    }
    let n = n.min(total);
    // Exact integer arithmetic: quotas as fractions over `total`, so the allocation can never
    // depend on floating-point rounding.
    let (n128, t128) = (n as u128, total as u128);
    let mut alloc: Vec<usize> = Vec::with_capacity(sizes.len());
    let mut rems: Vec<u128> = Vec::with_capacity(sizes.len());
    for &s in sizes {
        let q = n128 * s as u128;
        // q / total <= s, so it fits in usize.
        alloc.push(usize::try_from(q / t128).unwrap_or(s));
        rems.push(q % t128);
    }
    let left = n - alloc.iter().sum::<usize>();
    let mut order: Vec<usize> = (0..sizes.len()).collect();
    order.sort_by(|&a, &b| {
        rems[b]
            .cmp(&rems[a])
            .then(sizes[b].cmp(&sizes[a]))
            .then(a.cmp(&b))
    });
    for &i in order.iter().take(left) {
        alloc[i] += 1;
    }
    alloc
}

/// What `--stratify-by` groups cases by. Every case falls in exactly one stratum:
///
/// - `regime`: the legal regimes the case's documents fall under — `SEL`, `BL`, `SEL+BL`, or
///   `none` (no dated event).
/// - `status`: `complete+gaps`, `complete+no gaps`, or `incomplete` (a case with unreadable or
///   undated key documents, whose gaps and silence are both uncertain).
/// - `rule`: the case's first broken rule in the fixed order of [`RULE_IDS`] (the order of the
///   law, notification to closure; rule ids not listed there follow in alphabetical order), or
///   `none` for a case without gaps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StratifyBy {
    Regime,
    Status,
    Rule,
}

impl StratifyBy {
    pub const ALL: [StratifyBy; 3] = [StratifyBy::Regime, StratifyBy::Status, StratifyBy::Rule];

    pub fn id(self) -> &'static str {
        match self {
            StratifyBy::Regime => "regime",
            StratifyBy::Status => "status",
            StratifyBy::Rule => "rule",
        }
    }

    /// The stratum of `case`.
    pub fn stratum_of(self, case: &CaseReport) -> String {
        match self {
            StratifyBy::Regime => {
                let sel = case.regimes.contains(&Regime::SEL);
                let bl = case.regimes.contains(&Regime::BL);
                match (sel, bl) {
                    (true, true) => "SEL+BL",
                    (true, false) => "SEL",
                    (false, true) => "BL",
                    (false, false) => "none",
                }
                .to_string()
            }
            StratifyBy::Status => match (case.complete, case.gaps.is_empty()) {
                (false, _) => "incomplete",
                (true, false) => "complete+gaps",
                (true, true) => "complete+no gaps",
            }
            .to_string(),
            StratifyBy::Rule => case
                .gaps
                .iter()
                .map(|g| g.rule.as_str())
                .min_by(|a, b| rule_order(a).cmp(&rule_order(b)))
                .unwrap_or("none")
                .to_string(),
        }
    }
}

/// The fixed rule order of the `rule` stratification: position in [`RULE_IDS`], then other ids
/// alphabetically.
fn rule_order(rule: &str) -> (usize, &str) {
    match RULE_IDS.iter().position(|r| *r == rule) {
        Some(i) => (i, ""),
        None => (RULE_IDS.len(), rule),
    }
}

impl FromStr for StratifyBy {
    type Err = String;
    fn from_str(s: &str) -> Result<StratifyBy, String> {
        StratifyBy::ALL
            .iter()
            .copied()
            .find(|b| b.id().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| format!("--stratify-by '{s}' is unknown; use regime, status or rule"))
    }
}

/// How a sample is drawn from a scan's cases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleOptions {
    pub size: usize,
    pub seed: u64,
    pub stratify_by: Option<StratifyBy>,
    /// Restrict the population to cases with at least one gap before drawing.
    pub only_with_gaps: bool,
}

/// One stratum of a stratified sample, as recorded in the manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stratum {
    pub stratum: String,
    /// Cases of the population in this stratum.
    pub population: usize,
    /// The exact proportional share `size · population / total`, for the record.
    pub quota: f64,
    /// Places allocated by the Hamilton method (floor or ceiling of `quota`).
    pub allocated: usize,
    pub case_ids: Vec<String>,
}

/// Facts about the scan the sample was drawn from, so the manifest names its source.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The scan output folder as given (CPR-masked).
    pub scan_out: String,
    /// BLAKE3 hex of the bytes of `cases.jsonl`: the exact scan result sampled.
    pub cases_jsonl_blake3: String,
    /// Cases in `cases.jsonl` before any filter.
    pub cases: usize,
    /// The scan's evaluation date and casegap version, from `summary.json` when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scan_version: Option<String>,
}

/// `sample.json`: the auditor's record of the draw.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub tool: String,
    pub version: String,
    pub algorithm_id: String,
    pub algorithm: String,
    pub seed: u64,
    /// `simple_random` or `stratified_proportional`.
    pub method: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stratify_by: Option<String>,
    pub only_with_gaps: bool,
    /// The number of cases drawn from.
    pub population: usize,
    pub population_hash: String,
    pub size: usize,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strata: Vec<Stratum>,
    /// The drawn case ids, sorted.
    pub case_ids: Vec<String>,
    pub source: Source,
    /// The worksheet files written beside the manifest.
    pub worksheets: Vec<String>,
}

impl Manifest {
    /// The stratum of each drawn case (empty for a simple random sample).
    pub fn stratum_by_case(&self) -> BTreeMap<&str, &str> {
        self.strata
            .iter()
            .flat_map(|s| s.case_ids.iter().map(|c| (c.as_str(), s.stratum.as_str())))
            .collect()
    }
}

/// Draws a sample from a scan's cases and returns its manifest (without `source`, which the
/// caller fills in). Errors are one line, for the user.
pub fn draw_from_cases(cases: &[CaseReport], opts: &SampleOptions) -> Result<Manifest, String> {
    if opts.size == 0 {
        return Err("--size must be at least 1".to_string());
    }
    let mut seen = BTreeSet::new();
    if let Some(dup) = cases.iter().find(|c| !seen.insert(c.case_id.as_str())) {
        return Err(format!(
            "cases.jsonl lists case '{}' twice; is it a merge of overlapping scans?",
            cpr::mask(&dup.case_id)
        ));
    }
    let population: Vec<&CaseReport> = cases
        .iter()
        .filter(|c| !opts.only_with_gaps || !c.gaps.is_empty())
        .collect();
    let ids: BTreeSet<&str> = population.iter().map(|c| c.case_id.as_str()).collect();
    if opts.size > ids.len() {
        let what = if opts.only_with_gaps {
            "cases with gaps"
        } else {
            "cases"
        };
        return Err(format!(
            "--size {} is larger than the population: the scan has {} {what}",
            opts.size,
            ids.len()
        ));
    }
    let (method, strata, case_ids) = match opts.stratify_by {
        None => (
            "simple_random",
            Vec::new(),
            draw_set(&ids, opts.size, opts.seed),
        ),
        Some(by) => {
            let mut groups: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
            for c in &population {
                groups
                    .entry(by.stratum_of(c))
                    .or_default()
                    .insert(c.case_id.as_str());
            }
            let sizes: Vec<usize> = groups.values().map(BTreeSet::len).collect();
            let alloc = allocate(&sizes, opts.size);
            let total = ids.len() as f64;
            let mut strata = Vec::with_capacity(groups.len());
            let mut all = Vec::with_capacity(opts.size);
            for ((name, members), n) in groups.iter().zip(alloc) {
                let drawn = draw_set(members, n, opts.seed);
                all.extend(drawn.iter().cloned());
                strata.push(Stratum {
                    stratum: name.clone(),
                    population: members.len(),
                    quota: round4(opts.size as f64 * members.len() as f64 / total),
                    allocated: n,
                    case_ids: drawn.iter().map(|s| cpr::mask(s).into_owned()).collect(),
                });
            }
            all.sort_unstable();
            ("stratified_proportional", strata, all)
        }
    };
    Ok(Manifest {
        tool: "casegap".to_string(),
        version: env!("CARGO_PKG_VERSION").to_string(),
        algorithm_id: ALGORITHM_ID.to_string(),
        algorithm: ALGORITHM.to_string(),
        seed: opts.seed,
        method: method.to_string(),
        stratify_by: opts.stratify_by.map(|b| b.id().to_string()),
        only_with_gaps: opts.only_with_gaps,
        population: ids.len(),
        population_hash: hash_set(&ids),
        size: case_ids.len(),
        strata,
        // Case ids in cases.jsonl are masked already; masking again is a no-op then, and a
        // safety net otherwise.
        case_ids: case_ids.iter().map(|s| cpr::mask(s).into_owned()).collect(),
        source: Source::default(),
        worksheets: vec![XLSX_FILE.to_string(), HTML_FILE.to_string()],
    })
}

/// Four decimals are plenty for a quota shown to people, and keep the JSON short.
fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// The `cases.jsonl` of a scan: `scan_out` is the scan's output folder, or the file itself.
fn cases_path(scan_out: &Path) -> PathBuf {
    if scan_out.is_file() {
        scan_out.to_path_buf()
    } else {
        scan_out.join("cases.jsonl")
    }
}

/// Parses `cases.jsonl` from the bytes that are also hashed, so the manifest's hash describes
/// exactly what was sampled.
fn parse_cases(text: &str, shown: &str) -> Result<Vec<CaseReport>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .map_err(|e| format!("{shown}:{}: not a case report: {e}", i + 1))
        })
        .collect()
}

/// The scan's `as_of` and version from `summary.json`, when it is there and readable. The
/// summary is optional (a merged or hand-made cases.jsonl has none), so any failure is silence.
fn scan_summary(dir: &Path) -> (Option<String>, Option<String>) {
    let Ok(text) = std::fs::read_to_string(dir.join("summary.json")) else {
        return (None, None);
    };
    let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) else {
        return (None, None);
    };
    let s = |k: &str| {
        v.get(k)
            .and_then(|x| x.as_str())
            .map(|x| cpr::mask(x).into_owned())
    };
    (s("as_of"), s("version"))
}

/// Danish labels for the worksheet: the built-in catalogue's, as a default scan uses them.
fn labels() -> Labels {
    let mut labels = Labels::builtin();
    let rules = crate::rules::RuleCatalogue::builtin();
    for (id, def) in &rules.rules {
        labels.rules.insert(id.clone(), def.label.clone());
    }
    if let Ok(cat) = crate::patterns::Catalogue::builtin() {
        for t in &cat.types {
            labels
                .doc_types
                .insert(t.doc_type.id().to_string(), t.label.clone());
        }
    }
    labels
}

/// Runs `casegap sample`: draws, then writes `sample.json`, `review.xlsx` and `review.html`
/// into `--out`.
pub fn run(args: &SampleArgs) -> Result<ExitCode, String> {
    let stratify_by = args
        .stratify_by
        .as_deref()
        .map(StratifyBy::from_str)
        .transpose()?;
    if args.size == 0 {
        return Err("--size must be at least 1".to_string());
    }
    let path = cases_path(&args.scan_out);
    let shown = cpr::mask(&path.display().to_string()).into_owned();
    if !path.is_file() {
        return Err(format!(
            "no cases.jsonl at '{shown}'; give the output folder of a finished casegap scan"
        ));
    }
    let bytes = std::fs::read(&path).map_err(|e| format!("cannot read '{shown}': {e}"))?;
    let text = std::str::from_utf8(&bytes).map_err(|_| format!("'{shown}' is not UTF-8"))?;
    let cases = parse_cases(text, &shown)?;
    let opts = SampleOptions {
        size: args.size,
        seed: args.seed,
        stratify_by,
        only_with_gaps: args.only_with_gaps,
    };
    let mut manifest = draw_from_cases(&cases, &opts)?;
    let (as_of, scan_version) = match path.parent() {
        Some(dir) => scan_summary(dir),
        None => (None, None),
    };
    manifest.source = Source {
        scan_out: cpr::mask(&args.scan_out.display().to_string()).into_owned(),
        cases_jsonl_blake3: blake3::hash(&bytes).to_hex().to_string(),
        cases: cases.len(),
        as_of,
        scan_version,
    };

    let out = &args.out;
    let out_shown = cpr::mask(&out.display().to_string()).into_owned();
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create '{out_shown}': {e}"))?;
    let json = serde_json::to_string_pretty(&manifest)
        .map_err(|e| format!("cannot encode {MANIFEST_FILE}: {e}"))?;
    report::atomic_write(&out.join(MANIFEST_FILE), |w| {
        w.write_all(json.as_bytes())?;
        w.write_all(b"\n")
    })?;

    let drawn: BTreeSet<&str> = manifest.case_ids.iter().map(String::as_str).collect();
    let sampled: Vec<CaseReport> = cases
        .into_iter()
        .filter(|c| drawn.contains(cpr::mask(&c.case_id).as_ref()))
        .collect();
    let labels = labels();
    let rows = review_rows(&manifest, &sampled, &labels);
    write_xlsx(&out.join(XLSX_FILE), &manifest, &rows)?;
    write_html(&out.join(HTML_FILE), &manifest, &sampled, &rows, &labels)?;

    eprintln!(
        "casegap: drew {} of {} cases ({}, seed {}); wrote {MANIFEST_FILE}, {XLSX_FILE} and {HTML_FILE} in {out_shown}",
        manifest.size,
        manifest.population,
        match &manifest.stratify_by {
            Some(by) => format!("stratified by {by}"),
            None => "simple random sample".to_string(),
        },
        manifest.seed,
    );
    Ok(ExitCode::Ok)
}

#[cfg(test)]
mod tests;
