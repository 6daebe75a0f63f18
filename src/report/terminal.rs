//! The plain-text summary printed at the end of a run.
//!
//! The *summary table* is the few lines a user sees in the terminal or a cron mail: per rule,
//! how many cases have that gap and what share of all cases that is, the headline share of
//! cases with any gap, and where the reports were written. Plain text only (no colours, no box
//! drawing) so that it reads the same in logs; the rule id leads because it is short and is what
//! users grep for, the Danish label follows for people.

use super::{Labels, Overview};
use crate::model::CaseReport;
use std::fmt::Write;
use std::path::PathBuf;

/// The summary table for `cases`, followed by the report files written.
pub fn summary_table(cases: &[CaseReport], labels: &Labels, out_dir_files: &[PathBuf]) -> String {
    let o = Overview::of(cases);
    // Rules never broken are left out: the table is for what needs attention, and the full list
    // is in every report.
    let rows: Vec<(&str, String, String)> = o
        .rules
        .iter()
        .filter(|r| r.cases > 0)
        .map(|r| (r.rule.as_str(), r.cases.to_string(), o.share(r.cases)))
        .collect();
    let w_rule = rows
        .iter()
        .map(|r| r.0.chars().count())
        .chain(["rule".len(), "any gap".len()])
        .max()
        .unwrap_or(4);
    let any = (
        "any gap",
        o.cases_with_gap.to_string(),
        o.share(o.cases_with_gap),
    );
    let w_n = rows
        .iter()
        .chain(std::iter::once(&any))
        .map(|r| r.1.len())
        .chain(["cases".len()])
        .max()
        .unwrap_or(5);
    let mut s = String::new();
    // Writing to a String cannot fail; the results are ignored for that reason.
    let _ = writeln!(
        s,
        "{} cases, {} documents, {} unreadable, {} incomplete cases",
        o.cases, o.documents, o.unreadable, o.cases_incomplete
    );
    let _ = writeln!(
        s,
        "{:<w_rule$}  {:>w_n$}  {:>7}  label",
        "rule", "cases", "share"
    );
    for (rule, n, share) in &rows {
        let label = labels.rule(rule);
        let _ = writeln!(s, "{rule:<w_rule$}  {n:>w_n$}  {share:>7}  {label}");
    }
    let (rule, n, share) = &any;
    let _ = writeln!(s, "{rule:<w_rule$}  {n:>w_n$}  {share:>7}");
    let _ = writeln!(
        s,
        "Mangler i {} af sagerne ({} med fejl).",
        o.share(o.cases_with_gap),
        o.share(o.cases_with_error)
    );
    if !out_dir_files.is_empty() {
        let _ = writeln!(s, "Reports:");
        for p in out_dir_files {
            let _ = writeln!(s, "  {}", p.display());
        }
    }
    s
}
