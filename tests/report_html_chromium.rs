//! `report.html` in a real browser: scans the demo export with the real binary, opens the report
//! in headless Chromium, and checks what a user would see.
//!
//! The unit tests in `src/report/tests.rs` check the HTML as text; only a browser runs the
//! script that builds the case table and the case details, so only a browser can show that the
//! page works: no script errors, the table rows and counts present, a case's details (timeline,
//! gaps, unreadable files) rendered. Chromium is driven with plain command-line flags
//! (`--dump-dom` for the DOM after the script ran, `--enable-logging=stderr` for the page's
//! console, `--screenshot` for a picture), so the test needs no WebDriver crate.
//!
//! Chromium is optional on a developer machine: without it the test prints why it is skipped and
//! passes. CI sets `CASEGAP_REQUIRE_CHROMIUM=1`, which turns a missing browser into a failure, so
//! the check cannot silently stop running there. `CASEGAP_CHROMIUM` names another browser binary;
//! `CASEGAP_SCREENSHOT` names a path to copy the screenshot to (to refresh the README's picture).

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// How long one browser run may take before the test gives up on it. Chromium opens the demo
/// report in about a second; the margin is for a loaded CI machine.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(60);

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The browser to use: `CASEGAP_CHROMIUM`, else the first of the usual names on `PATH`.
fn find_chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CASEGAP_CHROMIUM") {
        return Some(PathBuf::from(p)).filter(|p| p.is_file());
    }
    let path = std::env::var_os("PATH")?;
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
    .find(|p| p.is_file())
}

/// Runs `cmd` with stdout and stderr in files (a pipe nobody reads could fill up and stall the
/// browser), killing it after [`BROWSER_TIMEOUT`]. Returns the status, stdout and stderr.
fn run_with_timeout(mut cmd: Command, dir: &Path, tag: &str) -> (ExitStatus, String, String) {
    let out_path = dir.join(format!("{tag}.stdout"));
    let err_path = dir.join(format!("{tag}.stderr"));
    let out = File::create(&out_path).expect("create stdout file");
    let err = File::create(&err_path).expect("create stderr file");
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .spawn()
        .expect("start chromium");
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait for chromium") {
            break s;
        }
        if start.elapsed() > BROWSER_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium ({tag}) did not finish within {BROWSER_TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let read =
        |p: &Path| String::from_utf8_lossy(&std::fs::read(p).unwrap_or_default()).into_owned();
    (status, read(&out_path), read(&err_path))
}

/// A headless Chromium command for `url` with a fresh profile under `dir`. The flags keep the
/// browser from reaching out (updates, sync, first-run pages) and make it work in containers
/// (no sandbox, no GPU, no /dev/shm). The virtual time budget lets the page's script finish
/// before the DOM is dumped or the screenshot taken.
fn chromium(browser: &Path, dir: &Path, profile: &str, url: &str, extra: &[&str]) -> Command {
    let mut cmd = Command::new(browser);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--virtual-time-budget=5000",
    ])
    .arg(format!("--user-data-dir={}", dir.join(profile).display()))
    .args(extra)
    .arg(url);
    cmd
}

/// The page's console messages in Chromium's log: lines like
/// `[...:INFO:CONSOLE:12] "Uncaught TypeError: ...", source: file:///.../report.html (12)`.
/// The report logs nothing itself, so every such line is a fault.
fn console_lines(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.contains(":CONSOLE") || l.contains("Uncaught"))
        .collect()
}

/// Loads `url`, asserts a clean console and a finished render, and returns the DOM.
fn dump_dom(browser: &Path, dir: &Path, tag: &str, url: &str) -> String {
    let cmd = chromium(
        browser,
        dir,
        &format!("profile-{tag}"),
        url,
        &["--enable-logging=stderr", "--v=0", "--dump-dom"],
    );
    let (status, dom, stderr) = run_with_timeout(cmd, dir, tag);
    assert!(
        status.success(),
        "chromium --dump-dom failed ({status}):\n{stderr}"
    );
    let console = console_lines(&stderr);
    assert!(
        console.is_empty(),
        "the page wrote to the console ({tag}):\n{}",
        console.join("\n")
    );
    // The script sets this attribute as its last step, so it also proves the script ran to
    // the end.
    assert!(
        dom.contains("data-render-ms=\""),
        "the page's script did not finish rendering ({tag})"
    );
    dom
}

/// `s` as it appears in HTML text (the page escapes these five).
fn html_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// `s` percent-encoded for a URL fragment: everything but unreserved ASCII.
fn fragment(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[test]
fn report_html_renders_in_chromium() {
    let started = Instant::now();
    let Some(browser) = find_chromium() else {
        if std::env::var("CASEGAP_REQUIRE_CHROMIUM").is_ok_and(|v| v == "1") {
            panic!("CASEGAP_REQUIRE_CHROMIUM=1 but no chromium found (install it: apt-get install -y chromium)");
        }
        println!(
            "SKIPPED report_html_renders_in_chromium: chromium is not installed \
             (apt-get install -y chromium; set CASEGAP_REQUIRE_CHROMIUM=1 to make this a failure)"
        );
        return;
    };

    let tmp = tempfile::tempdir().expect("temp dir");
    let out = tmp.path().join("out");
    let scan = Command::new(env!("CARGO_BIN_EXE_casegap"))
        // Never the user's extraction cache.
        .env("XDG_CACHE_HOME", env!("CARGO_TARGET_TMPDIR"))
        .arg("scan")
        .arg(repo().join("fixtures/demo"))
        .arg("--out")
        .arg(&out)
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
    let report = out.join("report.html");
    assert!(report.is_file(), "no report.html written");

    let truth: serde_json::Value = serde_json::from_slice(
        &std::fs::read(repo().join("fixtures/demo.truth.json")).expect("read demo truth"),
    )
    .expect("parse demo truth");
    let ids: Vec<String> = truth["cases"]
        .as_array()
        .expect("truth cases")
        .iter()
        .map(|c| c["case_id"].as_str().expect("case_id").to_string())
        .collect();
    assert_eq!(ids.len(), 5, "the demo export has five cases");

    let url = format!("file://{}", report.display());

    // The page as it opens: overview, then the case table with every case.
    let dom = dump_dom(&browser, tmp.path(), "overview", &url);
    for heading in [
        "<h1>Mangler i børnesager</h1>",
        "<h2>Oversigt</h2>",
        "<h3>Andel af sagerne med hver mangel</h3>",
        "<h3>Fejl og advarsler efter lov</h3>",
        "<h2>Sager</h2>",
    ] {
        assert!(dom.contains(heading), "missing heading {heading}");
    }
    assert!(dom.contains("<dt>Sager</dt><dd>5</dd>"), "case count fact");
    assert!(dom.contains("<dt>Opgjort pr.</dt><dd>2026-06-30</dd>"));
    // Four of the five demo cases have a gap (the truth's gap lists say the same).
    let with_gaps = truth["cases"]
        .as_array()
        .expect("truth cases")
        .iter()
        .filter(|c| c["gaps"].as_array().is_some_and(|g| !g.is_empty()))
        .count();
    assert_eq!(with_gaps, 4);
    assert!(
        dom.contains("Mangler i <strong>80 %</strong> af sagerne"),
        "headline share"
    );
    assert!(dom.contains("<svg class=\"bars\""), "bar chart");
    assert!(
        dom.contains("<span id=\"count\">5 af 5 sager</span>"),
        "rendered count"
    );
    // Counted with the row number, since the script's own source text (also in the DOM) holds
    // the bare `<tr data-i="` template.
    let rows = regex::Regex::new(r#"<tr data-i="\d+""#).expect("regex");
    assert_eq!(rows.find_iter(&dom).count(), 5, "one table row per case");
    for id in &ids {
        let cell = format!("aria-expanded=\"false\">{}</button>", html_text(id));
        assert!(dom.contains(&cell), "case {id} missing from the table");
    }
    assert!(
        !casegap::cpr::contains(&dom),
        "a CPR number in the rendered page"
    );

    // One case opened through the link form `#sag=ID`: its details render, with the timeline,
    // the gaps with legal basis and evidence, and the unreadable file.
    let case = "2024-0117 Hansen, Freja";
    assert!(ids.iter().any(|i| i == case));
    let dom = dump_dom(
        &browser,
        tmp.path(),
        "case",
        &format!("{url}#sag={}", fragment(case)),
    );
    assert!(dom.contains("<span id=\"count\">1 af 5 sager</span>"));
    assert!(dom.contains(&format!(
        "<div class=\"case\" data-case=\"{}\">",
        html_text(case)
    )));
    assert!(
        dom.contains("<h4>Mangler (3)</h4>"),
        "gap count of the case"
    );
    for rule in [
        "assessment_within_24h",
        "receipt_within_6_workdays",
        "child_conversation_before_decision",
    ] {
        assert!(
            dom.contains(&format!("<tr data-rule=\"{rule}\"")),
            "gap {rule}"
        );
    }
    assert!(dom.contains("barnets lov § 136"), "legal basis");
    assert!(dom.contains("<h4>Ulæselige dokumenter (1)</h4>"));
    assert!(dom.contains("Foto fra samvær.jpg"));
    assert!(dom.contains("<h4>Dokumenter (10)</h4>"));
    assert!(dom.contains("<svg class=\"tl\""), "timeline");
    assert_eq!(
        regex::Regex::new(r#"<circle class="g-[a-z]""#)
            .expect("regex")
            .find_iter(&dom)
            .count(),
        10,
        "a dot per dated document"
    );
    assert!(dom.contains("<q>"), "evidence snippets");

    // Large reports embed their data compressed (deflate-raw + base64, unpacked by the page):
    // the same demo cases written that way must render the same table.
    let packed = tmp.path().join("packed.html");
    let cases = casegap::pipeline::read_cases(&out.join("cases.jsonl")).expect("read cases");
    let info = casegap::report::RunInfo {
        tool_version: "test".into(),
        as_of: chrono::NaiveDate::from_ymd_opt(2026, 6, 30).expect("date"),
        catalogue_version: "test".into(),
        catalogue_hash: "test".into(),
        generated_at: "test".into(),
    };
    let mut html = Vec::new();
    casegap::report::html::write_html_with(
        &mut html,
        &info,
        &cases,
        &casegap::report::Labels::builtin(),
        0,
    )
    .expect("write compressed report");
    let html = String::from_utf8(html).expect("utf-8");
    assert!(html.contains("data-encoding=\"deflate-raw+base64\""));
    assert!(!html.contains(case), "case data is compressed");
    std::fs::write(&packed, html).expect("write packed.html");
    let dom = dump_dom(
        &browser,
        tmp.path(),
        "packed",
        &format!("file://{}", packed.display()),
    );
    assert!(dom.contains("<span id=\"count\">5 af 5 sager</span>"));
    assert_eq!(rows.find_iter(&dom).count(), 5, "one table row per case");
    for id in &ids {
        let cell = format!("aria-expanded=\"false\">{}</button>", html_text(id));
        assert!(
            dom.contains(&cell),
            "case {id} missing from the packed table"
        );
    }

    // The screenshot: proof that the page paints, and the picture for the README.
    let png = tmp.path().join("report.png");
    let cmd = chromium(
        &browser,
        tmp.path(),
        "profile-shot",
        &url,
        &[
            "--hide-scrollbars",
            "--window-size=1280,2000",
            &format!("--screenshot={}", png.display()),
        ],
    );
    let (status, _, stderr) = run_with_timeout(cmd, tmp.path(), "shot");
    assert!(
        status.success(),
        "chromium --screenshot failed ({status}):\n{stderr}"
    );
    let bytes = std::fs::read(&png).expect("screenshot written");
    assert!(
        bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "screenshot is a PNG"
    );
    // A blank 1280×2000 page compresses to a few kB; the report is far busier.
    assert!(
        bytes.len() > 50_000,
        "screenshot looks blank ({} bytes)",
        bytes.len()
    );
    if let Some(dest) = std::env::var_os("CASEGAP_SCREENSHOT") {
        std::fs::copy(&png, &dest).expect("copy screenshot");
    }
    println!(
        "report_html_renders_in_chromium: {} in {:.1} s",
        browser.display(),
        started.elapsed().as_secs_f64()
    );
}
