//! The typed records that flow through the pipeline.
//!
//! A *document* is one unit the rules reason about: a file, or one entry of a multi-entry
//! journal file (`path#N`). Every stage speaks in these types: extraction produces
//! [`ExtractedDoc`]s, detection turns them into [`Document`]s, the rules add [`Gap`]s and
//! [`Upcoming`] deadlines, and the reports read [`CaseReport`]s. Field names follow
//! `spec/contract.md` exactly, because users' scripts and the scorer read them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The document type ids of `spec/domain.md`, plus `other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocType {
    Notification,
    NotificationAssessment,
    Receipt,
    InvestigationDecision,
    Investigation,
    PreliminaryAssessment,
    PartialAssessment,
    ChildConversation,
    Plan,
    MeasureDecision,
    TerminationDecision,
    FollowUp,
    SupervisionVisit,
    Hearing,
    Consent,
    StatusStatement,
    JournalNote,
    Closure,
    Other,
}

impl DocType {
    pub const ALL: [DocType; 19] = [
        DocType::Notification,
        DocType::NotificationAssessment,
        DocType::Receipt,
        DocType::InvestigationDecision,
        DocType::Investigation,
        DocType::PreliminaryAssessment,
        DocType::PartialAssessment,
        DocType::ChildConversation,
        DocType::Plan,
        DocType::MeasureDecision,
        DocType::TerminationDecision,
        DocType::FollowUp,
        DocType::SupervisionVisit,
        DocType::Hearing,
        DocType::Consent,
        DocType::StatusStatement,
        DocType::JournalNote,
        DocType::Closure,
        DocType::Other,
    ];

    /// The id used in the output and in the pattern catalogue.
    pub fn id(self) -> &'static str {
        match self {
            DocType::Notification => "notification",
            DocType::NotificationAssessment => "notification_assessment",
            DocType::Receipt => "receipt",
            DocType::InvestigationDecision => "investigation_decision",
            DocType::Investigation => "investigation",
            DocType::PreliminaryAssessment => "preliminary_assessment",
            DocType::PartialAssessment => "partial_assessment",
            DocType::ChildConversation => "child_conversation",
            DocType::Plan => "plan",
            DocType::MeasureDecision => "measure_decision",
            DocType::TerminationDecision => "termination_decision",
            DocType::FollowUp => "follow_up",
            DocType::SupervisionVisit => "supervision_visit",
            DocType::Hearing => "hearing",
            DocType::Consent => "consent",
            DocType::StatusStatement => "status_statement",
            DocType::JournalNote => "journal_note",
            DocType::Closure => "closure",
            DocType::Other => "other",
        }
    }

    pub fn from_id(s: &str) -> Option<DocType> {
        DocType::ALL.iter().copied().find(|t| t.id() == s)
    }

    /// Decisions carry complaint guidance (forvaltningsloven § 25).
    pub fn is_decision(self) -> bool {
        matches!(
            self,
            DocType::InvestigationDecision
                | DocType::MeasureDecision
                | DocType::TerminationDecision
        )
    }
}

/// The attributes of `spec/domain.md`. `None` means "does not apply to this type"; only the
/// attributes that apply to a document's type are written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attributes {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anonymous: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub without_consent: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urgent: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_plan: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint_guidance: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goals: Option<bool>,
}

impl Attributes {
    pub fn is_empty(&self) -> bool {
        *self == Attributes::default()
    }
    /// The attribute, or `false` where it is unknown.
    pub fn flag(v: Option<bool>) -> bool {
        v.unwrap_or(false)
    }
}

/// Where in the document the classification was decided: the auditor's pointer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub page: u32,
    pub snippet: String,
}

/// A detected document, as written to `cases.jsonl`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    #[serde(rename = "type")]
    pub doc_type: DocType,
    pub date: Option<NaiveDate>,
    /// Clock time of the event, `HH:MM`, when the document states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    #[serde(default)]
    pub pages: u32,
    #[serde(default, skip_serializing_if = "Attributes::is_empty")]
    pub attributes: Attributes,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
    /// Which extractor produced the text (`pdf-extract`, `pdftotext`, `text`, `docx`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extractor: Option<String>,
    /// Text encoding of a text note (`UTF-8`, `windows-1252`, `UTF-16LE`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// Set when an auditor's override changed this document.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub overridden: bool,
}

/// Why a file could not be read. The ids are fixed by the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnreadableReason {
    NoText,
    Encrypted,
    Corrupt,
    Timeout,
    Unsupported,
    TooLarge,
    Error,
}

impl UnreadableReason {
    pub fn id(self) -> &'static str {
        match self {
            UnreadableReason::NoText => "no_text",
            UnreadableReason::Encrypted => "encrypted",
            UnreadableReason::Corrupt => "corrupt",
            UnreadableReason::Timeout => "timeout",
            UnreadableReason::Unsupported => "unsupported",
            UnreadableReason::TooLarge => "too_large",
            UnreadableReason::Error => "error",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unreadable {
    pub id: String,
    pub reason: UnreadableReason,
    /// A short human explanation (never containing a CPR number).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub detail: String,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub pages: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Regime {
    SEL,
    BL,
}

impl Regime {
    /// BL applies to events on or after 2024-01-01.
    pub fn of(date: NaiveDate) -> Regime {
        if date < NaiveDate::from_ymd_opt(2024, 1, 1).expect("valid constant date") {
            Regime::SEL
        } else {
            Regime::BL
        }
    }
    pub fn id(self) -> &'static str {
        match self {
            Regime::SEL => "SEL",
            Regime::BL => "BL",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

/// A rule broken in a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gap {
    pub rule: String,
    pub severity: Severity,
    pub regime: Regime,
    pub legal_basis: String,
    pub trigger: String,
    pub due: Option<NaiveDate>,
    pub found: Option<NaiveDate>,
    pub message: String,
}

/// An obligation not yet due at `as_of`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Upcoming {
    pub rule: String,
    pub due: NaiveDate,
    pub trigger: String,
    pub regime: Regime,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub message: String,
}

/// One line of `cases.jsonl`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseReport {
    pub case_id: String,
    pub regimes: Vec<Regime>,
    pub complete: bool,
    /// Why the case is incomplete (unreadable or undated key documents), for people.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub incomplete_reasons: Vec<String>,
    pub documents: Vec<Document>,
    pub unreadable: Vec<Unreadable>,
    pub gaps: Vec<Gap>,
    pub upcoming: Vec<Upcoming>,
}
