//! Integration tests: the `casegap` binary on the bundled fixtures and on hostile input made in
//! temporary folders. They check what a user sees: exit statuses, one-line errors, and the
//! contract's output files.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_casegap"));
    c.env("RUST_BACKTRACE", "0");
    // Never the user's cache: results must come from this build, not an earlier run.
    c.env(
        "XDG_CACHE_HOME",
        Path::new(env!("CARGO_TARGET_TMPDIR")).join("xdg-cache"),
    );
    c
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("casegap runs")
}

fn read_cases(out: &Path) -> Vec<Value> {
    fs::read_to_string(out.join("cases.jsonl"))
        .expect("cases.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

/// A case's gaps as sorted (rule, trigger) pairs, the way the scorer compares them.
fn gap_keys(case: &Value) -> Vec<(String, String)> {
    let mut keys: Vec<(String, String)> = case["gaps"]
        .as_array()
        .expect("gaps")
        .iter()
        .map(|g| {
            (
                g["rule"].as_str().unwrap_or("").to_string(),
                g["trigger"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    keys.sort();
    keys
}

fn cpr_like(s: &str) -> bool {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(9)).any(|i| {
        let digits =
            |r: std::ops::Range<usize>| r.clone().all(|j| b.get(j).is_some_and(u8::is_ascii_digit));
        let glued =
            (i > 0 && b[i - 1].is_ascii_digit()) || b.get(i + 11).is_some_and(u8::is_ascii_digit);
        let day: u32 = s.get(i..i + 2).and_then(|d| d.parse().ok()).unwrap_or(0);
        let month: u32 = s
            .get(i + 2..i + 4)
            .and_then(|d| d.parse().ok())
            .unwrap_or(0);
        digits(i..i + 6)
            && (1..=31).contains(&day)
            && (1..=12).contains(&month)
            && ((b.get(i + 6) == Some(&b'-') && digits(i + 7..i + 11) && !glued)
                || (digits(i + 6..i + 10)
                    && !b.get(i + 10).is_some_and(u8::is_ascii_digit)
                    && !(i > 0 && b[i - 1].is_ascii_digit())))
    })
}

#[test]
fn demo_export_matches_its_truth() {
    let t = tempfile::tempdir().expect("tempdir");
    let out = t.path().join("out");
    let o = run(&[
        "scan",
        fixtures().join("demo").to_str().expect("utf8"),
        "--out",
        out.to_str().expect("utf8"),
        "--as-of",
        "2026-06-30",
        "-q",
    ]);
    // The demo holds a scan without text and a photo: the scan completes, some files are unreadable.
    assert_eq!(
        o.status.code(),
        Some(1),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let truth: Value = serde_json::from_str(
        &fs::read_to_string(fixtures().join("demo.truth.json")).expect("truth"),
    )
    .expect("json");
    let cases = read_cases(&out);
    let ids: Vec<&str> = cases
        .iter()
        .map(|c| c["case_id"].as_str().expect("id"))
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "cases.jsonl is sorted by case_id");
    let tcases = truth["cases"].as_array().expect("cases");
    assert_eq!(cases.len(), tcases.len());
    for tc in tcases {
        let id = tc["case_id"].as_str().expect("id");
        let c = cases
            .iter()
            .find(|c| c["case_id"] == id)
            .unwrap_or_else(|| panic!("case {id} missing"));
        let unreadable: Vec<&str> = tc["unreadable"]
            .as_array()
            .expect("u")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        for td in tc["documents"].as_array().expect("docs") {
            let did = td["id"].as_str().expect("doc id");
            if unreadable.contains(&did) || td["needs_ocr"] == true {
                continue;
            }
            let d = c["documents"]
                .as_array()
                .expect("docs")
                .iter()
                .find(|d| d["id"] == did)
                .unwrap_or_else(|| panic!("{id}: document {did} missing"));
            assert_eq!(d["type"], td["type"], "{id}: {did}");
            assert_eq!(d["date"], td["date"], "{id}: {did}");
        }
        assert_eq!(gap_keys(c), gap_keys(tc), "gaps of {id}");
    }
    // The case folder named with a CPR number is masked, and no output file holds one.
    assert!(ids.iter().any(|i| i.contains("XXXXXX-XXXX")));
    for entry in fs::read_dir(&out).expect("out") {
        let p = entry.expect("entry").path();
        let bytes = fs::read(&p).expect("read");
        let text = String::from_utf8_lossy(&bytes);
        assert!(!cpr_like(&text), "CPR number in {}", p.display());
    }
    let summary: Value =
        serde_json::from_str(&fs::read_to_string(out.join("summary.json")).expect("summary"))
            .expect("json");
    assert_eq!(summary["cases"], 5);
    assert_eq!(summary["as_of"], "2026-06-30");
    assert_eq!(
        summary["catalogue"]["hash"].as_str().map(str::len),
        Some(64)
    );
    assert!(summary["rules"]["assessment_within_24h"]["share"].is_number());
    for f in ["report.html", "gaps.csv", "cases.csv", "report.xlsx"] {
        assert!(out.join(f).exists(), "{f} written");
    }
}

#[test]
fn hostile_files_cost_only_themselves() {
    let t = tempfile::tempdir().expect("tempdir");
    let root = t.path().join("export");
    let case = root.join("Sag 1");
    fs::create_dir_all(&case).expect("mkdir");
    for e in fs::read_dir(fixtures().join("hostile")).expect("hostile") {
        let p = e.expect("entry").path();
        if p.extension().is_some_and(|x| x != "md") {
            fs::copy(&p, case.join(p.file_name().expect("name"))).expect("copy");
        }
    }
    // Made at test time: things git cannot hold.
    use std::os::unix::ffi::OsStrExt;
    let latin1_name = std::ffi::OsStr::from_bytes(b"Notat \xe6\xf8\xe5.txt");
    fs::write(
        case.join(latin1_name),
        "Notat\nDato: 01.02.2016\nMor ringede.",
    )
    .expect("write");
    std::os::unix::fs::symlink(&case, case.join("loop")).expect("symlink");
    fs::write(case.join("unreadable.pdf"), b"%PDF-1.4").expect("write");
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(
        case.join("unreadable.pdf"),
        fs::Permissions::from_mode(0o000),
    )
    .expect("chmod");
    fs::create_dir_all(root.join("Tom sag")).expect("empty case");
    fs::write(root.join("løs fil.pdf"), b"x").expect("loose file");

    let out = t.path().join("out");
    let o = run(&[
        "scan",
        root.to_str().expect("utf8"),
        "--out",
        out.to_str().expect("utf8"),
        "--as-of",
        "2026-06-30",
        "-q",
        "--timeout",
        "20",
        "-j",
        "2",
    ]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let cases = read_cases(&out);
    assert_eq!(
        cases.len(),
        2,
        "both case folders are cases, the empty one too"
    );
    let c = cases
        .iter()
        .find(|c| c["case_id"] == "Sag 1")
        .expect("Sag 1");
    let mut accounted: Vec<(String, String)> = Vec::new();
    for d in c["documents"].as_array().expect("docs") {
        accounted.push((
            d["id"].as_str().expect("id").to_string(),
            "read".to_string(),
        ));
    }
    for u in c["unreadable"].as_array().expect("unreadable") {
        accounted.push((
            u["id"].as_str().expect("id").to_string(),
            u["reason"].as_str().expect("reason").to_string(),
        ));
    }
    let reason = |id: &str| {
        accounted
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, r)| r.as_str())
            .unwrap_or("missing")
    };
    assert_eq!(reason("zero.pdf"), "corrupt");
    assert_eq!(reason("zip_named.pdf"), "corrupt");
    assert_eq!(reason("garbage.pdf"), "corrupt");
    assert_eq!(reason("truncated.pdf"), "corrupt");
    assert_eq!(reason("truncated.docx"), "corrupt");
    assert_eq!(reason("password.pdf"), "encrypted");
    assert_eq!(reason("no_text_scan.pdf"), "no_text");
    assert!(
        matches!(reason("bomb.pdf"), "too_large" | "timeout"),
        "bomb: {}",
        reason("bomb.pdf")
    );
    assert_eq!(reason("empty_password_rc4.pdf"), "read");
    assert_eq!(reason("empty_password_aes.pdf"), "read");
    assert_eq!(reason("loop"), "unsupported");
    for f in [
        "nested.pdf",
        "cyclic_pages.pdf",
        "broken_xref.pdf",
        "huge_page_count.pdf",
        "Notat \u{FFFD}\u{FFFD}\u{FFFD}.txt",
    ] {
        assert_ne!(reason(f), "missing", "{f} accounted for");
    }
    // Root can read a mode-000 file; anyone else gets a permission error.
    let is_root = unsafe_uid() == 0;
    assert_eq!(
        reason("unreadable.pdf") == "error",
        !is_root || reason("unreadable.pdf") == "error"
    );
    let docs = c["documents"].as_array().expect("docs");
    let aes = docs
        .iter()
        .find(|d| d["id"] == "empty_password_aes.pdf")
        .expect("aes");
    assert_eq!(aes["type"], "investigation");
    let summary: Value =
        serde_json::from_str(&fs::read_to_string(out.join("summary.json")).expect("summary"))
            .expect("json");
    assert_eq!(summary["loose_files"][0], "løs fil.pdf");
}

fn unsafe_uid() -> u32 {
    // The uid from /proc avoids an unsafe libc call in a test.
    fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|u| u.parse().ok())
        })
        .unwrap_or(1000)
}

#[test]
fn bad_roots_and_arguments_are_one_line_errors() {
    let t = tempfile::tempdir().expect("tempdir");
    let out = t.path().join("out");
    let missing = t.path().join("nope");
    let o = run(&[
        "scan",
        missing.to_str().expect("utf8"),
        "--out",
        out.to_str().expect("utf8"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("does not exist"), "{err}");

    let file = t.path().join("file.txt");
    fs::write(&file, "x").expect("write");
    let o = run(&[
        "scan",
        file.to_str().expect("utf8"),
        "--out",
        out.to_str().expect("utf8"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is a file"));

    let demo = fixtures().join("demo");
    let o = run(&[
        "scan",
        demo.to_str().expect("utf8"),
        "--out",
        out.to_str().expect("utf8"),
        "--as-of",
        "30.06.2026",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("YYYY-MM-DD"));

    let o = run(&[
        "scan",
        demo.to_str().expect("utf8"),
        "--out",
        out.to_str().expect("utf8"),
        "-j",
        "0",
    ]);
    assert_eq!(o.status.code(), Some(2));

    let o = run(&["frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        !out.join("cases.jsonl").exists(),
        "nothing written on a usage error"
    );
}

#[test]
fn broken_catalogue_names_file_and_line() {
    let t = tempfile::tempdir().expect("tempdir");
    let pat = t.path().join("patterns");
    fs::create_dir_all(&pat).expect("mkdir");
    let good =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("patterns/catalogue.toml"))
            .expect("catalogue");
    fs::write(
        pat.join("catalogue.toml"),
        good.replace("[types.hearing]", "[types.hearingz]"),
    )
    .expect("write");
    let out = t.path().join("out");
    let o = run(&[
        "scan",
        fixtures().join("demo").to_str().expect("utf8"),
        "--out",
        out.to_str().expect("utf8"),
        "--patterns",
        pat.to_str().expect("utf8"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("catalogue.toml:") && err.contains("hearingz"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1);
}

#[test]
fn own_catalogue_adds_a_municipal_title() {
    let t = tempfile::tempdir().expect("tempdir");
    let export = t.path().join("export");
    fs::create_dir_all(export.join("Sag 7")).expect("mkdir");
    fs::write(
        export.join("Sag 7/Dokument 1.txt"),
        "SSP-orienteringsskrivelse\nModtaget: 03.02.2020\nTekst.",
    )
    .expect("write");
    let pat = t.path().join("patterns");
    fs::create_dir_all(&pat).expect("mkdir");
    let good =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("patterns/catalogue.toml"))
            .expect("catalogue");
    fs::write(
        pat.join("catalogue.toml"),
        good.replacen(
            "titles = [\"underretning\",",
            "titles = [\"ssp orienteringsskrivelse\", \"underretning\",",
            1,
        ),
    )
    .expect("write");
    let out = t.path().join("out");
    for (patterns, want) in [(None, "journal_note"), (Some(&pat), "notification")] {
        let mut args = vec![
            "scan",
            export.to_str().expect("utf8"),
            "--out",
            out.to_str().expect("utf8"),
            "-q",
            "--format",
            "none",
            "--as-of",
            "2026-06-30",
        ];
        if let Some(p) = patterns {
            args.extend(["--patterns", p.to_str().expect("utf8")]);
        }
        let o = run(&args);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        let cases = read_cases(&out);
        assert_eq!(cases[0]["documents"][0]["type"], want);
    }
}

#[test]
fn extract_shows_pages_status_and_detection() {
    let o = run(&[
        "extract",
        fixtures()
            .join("hostile/empty_password_aes.pdf")
            .to_str()
            .expect("utf8"),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let s = String::from_utf8_lossy(&o.stdout);
    assert!(s.contains("--- page 1 ---"), "{s}");
    assert!(
        s.contains("Børnefaglig undersøgelse afsluttet den 3. marts 2015"),
        "{s}"
    );
    assert!(s.contains("type investigation"), "{s}");
    let o = run(&[
        "extract",
        fixtures()
            .join("hostile/password.pdf")
            .to_str()
            .expect("utf8"),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("status: encrypted"));
}

#[test]
fn overrides_correct_documents_before_the_rules() {
    let t = tempfile::tempdir().expect("tempdir");
    let export = t.path().join("export");
    fs::create_dir_all(export.join("Sag 9")).expect("mkdir");
    fs::write(
        export.join("Sag 9/Underretning.txt"),
        "Underretning\nModtaget: 03.02.2020 kl. 10.00\nSkolen er bekymret.",
    )
    .expect("write");
    fs::write(export.join("Sag 9/scan0001.txt"), "uleselig").expect("write");
    let out = t.path().join("out");
    let base = [
        "scan",
        export.to_str().expect("utf8"),
        "--out",
        out.to_str().expect("utf8"),
        "-q",
        "--format",
        "none",
        "--as-of",
        "2026-06-30",
    ];
    let o = run(&base);
    assert_eq!(o.status.code(), Some(0));
    let rules = |out: &Path| -> Vec<String> {
        read_cases(out)[0]["gaps"]
            .as_array()
            .expect("gaps")
            .iter()
            .map(|g| g["rule"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert!(rules(&out).contains(&"assessment_within_24h".to_string()));
    let ov = t.path().join("ov.json");
    fs::write(&ov, r#"{"documents": [{"case_id": "Sag 9", "id": "scan0001.txt", "type": "notification_assessment", "date": "2020-02-03", "time": "15:00"}]}"#).expect("write");
    let mut args = base.to_vec();
    args.extend(["--overrides", ov.to_str().expect("utf8")]);
    let o = run(&args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!rules(&out).contains(&"assessment_within_24h".to_string()));
    let c = &read_cases(&out)[0];
    let d = c["documents"]
        .as_array()
        .expect("docs")
        .iter()
        .find(|d| d["id"] == "scan0001.txt")
        .expect("doc");
    assert_eq!(d["overridden"], true);
}

#[test]
fn scan_of_a_sample_equals_sample_of_a_full_scan() {
    let t = tempfile::tempdir().expect("tempdir");
    let demo = fixtures().join("demo");
    let full = t.path().join("full");
    let part = t.path().join("part");
    let drawn = t.path().join("drawn");
    let common = ["--as-of", "2026-06-30", "-q", "--format", "none"];
    let mut a = vec![
        "scan",
        demo.to_str().expect("utf8"),
        "--out",
        full.to_str().expect("utf8"),
    ];
    a.extend(common);
    assert_eq!(run(&a).status.code(), Some(1));
    let mut b = vec![
        "scan",
        demo.to_str().expect("utf8"),
        "--out",
        part.to_str().expect("utf8"),
        "--sample",
        "2",
        "--seed",
        "5",
    ];
    b.extend(common);
    assert_eq!(run(&b).status.code().map(|c| c <= 1), Some(true));
    let o = run(&[
        "sample",
        full.to_str().expect("utf8"),
        "--size",
        "2",
        "--seed",
        "5",
        "--out",
        drawn.to_str().expect("utf8"),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let manifest: Value =
        serde_json::from_str(&fs::read_to_string(drawn.join("sample.json")).expect("manifest"))
            .expect("json");
    let scanned: Vec<Value> = read_cases(&part)
        .iter()
        .map(|c| c["case_id"].clone())
        .collect();
    assert_eq!(manifest["case_ids"].as_array().expect("ids"), &scanned);
    let summary: Value =
        serde_json::from_str(&fs::read_to_string(part.join("summary.json")).expect("summary"))
            .expect("json");
    assert_eq!(
        summary["selection"]["population_hash"],
        manifest["population_hash"]
    );
}
