//! Human-facing reports: the files an auditor opens after a scan.
//!
//! A *report* is one format's rendering of the finished `CaseReport`s of a run, written next to
//! `cases.jsonl` in the output directory: `report.html` (one self-contained page that opens
//! offline), `gaps.csv` and `cases.csv` (for Danish Excel), and `report.xlsx`. An *exporter* is
//! the one type per format that writes its files; all exporters share the same inputs
//! ([`RunInfo`], the cases, [`Labels`]) and the same rules: every file is written atomically (a
//! temporary file in the output directory, renamed into place), so an interrupted run never
//! leaves a half-written report that looks whole, and every string passes the CPR mask once
//! more, because a report is output too and the contract forbids CPR numbers in any output.

pub mod csv;
pub mod html;
pub mod terminal;
pub mod xlsx;

use crate::model::{CaseReport, Regime, Severity};
use chrono::NaiveDate;
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

pub use self::csv::{CsvExporter, CsvStyle};
pub use self::html::HtmlExporter;
pub use self::xlsx::XlsxExporter;

/// Facts about the run that every report prints in its header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunInfo {
    pub tool_version: String,
    pub as_of: NaiveDate,
    pub catalogue_version: String,
    pub catalogue_hash: String,
    /// When the reports were made, as the caller wants it shown (RFC 3339 is a good choice).
    pub generated_at: String,
}

/// One report format; an exporter writes its files.
pub trait Exporter {
    /// The format's name as given to `--format`.
    fn name(&self) -> &'static str;
    /// The files this exporter writes, relative to the output directory.
    fn file_names(&self) -> Vec<&'static str>;
    /// Writes all of [`Exporter::file_names`] into `out_dir`, each atomically.
    fn write(
        &self,
        out_dir: &Path,
        info: &RunInfo,
        cases: &[CaseReport],
        labels: &Labels,
    ) -> Result<(), String>;
}

/// A format selectable with `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    Html,
    Csv,
    Xlsx,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Html, Format::Csv, Format::Xlsx];

    pub fn id(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }

    /// Parses a `--format` value: a comma-separated list of `html`, `csv`, `xlsx` or `all`,
    /// case-insensitive. Duplicates are dropped; the order given is kept, so that the paths
    /// printed at the end follow the user's own list.
    pub fn parse_list(s: &str) -> Result<Vec<Format>, String> {
        let mut out: Vec<Format> = Vec::new();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let add: Vec<Format> = if part.eq_ignore_ascii_case("all") {
                Format::ALL.to_vec()
            } else {
                vec![part.parse()?]
            };
            for f in add {
                if !out.contains(&f) {
                    out.push(f);
                }
            }
        }
        if out.is_empty() {
            return Err("no report format given (use html, csv, xlsx or all)".to_string());
        }
        Ok(out)
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Format, String> {
        Format::ALL
            .iter()
            .copied()
            .find(|f| f.id().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| format!("unknown report format `{s}` (use html, csv, xlsx or all)"))
    }
}

/// The exporters for `formats`, in that order.
pub fn exporters(formats: &[Format], csv_style: CsvStyle) -> Vec<Box<dyn Exporter>> {
    formats
        .iter()
        .map(|f| -> Box<dyn Exporter> {
            match f {
                Format::Html => Box::new(HtmlExporter),
                Format::Csv => Box::new(CsvExporter { style: csv_style }),
                Format::Xlsx => Box::new(XlsxExporter),
            }
        })
        .collect()
}

/// Writes the reports of `formats` (CSV in the Danish Excel style) and returns the paths
/// written, in order.
pub fn write_reports(
    out_dir: &Path,
    formats: &[Format],
    info: &RunInfo,
    cases: &[CaseReport],
    labels: &Labels,
) -> Result<Vec<PathBuf>, String> {
    write_with(
        out_dir,
        &exporters(formats, CsvStyle::default()),
        info,
        cases,
        labels,
    )
}

/// Runs the given exporters and returns the paths written, in order.
pub fn write_with(
    out_dir: &Path,
    exporters: &[Box<dyn Exporter>],
    info: &RunInfo,
    cases: &[CaseReport],
    labels: &Labels,
) -> Result<Vec<PathBuf>, String> {
    let cases = masked(cases);
    let mut paths = Vec::new();
    for e in exporters {
        e.write(out_dir, info, &cases, labels)
            .map_err(|err| format!("{} report: {err}", e.name()))?;
        paths.extend(e.file_names().into_iter().map(|f| out_dir.join(f)));
    }
    Ok(paths)
}

/// The cases with every string CPR-masked. The pipeline masks already, so this normally
/// borrows; it clones only when a number slipped through, because one leak in a report
/// handed to an auditor is one too many.
fn masked(cases: &[CaseReport]) -> Cow<'_, [CaseReport]> {
    if !cases.iter().any(case_has_cpr) {
        return Cow::Borrowed(cases);
    }
    let m = |s: &mut String| {
        if let Cow::Owned(o) = crate::cpr::mask(s) {
            *s = o;
        }
    };
    let mut out = cases.to_vec();
    for c in &mut out {
        m(&mut c.case_id);
        c.incomplete_reasons.iter_mut().for_each(m);
        for d in &mut c.documents {
            m(&mut d.id);
            if let Some(e) = &mut d.evidence {
                m(&mut e.snippet);
            }
        }
        for u in &mut c.unreadable {
            m(&mut u.id);
            m(&mut u.detail);
        }
        for g in &mut c.gaps {
            m(&mut g.trigger);
            m(&mut g.message);
        }
        for u in &mut c.upcoming {
            m(&mut u.trigger);
            m(&mut u.message);
        }
    }
    Cow::Owned(out)
}

fn case_has_cpr(c: &CaseReport) -> bool {
    let has = crate::cpr::contains;
    has(&c.case_id)
        || c.incomplete_reasons.iter().any(|s| has(s))
        || c.documents
            .iter()
            .any(|d| has(&d.id) || d.evidence.as_ref().is_some_and(|e| has(&e.snippet)))
        || c.unreadable.iter().any(|u| has(&u.id) || has(&u.detail))
        || c.gaps.iter().any(|g| has(&g.trigger) || has(&g.message))
        || c.upcoming
            .iter()
            .any(|u| has(&u.trigger) || has(&u.message))
}

/// Writes `path` atomically: `fill` writes into a temporary file in the same directory, which
/// is then renamed over `path`. The rename is atomic on one file system, so readers see the old
/// file or the whole new one, never a torn one. The file keeps the temporary file's private
/// permissions (0600 on Unix): the reports hold sensitive data about children.
pub fn atomic_write<F>(path: &Path, fill: F) -> Result<(), String>
where
    F: FnOnce(&mut dyn Write) -> io::Result<()>,
{
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let shown = path.display();
    let mut tmp = tempfile::Builder::new()
        .prefix(".casegap-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| format!("cannot create a temporary file in {}: {e}", dir.display()))?;
    {
        let mut w = BufWriter::new(tmp.as_file_mut());
        fill(&mut w).map_err(|e| format!("cannot write {shown}: {e}"))?;
        w.flush()
            .map_err(|e| format!("cannot write {shown}: {e}"))?;
    }
    tmp.as_file()
        .sync_all()
        .map_err(|e| format!("cannot write {shown}: {e}"))?;
    tmp.persist(path)
        .map_err(|e| format!("cannot rename into {shown}: {}", e.error))?;
    Ok(())
}

/// The rule ids of domain.md, in the order the law reads them (notification to closure). Reports
/// list rules in this order; rule ids not listed here (a newer catalogue) follow, sorted.
pub const RULE_IDS: [&str; 11] = [
    "assessment_within_24h",
    "receipt_within_6_workdays",
    "investigation_required",
    "investigation_within_4_months",
    "child_conversation_before_decision",
    "plan_in_time",
    "plan_has_goals",
    "first_follow_up_within_3_months",
    "follow_up_every_6_months",
    "decision_has_complaint_guidance",
    "inactive_case_not_closed",
];

/// Danish labels for the machine ids in the output. A plain data struct: the built-in defaults
/// now, later filled from the pattern catalogue. A missing label falls back to the id, so a new
/// rule or type still shows up, only less readably.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Labels {
    /// Rule id → Danish label ("Vurdering af underretning inden for 24 timer").
    pub rules: HashMap<String, String>,
    /// Document type id → Danish label ("Underretning").
    pub doc_types: HashMap<String, String>,
    /// Unreadable reason id → Danish label ("Scannet uden tekstlag").
    pub reasons: HashMap<String, String>,
}

impl Labels {
    pub fn builtin() -> Labels {
        fn map(pairs: &[(&str, &str)]) -> HashMap<String, String> {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        }
        Labels {
            rules: map(&[
                (
                    "assessment_within_24h",
                    "Vurdering af underretning inden for 24 timer",
                ),
                (
                    "receipt_within_6_workdays",
                    "Kvittering for underretning inden for 6 hverdage",
                ),
                (
                    "investigation_required",
                    "Børnefaglig undersøgelse før afgørelse",
                ),
                (
                    "investigation_within_4_months",
                    "Børnefaglig undersøgelse inden for 4 måneder",
                ),
                (
                    "child_conversation_before_decision",
                    "Børnesamtale før afgørelse",
                ),
                ("plan_in_time", "Handleplan / barnets plan i tide"),
                ("plan_has_goals", "Planen har mål"),
                (
                    "first_follow_up_within_3_months",
                    "Første opfølgning inden for 3 måneder",
                ),
                (
                    "follow_up_every_6_months",
                    "Opfølgning mindst hver 6. måned",
                ),
                (
                    "decision_has_complaint_guidance",
                    "Klagevejledning i afgørelse",
                ),
                ("inactive_case_not_closed", "Inaktiv sag ikke afsluttet"),
            ]),
            doc_types: map(&[
                ("notification", "Underretning"),
                ("notification_assessment", "Vurdering af underretning"),
                ("receipt", "Kvittering for underretning"),
                (
                    "investigation_decision",
                    "Afgørelse om børnefaglig undersøgelse",
                ),
                ("investigation", "Børnefaglig undersøgelse"),
                ("preliminary_assessment", "Foreløbig vurdering"),
                ("partial_assessment", "Afdækning / screening"),
                ("child_conversation", "Børnesamtale"),
                ("plan", "Handleplan / barnets plan"),
                ("measure_decision", "Afgørelse om foranstaltning / indsats"),
                ("termination_decision", "Afgørelse om ophør"),
                ("follow_up", "Opfølgning"),
                ("supervision_visit", "Tilsynsbesøg"),
                ("hearing", "Partshøring"),
                ("consent", "Samtykke"),
                ("status_statement", "Statusudtalelse"),
                ("journal_note", "Journalnotat"),
                ("closure", "Afslutningsnotat"),
                ("other", "Andet"),
            ]),
            reasons: map(&[
                ("no_text", "Scannet uden tekstlag"),
                ("encrypted", "Krypteret"),
                ("corrupt", "Beskadiget fil"),
                ("timeout", "Tidsgrænse overskredet"),
                ("unsupported", "Filtype understøttes ikke"),
                ("too_large", "For stor"),
                ("error", "Fejl ved læsning"),
            ]),
        }
    }

    pub fn rule<'a>(&'a self, id: &'a str) -> &'a str {
        self.rules.get(id).map_or(id, String::as_str)
    }
    pub fn doc_type<'a>(&'a self, id: &'a str) -> &'a str {
        self.doc_types.get(id).map_or(id, String::as_str)
    }
    pub fn reason<'a>(&'a self, id: &'a str) -> &'a str {
        self.reasons.get(id).map_or(id, String::as_str)
    }
}

/// Danish label of a severity.
pub fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::Error => "Fejl",
        Severity::Warning => "Advarsel",
    }
}

pub fn severity_id(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// How often one rule is broken across the run.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleCount {
    pub rule: String,
    /// Cases with at least one gap of this rule: the figure auditors quote.
    pub cases: usize,
    /// Gaps of this rule in all cases.
    pub gaps: usize,
}

/// The run in numbers: the facts every report opens with. The *share* of a count is that count
/// of cases divided by all cases.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overview {
    pub cases: usize,
    pub documents: usize,
    pub unreadable: usize,
    pub cases_incomplete: usize,
    pub cases_with_gap: usize,
    pub cases_with_error: usize,
    pub gaps: usize,
    pub gaps_error: usize,
    pub gaps_warning: usize,
    pub gaps_sel: usize,
    pub gaps_bl: usize,
    pub cases_sel: usize,
    pub cases_bl: usize,
    pub upcoming: usize,
    /// Every rule of [`rule_ids`], in that order, including rules never broken.
    pub rules: Vec<RuleCount>,
}

impl Overview {
    pub fn of(cases: &[CaseReport]) -> Overview {
        let ids = rule_ids(cases);
        let index: HashMap<&str, usize> = ids
            .iter()
            .enumerate()
            .map(|(i, r)| (r.as_str(), i))
            .collect();
        let mut rules: Vec<RuleCount> = ids
            .iter()
            .map(|r| RuleCount {
                rule: r.clone(),
                cases: 0,
                gaps: 0,
            })
            .collect();
        let mut o = Overview {
            cases: cases.len(),
            ..Overview::default()
        };
        for c in cases {
            o.documents += c.documents.len();
            o.unreadable += c.unreadable.len();
            o.upcoming += c.upcoming.len();
            o.cases_incomplete += usize::from(!c.complete);
            o.cases_with_gap += usize::from(!c.gaps.is_empty());
            o.cases_with_error += usize::from(c.gaps.iter().any(|g| g.severity == Severity::Error));
            o.cases_sel += usize::from(c.regimes.contains(&Regime::SEL));
            o.cases_bl += usize::from(c.regimes.contains(&Regime::BL));
            let mut seen = vec![false; rules.len()];
            for g in &c.gaps {
                o.gaps += 1;
                match g.severity {
                    Severity::Error => o.gaps_error += 1,
                    Severity::Warning => o.gaps_warning += 1,
                }
                match g.regime {
                    Regime::SEL => o.gaps_sel += 1,
                    Regime::BL => o.gaps_bl += 1,
                }
                if let Some(&i) = index.get(g.rule.as_str()) {
                    rules[i].gaps += 1;
                    if !seen[i] {
                        seen[i] = true;
                        rules[i].cases += 1;
                    }
                }
            }
        }
        o.rules = rules;
        o
    }

    /// `n` of all cases, as a Danish percentage.
    pub fn share(&self, n: usize) -> String {
        pct(n, self.cases)
    }
}

/// The rule ids to report on: all of [`RULE_IDS`], then any other rule id found in the cases.
pub fn rule_ids(cases: &[CaseReport]) -> Vec<String> {
    let extra: BTreeSet<&str> = cases
        .iter()
        .flat_map(|c| c.gaps.iter().map(|g| g.rule.as_str()))
        .filter(|r| !RULE_IDS.contains(r))
        .collect();
    RULE_IDS
        .iter()
        .copied()
        .chain(extra)
        .map(str::to_string)
        .collect()
}

/// `n / total` as a Danish percentage: decimal comma, a space before `%` ("82 %", "0,3 %"). One
/// decimal, dropped when it is zero, so small shares do not round to a misleading "0 %".
pub fn pct(n: usize, total: usize) -> String {
    if total == 0 {
        return "0 %".to_string();
    }
    let p = (n as f64) * 100.0 / (total as f64);
    let s = format!("{p:.1}");
    let s = s.strip_suffix(".0").unwrap_or(&s).replace('.', ",");
    format!("{s} %")
}

#[cfg(test)]
pub(crate) mod tests;
