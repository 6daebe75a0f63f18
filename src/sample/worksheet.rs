//! The review worksheet: the drawn cases laid out for an auditor to check one by one.
//!
//! A *review row* is one rule applied to one drawn case: the tool's *verdict* ([`Verdict`]:
//! gap, ok, upcoming or not applicable), the due date, what was found and the evidence (file,
//! page, snippet), followed by two empty columns for the auditor's own verdict and remarks.
//! Every drawn case gets at least one row per rule — one per gap or upcoming deadline, or else
//! a single "ok" / "not applicable" row — so the auditor sees the rules the tool found
//! satisfied as well as the broken ones, and can disagree with either. The rows are written
//! twice: `review.xlsx` (one sheet to fill in, one sheet recording the draw) and `review.html`
//! (one self-contained, printable section per case; nothing is fetched from the network,
//! because case data must not leave the machine). Headings are Danish, for Danish auditors.
//!
//! Every string taken from the cases is CPR-masked when the rows are built, so both renderers
//! only ever see masked text.

use super::Manifest;
use crate::cpr;
use crate::model::{CaseReport, DocType, Document, Regime, Severity};
use crate::report::html::esc;
use crate::report::{atomic_write, rule_ids, severity_label, Labels};
use crate::rules::RuleCatalogue;
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, ExcelDateTime, Format, FormatAlign, Workbook,
    Worksheet, XlsxError,
};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};
use std::path::Path;

pub const XLSX_FILE: &str = "review.xlsx";
pub const HTML_FILE: &str = "review.html";

/// The worksheet's sheets: the rows to review, then the record of the draw.
pub const SHEETS: [&str; 2] = ["Gennemgang", "Udtrækning"];

/// The review sheet's columns (Danish headings) and widths. The last two are left empty for
/// the auditor.
pub const COLUMNS: [(&str, f64); 19] = [
    ("Nr.", 5.0),
    ("Sag", 18.0),
    ("Stratum", 16.0),
    ("Sag komplet", 8.0),
    ("Regel", 36.0),
    ("Regel-id", 24.0),
    ("Regime", 8.0),
    ("Lovgrundlag", 20.0),
    ("Værktøjets vurdering", 16.0),
    ("Alvor", 10.0),
    ("Frist", 11.0),
    ("Fundet", 11.0),
    ("Beskrivelse", 50.0),
    ("Udløst af", 30.0),
    ("Bevis: fil", 36.0),
    ("Bevis: side", 8.0),
    ("Bevis: uddrag", 60.0),
    ("Revisors vurdering", 18.0),
    ("Bemærkninger", 40.0),
];

/// The choices offered (not enforced) in the auditor's verdict column: the tool's own
/// vocabulary, so agreement can be counted, plus the honest answer for unreadable material.
pub const AUDITOR_CHOICES: [&str; 5] = [
    "Mangel",
    "OK",
    "Kommende frist",
    "Ikke relevant",
    "Kan ikke vurderes",
];

/// Evidence lists are cut to this many documents per row; a long list hides the point.
const MAX_EVIDENCE: usize = 5;
const MAX_CELL_CHARS: usize = 32_767;

/// The tool's verdict on one rule in one case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    /// The rule is broken (a gap in `cases.jsonl`).
    Gap,
    /// The rule applies and no gap was found.
    Ok,
    /// A deadline that had not yet passed on the scan's `as_of`.
    Upcoming,
    /// No document in the case triggers the rule.
    NotApplicable,
}

impl Verdict {
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Gap => "gap",
            Verdict::Ok => "ok",
            Verdict::Upcoming => "upcoming",
            Verdict::NotApplicable => "not_applicable",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Gap => "Mangel",
            Verdict::Ok => "OK",
            Verdict::Upcoming => "Kommende frist",
            Verdict::NotApplicable => "Ikke relevant",
        }
    }
}

/// One document shown as evidence in a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceRef {
    pub file: String,
    pub doc_type: String,
    pub date: Option<NaiveDate>,
    pub page: Option<u32>,
    pub snippet: String,
}

/// One rule in one drawn case (see the module doc). All strings are CPR-masked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewRow {
    /// The case's position in the sample, from 1.
    pub nr: usize,
    pub case_id: String,
    /// The stratum's Danish label in a stratified sample, else empty.
    pub stratum: String,
    pub complete: bool,
    pub rule: String,
    pub rule_label: String,
    pub verdict: Verdict,
    pub severity: Option<Severity>,
    pub regime: String,
    pub legal_basis: String,
    pub due: Option<NaiveDate>,
    pub found: Option<NaiveDate>,
    pub description: String,
    pub triggers: Vec<String>,
    pub evidence: Vec<EvidenceRef>,
}

/// Which documents trigger a rule, and which documents show what was found for it, following
/// the "applies to" column of domain.md's rule table. Used only for rules without a gap or
/// deadline in the case, to tell "ok" from "not applicable" and to point at the documents an
/// auditor should look at.
struct Scope {
    trigger: fn(&Document) -> bool,
    /// Danish words for the trigger, for the "not applicable" explanation.
    trigger_words: &'static str,
    found_types: &'static [DocType],
}

fn is_sel(d: &Document) -> bool {
    // An undated decision may be either; it counts, so the auditor is pointed at it.
    d.date.is_none_or(|x| Regime::of(x) == Regime::SEL)
}

fn flag(v: Option<bool>) -> bool {
    crate::model::Attributes::flag(v)
}

fn scope(rule: &str) -> Option<Scope> {
    use crate::rules as r;
    use DocType as T;
    let s = |trigger: fn(&Document) -> bool, words, found: &'static [DocType]| {
        Some(Scope {
            trigger,
            trigger_words: words,
            found_types: found,
        })
    };
    match rule {
        r::ASSESSMENT_WITHIN_24H => s(
            |d| d.doc_type == T::Notification,
            "underretning",
            &[T::NotificationAssessment],
        ),
        r::RECEIPT_WITHIN_6_WORKDAYS => s(
            |d| d.doc_type == T::Notification && !flag(d.attributes.anonymous),
            "ikke-anonym underretning",
            &[T::Receipt],
        ),
        r::INVESTIGATION_REQUIRED => s(
            |d| d.doc_type == T::MeasureDecision && (is_sel(d) || flag(d.attributes.placement)),
            "afgørelse om foranstaltning (SEL) eller anbringelse (BL)",
            &[T::Investigation],
        ),
        r::INVESTIGATION_WITHIN_4_MONTHS => s(
            |d| matches!(d.doc_type, T::Investigation | T::InvestigationDecision),
            "børnefaglig undersøgelse eller afgørelse om undersøgelse",
            &[T::Investigation, T::PreliminaryAssessment],
        ),
        r::CHILD_CONVERSATION_BEFORE_DECISION => s(
            |d| d.doc_type == T::MeasureDecision,
            "afgørelse om foranstaltning / indsats",
            &[T::ChildConversation],
        ),
        r::PLAN_IN_TIME => s(
            |d| {
                d.doc_type == T::MeasureDecision
                    && (is_sel(d) || flag(d.attributes.placement) || !flag(d.attributes.no_plan))
            },
            "afgørelse om foranstaltning / indsats, der kræver plan",
            &[T::Plan],
        ),
        r::PLAN_HAS_GOALS => s(|d| d.doc_type == T::Plan, "plan", &[T::Plan]),
        r::FIRST_FOLLOW_UP_WITHIN_3_MONTHS => s(
            |d| d.doc_type == T::MeasureDecision,
            "afgørelse om foranstaltning / indsats",
            &[T::FollowUp, T::TerminationDecision],
        ),
        r::FOLLOW_UP_EVERY_6_MONTHS => s(
            |d| d.doc_type == T::MeasureDecision && is_sel(d),
            "afgørelse om foranstaltning efter serviceloven",
            &[T::FollowUp],
        ),
        r::DECISION_HAS_COMPLAINT_GUIDANCE => s(
            |d| d.doc_type.is_decision(),
            "afgørelse",
            &[
                T::InvestigationDecision,
                T::MeasureDecision,
                T::TerminationDecision,
            ],
        ),
        r::INACTIVE_CASE_NOT_CLOSED => s(
            |d| d.date.is_some(),
            "dateret dokument",
            &[T::Closure, T::TerminationDecision],
        ),
        _ => None,
    }
}

fn mask(s: &str) -> String {
    cpr::mask(s).into_owned()
}

fn evidence_of(d: &Document, labels: &Labels) -> EvidenceRef {
    EvidenceRef {
        file: mask(&d.id),
        doc_type: labels.doc_type(d.doc_type.id()).to_string(),
        date: d.date,
        page: d.evidence.as_ref().map(|e| e.page),
        snippet: d
            .evidence
            .as_ref()
            .map(|e| mask(&e.snippet))
            .unwrap_or_default(),
    }
}

/// The Danish label of a stratum id (see `StratifyBy`).
fn stratum_label(id: &str, by: Option<&str>, labels: &Labels) -> String {
    match (by, id) {
        (_, "complete+gaps") => "komplet, med mangler".to_string(),
        (_, "complete+no gaps") => "komplet, uden mangler".to_string(),
        (_, "incomplete") => "ufuldstændig".to_string(),
        (Some("rule"), "none") => "ingen mangler".to_string(),
        (Some("regime"), "none") => "intet regime".to_string(),
        (Some("rule"), r) => labels.rule(r).to_string(),
        (_, other) => other.to_string(),
    }
}

/// The review rows of the drawn cases: cases in the manifest's order (sorted by id), rules in
/// the order of the law ([`rule_ids`]).
pub fn review_rows(manifest: &Manifest, cases: &[CaseReport], labels: &Labels) -> Vec<ReviewRow> {
    let cat = RuleCatalogue::builtin();
    let by_id: BTreeMap<String, &CaseReport> =
        cases.iter().map(|c| (mask(&c.case_id), c)).collect();
    let strata = manifest.stratum_by_case();
    let rules = rule_ids(cases);
    let mut rows = Vec::new();
    for (i, id) in manifest.case_ids.iter().enumerate() {
        let Some(case) = by_id.get(id) else {
            continue;
        };
        let stratum = strata
            .get(id.as_str())
            .map(|s| stratum_label(s, manifest.stratify_by.as_deref(), labels))
            .unwrap_or_default();
        let docs: BTreeMap<&str, &Document> =
            case.documents.iter().map(|d| (d.id.as_str(), d)).collect();
        for rule in &rules {
            let base = ReviewRow {
                nr: i + 1,
                case_id: id.clone(),
                stratum: stratum.clone(),
                complete: case.complete,
                rule: rule.clone(),
                rule_label: labels.rule(rule).to_string(),
                verdict: Verdict::Ok,
                severity: None,
                regime: String::new(),
                legal_basis: String::new(),
                due: None,
                found: None,
                description: String::new(),
                triggers: Vec::new(),
                evidence: Vec::new(),
            };
            let sc = scope(rule);
            let trigger_evidence = |t: &str| match docs.get(t) {
                Some(d) => evidence_of(d, labels),
                None => EvidenceRef {
                    file: mask(t),
                    doc_type: String::new(),
                    date: None,
                    page: None,
                    snippet: String::new(),
                },
            };
            let mut any = false;
            for g in case.gaps.iter().filter(|g| &g.rule == rule) {
                any = true;
                let mut evidence = vec![trigger_evidence(&g.trigger)];
                // What was found: documents of the rule's "found" types dated on the found date.
                if let (Some(f), Some(sc)) = (g.found, &sc) {
                    evidence.extend(
                        case.documents
                            .iter()
                            .filter(|d| d.date == Some(f) && d.id != g.trigger)
                            .filter(|d| sc.found_types.contains(&d.doc_type))
                            .map(|d| evidence_of(d, labels)),
                    );
                }
                evidence.truncate(MAX_EVIDENCE);
                rows.push(ReviewRow {
                    verdict: Verdict::Gap,
                    severity: Some(g.severity),
                    regime: g.regime.id().to_string(),
                    legal_basis: mask(&g.legal_basis),
                    due: g.due,
                    found: g.found,
                    description: mask(&g.message),
                    triggers: vec![mask(&g.trigger)],
                    evidence,
                    ..base.clone()
                });
            }
            for u in case.upcoming.iter().filter(|u| &u.rule == rule) {
                any = true;
                let description = if u.message.is_empty() {
                    "Fristen var ikke overskredet på opgørelsesdatoen".to_string()
                } else {
                    mask(&u.message)
                };
                rows.push(ReviewRow {
                    verdict: Verdict::Upcoming,
                    regime: u.regime.id().to_string(),
                    legal_basis: legal_bases(&cat, rule, &BTreeSet::from([u.regime])),
                    due: Some(u.due),
                    description,
                    triggers: vec![mask(&u.trigger)],
                    evidence: vec![trigger_evidence(&u.trigger)],
                    ..base.clone()
                });
            }
            if any {
                continue;
            }
            rows.push(quiet_row(base, case, sc.as_ref(), &cat, labels));
        }
    }
    rows
}

/// The row of a rule with neither gap nor deadline in the case: "ok" when a document triggers
/// it, else "not applicable".
fn quiet_row(
    base: ReviewRow,
    case: &CaseReport,
    sc: Option<&Scope>,
    cat: &RuleCatalogue,
    labels: &Labels,
) -> ReviewRow {
    let caveat = if case.complete {
        ""
    } else {
        " Sagen er ufuldstændig (ulæselige eller udaterede nøgledokumenter), så det er ikke \
         bevis for, at reglen er overholdt."
    };
    let Some(sc) = sc else {
        // A rule from a newer catalogue: its scope is unknown here, so say only what is known.
        return ReviewRow {
            description: format!("Ingen mangel fundet.{caveat}"),
            ..base
        };
    };
    let triggers: Vec<&Document> = case.documents.iter().filter(|d| (sc.trigger)(d)).collect();
    if triggers.is_empty() {
        return ReviewRow {
            verdict: Verdict::NotApplicable,
            description: format!(
                "Ikke relevant: sagen har intet dokument, der udløser reglen ({}).{caveat}",
                sc.trigger_words
            ),
            ..base
        };
    }
    let regimes: BTreeSet<Regime> = triggers
        .iter()
        .filter_map(|d| d.date.map(Regime::of))
        .collect();
    let found: Vec<&Document> = case
        .documents
        .iter()
        .filter(|d| sc.found_types.contains(&d.doc_type))
        .collect();
    let shown = found.len().min(MAX_EVIDENCE);
    let more = if found.len() > shown {
        format!(" Viser {shown} af {} dokumenter.", found.len())
    } else {
        String::new()
    };
    let mut triggers_shown: Vec<String> = triggers
        .iter()
        .take(MAX_EVIDENCE)
        .map(|d| mask(&d.id))
        .collect();
    if triggers.len() > MAX_EVIDENCE {
        triggers_shown.push(format!("… og {} flere", triggers.len() - MAX_EVIDENCE));
    }
    ReviewRow {
        verdict: Verdict::Ok,
        regime: regimes.iter().map(|r| r.id()).collect::<Vec<_>>().join("+"),
        legal_basis: legal_bases(cat, &base.rule, &regimes),
        description: format!(
            "Ingen mangel fundet; reglen udløses af {} dokument(er).{more}{caveat}",
            triggers.len()
        ),
        triggers: triggers_shown,
        evidence: found
            .iter()
            .take(MAX_EVIDENCE)
            .map(|d| evidence_of(d, labels))
            .collect(),
        ..base
    }
}

/// The legal basis of `rule` under each regime, labelled by regime only when there are several
/// (the regime column already names a single one). A basis of "-" (none in the catalogue) is
/// left out.
fn legal_bases(cat: &RuleCatalogue, rule: &str, regimes: &BTreeSet<Regime>) -> String {
    let bases: Vec<(Regime, &str)> = regimes
        .iter()
        .map(|r| (*r, cat.legal_basis(rule, *r)))
        .filter(|(_, b)| !b.is_empty() && *b != "-")
        .collect();
    match bases.as_slice() {
        [(_, b)] => b.to_string(),
        _ => bases
            .iter()
            .map(|(r, b)| format!("{}: {b}", r.id()))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

fn method_label(m: &Manifest) -> &'static str {
    if m.strata.is_empty() {
        "Simpel tilfældig stikprøve"
    } else {
        "Proportionalt stratificeret stikprøve"
    }
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "ja"
    } else {
        "nej"
    }
}

/// The facts of the draw as (Danish label, value) pairs, shared by both renderers.
fn draw_facts(m: &Manifest) -> Vec<(&'static str, String)> {
    let mut facts = vec![
        ("Metode", method_label(m).to_string()),
        (
            "Stratificeret efter",
            m.stratify_by.clone().unwrap_or_else(|| "–".to_string()),
        ),
        (
            "Kun sager med mangler",
            yes_no(m.only_with_gaps).to_string(),
        ),
        ("Frø (seed)", m.seed.to_string()),
        ("Population (antal sager)", m.population.to_string()),
        ("Populationens hash (BLAKE3)", m.population_hash.clone()),
        ("Stikprøvens størrelse", m.size.to_string()),
        ("Algoritme", m.algorithm.clone()),
        ("Scanning", m.source.scan_out.clone()),
        ("cases.jsonl (BLAKE3)", m.source.cases_jsonl_blake3.clone()),
        ("Sager i scanningen", m.source.cases.to_string()),
    ];
    if let Some(a) = &m.source.as_of {
        facts.push(("Opgjort pr.", a.clone()));
    }
    facts.push(("casegap-version", m.version.clone()));
    facts
}

fn cell_text(s: &str) -> &str {
    match s.char_indices().nth(MAX_CELL_CHARS) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    let y = u16::try_from(d.year()).map_err(|_| XlsxError::DateTimeRangeError(d.to_string()))?;
    ExcelDateTime::from_ymd(y, d.month() as u8, d.day() as u8)
}

/// Several evidence documents in one cell, one per line, numbered so the file, page and
/// snippet columns can be read across.
fn numbered<T>(ev: &[EvidenceRef], f: impl Fn(&EvidenceRef) -> T) -> String
where
    T: std::fmt::Display,
{
    if ev.len() == 1 {
        return f(&ev[0]).to_string();
    }
    ev.iter()
        .enumerate()
        .map(|(i, e)| format!("[{}] {}", i + 1, f(e)))
        .collect::<Vec<_>>()
        .join("\n")
}

fn evidence_file(e: &EvidenceRef) -> String {
    match (e.date, e.doc_type.is_empty()) {
        (Some(d), false) => format!("{} ({}, {d})", e.file, e.doc_type),
        (None, false) => format!("{} ({}, udateret)", e.file, e.doc_type),
        _ => e.file.clone(),
    }
}

fn evidence_page(e: &EvidenceRef) -> String {
    e.page.map(|p| format!("s. {p}")).unwrap_or_default()
}

/// The workbook as bytes.
pub fn build_xlsx(m: &Manifest, rows: &[ReviewRow]) -> Result<Vec<u8>, XlsxError> {
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let date = Format::new()
        .set_num_format("yyyy-mm-dd")
        .set_align(FormatAlign::Top);
    let verdict_fmt = |c: u32| {
        Format::new()
            .set_background_color(Color::RGB(c))
            .set_align(FormatAlign::Top)
    };
    let verdict_fmts = [
        (Verdict::Gap, verdict_fmt(0xF8D7DA)),
        (Verdict::Ok, verdict_fmt(0xD4EDDA)),
        (Verdict::Upcoming, verdict_fmt(0xFFF3CD)),
        (Verdict::NotApplicable, verdict_fmt(0xE9ECEF)),
    ];
    let mut wb = Workbook::new();

    let ws = wb.add_worksheet();
    ws.set_name(SHEETS[0])?;
    for (c, (h, width)) in COLUMNS.iter().enumerate() {
        let c = c as u16;
        ws.write_string_with_format(0, c, *h, &bold)?;
        ws.set_column_width(c, *width)?;
    }
    ws.set_freeze_panes(1, 2)?;
    let mut r: u32 = 0;
    for row in rows {
        r += 1;
        let text = |ws: &mut Worksheet, c: u16, s: &str| -> Result<(), XlsxError> {
            if !s.is_empty() {
                ws.write_string_with_format(r, c, cell_text(s), &wrap)?;
            }
            Ok(())
        };
        let day = |ws: &mut Worksheet, c: u16, d: NaiveDate| -> Result<(), XlsxError> {
            match excel_date(d) {
                Ok(x) => ws.write_datetime_with_format(r, c, &x, &date).map(|_| ()),
                // A misread year must not abort the workbook: fall back to text.
                Err(_) => ws.write_string(r, c, d.to_string()).map(|_| ()),
            }
        };
        ws.write_number_with_format(r, 0, row.nr as f64, &wrap)?;
        text(ws, 1, &row.case_id)?;
        text(ws, 2, &row.stratum)?;
        text(ws, 3, yes_no(row.complete))?;
        text(ws, 4, &row.rule_label)?;
        text(ws, 5, &row.rule)?;
        text(ws, 6, &row.regime)?;
        text(ws, 7, &row.legal_basis)?;
        match verdict_fmts.iter().find(|(v, _)| *v == row.verdict) {
            Some((_, f)) => ws.write_string_with_format(r, 8, row.verdict.label(), f)?,
            None => ws.write_string(r, 8, row.verdict.label())?,
        };
        text(ws, 9, row.severity.map(severity_label).unwrap_or(""))?;
        if let Some(d) = row.due {
            day(ws, 10, d)?;
        }
        match row.found {
            Some(d) => day(ws, 11, d)?,
            None if row.verdict == Verdict::Gap => text(ws, 11, "ikke fundet")?,
            None => {}
        }
        text(ws, 12, &row.description)?;
        text(ws, 13, &row.triggers.join("\n"))?;
        text(ws, 14, &numbered(&row.evidence, evidence_file))?;
        text(ws, 15, &numbered(&row.evidence, evidence_page))?;
        text(ws, 16, &numbered(&row.evidence, |e| e.snippet.clone()))?;
        // Columns 17 and 18 stay empty: they are the auditor's.
    }
    let last_col = (COLUMNS.len() - 1) as u16;
    ws.autofilter(0, 0, r.max(1), last_col)?;
    if r > 0 {
        // A drop-down of the usual answers; a warning, not a stop, so an auditor may still
        // write something else.
        let dv = DataValidation::new()
            .allow_list_strings(&AUDITOR_CHOICES)?
            .set_error_style(DataValidationErrorStyle::Warning);
        ws.add_data_validation(1, 17, r, 17, &dv)?;
    }

    let ws = wb.add_worksheet();
    ws.set_name(SHEETS[1])?;
    ws.set_column_width(0, 30)?;
    ws.set_column_width(1, 70)?;
    ws.set_column_width(2, 12)?;
    ws.set_column_width(3, 12)?;
    ws.write_string_with_format(0, 0, "Stikprøvens udtrækning", &bold)?;
    let mut r: u32 = 2;
    for (k, v) in draw_facts(m) {
        ws.write_string_with_format(r, 0, k, &bold)?;
        ws.write_string_with_format(r, 1, cell_text(&v), &wrap)?;
        r += 1;
    }
    if !m.strata.is_empty() {
        r += 1;
        for (c, h) in ["Stratum", "Population", "Kvote", "Udtrukket"]
            .iter()
            .enumerate()
        {
            ws.write_string_with_format(r, c as u16, *h, &bold)?;
        }
        for s in &m.strata {
            r += 1;
            ws.write_string(r, 0, cell_text(&s.stratum))?;
            ws.write_number(r, 1, s.population as f64)?;
            ws.write_number(r, 2, s.quota)?;
            ws.write_number(r, 3, s.allocated as f64)?;
        }
        r += 1;
    }
    r += 1;
    ws.write_string_with_format(r, 0, "Udtrukne sager", &bold)?;
    ws.write_string_with_format(r, 1, "Stratum", &bold)?;
    let strata = m.stratum_by_case();
    for id in &m.case_ids {
        r += 1;
        ws.write_string(r, 0, cell_text(id))?;
        if let Some(s) = strata.get(id.as_str()) {
            ws.write_string(r, 1, cell_text(s))?;
        }
    }
    wb.save_to_buffer()
}

/// Writes `review.xlsx` atomically.
pub fn write_xlsx(path: &Path, m: &Manifest, rows: &[ReviewRow]) -> Result<(), String> {
    let bytes = build_xlsx(m, rows).map_err(|e| format!("{XLSX_FILE}: {e}"))?;
    atomic_write(path, |w| w.write_all(&bytes))
}

/// Writes `review.html` atomically.
pub fn write_html(
    path: &Path,
    m: &Manifest,
    cases: &[CaseReport],
    rows: &[ReviewRow],
    labels: &Labels,
) -> Result<(), String> {
    atomic_write(path, |w| render_html(w, m, cases, rows, labels))
}

/// The HTML worksheet: the draw, a list of the drawn cases, then one section per case.
pub fn render_html(
    w: &mut dyn Write,
    m: &Manifest,
    cases: &[CaseReport],
    rows: &[ReviewRow],
    labels: &Labels,
) -> io::Result<()> {
    write!(
        w,
        "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"casegap {ver}\">\n\
         <title>Stikprøvegennemgang – {n} sager</title>\n<style>{CSS}</style>\n</head>\n<body>\n\
         <header>\n<h1>Stikprøvegennemgang</h1>\n\
         <p class=\"mute\">{method} af {n} sager ud af {pop}, frø {seed}. Udfyld kolonnerne \
         <b>Revisors vurdering</b> ({choices}) og <b>Bemærkninger</b> for hver regel.</p>\n\
         </header>\n",
        ver = esc(&m.version),
        n = m.size,
        pop = m.population,
        seed = m.seed,
        method = method_label(m),
        choices = esc(&AUDITOR_CHOICES.join(" / ")),
    )?;
    writeln!(
        w,
        "<section id=\"udtraekning\">\n<h2>Udtrækning</h2>\n<dl class=\"facts\">"
    )?;
    for (k, v) in draw_facts(m) {
        writeln!(w, "<dt>{}</dt><dd>{}</dd>", esc(k), esc(&v))?;
    }
    writeln!(w, "</dl>")?;
    if !m.strata.is_empty() {
        writeln!(
            w,
            "<table class=\"strata\"><thead><tr><th>Stratum</th><th>Population</th>\
             <th>Kvote</th><th>Udtrukket</th></tr></thead><tbody>"
        )?;
        for s in &m.strata {
            writeln!(
                w,
                "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                esc(&s.stratum),
                s.population,
                format!("{:.2}", s.quota).replace('.', ","),
                s.allocated
            )?;
        }
        writeln!(w, "</tbody></table>")?;
    }
    writeln!(w, "<h2>Sager i stikprøven</h2>\n<ol class=\"toc\">")?;
    for (i, id) in m.case_ids.iter().enumerate() {
        writeln!(
            w,
            "<li><a href=\"#sag-{n}\">{id}</a></li>",
            n = i + 1,
            id = esc(id)
        )?;
    }
    writeln!(w, "</ol>\n</section>")?;

    let by_id: BTreeMap<String, &CaseReport> =
        cases.iter().map(|c| (mask(&c.case_id), c)).collect();
    for (i, id) in m.case_ids.iter().enumerate() {
        let nr = i + 1;
        let case_rows: Vec<&ReviewRow> = rows.iter().filter(|r| r.nr == nr).collect();
        let case = by_id.get(id);
        writeln!(
            w,
            "<section class=\"case\" id=\"sag-{nr}\" data-case=\"{ide}\">\n<h2>{nr}. Sag {ide}</h2>",
            ide = esc(id)
        )?;
        if let Some(c) = case {
            let regimes: Vec<&str> = c.regimes.iter().map(|r| r.id()).collect();
            let stratum = case_rows.first().map(|r| r.stratum.as_str()).unwrap_or("");
            write!(
                w,
                "<p class=\"mute\">Regime: {} · komplet: {} · dokumenter: {} · ulæselige: {} · mangler: {}",
                esc(&if regimes.is_empty() {
                    "–".to_string()
                } else {
                    regimes.join("+")
                }),
                yes_no(c.complete),
                c.documents.len(),
                c.unreadable.len(),
                c.gaps.len()
            )?;
            if !stratum.is_empty() {
                write!(w, " · stratum: {}", esc(stratum))?;
            }
            writeln!(w, "</p>")?;
            if !c.complete {
                writeln!(
                    w,
                    "<p class=\"warn\"><b>Ufuldstændig sag:</b> manglerne kan være falske alarmer, \
                     og fravær af mangler er ikke bevis for, at reglerne er overholdt.{}</p>",
                    c.incomplete_reasons
                        .iter()
                        .map(|s| format!("<br>{}", esc(&mask(s))))
                        .collect::<String>()
                )?;
            }
        }
        writeln!(
            w,
            "<table class=\"review\"><thead><tr><th>Regel</th><th>Værktøjets vurdering</th>\
             <th>Frist</th><th>Fundet</th><th>Beskrivelse og bevis</th>\
             <th class=\"fill\">Revisors vurdering</th><th class=\"fill\">Bemærkninger</th>\
             </tr></thead><tbody>"
        )?;
        for r in &case_rows {
            html_row(w, r)?;
        }
        writeln!(w, "</tbody></table>")?;
        if let Some(c) = case {
            html_documents(w, c, labels)?;
        }
        writeln!(w, "</section>")?;
    }
    writeln!(w, "</body>\n</html>")
}

fn html_row(w: &mut dyn Write, r: &ReviewRow) -> io::Result<()> {
    let sev = match r.severity {
        Some(s) => format!("<br><span class=\"mute\">{}</span>", severity_label(s)),
        None => String::new(),
    };
    let found = match (r.found, r.verdict) {
        (Some(d), _) => d.to_string(),
        (None, Verdict::Gap) => "ikke fundet".to_string(),
        (None, _) => "–".to_string(),
    };
    let mut desc = esc(&r.description);
    if !r.legal_basis.is_empty() {
        desc.push_str(&format!(
            "<br><span class=\"mute\">{}{}</span>",
            esc(&r.legal_basis),
            if r.regime.is_empty() {
                String::new()
            } else {
                format!(" ({})", esc(&r.regime))
            }
        ));
    }
    if !r.triggers.is_empty() {
        desc.push_str("<br><span class=\"mute\">Udløst af</span> ");
        desc.push_str(
            &r.triggers
                .iter()
                .map(|t| format!("<code>{}</code>", esc(t)))
                .collect::<Vec<_>>()
                .join(", "),
        );
    }
    if !r.evidence.is_empty() {
        desc.push_str("<ul class=\"ev\">");
        for e in &r.evidence {
            desc.push_str(&format!("<li><code>{}</code>", esc(&e.file)));
            if !e.doc_type.is_empty() {
                desc.push_str(&format!(
                    " {} {}",
                    esc(&e.doc_type),
                    e.date.map_or("udateret".to_string(), |d| d.to_string())
                ));
            }
            if let Some(p) = e.page {
                desc.push_str(&format!(" <span class=\"mute\">(s. {p})</span>"));
            }
            if !e.snippet.is_empty() {
                desc.push_str(&format!(" <q>{}</q>", esc(&e.snippet)));
            }
            desc.push_str("</li>");
        }
        desc.push_str("</ul>");
    }
    writeln!(
        w,
        "<tr data-rule=\"{rule}\" data-verdict=\"{vid}\"><td>{label}<br><span class=\"mute\">{rule}</span></td>\
         <td class=\"v-{vid}\">{vl}{sev}</td><td>{due}</td><td>{found}</td><td>{desc}</td>\
         <td class=\"fill\"></td><td class=\"fill\"></td></tr>",
        rule = esc(&r.rule),
        vid = r.verdict.id(),
        label = esc(&r.rule_label),
        vl = r.verdict.label(),
        due = r.due.map_or("–".to_string(), |d| d.to_string()),
    )
}

/// The case's documents and unreadable files, so the auditor can check what the tool saw.
fn html_documents(w: &mut dyn Write, c: &CaseReport, labels: &Labels) -> io::Result<()> {
    writeln!(
        w,
        "<details open><summary>Dokumenter ({})</summary><ol class=\"docs\">",
        c.documents.len()
    )?;
    let mut docs: Vec<&Document> = c.documents.iter().collect();
    // Dated first, in time order; undated last, by id: the order a case is read in.
    docs.sort_by(|a, b| (a.date.is_none(), a.date, &a.id).cmp(&(b.date.is_none(), b.date, &b.id)));
    for d in docs {
        writeln!(
            w,
            "<li><b>{}</b> {} – <code>{}</code></li>",
            d.date.map_or("udateret".to_string(), |x| x.to_string()),
            esc(labels.doc_type(d.doc_type.id())),
            esc(&mask(&d.id))
        )?;
    }
    writeln!(w, "</ol></details>")?;
    if !c.unreadable.is_empty() {
        writeln!(
            w,
            "<h3>Ulæselige dokumenter ({})</h3><ul>",
            c.unreadable.len()
        )?;
        for u in &c.unreadable {
            writeln!(
                w,
                "<li><code>{}</code> – {}</li>",
                esc(&mask(&u.id)),
                esc(labels.reason(u.reason.id()))
            )?;
        }
        writeln!(w, "</ul>")?;
    }
    Ok(())
}

const CSS: &str = r##"
:root{--fg:#1b1f24;--mute:#5b6570;--line:#d7dce1;--err:#b42318;--warn:#b76e00;--ok:#1e7b34;--bg2:#f4f6f8}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--fg);margin:0 auto;max-width:1200px;padding:1rem 1.5rem 4rem}
h1{margin:.2rem 0}h2{border-bottom:2px solid var(--line);padding-bottom:.2rem;margin-top:2rem}
.mute{color:var(--mute)}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}.facts dt{font-weight:600}.facts dd{margin:0;overflow-wrap:anywhere}
.warn{background:#fff4e0;border-left:4px solid var(--warn);padding:.5rem .8rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;border:1px solid var(--line);vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}table.strata{width:auto}
table.review{font-size:.92rem}table.review td:nth-child(3),table.review td:nth-child(4){white-space:nowrap}
th.fill{background:var(--bg2)}td.fill{min-width:9rem;height:3rem}
.v-gap{color:var(--err);font-weight:600}.v-upcoming{color:var(--warn);font-weight:600}.v-ok{color:var(--ok)}.v-not_applicable{color:var(--mute)}
ul.ev{margin:.3rem 0 0;padding-left:1.1rem}q{color:var(--mute);font-style:italic}code{font-size:.88em}
ol.docs{padding-left:1.4rem;margin:.2rem 0}
@media print{body{max-width:none;font-size:11px}section.case{break-before:page}details{display:block}details>summary{list-style:none}a{color:inherit;text-decoration:none}}
"##;
