//! The legal rules of `spec/domain.md` ("Rules"), evaluated on one case's dated documents.
//!
//! An *obligation* is one requirement triggered by one document: "this notification must be
//! assessed within 24 hours", "this decision needs a plan in its window". Each rule turns the
//! case's documents into obligations; an obligation that is not met becomes a [`Gap`] when its
//! due date is on or before `as_of`, and an [`Upcoming`] deadline when it is not yet due. Each
//! rule is one function below, so a rule's reading of the law is in exactly one place. What a
//! rule is called, how severe it is, its legal basis and the Danish wording of its messages are
//! data, in `patterns/rules.toml` ([`RuleCatalogue`]).
//!
//! The regime of an obligation (SEL before 2024-01-01, BL from then) is that of its triggering
//! document's date. Documents without a date are ignored here; [`completeness`] reports them.
//!
//! Where the spec leaves a choice open, the evaluation truth decided; each such decision is
//! written at the rule it concerns ("Decided from the truth").

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::Deserialize;

use crate::calendar::{add_months, add_workdays, within_24_hours};
use crate::model::{Attributes, DocType, Document, Gap, Regime, Severity, Upcoming};

// ---------------------------------------------------------------------------------------------
// Rule ids and the catalogue
// ---------------------------------------------------------------------------------------------

pub const ASSESSMENT_WITHIN_24H: &str = "assessment_within_24h";
pub const RECEIPT_WITHIN_6_WORKDAYS: &str = "receipt_within_6_workdays";
pub const INVESTIGATION_REQUIRED: &str = "investigation_required";
pub const INVESTIGATION_WITHIN_4_MONTHS: &str = "investigation_within_4_months";
pub const CHILD_CONVERSATION_BEFORE_DECISION: &str = "child_conversation_before_decision";
pub const PLAN_IN_TIME: &str = "plan_in_time";
pub const PLAN_HAS_GOALS: &str = "plan_has_goals";
pub const FIRST_FOLLOW_UP_WITHIN_3_MONTHS: &str = "first_follow_up_within_3_months";
pub const FOLLOW_UP_EVERY_6_MONTHS: &str = "follow_up_every_6_months";
pub const DECISION_HAS_COMPLAINT_GUIDANCE: &str = "decision_has_complaint_guidance";
pub const INACTIVE_CASE_NOT_CLOSED: &str = "inactive_case_not_closed";

/// Every rule id of `spec/domain.md`, with the message keys its function uses. The catalogue
/// must define all of them, so a missing template is caught when the catalogue is loaded, not
/// in the middle of a run.
pub const RULES: [(&str, &[&str]); 11] = [
    (ASSESSMENT_WITHIN_24H, &["missing", "late", "upcoming"]),
    (RECEIPT_WITHIN_6_WORKDAYS, &["missing", "late", "upcoming"]),
    (INVESTIGATION_REQUIRED, &["missing", "late", "upcoming"]),
    (
        INVESTIGATION_WITHIN_4_MONTHS,
        &[
            "missing",
            "late",
            "late_mitigated",
            "missing_mitigated",
            "upcoming",
        ],
    ),
    (
        CHILD_CONVERSATION_BEFORE_DECISION,
        &["missing", "late", "upcoming"],
    ),
    (PLAN_IN_TIME, &["missing", "late", "upcoming"]),
    (PLAN_HAS_GOALS, &["gap"]),
    (
        FIRST_FOLLOW_UP_WITHIN_3_MONTHS,
        &["missing", "late", "upcoming"],
    ),
    (FOLLOW_UP_EVERY_6_MONTHS, &["missing", "late", "upcoming"]),
    (DECISION_HAS_COMPLAINT_GUIDANCE, &["gap"]),
    (INACTIVE_CASE_NOT_CLOSED, &["missing", "upcoming"]),
];

/// The legal basis of a rule under each regime. A rule without a BL basis (it only applies to
/// SEL events) falls back to its SEL basis should it ever be asked for BL.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    #[serde(rename = "SEL")]
    pub sel: String,
    #[serde(rename = "BL", default)]
    pub bl: Option<String>,
}

/// One rule's entry in `patterns/rules.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    /// Danish name of the rule for reports.
    pub label: String,
    pub severity: Severity,
    /// Severity when the rule's mitigation applies (a late investigation with a timely
    /// preliminary assessment).
    #[serde(default)]
    pub mitigated_severity: Option<Severity>,
    pub legal_basis: LegalBasis,
    /// Message templates by key (see the header of `patterns/rules.toml`).
    pub messages: BTreeMap<String, String>,
}

/// The rule catalogue: rule id → [`RuleDef`], plus a version string for `summary.json`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleCatalogue {
    pub version: String,
    pub rules: BTreeMap<String, RuleDef>,
}

/// The catalogue shipped with the binary.
const BUILTIN_RULES_TOML: &str = include_str!("../patterns/rules.toml");

impl RuleCatalogue {
    /// Parses and checks a catalogue: every rule id of the spec must be present with every
    /// message template its rule uses, and no unknown rule ids (a typo would silently disable
    /// the wording of a real rule).
    pub fn from_toml_str(s: &str) -> Result<RuleCatalogue, String> {
        let cat: RuleCatalogue =
            toml::from_str(s).map_err(|e| format!("rule catalogue: {}", one_line(&e)))?;
        for (id, keys) in RULES {
            let Some(def) = cat.rules.get(id) else {
                return Err(format!("rule catalogue: rule `{id}` is missing"));
            };
            for key in keys {
                if !def.messages.contains_key(*key) {
                    return Err(format!(
                        "rule catalogue: rule `{id}` has no message template `{key}`"
                    ));
                }
            }
        }
        if let Some(unknown) = cat
            .rules
            .keys()
            .find(|k| !RULES.iter().any(|(id, _)| id == k))
        {
            return Err(format!("rule catalogue: unknown rule id `{unknown}`"));
        }
        Ok(cat)
    }

    /// The catalogue compiled in from `patterns/rules.toml`.
    pub fn builtin() -> RuleCatalogue {
        // The file is a compile-time constant checked by a unit test, so failing here is a
        // build defect, not bad input.
        RuleCatalogue::from_toml_str(BUILTIN_RULES_TOML)
            .expect("patterns/rules.toml is valid (checked by tests)")
    }

    /// The rule's Danish label, or its id when the catalogue lacks it.
    pub fn label<'a>(&'a self, rule: &'a str) -> &'a str {
        self.rules.get(rule).map_or(rule, |d| d.label.as_str())
    }

    fn severity(&self, rule: &str, mitigated: bool) -> Severity {
        match self.rules.get(rule) {
            Some(d) if mitigated => d.mitigated_severity.unwrap_or(d.severity),
            Some(d) => d.severity,
            None => Severity::Error,
        }
    }

    /// The legal basis of `rule` under `regime`; "-" when unknown.
    pub fn legal_basis(&self, rule: &str, regime: Regime) -> &str {
        match (self.rules.get(rule), regime) {
            (Some(d), Regime::BL) => d.legal_basis.bl.as_deref().unwrap_or(&d.legal_basis.sel),
            (Some(d), Regime::SEL) => &d.legal_basis.sel,
            (None, _) => "-",
        }
    }

    /// Fills a message template. Unknown placeholders stay as written, so a wording change in
    /// the catalogue can never make a run fail.
    fn message(&self, rule: &str, key: &str, vars: &Vars) -> String {
        let Some(template) = self.rules.get(rule).and_then(|d| d.messages.get(key)) else {
            return format!("{} ({key})", self.label(rule));
        };
        let mut out = template.clone();
        for (name, value) in vars.pairs() {
            out = out.replace(&format!("{{{name}}}"), &value);
        }
        out
    }
}

fn one_line(e: &dyn std::fmt::Display) -> String {
    e.to_string()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The values a message template may use.
#[derive(Debug, Clone, Copy, Default)]
struct Vars {
    start: Option<NaiveDate>,
    due: Option<NaiveDate>,
    found: Option<NaiveDate>,
    from: Option<NaiveDate>,
}

impl Vars {
    fn pairs(&self) -> Vec<(&'static str, String)> {
        let date = |d: Option<NaiveDate>| d.map_or_else(|| "-".to_string(), |d| d.to_string());
        let days = match (self.due, self.found) {
            (Some(due), Some(found)) => (found - due).num_days().abs().to_string(),
            _ => "-".to_string(),
        };
        vec![
            ("start", date(self.start)),
            ("due", date(self.due)),
            ("found", date(self.found)),
            ("from", date(self.from)),
            ("days", days),
        ]
    }
}

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

/// What the rules found in one case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Evaluation {
    pub gaps: Vec<Gap>,
    pub upcoming: Vec<Upcoming>,
    /// The regimes of the case's dated key documents, sorted.
    pub regimes: Vec<Regime>,
}

/// The document types the rules read. A key document without a date makes a case incomplete.
pub const KEY_TYPES: [DocType; 12] = [
    DocType::Notification,
    DocType::NotificationAssessment,
    DocType::Receipt,
    DocType::InvestigationDecision,
    DocType::Investigation,
    DocType::PreliminaryAssessment,
    DocType::ChildConversation,
    DocType::Plan,
    DocType::MeasureDecision,
    DocType::TerminationDecision,
    DocType::FollowUp,
    DocType::Closure,
];

/// A dated document, the only kind the rules look at.
#[derive(Debug, Clone, Copy)]
struct Dated<'a> {
    doc: &'a Document,
    date: NaiveDate,
}

impl Dated<'_> {
    fn id(&self) -> &str {
        &self.doc.id
    }
    fn attrs(&self) -> &Attributes {
        &self.doc.attributes
    }
}

/// The case as the rules see it: dated documents in date order, and the evaluation date.
struct Case<'a> {
    docs: Vec<Dated<'a>>,
    as_of: NaiveDate,
}

impl<'a> Case<'a> {
    fn new(docs: &'a [Document], as_of: NaiveDate) -> Case<'a> {
        let mut dated: Vec<Dated<'a>> = docs
            .iter()
            .filter_map(|doc| doc.date.map(|date| Dated { doc, date }))
            .collect();
        // Date first, then id, so every rule sees the same stable order.
        dated.sort_by(|a, b| (a.date, &a.doc.id).cmp(&(b.date, &b.doc.id)));
        Case { docs: dated, as_of }
    }

    fn of(&self, t: DocType) -> impl Iterator<Item = Dated<'a>> + '_ {
        self.docs
            .iter()
            .copied()
            .filter(move |d| d.doc.doc_type == t)
    }

    /// Earliest document of type `t` dated in `[from, to]` (either end open when `None`).
    fn first_in(
        &self,
        t: DocType,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Option<Dated<'a>> {
        self.of(t)
            .find(|d| from.is_none_or(|f| d.date >= f) && to.is_none_or(|e| d.date <= e))
    }

    /// Latest document of type `t` dated in `[from, to]`.
    fn last_in(
        &self,
        t: DocType,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Option<Dated<'a>> {
        self.of(t)
            .filter(|d| from.is_none_or(|f| d.date >= f) && to.is_none_or(|e| d.date <= e))
            .last()
    }
}

/// Collects the findings of all rules.
struct Out<'c> {
    cat: &'c RuleCatalogue,
    as_of: NaiveDate,
    gaps: Vec<Gap>,
    upcoming: Vec<Upcoming>,
}

/// One unmet obligation, before it is sorted into a gap or an upcoming deadline.
struct Finding<'a> {
    rule: &'static str,
    trigger: &'a Dated<'a>,
    due: Option<NaiveDate>,
    found: Option<NaiveDate>,
    from: Option<NaiveDate>,
    /// The message key when it is a gap (`missing`, `late`, `gap`, ...).
    key: &'static str,
    mitigated: bool,
}

impl Out<'_> {
    /// Records an unmet obligation: an upcoming deadline while its due date is not yet past at
    /// `as_of` (the spec: not yet a gap), a gap otherwise. Obligations without a due date (a plan
    /// without goals) are gaps at once.
    fn unmet(&mut self, f: Finding<'_>) {
        let regime = Regime::of(f.trigger.date);
        let vars = Vars {
            start: Some(f.trigger.date),
            due: f.due,
            found: f.found,
            from: f.from,
        };
        // Decided: on its due date an obligation can still be met that same day, so it is
        // upcoming until `as_of` is past the due date. This follows the spec's wording for
        // investigation episodes ("a gap only when as_of is past the due date") and applies it
        // to every rule alike; the truth never hinges on it (its cases are robust to as_of ± 1).
        if let Some(due) = f.due.filter(|due| *due >= self.as_of) {
            self.upcoming.push(Upcoming {
                rule: f.rule.to_string(),
                due,
                trigger: f.trigger.id().to_string(),
                regime,
                message: self.cat.message(f.rule, "upcoming", &vars),
            });
            return;
        }
        self.gaps.push(Gap {
            rule: f.rule.to_string(),
            severity: self.cat.severity(f.rule, f.mitigated),
            regime,
            legal_basis: self.cat.legal_basis(f.rule, regime).to_string(),
            trigger: f.trigger.id().to_string(),
            due: f.due,
            found: f.found,
            message: self.cat.message(f.rule, f.key, &vars),
        });
    }
}

/// Evaluates every rule on one case's documents as of `as_of`.
///
/// Documents dated after `as_of` are not filtered out: they exist in the export, and an
/// auditor who sets an earlier `as_of` still wants them counted as evidence. `as_of` only
/// decides which unmet obligations are already gaps and which are upcoming.
pub fn evaluate(docs: &[Document], as_of: NaiveDate, cat: &RuleCatalogue) -> Evaluation {
    let case = Case::new(docs, as_of);
    let mut out = Out {
        cat,
        as_of,
        gaps: Vec::new(),
        upcoming: Vec::new(),
    };
    assessment_within_24h(&case, &mut out);
    receipt_within_6_workdays(&case, &mut out);
    investigation_required(&case, &mut out);
    investigation_within_4_months(&case, &mut out);
    child_conversation_before_decision(&case, &mut out);
    plan_in_time(&case, &mut out);
    plan_has_goals(&case, &mut out);
    first_follow_up_within_3_months(&case, &mut out);
    follow_up_every_6_months(&case, &mut out);
    decision_has_complaint_guidance(&case, &mut out);
    inactive_case_not_closed(&case, &mut out);

    let Out {
        mut gaps,
        mut upcoming,
        ..
    } = out;
    gaps.sort_by(|a, b| (&a.rule, &a.trigger, a.due).cmp(&(&b.rule, &b.trigger, b.due)));
    upcoming.sort_by(|a, b| (&a.rule, &a.trigger, a.due).cmp(&(&b.rule, &b.trigger, b.due)));
    let regimes: BTreeSet<Regime> = case
        .docs
        .iter()
        .filter(|d| KEY_TYPES.contains(&d.doc.doc_type))
        .map(|d| Regime::of(d.date))
        .collect();
    Evaluation {
        gaps,
        upcoming,
        regimes: regimes.into_iter().collect(),
    }
}

/// Every notification needs an assessment within 24 hours. The assessment looked for is any
/// `notification_assessment` dated on or after the notification. Decided from the truth: `due`
/// is the next calendar day (the date-only reading, also when clock times are known) and
/// `found` is the first assessment dated on or after the notification, even when it was made
/// for a later notification.
fn assessment_within_24h(case: &Case, out: &mut Out) {
    for n in case.of(DocType::Notification) {
        let due = n.date.succ_opt().unwrap_or(n.date);
        let in_time = case
            .of(DocType::NotificationAssessment)
            .any(|a| within_24_hours(n.date, n.doc.time.as_deref(), a.date, a.doc.time.as_deref()));
        if in_time {
            continue;
        }
        let found = case.first_in(DocType::NotificationAssessment, Some(n.date), None);
        out.unmet(Finding {
            rule: ASSESSMENT_WITHIN_24H,
            trigger: &n,
            due: Some(due),
            found: found.map(|f| f.date),
            from: None,
            key: if found.is_some() { "late" } else { "missing" },
            mitigated: false,
        });
    }
}

/// Every non-anonymous notification needs a receipt to the notifier within 6 working days.
/// Anonymous notifiers cannot be sent one, so an unknown `anonymous` counts as named.
/// Decided from the truth: any receipt dated in `[received, due]` counts, and `found` is the
/// first receipt on or after the notification.
fn receipt_within_6_workdays(case: &Case, out: &mut Out) {
    for n in case.of(DocType::Notification) {
        if Attributes::flag(n.attrs().anonymous) {
            continue;
        }
        let due = add_workdays(n.date, 6);
        if case
            .first_in(DocType::Receipt, Some(n.date), Some(due))
            .is_some()
        {
            continue;
        }
        let found = case.first_in(DocType::Receipt, Some(n.date), None);
        out.unmet(Finding {
            rule: RECEIPT_WITHIN_6_WORKDAYS,
            trigger: &n,
            due: Some(due),
            found: found.map(|f| f.date),
            from: None,
            key: if found.is_some() { "late" } else { "missing" },
            mitigated: false,
        });
    }
}

/// A measure decision needs an investigation dated on or before it: every SEL decision, and
/// under BL only placements. Any earlier investigation in the case counts. Decided from the
/// truth: `due` is the decision date and `found` the first investigation after it, if any.
fn investigation_required(case: &Case, out: &mut Out) {
    for m in case.of(DocType::MeasureDecision) {
        let applies = match Regime::of(m.date) {
            Regime::SEL => true,
            Regime::BL => Attributes::flag(m.attrs().placement),
        };
        if !applies
            || case
                .first_in(DocType::Investigation, None, Some(m.date))
                .is_some()
        {
            continue;
        }
        let found = case.first_in(DocType::Investigation, m.date.succ_opt(), None);
        out.unmet(Finding {
            rule: INVESTIGATION_REQUIRED,
            trigger: &m,
            due: Some(m.date),
            found: found.map(|f| f.date),
            from: None,
            key: if found.is_some() { "late" } else { "missing" },
            mitigated: false,
        });
    }
}

/// An investigation must be completed within 4 months of the start of its episode.
///
/// Episodes follow the spec: each investigation closes one, started by the earliest
/// notification or investigation decision after the previous investigation (the first episode
/// from the case's start, inclusive) and on or before it; an investigation with no such start
/// has no deadline to miss. Investigation decisions after the last investigation form one open
/// episode, started the same way, which is a gap only once its due date has passed. A
/// preliminary assessment dated in the episode, on or before the due date, lowers the severity
/// to the catalogue's `mitigated_severity`. Decided: the preliminary assessment must also be on
/// or after the episode's start (the spec names only the upper bound; one from an earlier
/// episode says nothing about this investigation; the truth agrees). The trigger is the
/// episode's start document.
fn investigation_within_4_months(case: &Case, out: &mut Out) {
    let starts = |prev: Option<NaiveDate>, upto: Option<NaiveDate>| {
        case.docs
            .iter()
            .copied()
            .filter(|d| {
                matches!(
                    d.doc.doc_type,
                    DocType::Notification | DocType::InvestigationDecision
                )
            })
            .find(|d| prev.is_none_or(|p| d.date > p) && upto.is_none_or(|u| d.date <= u))
    };
    let mitigated = |start: NaiveDate, due: NaiveDate| {
        case.first_in(DocType::PreliminaryAssessment, Some(start), Some(due))
            .is_some()
    };
    let mut prev: Option<NaiveDate> = None;
    for inv in case.of(DocType::Investigation) {
        let start = starts(prev, Some(inv.date));
        prev = Some(inv.date);
        let Some(start) = start else { continue };
        let due = add_months(start.date, 4);
        if inv.date <= due {
            continue;
        }
        let mit = mitigated(start.date, due);
        out.unmet(Finding {
            rule: INVESTIGATION_WITHIN_4_MONTHS,
            trigger: &start,
            due: Some(due),
            found: Some(inv.date),
            from: None,
            key: if mit { "late_mitigated" } else { "late" },
            mitigated: mit,
        });
    }
    // The open episode: an investigation decision with no investigation after it.
    let open = case
        .of(DocType::InvestigationDecision)
        .any(|d| prev.is_none_or(|p| d.date > p));
    if !open {
        return;
    }
    if let Some(start) = starts(prev, None) {
        let due = add_months(start.date, 4);
        let mit = mitigated(start.date, due);
        out.unmet(Finding {
            rule: INVESTIGATION_WITHIN_4_MONTHS,
            trigger: &start,
            due: Some(due),
            found: None,
            from: None,
            key: if mit { "missing_mitigated" } else { "missing" },
            mitigated: mit,
        });
    }
}

/// The child must be heard before every measure decision: a child conversation dated in the 6
/// months up to and including the decision. Decided from the truth: `due` is the decision date
/// and `found` the latest conversation before the window, when there is one (a conversation
/// after the decision does not count and is not reported).
fn child_conversation_before_decision(case: &Case, out: &mut Out) {
    for m in case.of(DocType::MeasureDecision) {
        let from = add_months(m.date, -6);
        if case
            .first_in(DocType::ChildConversation, Some(from), Some(m.date))
            .is_some()
        {
            continue;
        }
        let found = case.last_in(DocType::ChildConversation, None, from.pred_opt());
        out.unmet(Finding {
            rule: CHILD_CONVERSATION_BEFORE_DECISION,
            trigger: &m,
            due: Some(m.date),
            found: found.map(|f| f.date),
            from: Some(from),
            key: if found.is_some() { "late" } else { "missing" },
            mitigated: false,
        });
    }
}

/// The window in which a measure decision's plan must be dated, or `None` when the decision
/// needs no plan (a BL decision recording `no_plan` that is not a placement).
fn plan_window(m: &Dated) -> Option<(NaiveDate, NaiveDate)> {
    let a = m.attrs();
    let from = add_months(m.date, -6);
    let placement = Attributes::flag(a.placement);
    let to = match Regime::of(m.date) {
        Regime::SEL if Attributes::flag(a.urgent) => add_months(m.date, 4),
        Regime::SEL => m.date,
        Regime::BL if placement && Attributes::flag(a.without_consent) => m.date,
        Regime::BL if Attributes::flag(a.no_plan) && !placement => return None,
        Regime::BL => add_months(m.date, 3),
    };
    Some((from, to))
}

/// Every measure decision needs a plan dated in its window (see [`plan_window`]). Decided from
/// the truth: `due` is the window's end and `found` the first plan after the window.
fn plan_in_time(case: &Case, out: &mut Out) {
    for m in case.of(DocType::MeasureDecision) {
        let Some((from, to)) = plan_window(&m) else {
            continue;
        };
        if case.first_in(DocType::Plan, Some(from), Some(to)).is_some() {
            continue;
        }
        let found = case.first_in(DocType::Plan, to.succ_opt(), None);
        out.unmet(Finding {
            rule: PLAN_IN_TIME,
            trigger: &m,
            due: Some(to),
            found: found.map(|f| f.date),
            from: Some(from),
            key: if found.is_some() { "late" } else { "missing" },
            mitigated: false,
        });
    }
}

/// Every plan must state goals. A plan whose goals were not detected counts as without goals:
/// the report then points the auditor at it rather than staying silent.
fn plan_has_goals(case: &Case, out: &mut Out) {
    for p in case.of(DocType::Plan) {
        if Attributes::flag(p.attrs().goals) {
            continue;
        }
        out.unmet(Finding {
            rule: PLAN_HAS_GOALS,
            trigger: &p,
            due: None,
            found: None,
            from: None,
            key: "gap",
            mitigated: false,
        });
    }
}

/// The first termination decision dated after `after`: it ends every measure decided before it.
fn termination_after<'a>(case: &Case<'a>, after: NaiveDate) -> Option<Dated<'a>> {
    case.first_in(DocType::TerminationDecision, after.succ_opt(), None)
}

/// Every measure decision needs a follow-up within 3 months after it, unless a termination
/// decision ends the measure before the deadline. Any follow-up in the case counts.
fn first_follow_up_within_3_months(case: &Case, out: &mut Out) {
    for m in case.of(DocType::MeasureDecision) {
        let due = add_months(m.date, 3);
        let first = case.first_in(DocType::FollowUp, m.date.succ_opt(), None);
        if first.is_some_and(|f| f.date <= due) {
            continue;
        }
        if termination_after(case, m.date).is_some_and(|t| t.date <= due) {
            continue;
        }
        out.unmet(Finding {
            rule: FIRST_FOLLOW_UP_WITHIN_3_MONTHS,
            trigger: &m,
            due: Some(due),
            found: first.map(|f| f.date),
            from: None,
            key: if first.is_some() { "late" } else { "missing" },
            mitigated: false,
        });
    }
}

/// After the first follow-up of a SEL measure decision, no more than 6 months may pass without
/// a follow-up, counted until the earliest of `as_of`, a termination decision and 2024-01-01
/// (BL has no such fixed interval). One gap per decision: the first overlong interval.
fn follow_up_every_6_months(case: &Case, out: &mut Out) {
    let bl_start = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or(NaiveDate::MAX);
    for m in case.of(DocType::MeasureDecision) {
        if Regime::of(m.date) != Regime::SEL {
            continue;
        }
        let mut end = case.as_of.min(bl_start);
        if let Some(t) = termination_after(case, m.date) {
            end = end.min(t.date);
        }
        let follow_ups: Vec<Dated> = case
            .of(DocType::FollowUp)
            .filter(|f| f.date > m.date && f.date <= end)
            .collect();
        let Some(first) = follow_ups.first() else {
            continue;
        };
        let mut last = first.date;
        let mut finding = None;
        for f in follow_ups.iter().skip(1) {
            let due = add_months(last, 6);
            if f.date > due {
                finding = Some((last, due, Some(f.date)));
                break;
            }
            last = f.date;
        }
        if finding.is_none() {
            let due = add_months(last, 6);
            if end > due {
                finding = Some((last, due, None));
            } else if end == case.as_of {
                // Still running at as_of: the next follow-up is an upcoming deadline.
                finding = Some((last, due, None));
            }
        }
        let Some((from, due, found)) = finding else {
            continue;
        };
        out.unmet(Finding {
            rule: FOLLOW_UP_EVERY_6_MONTHS,
            trigger: &m,
            due: Some(due),
            found,
            from: Some(from),
            key: if found.is_some() { "late" } else { "missing" },
            mitigated: false,
        });
    }
}

/// Every decision must carry complaint guidance. Undetected guidance counts as missing, for
/// the same reason as with plan goals.
fn decision_has_complaint_guidance(case: &Case, out: &mut Out) {
    for d in case.docs.iter().filter(|d| d.doc.doc_type.is_decision()) {
        if Attributes::flag(d.attrs().complaint_guidance) {
            continue;
        }
        out.unmet(Finding {
            rule: DECISION_HAS_COMPLAINT_GUIDANCE,
            trigger: d,
            due: None,
            found: None,
            from: None,
            key: "gap",
            mitigated: false,
        });
    }
}

/// A case whose newest dated document is more than 12 months before `as_of` should have been
/// closed: a closure or a termination decision must exist. Decided from the truth: the trigger
/// is the newest dated document of any type (on a tie, the last by id), the due date 12 months
/// after it, and the regime that of its date.
fn inactive_case_not_closed(case: &Case, out: &mut Out) {
    let Some(newest) = case.docs.last() else {
        return;
    };
    let closed = case.docs.iter().any(|d| {
        matches!(
            d.doc.doc_type,
            DocType::Closure | DocType::TerminationDecision
        )
    });
    if closed {
        return;
    }
    let due = add_months(newest.date, 12);
    if due >= case.as_of {
        // Not yet inactive for more than 12 months; no deadline to announce either, because
        // any new document restarts the clock.
        return;
    }
    out.unmet(Finding {
        rule: INACTIVE_CASE_NOT_CLOSED,
        trigger: newest,
        due: Some(due),
        found: None,
        from: None,
        key: "missing",
        mitigated: false,
    });
}

// ---------------------------------------------------------------------------------------------
// Completeness
// ---------------------------------------------------------------------------------------------

/// Whether a case's rules could be judged on everything (spec: "Completeness"), and if not,
/// why, in short Danish sentences for people. A case is incomplete when any document could not
/// be read or any key document ([`KEY_TYPES`]) has no date: its gaps may then be false alarms
/// and its silence is no proof of compliance.
pub fn completeness(docs: &[Document], unreadable_count: usize) -> (bool, Vec<String>) {
    let mut reasons = Vec::new();
    match unreadable_count {
        0 => {}
        1 => reasons.push("1 dokument kunne ikke læses".to_string()),
        n => reasons.push(format!("{n} dokumenter kunne ikke læses")),
    }
    for d in docs {
        if d.date.is_none() && KEY_TYPES.contains(&d.doc_type) {
            reasons.push(format!("{} uden dato: {}", type_name_da(d.doc_type), d.id));
        }
    }
    (reasons.is_empty(), reasons)
}

/// Short Danish name of a key document type, for completeness reasons.
fn type_name_da(t: DocType) -> &'static str {
    match t {
        DocType::Notification => "Underretning",
        DocType::NotificationAssessment => "Vurdering af underretning",
        DocType::Receipt => "Kvittering for underretning",
        DocType::InvestigationDecision => "Afgørelse om børnefaglig undersøgelse",
        DocType::Investigation => "Børnefaglig undersøgelse",
        DocType::PreliminaryAssessment => "Foreløbig vurdering",
        DocType::ChildConversation => "Børnesamtale",
        DocType::Plan => "Handleplan/barnets plan",
        DocType::MeasureDecision => "Afgørelse om foranstaltning/indsats",
        DocType::TerminationDecision => "Afgørelse om ophør",
        DocType::FollowUp => "Opfølgning",
        DocType::Closure => "Afslutningsnotat",
        _ => "Dokument",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("valid test date")
    }

    fn doc(id: &str, t: DocType, date: &str) -> Document {
        Document {
            id: id.to_string(),
            doc_type: t,
            date: Some(d(date)),
            time: None,
            pages: 1,
            attributes: Attributes::default(),
            evidence: None,
            extractor: None,
            encoding: None,
            overridden: false,
        }
    }

    fn with(mut x: Document, f: impl FnOnce(&mut Attributes)) -> Document {
        f(&mut x.attributes);
        x
    }

    fn timed(mut x: Document, time: &str) -> Document {
        x.time = Some(time.to_string());
        x
    }

    /// A decision that satisfies the complaint-guidance rule, so tests of other rules on
    /// decisions are not cluttered with that gap.
    fn decision(id: &str, t: DocType, date: &str) -> Document {
        with(doc(id, t, date), |a| a.complaint_guidance = Some(true))
    }

    fn eval(docs: &[Document], as_of: &str) -> Evaluation {
        evaluate(docs, d(as_of), &RuleCatalogue::builtin())
    }

    fn gaps_of<'a>(ev: &'a Evaluation, rule: &str) -> Vec<&'a Gap> {
        ev.gaps.iter().filter(|g| g.rule == rule).collect()
    }

    fn upcoming_of<'a>(ev: &'a Evaluation, rule: &str) -> Vec<&'a Upcoming> {
        ev.upcoming.iter().filter(|u| u.rule == rule).collect()
    }

    // ---- catalogue ----------------------------------------------------------------------

    #[test]
    fn builtin_catalogue_parses_and_has_every_rule() {
        let cat = RuleCatalogue::from_toml_str(BUILTIN_RULES_TOML).expect("builtin parses");
        assert_eq!(cat.rules.len(), RULES.len());
        assert_eq!(
            cat.legal_basis(ASSESSMENT_WITHIN_24H, Regime::SEL),
            "serviceloven § 155, stk. 2"
        );
        assert_eq!(
            cat.legal_basis(ASSESSMENT_WITHIN_24H, Regime::BL),
            "barnets lov § 136"
        );
        assert_eq!(
            cat.label(ASSESSMENT_WITHIN_24H),
            "Vurdering af underretning inden for 24 timer"
        );
        // follow_up_every_6_months has no BL basis and falls back to its SEL basis.
        assert_eq!(
            cat.legal_basis(FOLLOW_UP_EVERY_6_MONTHS, Regime::BL),
            "serviceloven § 70, stk. 1"
        );
        assert_eq!(cat.legal_basis("no_such_rule", Regime::BL), "-");
    }

    #[test]
    fn catalogue_rejects_missing_rule_and_template_and_unknown_ids() {
        let without_rule =
            BUILTIN_RULES_TOML.replace("[rules.plan_has_goals", "[rules.plan_has_goalz");
        let err = RuleCatalogue::from_toml_str(&without_rule).expect_err("must fail");
        assert!(err.contains("plan_has_goals"), "{err}");

        let without_template =
            BUILTIN_RULES_TOML.replace("gap = \"Planen af {start}", "gapx = \"Planen af {start}");
        let err = RuleCatalogue::from_toml_str(&without_template).expect_err("must fail");
        assert!(err.contains("`gap`"), "{err}");

        let extra = format!(
            "{BUILTIN_RULES_TOML}\n[rules.extra]\nlabel = \"x\"\nseverity = \"error\"\n\
             legal_basis = {{ SEL = \"x\" }}\nmessages = {{}}\n"
        );
        let err = RuleCatalogue::from_toml_str(&extra).expect_err("must fail");
        assert!(err.contains("unknown rule id `extra`"), "{err}");
    }

    #[test]
    fn catalogue_errors_are_one_line() {
        let err = RuleCatalogue::from_toml_str("version = 1\n[rules\n").expect_err("bad toml");
        assert!(err.starts_with("rule catalogue:"), "{err}");
        assert!(!err.contains('\n'), "{err}");
    }

    #[test]
    fn messages_fill_placeholders() {
        let docs = [
            doc("n", DocType::Notification, "2015-03-12"),
            doc("a", DocType::NotificationAssessment, "2015-03-20"),
        ];
        let ev = eval(&docs, "2016-01-01");
        let g = gaps_of(&ev, ASSESSMENT_WITHIN_24H);
        assert_eq!(
            g[0].message,
            "Underretningen modtaget 2015-03-12 blev først vurderet 2015-03-20, mere end 24 \
             timer efter modtagelsen (frist 2015-03-13)"
        );
        assert!(!g[0].message.contains('{'));
    }

    // ---- assessment_within_24h ----------------------------------------------------------

    #[test]
    fn assessment_next_day_is_in_time_two_days_is_late() {
        let n = doc("n", DocType::Notification, "2015-03-12");
        let ok = [
            n.clone(),
            doc("a", DocType::NotificationAssessment, "2015-03-13"),
        ];
        assert!(gaps_of(&eval(&ok, "2016-01-01"), ASSESSMENT_WITHIN_24H).is_empty());

        let late = [n, doc("a", DocType::NotificationAssessment, "2015-03-14")];
        let ev = eval(&late, "2016-01-01");
        let g = gaps_of(&ev, ASSESSMENT_WITHIN_24H);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].trigger, "n");
        assert_eq!(g[0].due, Some(d("2015-03-13")));
        assert_eq!(g[0].found, Some(d("2015-03-14")));
        assert_eq!(g[0].severity, Severity::Error);
        assert_eq!(g[0].legal_basis, "serviceloven § 155, stk. 2");
    }

    #[test]
    fn assessment_with_clock_times_over_24_hours_is_late() {
        let docs = [
            timed(doc("n", DocType::Notification, "2023-02-14"), "09:00"),
            timed(
                doc("a", DocType::NotificationAssessment, "2023-02-15"),
                "10:00",
            ),
        ];
        let ev = eval(&docs, "2024-01-01");
        let g = gaps_of(&ev, ASSESSMENT_WITHIN_24H);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].found, Some(d("2023-02-15")));

        let docs = [
            timed(doc("n", DocType::Notification, "2023-02-14"), "09:00"),
            timed(
                doc("a", DocType::NotificationAssessment, "2023-02-15"),
                "09:00",
            ),
        ];
        assert!(gaps_of(&eval(&docs, "2024-01-01"), ASSESSMENT_WITHIN_24H).is_empty());
    }

    #[test]
    fn assessment_missing_and_bl_regime() {
        let docs = [doc("n", DocType::Notification, "2024-01-01")];
        let ev = eval(&docs, "2025-01-01");
        let g = gaps_of(&ev, ASSESSMENT_WITHIN_24H);
        assert_eq!(g[0].found, None);
        assert_eq!(g[0].regime, Regime::BL);
        assert_eq!(g[0].legal_basis, "barnets lov § 136");
    }

    #[test]
    fn assessment_not_yet_due_is_upcoming() {
        let docs = [doc("n", DocType::Notification, "2026-06-30")];
        let ev = eval(&docs, "2026-06-30");
        assert!(gaps_of(&ev, ASSESSMENT_WITHIN_24H).is_empty());
        let u = upcoming_of(&ev, ASSESSMENT_WITHIN_24H);
        assert_eq!(u.len(), 1);
        assert_eq!(u[0].due, d("2026-07-01"));
        assert_eq!(u[0].regime, Regime::BL);
        assert!(u[0].message.contains("2026-07-01"));
    }

    // ---- receipt_within_6_workdays ------------------------------------------------------

    #[test]
    fn receipt_on_sixth_workday_met_one_day_later_late() {
        // Thu 12 March 2015 + 6 working days = Fri 20 March.
        let n = doc("n", DocType::Notification, "2015-03-12");
        let ok = [n.clone(), doc("r", DocType::Receipt, "2015-03-20")];
        assert!(gaps_of(&eval(&ok, "2016-01-01"), RECEIPT_WITHIN_6_WORKDAYS).is_empty());
        let late = [n, doc("r", DocType::Receipt, "2015-03-21")];
        let ev = eval(&late, "2016-01-01");
        let g = gaps_of(&ev, RECEIPT_WITHIN_6_WORKDAYS);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].due, Some(d("2015-03-20")));
        assert_eq!(g[0].found, Some(d("2015-03-21")));
        assert_eq!(g[0].severity, Severity::Warning);
        assert_eq!(g[0].legal_basis, "serviceloven § 155 b, stk. 1");
    }

    #[test]
    fn anonymous_notification_needs_no_receipt() {
        let n = with(doc("n", DocType::Notification, "2015-03-12"), |a| {
            a.anonymous = Some(true)
        });
        let ev = eval(&[n], "2016-01-01");
        assert!(gaps_of(&ev, RECEIPT_WITHIN_6_WORKDAYS).is_empty());
        // ... but still needs its assessment.
        assert_eq!(gaps_of(&ev, ASSESSMENT_WITHIN_24H).len(), 1);
    }

    // ---- investigation_required ---------------------------------------------------------

    #[test]
    fn sel_decision_needs_prior_investigation() {
        let m = decision("m", DocType::MeasureDecision, "2015-06-01");
        let same_day = [m.clone(), doc("i", DocType::Investigation, "2015-06-01")];
        assert!(gaps_of(&eval(&same_day, "2016-01-01"), INVESTIGATION_REQUIRED).is_empty());
        let after = [m, doc("i", DocType::Investigation, "2015-06-02")];
        let ev = eval(&after, "2016-01-01");
        let g = gaps_of(&ev, INVESTIGATION_REQUIRED);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].due, Some(d("2015-06-01")));
        assert_eq!(g[0].found, Some(d("2015-06-02")));
        assert_eq!(g[0].legal_basis, "serviceloven § 50");
    }

    #[test]
    fn bl_decision_needs_investigation_only_for_placement() {
        let support = decision("m", DocType::MeasureDecision, "2024-03-01");
        assert!(gaps_of(&eval(&[support], "2025-01-01"), INVESTIGATION_REQUIRED).is_empty());
        let placement = with(decision("m", DocType::MeasureDecision, "2024-03-01"), |a| {
            a.placement = Some(true)
        });
        let ev = eval(&[placement], "2025-01-01");
        let g = gaps_of(&ev, INVESTIGATION_REQUIRED);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].regime, Regime::BL);
        assert_eq!(g[0].legal_basis, "barnets lov § 20, stk. 1");
        assert_eq!(g[0].found, None);
    }

    // ---- investigation_within_4_months --------------------------------------------------

    #[test]
    fn investigation_exactly_on_due_date_is_met_one_day_late_is_error() {
        let n = doc("n", DocType::Notification, "2015-03-12");
        let ok = [n.clone(), doc("i", DocType::Investigation, "2015-07-12")];
        assert!(gaps_of(&eval(&ok, "2016-01-01"), INVESTIGATION_WITHIN_4_MONTHS).is_empty());
        let late = [n, doc("i", DocType::Investigation, "2015-07-13")];
        let ev = eval(&late, "2016-01-01");
        let g = gaps_of(&ev, INVESTIGATION_WITHIN_4_MONTHS);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].trigger, "n");
        assert_eq!(g[0].due, Some(d("2015-07-12")));
        assert_eq!(g[0].found, Some(d("2015-07-13")));
        assert_eq!(g[0].severity, Severity::Error);
        assert_eq!(
            g[0].message,
            "Børnefaglig undersøgelse afsluttet 2015-07-13, 1 dage efter fristen 2015-07-12"
        );
    }

    #[test]
    fn late_investigation_with_timely_preliminary_assessment_is_warning() {
        let docs = [
            doc("n", DocType::Notification, "2015-03-12"),
            doc("p", DocType::PreliminaryAssessment, "2015-07-12"),
            doc("i", DocType::Investigation, "2015-09-01"),
        ];
        let ev = eval(&docs, "2016-01-01");
        let g = gaps_of(&ev, INVESTIGATION_WITHIN_4_MONTHS);
        assert_eq!(g[0].severity, Severity::Warning);
        // A preliminary assessment after the due date does not mitigate.
        let docs = [
            doc("n", DocType::Notification, "2015-03-12"),
            doc("p", DocType::PreliminaryAssessment, "2015-07-13"),
            doc("i", DocType::Investigation, "2015-09-01"),
        ];
        let ev = eval(&docs, "2016-01-01");
        assert_eq!(
            gaps_of(&ev, INVESTIGATION_WITHIN_4_MONTHS)[0].severity,
            Severity::Error
        );
    }

    #[test]
    fn episode_starts_at_earliest_trigger_after_previous_investigation() {
        let docs = [
            doc("n1", DocType::Notification, "2015-01-10"),
            doc("i1", DocType::Investigation, "2015-03-01"),
            doc("n2", DocType::Notification, "2016-01-10"),
            doc("d2", DocType::InvestigationDecision, "2016-02-01"),
            doc("i2", DocType::Investigation, "2016-06-01"),
        ];
        let ev = eval(&docs, "2017-01-01");
        let g = gaps_of(&ev, INVESTIGATION_WITHIN_4_MONTHS);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].trigger, "n2");
        assert_eq!(g[0].due, Some(d("2016-05-10")));
    }

    #[test]
    fn investigation_regime_switches_on_2024_01_01() {
        let sel = [
            doc("n", DocType::Notification, "2023-12-31"),
            doc("i", DocType::Investigation, "2024-06-01"),
        ];
        let ev = eval(&sel, "2025-01-01");
        let g = gaps_of(&ev, INVESTIGATION_WITHIN_4_MONTHS);
        assert_eq!(g[0].regime, Regime::SEL);
        assert_eq!(g[0].legal_basis, "serviceloven § 50, stk. 7");
        let bl = [
            doc("n", DocType::Notification, "2024-01-01"),
            doc("i", DocType::Investigation, "2024-06-01"),
        ];
        let ev = eval(&bl, "2025-01-01");
        let g = gaps_of(&ev, INVESTIGATION_WITHIN_4_MONTHS);
        assert_eq!(g[0].regime, Regime::BL);
        assert_eq!(g[0].legal_basis, "barnets lov § 20, stk. 3");
    }

    #[test]
    fn episode_without_investigation_is_gap_only_after_due() {
        let docs = [
            doc("n", DocType::Notification, "2026-01-10"),
            decision("d", DocType::InvestigationDecision, "2026-01-20"),
        ];
        // Due 2026-05-10: up to and including it, an upcoming deadline (it can still be met
        // that day); after it, a gap with nothing found.
        let before = eval(&docs, "2026-05-09");
        assert!(gaps_of(&before, INVESTIGATION_WITHIN_4_MONTHS).is_empty());
        let u = upcoming_of(&before, INVESTIGATION_WITHIN_4_MONTHS);
        assert_eq!(u.len(), 1);
        assert_eq!((u[0].trigger.as_str(), u[0].due), ("n", d("2026-05-10")));
        let on = eval(&docs, "2026-05-10");
        assert!(gaps_of(&on, INVESTIGATION_WITHIN_4_MONTHS).is_empty());
        assert_eq!(upcoming_of(&on, INVESTIGATION_WITHIN_4_MONTHS).len(), 1);
        let after = eval(&docs, "2026-05-11");
        let g = gaps_of(&after, INVESTIGATION_WITHIN_4_MONTHS);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].found, None);
        assert_eq!(g[0].trigger, "n");
        // A notification alone opens no episode.
        let lone = [doc("n", DocType::Notification, "2015-01-10")];
        let ev = eval(&lone, "2026-01-01");
        assert!(gaps_of(&ev, INVESTIGATION_WITHIN_4_MONTHS).is_empty());
    }

    // ---- child_conversation_before_decision ---------------------------------------------

    #[test]
    fn child_conversation_window_is_six_months_up_to_decision() {
        let m = decision("m", DocType::MeasureDecision, "2015-08-31");
        // add_months(2015-08-31, -6) = 2015-02-28.
        let ok = [
            doc("c", DocType::ChildConversation, "2015-02-28"),
            m.clone(),
        ];
        assert!(gaps_of(&eval(&ok, "2016-01-01"), CHILD_CONVERSATION_BEFORE_DECISION).is_empty());
        let early = [
            doc("c", DocType::ChildConversation, "2015-02-27"),
            m.clone(),
        ];
        let ev = eval(&early, "2016-01-01");
        let g = gaps_of(&ev, CHILD_CONVERSATION_BEFORE_DECISION);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].due, Some(d("2015-08-31")));
        assert_eq!(g[0].found, Some(d("2015-02-27")));
        let after = [m, doc("c", DocType::ChildConversation, "2015-09-01")];
        let ev = eval(&after, "2016-01-01");
        assert_eq!(
            gaps_of(&ev, CHILD_CONVERSATION_BEFORE_DECISION)[0].found,
            None
        );
    }

    // ---- plan_in_time -------------------------------------------------------------------

    #[test]
    fn sel_plan_must_precede_decision() {
        let m = decision("m", DocType::MeasureDecision, "2015-06-01");
        let ok = [doc("p", DocType::Plan, "2015-06-01"), m.clone()];
        assert!(gaps_of(&eval(&ok, "2016-01-01"), PLAN_IN_TIME).is_empty());
        let late = [m, doc("p", DocType::Plan, "2015-06-02")];
        let ev = eval(&late, "2016-01-01");
        let g = gaps_of(&ev, PLAN_IN_TIME);
        assert_eq!(g[0].due, Some(d("2015-06-01")));
        assert_eq!(g[0].found, Some(d("2015-06-02")));
        assert_eq!(g[0].legal_basis, "serviceloven § 140");
    }

    #[test]
    fn sel_urgent_decision_allows_plan_within_4_months() {
        let m = with(decision("m", DocType::MeasureDecision, "2015-06-01"), |a| {
            a.urgent = Some(true)
        });
        let ok = [m.clone(), doc("p", DocType::Plan, "2015-10-01")];
        assert!(gaps_of(&eval(&ok, "2016-01-01"), PLAN_IN_TIME).is_empty());
        let late = [m, doc("p", DocType::Plan, "2015-10-02")];
        let ev = eval(&late, "2016-01-01");
        assert_eq!(gaps_of(&ev, PLAN_IN_TIME)[0].due, Some(d("2015-10-01")));
    }

    #[test]
    fn bl_plan_windows() {
        // Other decisions: 3 months after.
        let m = decision("m", DocType::MeasureDecision, "2024-03-01");
        let ok = [m.clone(), doc("p", DocType::Plan, "2024-06-01")];
        assert!(gaps_of(&eval(&ok, "2025-01-01"), PLAN_IN_TIME).is_empty());
        let late = [m, doc("p", DocType::Plan, "2024-06-02")];
        let ev = eval(&late, "2025-01-01");
        let g = gaps_of(&ev, PLAN_IN_TIME);
        assert_eq!(g[0].due, Some(d("2024-06-01")));
        assert_eq!(g[0].legal_basis, "barnets lov § 91");
        // Placement without consent: by the decision.
        let forced = with(decision("m", DocType::MeasureDecision, "2024-03-01"), |a| {
            a.placement = Some(true);
            a.without_consent = Some(true);
        });
        let ev = eval(
            &[forced, doc("p", DocType::Plan, "2024-03-02")],
            "2025-01-01",
        );
        assert_eq!(gaps_of(&ev, PLAN_IN_TIME)[0].due, Some(d("2024-03-01")));
    }

    #[test]
    fn bl_no_plan_is_not_checked_unless_placement() {
        let no_plan = with(decision("m", DocType::MeasureDecision, "2024-03-01"), |a| {
            a.no_plan = Some(true)
        });
        let ev = eval(&[no_plan], "2025-01-01");
        assert!(gaps_of(&ev, PLAN_IN_TIME).is_empty());
        assert!(upcoming_of(&ev, PLAN_IN_TIME).is_empty());
        let placed = with(decision("m", DocType::MeasureDecision, "2024-03-01"), |a| {
            a.no_plan = Some(true);
            a.placement = Some(true);
        });
        assert_eq!(
            gaps_of(&eval(&[placed], "2025-01-01"), PLAN_IN_TIME).len(),
            1
        );
    }

    #[test]
    fn plan_not_yet_due_is_upcoming() {
        let m = decision("m", DocType::MeasureDecision, "2026-06-04");
        let ev = eval(&[m], "2026-06-30");
        assert!(gaps_of(&ev, PLAN_IN_TIME).is_empty());
        let u = upcoming_of(&ev, PLAN_IN_TIME);
        assert_eq!(u[0].due, d("2026-09-04"));
        let f = upcoming_of(&ev, FIRST_FOLLOW_UP_WITHIN_3_MONTHS);
        assert_eq!(f[0].due, d("2026-09-04"));
    }

    // ---- plan_has_goals -----------------------------------------------------------------

    #[test]
    fn plan_without_goals_is_warning() {
        let with_goals = with(doc("p1", DocType::Plan, "2015-01-01"), |a| {
            a.goals = Some(true)
        });
        let without = with(doc("p2", DocType::Plan, "2024-01-01"), |a| {
            a.goals = Some(false)
        });
        let ev = eval(&[with_goals, without], "2024-02-01");
        let g = gaps_of(&ev, PLAN_HAS_GOALS);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].trigger, "p2");
        assert_eq!(g[0].severity, Severity::Warning);
        assert_eq!((g[0].due, g[0].found), (None, None));
        assert_eq!(g[0].legal_basis, "barnets lov § 92");
    }

    // ---- first_follow_up_within_3_months ------------------------------------------------

    #[test]
    fn first_follow_up_on_due_date_met_one_day_late_error() {
        let m = decision("m", DocType::MeasureDecision, "2015-11-30");
        // add_months(2015-11-30, 3) = 2016-02-29 (leap year clamp).
        let ok = [m.clone(), doc("f", DocType::FollowUp, "2016-02-29")];
        assert!(gaps_of(&eval(&ok, "2016-06-01"), FIRST_FOLLOW_UP_WITHIN_3_MONTHS).is_empty());
        let late = [m, doc("f", DocType::FollowUp, "2016-03-01")];
        let ev = eval(&late, "2016-06-01");
        let g = gaps_of(&ev, FIRST_FOLLOW_UP_WITHIN_3_MONTHS);
        assert_eq!(g[0].due, Some(d("2016-02-29")));
        assert_eq!(g[0].found, Some(d("2016-03-01")));
    }

    #[test]
    fn termination_before_first_follow_up_ends_the_obligation() {
        let m = decision("m", DocType::MeasureDecision, "2015-06-01");
        let t = decision("t", DocType::TerminationDecision, "2015-08-01");
        let ev = eval(&[m.clone(), t], "2016-06-01");
        assert!(gaps_of(&ev, FIRST_FOLLOW_UP_WITHIN_3_MONTHS).is_empty());
        assert!(gaps_of(&ev, FOLLOW_UP_EVERY_6_MONTHS).is_empty());
        // A termination after the due date does not excuse the missed follow-up.
        let t = decision("t", DocType::TerminationDecision, "2015-09-02");
        let ev = eval(&[m, t], "2016-06-01");
        assert_eq!(gaps_of(&ev, FIRST_FOLLOW_UP_WITHIN_3_MONTHS).len(), 1);
    }

    #[test]
    fn follow_ups_count_for_every_earlier_decision() {
        let docs = [
            decision("m1", DocType::MeasureDecision, "2015-01-10"),
            decision("m2", DocType::MeasureDecision, "2015-02-10"),
            doc("f", DocType::FollowUp, "2015-04-01"),
        ];
        let ev = eval(&docs, "2015-05-01");
        assert!(gaps_of(&ev, FIRST_FOLLOW_UP_WITHIN_3_MONTHS).is_empty());
    }

    // ---- follow_up_every_6_months -------------------------------------------------------

    #[test]
    fn six_month_interval_exactly_met_one_day_more_is_gap() {
        let base = [
            decision("m", DocType::MeasureDecision, "2015-01-10"),
            doc("f1", DocType::FollowUp, "2015-03-10"),
        ];
        let mut ok = base.to_vec();
        ok.push(doc("f2", DocType::FollowUp, "2015-09-10"));
        ok.push(decision("t", DocType::TerminationDecision, "2015-10-01"));
        assert!(gaps_of(&eval(&ok, "2016-06-01"), FOLLOW_UP_EVERY_6_MONTHS).is_empty());
        let mut late = base.to_vec();
        late.push(doc("f2", DocType::FollowUp, "2015-09-11"));
        late.push(decision("t", DocType::TerminationDecision, "2015-10-01"));
        let ev = eval(&late, "2016-06-01");
        let g = gaps_of(&ev, FOLLOW_UP_EVERY_6_MONTHS);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].due, Some(d("2015-09-10")));
        assert_eq!(g[0].found, Some(d("2015-09-11")));
        assert_eq!(g[0].legal_basis, "serviceloven § 70, stk. 1");
    }

    #[test]
    fn six_month_counting_stops_at_termination_and_at_bl() {
        // Last follow-up 2015-03-10; terminated 2015-09-10 (exactly 6 months): no gap.
        let docs = [
            decision("m", DocType::MeasureDecision, "2015-01-10"),
            doc("f1", DocType::FollowUp, "2015-03-10"),
            decision("t", DocType::TerminationDecision, "2015-09-10"),
        ];
        assert!(gaps_of(&eval(&docs, "2020-01-01"), FOLLOW_UP_EVERY_6_MONTHS).is_empty());
        // Without termination, counting runs to 2024-01-01 at the latest: a follow-up on
        // 2023-07-01 covers the rest of the SEL period even if nothing follows under BL.
        let docs = [
            decision("m", DocType::MeasureDecision, "2023-01-10"),
            doc("f1", DocType::FollowUp, "2023-03-10"),
            doc("f2", DocType::FollowUp, "2023-07-01"),
        ];
        assert!(gaps_of(&eval(&docs, "2026-01-01"), FOLLOW_UP_EVERY_6_MONTHS).is_empty());
        let docs = [
            decision("m", DocType::MeasureDecision, "2023-01-10"),
            doc("f1", DocType::FollowUp, "2023-03-10"),
        ];
        let ev = eval(&docs, "2026-01-01");
        let g = gaps_of(&ev, FOLLOW_UP_EVERY_6_MONTHS);
        assert_eq!(g[0].due, Some(d("2023-09-10")));
        assert_eq!(g[0].found, None);
    }

    #[test]
    fn six_month_interval_still_running_at_as_of_is_upcoming() {
        let docs = [
            decision("m", DocType::MeasureDecision, "2015-01-10"),
            doc("f1", DocType::FollowUp, "2015-03-10"),
        ];
        let ev = eval(&docs, "2015-06-01");
        assert!(gaps_of(&ev, FOLLOW_UP_EVERY_6_MONTHS).is_empty());
        let u = upcoming_of(&ev, FOLLOW_UP_EVERY_6_MONTHS);
        assert_eq!(u.len(), 1);
        assert_eq!(u[0].due, d("2015-09-10"));
        // Terminated before as_of: nothing more is due.
        let mut ended = docs.to_vec();
        ended.push(decision("t", DocType::TerminationDecision, "2015-05-01"));
        let ev = eval(&ended, "2015-06-01");
        assert!(upcoming_of(&ev, FOLLOW_UP_EVERY_6_MONTHS).is_empty());
    }

    #[test]
    fn bl_decisions_have_no_six_month_rule() {
        let docs = [
            decision("m", DocType::MeasureDecision, "2024-01-10"),
            doc("f1", DocType::FollowUp, "2024-03-10"),
        ];
        let ev = eval(&docs, "2026-01-01");
        assert!(gaps_of(&ev, FOLLOW_UP_EVERY_6_MONTHS).is_empty());
    }

    // ---- decision_has_complaint_guidance ------------------------------------------------

    #[test]
    fn every_decision_type_needs_complaint_guidance() {
        let docs = [
            doc("a", DocType::InvestigationDecision, "2015-01-01"),
            doc("b", DocType::MeasureDecision, "2015-02-01"),
            doc("c", DocType::TerminationDecision, "2024-02-01"),
            decision("ok", DocType::MeasureDecision, "2015-03-01"),
        ];
        let ev = eval(&docs, "2024-03-01");
        let g = gaps_of(&ev, DECISION_HAS_COMPLAINT_GUIDANCE);
        let triggers: Vec<&str> = g.iter().map(|g| g.trigger.as_str()).collect();
        assert_eq!(triggers, ["a", "b", "c"]);
        assert_eq!(g[2].regime, Regime::BL);
        assert!(g.iter().all(|g| g.legal_basis == "forvaltningsloven § 25"));
    }

    // ---- inactive_case_not_closed -------------------------------------------------------

    #[test]
    fn inactive_case_without_closure_is_warning() {
        let docs = [
            doc("n", DocType::Notification, "2012-03-01"),
            doc("j", DocType::JournalNote, "2012-12-29"),
            doc("x", DocType::Other, "2011-01-01"),
        ];
        let ev = eval(&docs, "2026-06-30");
        let g = gaps_of(&ev, INACTIVE_CASE_NOT_CLOSED);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].trigger, "j");
        assert_eq!(g[0].due, Some(d("2013-12-29")));
        assert_eq!(g[0].regime, Regime::SEL);
        assert_eq!(g[0].legal_basis, "-");
        assert_eq!(g[0].severity, Severity::Warning);
        // Exactly 12 months is not "more than 12 months".
        let ev = eval(&docs, "2013-12-29");
        assert!(gaps_of(&ev, INACTIVE_CASE_NOT_CLOSED).is_empty());
        // A closure (or a termination decision) anywhere settles it.
        let mut closed = docs.to_vec();
        closed.push(doc("c", DocType::Closure, "2012-06-01"));
        assert!(gaps_of(&eval(&closed, "2026-06-30"), INACTIVE_CASE_NOT_CLOSED).is_empty());
    }

    // ---- the whole evaluation -----------------------------------------------------------

    #[test]
    fn undated_documents_are_ignored() {
        let mut n = doc("n", DocType::Notification, "2015-01-01");
        n.date = None;
        let mut p = doc("p", DocType::Plan, "2015-01-01");
        p.date = None;
        let ev = eval(&[n, p], "2026-01-01");
        assert!(ev.gaps.is_empty());
        assert!(ev.upcoming.is_empty());
        assert!(ev.regimes.is_empty());
    }

    #[test]
    fn regimes_are_those_of_dated_key_documents() {
        let docs = [
            doc("n", DocType::Notification, "2023-12-31"),
            doc("a", DocType::NotificationAssessment, "2024-01-01"),
            doc("x", DocType::Other, "2010-01-01"),
        ];
        assert_eq!(
            eval(&docs, "2024-02-01").regimes,
            vec![Regime::SEL, Regime::BL]
        );
        let only_other = [doc("x", DocType::JournalNote, "2010-01-01")];
        assert!(eval(&only_other, "2010-02-01").regimes.is_empty());
    }

    #[test]
    fn output_is_sorted_whatever_the_input_order() {
        let docs = vec![
            doc("z", DocType::Notification, "2015-01-01"),
            doc("b", DocType::MeasureDecision, "2015-02-01"),
            doc("a", DocType::Notification, "2016-01-01"),
        ];
        let mut reversed = docs.clone();
        reversed.reverse();
        let one = eval(&docs, "2026-01-01");
        assert_eq!(one, eval(&reversed, "2026-01-01"));
        let keys: Vec<(&str, &str)> = one
            .gaps
            .iter()
            .map(|g| (g.rule.as_str(), g.trigger.as_str()))
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
    }

    // ---- completeness -------------------------------------------------------------------

    #[test]
    fn completeness_reports_unreadable_and_undated_key_documents() {
        let dated = doc("n", DocType::Notification, "2015-01-01");
        assert_eq!(
            completeness(std::slice::from_ref(&dated), 0),
            (true, vec![])
        );

        let (ok, reasons) = completeness(std::slice::from_ref(&dated), 2);
        assert!(!ok);
        assert_eq!(reasons, ["2 dokumenter kunne ikke læses"]);

        let mut plan = doc("Dokumenter/Handleplan.pdf", DocType::Plan, "2015-01-01");
        plan.date = None;
        let mut note = doc("note.txt", DocType::JournalNote, "2015-01-01");
        note.date = None; // not a key type: does not make the case incomplete
        let (ok, reasons) = completeness(&[dated, plan, note], 0);
        assert!(!ok);
        assert_eq!(
            reasons,
            ["Handleplan/barnets plan uden dato: Dokumenter/Handleplan.pdf"]
        );
    }
}
