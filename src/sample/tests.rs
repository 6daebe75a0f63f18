//! Tests of the draw, the stratification, the manifest and the review worksheet.

use super::*;
use crate::model::CaseReport;
use chrono::NaiveDate;
use serde_json::json;

fn ids(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("2015-{i:04}")).collect()
}

/// A case with the given regimes, completeness and gap rules.
fn case(id: &str, regimes: &[&str], complete: bool, gaps: &[&str]) -> CaseReport {
    let gaps: Vec<_> = gaps
        .iter()
        .map(|r| {
            json!({"rule": r, "severity": "error", "regime": "SEL", "legal_basis": "SEL § 50",
                   "trigger": "a.pdf", "due": "2015-07-12", "found": null, "message": "mangler"})
        })
        .collect();
    let v = json!({"case_id": id, "regimes": regimes, "complete": complete,
                   "documents": [], "unreadable": [], "gaps": gaps, "upcoming": []});
    serde_json::from_value(v).expect("test case is valid")
}

/// A population of 40 cases in known strata: 20 SEL, 12 BL, 6 SEL+BL, 2 none; gaps in every
/// third case; every seventh case incomplete.
fn population() -> Vec<CaseReport> {
    (0..40)
        .map(|i| {
            let regimes: &[&str] = match i {
                0..=19 => &["SEL"],
                20..=31 => &["BL"],
                32..=37 => &["SEL", "BL"],
                _ => &[],
            };
            let gaps: &[&str] = match i % 3 {
                0 => &["plan_in_time", "assessment_within_24h"],
                1 => &[],
                _ => &["plan_has_goals"],
            };
            case(&format!("sag-{i:02}"), regimes, i % 7 != 0, gaps)
        })
        .collect()
}

fn opts(size: usize, seed: u64) -> SampleOptions {
    SampleOptions {
        size,
        seed,
        stratify_by: None,
        only_with_gaps: false,
    }
}

#[test]
fn same_seed_same_sample() {
    let pop = ids(200);
    let a = draw(&pop, 20, 42);
    assert_eq!(a.len(), 20);
    assert_eq!(a, draw(&pop, 20, 42));
    // Sorted, distinct, from the population.
    assert!(a.windows(2).all(|w| w[0] < w[1]));
    assert!(a.iter().all(|x| pop.contains(x)));
}

#[test]
fn different_seed_different_sample() {
    let pop = ids(200);
    assert_ne!(draw(&pop, 20, 1), draw(&pop, 20, 2));
    assert_ne!(draw(&pop, 20, 0), draw(&pop, 20, u64::MAX));
}

#[test]
fn draw_ignores_input_order_and_duplicates() {
    let pop = ids(50);
    let mut shuffled: Vec<String> = pop.iter().rev().cloned().collect();
    shuffled.extend(pop.iter().take(10).cloned());
    assert_eq!(draw(&pop, 7, 9), draw(&shuffled, 7, 9));
    assert_eq!(population_hash(&pop), population_hash(&shuffled));
    // Asking for more than there is returns everything, once.
    assert_eq!(draw(&shuffled, 500, 9), pop);
}

#[test]
fn samples_are_nested() {
    // The sample of n is inside the sample of n + 1: the ranking is per id.
    let pop = ids(100);
    for n in 1..30 {
        let small = draw(&pop, n, 5);
        let big = draw(&pop, n + 1, 5);
        assert!(small.iter().all(|x| big.contains(x)), "n = {n}");
    }
}

#[test]
fn adding_a_case_never_reorders_the_others() {
    // A new case either enters the sample (pushing out the last-ranked one) or changes nothing.
    let pop = ids(60);
    let before = draw(&pop, 10, 3);
    let mut more = pop.clone();
    more.push("2099-new".to_string());
    let after = draw(&more, 10, 3);
    let common = before.iter().filter(|x| after.contains(x)).count();
    assert!(common >= 9);
}

#[test]
fn algorithm_is_pinned() {
    // The draw must never change between versions: these values were computed once by this
    // implementation of blake3-rank-v1 and are checked forever.
    let key = rank_key(7, "2015-0042");
    let mut h = blake3::Hasher::new();
    h.update(&7u64.to_le_bytes());
    h.update(b"2015-0042");
    assert_eq!(&key, h.finalize().as_bytes());
    assert_eq!(
        hex(&rank_key(1, "a")),
        blake3::hash(&[1, 0, 0, 0, 0, 0, 0, 0, b'a'])
            .to_hex()
            .to_string()
    );
    let pop: Vec<String> = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(draw(&pop, 3, 7), PINNED_DRAW);
    assert_eq!(population_hash(&pop), PINNED_HASH);
    // A Hjørring-sized population: 5 of 697 with seed 2013.
    assert_eq!(draw(&ids(697), 5, 2013), PINNED_HJOERRING);
    assert_eq!(
        population_hash(&pop),
        blake3::hash(b"a\nb\nc\nd\ne\nf\ng\nh\ni\nj")
            .to_hex()
            .to_string()
    );
}

const PINNED_DRAW: [&str; 3] = ["c", "f", "h"];
const PINNED_HASH: &str = "cd54f08aafea67b676641bbc898171a409c40549f763132c9ff2eddc1d2d7541";
const PINNED_HJOERRING: [&str; 5] = [
    "2015-0007",
    "2015-0034",
    "2015-0205",
    "2015-0462",
    "2015-0629",
];

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[test]
fn population_hash_changes_when_a_case_is_added() {
    let pop = ids(10);
    let mut more = pop.clone();
    more.push("2015-9999".to_string());
    assert_ne!(population_hash(&pop), population_hash(&more));

    // And in the manifest.
    let cases: Vec<CaseReport> = pop.iter().map(|i| case(i, &["SEL"], true, &[])).collect();
    let mut more_cases = cases.clone();
    more_cases.push(case("2015-9999", &["SEL"], true, &[]));
    let a = draw_from_cases(&cases, &opts(3, 1)).expect("draw");
    let b = draw_from_cases(&more_cases, &opts(3, 1)).expect("draw");
    assert_eq!(a.population, 10);
    assert_eq!(b.population, 11);
    assert_ne!(a.population_hash, b.population_hash);
    assert_eq!(a.population_hash, population_hash(&pop));
}

#[test]
fn draw_equals_sample_command_on_the_same_ids() {
    let cases = population();
    let ids: Vec<String> = cases.iter().map(|c| c.case_id.clone()).collect();
    for seed in [0, 1, 7, 12345] {
        for size in [1, 5, 20, 40] {
            let m = draw_from_cases(&cases, &opts(size, seed)).expect("draw");
            assert_eq!(
                m.case_ids,
                draw(&ids, size, seed),
                "seed {seed} size {size}"
            );
            assert_eq!(m.method, "simple_random");
            assert_eq!(m.population_hash, population_hash(&ids));
            assert!(m.strata.is_empty());
        }
    }
}

#[test]
fn hamilton_allocation_known_cases() {
    // Quotas 1.5, 0.9, 0.6: floors 1, 0, 0; the two places left go to .9 and .6.
    assert_eq!(allocate(&[5, 3, 2], 3), vec![1, 1, 1]);
    // Exact quotas need no rounding.
    assert_eq!(allocate(&[50, 30, 20], 10), vec![5, 3, 2]);
    // Equal remainders: the larger stratum first, then the earlier.
    // Quotas 0.5 and 1.5: equal remainders, so the last place goes to the larger stratum.
    assert_eq!(allocate(&[2, 6], 2), vec![0, 2]);
    assert_eq!(allocate(&[6, 2], 2), vec![2, 0]);
    assert_eq!(allocate(&[2, 2], 1), vec![1, 0]);
    // Hjørring: 100 of 697.
    let a = allocate(&[400, 200, 97], 100);
    assert_eq!(a.iter().sum::<usize>(), 100);
    assert_eq!(a, vec![57, 29, 14]);
    assert_eq!(allocate(&[], 5), Vec::<usize>::new());
    assert_eq!(allocate(&[0, 0], 5), vec![0, 0]);
    // Never more than the population.
    assert_eq!(allocate(&[2, 1], 10), vec![2, 1]);
}

#[test]
fn hamilton_allocation_sums_to_n_and_rounds_each_quota() {
    // A deterministic sweep of stratum sizes (a small LCG; no `rand`).
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |m: u64| {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (x >> 33) % m
    };
    for _ in 0..2000 {
        let k = 1 + next(8) as usize;
        let sizes: Vec<usize> = (0..k).map(|_| next(120) as usize).collect();
        let total: usize = sizes.iter().sum();
        if total == 0 {
            continue;
        }
        let n = 1 + next(total as u64) as usize;
        let a = allocate(&sizes, n);
        assert_eq!(a.iter().sum::<usize>(), n, "{sizes:?} {n}");
        for (s, got) in sizes.iter().zip(&a) {
            let num = n * s;
            let floor = num / total;
            let ceil = floor + usize::from(num % total != 0);
            assert!(*got == floor || *got == ceil, "{sizes:?} {n} {a:?}");
            assert!(got <= s);
        }
    }
}

#[test]
fn strata_are_defined_per_case() {
    let by = StratifyBy::Regime;
    assert_eq!(by.stratum_of(&case("a", &["SEL"], true, &[])), "SEL");
    assert_eq!(by.stratum_of(&case("a", &["BL"], true, &[])), "BL");
    assert_eq!(
        by.stratum_of(&case("a", &["SEL", "BL"], true, &[])),
        "SEL+BL"
    );
    assert_eq!(by.stratum_of(&case("a", &[], true, &[])), "none");
    let by = StratifyBy::Status;
    assert_eq!(
        by.stratum_of(&case("a", &[], true, &["x"])),
        "complete+gaps"
    );
    assert_eq!(
        by.stratum_of(&case("a", &[], true, &[])),
        "complete+no gaps"
    );
    assert_eq!(by.stratum_of(&case("a", &[], false, &["x"])), "incomplete");
    let by = StratifyBy::Rule;
    // The first broken rule in the law's order, whatever the order of the gaps.
    assert_eq!(
        by.stratum_of(&case(
            "a",
            &[],
            true,
            &["plan_in_time", "assessment_within_24h"]
        )),
        "assessment_within_24h"
    );
    assert_eq!(
        by.stratum_of(&case(
            "a",
            &[],
            true,
            &["zz_new", "aa_new", "plan_has_goals"]
        )),
        "plan_has_goals"
    );
    assert_eq!(
        by.stratum_of(&case("a", &[], true, &["zz_new", "aa_new"])),
        "aa_new"
    );
    assert_eq!(by.stratum_of(&case("a", &[], true, &[])), "none");
    assert_eq!("Regime".parse::<StratifyBy>(), Ok(StratifyBy::Regime));
    assert!("county"
        .parse::<StratifyBy>()
        .unwrap_err()
        .contains("regime, status or rule"));
}

#[test]
fn stratified_sample_is_proportional() {
    let cases = population();
    for by in StratifyBy::ALL {
        for size in [1, 7, 10, 23, 40] {
            let o = SampleOptions {
                stratify_by: Some(by),
                ..opts(size, 11)
            };
            let m = draw_from_cases(&cases, &o).expect("draw");
            assert_eq!(m.method, "stratified_proportional");
            assert_eq!(m.stratify_by.as_deref(), Some(by.id()));
            assert_eq!(m.case_ids.len(), size);
            assert_eq!(m.strata.iter().map(|s| s.allocated).sum::<usize>(), size);
            assert_eq!(m.strata.iter().map(|s| s.population).sum::<usize>(), 40);
            for s in &m.strata {
                let q = size as f64 * s.population as f64 / 40.0;
                assert!(
                    s.allocated as f64 >= q.floor() && s.allocated as f64 <= q.ceil(),
                    "{} {size}: {} vs {q}",
                    s.stratum,
                    s.allocated
                );
                assert_eq!(s.case_ids.len(), s.allocated);
                for id in &s.case_ids {
                    let c = cases.iter().find(|c| &c.case_id == id).expect("drawn case");
                    assert_eq!(by.stratum_of(c), s.stratum);
                    assert!(m.case_ids.contains(id));
                }
            }
        }
    }
    // The regime strata of `population()`: 20/12/6/2 of 40; 10 places → 5, 3, 1.5, 0.5.
    let o = SampleOptions {
        stratify_by: Some(StratifyBy::Regime),
        ..opts(10, 11)
    };
    let m = draw_from_cases(&cases, &o).expect("draw");
    let alloc: Vec<(&str, usize)> = m
        .strata
        .iter()
        .map(|s| (s.stratum.as_str(), s.allocated))
        .collect();
    // Remainders .5 and .5 tie; the larger stratum (SEL+BL, 6) wins over none (2).
    assert_eq!(alloc, [("BL", 3), ("SEL", 5), ("SEL+BL", 2), ("none", 0)]);
}

#[test]
fn one_stratum_equals_simple_random_sample() {
    let cases: Vec<CaseReport> = (0..30)
        .map(|i| case(&format!("k{i}"), &["BL"], true, &[]))
        .collect();
    let o = SampleOptions {
        stratify_by: Some(StratifyBy::Regime),
        ..opts(8, 4)
    };
    let strat = draw_from_cases(&cases, &o).expect("draw");
    let srs = draw_from_cases(&cases, &opts(8, 4)).expect("draw");
    assert_eq!(strat.case_ids, srs.case_ids);
}

#[test]
fn only_with_gaps_restricts_the_population_first() {
    let cases = population();
    let o = SampleOptions {
        only_with_gaps: true,
        ..opts(5, 2)
    };
    let m = draw_from_cases(&cases, &o).expect("draw");
    let with_gaps: Vec<String> = cases
        .iter()
        .filter(|c| !c.gaps.is_empty())
        .map(|c| c.case_id.clone())
        .collect();
    assert_eq!(m.population, with_gaps.len());
    assert_eq!(m.population_hash, population_hash(&with_gaps));
    assert_eq!(m.case_ids, draw(&with_gaps, 5, 2));
    assert!(m.only_with_gaps);
    let too_many = SampleOptions {
        only_with_gaps: true,
        ..opts(with_gaps.len() + 1, 2)
    };
    let e = draw_from_cases(&cases, &too_many).unwrap_err();
    assert!(e.contains("cases with gaps"), "{e}");
}

#[test]
fn bad_sizes_and_duplicates_are_errors() {
    let cases = population();
    assert!(draw_from_cases(&cases, &opts(0, 1))
        .unwrap_err()
        .contains("at least 1"));
    let e = draw_from_cases(&cases, &opts(41, 1)).unwrap_err();
    assert!(e.contains("41") && e.contains("40"), "{e}");
    assert!(!e.contains('\n'));
    let mut dup = cases.clone();
    dup.push(case("sag-03", &[], true, &[]));
    assert!(draw_from_cases(&dup, &opts(3, 1))
        .unwrap_err()
        .contains("twice"));
    // A full draw is allowed.
    assert_eq!(
        draw_from_cases(&cases, &opts(40, 1)).expect("draw").size,
        40
    );
}

#[test]
fn run_reports_missing_scan_and_bad_arguments() {
    let dir = tempfile::tempdir().expect("tempdir");
    let args = |size, by: Option<&str>| SampleArgs {
        scan_out: dir.path().join("no-scan"),
        size,
        out: dir.path().join("out"),
        seed: 1,
        stratify_by: by.map(str::to_string),
        only_with_gaps: false,
    };
    assert!(run(&args(3, None)).unwrap_err().contains("no cases.jsonl"));
    assert!(run(&args(0, None)).unwrap_err().contains("--size"));
    assert!(run(&args(3, Some("county")))
        .unwrap_err()
        .contains("--stratify-by"));
}

// ---- the worksheet ----

/// Two cases with documents, evidence, gaps and deadlines for the worksheet tests. One snippet
/// holds markup and a CPR number, to check escaping and masking.
fn rich_cases() -> Vec<CaseReport> {
    let a = json!({
        "case_id": "2015-0042", "regimes": ["SEL"], "complete": true,
        "documents": [
            {"id": "Dok/underretning.pdf", "type": "notification", "date": "2015-03-12", "pages": 2,
             "attributes": {"anonymous": false},
             "evidence": {"page": 1, "snippet": "UNDERRETNING <script>alert(1)</script> om barn 010302-3426"}},
            {"id": "Dok/vurdering.pdf", "type": "notification_assessment", "date": "2015-03-12", "pages": 1,
             "evidence": {"page": 1, "snippet": "Vurdering af underretning & svar"}},
            {"id": "Dok/bfu.pdf", "type": "investigation", "date": "2015-09-01", "pages": 8,
             "evidence": {"page": 1, "snippet": "Børnefaglig undersøgelse afsluttet 1. september 2015"}},
            {"id": "Journal/journal.txt#3", "type": "follow_up", "date": "2015-12-01"}
        ],
        "unreadable": [],
        "gaps": [
            {"rule": "investigation_within_4_months", "severity": "error", "regime": "SEL",
             "legal_basis": "serviceloven § 50, stk. 7", "trigger": "Dok/underretning.pdf",
             "due": "2015-07-12", "found": "2015-09-01",
             "message": "Børnefaglig undersøgelse afsluttet 2015-09-01, 51 dage efter fristen 2015-07-12"},
            {"rule": "receipt_within_6_workdays", "severity": "warning", "regime": "SEL",
             "legal_basis": "serviceloven § 155 b", "trigger": "Dok/underretning.pdf",
             "due": "2015-03-20", "found": null, "message": "Ingen kvittering"}
        ],
        "upcoming": []
    });
    let b = json!({
        "case_id": "2024-0007 Åse", "regimes": ["BL"], "complete": false,
        "incomplete_reasons": ["1 ulæseligt dokument"],
        "documents": [
            {"id": "afgørelse.pdf", "type": "measure_decision", "date": "2026-05-01", "pages": 3,
             "attributes": {"placement": false, "complaint_guidance": true}}
        ],
        "unreadable": [{"id": "scan.pdf", "reason": "no_text"}],
        "gaps": [],
        "upcoming": [{"rule": "first_follow_up_within_3_months", "due": "2026-08-01",
                      "trigger": "afgørelse.pdf", "regime": "BL"}]
    });
    vec![
        serde_json::from_value(a).expect("case a"),
        serde_json::from_value(b).expect("case b"),
    ]
}

fn rich_manifest(cases: &[CaseReport]) -> Manifest {
    draw_from_cases(cases, &opts(2, 1)).expect("draw")
}

fn row<'a>(rows: &'a [ReviewRow], case: &str, rule: &str) -> Vec<&'a ReviewRow> {
    rows.iter()
        .filter(|r| r.case_id == case && r.rule == rule)
        .collect()
}

#[test]
fn rows_carry_the_tools_verdicts() {
    let cases = rich_cases();
    let m = rich_manifest(&cases);
    let rows = review_rows(&m, &cases, &Labels::builtin());
    // Every case has at least one row for every rule.
    for c in ["2015-0042", "2024-0007 Åse"] {
        for r in RULE_IDS {
            assert!(!row(&rows, c, r).is_empty(), "{c} {r}");
        }
    }
    let late = row(&rows, "2015-0042", "investigation_within_4_months");
    assert_eq!(late.len(), 1);
    let late = late[0];
    assert_eq!(late.verdict, Verdict::Gap);
    assert_eq!(
        late.due.map(|d| d.to_string()).as_deref(),
        Some("2015-07-12")
    );
    assert_eq!(
        late.found.map(|d| d.to_string()).as_deref(),
        Some("2015-09-01")
    );
    // Evidence: the trigger, then the investigation found on the found date.
    let files: Vec<&str> = late.evidence.iter().map(|e| e.file.as_str()).collect();
    assert_eq!(files, ["Dok/underretning.pdf", "Dok/bfu.pdf"]);
    assert_eq!(late.evidence[0].page, Some(1));
    assert!(!late.evidence[0].snippet.contains("010302-3426"));
    assert!(late.evidence[0].snippet.contains("XXXXXX-XXXX"));

    let ok = row(&rows, "2015-0042", "assessment_within_24h")[0];
    assert_eq!(ok.verdict, Verdict::Ok);
    assert_eq!(ok.evidence[0].file, "Dok/vurdering.pdf");
    assert_eq!(ok.regime, "SEL");
    assert_eq!(
        row(&rows, "2015-0042", "plan_has_goals")[0].verdict,
        Verdict::NotApplicable
    );
    assert_eq!(
        row(&rows, "2015-0042", "receipt_within_6_workdays")[0].verdict,
        Verdict::Gap
    );

    let up = row(&rows, "2024-0007 Åse", "first_follow_up_within_3_months")[0];
    assert_eq!(up.verdict, Verdict::Upcoming);
    assert_eq!(up.due.map(|d| d.to_string()).as_deref(), Some("2026-08-01"));
    // BL, no placement: the BL investigation rule does not apply; complaint guidance does.
    assert_eq!(
        row(&rows, "2024-0007 Åse", "investigation_required")[0].verdict,
        Verdict::NotApplicable
    );
    let cg = row(&rows, "2024-0007 Åse", "decision_has_complaint_guidance")[0];
    assert_eq!(cg.verdict, Verdict::Ok);
    // An incomplete case's "ok" says that silence is no proof.
    assert!(
        cg.description.contains("ufuldstændig"),
        "{}",
        cg.description
    );
    assert!(!cg.complete);
}

#[test]
fn xlsx_worksheet_reads_back() {
    use calamine::{open_workbook, Data, Reader, Xlsx};
    let cases = rich_cases();
    let m = rich_manifest(&cases);
    let rows = review_rows(&m, &cases, &Labels::builtin());
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(XLSX_FILE);
    write_xlsx(&path, &m, &rows).expect("write xlsx");
    let mut wb: Xlsx<_> = open_workbook(&path).expect("open xlsx");
    assert_eq!(wb.sheet_names(), worksheet::SHEETS);

    let sheet = wb.worksheet_range("Gennemgang").expect("Gennemgang");
    let header: Vec<String> = sheet
        .rows()
        .next()
        .expect("header")
        .iter()
        .map(|c| c.to_string())
        .collect();
    let expected: Vec<&str> = worksheet::COLUMNS.iter().map(|(h, _)| *h).collect();
    assert_eq!(header, expected);
    assert!(header.contains(&"Revisors vurdering".to_string()));
    assert_eq!(sheet.height(), 1 + rows.len());

    let col = |name: &str| {
        expected
            .iter()
            .position(|h| *h == name)
            .expect("column exists") as u32
    };
    let gap_row = sheet
        .rows()
        .position(|r| {
            r.get(col("Regel-id") as usize)
                == Some(&Data::String("investigation_within_4_months".into()))
        })
        .expect("gap row") as u32;
    let cell = |c: &str| sheet.get_value((gap_row, col(c))).cloned();
    assert_eq!(cell("Sag"), Some(Data::String("2015-0042".into())));
    assert_eq!(
        cell("Værktøjets vurdering"),
        Some(Data::String("Mangel".into()))
    );
    assert_eq!(cell("Alvor"), Some(Data::String("Fejl".into())));
    // Dates are real Excel dates (serial days since 1899-12-30).
    let serial = |y, m, d| {
        (NaiveDate::from_ymd_opt(y, m, d).expect("date")
            - NaiveDate::from_ymd_opt(1899, 12, 30).expect("date"))
        .num_days() as f64
    };
    match cell("Frist") {
        Some(Data::DateTime(x)) => assert_eq!(x.as_f64(), serial(2015, 7, 12)),
        other => panic!("Frist is {other:?}"),
    }
    let snippet = cell("Bevis: uddrag")
        .map(|d| d.to_string())
        .unwrap_or_default();
    assert!(snippet.contains("<script>"), "raw text in Excel: {snippet}");
    assert!(snippet.contains("XXXXXX-XXXX") && !snippet.contains("010302-3426"));
    let files = cell("Bevis: fil")
        .map(|d| d.to_string())
        .unwrap_or_default();
    assert!(files.contains("[1] Dok/underretning.pdf") && files.contains("[2] Dok/bfu.pdf"));
    // The auditor's columns are empty.
    for c in ["Revisors vurdering", "Bemærkninger"] {
        for r in 1..sheet.height() as u32 {
            assert!(
                matches!(sheet.get_value((r, col(c))), None | Some(Data::Empty)),
                "{c} row {r}"
            );
        }
    }
    let verdicts: BTreeSet<String> = (1..sheet.height() as u32)
        .filter_map(|r| sheet.get_value((r, col("Værktøjets vurdering"))))
        .map(|d| d.to_string())
        .collect();
    assert_eq!(
        verdicts.into_iter().collect::<Vec<_>>(),
        ["Ikke relevant", "Kommende frist", "Mangel", "OK"]
    );

    let draw_sheet = wb.worksheet_range("Udtrækning").expect("Udtrækning");
    let cells: Vec<String> = draw_sheet.cells().map(|(_, _, c)| c.to_string()).collect();
    assert!(cells.contains(&m.population_hash));
    assert!(cells.contains(&"2024-0007 Åse".to_string()));
    assert!(cells.contains(&"Frø (seed)".to_string()));
}

#[test]
fn html_worksheet_is_self_contained_escaped_and_sectioned() {
    let cases = rich_cases();
    let m = rich_manifest(&cases);
    let labels = Labels::builtin();
    let rows = review_rows(&m, &cases, &labels);
    let mut buf = Vec::new();
    worksheet::render_html(&mut buf, &m, &cases, &rows, &labels).expect("render");
    let html = String::from_utf8(buf).expect("utf-8");
    for h in [
        "<h1>Stikprøvegennemgang</h1>",
        "<h2>Udtrækning</h2>",
        "<h2>Sager i stikprøven</h2>",
        "<th>Værktøjets vurdering</th>",
        "Revisors vurdering</th>",
        "Bemærkninger</th>",
    ] {
        assert!(html.contains(h), "missing {h}");
    }
    assert_eq!(
        html.matches("<section class=\"case\"").count(),
        m.case_ids.len()
    );
    assert!(html.contains("data-case=\"2015-0042\""));
    assert!(html.contains("data-case=\"2024-0007 Åse\""));
    // Every row of a case is in the case's section, one per rule at least.
    assert_eq!(html.matches("<tr data-rule=").count(), rows.len());
    assert!(html.contains("data-verdict=\"gap\"") && html.contains("data-verdict=\"upcoming\""));
    // Escaped: the snippet's markup is text, and the CPR number is masked.
    assert!(!html.contains("<script>alert"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("svar") && html.contains("&amp; svar"));
    assert!(!crate::cpr::contains(&html));
    // Self-contained: nothing fetched.
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert!(!html.contains("src=") && !html.contains("<link") && !html.contains("@import"));
    assert!(html.contains("Ufuldstændig sag"));
}
