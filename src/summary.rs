//! `summary.json`: the figures of a run as a whole, computed from its cases.
//!
//! A *summary* holds what auditors quote ("fejl i 82 % af børnesagerne"): counts of cases,
//! documents and unreadable documents, and per rule the number and share of cases with that
//! gap. It is computed in one place, here, from the `CaseReport`s alone plus a few facts about
//! the run ([`SummaryMeta`]), so that a scan and `casegap merge` of sharded scans write the same
//! file; only `timings` may differ between them. The one figure a case line does not carry,
//! pages needing OCR, is passed in per case by the scan and summed from the shards by merge.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde_json::json;

use crate::cpr;
use crate::detect::Detector;
use crate::model::{CaseReport, Regime, Severity, UnreadableReason};
use crate::rules::RuleCatalogue;

/// Facts about the run that the cases do not hold.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryMeta {
    pub as_of: NaiveDate,
    pub catalogue_version: String,
    pub catalogue_hash: String,
    /// `built-in` or the `--patterns` folder (masked when written).
    pub catalogue_source: String,
    /// Every rule of the catalogue, id → Danish label; rules no case broke are listed with 0.
    pub rules: BTreeMap<String, String>,
    /// Files above the case level, CPR-masked.
    pub loose_files: Vec<String>,
    pub seconds: f64,
    pub jobs: usize,
}

impl SummaryMeta {
    /// The facts of a scan.
    pub fn of_scan(
        as_of: NaiveDate,
        detector: &Detector,
        rule_cat: &RuleCatalogue,
        loose_files: &[String],
        seconds: f64,
        jobs: usize,
    ) -> SummaryMeta {
        let cat = detector.catalogue();
        SummaryMeta {
            as_of,
            catalogue_version: cat.version.clone(),
            catalogue_hash: cat.hash.clone(),
            catalogue_source: cat.source.clone(),
            rules: rule_cat
                .rules
                .keys()
                .map(|id| (id.clone(), rule_cat.label(id).to_string()))
                .collect(),
            loose_files: loose_files.to_vec(),
            seconds,
            jobs,
        }
    }
}

/// Running totals, fed one case at a time so that a scan need not hold its caseload.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Stats {
    pub cases: usize,
    pub documents: usize,
    pub unreadable: usize,
    pub unreadable_by_reason: BTreeMap<&'static str, usize>,
    pub cases_with_gaps: usize,
    pub cases_complete: usize,
    pub cases_with_errors: usize,
    pub pages_needing_ocr: u64,
    pub documents_needing_ocr: usize,
    /// rule → (cases, errors, warnings, SEL cases, BL cases)
    pub rules: BTreeMap<String, [usize; 5]>,
    pub types: BTreeMap<&'static str, usize>,
}

impl Stats {
    /// Counts one case; `ocr_pages` are its pages without a text layer (from extraction).
    pub fn add(&mut self, r: &CaseReport, ocr_pages: u32) {
        self.cases += 1;
        self.documents += r.documents.len();
        self.unreadable += r.unreadable.len();
        for u in &r.unreadable {
            *self.unreadable_by_reason.entry(u.reason.id()).or_default() += 1;
            if u.reason == UnreadableReason::NoText {
                self.documents_needing_ocr += 1;
            }
        }
        self.pages_needing_ocr += u64::from(ocr_pages);
        for d in &r.documents {
            *self.types.entry(d.doc_type.id()).or_default() += 1;
        }
        if !r.gaps.is_empty() {
            self.cases_with_gaps += 1;
        }
        if r.gaps.iter().any(|g| g.severity == Severity::Error) {
            self.cases_with_errors += 1;
        }
        if r.complete {
            self.cases_complete += 1;
        }
        // A case counts once per rule, however many triggers broke it.
        let mut seen: BTreeMap<&str, [bool; 5]> = BTreeMap::new();
        for g in &r.gaps {
            let e = seen.entry(g.rule.as_str()).or_default();
            e[0] = true;
            e[if g.severity == Severity::Error { 1 } else { 2 }] = true;
            e[if g.regime == Regime::SEL { 3 } else { 4 }] = true;
        }
        for (rule, flags) in seen {
            let e = self.rules.entry(rule.to_string()).or_default();
            for (n, f) in e.iter_mut().zip(flags) {
                *n += usize::from(f);
            }
        }
    }

    /// The `summary.json` value.
    pub fn to_json(&self, meta: &SummaryMeta) -> serde_json::Value {
        let share = |n: usize| {
            if self.cases == 0 {
                0.0
            } else {
                (n as f64 / self.cases as f64 * 10000.0).round() / 10000.0
            }
        };
        let mut rules = serde_json::Map::new();
        for (id, label) in &meta.rules {
            let c = self.rules.get(id).copied().unwrap_or_default();
            rules.insert(
                id.to_string(),
                json!({
                    "label": label,
                    "cases": c[0], "share": share(c[0]),
                    "cases_with_error": c[1], "cases_with_warning": c[2],
                    "by_regime": {"SEL": c[3], "BL": c[4]},
                }),
            );
        }
        json!({
            "tool": "casegap",
            "version": env!("CARGO_PKG_VERSION"),
            "as_of": meta.as_of.to_string(),
            "catalogue": {
                "version": meta.catalogue_version,
                "hash": meta.catalogue_hash,
                "source": cpr::mask(&meta.catalogue_source),
            },
            "cases": self.cases,
            "cases_complete": self.cases_complete,
            "cases_incomplete": self.cases - self.cases_complete,
            "documents": self.documents,
            "documents_by_type": self.types,
            "unreadable": self.unreadable,
            "unreadable_by_reason": self.unreadable_by_reason,
            "documents_needing_ocr": self.documents_needing_ocr,
            "pages_needing_ocr": self.pages_needing_ocr,
            "cases_with_gaps": self.cases_with_gaps,
            "cases_with_gaps_share": share(self.cases_with_gaps),
            "cases_with_errors": self.cases_with_errors,
            "cases_with_errors_share": share(self.cases_with_errors),
            "rules": rules,
            "loose_files": meta.loose_files,
            "timings": {
                "total_s": (meta.seconds * 1000.0).round() / 1000.0,
                "jobs": meta.jobs,
            },
        })
    }
}

/// The summary of finished cases: each case with its pages needing OCR.
pub fn summary_from_cases<'a>(
    cases: impl IntoIterator<Item = (&'a CaseReport, u32)>,
    meta: &SummaryMeta,
) -> serde_json::Value {
    let mut stats = Stats::default();
    for (c, ocr) in cases {
        stats.add(c, ocr);
    }
    stats.to_json(meta)
}

/// Reads back what [`Stats::to_json`] wrote: the run facts besides the cases (used by merge,
/// which has no catalogue of its own). Timings are read as written.
pub fn meta_from_json(v: &serde_json::Value) -> Result<SummaryMeta, String> {
    let s = |ptr: &str| -> Result<String, String> {
        v.pointer(ptr)
            .and_then(|x| x.as_str())
            .map(str::to_string)
            .ok_or_else(|| format!("summary.json has no {ptr}"))
    };
    let as_of = s("/as_of")?;
    let as_of = NaiveDate::parse_from_str(&as_of, "%Y-%m-%d")
        .map_err(|_| format!("summary.json: as_of '{}' is not a date", cpr::mask(&as_of)))?;
    let rules = v
        .get("rules")
        .and_then(|r| r.as_object())
        .ok_or("summary.json has no rules")?
        .iter()
        .map(|(id, r)| {
            let label = r.get("label").and_then(|l| l.as_str()).unwrap_or(id);
            (id.clone(), label.to_string())
        })
        .collect();
    let loose_files = v
        .get("loose_files")
        .and_then(|l| l.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    Ok(SummaryMeta {
        as_of,
        catalogue_version: s("/catalogue/version")?,
        catalogue_hash: s("/catalogue/hash")?,
        catalogue_source: s("/catalogue/source")?,
        rules,
        loose_files,
        seconds: v
            .pointer("/timings/total_s")
            .and_then(|x| x.as_f64())
            .unwrap_or(0.0),
        jobs: v
            .pointer("/timings/jobs")
            .and_then(|x| x.as_u64())
            .unwrap_or(0) as usize,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocType, Document, Gap, Unreadable};

    fn meta() -> SummaryMeta {
        SummaryMeta {
            as_of: NaiveDate::from_ymd_opt(2026, 6, 30).unwrap(),
            catalogue_version: "1".into(),
            catalogue_hash: "abc".into(),
            catalogue_source: "built-in".into(),
            rules: [
                ("plan_in_time", "Handleplan"),
                ("receipt_within_6_workdays", "K"),
            ]
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect(),
            loose_files: vec!["løs.pdf".into()],
            seconds: 1.23456,
            jobs: 2,
        }
    }

    fn case(id: &str, gaps: &[(&str, Severity)]) -> CaseReport {
        CaseReport {
            case_id: id.into(),
            regimes: vec![Regime::SEL],
            complete: gaps.is_empty(),
            incomplete_reasons: vec![],
            documents: vec![Document {
                id: "a.pdf".into(),
                doc_type: DocType::Plan,
                date: None,
                time: None,
                pages: 1,
                attributes: Default::default(),
                evidence: None,
                extractor: None,
                encoding: None,
                overridden: false,
            }],
            unreadable: vec![Unreadable {
                id: "s.pdf".into(),
                reason: UnreadableReason::NoText,
                detail: String::new(),
                pages: 2,
            }],
            gaps: gaps
                .iter()
                .map(|(r, s)| Gap {
                    rule: r.to_string(),
                    severity: *s,
                    regime: Regime::SEL,
                    legal_basis: String::new(),
                    trigger: "a.pdf".into(),
                    due: None,
                    found: None,
                    message: String::new(),
                })
                .collect(),
            upcoming: vec![],
        }
    }

    #[test]
    fn counts_and_shares() {
        let a = case(
            "a",
            &[
                ("plan_in_time", Severity::Error),
                ("plan_in_time", Severity::Warning),
            ],
        );
        let b = case("b", &[]);
        let v = summary_from_cases([(&a, 2), (&b, 3)], &meta());
        assert_eq!(v["cases"], 2);
        assert_eq!(v["cases_with_gaps"], 1);
        assert_eq!(v["cases_with_gaps_share"], 0.5);
        assert_eq!(v["rules"]["plan_in_time"]["cases"], 1);
        assert_eq!(v["rules"]["plan_in_time"]["cases_with_warning"], 1);
        assert_eq!(v["rules"]["receipt_within_6_workdays"]["cases"], 0);
        assert_eq!(v["pages_needing_ocr"], 5);
        assert_eq!(v["documents_needing_ocr"], 2);
        assert_eq!(v["timings"]["total_s"], 1.235);
    }

    #[test]
    fn meta_round_trips_through_json() {
        let v = summary_from_cases([], &meta());
        let mut back = meta_from_json(&v).unwrap();
        back.seconds = meta().seconds;
        assert_eq!(back, meta());
    }
}
