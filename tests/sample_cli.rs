//! End-to-end test of `casegap sample`: the binary run on a small synthetic scan output.
//!
//! A *scan output* here is a folder holding only a hand-written `cases.jsonl` (and, for one
//! test, a `summary.json`), so the test exercises the command exactly as an auditor runs it
//! after a scan, without running a scan.

use std::path::Path;
use std::process::{Command, Output};

/// Eight cases: SEL, BL and mixed, with and without gaps, one incomplete.
fn write_scan(dir: &Path, extra_case: bool) {
    let mut lines: Vec<String> = (1..=8)
        .map(|i| {
            let regimes = match i % 3 {
                0 => r#"["SEL"]"#,
                1 => r#"["BL"]"#,
                _ => r#"["SEL","BL"]"#,
            };
            let gaps = if i % 2 == 0 {
                r#"[{"rule":"plan_in_time","severity":"error","regime":"SEL","legal_basis":"serviceloven § 140","trigger":"Dok/afgørelse.pdf","due":"2015-05-01","found":null,"message":"Ingen handleplan"}]"#
            } else {
                "[]"
            };
            format!(
                r#"{{"case_id":"2015-{i:04}","regimes":{regimes},"complete":{complete},"documents":[{{"id":"Dok/afgørelse.pdf","type":"measure_decision","date":"2015-04-01","pages":1,"evidence":{{"page":1,"snippet":"Afgørelse om foranstaltning"}}}}],"unreadable":[],"gaps":{gaps},"upcoming":[]}}"#,
                complete = i != 5
            )
        })
        .collect();
    if extra_case {
        lines.push(r#"{"case_id":"2015-0100","regimes":[],"complete":true,"documents":[],"unreadable":[],"gaps":[],"upcoming":[]}"#.to_string());
    }
    std::fs::write(dir.join("cases.jsonl"), lines.join("\n") + "\n").expect("write cases.jsonl");
    std::fs::write(
        dir.join("summary.json"),
        r#"{"tool":"casegap","version":"0.1.0","as_of":"2026-06-30"}"#,
    )
    .expect("write summary.json");
}

fn casegap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_casegap"))
        // Never the user's extraction cache.
        .env("XDG_CACHE_HOME", env!("CARGO_TARGET_TMPDIR"))
        .args(args)
        .output()
        .expect("run casegap")
}

fn manifest(dir: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(dir.join("sample.json")).expect("sample.json");
    serde_json::from_str(&text).expect("sample.json is JSON")
}

fn sample(scan: &Path, out: &Path, extra: &[&str]) -> serde_json::Value {
    let mut args = vec![
        "sample",
        scan.to_str().expect("utf-8 path"),
        "--size",
        "3",
        "--out",
        out.to_str().expect("utf-8 path"),
    ];
    args.extend_from_slice(extra);
    let o = casegap(&args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    manifest(out)
}

fn ids(m: &serde_json::Value) -> Vec<String> {
    m["case_ids"]
        .as_array()
        .expect("case_ids")
        .iter()
        .map(|v| v.as_str().expect("id").to_string())
        .collect()
}

#[test]
fn same_seed_gives_the_same_manifest() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let scan = tmp.path().join("scan");
    std::fs::create_dir(&scan).expect("mkdir");
    write_scan(&scan, false);
    let a = sample(&scan, &tmp.path().join("a"), &["--seed", "7"]);
    let b = sample(&scan, &tmp.path().join("b"), &["--seed", "7"]);
    assert_eq!(a, b);
    assert_eq!(a["seed"], 7);
    assert_eq!(a["method"], "simple_random");
    assert_eq!(a["population"], 8);
    assert_eq!(a["algorithm_id"], "blake3-rank-v1");
    assert!(a["algorithm"]
        .as_str()
        .expect("algorithm")
        .contains("BLAKE3"));
    assert_eq!(a["source"]["as_of"], "2026-06-30");
    assert_eq!(ids(&a).len(), 3);
    // The library's `draw`, which `scan --sample` uses, draws the same cases.
    let all: Vec<String> = (1..=8).map(|i| format!("2015-{i:04}")).collect();
    assert_eq!(ids(&a), casegap::sample::draw(&all, 3, 7));
    assert_eq!(
        a["population_hash"].as_str(),
        Some(casegap::sample::population_hash(&all).as_str())
    );
    // The worksheets are written too.
    for f in ["review.xlsx", "review.html"] {
        assert!(tmp.path().join("a").join(f).is_file(), "{f}");
    }
    let html = std::fs::read_to_string(tmp.path().join("a/review.html")).expect("html");
    assert_eq!(html.matches("<section class=\"case\"").count(), 3);

    // Another seed draws another sample from the same population.
    let c = sample(&scan, &tmp.path().join("c"), &["--seed", "8"]);
    assert_ne!(ids(&a), ids(&c));
    assert_eq!(a["population_hash"], c["population_hash"]);
}

#[test]
fn a_new_case_changes_the_population_hash() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let (s1, s2) = (tmp.path().join("s1"), tmp.path().join("s2"));
    for (s, extra) in [(&s1, false), (&s2, true)] {
        std::fs::create_dir(s).expect("mkdir");
        write_scan(s, extra);
    }
    let a = sample(&s1, &tmp.path().join("a"), &["--seed", "7"]);
    let b = sample(&s2, &tmp.path().join("b"), &["--seed", "7"]);
    assert_eq!(b["population"], 9);
    assert_ne!(a["population_hash"], b["population_hash"]);
    assert_ne!(
        a["source"]["cases_jsonl_blake3"],
        b["source"]["cases_jsonl_blake3"]
    );
}

#[test]
fn stratified_and_filtered_samples() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let scan = tmp.path().join("scan");
    std::fs::create_dir(&scan).expect("mkdir");
    write_scan(&scan, false);
    let m = sample(
        &scan,
        &tmp.path().join("strat"),
        &["--seed", "7", "--stratify-by", "status"],
    );
    assert_eq!(m["method"], "stratified_proportional");
    let strata = m["strata"].as_array().expect("strata");
    let total: u64 = strata
        .iter()
        .map(|s| s["allocated"].as_u64().expect("n"))
        .sum();
    assert_eq!(total, 3);
    let names: Vec<&str> = strata
        .iter()
        .map(|s| s["stratum"].as_str().expect("name"))
        .collect();
    assert_eq!(names, ["complete+gaps", "complete+no gaps", "incomplete"]);

    let g = sample(
        &scan,
        &tmp.path().join("gaps"),
        &["--seed", "7", "--only-with-gaps"],
    );
    assert_eq!(g["population"], 4);
    for id in ids(&g) {
        let n: u32 = id[5..].parse().expect("number");
        assert_eq!(n % 2, 0, "{id} has no gap");
    }
}

#[test]
fn errors_are_one_line_and_exit_2() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let scan = tmp.path().join("scan");
    std::fs::create_dir(&scan).expect("mkdir");
    write_scan(&scan, false);
    let out = tmp.path().join("out");
    let (s, o) = (scan.to_str().expect("utf-8"), out.to_str().expect("utf-8"));
    let missing = tmp.path().join("nothing");
    let m = missing.to_str().expect("utf-8");
    for (args, needle) in [
        (vec!["sample", s, "--size", "0", "--out", o], "--size"),
        (vec!["sample", s, "--size", "9", "--out", o], "larger than"),
        (vec!["sample", m, "--size", "3", "--out", o], "cases.jsonl"),
        (
            vec![
                "sample",
                s,
                "--size",
                "3",
                "--out",
                o,
                "--stratify-by",
                "kommune",
            ],
            "--stratify-by",
        ),
    ] {
        let r = casegap(&args);
        assert_eq!(r.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&r.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains(needle), "{err}");
    }
    assert!(!out.join("sample.json").exists());
}
