//! Writes every report for an existing `cases.jsonl`: the reports without a scan.
//!
//! Usage: `cargo run --release --example report_from_jsonl -- IN.jsonl OUT_DIR [AS_OF [FORMATS]]`
//! (FORMATS as for `--format`, default all). A *run* here is
//! just the cases read back; the run facts that only a scan knows (catalogue version and hash)
//! are marked as unknown. Useful to size and time the reports on `scripts/gen_cases.py` output.

use casegap::model::CaseReport;
use casegap::report::{self, terminal, Format, Labels, RunInfo};
use std::io::BufRead;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("report_from_jsonl: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (input, out_dir) = match args.as_slice() {
        [i, o] | [i, o, _] | [i, o, _, _] => (Path::new(i), Path::new(o)),
        _ => return Err("usage: report_from_jsonl IN.jsonl OUT_DIR [AS_OF [FORMATS]]".into()),
    };
    let as_of = match args.get(2) {
        Some(s) => chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map_err(|e| format!("bad AS_OF `{s}`: {e}"))?,
        None => chrono::Local::now().date_naive(),
    };
    let formats = match args.get(3) {
        Some(s) => Format::parse_list(s)?,
        None => Format::ALL.to_vec(),
    };
    let t0 = Instant::now();
    let file = std::fs::File::open(input).map_err(|e| format!("{}: {e}", input.display()))?;
    let mut cases = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("{}: {e}", input.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let c: CaseReport = serde_json::from_str(&line)
            .map_err(|e| format!("{} line {}: {e}", input.display(), n + 1))?;
        cases.push(c);
    }
    let read = t0.elapsed();
    std::fs::create_dir_all(out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
    let info = RunInfo {
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
        as_of,
        catalogue_version: "ukendt".into(),
        catalogue_hash: "ukendt".into(),
        generated_at: chrono::Local::now().to_rfc3339(),
    };
    let labels = Labels::builtin();
    let mut paths = Vec::new();
    for f in formats {
        let t = Instant::now();
        paths.extend(report::write_reports(
            out_dir,
            &[f],
            &info,
            &cases,
            &labels,
        )?);
        eprintln!("{:<5} {:>8.2} s", f.id(), t.elapsed().as_secs_f64());
    }
    eprintln!(
        "read  {:>8.2} s ({} cases)",
        read.as_secs_f64(),
        cases.len()
    );
    for p in &paths {
        let size = std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        eprintln!("{:>12} bytes  {}", size, p.display());
    }
    print!("{}", terminal::summary_table(&cases, &labels, &paths));
    Ok(())
}
