//! The `casegap` binary: parses the command line, validates it, and runs one command.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process;

use clap::Parser;

use casegap::cli::{parse_date, Cli, Command, ExitCode, ExtractArgs, ScanArgs};
use casegap::detect::{Detector, Unit};
use casegap::overrides::Overrides;
use casegap::patterns::Catalogue;
use casegap::pipeline::{self, ScanConfig};
use casegap::report;
use casegap::rules::RuleCatalogue;
use casegap::worker::{self, WorkerConfig};
use casegap::{cpr, extract};

fn main() {
    // A panic message may quote document text: one line, CPR numbers masked, no backtrace.
    // (Workers install their own silent hook; the parent reports what a worker died of.)
    std::panic::set_hook(Box::new(|info| {
        let payload = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let at = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let one_line: String = payload.split_whitespace().collect::<Vec<_>>().join(" ");
        eprintln!(
            "casegap: internal error at {at}: {}; please report it",
            cpr::mask(&one_line)
        );
    }));
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            // --help and --version are not errors.
            let code = if e.use_stderr() {
                ExitCode::Fatal as i32
            } else {
                0
            };
            let _ = e.print();
            process::exit(code);
        }
    };
    let code = match cli.command {
        Command::Worker { memory_mib } => process::exit(worker::worker_main(memory_mib)),
        Command::Scan(args) => run_scan(args),
        Command::Extract(args) => run_extract(args),
        Command::Sample(args) => casegap::sample::run(&args),
        Command::Cache(args) => casegap::cache::run_command(&args),
        Command::Diff(args) => casegap::diff::run(&args),
        Command::Merge(args) => casegap::merge::run(&args),
    };
    process::exit(match code {
        Ok(c) => c as i32,
        Err(msg) => {
            eprintln!("casegap: {}", cpr::mask(&msg));
            ExitCode::Fatal as i32
        }
    });
}

fn load_catalogue(dir: Option<&PathBuf>) -> Result<(Detector, RuleCatalogue), String> {
    let cat = match dir {
        Some(d) => Catalogue::load_dir(d)?,
        None => Catalogue::builtin()?,
    };
    let rules = RuleCatalogue::from_toml_str(&cat.rules_toml)
        .map_err(|e| format!("{}: {e}", cat.rules_file))?;
    Ok((Detector::new(cat)?, rules))
}

fn run_scan(args: ScanArgs) -> Result<ExitCode, String> {
    let as_of = match &args.as_of {
        Some(s) => parse_date(s)?,
        None => chrono::Local::now().date_naive(),
    };
    let jobs = match args.jobs {
        Some(0) => return Err("-j/--jobs must be at least 1".into()),
        Some(n) => n,
        // One more than the CPUs keeps every core busy while a document is handed over
        // between a worker and the thread that detects it.
        None => std::thread::available_parallelism()
            .map(|n| n.get() + 1)
            .unwrap_or(3),
    };
    if args.case_depth == 0 {
        return Err(
            "--case-depth must be at least 1 (1: case folders directly under the root)".into(),
        );
    }
    if args.timeout == 0 {
        return Err("--timeout must be at least 1 second".into());
    }
    let formats = if args.format.trim().eq_ignore_ascii_case("none") {
        Vec::new()
    } else {
        report::Format::parse_list(&args.format)?
    };
    let csv_style = match args.csv_style.trim().to_ascii_lowercase().as_str() {
        "excel" => report::CsvStyle::Excel,
        "rfc4180" | "rfc" | "comma" => report::CsvStyle::Rfc4180,
        other => {
            return Err(format!(
                "--csv-style '{other}' is unknown; use excel or rfc4180"
            ))
        }
    };
    let overrides = args.overrides.as_deref().map(Overrides::load).transpose()?;
    let (detector, rules) = load_catalogue(args.patterns.as_ref())?;
    let exe =
        std::env::current_exe().map_err(|e| format!("cannot find the casegap executable: {e}"))?;
    let mut worker = WorkerConfig::new(exe);
    worker.timeout = std::time::Duration::from_secs(args.timeout);
    worker.memory_limit_mib = args.max_memory;
    worker.max_file_bytes = args.max_file_size.saturating_mul(1024 * 1024);
    worker.options = extract::ExtractOptions {
        ocr: args.ocr,
        ocr_languages: args.ocr_languages.clone(),
    };
    if args.ocr {
        // Checked once, before any work: a missing tesseract or language pack is a setup
        // problem with one fix, not a reason to fail every scanned document.
        casegap::ocr::check_ocr_available(&args.ocr_languages)?;
        if let Some(dir) = &args.cache {
            // Workers inherit the OCR cache location.
            std::env::set_var(casegap::ocr::CACHE_ENV, dir.join("ocr"));
        }
    }
    casegap::discover::check_root(&args.export_root).map_err(|e| e.0)?;
    let interactive = std::io::stderr().is_terminal() && !args.quiet;
    let log_format = casegap::log::LogFormat::parse(&args.log_format)?;
    let log =
        casegap::log::Logger::new(log_format, !interactive && !args.quiet, args.log.as_deref())?;
    let shard = args
        .shard
        .as_deref()
        .map(casegap::merge::parse_shard)
        .transpose()?;
    if let Some(b) = &args.baseline {
        if !b.join("cases.jsonl").is_file() {
            return Err(format!(
                "--baseline '{}' holds no cases.jsonl; give the output folder of an earlier scan",
                b.display()
            ));
        }
        if b.canonicalize().ok().is_some() && b.canonicalize().ok() == args.out.canonicalize().ok()
        {
            return Err(
                "--baseline must be another folder than --out (copy the previous output first)"
                    .into(),
            );
        }
    }
    std::fs::create_dir_all(&args.out).map_err(|e| {
        format!(
            "cannot create the output folder '{}': {e}",
            args.out.display()
        )
    })?;
    // Two runs writing one folder would interleave their files: the second refuses.
    let lock = casegap::lock::OutLock::acquire(&args.out)?;
    lock.remove_stale_temp_files();
    let cache = if args.no_cache {
        None
    } else {
        match casegap::cache::resolve_dir(args.cache.as_deref())
            .and_then(|d| casegap::cache::Cache::open(&d))
        {
            Ok((c, warning)) => {
                if let Some(w) = warning {
                    log.warn(&w);
                    if interactive {
                        eprintln!("casegap: warning: {w}");
                    }
                }
                Some(c)
            }
            Err(e) => {
                log.warn(&format!("continuing without the extraction cache: {e}"));
                None
            }
        }
    };
    log.info(&format!(
        "scan of {} started (as of {as_of}, {jobs} jobs{})",
        args.export_root.display(),
        shard
            .map(|(k, n)| format!(", shard {k}/{n}"))
            .unwrap_or_default()
    ));
    let cfg = ScanConfig {
        root: args.export_root.clone(),
        out: args.out.clone(),
        as_of,
        jobs,
        case_depth: args.case_depth,
        progress: interactive,
        overrides,
        worker,
        batch_cases: 128,
        sample: args.sample.map(|n| (n, args.seed)),
        shard,
        cache,
    };
    pipeline::install_interrupt_handler();
    let totals = match pipeline::scan(&cfg, &detector, &rules) {
        Ok(t) => t,
        Err(e) if pipeline::interrupted() => {
            log.warn("interrupted; finished documents are in the cache, run the same command again to resume");
            eprintln!("casegap: {e}");
            process::exit(130);
        }
        Err(e) => return Err(e),
    };
    if let Some(c) = &cfg.cache {
        for w in c.take_warnings() {
            log.warn(&w);
        }
    }
    let info = report::RunInfo {
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
        as_of,
        catalogue_version: detector.catalogue().version.clone(),
        catalogue_hash: detector.catalogue().hash.clone(),
        generated_at: as_of.to_string(),
    };
    let labels = labels_from(detector.catalogue(), &rules);
    // The reports need every case at once; without reports nothing is read back, so memory
    // stays flat in the size of the caseload.
    let written = if formats.is_empty() {
        Vec::new()
    } else {
        let cases = pipeline::read_cases(&cfg.out.join("cases.jsonl"))?;
        report::write_with(
            &cfg.out,
            &report::exporters(&formats, csv_style),
            &info,
            &cases,
            &labels,
        )?
    };
    let mut changes = String::new();
    if let Some(b) = &args.baseline {
        let ch = casegap::diff::diff_dirs(b, &cfg.out)?;
        casegap::diff::write_changes(&cfg.out, &ch)?;
        changes = format!(
            "; changes since {}: {}",
            b.display(),
            casegap::diff::summary_line(&ch)
        );
    }
    let cached = cfg
        .cache
        .as_ref()
        .map(|c| {
            let (hits, misses) = c.hit_counts();
            format!("; cache: {hits} hits, {misses} extracted")
        })
        .unwrap_or_default();
    let closing = format!(
        "{} cases, {} documents, {} unreadable, {} cases with gaps; {:.1} s{}; output in {}{}",
        totals.cases,
        totals.documents,
        totals.unreadable,
        totals.cases_with_gaps,
        totals.seconds,
        cached,
        cfg.out.display(),
        changes
    );
    log.info(&closing);
    if interactive {
        let cases = pipeline::read_cases(&cfg.out.join("cases.jsonl"))?;
        eprint!(
            "{}",
            report::terminal::summary_table(&cases, &labels, &written)
        );
        eprintln!("casegap: {}", cpr::mask(&closing));
    }
    drop(lock);
    Ok(if totals.unreadable > 0 {
        ExitCode::Unreadable
    } else {
        ExitCode::Ok
    })
}

fn run_extract(args: ExtractArgs) -> Result<ExitCode, String> {
    // `casegap extract FILE | head` must end quietly like any Unix filter. (Only here: a scan
    // must survive a worker that dies while it writes to its pipe.)
    // SAFETY: resetting a signal disposition to its default.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    if !args.file.is_file() {
        return Err(format!("'{}' is not a readable file", args.file.display()));
    }
    // The file is read in a worker process, as in a scan: a hostile file cannot crash this one.
    let exe =
        std::env::current_exe().map_err(|e| format!("cannot find the casegap executable: {e}"))?;
    let mut cfg = WorkerConfig::new(exe);
    cfg.options = extract::ExtractOptions {
        ocr: args.ocr,
        ocr_languages: args.ocr_languages.clone(),
    };
    let ex = worker::Pool::new(cfg).extract(&args.file);
    let name = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    println!("file: {}", cpr::mask(&name));
    println!("extractor: {}", ex.extractor);
    if let Some(e) = &ex.encoding {
        println!("encoding: {e}");
    }
    if let Some(p) = &ex.producer {
        println!("producer: {}", cpr::mask(p));
    }
    match &ex.failure {
        Some(f) => println!("status: {} ({})", f.reason.id(), cpr::mask(&f.detail)),
        None => println!(
            "status: ok, {} page(s), {} without text",
            ex.pages.len(),
            ex.pages_without_text
        ),
    }
    for (i, p) in ex.pages.iter().enumerate() {
        println!("--- page {} ---", i + 1);
        println!("{}", cpr::mask(p));
    }
    if ex.failure.is_none() && !args.text_only {
        let (detector, _) = load_catalogue(None)?;
        let is_text = name.to_ascii_lowercase().ends_with(".txt");
        let full = ex.full_text();
        let entries = if is_text {
            casegap::journal::split_entries(&full)
        } else {
            Vec::new()
        };
        let preamble = casegap::journal::preamble(&full, &entries);
        println!("--- detection ---");
        if entries.is_empty() {
            let d = detector.detect(&Unit {
                file_name: &name,
                pages: &ex.pages,
                journal_entry: false,
                text_note: is_text,
                context: "",
            });
            print_detection(&name, &d);
        } else {
            for e in &entries {
                let pages = vec![e.text.clone()];
                let d = detector.detect(&Unit {
                    file_name: &name,
                    pages: &pages,
                    journal_entry: true,
                    text_note: true,
                    context: &preamble,
                });
                print_detection(&format!("{}#{}", name, e.n), &d);
            }
        }
    }
    Ok(if ex.failure.is_some() {
        ExitCode::Unreadable
    } else {
        ExitCode::Ok
    })
}

fn print_detection(id: &str, d: &casegap::detect::Detection) {
    let attrs = serde_json::to_string(&d.attributes).unwrap_or_default();
    println!(
        "{}: type {} date {} time {} attributes {}",
        cpr::mask(id),
        d.doc_type.id(),
        d.date
            .map(|x| x.to_string())
            .unwrap_or_else(|| "none".into()),
        d.time.as_deref().unwrap_or("none"),
        attrs
    );
    if let Some(ev) = &d.evidence {
        println!("  evidence p.{}: {}", ev.page, ev.snippet);
    }
}

/// Danish labels for the reports, from the catalogues (built-in labels where they are silent).
fn labels_from(cat: &Catalogue, rules: &RuleCatalogue) -> report::Labels {
    let mut labels = report::Labels::builtin();
    for (id, def) in &rules.rules {
        labels.rules.insert(id.clone(), def.label.clone());
    }
    for t in &cat.types {
        labels
            .doc_types
            .insert(t.doc_type.id().to_string(), t.label.clone());
    }
    labels
}
