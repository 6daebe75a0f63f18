//! Tests for the reports: a few hand-built cases written in every format and read back.

use super::*;
use crate::model::{
    Attributes, DocType, Document, Evidence, Gap, Unreadable, UnreadableReason, Upcoming,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("test date")
}

pub(crate) fn info() -> RunInfo {
    RunInfo {
        tool_version: "0.1.0".into(),
        as_of: d(2026, 6, 30),
        catalogue_version: "2026.1".into(),
        catalogue_hash: "abc123".into(),
        generated_at: "2026-06-30T22:00:00Z".into(),
    }
}

fn doc(id: &str, t: DocType, date: Option<NaiveDate>, snippet: &str) -> Document {
    Document {
        id: id.into(),
        doc_type: t,
        date,
        time: None,
        pages: 2,
        attributes: Attributes::default(),
        evidence: Some(Evidence {
            page: 1,
            snippet: snippet.into(),
        }),
        extractor: None,
        encoding: None,
        overridden: false,
    }
}

/// Three cases: an SEL case with two gaps (one with a `<script>` snippet), an incomplete BL case
/// with a warning, an unreadable file and an upcoming deadline, and a clean case spanning both.
pub(crate) fn cases() -> Vec<CaseReport> {
    let mut notif = doc(
        "Dokumenter/2015-03-12 Underretning fra skolen.pdf",
        DocType::Notification,
        Some(d(2015, 3, 12)),
        "UNDERRETNING <script>alert('x')</script> modtaget den 12. marts 2015",
    );
    notif.attributes.anonymous = Some(false);
    let mut decision = doc(
        "Journal/journal.txt#3",
        DocType::MeasureDecision,
        Some(d(2024, 2, 1)),
        "Afgørelse om støttende indsats, Ærø Kommune",
    );
    decision.attributes.placement = Some(true);
    decision.time = Some("14:30".into());
    vec![
        CaseReport {
            case_id: "2015-0042 Søren Ørsted".into(),
            regimes: vec![Regime::SEL],
            complete: true,
            incomplete_reasons: vec![],
            documents: vec![
                notif,
                doc(
                    "Dokumenter/BFU.pdf",
                    DocType::Investigation,
                    Some(d(2015, 9, 1)),
                    "Børnefaglig undersøgelse afsluttet 1.9.2015",
                ),
            ],
            unreadable: vec![],
            gaps: vec![
                Gap {
                    rule: "investigation_within_4_months".into(),
                    severity: Severity::Error,
                    regime: Regime::SEL,
                    legal_basis: "serviceloven § 50, stk. 7".into(),
                    trigger: "Dokumenter/2015-03-12 Underretning fra skolen.pdf".into(),
                    due: Some(d(2015, 7, 12)),
                    found: Some(d(2015, 9, 1)),
                    message: "Børnefaglig undersøgelse afsluttet 2015-09-01, 51 dage efter \
                              fristen 2015-07-12"
                        .into(),
                },
                Gap {
                    rule: "assessment_within_24h".into(),
                    severity: Severity::Error,
                    regime: Regime::SEL,
                    legal_basis: "serviceloven § 155, stk. 2".into(),
                    trigger: "Dokumenter/2015-03-12 Underretning fra skolen.pdf".into(),
                    due: Some(d(2015, 3, 13)),
                    found: None,
                    message: "=Ingen vurdering <b>fundet</b>".into(),
                },
            ],
            upcoming: vec![],
        },
        CaseReport {
            case_id: "2024-0007 Åse".into(),
            regimes: vec![Regime::BL],
            complete: false,
            incomplete_reasons: vec!["Scan/brev.pdf: scannet uden tekst".into()],
            documents: vec![decision],
            unreadable: vec![Unreadable {
                id: "Scan/brev.pdf".into(),
                reason: UnreadableReason::NoText,
                detail: "ingen tekst på 3 sider".into(),
                pages: 3,
            }],
            gaps: vec![Gap {
                rule: "plan_has_goals".into(),
                severity: Severity::Warning,
                regime: Regime::BL,
                legal_basis: "barnets lov § 92".into(),
                trigger: "Journal/journal.txt#3".into(),
                due: None,
                found: None,
                message: "Barnets plan nævner ingen mål".into(),
            }],
            upcoming: vec![Upcoming {
                rule: "first_follow_up_within_3_months".into(),
                due: d(2026, 12, 1),
                trigger: "Journal/journal.txt#3".into(),
                regime: Regime::BL,
                message: String::new(),
            }],
        },
        CaseReport {
            case_id: "2019-0100".into(),
            regimes: vec![Regime::SEL, Regime::BL],
            complete: true,
            incomplete_reasons: vec![],
            documents: vec![doc(
                "plan.docx",
                DocType::Plan,
                None,
                "Handleplan, mål: skolegang",
            )],
            unreadable: vec![],
            gaps: vec![],
            upcoming: vec![],
        },
    ]
}

fn write_all(style: CsvStyle) -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let ex = exporters(&Format::ALL, style);
    let paths = write_with(dir.path(), &ex, &info(), &cases(), &Labels::builtin())
        .expect("reports written");
    (dir, paths)
}

#[test]
fn format_list_parses() {
    assert_eq!(Format::parse_list("all"), Ok(Format::ALL.to_vec()));
    assert_eq!(
        Format::parse_list("csv, HTML,csv"),
        Ok(vec![Format::Csv, Format::Html])
    );
    assert!(Format::parse_list("pdf").is_err());
    assert!(Format::parse_list("").is_err());
}

#[test]
fn percentages_are_danish() {
    assert_eq!(pct(82, 100), "82 %");
    assert_eq!(pct(1, 3), "33,3 %");
    assert_eq!(pct(1, 1000), "0,1 %");
    assert_eq!(pct(0, 0), "0 %");
}

#[test]
fn overview_counts() {
    let o = Overview::of(&cases());
    assert_eq!((o.cases, o.documents, o.unreadable), (3, 4, 1));
    assert_eq!(
        (o.cases_incomplete, o.cases_with_gap, o.cases_with_error),
        (1, 2, 1)
    );
    assert_eq!(
        (o.gaps_error, o.gaps_warning, o.gaps_sel, o.gaps_bl),
        (2, 1, 2, 1)
    );
    let r = |id: &str| {
        o.rules
            .iter()
            .find(|r| r.rule == id)
            .expect("rule listed")
            .cases
    };
    assert_eq!(r("investigation_within_4_months"), 1);
    assert_eq!(r("plan_has_goals"), 1);
    assert_eq!(r("inactive_case_not_closed"), 0);
    assert_eq!(o.rules.len(), RULE_IDS.len());
}

#[test]
fn writes_all_files_atomically() {
    let (dir, paths) = write_all(CsvStyle::Excel);
    let names: Vec<String> = paths
        .iter()
        .map(|p| {
            p.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(
        names,
        ["report.html", "gaps.csv", "cases.csv", "report.xlsx"]
    );
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .expect("read dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    // No temporary files are left behind.
    assert_eq!(
        left,
        ["cases.csv", "gaps.csv", "report.html", "report.xlsx"]
    );
}

#[test]
fn atomic_write_keeps_old_file_on_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("x.txt");
    atomic_write(&p, |w| w.write_all(b"old")).expect("first write");
    let err = atomic_write(&p, |w| {
        w.write_all(b"half")?;
        Err(io::Error::other("boom"))
    });
    assert!(err.is_err());
    assert_eq!(std::fs::read_to_string(&p).expect("read"), "old");
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1);
}

fn read_csv(path: &Path, delim: u8) -> (Vec<u8>, Vec<Vec<String>>) {
    let bytes = std::fs::read(path).expect("csv read");
    let body = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    let mut r = ::csv::ReaderBuilder::new()
        .delimiter(delim)
        .has_headers(false)
        .from_reader(body);
    let rows = r
        .records()
        .map(|rec| rec.expect("csv record").iter().map(String::from).collect())
        .collect();
    (bytes, rows)
}

#[test]
fn csv_excel_style_round_trips() {
    let (dir, _) = write_all(CsvStyle::Excel);
    let (bytes, rows) = read_csv(&dir.path().join("gaps.csv"), b';');
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "BOM");
    let first_line = String::from_utf8_lossy(&bytes[3..])
        .lines()
        .next()
        .unwrap_or("")
        .to_string();
    assert!(
        first_line.starts_with("case_id;complete;rule;"),
        "{first_line}"
    );
    assert_eq!(rows[0], csv::GAPS_HEADER);
    assert_eq!(rows.len(), 1 + 3);
    let g = &rows[1];
    assert_eq!(g[0], "2015-0042 Søren Ørsted");
    assert_eq!(g[1], "true");
    assert_eq!(g[2], "investigation_within_4_months");
    assert_eq!(g[3], "Børnefaglig undersøgelse inden for 4 måneder");
    assert_eq!(g[4], "error");
    assert_eq!(g[5], "SEL");
    assert_eq!(g[6], "serviceloven § 50, stk. 7");
    assert_eq!(g[8], "2015-07-12");
    assert_eq!(g[9], "2015-09-01");
    // A leading `=` is neutralised for Excel.
    assert_eq!(rows[2][10], "'=Ingen vurdering <b>fundet</b>");
    assert_eq!(rows[2][9], "");
    assert_eq!(rows[3][0], "2024-0007 Åse");
    assert_eq!(rows[3][1], "false");
    assert_eq!(rows[3][4], "warning");

    let (_, rows) = read_csv(&dir.path().join("cases.csv"), b';');
    assert_eq!(rows.len(), 1 + 3);
    assert_eq!(&rows[0][..5], csv::CASES_HEADER);
    assert_eq!(&rows[0][5..], RULE_IDS);
    let col = |id: &str| 5 + RULE_IDS.iter().position(|r| *r == id).expect("rule col");
    assert_eq!(
        &rows[1][..5],
        ["2015-0042 Søren Ørsted", "true", "2", "0", "2"]
    );
    assert_eq!(rows[1][col("investigation_within_4_months")], "1");
    assert_eq!(rows[1][col("assessment_within_24h")], "1");
    assert_eq!(rows[1][col("plan_in_time")], "0");
    assert_eq!(&rows[2][..5], ["2024-0007 Åse", "false", "1", "1", "1"]);
    assert_eq!(rows[2][col("plan_has_goals")], "1");
    assert_eq!(&rows[3][..5], ["2019-0100", "true", "1", "0", "0"]);
}

#[test]
fn csv_rfc_style_has_no_bom_and_commas() {
    let (dir, _) = write_all(CsvStyle::Rfc4180);
    let (bytes, rows) = read_csv(&dir.path().join("gaps.csv"), b',');
    assert!(!bytes.starts_with("\u{feff}".as_bytes()));
    assert!(bytes.starts_with(b"case_id,complete,rule,"));
    assert!(!String::from_utf8_lossy(&bytes)
        .lines()
        .next()
        .unwrap_or("")
        .contains(';'));
    // Data is unchanged for scripts: no apostrophe.
    assert_eq!(rows[2][10], "=Ingen vurdering <b>fundet</b>");
    assert_eq!(rows[1][6], "serviceloven § 50, stk. 7");
    let (bytes, rows) = read_csv(&dir.path().join("cases.csv"), b',');
    assert!(bytes.starts_with(b"case_id,complete,documents,unreadable,gaps,"));
    assert_eq!(rows.len(), 4);
}

#[test]
fn xlsx_round_trips() {
    use calamine::{open_workbook, Data, DataType, Reader, Xlsx};
    let (dir, _) = write_all(CsvStyle::Excel);
    let mut wb: Xlsx<_> = open_workbook(dir.path().join("report.xlsx")).expect("open xlsx");
    assert_eq!(wb.sheet_names(), xlsx::SHEETS);

    let gaps = wb.worksheet_range("Mangler").expect("Mangler");
    let header: Vec<String> = gaps
        .rows()
        .next()
        .expect("header")
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(header[..4], ["case_id", "complete", "rule", "rule_label"]);
    assert_eq!(gaps.height(), 1 + 3);
    assert_eq!(
        gaps.get((1, 0)),
        Some(&Data::String("2015-0042 Søren Ørsted".into()))
    );
    assert_eq!(gaps.get((1, 1)), Some(&Data::Bool(true)));
    assert_eq!(
        gaps.get((1, 2)),
        Some(&Data::String("investigation_within_4_months".into()))
    );
    let due = gaps.get((1, 9)).expect("due cell");
    assert!(due.is_datetime(), "due is a date: {due:?}");
    // calamine's chrono feature is off, so compare Excel serial days: 1899-12-30 is day 0.
    let serial = due.get_datetime().expect("datetime").as_f64();
    let epoch = d(1899, 12, 30);
    assert_eq!(serial, (d(2015, 7, 12) - epoch).num_days() as f64);
    assert_eq!(
        gaps.get((3, 3)),
        Some(&Data::String("Planen har mål".into()))
    );

    let sager = wb.worksheet_range("Sager").expect("Sager");
    assert_eq!(sager.get((0, 0)), Some(&Data::String("case_id".into())));
    assert_eq!(sager.height(), 4);
    assert_eq!(
        sager.get((2, 0)),
        Some(&Data::String("2024-0007 Åse".into()))
    );
    assert_eq!(sager.get((2, 1)), Some(&Data::Bool(false)));
    assert_eq!(sager.get((1, 5)), Some(&Data::Float(2.0)));

    let docs = wb.worksheet_range("Dokumenter").expect("Dokumenter");
    assert_eq!(docs.height(), 1 + 4);
    assert_eq!(
        docs.get((0, 9)),
        Some(&Data::String("evidence_snippet".into()))
    );
    assert!(docs
        .get((1, 9))
        .map(|c| c.to_string())
        .unwrap_or_default()
        .contains("<script>"));
    assert_eq!(docs.get((3, 5)), Some(&Data::String("14:30".into())));
    assert_eq!(docs.get((3, 7)), Some(&Data::String("placement=ja".into())));
    // An undated document leaves the date cell empty.
    assert!(matches!(docs.get((4, 4)), None | Some(Data::Empty)));

    let ov = wb.worksheet_range("Oversigt").expect("Oversigt");
    let text: Vec<String> = ov
        .rows()
        .flat_map(|r| r.iter().map(|c| c.to_string()))
        .collect();
    assert!(text.iter().any(|t| t == "Sager med mindst én mangel"));
    assert!(text.iter().any(|t| t == "investigation_within_4_months"));
    let unr = wb.worksheet_range("Ulæselige").expect("Ulæselige");
    assert_eq!(unr.get((1, 2)), Some(&Data::String("no_text".into())));
}

fn html() -> String {
    let (dir, _) = write_all(CsvStyle::Excel);
    std::fs::read_to_string(dir.path().join("report.html")).expect("html")
}

#[test]
fn html_has_overview_and_data() {
    let h = html();
    assert!(h.starts_with("<!DOCTYPE html>"));
    assert!(h.contains("<h2>Oversigt</h2>"));
    assert!(h.contains("<h2>Sager</h2>"));
    // 2 of 3 cases have a gap.
    assert!(
        h.contains("Mangler i <strong>66,7 %</strong> af sagerne"),
        "headline"
    );
    assert!(h.contains("<div data-fact=\"cases\"><dt>Sager</dt><dd>3</dd></div>"));
    assert!(h.contains("<div data-fact=\"documents\"><dt>Dokumenter</dt><dd>4</dd></div>"));
    assert!(h.contains("<dt>Ulæselige dokumenter</dt><dd>1</dd>"));
    assert!(h.contains("<dt>Ufuldstændige sager</dt><dd>1 (33,3 %)</dd>"));
    assert!(h.contains("<g data-rule=\"investigation_within_4_months\" data-cases=\"1\">"));
    assert!(h.contains("Børnefaglig undersøgelse inden for 4 måneder"));
    assert!(h.contains("1 sag · 33,3 %"));
    assert!(h.contains("<tr data-split=\"BL\"><th>Barnets lov (BL, fra 2024)</th><td>1</td>"));
    assert!(h.contains("2024-0007 Åse"));
}

#[test]
fn html_escapes_data_and_is_offline() {
    let h = html();
    // Exactly the two script elements of the page itself; the snippet's `<script>` is escaped.
    assert_eq!(h.matches("<script").count(), 2, "only our own script tags");
    assert_eq!(h.matches("</script>").count(), 2);
    assert!(h.contains("\\u003cscript>alert('x')\\u003c/script>"));
    assert!(!h.contains("<b>fundet</b>"));
    assert!(
        !h.contains("http://") && !h.contains("https://"),
        "no network references"
    );
    assert!(
        !h.contains(" src=") && !h.contains("<link"),
        "no external resources"
    );
    // The embedded JSON parses back to the cases.
    let start = h.find("id=\"casegap-data\">").expect("data") + "id=\"casegap-data\">".len();
    let end = start + h[start..].find("</script>").expect("end");
    let v: serde_json::Value = serde_json::from_str(&h[start..end]).expect("json");
    let cases = v["cases"].as_array().expect("cases");
    assert_eq!(cases.len(), 3);
    assert_eq!(cases[0][0], "2015-0042 Søren Ørsted");
    assert_eq!(
        cases[0][4][0][7],
        "UNDERRETNING <script>alert('x')</script> modtaget den 12. marts 2015"
    );
    assert_eq!(cases[1][1], 0);
    assert_eq!(v["ruleLabels"]["plan_has_goals"], "Planen har mål");
}

#[test]
fn esc_escapes_all_specials() {
    assert_eq!(
        html::esc("<a href='x'>&\"</a>"),
        "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"
    );
}

#[test]
fn reports_mask_cpr_numbers() {
    let mut cs = cases();
    cs[0].gaps[0].message = "Barn 010203-1234 mangler undersøgelse".into();
    cs[1].documents[0].evidence = Some(Evidence {
        page: 1,
        snippet: "cpr 0102031234".into(),
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let paths = write_with(
        dir.path(),
        &exporters(&[Format::Html, Format::Csv], CsvStyle::Rfc4180),
        &info(),
        &cs,
        &Labels::builtin(),
    )
    .expect("written");
    for p in paths {
        let s = std::fs::read_to_string(&p).expect("read");
        assert!(
            !crate::cpr::contains(&s),
            "{} leaks a CPR number",
            p.display()
        );
        if !p.ends_with("cases.csv") {
            assert!(
                s.contains("XXXXXX-XXXX"),
                "{} shows the masked text",
                p.display()
            );
        }
    }
}

#[test]
fn terminal_summary_lists_rules_and_files() {
    let s = terminal::summary_table(
        &cases(),
        &Labels::builtin(),
        &[PathBuf::from("out/report.html")],
    );
    assert!(
        s.contains("3 cases, 4 documents, 1 unreadable, 1 incomplete cases"),
        "{s}"
    );
    let line = s
        .lines()
        .find(|l| l.starts_with("investigation_within_4_months"))
        .expect("rule line");
    assert!(line.contains(" 1 ") && line.contains("33,3 %"), "{line}");
    assert!(
        !s.contains("inactive_case_not_closed"),
        "unbroken rules are left out"
    );
    assert!(s.contains("Mangler i 66,7 % af sagerne"));
    assert!(s.contains("  out/report.html"));
}

#[test]
fn empty_run_writes_every_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    let paths =
        write_reports(dir.path(), &Format::ALL, &info(), &[], &Labels::builtin()).expect("written");
    assert_eq!(paths.len(), 4);
    let h = std::fs::read_to_string(dir.path().join("report.html")).expect("html");
    assert!(h.contains("Mangler i <strong>0 %</strong> af sagerne"));
    let (_, rows) = read_csv(&dir.path().join("gaps.csv"), b';');
    assert_eq!(rows.len(), 1);
}

#[test]
fn unknown_rules_and_labels_fall_back_to_ids() {
    let mut cs = cases();
    cs[0].gaps[0].rule = "siblings_considered".into();
    let o = Overview::of(&cs);
    assert_eq!(
        o.rules.last().map(|r| r.rule.as_str()),
        Some("siblings_considered")
    );
    assert_eq!(
        Labels::builtin().rule("siblings_considered"),
        "siblings_considered"
    );
    assert_eq!(Labels::default().doc_type("plan"), "plan");
}

#[test]
fn base64_matches_rfc4648_vectors() {
    for (plain, coded) in [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ] {
        let mut out = Vec::new();
        html::base64(&mut out, plain.as_bytes()).expect("base64");
        assert_eq!(String::from_utf8(out).expect("ascii"), coded, "{plain:?}");
    }
    // Long input crosses the encoder's internal buffer boundary without losing a byte.
    let data: Vec<u8> = (0..200_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let mut out = Vec::new();
    html::base64(&mut out, &data).expect("base64");
    assert_eq!(out.len(), data.len().div_ceil(3) * 4);
}

#[test]
fn large_html_data_is_compressed() {
    let mut out = Vec::new();
    html::write_html_with(&mut out, &info(), &cases(), &Labels::builtin(), 0).expect("html");
    let h = String::from_utf8(out).expect("utf-8");
    assert!(h.contains(
        "<script type=\"application/octet-stream\" id=\"casegap-data\" \
         data-encoding=\"deflate-raw+base64\">"
    ));
    // The case data is only in the compressed block; the overview is still plain HTML.
    assert!(!h.contains("UNDERRETNING"));
    assert!(h.contains("<h2>Oversigt</h2>"));
    assert_eq!(h.matches("<script").count(), 2);
    let start = h.find("deflate-raw+base64\">").expect("data") + "deflate-raw+base64\">".len();
    let end = start + h[start..].find("</script>").expect("end");
    assert!(h[start..end]
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(&b)));
    // Below the threshold the data stays plain JSON.
    let mut out = Vec::new();
    html::write_html_with(&mut out, &info(), &cases(), &Labels::builtin(), usize::MAX)
        .expect("html");
    assert!(String::from_utf8_lossy(&out).contains("<script type=\"application/json\""));
}
