//! Verification harness for `src/rules.rs`: evaluates every case of an evaluation `truth.json`
//! (spec/contract.md, "Evaluation format") on its true documents and compares the result with
//! the truth's gaps and upcoming deadlines.
//!
//! A *mismatch* is a gap or upcoming deadline present on one side only, or present on both with
//! different fields (severity, regime, legal basis, due, found). The documents used are those
//! the truth computed its gaps from: every document not listed in the case's `unreadable`.
//!
//! With `--overrides FILE` the documents are instead built by applying an overrides file (for
//! example from `scripts/truth_to_overrides.py`) to an empty case, which checks that round trip.
//!
//! usage: cargo run --example rules_check -- TRUTH_JSON [--overrides FILE] [--verbose]

use std::collections::BTreeMap;
use std::process::ExitCode;

use casegap::model::{Attributes, DocType, Document};
use casegap::overrides::Overrides;
use casegap::rules::{evaluate, RuleCatalogue};
use chrono::NaiveDate;
use serde_json::Value;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let overrides_path = args
        .iter()
        .position(|a| a == "--overrides")
        .and_then(|i| args.get(i + 1));
    let Some(path) = args
        .iter()
        .find(|a| !a.starts_with("--") && Some(*a) != overrides_path)
    else {
        eprintln!("usage: rules_check TRUTH_JSON [--overrides FILE] [--verbose]");
        return ExitCode::from(2);
    };
    let verbose = args.iter().any(|a| a == "--verbose");
    let overrides = match overrides_path.map(|p| Overrides::load(std::path::Path::new(p))) {
        None => None,
        Some(Ok(o)) => Some(o),
        Some(Err(e)) => {
            eprintln!("rules_check: {e}");
            return ExitCode::from(2);
        }
    };
    match run(path, overrides.as_ref(), verbose) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(e) => {
            eprintln!("rules_check: {e}");
            ExitCode::from(2)
        }
    }
}

fn date(v: &Value) -> Option<NaiveDate> {
    v.as_str()
        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
}

fn s(v: &Value) -> String {
    match v {
        Value::Null => "null".to_string(),
        Value::String(x) => x.clone(),
        other => other.to_string(),
    }
}

/// Builds the rule documents of one truth case.
fn documents(case: &Value) -> Result<Vec<Document>, String> {
    let unreadable: Vec<&str> = case["unreadable"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut docs = Vec::new();
    for d in case["documents"].as_array().into_iter().flatten() {
        let id = d["id"].as_str().ok_or("document without id")?;
        if unreadable.contains(&id) {
            continue;
        }
        let t = d["type"].as_str().unwrap_or("other");
        let doc_type = DocType::from_id(t).ok_or_else(|| format!("unknown type {t}"))?;
        let attributes: Attributes = serde_json::from_value(d["attributes"].clone())
            .or_else(|_| serde_json::from_value(Value::Object(Default::default())))
            .map_err(|e| e.to_string())?;
        docs.push(Document {
            id: id.to_string(),
            doc_type,
            date: date(&d["date"]),
            time: d["time"].as_str().map(str::to_string),
            pages: 0,
            attributes,
            evidence: None,
            extractor: None,
            encoding: None,
            overridden: false,
        });
    }
    Ok(docs)
}

type Key = (String, String, String);

fn run(path: &str, overrides: Option<&Overrides>, verbose: bool) -> Result<usize, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let truth: Value = serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
    let as_of = date(&truth["as_of"]).ok_or("truth has no as_of")?;
    let cat = RuleCatalogue::builtin();
    let cases = truth["cases"].as_array().ok_or("truth has no cases")?;
    let (mut mismatches, mut gaps_total, mut up_total) = (0usize, 0usize, 0usize);
    let mut per_rule: BTreeMap<String, usize> = BTreeMap::new();
    let mut cases_with: BTreeMap<String, usize> = BTreeMap::new();
    let mut unchecked = 0usize;
    for case in cases {
        let cid = s(&case["case_id"]);
        let docs = match overrides {
            Some(o) => {
                let mut docs = Vec::new();
                o.apply(&cid, &mut docs);
                docs
            }
            None => documents(case).map_err(|e| format!("case {cid}: {e}"))?,
        };
        let ev = evaluate(&docs, as_of, &cat);
        let rules_hit: std::collections::BTreeSet<&str> =
            ev.gaps.iter().map(|g| g.rule.as_str()).collect();
        for rule in rules_hit {
            *cases_with.entry(rule.to_string()).or_default() += 1;
        }
        if case.get("gaps").is_none() {
            // A truth generated without the reference rules lists documents only.
            unchecked += 1;
            continue;
        }
        // Gaps: keyed by (rule, trigger, due) so two gaps of one rule on one trigger stay apart.
        let mut want: BTreeMap<Key, String> = BTreeMap::new();
        for g in case["gaps"].as_array().into_iter().flatten() {
            gaps_total += 1;
            let key = (s(&g["rule"]), s(&g["trigger"]), s(&g["due"]));
            let val = format!(
                "{} {} {} found={}",
                s(&g["severity"]),
                s(&g["regime"]),
                s(&g["legal_basis"]),
                s(&g["found"])
            );
            want.insert(key, val);
        }
        let mut got: BTreeMap<Key, String> = BTreeMap::new();
        let mut messages: BTreeMap<Key, String> = BTreeMap::new();
        for g in &ev.gaps {
            let due = g.due.map_or("null".to_string(), |d| d.to_string());
            let key = (g.rule.clone(), g.trigger.clone(), due);
            let sev = serde_json::to_value(g.severity)
                .map(|v| s(&v))
                .unwrap_or_default();
            let found = g.found.map_or("null".to_string(), |d| d.to_string());
            let val = format!("{sev} {} {} found={found}", g.regime.id(), g.legal_basis);
            if g.message.contains('{') || g.message.is_empty() {
                println!("[{cid}] unfilled message for {}: {:?}", g.rule, g.message);
                mismatches += 1;
            }
            messages.insert(key.clone(), g.message.clone());
            got.insert(key, val);
        }
        mismatches += diff(&cid, "gap", &want, &got, &mut per_rule);
        let mut want_up: BTreeMap<Key, String> = BTreeMap::new();
        for u in case["upcoming"].as_array().into_iter().flatten() {
            up_total += 1;
            let key = (s(&u["rule"]), s(&u["trigger"]), s(&u["due"]));
            want_up.insert(key, s(&u["regime"]));
        }
        let got_up: BTreeMap<Key, String> = ev
            .upcoming
            .iter()
            .map(|u| {
                (
                    (u.rule.clone(), u.trigger.clone(), u.due.to_string()),
                    u.regime.id().to_string(),
                )
            })
            .collect();
        mismatches += diff(&cid, "upcoming", &want_up, &got_up, &mut per_rule);
        if verbose {
            for (k, m) in &messages {
                println!("  [{cid}] {}: {m}", k.0);
            }
        }
    }
    println!(
        "{} cases, {gaps_total} truth gaps, {up_total} truth upcoming: {mismatches} mismatches",
        cases.len()
    );
    for (rule, n) in &per_rule {
        println!("  {rule}: {n}");
    }
    if unchecked > 0 {
        println!(
            "{unchecked} cases have no gaps in the truth (generated without reference rules): \
             not compared"
        );
    }
    println!("cases with a gap, per rule (this evaluation):");
    for (rule, n) in &cases_with {
        println!(
            "  {rule}: {n} ({:.0} %)",
            100.0 * *n as f64 / cases.len().max(1) as f64
        );
    }
    Ok(mismatches)
}

fn diff(
    cid: &str,
    what: &str,
    want: &BTreeMap<Key, String>,
    got: &BTreeMap<Key, String>,
    per_rule: &mut BTreeMap<String, usize>,
) -> usize {
    let mut n = 0;
    for (k, v) in want {
        match got.get(k) {
            None => println!("[{cid}] missing {what} {} {} due={} ({v})", k.0, k.1, k.2),
            Some(g) if g != v => println!(
                "[{cid}] differs {what} {} {} due={}: want {v}, got {g}",
                k.0, k.1, k.2
            ),
            Some(_) => continue,
        }
        n += 1;
        *per_rule.entry(k.0.clone()).or_default() += 1;
    }
    for (k, v) in got {
        if !want.contains_key(k) {
            println!("[{cid}] extra {what} {} {} due={} ({v})", k.0, k.1, k.2);
            n += 1;
            *per_rule.entry(k.0.clone()).or_default() += 1;
        }
    }
    n
}
