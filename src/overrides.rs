//! Auditor corrections to detected documents (`--overrides FILE`).
//!
//! An *override* is one auditor's statement about one document: "document `id` (in case
//! `case_id`, or in any case) is of this type, has this date/time, has these attributes". It
//! wins over detection, because the auditor has looked at the document. An override may also
//! name a document the tool could not read (a scan without text): the auditor supplies its
//! type and date, and the document is added to the case, so the rules can judge it.
//!
//! Two file forms, chosen by extension:
//!
//! - JSON: `{"documents": [{"case_id": "...", "id": "...", "type": "...",
//!   "date": "YYYY-MM-DD" | null, "time": "HH:MM", "attributes": {"placement": true}}]}`.
//!   Only `id` is required. A field that is absent is left as detected; `"date": null`
//!   (or `"time": null`) states that the document has none.
//! - CSV with a header row naming the columns `case_id;id;type;date;time;attributes` (any order,
//!   `;` or `,` as delimiter, as Danish Excel writes `;`). An empty cell is left as detected;
//!   `null` in the date or time column clears it. Attributes are `placement=true,urgent=false`
//!   or a JSON object.
//!
//! Case ids and document ids are CPR-masked on loading, so an auditor may paste either the
//! masked ids of the report or the raw folder names; error messages never echo a CPR number.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use serde_json::Value;

use crate::calendar::parse_clock;
use crate::cpr;
use crate::model::{Attributes, DocType, Document};

/// A change to one optional field: absent (keep what was detected), or set to a value or none.
type Change<T> = Option<Option<T>>;

/// One auditor correction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override {
    /// The case it applies to; `None` = any case with a document of this id.
    pub case_id: Option<String>,
    pub id: String,
    pub doc_type: Option<DocType>,
    pub date: Change<NaiveDate>,
    pub time: Change<String>,
    /// Attribute name → new value (`None` clears it), applied over the detected attributes.
    pub attributes: Vec<(String, Option<bool>)>,
    /// Where it was written (`file:line` or `file: documents[N]`), for messages.
    pub origin: String,
}

/// All corrections of one overrides file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    pub entries: Vec<Override>,
}

/// The attribute names of `spec/domain.md` that an override may set.
const ATTRIBUTE_NAMES: [&str; 7] = [
    "anonymous",
    "placement",
    "without_consent",
    "urgent",
    "no_plan",
    "complaint_guidance",
    "goals",
];

fn attribute_slot<'a>(a: &'a mut Attributes, name: &str) -> Option<&'a mut Option<bool>> {
    Some(match name {
        "anonymous" => &mut a.anonymous,
        "placement" => &mut a.placement,
        "without_consent" => &mut a.without_consent,
        "urgent" => &mut a.urgent,
        "no_plan" => &mut a.no_plan,
        "complaint_guidance" => &mut a.complaint_guidance,
        "goals" => &mut a.goals,
        _ => return None,
    })
}

impl Overrides {
    /// Reads an overrides file: `.json` is JSON, `.csv` (or `.txt`) is CSV, by extension.
    /// Errors are one line, naming the file and, where possible, the line.
    pub fn load(path: &Path) -> Result<Overrides, String> {
        let name = cpr::mask(&path.display().to_string()).into_owned();
        let bytes = std::fs::read(path).map_err(|e| format!("{name}: cannot read: {e}"))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| format!("{name}: not UTF-8 text (save the file as UTF-8)"))?;
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("json") => Overrides::from_json_str(&text, &name),
            Some("csv") | Some("txt") => Overrides::from_csv_str(&text, &name),
            _ => Err(format!(
                "{name}: unknown overrides format (the file name must end in .json or .csv)"
            )),
        }
    }

    /// Parses the JSON form; `origin` names the source in error messages.
    pub fn from_json_str(text: &str, origin: &str) -> Result<Overrides, String> {
        let text = text.trim_start_matches('\u{feff}');
        let root: Value = serde_json::from_str(text).map_err(|e| {
            format!(
                "{origin}:{}:{}: invalid JSON: {}",
                e.line(),
                e.column(),
                one_line(&e.to_string())
            )
        })?;
        let Some(list) = root.get("documents").and_then(Value::as_array) else {
            return Err(format!(
                "{origin}: expected an object with a \"documents\" list"
            ));
        };
        let mut entries = Vec::with_capacity(list.len());
        for (i, item) in list.iter().enumerate() {
            let at = format!("{origin}: documents[{i}]");
            entries.push(json_entry(item, &at)?);
        }
        Overrides::checked(entries)
    }

    /// Parses the CSV form; `origin` names the source in error messages.
    pub fn from_csv_str(text: &str, origin: &str) -> Result<Overrides, String> {
        let text = text.trim_start_matches('\u{feff}');
        let header_line = text.lines().next().unwrap_or("");
        // Danish Excel writes `;`; a header with a `;` decides, otherwise `,`.
        let delimiter = if header_line.contains(';') {
            b';'
        } else {
            b','
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let headers = reader
            .headers()
            .map_err(|e| format!("{origin}:1: {}", one_line(&e.to_string())))?
            .clone();
        let mut columns: BTreeMap<String, usize> = BTreeMap::new();
        for (i, h) in headers.iter().enumerate() {
            let h = h.trim().to_ascii_lowercase();
            match h.as_str() {
                "case_id" | "id" | "type" | "date" | "time" | "attributes" => {
                    columns.insert(h, i);
                }
                "" => {}
                other => {
                    return Err(format!(
                        "{origin}:1: unknown column \"{}\" (expected case_id, id, type, date, \
                         time, attributes)",
                        cpr::mask(other)
                    ))
                }
            }
        }
        if !columns.contains_key("id") {
            return Err(format!(
                "{origin}:1: no \"id\" column in the header (expected case_id;id;type;date;time;attributes)"
            ));
        }
        let mut entries = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| {
                let line = e.position().map_or(0, |p| p.line());
                format!("{origin}:{line}: {}", one_line(&e.to_string()))
            })?;
            let line = record.position().map_or(0, |p| p.line());
            let at = format!("{origin}:{line}");
            let row = Row {
                columns: &columns,
                record: &record,
            };
            if record.iter().all(|c| c.trim().is_empty()) {
                continue; // blank lines at the end of Excel exports
            }
            entries.push(csv_entry(&row, &at)?);
        }
        Overrides::checked(entries)
    }

    /// Rejects two corrections of the same document: which one should win would be a guess.
    fn checked(entries: Vec<Override>) -> Result<Overrides, String> {
        let mut seen: BTreeMap<(Option<&str>, &str), &str> = BTreeMap::new();
        for e in &entries {
            if let Some(first) = seen.insert((e.case_id.as_deref(), &e.id), &e.origin) {
                return Err(format!(
                    "{}: document \"{}\" is corrected twice (first at {first})",
                    e.origin, e.id
                ));
            }
        }
        Ok(Overrides { entries })
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Applies the corrections for `case_id` to its documents: matching documents are changed
    /// and marked `overridden`; a document the override names that is not in the list is added
    /// (an unreadable scan the auditor has typed in). Returns the ids added, so the caller can
    /// drop them from the case's unreadable list.
    ///
    /// Decided: a document is only added when its override names the case and gives a type.
    /// An override without `case_id` means "wherever this document is"; adding it to every
    /// case would plant it in cases that never had it. Without a type, an added document would
    /// be `other` and tell the rules nothing, while hiding that the file was unreadable.
    pub fn apply(&self, case_id: &str, docs: &mut Vec<Document>) -> Vec<String> {
        let case_id = cpr::mask(case_id);
        let mut added = Vec::new();
        for e in &self.entries {
            if e.case_id.as_deref().is_some_and(|c| c != case_id) {
                continue;
            }
            let mut matched = false;
            for doc in docs.iter_mut().filter(|d| d.id == e.id) {
                e.apply_to(doc);
                matched = true;
            }
            if matched || e.case_id.is_none() {
                continue;
            }
            let Some(doc_type) = e.doc_type else {
                continue;
            };
            let mut doc = Document {
                id: e.id.clone(),
                doc_type,
                date: None,
                time: None,
                pages: 0,
                attributes: Attributes::default(),
                evidence: None,
                extractor: None,
                encoding: None,
                overridden: true,
            };
            e.apply_to(&mut doc);
            docs.push(doc);
            added.push(e.id.clone());
        }
        added
    }
}

impl Override {
    fn apply_to(&self, doc: &mut Document) {
        if let Some(t) = self.doc_type {
            doc.doc_type = t;
        }
        if let Some(date) = self.date {
            doc.date = date;
        }
        if let Some(time) = &self.time {
            doc.time = time.clone();
        }
        for (name, value) in &self.attributes {
            // Names were checked on loading; an unknown one cannot reach here.
            if let Some(slot) = attribute_slot(&mut doc.attributes, name) {
                *slot = *value;
            }
        }
        doc.overridden = true;
    }
}

fn one_line(s: &str) -> String {
    cpr::mask(&s.split_whitespace().collect::<Vec<_>>().join(" ")).into_owned()
}

fn masked(s: &str) -> String {
    cpr::mask(s.trim()).into_owned()
}

fn parse_type(s: &str, at: &str) -> Result<DocType, String> {
    DocType::from_id(s.trim()).ok_or_else(|| {
        let ids: Vec<&str> = DocType::ALL.iter().map(|t| t.id()).collect();
        format!(
            "{at}: unknown document type \"{}\" (expected one of: {})",
            masked(s),
            ids.join(", ")
        )
    })
}

fn parse_date(s: &str, at: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("{at}: bad date \"{}\" (expected YYYY-MM-DD)", masked(s)))
}

fn parse_time(s: &str, at: &str) -> Result<String, String> {
    parse_clock(s)
        .map(|t| t.format("%H:%M").to_string())
        .ok_or_else(|| format!("{at}: bad time \"{}\" (expected HH:MM)", masked(s)))
}

fn check_attribute(name: &str, at: &str) -> Result<String, String> {
    let name = name.trim();
    if ATTRIBUTE_NAMES.contains(&name) {
        Ok(name.to_string())
    } else {
        Err(format!(
            "{at}: unknown attribute \"{}\" (expected one of: {})",
            masked(name),
            ATTRIBUTE_NAMES.join(", ")
        ))
    }
}

fn parse_bool(s: &str, name: &str, at: &str) -> Result<Option<bool>, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" | "ja" | "yes" | "1" => Ok(Some(true)),
        "false" | "nej" | "no" | "0" => Ok(Some(false)),
        "null" | "" => Ok(None),
        _ => Err(format!(
            "{at}: attribute {name} must be true or false, not \"{}\"",
            masked(s)
        )),
    }
}

fn json_attributes(v: &Value, at: &str) -> Result<Vec<(String, Option<bool>)>, String> {
    let Some(obj) = v.as_object() else {
        return Err(format!("{at}: \"attributes\" must be an object"));
    };
    let mut out = Vec::new();
    for (k, v) in obj {
        let name = check_attribute(k, at)?;
        let value = match v {
            Value::Bool(b) => Some(*b),
            Value::Null => None,
            _ => {
                return Err(format!(
                    "{at}: attribute {name} must be true, false or null"
                ))
            }
        };
        out.push((name, value));
    }
    Ok(out)
}

fn json_entry(item: &Value, at: &str) -> Result<Override, String> {
    let Some(obj) = item.as_object() else {
        return Err(format!("{at}: expected an object"));
    };
    let string = |key: &str| -> Result<Option<&str>, String> {
        match obj.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(format!("{at}: \"{key}\" must be a string")),
        }
    };
    let id = string("id")?
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| format!("{at}: missing \"id\""))?;
    let at = format!("{at} (id \"{}\")", masked(id));
    let case_id = string("case_id")?
        .filter(|s| !s.trim().is_empty())
        .map(masked);
    let doc_type = string("type")?.map(|t| parse_type(t, &at)).transpose()?;
    let date = match obj.get("date") {
        None => None,
        Some(Value::Null) => Some(None),
        Some(Value::String(s)) => Some(Some(parse_date(s, &at)?)),
        Some(_) => return Err(format!("{at}: \"date\" must be \"YYYY-MM-DD\" or null")),
    };
    let time = match obj.get("time") {
        None => None,
        Some(Value::Null) => Some(None),
        Some(Value::String(s)) => Some(Some(parse_time(s, &at)?)),
        Some(_) => return Err(format!("{at}: \"time\" must be \"HH:MM\" or null")),
    };
    let attributes = match obj.get("attributes") {
        None | Some(Value::Null) => Vec::new(),
        Some(v) => json_attributes(v, &at)?,
    };
    Ok(Override {
        case_id,
        id: masked(id),
        doc_type,
        date,
        time,
        attributes,
        origin: at,
    })
}

/// One CSV record, read by column name.
struct Row<'a> {
    columns: &'a BTreeMap<String, usize>,
    record: &'a csv::StringRecord,
}

impl<'a> Row<'a> {
    /// The trimmed cell of column `name`; empty when the column or the cell is absent.
    fn cell(&self, name: &str) -> &'a str {
        self.columns
            .get(name)
            .and_then(|i| self.record.get(*i))
            .unwrap_or("")
            .trim()
    }
}

fn csv_entry(row: &Row, at: &str) -> Result<Override, String> {
    let cell = |name: &str| row.cell(name);
    let id = cell("id");
    if id.is_empty() {
        return Err(format!("{at}: empty id"));
    }
    let case_id = Some(cell("case_id")).filter(|s| !s.is_empty()).map(masked);
    let doc_type = Some(cell("type"))
        .filter(|s| !s.is_empty())
        .map(|t| parse_type(t, at))
        .transpose()?;
    let date = match cell("date") {
        "" => None,
        s if s.eq_ignore_ascii_case("null") => Some(None),
        s => Some(Some(parse_date(s, at)?)),
    };
    let time = match cell("time") {
        "" => None,
        s if s.eq_ignore_ascii_case("null") => Some(None),
        s => Some(Some(parse_time(s, at)?)),
    };
    let raw = cell("attributes");
    let attributes = if raw.is_empty() {
        Vec::new()
    } else if raw.starts_with('{') {
        let v: Value = serde_json::from_str(raw).map_err(|e| {
            format!(
                "{at}: attributes are not valid JSON: {}",
                one_line(&e.to_string())
            )
        })?;
        json_attributes(&v, at)?
    } else {
        let mut out = Vec::new();
        for pair in raw.split([',', ';']).filter(|p| !p.trim().is_empty()) {
            let Some((k, v)) = pair.split_once('=') else {
                return Err(format!(
                    "{at}: attribute \"{}\" must be written name=true or name=false",
                    masked(pair)
                ));
            };
            let name = check_attribute(k, at)?;
            let value = parse_bool(v, &name, at)?;
            out.push((name, value));
        }
        out
    };
    Ok(Override {
        case_id,
        id: masked(id),
        doc_type,
        date,
        time,
        attributes,
        origin: at.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("valid test date")
    }

    fn doc(id: &str, t: DocType, date: Option<&str>) -> Document {
        Document {
            id: id.to_string(),
            doc_type: t,
            date: date.map(d),
            time: None,
            pages: 1,
            attributes: Attributes::default(),
            evidence: None,
            extractor: None,
            encoding: None,
            overridden: false,
        }
    }

    const JSON: &str = r#"{"documents": [
        {"case_id": "2015-0042", "id": "a.pdf", "type": "plan", "date": "2015-03-12",
         "attributes": {"goals": true}},
        {"id": "b.pdf", "date": null},
        {"case_id": "2015-0042", "id": "Scan/brev.pdf", "type": "measure_decision",
         "date": "2015-04-01", "time": "9.05", "attributes": {"placement": true}}
    ]}"#;

    #[test]
    fn json_changes_matching_documents_and_marks_them() {
        let o = Overrides::from_json_str(JSON, "o.json").expect("valid");
        let mut docs = vec![
            doc("a.pdf", DocType::Other, None),
            doc("b.pdf", DocType::Notification, Some("2015-01-01")),
            doc("c.pdf", DocType::Other, Some("2015-01-01")),
        ];
        let added = o.apply("2015-0042", &mut docs);
        assert_eq!(added, ["Scan/brev.pdf"]);
        assert_eq!(docs[0].doc_type, DocType::Plan);
        assert_eq!(docs[0].date, Some(d("2015-03-12")));
        assert_eq!(docs[0].attributes.goals, Some(true));
        assert!(docs[0].overridden);
        // Only the date was corrected (to "none"); the type stays as detected.
        assert_eq!(docs[1].doc_type, DocType::Notification);
        assert_eq!(docs[1].date, None);
        assert!(docs[1].overridden);
        assert!(!docs[2].overridden);
        let new = &docs[3];
        assert_eq!(new.id, "Scan/brev.pdf");
        assert_eq!(new.doc_type, DocType::MeasureDecision);
        assert_eq!(new.date, Some(d("2015-04-01")));
        assert_eq!(new.time.as_deref(), Some("09:05"));
        assert_eq!(new.attributes.placement, Some(true));
        assert!(new.overridden);
    }

    #[test]
    fn other_cases_are_untouched_and_get_no_additions() {
        let o = Overrides::from_json_str(JSON, "o.json").expect("valid");
        let mut docs = vec![
            doc("a.pdf", DocType::Other, None),
            doc("b.pdf", DocType::Notification, Some("2015-01-01")),
        ];
        let added = o.apply("2016-0001", &mut docs);
        assert!(added.is_empty());
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].doc_type, DocType::Other);
        assert!(!docs[0].overridden);
        // ... but the override without case_id applies in any case.
        assert_eq!(docs[1].date, None);
        assert!(docs[1].overridden);
    }

    #[test]
    fn attributes_merge_over_detected_ones() {
        let o = Overrides::from_json_str(
            r#"{"documents": [{"id": "m", "attributes": {"urgent": true, "placement": null}}]}"#,
            "o.json",
        )
        .expect("valid");
        let mut m = doc("m", DocType::MeasureDecision, Some("2015-01-01"));
        m.attributes.placement = Some(true);
        m.attributes.complaint_guidance = Some(true);
        let mut docs = vec![m];
        o.apply("any", &mut docs);
        assert_eq!(docs[0].attributes.urgent, Some(true));
        assert_eq!(docs[0].attributes.placement, None);
        assert_eq!(docs[0].attributes.complaint_guidance, Some(true));
    }

    #[test]
    fn case_ids_and_ids_are_cpr_masked() {
        let o = Overrides::from_json_str(
            r#"{"documents": [{"case_id": "Sag 010203-1234", "id": "010203-1234 brev.pdf",
                "type": "plan", "date": "2015-01-01"}]}"#,
            "o.json",
        )
        .expect("valid");
        assert_eq!(o.entries[0].case_id.as_deref(), Some("Sag XXXXXX-XXXX"));
        assert_eq!(o.entries[0].id, "XXXXXX-XXXX brev.pdf");
        let mut docs = vec![];
        let added = o.apply("Sag 010203-1234", &mut docs);
        assert_eq!(added, ["XXXXXX-XXXX brev.pdf"]);
    }

    #[test]
    fn json_errors_are_one_line_with_location() {
        let err = Overrides::from_json_str("{\"documents\": [\n{\"id\": }]}", "o.json")
            .expect_err("syntax");
        assert!(err.starts_with("o.json:2:"), "{err}");
        assert!(!err.contains('\n'));
        let err = Overrides::from_json_str(
            r#"{"documents": [{"id": "x", "date": "12.03.2015"}]}"#,
            "o.json",
        )
        .expect_err("bad date");
        assert_eq!(
            err,
            "o.json: documents[0] (id \"x\"): bad date \"12.03.2015\" (expected YYYY-MM-DD)"
        );
        let err = Overrides::from_json_str(r#"{"documents": [{"id": "x", "type": "planx"}]}"#, "o")
            .expect_err("bad type");
        assert!(err.contains("unknown document type \"planx\""), "{err}");
        let err = Overrides::from_json_str(
            r#"{"documents": [{"id": "x", "attributes": {"secret": true}}]}"#,
            "o",
        )
        .expect_err("bad attribute");
        assert!(err.contains("unknown attribute \"secret\""), "{err}");
        let err = Overrides::from_json_str(r#"{"docs": []}"#, "o").expect_err("shape");
        assert!(err.contains("\"documents\""), "{err}");
        let err = Overrides::from_json_str(r#"{"documents": [{"type": "plan"}]}"#, "o")
            .expect_err("no id");
        assert!(err.contains("missing \"id\""), "{err}");
    }

    #[test]
    fn errors_never_echo_cpr_numbers() {
        let err = Overrides::from_json_str(
            r#"{"documents": [{"id": "010203-1234.pdf", "date": "010203-1234"}]}"#,
            "o.json",
        )
        .expect_err("bad date");
        assert!(!cpr::contains(&err), "{err}");
    }

    #[test]
    fn duplicate_corrections_are_rejected() {
        let err = Overrides::from_json_str(
            r#"{"documents": [{"id": "x", "type": "plan"}, {"id": "x", "type": "closure"}]}"#,
            "o",
        )
        .expect_err("duplicate");
        assert!(err.contains("corrected twice"), "{err}");
    }

    #[test]
    fn csv_semicolon_with_key_value_attributes() {
        let text = "\u{feff}case_id;id;type;date;time;attributes\n\
                    2015-0042;a.pdf;measure_decision;2015-03-12;14.30;placement=true,urgent=false\n\
                    ;b.pdf;;null;;\n\
                    ;;;;;\n";
        let o = Overrides::from_csv_str(text, "o.csv").expect("valid");
        assert_eq!(o.len(), 2);
        let a = &o.entries[0];
        assert_eq!(a.case_id.as_deref(), Some("2015-0042"));
        assert_eq!(a.doc_type, Some(DocType::MeasureDecision));
        assert_eq!(a.date, Some(Some(d("2015-03-12"))));
        assert_eq!(a.time, Some(Some("14:30".to_string())));
        assert_eq!(
            a.attributes,
            [
                ("placement".to_string(), Some(true)),
                ("urgent".to_string(), Some(false))
            ]
        );
        let b = &o.entries[1];
        assert_eq!(b.case_id, None);
        assert_eq!(b.doc_type, None);
        assert_eq!(b.date, Some(None));
        assert_eq!(b.time, None);
    }

    #[test]
    fn csv_comma_with_json_attributes_and_any_column_order() {
        let text = "id,case_id,attributes,type,date\n\
                    a.pdf,2015-0042,\"{\"\"goals\"\": true}\",plan,2015-03-12\n";
        let o = Overrides::from_csv_str(text, "o.csv").expect("valid");
        let mut docs = vec![doc("a.pdf", DocType::Other, None)];
        assert!(o.apply("2015-0042", &mut docs).is_empty());
        assert_eq!(docs[0].doc_type, DocType::Plan);
        assert_eq!(docs[0].attributes.goals, Some(true));
    }

    #[test]
    fn csv_errors_name_the_line() {
        let text = "case_id;id;type;date\nx;a.pdf;plan;2015-03-12\nx;b.pdf;plan;2015-02-30\n";
        let err = Overrides::from_csv_str(text, "o.csv").expect_err("bad date");
        assert_eq!(
            err,
            "o.csv:3: bad date \"2015-02-30\" (expected YYYY-MM-DD)"
        );
        let err = Overrides::from_csv_str("case;type\nx;plan\n", "o.csv").expect_err("header");
        assert!(err.starts_with("o.csv:1: unknown column \"case\""), "{err}");
        let err = Overrides::from_csv_str("case_id;type\nx;plan\n", "o.csv").expect_err("no id");
        assert!(err.contains("no \"id\" column"), "{err}");
        let err = Overrides::from_csv_str("id;attributes\na;placement\n", "o.csv")
            .expect_err("bad attribute");
        assert!(err.starts_with("o.csv:2: attribute \"placement\""), "{err}");
        let err = Overrides::from_csv_str("id;time\na;25:99\n", "o.csv").expect_err("bad time");
        assert!(err.contains("bad time \"25:99\""), "{err}");
    }

    #[test]
    fn additions_need_a_case_and_a_type() {
        let o = Overrides::from_json_str(
            r#"{"documents": [
                {"id": "anycase.pdf", "type": "plan", "date": "2015-01-01"},
                {"case_id": "c", "id": "notype.pdf", "date": "2015-01-01"}
            ]}"#,
            "o.json",
        )
        .expect("valid");
        let mut docs = vec![];
        assert!(o.apply("c", &mut docs).is_empty());
        assert!(docs.is_empty());
    }

    #[test]
    fn load_chooses_format_by_extension_and_reports_problems() {
        let dir = tempfile::tempdir().expect("temp dir");
        let json = dir.path().join("o.json");
        std::fs::write(&json, JSON).expect("write");
        assert_eq!(Overrides::load(&json).expect("json").len(), 3);
        let csv = dir.path().join("o.CSV");
        std::fs::write(&csv, "id;type\na.pdf;plan\n").expect("write");
        assert_eq!(Overrides::load(&csv).expect("csv").len(), 1);
        let other = dir.path().join("o.xlsx");
        std::fs::write(&other, "x").expect("write");
        let err = Overrides::load(&other).expect_err("format");
        assert!(err.contains(".json or .csv"), "{err}");
        let err = Overrides::load(&dir.path().join("missing.json")).expect_err("missing");
        assert!(err.contains("cannot read"), "{err}");
        let latin1 = dir.path().join("l.csv");
        std::fs::write(&latin1, b"id;type\n\xe6.pdf;plan\n").expect("write");
        let err = Overrides::load(&latin1).expect_err("encoding");
        assert!(err.contains("UTF-8"), "{err}");
    }
}
