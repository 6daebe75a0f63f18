//! The pattern catalogue: casegap's domain knowledge, loaded from `patterns/` and compiled once.
//!
//! The *catalogue* is the TOML in `patterns/catalogue.toml` (document types, titles, date labels,
//! attribute phrases, month names, stop words) and `patterns/rules.toml` (legal bases and
//! messages of the rules). A copy is built into the binary; `--patterns DIR` replaces it with a
//! user's own folder. Loading validates everything and reports problems as `file:line: what is
//! wrong`; the catalogue's version and a blake3 hash of its files go into `summary.json`.
//! Phrases are folded (see `normalize`) when loaded, so matching never re-folds a pattern.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::model::DocType;
use crate::normalize::{fold_line, words};

const BUILTIN_CATALOGUE: &str = include_str!("../patterns/catalogue.toml");
const BUILTIN_RULES: &str = include_str!("../patterns/rules.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalogue {
    version: String,
    words: RawWords,
    months: BTreeMap<String, u32>,
    types: BTreeMap<String, RawType>,
    attributes: BTreeMap<String, RawAttribute>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWords {
    stopwords: Vec<String>,
    generic_titles: Vec<String>,
    date_labels: Vec<String>,
    #[serde(default)]
    foreign_date_labels: Vec<String>,
    #[serde(default)]
    event_verbs: Vec<String>,
    #[serde(default)]
    abbreviations: Vec<String>,
    #[serde(default)]
    reference_openers: Vec<String>,
    #[serde(default)]
    child_name_labels: Vec<String>,
    negations: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawType {
    label: String,
    legal: BTreeMap<String, String>,
    titles: Vec<String>,
    #[serde(default)]
    priority: i32,
    #[serde(default)]
    body: Vec<String>,
    #[serde(default)]
    filename: Vec<String>,
    #[serde(default)]
    negative: Vec<String>,
    #[serde(default)]
    date_labels: Vec<String>,
    #[serde(default)]
    skip_labels: Vec<String>,
    #[serde(default)]
    event_verbs: Vec<String>,
    #[serde(default)]
    time: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAttribute {
    applies_to: Vec<String>,
    phrases: Vec<String>,
    #[serde(default = "yes")]
    negation_guard: bool,
    #[serde(default)]
    exact_words: bool,
}

fn yes() -> bool {
    true
}

/// A phrase as a sequence of folded words, stop words removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    pub text: String,
    pub words: Vec<String>,
}

/// What the catalogue says about one document type.
#[derive(Debug, Clone)]
pub struct TypeSpec {
    pub doc_type: DocType,
    pub label: String,
    pub legal_sel: String,
    pub legal_bl: String,
    pub titles: Vec<Phrase>,
    pub priority: i32,
    pub body: Vec<Phrase>,
    pub filename: Vec<Phrase>,
    pub negative: Vec<Phrase>,
    /// Folded labels of this type's own date, most specific first.
    pub date_labels: Vec<String>,
    pub skip_labels: Vec<String>,
    /// Event verbs that date only this type ("talte med … den" for a child conversation).
    pub event_verbs: Vec<String>,
    pub time: bool,
}

/// The attribute ids of domain.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AttrId {
    Anonymous,
    Placement,
    WithoutConsent,
    Urgent,
    NoPlan,
    ComplaintGuidance,
    Goals,
}

impl AttrId {
    fn from_id(s: &str) -> Option<AttrId> {
        Some(match s {
            "anonymous" => AttrId::Anonymous,
            "placement" => AttrId::Placement,
            "without_consent" => AttrId::WithoutConsent,
            "urgent" => AttrId::Urgent,
            "no_plan" => AttrId::NoPlan,
            "complaint_guidance" => AttrId::ComplaintGuidance,
            "goals" => AttrId::Goals,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub struct AttrSpec {
    pub id: AttrId,
    pub applies_to: Vec<DocType>,
    pub phrases: Vec<Phrase>,
    pub negation_guard: bool,
    pub exact_words: bool,
}

/// The loaded, validated and compiled catalogue. Built once per run and shared read-only.
#[derive(Debug, Clone)]
pub struct Catalogue {
    pub version: String,
    /// blake3 of the catalogue's files, hex.
    pub hash: String,
    /// Where it came from: `built-in` or the folder given with `--patterns`.
    pub source: String,
    pub stopwords: HashSet<String>,
    pub generic_titles: Vec<Phrase>,
    pub date_labels: Vec<String>,
    /// Words that make a "Label: date" field someone else's date (a birth date, a deadline).
    pub foreign_date_labels: Vec<String>,
    /// Verbs whose event is the document's own ("Tilsynet blev aflagt den …").
    pub event_verbs: Vec<String>,
    /// Abbreviations whose full stop does not end a sentence ("jf.", "stk.").
    pub abbreviations: Vec<String>,
    /// Words that open a reference to another document ("Jf. handleplan af …"): such a line is
    /// never a title.
    pub reference_openers: Vec<String>,
    /// Labels before the child's name in a header or a journal's preamble ("Barn:").
    pub child_name_labels: Vec<String>,
    pub negations: Vec<Phrase>,
    pub months: HashMap<String, u32>,
    pub types: Vec<TypeSpec>,
    pub attributes: Vec<AttrSpec>,
    /// The rules' TOML text, parsed by `rules::RuleCatalogue`.
    pub rules_toml: String,
    pub rules_file: String,
}

impl Catalogue {
    /// The catalogue built into the binary.
    pub fn builtin() -> Result<Catalogue, String> {
        Catalogue::parse(
            BUILTIN_CATALOGUE,
            "patterns/catalogue.toml",
            BUILTIN_RULES,
            "patterns/rules.toml",
            "built-in",
        )
    }

    /// A user's catalogue folder: `DIR/catalogue.toml` and, optionally, `DIR/rules.toml`.
    pub fn load_dir(dir: &Path) -> Result<Catalogue, String> {
        let cat_path: PathBuf = dir.join("catalogue.toml");
        let text = std::fs::read_to_string(&cat_path).map_err(|e| {
            format!(
                "{}: cannot read the pattern catalogue: {e}",
                cat_path.display()
            )
        })?;
        let rules_path = dir.join("rules.toml");
        let (rules, rules_name) = if rules_path.exists() {
            let r = std::fs::read_to_string(&rules_path).map_err(|e| {
                format!(
                    "{}: cannot read the rule catalogue: {e}",
                    rules_path.display()
                )
            })?;
            (r, rules_path.display().to_string())
        } else {
            (BUILTIN_RULES.to_string(), "built-in rules.toml".to_string())
        };
        Catalogue::parse(
            &text,
            &cat_path.display().to_string(),
            &rules,
            &rules_name,
            &dir.display().to_string(),
        )
    }

    /// Parses and validates catalogue text; `file` names it in error messages.
    pub fn parse(
        text: &str,
        file: &str,
        rules_toml: &str,
        rules_file: &str,
        source: &str,
    ) -> Result<Catalogue, String> {
        let raw: RawCatalogue = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
        let line_of = |needle: &str| -> usize {
            text.lines()
                .position(|l| l.contains(needle))
                .map(|i| i + 1)
                .unwrap_or(1)
        };
        let stopwords: HashSet<String> = raw.words.stopwords.iter().map(|w| fold_line(w)).collect();
        let phrase = |s: &str| -> Phrase {
            let folded = fold_line(s);
            Phrase {
                text: folded.clone(),
                words: words(&folded)
                    .filter(|w| !stopwords.contains(*w))
                    .map(str::to_string)
                    .collect(),
            }
        };
        let phrases = |v: &[String], what: &str, at: &str| -> Result<Vec<Phrase>, String> {
            v.iter()
                .map(|s| {
                    let p = phrase(s);
                    if p.words.is_empty() {
                        Err(format!(
                            "{file}:{}: {what} phrase \"{s}\" has no words besides stop words",
                            line_of(at)
                        ))
                    } else {
                        Ok(p)
                    }
                })
                .collect()
        };
        if raw.version.trim().is_empty() {
            return Err(format!(
                "{file}:{}: version must not be empty",
                line_of("version")
            ));
        }
        for (name, n) in &raw.months {
            if !(1..=12).contains(n) {
                return Err(format!(
                    "{file}:{}: month \"{name}\" = {n}: a month number is 1 to 12",
                    line_of(name)
                ));
            }
        }
        let mut types = Vec::new();
        for (id, t) in &raw.types {
            let at = format!("[types.{id}]");
            let doc_type = DocType::from_id(id).filter(|d| *d != DocType::Other).ok_or_else(|| {
                format!("{file}:{}: unknown document type \"{id}\" (see domain.md for the type ids)", line_of(&at))
            })?;
            if t.titles.is_empty() {
                return Err(format!(
                    "{file}:{}: type \"{id}\" needs at least one title",
                    line_of(&at)
                ));
            }
            for k in t.legal.keys() {
                if k != "SEL" && k != "BL" {
                    return Err(format!(
                        "{file}:{}: legal basis key \"{k}\" must be SEL or BL",
                        line_of(&at)
                    ));
                }
            }
            types.push(TypeSpec {
                doc_type,
                label: t.label.clone(),
                legal_sel: t.legal.get("SEL").cloned().unwrap_or_default(),
                legal_bl: t.legal.get("BL").cloned().unwrap_or_default(),
                titles: phrases(&t.titles, "title", &at)?,
                priority: t.priority,
                body: phrases(&t.body, "body", &at)?,
                filename: phrases(&t.filename, "file-name", &at)?,
                negative: phrases(&t.negative, "negative", &at)?,
                date_labels: t.date_labels.iter().map(|s| fold_line(s)).collect(),
                skip_labels: t.skip_labels.iter().map(|s| fold_line(s)).collect(),
                event_verbs: t.event_verbs.iter().map(|s| fold_line(s)).collect(),
                time: t.time,
            });
        }
        let mut attributes = Vec::new();
        for (id, a) in &raw.attributes {
            let at = format!("[attributes.{id}]");
            let attr = AttrId::from_id(id).ok_or_else(|| {
                format!(
                    "{file}:{}: unknown attribute \"{id}\" (see domain.md)",
                    line_of(&at)
                )
            })?;
            let mut applies_to = Vec::new();
            for t in &a.applies_to {
                applies_to.push(DocType::from_id(t).ok_or_else(|| {
                    format!(
                        "{file}:{}: attribute \"{id}\" applies to unknown type \"{t}\"",
                        line_of(&at)
                    )
                })?);
            }
            attributes.push(AttrSpec {
                id: attr,
                applies_to,
                phrases: phrases(&a.phrases, "attribute", &at)?,
                negation_guard: a.negation_guard,
                exact_words: a.exact_words,
            });
        }
        let mut hasher = blake3::Hasher::new();
        hasher.update(text.as_bytes());
        hasher.update(b"\0");
        hasher.update(rules_toml.as_bytes());
        Ok(Catalogue {
            version: raw.version.clone(),
            hash: hasher.finalize().to_hex().to_string(),
            source: source.to_string(),
            generic_titles: phrases(&raw.words.generic_titles, "generic title", "generic_titles")?,
            date_labels: raw.words.date_labels.iter().map(|s| fold_line(s)).collect(),
            foreign_date_labels: raw
                .words
                .foreign_date_labels
                .iter()
                .map(|s| fold_line(s))
                .collect(),
            event_verbs: raw.words.event_verbs.iter().map(|s| fold_line(s)).collect(),
            abbreviations: raw
                .words
                .abbreviations
                .iter()
                .map(|s| fold_line(s))
                .collect(),
            reference_openers: raw
                .words
                .reference_openers
                .iter()
                .map(|s| fold_line(s))
                .collect(),
            child_name_labels: raw
                .words
                .child_name_labels
                .iter()
                .map(|s| fold_line(s))
                .collect(),
            negations: phrases(&raw.words.negations, "negation", "negations")?,
            months: raw.months.iter().map(|(k, v)| (fold_line(k), *v)).collect(),
            stopwords,
            types,
            attributes,
            rules_toml: rules_toml.to_string(),
            rules_file: rules_file.to_string(),
        })
    }

    pub fn type_spec(&self, t: DocType) -> Option<&TypeSpec> {
        self.types.iter().find(|s| s.doc_type == t)
    }

    /// Danish label of a type (`other` → "Andet").
    pub fn type_label(&self, t: DocType) -> String {
        self.type_spec(t)
            .map(|s| s.label.clone())
            .unwrap_or_else(|| "Andet".to_string())
    }
}

/// `file:line: message` from a TOML error.
fn toml_error(file: &str, text: &str, e: &toml::de::Error) -> String {
    let line = e
        .span()
        .map(|s| text[..s.start.min(text.len())].lines().count().max(1))
        .unwrap_or(1);
    let msg = e
        .message()
        .lines()
        .next()
        .unwrap_or("invalid TOML")
        .to_string();
    format!("{file}:{line}: {msg}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_catalogue_loads() {
        let c = Catalogue::builtin().expect("built-in catalogue is valid");
        assert!(c.types.len() >= 18);
        assert_eq!(c.months.get("marts"), Some(&3));
        assert_eq!(c.hash.len(), 64);
        let plan = c.type_spec(DocType::Plan).expect("plan");
        assert!(plan.titles.iter().any(|p| p.words == ["handleplan"]));
        // Stop words are dropped from phrases.
        let fu = c.type_spec(DocType::FollowUp).expect("follow_up");
        assert!(fu
            .titles
            .iter()
            .any(|p| p.words == ["opfølgning", "handleplan"]));
    }

    #[test]
    fn broken_catalogue_names_file_and_line() {
        let bad = "version = \"1\"\n[words]\nstopwords = [\"af\"\n";
        let e = Catalogue::parse(bad, "x/catalogue.toml", BUILTIN_RULES, "r", "t")
            .expect_err("must fail");
        assert!(e.starts_with("x/catalogue.toml:"), "{e}");

        let unknown = BUILTIN_CATALOGUE.replace("[types.hearing]", "[types.hearings]");
        let e = Catalogue::parse(&unknown, "c.toml", BUILTIN_RULES, "r", "t")
            .expect_err("unknown type");
        assert!(e.contains("unknown document type \"hearings\""), "{e}");
        let line: usize = e
            .split(':')
            .nth(1)
            .and_then(|n| n.parse().ok())
            .expect("line number");
        assert!(unknown
            .lines()
            .nth(line - 1)
            .is_some_and(|l| l.contains("hearings")));

        let month = BUILTIN_CATALOGUE.replace("marts = 3", "marts = 13");
        let e = Catalogue::parse(&month, "c.toml", BUILTIN_RULES, "r", "t").expect_err("month");
        assert!(e.contains("marts"), "{e}");
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let typo =
            BUILTIN_CATALOGUE.replace("titles = [\"partshøring\"", "tittles = [\"partshøring\"");
        let e = Catalogue::parse(&typo, "c.toml", BUILTIN_RULES, "r", "t").expect_err("typo");
        assert!(e.starts_with("c.toml:"), "{e}");
    }
}
