//! Changes between two scans: what tonight's run found that last night's did not.
//!
//! A *change* is a difference between an old and a new scan output folder, written to
//! `changes.json`: gaps that are new, resolved, or changed (due date, finding or severity), cases
//! that appeared or vanished, and documents added, removed or changed (type, date, time,
//! attributes or pages). A gap is identified by case id + rule + trigger, a document by case id +
//! document id. Documents and gaps are compared only in cases present in both scans; a new
//! case lists its own gaps, so nothing it brings goes unseen, and a vanished case is one entry,
//! not a flood of "resolved" gaps that were never resolved.
//!
//! Both `cases.jsonl` are sorted by case id (the contract), so the comparison streams them side
//! by side: memory holds two cases and the changes found, not the caseloads. Every list is in
//! case-id order and, within a case, by rule and trigger or by document id, so the same two
//! folders always give the same file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;

use crate::cli::{DiffArgs, ExitCode};
use crate::cpr;
use crate::merge::CaseLines;
use crate::model::{Attributes, CaseReport, DocType, Document, Gap, Severity};
use crate::report;

/// The file written.
pub const FILE_NAME: &str = "changes.json";

/// Everything that changed, with counts.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Changes {
    /// The `as_of` of each scan, from its summary.json (absent when it cannot be read).
    pub old_as_of: Option<String>,
    pub new_as_of: Option<String>,
    pub counts: Counts,
    pub new_gaps: Vec<GapEntry>,
    pub resolved_gaps: Vec<GapEntry>,
    pub changed_gaps: Vec<GapChange>,
    pub new_cases: Vec<CaseEntry>,
    pub vanished_cases: Vec<CaseEntry>,
    pub documents_added: Vec<DocEntry>,
    pub documents_removed: Vec<DocEntry>,
    pub documents_changed: Vec<DocChange>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub cases_old: usize,
    pub cases_new: usize,
    pub new_gaps: usize,
    pub resolved_gaps: usize,
    pub changed_gaps: usize,
    pub new_cases: usize,
    pub vanished_cases: usize,
    pub documents_added: usize,
    pub documents_removed: usize,
    pub documents_changed: usize,
    /// Cases in both scans with no change at all.
    pub cases_unchanged: usize,
}

/// A gap as it stands in one scan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GapEntry {
    pub case_id: String,
    pub rule: String,
    pub trigger: String,
    pub severity: Severity,
    pub due: Option<NaiveDate>,
    pub found: Option<NaiveDate>,
    pub message: String,
}

/// The parts of a gap that may change while it stays the same gap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GapState {
    pub severity: Severity,
    pub due: Option<NaiveDate>,
    pub found: Option<NaiveDate>,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GapChange {
    pub case_id: String,
    pub rule: String,
    pub trigger: String,
    /// Which of `severity`, `due`, `found` differ.
    pub changed: Vec<&'static str>,
    pub old: GapState,
    pub new: GapState,
}

/// A case that appeared or vanished, with its size and (for a new case) its gaps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseEntry {
    pub case_id: String,
    pub documents: usize,
    pub gaps: Vec<GapEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocEntry {
    pub case_id: String,
    pub id: String,
    #[serde(rename = "type")]
    pub doc_type: DocType,
    pub date: Option<NaiveDate>,
}

/// The parts of a document that the rules read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocState {
    #[serde(rename = "type")]
    pub doc_type: DocType,
    pub date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    pub pages: u32,
    pub attributes: Attributes,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocChange {
    pub case_id: String,
    pub id: String,
    /// Which of `type`, `date`, `time`, `pages`, `attributes` differ.
    pub changed: Vec<&'static str>,
    pub old: DocState,
    pub new: DocState,
}

/// Compares the scans in two output folders (each holding `cases.jsonl`).
pub fn diff_dirs(old: &Path, new: &Path) -> Result<Changes, String> {
    let mut a = CaseLines::open(old.join("cases.jsonl"))?;
    let mut b = CaseLines::open(new.join("cases.jsonl"))?;
    let mut ch = Changes {
        old_as_of: as_of(old),
        new_as_of: as_of(new),
        ..Changes::default()
    };
    let mut x = a.next_case()?.map(|c| c.0);
    let mut y = b.next_case()?.map(|c| c.0);
    loop {
        match (x.take(), y.take()) {
            (None, None) => break,
            (Some(o), None) => {
                ch.vanished(o);
                x = a.next_case()?.map(|c| c.0);
            }
            (None, Some(n)) => {
                ch.appeared(n);
                y = b.next_case()?.map(|c| c.0);
            }
            (Some(o), Some(n)) => {
                if o.case_id < n.case_id {
                    ch.vanished(o);
                    x = a.next_case()?.map(|c| c.0);
                    y = Some(n);
                } else if n.case_id < o.case_id {
                    ch.appeared(n);
                    y = b.next_case()?.map(|c| c.0);
                    x = Some(o);
                } else {
                    ch.compare(&o, &n);
                    x = a.next_case()?.map(|c| c.0);
                    y = b.next_case()?.map(|c| c.0);
                }
            }
        }
    }
    let c = &mut ch.counts;
    c.new_gaps = ch.new_gaps.len();
    c.resolved_gaps = ch.resolved_gaps.len();
    c.changed_gaps = ch.changed_gaps.len();
    c.new_cases = ch.new_cases.len();
    c.vanished_cases = ch.vanished_cases.len();
    c.documents_added = ch.documents_added.len();
    c.documents_removed = ch.documents_removed.len();
    c.documents_changed = ch.documents_changed.len();
    Ok(ch)
}

impl Changes {
    fn vanished(&mut self, o: CaseReport) {
        self.counts.cases_old += 1;
        self.vanished_cases.push(case_entry(&o));
    }

    fn appeared(&mut self, n: CaseReport) {
        self.counts.cases_new += 1;
        self.new_cases.push(case_entry(&n));
    }

    /// Compares one case present in both scans.
    fn compare(&mut self, o: &CaseReport, n: &CaseReport) {
        self.counts.cases_old += 1;
        self.counts.cases_new += 1;
        let before = self.total();
        let cid = &n.case_id;

        let olds = group(&o.gaps, |g| (g.rule.as_str(), g.trigger.as_str()));
        let news = group(&n.gaps, |g| (g.rule.as_str(), g.trigger.as_str()));
        for (key, og) in &olds {
            let ng = news.get(key).map(Vec::as_slice).unwrap_or(&[]);
            // Two gaps of one rule and trigger (rare) are paired in order of due date.
            for (i, g) in og.iter().enumerate() {
                match ng.get(i) {
                    Some(h) => {
                        let changed: Vec<&'static str> = [
                            ("severity", g.severity != h.severity),
                            ("due", g.due != h.due),
                            ("found", g.found != h.found),
                        ]
                        .iter()
                        .filter(|(_, d)| *d)
                        .map(|(f, _)| *f)
                        .collect();
                        if !changed.is_empty() {
                            self.changed_gaps.push(GapChange {
                                case_id: cid.clone(),
                                rule: g.rule.clone(),
                                trigger: g.trigger.clone(),
                                changed,
                                old: gap_state(g),
                                new: gap_state(h),
                            });
                        }
                    }
                    None => self.resolved_gaps.push(gap_entry(cid, g)),
                }
            }
        }
        for (key, ng) in &news {
            let have = olds.get(key).map_or(0, Vec::len);
            for g in ng.iter().skip(have) {
                self.new_gaps.push(gap_entry(cid, g));
            }
        }

        let od: BTreeMap<&str, &Document> =
            o.documents.iter().map(|d| (d.id.as_str(), d)).collect();
        let nd: BTreeMap<&str, &Document> =
            n.documents.iter().map(|d| (d.id.as_str(), d)).collect();
        for (id, d) in &od {
            match nd.get(id) {
                None => self.documents_removed.push(doc_entry(cid, d)),
                Some(e) => {
                    let (s, t) = (doc_state(d), doc_state(e));
                    let changed: Vec<&'static str> = [
                        ("type", s.doc_type != t.doc_type),
                        ("date", s.date != t.date),
                        ("time", s.time != t.time),
                        ("pages", s.pages != t.pages),
                        ("attributes", s.attributes != t.attributes),
                    ]
                    .iter()
                    .filter(|(_, d)| *d)
                    .map(|(f, _)| *f)
                    .collect();
                    if !changed.is_empty() {
                        self.documents_changed.push(DocChange {
                            case_id: cid.clone(),
                            id: id.to_string(),
                            changed,
                            old: s,
                            new: t,
                        });
                    }
                }
            }
        }
        for (id, d) in &nd {
            if !od.contains_key(id) {
                self.documents_added.push(doc_entry(cid, d));
            }
        }
        if self.total() == before {
            self.counts.cases_unchanged += 1;
        }
    }

    fn total(&self) -> usize {
        self.new_gaps.len()
            + self.resolved_gaps.len()
            + self.changed_gaps.len()
            + self.documents_added.len()
            + self.documents_removed.len()
            + self.documents_changed.len()
    }
}

/// Gaps grouped by identity, in key order, each group by due date then found date.
fn group<'a>(
    gaps: &'a [Gap],
    key: impl Fn(&'a Gap) -> (&'a str, &'a str),
) -> BTreeMap<(&'a str, &'a str), Vec<&'a Gap>> {
    let mut m: BTreeMap<(&str, &str), Vec<&Gap>> = BTreeMap::new();
    for g in gaps {
        m.entry(key(g)).or_default().push(g);
    }
    for v in m.values_mut() {
        v.sort_by_key(|g| (g.due, g.found));
    }
    m
}

fn gap_entry(case_id: &str, g: &Gap) -> GapEntry {
    GapEntry {
        case_id: case_id.to_string(),
        rule: g.rule.clone(),
        trigger: g.trigger.clone(),
        severity: g.severity,
        due: g.due,
        found: g.found,
        message: g.message.clone(),
    }
}

fn gap_state(g: &Gap) -> GapState {
    GapState {
        severity: g.severity,
        due: g.due,
        found: g.found,
        message: g.message.clone(),
    }
}

fn doc_entry(case_id: &str, d: &Document) -> DocEntry {
    DocEntry {
        case_id: case_id.to_string(),
        id: d.id.clone(),
        doc_type: d.doc_type,
        date: d.date,
    }
}

fn doc_state(d: &Document) -> DocState {
    DocState {
        doc_type: d.doc_type,
        date: d.date,
        time: d.time.clone(),
        pages: d.pages,
        attributes: d.attributes.clone(),
    }
}

fn case_entry(c: &CaseReport) -> CaseEntry {
    let mut gaps: Vec<GapEntry> = c.gaps.iter().map(|g| gap_entry(&c.case_id, g)).collect();
    gaps.sort_by(|a, b| (&a.rule, &a.trigger, a.due).cmp(&(&b.rule, &b.trigger, b.due)));
    CaseEntry {
        case_id: c.case_id.clone(),
        documents: c.documents.len(),
        gaps,
    }
}

/// The scan's `as_of`, from its summary.json, if readable.
fn as_of(dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(dir.join("summary.json")).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    v.get("as_of")?.as_str().map(str::to_string)
}

/// Writes `dir/changes.json` atomically. Strings are masked once more: changes.json is output.
pub fn write_changes(dir: &Path, changes: &Changes) -> Result<PathBuf, String> {
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("cannot create the folder '{}': {e}", shown(dir)))?;
    let json = serde_json::to_string_pretty(changes)
        .map_err(|e| format!("cannot encode the changes: {e}"))?;
    let json = cpr::mask(&json);
    let path = dir.join(FILE_NAME);
    report::atomic_write(&path, |w| {
        w.write_all(json.as_bytes())?;
        writeln!(w)
    })?;
    Ok(path)
}

/// One line for a log: the counts that matter in the morning.
pub fn summary_line(c: &Changes) -> String {
    let k = &c.counts;
    format!(
        "{} new gaps, {} resolved, {} changed; {} new cases, {} vanished; documents {} added, {} \
         removed, {} changed",
        k.new_gaps,
        k.resolved_gaps,
        k.changed_gaps,
        k.new_cases,
        k.vanished_cases,
        k.documents_added,
        k.documents_removed,
        k.documents_changed
    )
}

/// Runs `casegap diff OLD NEW [--out DIR]`.
pub fn run(args: &DiffArgs) -> Result<ExitCode, String> {
    let changes = diff_dirs(&args.old, &args.new)?;
    let dir = args.out.as_deref().unwrap_or(&args.new);
    let path = write_changes(dir, &changes)?;
    eprintln!(
        "casegap: {}; written to {}",
        summary_line(&changes),
        shown(&path)
    );
    Ok(ExitCode::Ok)
}

fn shown(p: &Path) -> String {
    cpr::mask(&p.display().to_string()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Regime;

    fn doc(id: &str, t: DocType, date: &str) -> Document {
        Document {
            id: id.into(),
            doc_type: t,
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
            time: None,
            pages: 1,
            attributes: Attributes::default(),
            evidence: None,
            extractor: Some("text".into()),
            encoding: None,
            overridden: false,
        }
    }

    fn gap(rule: &str, trigger: &str, due: &str) -> Gap {
        Gap {
            rule: rule.into(),
            severity: Severity::Error,
            regime: Regime::SEL,
            legal_basis: "SEL".into(),
            trigger: trigger.into(),
            due: NaiveDate::parse_from_str(due, "%Y-%m-%d").ok(),
            found: None,
            message: format!("frist {due}"),
        }
    }

    fn case(id: &str, n_docs: usize) -> CaseReport {
        CaseReport {
            case_id: id.into(),
            regimes: vec![Regime::SEL],
            complete: true,
            incomplete_reasons: vec![],
            documents: (0..n_docs)
                .map(|i| doc(&format!("d{i}.pdf"), DocType::Notification, "2015-03-12"))
                .collect(),
            unreadable: vec![],
            gaps: vec![gap("investigation_within_4_months", "d0.pdf", "2015-07-12")],
            upcoming: vec![],
        }
    }

    fn write(dir: &Path, cases: &[CaseReport]) {
        std::fs::create_dir_all(dir).unwrap();
        let mut s = String::new();
        for c in cases {
            s.push_str(&serde_json::to_string(c).unwrap());
            s.push('\n');
        }
        std::fs::write(dir.join("cases.jsonl"), s).unwrap();
    }

    #[test]
    fn exactly_the_changes_made() {
        let tmp = tempfile::tempdir().unwrap();
        let old: Vec<CaseReport> = (0..20).map(|i| case(&format!("sag-{i:02}"), 4)).collect();
        let mut new = old.clone();
        // Three documents change: a type, a date, an attribute.
        new[3].documents[1].doc_type = DocType::Investigation;
        new[7].documents[2].date = NaiveDate::from_ymd_opt(2016, 1, 1);
        new[7].documents[3].attributes.anonymous = Some(true);
        // One case vanishes, one appears.
        new.remove(11);
        new.push(case("sag-99", 2));
        let (a, b) = (tmp.path().join("old"), tmp.path().join("new"));
        write(&a, &old);
        write(&b, &new);
        let ch = diff_dirs(&a, &b).unwrap();
        let k = &ch.counts;
        assert_eq!(
            (
                k.documents_changed,
                k.documents_added,
                k.documents_removed,
                k.new_cases,
                k.vanished_cases,
                k.new_gaps,
                k.resolved_gaps,
                k.changed_gaps
            ),
            (3, 0, 0, 1, 1, 0, 0, 0)
        );
        assert_eq!((k.cases_old, k.cases_new, k.cases_unchanged), (20, 20, 17));
        let changed: Vec<(&str, &str, &[&str])> = ch
            .documents_changed
            .iter()
            .map(|d| (d.case_id.as_str(), d.id.as_str(), d.changed.as_slice()))
            .collect();
        assert_eq!(
            changed,
            vec![
                ("sag-03", "d1.pdf", &["type"][..]),
                ("sag-07", "d2.pdf", &["date"][..]),
                ("sag-07", "d3.pdf", &["attributes"][..]),
            ]
        );
        assert_eq!(ch.vanished_cases[0].case_id, "sag-11");
        assert_eq!(ch.new_cases[0].case_id, "sag-99");
        assert_eq!(ch.new_cases[0].gaps.len(), 1);
        // Written deterministically.
        let p1 = write_changes(&tmp.path().join("o1"), &ch).unwrap();
        let p2 = write_changes(&tmp.path().join("o2"), &diff_dirs(&a, &b).unwrap()).unwrap();
        assert_eq!(std::fs::read(p1).unwrap(), std::fs::read(p2).unwrap());
    }

    #[test]
    fn gaps_new_resolved_and_changed() {
        let tmp = tempfile::tempdir().unwrap();
        let mut o = case("s", 3);
        o.gaps.push(gap("plan_in_time", "d1.pdf", "2015-05-01"));
        let mut n = case("s", 3);
        n.gaps[0].due = NaiveDate::from_ymd_opt(2015, 8, 1);
        n.gaps
            .push(gap("receipt_within_6_workdays", "d0.pdf", "2015-03-20"));
        n.documents.remove(2);
        n.documents.push(doc("ny.pdf", DocType::Plan, "2015-06-01"));
        let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
        write(&a, &[o]);
        write(&b, &[n]);
        let ch = diff_dirs(&a, &b).unwrap();
        assert_eq!(ch.resolved_gaps.len(), 1);
        assert_eq!(ch.resolved_gaps[0].rule, "plan_in_time");
        assert_eq!(ch.new_gaps.len(), 1);
        assert_eq!(ch.new_gaps[0].rule, "receipt_within_6_workdays");
        assert_eq!(ch.changed_gaps.len(), 1);
        assert_eq!(ch.changed_gaps[0].changed, vec!["due"]);
        assert_eq!(ch.documents_added[0].id, "ny.pdf");
        assert_eq!(ch.documents_removed[0].id, "d2.pdf");
        assert_eq!(ch.counts.cases_unchanged, 0);
    }

    #[test]
    fn unsorted_input_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
        write(&a, &[case("b", 1), case("a", 1)]);
        write(&b, &[case("a", 1)]);
        assert!(diff_dirs(&a, &b).unwrap_err().contains("not sorted"));
    }
}
