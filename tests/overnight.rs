//! Overnight-run building blocks against a real scan of `fixtures/demo`: the shared summary
//! computation reproduces the scan's summary.json, a merge of one whole scan reproduces the
//! scan's files, and a scan compared with itself has no changes.

use std::path::{Path, PathBuf};
use std::process::Command;

use casegap::{diff, merge, pipeline, report, summary};

fn scan(out: &Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo");
    let status = Command::new(env!("CARGO_BIN_EXE_casegap"))
        // Never the user's extraction cache.
        .env("XDG_CACHE_HOME", env!("CARGO_TARGET_TMPDIR"))
        .args([
            "scan",
            "--as-of",
            "2026-06-30",
            "-j",
            "2",
            "--quiet",
            "--out",
        ])
        .arg(out)
        .arg(&root)
        .status()
        .expect("casegap runs");
    assert!(matches!(status.code(), Some(0 | 1)), "{status}");
}

fn json(p: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

fn without_timings(mut v: serde_json::Value) -> serde_json::Value {
    v.as_object_mut().unwrap().remove("timings");
    v
}

#[test]
fn summary_merge_and_diff_agree_with_a_real_scan() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("scan");
    scan(&out);

    // summary.rs computes what the pipeline wrote (pages needing OCR come from the scan).
    let written = json(&out.join("summary.json"));
    let cases = pipeline::read_cases(&out.join("cases.jsonl")).unwrap();
    let meta = summary::meta_from_json(&written).unwrap();
    let mut stats = summary::Stats::default();
    for c in &cases {
        stats.add(c, 0);
    }
    stats.pages_needing_ocr = written["pages_needing_ocr"].as_u64().unwrap();
    assert_eq!(
        without_timings(stats.to_json(&meta)),
        without_timings(written.clone())
    );

    // A merge of the whole scan as one shard writes the same files.
    let merged = tmp.path().join("merged");
    let formats = report::Format::parse_list("all").unwrap();
    let m = merge::merge_dirs(
        std::slice::from_ref(&out),
        &merged,
        &formats,
        report::CsvStyle::default(),
    )
    .unwrap();
    assert!(m.warnings.is_empty(), "{:?}", m.warnings);
    for f in ["cases.jsonl", "cases.csv", "gaps.csv", "report.html"] {
        let (a, b): (PathBuf, PathBuf) = (out.join(f), merged.join(f));
        assert!(
            std::fs::read(&a).unwrap() == std::fs::read(&b).unwrap(),
            "{f} differs"
        );
    }
    assert!(merged.join("report.xlsx").exists());
    assert_eq!(
        without_timings(json(&merged.join("summary.json"))),
        without_timings(written)
    );

    // A scan compared with itself (or its merge) has changed nothing.
    let ch = diff::diff_dirs(&out, &merged).unwrap();
    assert_eq!(ch.counts.cases_unchanged, cases.len());
    assert_eq!(ch.counts.cases_old, cases.len());
    let path = diff::write_changes(tmp.path(), &ch).unwrap();
    let v = json(&path);
    assert_eq!(v["counts"]["new_gaps"], 0);
    assert_eq!(v["documents_changed"], serde_json::json!([]));
    // Masked case ids stay masked.
    assert!(!casegap::cpr::contains(
        &std::fs::read_to_string(path).unwrap()
    ));
}
