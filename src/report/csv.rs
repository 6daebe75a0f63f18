//! The CSV reports: `gaps.csv` (one row per gap) and `cases.csv` (one row per case).
//!
//! A *CSV style* is the dialect the files are written in. The default, [`CsvStyle::Excel`], is
//! what Danish Excel opens with a double-click: fields separated by `;` (Danish Excel uses the
//! comma as its decimal sign, so it expects semicolons) and UTF-8 with a byte-order mark
//! (without it Excel reads the file as windows-1252 and mangles æ ø å). [`CsvStyle::Rfc4180`]
//! is plain comma CSV without a BOM for scripts. Both use CRLF line ends, as RFC 4180 says.
//! Headers are the machine ids (stable for users' scripts); the Danish labels are columns.

use super::{atomic_write, rule_ids, severity_id, Exporter, Labels, RunInfo};
use crate::model::CaseReport;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::io::{self, Write};
use std::path::Path;

/// The dialect of the CSV files (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CsvStyle {
    #[default]
    Excel,
    Rfc4180,
}

/// Writes `gaps.csv` and `cases.csv`.
#[derive(Debug, Clone, Copy, Default)]
pub struct CsvExporter {
    pub style: CsvStyle,
}

pub const GAPS_FILE: &str = "gaps.csv";
pub const CASES_FILE: &str = "cases.csv";

pub const GAPS_HEADER: [&str; 11] = [
    "case_id",
    "complete",
    "rule",
    "rule_label",
    "severity",
    "regime",
    "legal_basis",
    "trigger",
    "due",
    "found",
    "message",
];

/// The fixed leading columns of `cases.csv`; one column per rule id follows.
pub const CASES_HEADER: [&str; 5] = ["case_id", "complete", "documents", "unreadable", "gaps"];

impl Exporter for CsvExporter {
    fn name(&self) -> &'static str {
        "csv"
    }
    fn file_names(&self) -> Vec<&'static str> {
        vec![GAPS_FILE, CASES_FILE]
    }
    fn write(
        &self,
        out_dir: &Path,
        _info: &RunInfo,
        cases: &[CaseReport],
        labels: &Labels,
    ) -> Result<(), String> {
        atomic_write(&out_dir.join(GAPS_FILE), |w| {
            write_gaps(w, self.style, cases, labels)
        })?;
        atomic_write(&out_dir.join(CASES_FILE), |w| {
            write_cases(w, self.style, cases)
        })
    }
}

fn writer(w: &mut dyn Write, style: CsvStyle) -> io::Result<::csv::Writer<&mut dyn Write>> {
    let delimiter = match style {
        CsvStyle::Excel => {
            w.write_all("\u{feff}".as_bytes())?;
            b';'
        }
        CsvStyle::Rfc4180 => b',',
    };
    Ok(::csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(::csv::Terminator::CRLF)
        .from_writer(w))
}

/// A text field as Excel should see it. Excel runs a cell that starts with `=`, `+`, `-` or `@`
/// as a formula ("CSV injection"), and snippets and file names come from the case files, so in
/// the Excel style such a field gets a leading apostrophe, which Excel shows as text. Scripts
/// reading the RFC style get the data unchanged.
fn text(style: CsvStyle, s: &str) -> String {
    match (style, s.chars().next()) {
        (CsvStyle::Excel, Some('=' | '+' | '-' | '@' | '\t' | '\r')) => format!("'{s}"),
        _ => s.to_string(),
    }
}

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

fn csv_err(e: ::csv::Error) -> io::Error {
    io::Error::other(e)
}

fn write_gaps(
    w: &mut dyn Write,
    style: CsvStyle,
    cases: &[CaseReport],
    labels: &Labels,
) -> io::Result<()> {
    let mut out = writer(w, style)?;
    out.write_record(GAPS_HEADER).map_err(csv_err)?;
    for c in cases {
        let case_id = text(style, &c.case_id);
        for g in &c.gaps {
            out.write_record([
                case_id.as_str(),
                if c.complete { "true" } else { "false" },
                &g.rule,
                &text(style, labels.rule(&g.rule)),
                severity_id(g.severity),
                g.regime.id(),
                &text(style, &g.legal_basis),
                &text(style, &g.trigger),
                &date(g.due),
                &date(g.found),
                &text(style, &g.message),
            ])
            .map_err(csv_err)?;
        }
    }
    out.flush()
}

fn write_cases(w: &mut dyn Write, style: CsvStyle, cases: &[CaseReport]) -> io::Result<()> {
    let rules = rule_ids(cases);
    let index: HashMap<&str, usize> = rules
        .iter()
        .enumerate()
        .map(|(i, r)| (r.as_str(), i))
        .collect();
    let mut out = writer(w, style)?;
    let header: Vec<&str> = CASES_HEADER
        .iter()
        .copied()
        .chain(rules.iter().map(String::as_str))
        .collect();
    out.write_record(&header).map_err(csv_err)?;
    let mut counts = vec![0usize; rules.len()];
    for c in cases {
        counts.iter_mut().for_each(|n| *n = 0);
        for g in &c.gaps {
            if let Some(&i) = index.get(g.rule.as_str()) {
                counts[i] += 1;
            }
        }
        let mut row = vec![
            text(style, &c.case_id),
            c.complete.to_string(),
            c.documents.len().to_string(),
            c.unreadable.len().to_string(),
            c.gaps.len().to_string(),
        ];
        row.extend(counts.iter().map(usize::to_string));
        out.write_record(&row).map_err(csv_err)?;
    }
    out.flush()
}
