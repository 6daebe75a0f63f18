//! Integration tests of the overnight-run features through the `casegap` binary: resume after
//! SIGKILL through the extraction cache, `changes.json` against a baseline, sharded scans merged
//! back into the unsharded output, determinism over jobs and cache state, the output lock, log
//! lines for unattended runs, and SIGTERM. Every test works in temporary folders and passes
//! `--cache <tempdir>` or `--no-cache`, so the user's cache is never touched.
//!
//! Larger exports are built by copying the demo case folders under new case ids and appending a
//! marker to the text-bearing files, so that every copy has its own content (the cache keys
//! extractions by content: identical copies would all be hits).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

const AS_OF: &str = "2026-06-30";

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_casegap"));
    c.env("RUST_BACKTRACE", "0");
    c
}

fn demo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo")
}

/// `casegap scan ROOT --out OUT --as-of AS_OF` plus `extra`.
fn scan_cmd(root: &Path, out: &Path, extra: &[&str]) -> Command {
    let mut c = bin();
    c.arg("scan")
        .arg(root)
        .arg("--out")
        .arg(out)
        .args(["--as-of", AS_OF])
        .args(extra);
    c
}

/// Runs a scan to completion and checks that it completed (exit 0 or 1).
fn scan(root: &Path, out: &Path, extra: &[&str]) -> Output {
    let o = scan_cmd(root, out, extra).output().expect("casegap runs");
    assert!(
        matches!(o.status.code(), Some(0 | 1)),
        "scan into {} failed: {}\n{}",
        out.display(),
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

fn read(p: &Path) -> Vec<u8> {
    fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn json(p: &Path) -> Value {
    serde_json::from_slice(&read(p)).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn cases(out: &Path) -> Vec<Value> {
    String::from_utf8(read(&out.join("cases.jsonl")))
        .expect("utf8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

fn without_timings(mut v: Value) -> Value {
    v.as_object_mut().expect("object").remove("timings");
    v
}

/// `timings.cache` of a scan's summary.json: (hits, misses).
fn cache_counts(out: &Path) -> (u64, u64) {
    let s = json(&out.join("summary.json"));
    let c = &s["timings"]["cache"];
    (
        c["hits"].as_u64().expect("timings.cache.hits"),
        c["misses"].as_u64().expect("timings.cache.misses"),
    )
}

/// Entries in a cache folder, read without disturbing a run that writes it (read only; WAL
/// readers do not block the writer). `None` until the cache and its table exist.
fn cache_entries(dir: &Path) -> Option<u64> {
    let file = dir.join(casegap::cache::FILE_NAME);
    if !file.exists() {
        return None;
    }
    let conn =
        rusqlite::Connection::open_with_flags(&file, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .ok()?;
    conn.busy_timeout(Duration::from_secs(5)).ok()?;
    // Extractions only: the cache also remembers each file's detected documents.
    conn.query_row(
        "SELECT count(*) FROM extractions WHERE key NOT LIKE 'documents/%'",
        [],
        |r| r.get::<_, i64>(0),
    )
    .ok()
    .map(|n| n as u64)
}

fn copy_dir(from: &Path, to: &Path, marker: &str) -> usize {
    fs::create_dir_all(to).expect("mkdir");
    let mut n = 0;
    for e in fs::read_dir(from).expect("read_dir") {
        let e = e.expect("entry");
        let name = e.file_name().to_string_lossy().into_owned();
        if e.file_type().expect("type").is_dir() {
            n += copy_dir(&e.path(), &to.join(&name), marker);
            continue;
        }
        // No CPR-like numbers in the names of files made here.
        let target = if casegap::cpr::contains(&name) {
            to.join("Udtalelse fra sundhedsplejen.pdf")
        } else {
            to.join(&name)
        };
        let mut bytes = read(&e.path());
        let ext = name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
        match ext.as_str() {
            // Bytes after %%EOF are ignored by PDF readers.
            "pdf" => bytes.extend_from_slice(format!("\n%casegap-test {marker}\n").as_bytes()),
            "txt" => bytes.extend_from_slice(format!("\n(kopi {marker})\n").as_bytes()),
            "html" => bytes.extend_from_slice(format!("\n<!-- kopi {marker} -->\n").as_bytes()),
            _ => {}
        }
        fs::write(&target, bytes).expect("write");
        n += 1;
    }
    n
}

/// An export of `copies` × the demo's five cases under new case ids ("2031-0102 Kopi" …), each
/// copy's PDFs, notes and HTML made distinct. Returns the root and the number of files.
fn big_export(parent: &Path, copies: usize) -> (PathBuf, usize) {
    let root = parent.join("export");
    let mut case_folders: Vec<PathBuf> = fs::read_dir(demo())
        .expect("demo")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .collect();
    case_folders.sort();
    let mut files = 0;
    for copy in 1..=copies {
        for (i, src) in case_folders.iter().enumerate() {
            let id = format!("2031-{copy:02}{:02} Kopi", i + 1);
            files += copy_dir(src, &root.join(&id), &format!("{copy}-{i}"));
        }
    }
    (root, files)
}

/// Waits until `cond` holds, panicking after `secs`.
fn wait_until(what: &str, secs: u64, child: &mut Child, mut cond: impl FnMut() -> bool) {
    let t = Instant::now();
    while !cond() {
        if let Ok(Some(st)) = child.try_wait() {
            panic!("the scan ended ({st}) before {what}");
        }
        assert!(
            t.elapsed() < Duration::from_secs(secs),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn temp_leftovers(out: &Path) -> Vec<String> {
    fs::read_dir(out)
        .expect("out")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".tmp") || n.ends_with(".tmp"))
        .collect()
}

#[test]
fn a_killed_scan_resumes_from_the_cache_and_gives_the_same_output() {
    let t = tempfile::tempdir().expect("tempdir");
    let (root, files) = big_export(t.path(), 3);
    assert!(files >= 150, "{files} files");
    let (a, b) = (t.path().join("A"), t.path().join("B"));
    let (cache_a, cache_b) = (t.path().join("cache-A"), t.path().join("cache-B"));
    let cache_a_s = cache_a.to_str().expect("utf8").to_string();
    let args_a = [
        "--cache", &cache_a_s, "-j", "1", "--format", "none", "--quiet",
    ];

    // A cold scan, killed with SIGKILL once part of the export is in the cache.
    let mut child = scan_cmd(&root, &a, &args_a)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    wait_until("the cache held 40 entries", 60, &mut child, || {
        cache_entries(&cache_a).is_some_and(|n| n >= 40)
    });
    child.kill().expect("SIGKILL");
    child.wait().expect("wait");
    let at_kill = cache_entries(&cache_a).expect("entries after the kill");
    assert!(
        !a.join("cases.jsonl").exists(),
        "a killed run left a cases.jsonl"
    );
    // Its half-written temporary cases file is left behind, for the restart to remove.
    let leftovers = temp_leftovers(&a);
    assert!(!leftovers.is_empty(), "no temporary file after SIGKILL");

    // The same command again, to completion.
    scan(&root, &a, &args_a);
    let (hits, misses) = cache_counts(&a);
    let at_end = cache_entries(&cache_a).expect("entries");
    assert!(temp_leftovers(&a).is_empty(), "{:?}", temp_leftovers(&a));

    // An uninterrupted cold scan with its own cache.
    let cache_b_s = cache_b.to_str().expect("utf8").to_string();
    scan(
        &root,
        &b,
        &[
            "--cache", &cache_b_s, "-j", "1", "--format", "none", "--quiet",
        ],
    );
    let (_, cold_misses) = cache_counts(&b);
    assert!(
        read(&a.join("cases.jsonl")) == read(&b.join("cases.jsonl")),
        "the resumed run's cases.jsonl differs from an uninterrupted run's"
    );
    assert_eq!(
        without_timings(json(&a.join("summary.json"))),
        without_timings(json(&b.join("summary.json")))
    );

    eprintln!(
        "resume: {files} files, {cold_misses} extractions in a cold run; {at_kill} committed \
         before SIGKILL; the restart extracted {misses} and took {hits} from the cache"
    );
    assert!(
        at_kill < at_end,
        "the kill came after the last extraction ({at_kill} of {at_end})"
    );
    // Every extraction the killed run committed is a hit: the restart extracts only what was
    // missing (the document in flight when it died among them), nothing twice.
    assert_eq!(
        misses,
        at_end - at_kill,
        "extractions redone after the kill"
    );
    assert_eq!(at_end, cache_entries(&cache_b).expect("entries B"));
    assert_eq!(misses + at_kill, cold_misses);
    assert!(hits >= at_kill, "{hits} hits, {at_kill} committed");
}

/// Replaces `from` by `to` in a file's bytes (the notes are Latin-1).
fn edit(p: &Path, from: &[u8], to: &[u8]) {
    let bytes = read(p);
    let at = bytes
        .windows(from.len())
        .position(|w| w == from)
        .unwrap_or_else(|| panic!("{}: text to edit not found", p.display()));
    let mut out = bytes[..at].to_vec();
    out.extend_from_slice(to);
    out.extend_from_slice(&bytes[at + from.len()..]);
    fs::write(p, out).expect("write");
}

/// (case, rule, trigger) → gap, of the cases present in both scans.
fn gaps_by_key(cs: &[Value], keep: &[&str]) -> std::collections::BTreeMap<String, Value> {
    cs.iter()
        .filter(|c| keep.contains(&c["case_id"].as_str().expect("id")))
        .flat_map(|c| {
            c["gaps"].as_array().expect("gaps").iter().map(move |g| {
                (
                    format!("{}|{}|{}", c["case_id"], g["rule"], g["trigger"]),
                    g.clone(),
                )
            })
        })
        .collect()
}

#[test]
fn changes_json_lists_exactly_what_changed_since_the_baseline() {
    let t = tempfile::tempdir().expect("tempdir");
    let root = t.path().join("export");
    copy_dir(&demo(), &root, "base");
    let cache = t.path().join("cache");
    let cache_s = cache.to_str().expect("utf8").to_string();
    let common = ["--cache", &cache_s, "--format", "none", "--quiet"];
    let (old, new) = (t.path().join("OLD"), t.path().join("NEW"));
    scan(&root, &old, &common);

    // Three documents changed, one case gone, one new.
    let olsen = root.join("2025-0310 Olsen, Noah");
    edit(
        &olsen.join("2025-09-02 Vurdering af underretning.txt"),
        b"Vurderet den 2. september 2025",
        b"Vurderet den 5. september 2025",
    );
    fs::copy(
        root.join("Sag 2012-0815/Børnesamtale.pdf"),
        olsen.join("2025-09-29 Samtale med barnet.pdf"),
    )
    .expect("copy");
    edit(
        &olsen.join("2025-12-15 Opfølgning.html"),
        "Mødedato: 15.12.2025".as_bytes(),
        "Mødedato: 19.12.2025".as_bytes(),
    );
    copy_dir(
        &root.join("Sag 2012-0815"),
        &root.join("2026-0900 Berg, Ida"),
        "ny",
    );
    fs::remove_dir_all(root.join("Sag 2012-0815")).expect("rm");

    let mut args = common.to_vec();
    let old_s = old.to_str().expect("utf8").to_string();
    args.extend(["--baseline", &old_s]);
    let o = scan(&root, &new, &args);
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let ch = json(&new.join("changes.json"));

    let ids = |k: &str, field: &str| -> Vec<String> {
        ch[k]
            .as_array()
            .unwrap_or_else(|| panic!("{k}"))
            .iter()
            .map(|x| x[field].as_str().expect("string").to_string())
            .collect()
    };
    assert_eq!(ids("new_cases", "case_id"), ["2026-0900 Berg, Ida"]);
    assert_eq!(ids("vanished_cases", "case_id"), ["Sag 2012-0815"]);
    assert_eq!(
        ids("documents_changed", "id"),
        [
            "2025-09-02 Vurdering af underretning.txt",
            "2025-09-29 Samtale med barnet.pdf",
            "2025-12-15 Opfølgning.html",
        ]
    );
    assert!(ch["documents_changed"]
        .as_array()
        .expect("changed")
        .iter()
        .all(|d| d["case_id"] == "2025-0310 Olsen, Noah"));
    assert_eq!(ch["documents_added"], Value::Array(vec![]));
    assert_eq!(ch["documents_removed"], Value::Array(vec![]));
    // The new case brings its own gaps, as the new scan found them.
    let new_cases = cases(&new);
    let berg = new_cases
        .iter()
        .find(|c| c["case_id"] == "2026-0900 Berg, Ida")
        .expect("new case scanned");
    assert_eq!(
        ch["new_cases"][0]["gaps"].as_array().expect("gaps").len(),
        berg["gaps"].as_array().expect("gaps").len()
    );
    assert_eq!(
        ch["new_cases"][0]["documents"],
        berg["documents"].as_array().expect("docs").len()
    );

    // Gap changes: exactly the differences between the two cases.jsonl in the common cases.
    let both = [
        "2015-0042 Jensen, Mathias",
        "2019-0042 XXXXXX-XXXX",
        "2024-0117 Hansen, Freja",
        "2025-0310 Olsen, Noah",
    ];
    let (g_old, g_new) = (
        gaps_by_key(&cases(&old), &both),
        gaps_by_key(&new_cases, &both),
    );
    let added: Vec<&String> = g_new.keys().filter(|k| !g_old.contains_key(*k)).collect();
    let resolved: Vec<&String> = g_old.keys().filter(|k| !g_new.contains_key(*k)).collect();
    let changed: Vec<&String> = g_old
        .iter()
        .filter(|(k, g)| {
            g_new.get(*k).is_some_and(|n| {
                n["due"] != g["due"] || n["found"] != g["found"] || n["severity"] != g["severity"]
            })
        })
        .map(|(k, _)| k)
        .collect();
    let key = |g: &Value| format!("{}|{}|{}", g["case_id"], g["rule"], g["trigger"]);
    let listed =
        |k: &str| -> Vec<String> { ch[k].as_array().expect("list").iter().map(key).collect() };
    assert_eq!(
        listed("new_gaps"),
        added.into_iter().cloned().collect::<Vec<_>>()
    );
    assert_eq!(
        listed("resolved_gaps"),
        resolved.into_iter().cloned().collect::<Vec<_>>()
    );
    assert_eq!(
        listed("changed_gaps"),
        changed.into_iter().cloned().collect::<Vec<_>>()
    );
    let counts = &ch["counts"];
    assert_eq!(counts["documents_changed"], 3);
    assert_eq!(counts["new_cases"], 1);
    assert_eq!(counts["vanished_cases"], 1);
    assert_eq!(counts["cases_unchanged"], 3);
    assert_eq!(counts["cases_old"], 5);
    assert_eq!(counts["cases_new"], 5);
    eprintln!("changes: {counts}");

    // `casegap diff OLD NEW --out X` writes the same file.
    let x = t.path().join("X");
    let o = bin()
        .arg("diff")
        .arg(&old)
        .arg(&new)
        .arg("--out")
        .arg(&x)
        .output()
        .expect("diff runs");
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    assert!(read(&x.join("changes.json")) == read(&new.join("changes.json")));
}

#[test]
fn four_shards_merged_equal_the_unsharded_scan() {
    let t = tempfile::tempdir().expect("tempdir");
    let (root, _) = big_export(t.path(), 1);
    let cache = t.path().join("cache");
    let cache_s = cache.to_str().expect("utf8").to_string();
    let u = t.path().join("U");
    scan(&root, &u, &["--cache", &cache_s, "--quiet"]);
    let mut shards = Vec::new();
    for k in 1..=4 {
        let s = t.path().join(format!("S{k}"));
        let spec = format!("{k}/4");
        scan(
            &root,
            &s,
            &[
                "--cache", &cache_s, "--shard", &spec, "--format", "none", "--quiet",
            ],
        );
        assert_eq!(json(&s.join("summary.json"))["shard"], spec.as_str());
        shards.push(s);
    }
    let sizes: Vec<usize> = shards.iter().map(|s| cases(s).len()).collect();
    assert_eq!(sizes.iter().sum::<usize>(), cases(&u).len(), "{sizes:?}");
    let m = t.path().join("M");
    let o = bin()
        .arg("merge")
        .args(&shards)
        .arg("--out")
        .arg(&m)
        .output()
        .expect("merge runs");
    assert!(
        matches!(o.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    for f in ["cases.jsonl", "gaps.csv", "cases.csv", "report.html"] {
        assert!(
            read(&u.join(f)) == read(&m.join(f)),
            "{f} of the merge differs from the unsharded scan's (shards {sizes:?})"
        );
    }
    assert_eq!(
        without_timings(json(&u.join("summary.json"))),
        without_timings(json(&m.join("summary.json")))
    );
    assert_xlsx_equal(&u.join("report.xlsx"), &m.join("report.xlsx"));
    // The workbook's creation time is the as-of date, so the bytes agree too.
    assert!(
        read(&u.join("report.xlsx")) == read(&m.join("report.xlsx")),
        "report.xlsx bytes differ"
    );
}

/// Compares two workbooks cell by cell (the files may differ in their creation time).
fn assert_xlsx_equal(a: &Path, b: &Path) {
    use calamine::{open_workbook, Reader, Xlsx};
    if read(a) == read(b) {
        return;
    }
    let mut wa: Xlsx<_> = open_workbook(a).expect("xlsx");
    let mut wb: Xlsx<_> = open_workbook(b).expect("xlsx");
    assert_eq!(wa.sheet_names(), wb.sheet_names());
    for name in wa.sheet_names() {
        let ra = wa.worksheet_range(&name).expect("sheet");
        let rb = wb.worksheet_range(&name).expect("sheet");
        assert_eq!(ra, rb, "sheet {name} differs");
    }
}

#[test]
fn output_does_not_depend_on_jobs_or_cache_state() {
    let t = tempfile::tempdir().expect("tempdir");
    let (root, _) = big_export(t.path(), 2);
    let cache = t.path().join("cache");
    let cache_s = cache.to_str().expect("utf8").to_string();
    let formats = ["--format", "html,csv", "--quiet"];
    let one = t.path().join("j1");
    scan(
        &root,
        &one,
        &[&["-j", "1", "--no-cache"][..], &formats].concat(),
    );
    let mut outs = Vec::new();
    for run in ["cold", "warm"] {
        let o = t.path().join(run);
        scan(
            &root,
            &o,
            &[&["-j", "3", "--cache", &cache_s][..], &formats].concat(),
        );
        outs.push(o);
    }
    let (hits, misses) = cache_counts(&outs[1]);
    assert_eq!(misses, 0, "the warm run extracted {misses} files");
    assert!(hits > 0);
    for o in &outs {
        for f in ["cases.jsonl", "report.html", "gaps.csv"] {
            assert!(
                read(&one.join(f)) == read(&o.join(f)),
                "{f}: -j 1 without cache and -j 3 {} differ",
                o.display()
            );
        }
    }
}

#[test]
fn a_second_scan_on_a_locked_output_folder_refuses() {
    let t = tempfile::tempdir().expect("tempdir");
    let (root, _) = big_export(t.path(), 3);
    let out = t.path().join("out");
    let lock = out.join(casegap::lock::FILE_NAME);
    let mut first = scan_cmd(
        &root,
        &out,
        &["--no-cache", "-j", "1", "--format", "none", "-q"],
    )
    .stdout(Stdio::null())
    .stderr(Stdio::null())
    .spawn()
    .expect("spawn");
    // The holder's note is written once the lock is held.
    wait_until("the lock was taken", 30, &mut first, || {
        fs::read_to_string(&lock).is_ok_and(|s| s.starts_with("pid "))
    });
    let second = scan_cmd(&root, &out, &["--no-cache", "--format", "none"])
        .output()
        .expect("runs");
    let still_running = first.try_wait().expect("try_wait").is_none();
    let status = first.wait().expect("wait");
    assert!(
        still_running,
        "the first scan ended before the second tried"
    );
    assert_eq!(second.status.code(), Some(2), "{second:?}");
    let err = String::from_utf8_lossy(&second.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("another casegap run"), "{err}");
    assert!(matches!(status.code(), Some(0 | 1)), "first: {status}");
    assert!(cases(&out).len() == 15);
}

/// `2026-06-30T21:30:29+00:00 casegap info: …`
fn timestamped(line: &str) -> bool {
    let b = line.as_bytes();
    line.len() > 26
        && b[4] == b'-'
        && b[10] == b'T'
        && b[..4].iter().all(u8::is_ascii_digit)
        && chrono::DateTime::parse_from_rfc3339(&line[..25]).is_ok()
        && line[25..].starts_with(" casegap ")
}

#[test]
fn unattended_runs_write_timestamped_log_lines_without_cpr_numbers() {
    let t = tempfile::tempdir().expect("tempdir");
    let log = t.path().join("run.log");
    let log_s = log.to_str().expect("utf8").to_string();
    // stderr is a pipe here, not a terminal: text lines on stderr, and the same in the file.
    let o = scan(
        &demo(),
        &t.path().join("text"),
        &["--no-cache", "--format", "none", "--log", &log_s],
    );
    let err = String::from_utf8(o.stderr).expect("utf8");
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines.len() >= 2, "{err}");
    assert!(lines.iter().all(|l| timestamped(l)), "{err}");
    let last = lines.last().expect("line");
    assert!(
        last.contains("casegap info: 5 cases, 64 documents, 2 unreadable, 4 cases with gaps;")
            && last.contains("output in"),
        "{last}"
    );
    // The demo holds a case folder named with a CPR number.
    assert!(!casegap::cpr::contains(&err), "{err}");
    assert_eq!(fs::read_to_string(&log).expect("log file"), err);

    // --log-format json, --quiet: nothing on stderr, JSON objects in the file.
    fs::remove_file(&log).expect("rm");
    let o = scan(
        &demo(),
        &t.path().join("json"),
        &[
            "--no-cache",
            "--format",
            "none",
            "-q",
            "--log",
            &log_s,
            "--log-format",
            "json",
        ],
    );
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = fs::read_to_string(&log).expect("log file");
    let objs: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect();
    assert!(objs.len() >= 2, "{text}");
    for v in &objs {
        assert!(
            chrono::DateTime::parse_from_rfc3339(v["time"].as_str().expect("time")).is_ok(),
            "{v}"
        );
        assert!(v["level"] == "info" || v["level"] == "warning", "{v}");
    }
    assert!(
        objs.last().expect("line")["msg"]
            .as_str()
            .expect("msg")
            .starts_with("5 cases, 64 documents, 2 unreadable, 4 cases with gaps;"),
        "{text}"
    );
    assert!(!casegap::cpr::contains(&text), "{text}");
}

/// Starts a scan of a larger export, sends `signal` once extraction is under way (to the
/// scan alone, or to its whole process group as Ctrl-C on a terminal does, workers included),
/// and checks exit 130 with nothing written. Returns (root, out, cache args) for a rerun.
fn interrupt(t: &Path, signal: libc::c_int, group: bool) -> (PathBuf, PathBuf, Vec<String>) {
    use std::os::unix::process::CommandExt;
    let (root, _) = big_export(t, 3);
    let out = t.join("out");
    let cache = t.join("cache");
    let args: Vec<String> = ["--cache", cache.to_str().expect("utf8"), "-j", "2"]
        .iter()
        .chain(&["--format", "none", "-q"])
        .map(|s| s.to_string())
        .collect();
    let mut cmd = scan_cmd(
        &root,
        &out,
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    if group {
        cmd.process_group(0);
    }
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    // Entries in the cache: the handler is installed and extraction is under way.
    wait_until("the scan was extracting", 30, &mut child, || {
        cache_entries(&cache).is_some_and(|n| n >= 5)
    });
    let pid = child.id() as libc::pid_t;
    // SAFETY: signalling our own child (and the group it leads).
    assert_eq!(
        unsafe { libc::kill(if group { -pid } else { pid }, signal) },
        0
    );
    let o = child.wait_with_output().expect("wait");
    assert_eq!(
        o.status.code(),
        Some(130),
        "{} {}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!out.join("cases.jsonl").exists(), "cases.jsonl was written");
    assert!(
        !out.join("summary.json").exists(),
        "summary.json was written"
    );
    assert!(
        temp_leftovers(&out).is_empty(),
        "{:?}",
        temp_leftovers(&out)
    );
    (root, out, args)
}

#[test]
fn sigterm_stops_a_scan_with_130_and_no_cases_file() {
    let t = tempfile::tempdir().expect("tempdir");
    interrupt(t.path(), libc::SIGTERM, false);
}

#[test]
fn ctrl_c_on_the_process_group_stops_cleanly_and_caches_no_failures() {
    let t = tempfile::tempdir().expect("tempdir");
    let (root, out, args) = interrupt(t.path(), libc::SIGINT, true);
    // The workers died with the scan; their deaths must not be remembered as unreadable files.
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    scan(&root, &out, &args);
    let (hits, _) = cache_counts(&out);
    assert!(hits >= 5, "{hits} hits");
    let crashed: Vec<Value> = cases(&out)
        .iter()
        .flat_map(|c| c["unreadable"].as_array().expect("unreadable").clone())
        .filter(|u| u["reason"] == "error" || u["reason"] == "timeout")
        .collect();
    assert!(crashed.is_empty(), "{crashed:?}");
    let reference = t.path().join("reference");
    scan(&root, &reference, &["--no-cache", "--format", "none", "-q"]);
    assert!(read(&out.join("cases.jsonl")) == read(&reference.join("cases.jsonl")));
}
