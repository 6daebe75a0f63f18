//! The CSV and Excel reports of a real scan hold what `cases.jsonl` holds.
//!
//! Scans the demo export with the real binary, then reads `cases.jsonl` (the contract's output,
//! which the scorer checks) and compares it cell by cell with `gaps.csv`, `cases.csv` and the
//! sheets of `report.xlsx` (read back with calamine). The unit tests in `src/report/tests.rs`
//! cover the writers on hand-made cases; this test covers the whole path a user runs, with the
//! catalogue's labels and the pipeline's own output, so that the files an auditor opens in Excel
//! cannot drift from the data behind them.
//!
//! Cells are compared as text: a number as its integer, a boolean as `true`/`false`, an Excel
//! date as `YYYY-MM-DD`. Dates in the workbook must be real dates, not text, so that Excel
//! sorts and filters them as dates.

use calamine::{open_workbook, Data, DataType, Reader, Xlsx};
use chrono::NaiveDate;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One expected row: column name → cell text.
type Row = Vec<(&'static str, String)>;

/// Scans the demo export into a fresh directory and returns it.
fn scan_demo() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("temp dir");
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let scan = Command::new(env!("CARGO_BIN_EXE_casegap"))
        // Never the user's extraction cache.
        .env("XDG_CACHE_HOME", env!("CARGO_TARGET_TMPDIR"))
        .arg("scan")
        .arg(repo.join("fixtures/demo"))
        .arg("--out")
        .arg(tmp.path())
        .args(["--as-of", "2026-06-30", "-q"])
        .output()
        .expect("run casegap");
    // 1: the scan completed but the demo holds a file casegap cannot read (by design).
    assert!(
        matches!(scan.status.code(), Some(0 | 1)),
        "casegap scan failed: {}\n{}",
        scan.status,
        String::from_utf8_lossy(&scan.stderr)
    );
    tmp
}

fn read_jsonl(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .expect("read cases.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("cases.jsonl line"))
        .collect()
}

/// A JSON string, number, boolean or null as cell text (null and absent are empty).
fn text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn len(v: &Value) -> String {
    v.as_array().map_or(0, Vec::len).to_string()
}

fn arr(v: &Value) -> &[Value] {
    v.as_array().map_or(&[], Vec::as_slice)
}

/// The Excel style's guard against formula injection: text starting with a formula sign gets an
/// apostrophe (see `src/report/csv.rs`).
fn excel_text(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

/// A table read back: header → column, and the data rows as text.
struct Table {
    name: String,
    columns: HashMap<String, usize>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn new(name: &str, mut all: Vec<Vec<String>>) -> Table {
        assert!(!all.is_empty(), "{name}: no header row");
        let header = all.remove(0);
        let columns = header
            .iter()
            .enumerate()
            .map(|(i, h)| (h.clone(), i))
            .collect();
        Table {
            name: name.to_string(),
            columns,
            rows: all,
        }
    }

    /// Asserts that the table holds exactly `expected`, in order, in the named columns.
    fn assert_rows(&self, expected: &[Row]) {
        assert_eq!(
            self.rows.len(),
            expected.len(),
            "{}: number of data rows",
            self.name
        );
        for (i, (row, want)) in self.rows.iter().zip(expected).enumerate() {
            for (col, value) in want {
                let c = *self
                    .columns
                    .get(*col)
                    .unwrap_or_else(|| panic!("{}: no column {col}", self.name));
                let got = row.get(c).map_or("", String::as_str);
                assert_eq!(got, value, "{} row {} column {col}", self.name, i + 2);
            }
        }
    }
}

fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).expect("read csv");
    let body = bytes
        .strip_prefix("\u{feff}".as_bytes())
        .expect("Excel-style CSV starts with a UTF-8 BOM");
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(body);
    r.records()
        .map(|rec| rec.expect("csv record").iter().map(String::from).collect())
        .collect()
}

/// A workbook cell as text. Dates are required to be real Excel dates wherever `date_cols` says
/// so; anywhere else a date cell would be a bug and shows up as a mismatch.
fn cell(d: &Data, is_date_col: bool) -> String {
    if is_date_col {
        if matches!(d, Data::Empty) {
            return String::new();
        }
        assert!(d.is_datetime(), "expected a real date cell, got {d:?}");
        let serial = d.get_datetime().expect("datetime").as_f64();
        // Excel's day 0 is 1899-12-30 (with its 1900 leap-year bug, this holds from March 1900).
        let epoch = NaiveDate::from_ymd_opt(1899, 12, 30).expect("epoch");
        return (epoch + chrono::Duration::days(serial as i64))
            .format("%Y-%m-%d")
            .to_string();
    }
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Bool(b) => b.to_string(),
        Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
        Data::Int(i) => i.to_string(),
        other => other.to_string(),
    }
}

fn sheet(wb: &mut Xlsx<std::io::BufReader<std::fs::File>>, name: &str, dates: &[&str]) -> Table {
    let range = wb
        .worksheet_range(name)
        .unwrap_or_else(|e| panic!("sheet {name}: {e}"));
    let mut rows = range.rows();
    let header: Vec<String> = rows
        .next()
        .expect("header row")
        .iter()
        .map(|c| cell(c, false))
        .collect();
    let is_date: Vec<bool> = header.iter().map(|h| dates.contains(&h.as_str())).collect();
    let mut all = vec![header];
    all.extend(rows.map(|r| {
        r.iter()
            .enumerate()
            .map(|(i, c)| cell(c, is_date.get(i).copied().unwrap_or(false)))
            .collect()
    }));
    Table::new(name, all)
}

#[test]
fn csv_and_xlsx_match_cases_jsonl() {
    let out = scan_demo();
    let dir = out.path();
    let cases = read_jsonl(&dir.join("cases.jsonl"));
    assert_eq!(cases.len(), 5, "the demo export has five cases");
    let summary: Value =
        serde_json::from_slice(&std::fs::read(dir.join("summary.json")).expect("summary.json"))
            .expect("summary.json parses");
    // The rule columns: every rule the summary counts (the catalogue's rules).
    let rules: Vec<String> = summary["rules"]
        .as_object()
        .expect("summary rules")
        .keys()
        .cloned()
        .collect();
    let label = |rule: &str| text(&summary["rules"][rule]["label"]);
    let rule_counts = |c: &Value| -> Vec<(String, String)> {
        rules
            .iter()
            .map(|r| {
                let n = arr(&c["gaps"]).iter().filter(|g| g["rule"] == **r).count();
                (r.clone(), n.to_string())
            })
            .collect()
    };

    // gaps.csv: one row per gap, in case order.
    let mut gap_rows: Vec<Row> = Vec::new();
    for c in &cases {
        for g in arr(&c["gaps"]) {
            let rule = text(&g["rule"]);
            gap_rows.push(vec![
                ("case_id", text(&c["case_id"])),
                ("complete", text(&c["complete"])),
                ("rule", rule.clone()),
                ("rule_label", label(&rule)),
                ("severity", text(&g["severity"])),
                ("regime", text(&g["regime"])),
                ("legal_basis", text(&g["legal_basis"])),
                ("trigger", text(&g["trigger"])),
                ("due", text(&g["due"])),
                ("found", text(&g["found"])),
                ("message", text(&g["message"])),
            ]);
        }
    }
    assert!(gap_rows.len() >= 10, "the demo has many gaps");
    let csv_gap_rows: Vec<Row> = gap_rows
        .iter()
        .map(|r| r.iter().map(|(k, v)| (*k, excel_text(v))).collect())
        .collect();
    Table::new("gaps.csv", read_csv(&dir.join("gaps.csv"))).assert_rows(&csv_gap_rows);

    // cases.csv: one row per case, with a count per rule.
    let cases_csv = Table::new("cases.csv", read_csv(&dir.join("cases.csv")));
    cases_csv.assert_rows(
        &cases
            .iter()
            .map(|c| {
                vec![
                    ("case_id", excel_text(&text(&c["case_id"]))),
                    ("complete", text(&c["complete"])),
                    ("documents", len(&c["documents"])),
                    ("unreadable", len(&c["unreadable"])),
                    ("gaps", len(&c["gaps"])),
                ]
            })
            .collect::<Vec<Row>>(),
    );
    for (i, c) in cases.iter().enumerate() {
        for (rule, n) in rule_counts(c) {
            let col = cases_csv.columns.get(&rule).copied();
            let col = col.unwrap_or_else(|| panic!("cases.csv: no column {rule}"));
            assert_eq!(cases_csv.rows[i][col], n, "cases.csv row {} {rule}", i + 2);
        }
    }

    // report.xlsx.
    let mut wb: Xlsx<_> = open_workbook(dir.join("report.xlsx")).expect("open report.xlsx");
    let names = wb.sheet_names();
    for s in ["Oversigt", "Sager", "Mangler", "Dokumenter"] {
        assert!(names.iter().any(|n| n == s), "sheet {s} missing: {names:?}");
    }

    let sager = sheet(&mut wb, "Sager", &[]);
    sager.assert_rows(
        &cases
            .iter()
            .map(|c| {
                let sev = |s: &str| {
                    arr(&c["gaps"])
                        .iter()
                        .filter(|g| g["severity"] == s)
                        .count()
                        .to_string()
                };
                let regimes: Vec<String> = arr(&c["regimes"]).iter().map(text).collect();
                vec![
                    ("case_id", text(&c["case_id"])),
                    ("complete", text(&c["complete"])),
                    ("regimes", regimes.join(", ")),
                    ("documents", len(&c["documents"])),
                    ("unreadable", len(&c["unreadable"])),
                    ("gaps", len(&c["gaps"])),
                    ("errors", sev("error")),
                    ("warnings", sev("warning")),
                    ("upcoming", len(&c["upcoming"])),
                ]
            })
            .collect::<Vec<Row>>(),
    );
    for (i, c) in cases.iter().enumerate() {
        for (rule, n) in rule_counts(c) {
            let col = sager.columns.get(&rule).copied();
            let col = col.unwrap_or_else(|| panic!("Sager: no column {rule}"));
            assert_eq!(sager.rows[i][col], n, "Sager row {} {rule}", i + 2);
        }
    }

    let mut xlsx_gap_rows = gap_rows.clone();
    for (row, c_g) in xlsx_gap_rows.iter_mut().zip(
        cases
            .iter()
            .flat_map(|c| arr(&c["gaps"]).iter().map(move |g| (c, g))),
    ) {
        let sev = match c_g.1["severity"].as_str() {
            Some("error") => "Fejl",
            Some("warning") => "Advarsel",
            other => panic!("unknown severity {other:?}"),
        };
        row.push(("severity_label", sev.to_string()));
    }
    sheet(&mut wb, "Mangler", &["due", "found"]).assert_rows(&xlsx_gap_rows);

    let mut doc_rows: Vec<Row> = Vec::new();
    for c in &cases {
        for d in arr(&c["documents"]) {
            doc_rows.push(vec![
                ("case_id", text(&c["case_id"])),
                ("id", text(&d["id"])),
                ("type", text(&d["type"])),
                ("date", text(&d["date"])),
                ("time", text(&d["time"])),
                ("pages", text(&d["pages"])),
                ("evidence_page", text(&d["evidence"]["page"])),
                ("evidence_snippet", text(&d["evidence"]["snippet"])),
            ]);
        }
    }
    assert_eq!(doc_rows.len(), 64, "the demo scan's document count");
    sheet(&mut wb, "Dokumenter", &["date"]).assert_rows(&doc_rows);

    if names.iter().any(|n| n == "Ulæselige") {
        let mut unr_rows: Vec<Row> = Vec::new();
        for c in &cases {
            for u in arr(&c["unreadable"]) {
                unr_rows.push(vec![
                    ("case_id", text(&c["case_id"])),
                    ("id", text(&u["id"])),
                    ("reason", text(&u["reason"])),
                ]);
            }
        }
        sheet(&mut wb, "Ulæselige", &[]).assert_rows(&unr_rows);
    }

    // Oversigt: the run's facts, label in column A and value in column B, agree with the
    // cases and with summary.json.
    let ov = wb.worksheet_range("Oversigt").expect("Oversigt");
    let facts: HashMap<String, String> = ov
        .rows()
        .filter_map(|r| Some((cell(r.first()?, false), cell(r.get(1)?, false))))
        .collect();
    let docs: usize = cases.iter().map(|c| arr(&c["documents"]).len()).sum();
    let unreadable: usize = cases.iter().map(|c| arr(&c["unreadable"]).len()).sum();
    let with_gap = cases.iter().filter(|c| !arr(&c["gaps"]).is_empty()).count();
    for (fact, want) in [
        ("Sager", cases.len()),
        ("Dokumenter", docs),
        ("Ulæselige dokumenter", unreadable),
        ("Sager med mindst én mangel", with_gap),
    ] {
        assert_eq!(
            facts.get(fact).map(String::as_str),
            Some(want.to_string().as_str()),
            "Oversigt: {fact}"
        );
    }
    assert_eq!(text(&summary["cases"]), cases.len().to_string());
    assert_eq!(text(&summary["documents"]), docs.to_string());
    assert_eq!(text(&summary["cases_with_gaps"]), with_gap.to_string());
}
