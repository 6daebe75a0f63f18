//! End-to-end OCR: a scan without a text layer in an export, read by `casegap scan --ocr` through
//! the worker processes. The *needs-OCR counts* are `documents_needing_ocr` and
//! `pages_needing_ocr` in `summary.json`: what a run without OCR could not read.
//! Skipped (with a note) where tesseract or its Danish data is not installed.

use std::path::Path;
use std::process::Command;

fn export_with_scan(root: &Path) {
    let case = root.join("H-0001");
    std::fs::create_dir_all(&case).unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/hostile/no_text_scan.pdf");
    std::fs::copy(src, case.join("no_text_scan.pdf")).unwrap();
}

fn scan(root: &Path, out: &Path, cache: &Path, extra: &[&str]) -> serde_json::Value {
    let st = Command::new(env!("CARGO_BIN_EXE_casegap"))
        .arg("scan")
        .arg(root)
        .arg("--out")
        .arg(out)
        // The extraction cache would remember the page between runs: OCR must run each time.
        .args([
            "--as-of",
            "2026-06-30",
            "-q",
            "--format",
            "none",
            "--no-cache",
        ])
        .args(extra)
        .env("CASEGAP_OCR_CACHE", cache)
        .status()
        .unwrap();
    assert!(st.code().is_some_and(|c| c <= 1), "{st}");
    let text = std::fs::read_to_string(out.join("summary.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn scan_counts_and_reads_scans() {
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("export");
    let cache = t.path().join("cache");
    export_with_scan(&root);

    let plain = scan(&root, &t.path().join("out0"), &cache, &[]);
    assert_eq!(plain["documents_needing_ocr"], 1);
    assert_eq!(plain["pages_needing_ocr"], 1);
    assert_eq!(plain["unreadable"], 1);

    if casegap::ocr::check_ocr_available("dan+eng").is_err() {
        eprintln!("note: tesseract with Danish data is not installed; skipping the OCR part");
        return;
    }
    // A timeout shorter than one page's OCR: the worker's progress lines must keep the
    // document alive, page by page.
    let out = t.path().join("out1");
    let read = scan(&root, &out, &cache, &["--ocr", "--timeout", "1"]);
    assert_eq!(read["unreadable"], 0, "{read}");
    assert_eq!(read["documents_needing_ocr"], 0);
    assert_eq!(read["pages_needing_ocr"], 0);
    let cases = std::fs::read_to_string(out.join("cases.jsonl")).unwrap();
    assert!(cases.contains("pdf-extract+tesseract"), "{cases}");
    assert!(cases.contains("2015-03-12"), "{cases}");
    assert!(!cases.contains("010203-1234"), "CPR number in the output");
    // The cache holds the page now: private folders and files.
    use std::os::unix::fs::PermissionsExt;
    let mut entries = 0;
    for e in walk(&cache) {
        let mode = std::fs::metadata(&e).unwrap().permissions().mode() & 0o777;
        if e.is_dir() {
            assert_eq!(mode, 0o700, "{}", e.display());
        } else {
            assert_eq!(mode, 0o600, "{}", e.display());
            entries += 1;
        }
    }
    assert_eq!(entries, 1);
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![dir.to_path_buf()];
    let mut i = 0;
    while i < out.len() {
        if out[i].is_dir() {
            let kids: Vec<_> = std::fs::read_dir(&out[i])
                .unwrap()
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .collect();
            out.extend(kids);
        }
        i += 1;
    }
    out
}
