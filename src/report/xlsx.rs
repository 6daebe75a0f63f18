//! The Excel workbook `report.xlsx`, for auditors who filter and count in Excel.
//!
//! A *sheet* holds one kind of row: `Oversigt` (the run's facts and the per-rule counts and
//! shares), `Sager` (one row per case), `Mangler` (one row per gap), `Dokumenter` (one row per
//! document) and `Ulæselige` (one row per unreadable file). Every list sheet has a bold, frozen
//! header row with an autofilter, so an auditor can filter at once; dates are real Excel dates
//! (so they sort and filter as dates) and shares are real percentages.

use super::{
    atomic_write, rule_ids, severity_id, severity_label, Exporter, Labels, Overview, RunInfo,
};
use crate::model::{Attributes, CaseReport, Severity};
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use std::collections::HashMap;
use std::path::Path;

pub const FILE: &str = "report.xlsx";

pub const SHEETS: [&str; 5] = ["Oversigt", "Sager", "Mangler", "Dokumenter", "Ulæselige"];

/// Excel's limits: rows per sheet and characters per cell. Past them Excel refuses the file,
/// so rows stop with a note and long text is cut.
const MAX_ROWS: u32 = 1_048_576;
const MAX_CELL_CHARS: usize = 32_767;

/// Writes `report.xlsx`.
#[derive(Debug, Clone, Copy, Default)]
pub struct XlsxExporter;

impl Exporter for XlsxExporter {
    fn name(&self) -> &'static str {
        "xlsx"
    }
    fn file_names(&self) -> Vec<&'static str> {
        vec![FILE]
    }
    fn write(
        &self,
        out_dir: &Path,
        info: &RunInfo,
        cases: &[CaseReport],
        labels: &Labels,
    ) -> Result<(), String> {
        let bytes = build(info, cases, labels).map_err(|e| e.to_string())?;
        atomic_write(&out_dir.join(FILE), |w| w.write_all(&bytes))
    }
}

struct Formats {
    bold: Format,
    date: Format,
    pct: Format,
}

/// The workbook as bytes: rust_xlsxwriter builds it in memory, and [`atomic_write`] puts it
/// in place.
pub fn build(info: &RunInfo, cases: &[CaseReport], labels: &Labels) -> Result<Vec<u8>, XlsxError> {
    let f = Formats {
        bold: Format::new().set_bold(),
        date: Format::new().set_num_format("yyyy-mm-dd"),
        pct: Format::new().set_num_format("0.0%"),
    };
    let mut wb = Workbook::new();
    // The workbook's creation time is the scan's as-of date, not the clock: the same scan
    // writes the same bytes (a sharded run merged equals an unsharded one).
    use chrono::Datelike;
    let stamp = rust_xlsxwriter::ExcelDateTime::from_ymd(
        u16::try_from(info.as_of.year()).unwrap_or(2000),
        u8::try_from(info.as_of.month()).unwrap_or(1),
        u8::try_from(info.as_of.day()).unwrap_or(1),
    )?;
    wb.set_properties(&rust_xlsxwriter::DocProperties::new().set_creation_datetime(&stamp));
    overview(wb.add_worksheet(), &f, info, cases, labels)?;
    cases_sheet(wb.add_worksheet(), &f, cases)?;
    gaps_sheet(wb.add_worksheet(), &f, cases, labels)?;
    documents_sheet(wb.add_worksheet(), &f, cases, labels)?;
    unreadable_sheet(wb.add_worksheet(), &f, cases, labels)?;
    wb.save_to_buffer()
}

fn cell_text(s: &str) -> &str {
    match s.char_indices().nth(MAX_CELL_CHARS) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    // Excel dates start in 1900; the model's dates are from real case files, but a misread
    // year must not abort the workbook, so the caller falls back to text on error.
    let y = u16::try_from(d.year()).map_err(|_| XlsxError::DateTimeRangeError(d.to_string()))?;
    ExcelDateTime::from_ymd(y, d.month() as u8, d.day() as u8)
}

/// A list sheet under construction: header written, frozen and filtered; rows counted so the
/// autofilter covers exactly the data and Excel's row limit is respected.
struct Sheet<'a> {
    ws: &'a mut Worksheet,
    f: &'a Formats,
    row: u32,
    cols: u16,
    full: bool,
}

impl<'a> Sheet<'a> {
    fn new(
        ws: &'a mut Worksheet,
        f: &'a Formats,
        name: &str,
        header: &[(&str, f64)],
    ) -> Result<Sheet<'a>, XlsxError> {
        ws.set_name(name)?;
        for (c, (h, width)) in header.iter().enumerate() {
            let c = c as u16;
            ws.write_string_with_format(0, c, *h, &f.bold)?;
            ws.set_column_width(c, *width)?;
        }
        ws.set_freeze_panes(1, 0)?;
        Ok(Sheet {
            ws,
            f,
            row: 0,
            cols: header.len() as u16,
            full: false,
        })
    }

    /// Starts the next row; `false` when the sheet is full (a note is written once).
    fn next_row(&mut self) -> Result<bool, XlsxError> {
        if self.full {
            return Ok(false);
        }
        if self.row + 2 >= MAX_ROWS {
            self.full = true;
            self.row += 1;
            self.ws.write_string(
                self.row,
                0,
                "Arket er fuldt (Excels grænse); se CSV-filerne for alle rækker",
            )?;
            return Ok(false);
        }
        self.row += 1;
        Ok(true)
    }

    fn text(&mut self, col: u16, s: &str) -> Result<(), XlsxError> {
        if !s.is_empty() {
            self.ws.write_string(self.row, col, cell_text(s))?;
        }
        Ok(())
    }

    fn num(&mut self, col: u16, n: impl Into<f64>) -> Result<(), XlsxError> {
        self.ws.write_number(self.row, col, n)?;
        Ok(())
    }

    fn boolean(&mut self, col: u16, b: bool) -> Result<(), XlsxError> {
        self.ws.write_boolean(self.row, col, b)?;
        Ok(())
    }

    fn date(&mut self, col: u16, d: Option<NaiveDate>) -> Result<(), XlsxError> {
        match d.map(excel_date) {
            Some(Ok(x)) => {
                self.ws
                    .write_datetime_with_format(self.row, col, &x, &self.f.date)?;
            }
            Some(Err(_)) => self.text(col, &d.map(|d| d.to_string()).unwrap_or_default())?,
            None => {}
        }
        Ok(())
    }

    fn finish(self) -> Result<(), XlsxError> {
        let last = self.row.max(1);
        self.ws
            .autofilter(0, 0, last, self.cols.saturating_sub(1))?;
        Ok(())
    }
}

fn overview(
    ws: &mut Worksheet,
    f: &Formats,
    info: &RunInfo,
    cases: &[CaseReport],
    labels: &Labels,
) -> Result<(), XlsxError> {
    let o = Overview::of(cases);
    ws.set_name(SHEETS[0])?;
    ws.set_column_width(0, 48)?;
    ws.set_column_width(1, 34)?;
    ws.set_column_width(2, 16)?;
    ws.set_column_width(3, 10)?;
    ws.set_column_width(4, 14)?;
    ws.write_string_with_format(0, 0, "casegap – mangler i børnesager", &f.bold)?;
    let mut r = 2;
    let mut fact = |ws: &mut Worksheet, label: &str, v: f64| -> Result<(), XlsxError> {
        ws.write_string(r, 0, label)?;
        ws.write_number(r, 1, v)?;
        r += 1;
        Ok(())
    };
    ws.write_string(1, 0, "Opgjort pr.")?;
    match excel_date(info.as_of) {
        Ok(d) => ws.write_datetime_with_format(1, 1, &d, &f.date)?,
        Err(_) => ws.write_string(1, 1, info.as_of.to_string())?,
    };
    fact(ws, "Sager", o.cases as f64)?;
    fact(ws, "Dokumenter", o.documents as f64)?;
    fact(ws, "Ulæselige dokumenter", o.unreadable as f64)?;
    fact(ws, "Ufuldstændige sager", o.cases_incomplete as f64)?;
    fact(ws, "Sager med mindst én mangel", o.cases_with_gap as f64)?;
    fact(ws, "Sager med mindst én fejl", o.cases_with_error as f64)?;
    fact(ws, "Mangler i alt", o.gaps as f64)?;
    fact(ws, "– heraf fejl", o.gaps_error as f64)?;
    fact(ws, "– heraf advarsler", o.gaps_warning as f64)?;
    fact(ws, "– efter serviceloven (SEL)", o.gaps_sel as f64)?;
    fact(ws, "– efter barnets lov (BL)", o.gaps_bl as f64)?;
    fact(ws, "Kommende frister", o.upcoming as f64)?;
    ws.write_string(r, 0, "Andel sager med mindst én mangel")?;
    ws.write_number_with_format(r, 1, ratio(o.cases_with_gap, o.cases), &f.pct)?;
    r += 1;
    for (label, v) in [
        ("Værktøjsversion", info.tool_version.as_str()),
        ("Mønsterkatalog, version", info.catalogue_version.as_str()),
        ("Mønsterkatalog, hash", info.catalogue_hash.as_str()),
        ("Dannet", info.generated_at.as_str()),
    ] {
        ws.write_string(r, 0, label)?;
        ws.write_string(r, 1, cell_text(v))?;
        r += 1;
    }
    r += 1;
    let head = r;
    for (c, h) in [
        "Regel",
        "Regel-id",
        "Sager med mangel",
        "Andel",
        "Mangler i alt",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string_with_format(r, c as u16, *h, &f.bold)?;
    }
    for rc in &o.rules {
        r += 1;
        ws.write_string(r, 0, labels.rule(&rc.rule))?;
        ws.write_string(r, 1, &rc.rule)?;
        ws.write_number(r, 2, rc.cases as f64)?;
        ws.write_number_with_format(r, 3, ratio(rc.cases, o.cases), &f.pct)?;
        ws.write_number(r, 4, rc.gaps as f64)?;
    }
    ws.autofilter(head, 0, r, 4)?;
    Ok(())
}

fn ratio(n: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        n as f64 / total as f64
    }
}

fn cases_sheet(ws: &mut Worksheet, f: &Formats, cases: &[CaseReport]) -> Result<(), XlsxError> {
    let rules = rule_ids(cases);
    let index: HashMap<&str, usize> = rules
        .iter()
        .enumerate()
        .map(|(i, r)| (r.as_str(), i))
        .collect();
    let mut header: Vec<(&str, f64)> = vec![
        ("case_id", 22.0),
        ("complete", 10.0),
        ("regimes", 10.0),
        ("documents", 11.0),
        ("unreadable", 11.0),
        ("gaps", 8.0),
        ("errors", 8.0),
        ("warnings", 9.0),
        ("upcoming", 10.0),
        ("incomplete_reasons", 50.0),
    ];
    let fixed = header.len() as u16;
    header.extend(rules.iter().map(|r| (r.as_str(), 14.0)));
    let mut s = Sheet::new(ws, f, SHEETS[1], &header)?;
    let mut counts = vec![0u32; rules.len()];
    for c in cases {
        if !s.next_row()? {
            break;
        }
        counts.iter_mut().for_each(|n| *n = 0);
        for g in &c.gaps {
            if let Some(&i) = index.get(g.rule.as_str()) {
                counts[i] += 1;
            }
        }
        let errors = c
            .gaps
            .iter()
            .filter(|g| g.severity == Severity::Error)
            .count();
        s.text(0, &c.case_id)?;
        s.boolean(1, c.complete)?;
        let regimes: Vec<&str> = c.regimes.iter().map(|r| r.id()).collect();
        s.text(2, &regimes.join(", "))?;
        s.num(3, c.documents.len() as f64)?;
        s.num(4, c.unreadable.len() as f64)?;
        s.num(5, c.gaps.len() as f64)?;
        s.num(6, errors as f64)?;
        s.num(7, (c.gaps.len() - errors) as f64)?;
        s.num(8, c.upcoming.len() as f64)?;
        s.text(9, &c.incomplete_reasons.join("; "))?;
        for (i, n) in counts.iter().enumerate() {
            s.num(fixed + i as u16, *n)?;
        }
    }
    s.finish()
}

fn gaps_sheet(
    ws: &mut Worksheet,
    f: &Formats,
    cases: &[CaseReport],
    labels: &Labels,
) -> Result<(), XlsxError> {
    let header = [
        ("case_id", 22.0),
        ("complete", 10.0),
        ("rule", 30.0),
        ("rule_label", 40.0),
        ("severity", 10.0),
        ("severity_label", 10.0),
        ("regime", 8.0),
        ("legal_basis", 26.0),
        ("trigger", 40.0),
        ("due", 12.0),
        ("found", 12.0),
        ("message", 80.0),
    ];
    let mut s = Sheet::new(ws, f, SHEETS[2], &header)?;
    'cases: for c in cases {
        for g in &c.gaps {
            if !s.next_row()? {
                break 'cases;
            }
            s.text(0, &c.case_id)?;
            s.boolean(1, c.complete)?;
            s.text(2, &g.rule)?;
            s.text(3, labels.rule(&g.rule))?;
            s.text(4, severity_id(g.severity))?;
            s.text(5, severity_label(g.severity))?;
            s.text(6, g.regime.id())?;
            s.text(7, &g.legal_basis)?;
            s.text(8, &g.trigger)?;
            s.date(9, g.due)?;
            s.date(10, g.found)?;
            s.text(11, &g.message)?;
        }
    }
    s.finish()
}

/// The attributes as `name=ja/nej`, in the model's order: compact, and filterable in Excel
/// with "contains".
pub fn attributes_text(a: &Attributes) -> String {
    let all = [
        ("anonymous", a.anonymous),
        ("placement", a.placement),
        ("without_consent", a.without_consent),
        ("urgent", a.urgent),
        ("no_plan", a.no_plan),
        ("complaint_guidance", a.complaint_guidance),
        ("goals", a.goals),
    ];
    all.iter()
        .filter_map(|(k, v)| v.map(|v| format!("{k}={}", if v { "ja" } else { "nej" })))
        .collect::<Vec<_>>()
        .join(", ")
}

fn documents_sheet(
    ws: &mut Worksheet,
    f: &Formats,
    cases: &[CaseReport],
    labels: &Labels,
) -> Result<(), XlsxError> {
    let header = [
        ("case_id", 22.0),
        ("id", 50.0),
        ("type", 24.0),
        ("type_label", 30.0),
        ("date", 12.0),
        ("time", 7.0),
        ("pages", 7.0),
        ("attributes", 34.0),
        ("evidence_page", 9.0),
        ("evidence_snippet", 80.0),
    ];
    let mut s = Sheet::new(ws, f, SHEETS[3], &header)?;
    'cases: for c in cases {
        for d in &c.documents {
            if !s.next_row()? {
                break 'cases;
            }
            s.text(0, &c.case_id)?;
            s.text(1, &d.id)?;
            s.text(2, d.doc_type.id())?;
            s.text(3, labels.doc_type(d.doc_type.id()))?;
            s.date(4, d.date)?;
            s.text(5, d.time.as_deref().unwrap_or(""))?;
            s.num(6, d.pages)?;
            s.text(7, &attributes_text(&d.attributes))?;
            if let Some(e) = &d.evidence {
                s.num(8, e.page)?;
                s.text(9, &e.snippet)?;
            }
        }
    }
    s.finish()
}

fn unreadable_sheet(
    ws: &mut Worksheet,
    f: &Formats,
    cases: &[CaseReport],
    labels: &Labels,
) -> Result<(), XlsxError> {
    let header = [
        ("case_id", 22.0),
        ("id", 50.0),
        ("reason", 12.0),
        ("reason_label", 28.0),
        ("detail", 60.0),
    ];
    let mut s = Sheet::new(ws, f, SHEETS[4], &header)?;
    'cases: for c in cases {
        for u in &c.unreadable {
            if !s.next_row()? {
                break 'cases;
            }
            s.text(0, &c.case_id)?;
            s.text(1, &u.id)?;
            s.text(2, u.reason.id())?;
            s.text(3, labels.reason(u.reason.id()))?;
            s.text(4, &u.detail)?;
        }
    }
    s.finish()
}
