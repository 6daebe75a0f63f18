//! Detection: which document a text is, its date, clock time and attributes.
//!
//! A *title line* is one of the first lines of a document (or the subject of a journal entry):
//! short, and holding a title phrase of the catalogue within its first words. The earliest title
//! line decides the type, because a document **is** what its heading says, while the body only
//! **mentions** other documents ("jf. den børnefaglige undersøgelse af 3. marts"). Generic titles
//! ("Notat", "Referat") give way to a specific phrase in the same or the next lines ("Notat —
//! samtale med barnet"). Without a title, the file name and then body phrases decide; a journal
//! entry or text note without either is a journal note, anything else is `other`.
//!
//! The date is the labelled date that fits the type ("Modtaget:" for a notification, "Afsluttet:"
//! for an investigation, "Samtalen blev afholdt den" for a child conversation), then a generic
//! "Dato:" or "…dato:", then the date of a journal entry's heading, then any other *own label*:
//! a header field ("Oprettet: …", "Tidspunkt for samtalen: den …") or an event sentence whose
//! verb stands right before the date ("Tilsynet blev aflagt d. …"), but never one that is
//! someone else's date (a birth, a deadline, the next meeting) or names another document type;
//! then a letter's date line; then a date in the file name; never the file's modification time.
//! Attributes are phrases anywhere in the text (line ends read as spaces), with a guard against
//! negations ("ikke behov for akutte foranstaltninger").
//!
//! Everything here is built once per run ([`Detector::new`]) and shared by all threads.

pub mod dates;

use aho_corasick::{AhoCorasick, MatchKind};
use chrono::NaiveDate;

use crate::cpr;
use crate::model::{Attributes, DocType, Evidence};
use crate::normalize::{fold_line, words, Normalized};
use crate::patterns::{AttrId, Catalogue, Phrase, TypeSpec};
use dates::{DateMention, DateParser};

/// How many non-empty lines at the top of a document are searched for its title.
const TITLE_LINES: usize = 25;
/// A title line has at most this many words besides stop words (sentences are not titles).
const TITLE_MAX_WORDS: usize = 10;
/// A title phrase must start within the first this-many words of its line.
const TITLE_MAX_START: usize = 4;
/// What the child's first name reads as in a title: "Samtale med Asger" is "Samtale med barnet".
const CHILD_PLACEHOLDER: &str = "barnet";
/// Words allowed in the gap of an attribute phrase written with "…".
const GAP_PHRASE_WORDS: usize = 4;
/// Words allowed between two words of a title phrase.
const PHRASE_MAX_GAP: usize = 2;

/// What detection found for one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detection {
    pub doc_type: DocType,
    pub date: Option<NaiveDate>,
    pub time: Option<String>,
    pub attributes: Attributes,
    pub evidence: Option<Evidence>,
}

/// One unit of text to classify: a file, or an entry of a journal file.
#[derive(Debug, Clone, Copy)]
pub struct Unit<'a> {
    /// The file name (last path component), used for hints and as the last source of a date.
    pub file_name: &'a str,
    pub pages: &'a [String],
    /// An entry split out of a journal file: its first line is its heading.
    pub journal_entry: bool,
    /// A plain text note (.txt): without a title it is a journal note, not `other`.
    pub text_note: bool,
    /// Text around the unit that may name the child, such as a journal's preamble ("Journal –
    /// Ørn Hald"); empty for a file read on its own.
    pub context: &'a str,
}

#[derive(Debug, Clone, Copy)]
enum Tag {
    Attr(usize),
    Body(DocType),
}

/// The compiled detector.
pub struct Detector {
    cat: Catalogue,
    /// Title phrases (all types but journal notes) by their first word: (type index, phrase
    /// index). Only the phrases that can start at a line's word are then tried.
    title_index: std::collections::HashMap<String, Vec<(usize, usize)>>,
    /// The long first words of title phrases (ten letters or more), which may also end a
    /// compound ("modtagelses|kvittering"; see [`word_matches`]), with their phrases.
    compound_heads: Vec<(String, Vec<(usize, usize)>)>,
    /// Attribute phrases written with a gap ("plan … udarbejdes ikke"): attribute index, the
    /// part before the gap and the part after it.
    gap_phrases: Vec<(usize, String, String)>,
    dates: DateParser,
    phrases: AhoCorasick,
    tags: Vec<Tag>,
}

/// A line of the document with where it came from.
struct Line<'a> {
    page: u32,
    clean: &'a str,
    folded: &'a str,
}

#[derive(Debug, Clone, Copy)]
struct TitleHit {
    doc_type: DocType,
    start: usize,
    priority: i32,
    len: usize,
}

impl Detector {
    pub fn new(cat: Catalogue) -> Result<Detector, String> {
        let mut pats: Vec<String> = Vec::new();
        let mut tags = Vec::new();
        let mut gap_phrases = Vec::new();
        for (i, a) in cat.attributes.iter().enumerate() {
            for p in &a.phrases {
                // "plan … udarbejdes ikke": two parts with a few words between them.
                if let Some((first, second)) = p.text.split_once('…') {
                    gap_phrases.push((i, first.trim().to_string(), second.trim().to_string()));
                    continue;
                }
                pats.push(p.text.clone());
                tags.push(Tag::Attr(i));
            }
        }
        for t in &cat.types {
            for p in &t.body {
                pats.push(p.text.clone());
                tags.push(Tag::Body(t.doc_type));
            }
        }
        let phrases = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&pats)
            .map_err(|e| format!("cannot build the phrase matcher: {e}"))?;
        let dates = DateParser::new(&cat);
        let mut title_index: std::collections::HashMap<String, Vec<(usize, usize)>> =
            Default::default();
        for (ti, t) in cat.types.iter().enumerate() {
            if t.doc_type == DocType::JournalNote {
                continue; // journal-note titles are generic; see generic_title
            }
            for (pi, p) in t.titles.iter().enumerate() {
                if let Some(first) = p.words.first() {
                    title_index.entry(first.clone()).or_default().push((ti, pi));
                }
            }
        }
        let mut compound_heads: Vec<(String, Vec<(usize, usize)>)> = title_index
            .iter()
            .filter(|(k, _)| k.chars().nth(9).is_some())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        compound_heads.sort();
        Ok(Detector {
            cat,
            title_index,
            compound_heads,
            gap_phrases,
            dates,
            phrases,
            tags,
        })
    }

    pub fn catalogue(&self) -> &Catalogue {
        &self.cat
    }

    pub fn date_parser(&self) -> &DateParser {
        &self.dates
    }

    /// Classifies one unit of text.
    pub fn detect(&self, unit: &Unit<'_>) -> Detection {
        let norm: Vec<Normalized> = unit.pages.iter().map(|p| Normalized::new(p)).collect();
        let lines: Vec<Line<'_>> = norm
            .iter()
            .enumerate()
            .flat_map(|(pi, n)| {
                n.clean.iter().zip(n.folded.iter()).map(move |(c, f)| Line {
                    page: pi as u32 + 1,
                    clean: c,
                    folded: f,
                })
            })
            .collect();
        let folded_text: String = lines
            .iter()
            .map(|l| l.folded)
            .collect::<Vec<_>>()
            .join("\n");

        let (doc_type, title_line) = self.classify(unit, &lines, &folded_text);
        let spec = self.cat.type_spec(doc_type);
        let (date, date_line, time) = self.pick_date(unit, spec, &lines);
        // Attribute phrases run over line ends ("… uden" / "forældremyndighedsindehaverens
        // samtykke"): match them in the text with its line breaks read as spaces (same offsets).
        let flowing = folded_text.replace('\n', " ");
        let attributes = self.attributes(doc_type, &flowing);

        let evidence = title_line.or(date_line).map(|i| {
            let mut snippet = shorten(lines[i].clean, 120);
            if let Some(d) = date_line.filter(|d| *d != i) {
                snippet.push_str(" … ");
                snippet.push_str(&shorten(lines[d].clean, 120));
            }
            Evidence {
                page: lines[i].page,
                snippet: cpr::mask(&snippet).into_owned(),
            }
        });
        Detection {
            doc_type,
            date,
            time,
            attributes,
            evidence,
        }
    }

    /// The document type and the index of the line that decided it.
    fn classify<'a>(
        &self,
        unit: &Unit<'_>,
        lines: &[Line<'a>],
        folded_text: &str,
    ) -> (DocType, Option<usize>) {
        // The child's first name, from the header ("Barn: Asger Winther") or the journal's
        // preamble: in a title it reads as "barnet", so "Samtale med Asger" is a conversation
        // with the child, while "Samtale med mor" stays a note.
        let child = unit
            .context
            .lines()
            .take(40)
            .find_map(|l| self.child_first_name(l.trim(), &fold_line(l.trim())))
            .or_else(|| {
                lines
                    .iter()
                    .take(TITLE_LINES)
                    .find_map(|l| self.child_first_name(l.clean.trim(), l.folded.trim()))
            });
        let title_words = |folded: &'a str| -> Vec<&'a str> {
            let mut ws = self.title_words(folded);
            if let Some(c) = child.as_deref() {
                for w in ws.iter_mut().filter(|w| **w == c) {
                    *w = CHILD_PLACEHOLDER;
                }
            }
            ws
        };
        let mut generic: Option<(DocType, usize)> = None;
        let mut seen = 0;
        let mut heading_was_bare = false;
        // `seen` when the generic title was found (counted in non-empty lines, like `seen`).
        let mut generic_seen: Option<usize> = None;
        for (i, l) in lines.iter().enumerate() {
            if l.folded.trim().is_empty() {
                continue;
            }
            seen += 1;
            if seen > TITLE_LINES || generic_seen.is_some_and(|g| seen > g + 3) {
                break;
            }
            // A line starting in lower case continues the sentence above it.
            if l.clean
                .trim_start()
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase())
            {
                continue;
            }
            // A reference ("Jf. handleplan af 28.6.2019") names another document; it is no title.
            if self.cat.reference_openers.iter().any(|r| {
                l.folded
                    .trim_start()
                    .strip_prefix(r.as_str())
                    .is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
            }) {
                continue;
            }
            let ws = title_words(l.folded);
            // A journal entry's subject is its heading line (or the line after a heading that
            // holds only the date); its body only mentions things.
            if unit.journal_entry && seen > 1 && !(seen == 2 && heading_was_bare) {
                break;
            }
            if unit.journal_entry && seen == 1 && ws.is_empty() {
                heading_was_bare = true;
            }
            if ws.is_empty()
                || ws.len() > TITLE_MAX_WORDS
                || is_sentence(l.folded, ws.len(), &self.cat.abbreviations)
            {
                continue;
            }
            // After a generic title only a short subject line may be more specific
            // ("Notat" / "Vedr.: Samtale med barnet"), not the first lines of the body.
            if generic.is_some() && ws.len() > 6 {
                continue;
            }
            // A subtitle after a dash on the next line ("SV: Underretning" / "- kvittering for
            // modtagelse"), or a title line ending in a dash ("Vi har modtaget din underretning
            // –" / "kvittering"), takes in the next line: its words may veto or outrank this
            // line's.
            let ends_in_dash = l.folded.trim_end().ends_with(['-', '–', '—'])
                && l.folded.trim_end().chars().rev().nth(1) == Some(' ');
            let with_subtitle = lines[i + 1..]
                .iter()
                .find(|n| !n.folded.trim().is_empty())
                .filter(|n| {
                    ends_in_dash
                        || n.folded
                            .trim_start()
                            .strip_prefix(['-', '–', '—'])
                            .is_some_and(|rest| rest.starts_with(' '))
                })
                .map(|n| {
                    let mut all = ws.clone();
                    all.extend(title_words(n.folded));
                    all
                });
            if let Some(hit) = self.best_title(with_subtitle.as_deref().unwrap_or(&ws), true) {
                return (hit.doc_type, Some(i));
            }
            // A title broken over two or three lines ("Afgørelse" / "om iværksættelse af
            // børnefaglig" / "undersøgelse"); the phrase must start in this line, or, when this
            // line is a short fragment the next line continues in lower case ("Referat af" /
            // "tilsynsbesøg", "Opdateret" / "handleplan"), at the start of the next line.
            let continued = ws.len() <= 2
                && !l.folded.trim_end().ends_with([':', '.'])
                && lines[i + 1..]
                    .iter()
                    .find(|n| !n.folded.trim().is_empty())
                    .is_some_and(|n| {
                        n.clean
                            .trim_start()
                            .chars()
                            .next()
                            .is_some_and(char::is_lowercase)
                    });
            let may_start = if continued { ws.len() + 1 } else { ws.len() };
            let mut joined = ws.clone();
            for next in lines[i + 1..]
                .iter()
                .filter(|n| !n.folded.trim().is_empty())
                .take(2)
            {
                joined.extend(title_words(next.folded));
                if joined.len() > TITLE_MAX_WORDS {
                    break;
                }
                if let Some(hit) = self
                    .best_title(&joined, true)
                    .filter(|h| h.start < may_start)
                {
                    return (hit.doc_type, Some(i));
                }
            }
            if generic.is_none() {
                // A generic word on this line, or starting the line that continues it
                // ("Løbende" / "notat").
                let next_words = || {
                    lines[i + 1..]
                        .iter()
                        .find(|n| !n.folded.trim().is_empty())
                        .map(|n| title_words(n.folded))
                        .unwrap_or_default()
                };
                let found = self.generic_title(&ws).or_else(|| {
                    continued.then(next_words).and_then(|nw| {
                        let mut joined = ws.clone();
                        joined.extend(nw.into_iter().take(1));
                        self.generic_title(&joined)
                    })
                });
                if let Some(t) = found {
                    generic = Some((t, i));
                    generic_seen = Some(seen);
                }
            }
        }
        if let Some(t) = self.type_from_file_name(unit.file_name) {
            return (t, generic.map(|(_, i)| i));
        }
        if let Some((t, i)) = generic {
            return (t, Some(i));
        }
        if let Some(t) = self.from_body(folded_text) {
            return (t, None);
        }
        if unit.journal_entry || unit.text_note {
            (DocType::JournalNote, None)
        } else {
            (DocType::Other, None)
        }
    }

    /// The words of a folded line without stop words, after a leading date or clock time (the
    /// heading of a journal entry: "12.03.2015 kl. 14.30 – Børnesamtale").
    fn title_words<'a>(&self, folded: &'a str) -> Vec<&'a str> {
        let rest = self.strip_leading_date(folded);
        words(rest)
            .filter(|w| !self.cat.stopwords.contains(*w))
            .collect()
    }

    fn strip_leading_date<'a>(&self, folded: &'a str) -> &'a str {
        let t = folded.trim_start();
        // A date starts with a digit; without one in the first five bytes none starts there
        // (this runs for every candidate title line, the date search is not free).
        if !t.bytes().take(5).any(|b| b.is_ascii_digit()) {
            return folded;
        }
        let found = self.dates.find(t);
        match found.first() {
            Some(m) if m.start <= 4 => {
                let mut rest = &t[m.end..];
                if let Some(time_end) = leading_time_end(rest) {
                    rest = &rest[time_end..];
                }
                rest
            }
            _ => folded,
        }
    }

    fn best_title(&self, ws: &[&str], anchored: bool) -> Option<TitleHit> {
        let mut best: Option<TitleHit> = None;
        let mut vetoed: Vec<DocType> = Vec::new();
        for (start, w) in ws.iter().enumerate() {
            if anchored && start > TITLE_MAX_START {
                break;
            }
            // Hits found at an earlier word always win (see `better`): stop at the first.
            if best.is_some() {
                break;
            }
            let heads = self
                .compound_heads
                .iter()
                .filter(|(h, _)| {
                    w.len() >= h.len() + 3 && word_matches(w, h) && !w.starts_with(h.as_str())
                })
                .map(|(_, c)| c);
            let direct = lookup_keys(w).filter_map(|key| self.title_index.get(key));
            for cands in direct.chain(heads) {
                for &(ti, pi) in cands {
                    let spec = &self.cat.types[ti];
                    let p = &spec.titles[pi];
                    if !phrase_from(ws, start, p) || vetoed.contains(&spec.doc_type) {
                        continue;
                    }
                    if spec.negative.iter().any(|n| phrase_at(ws, n).is_some()) {
                        vetoed.push(spec.doc_type);
                        continue;
                    }
                    let hit = TitleHit {
                        doc_type: spec.doc_type,
                        start,
                        priority: spec.priority,
                        len: p.words.len(),
                    };
                    best = Some(best.map_or(hit, |b| better(b, hit)));
                }
            }
        }
        best
    }

    fn generic_title(&self, ws: &[&str]) -> Option<DocType> {
        let note = self.cat.type_spec(DocType::JournalNote)?;
        let hit = note
            .titles
            .iter()
            .chain(self.cat.generic_titles.iter())
            .any(|p| phrase_at(ws, p).is_some_and(|s| s <= TITLE_MAX_START));
        hit.then_some(DocType::JournalNote)
    }

    /// The type a file name alone suggests ("2015-03-12 Underretning.pdf"), if any.
    pub fn type_from_file_name(&self, name: &str) -> Option<DocType> {
        let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
        let folded = fold_line(stem);
        let ws = self.title_words(&folded);
        if ws.is_empty() {
            return None;
        }
        if let Some(hit) = self.best_title(&ws, false) {
            return Some(hit.doc_type);
        }
        let mut best: Option<TitleHit> = None;
        for spec in &self.cat.types {
            for p in &spec.filename {
                if let Some(start) = phrase_at(&ws, p) {
                    let hit = TitleHit {
                        doc_type: spec.doc_type,
                        start,
                        priority: spec.priority,
                        len: p.words.len(),
                    };
                    best = Some(best.map_or(hit, |b| better(b, hit)));
                }
            }
        }
        best.map(|b| b.doc_type)
    }

    fn from_body(&self, folded_text: &str) -> Option<DocType> {
        let mut counts: Vec<(DocType, usize)> = Vec::new();
        for m in self.phrases.find_overlapping_iter(folded_text) {
            if let Some(Tag::Body(t)) = self.tags.get(m.pattern().as_usize()) {
                if !bounded(folded_text, m.start(), m.end(), false) {
                    continue;
                }
                match counts.iter_mut().find(|(d, _)| d == t) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((*t, 1)),
                }
            }
        }
        counts.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then(self.priority(b.0).cmp(&self.priority(a.0)))
        });
        counts.first().map(|(t, _)| *t)
    }

    fn priority(&self, t: DocType) -> i32 {
        self.cat.type_spec(t).map_or(0, |s| s.priority)
    }

    /// The document's date, the line it was read from, and its clock time.
    fn pick_date(
        &self,
        unit: &Unit<'_>,
        spec: Option<&TypeSpec>,
        lines: &[Line<'_>],
    ) -> (Option<NaiveDate>, Option<usize>, Option<String>) {
        let mut mentions: Vec<(usize, DateMention)> = Vec::new();
        for (i, l) in lines.iter().enumerate() {
            for m in self.dates.find(l.folded) {
                mentions.push((i, m));
            }
        }
        let type_labels: &[String] = spec.map_or(&[], |s| &s.date_labels);
        let skip: &[String] = spec.map_or(&[], |s| &s.skip_labels);
        let want_time = spec.is_some_and(|s| s.time);
        let labelled = |labels: &[String]| -> Option<(usize, DateMention)> {
            for label in labels {
                for (i, m) in &mentions {
                    let prefix = label_prefix(lines, *i, m.start);
                    if skip.iter().any(|s| ends_with_label(&prefix, s)) {
                        continue;
                    }
                    let before = (ends_with_label(&prefix, label)
                        || field_label_starts_with(&prefix, label))
                        && !self.names_other_type(spec, &sentence_context(lines, *i, &prefix));
                    // A label after its date: "27-11-2017 (afsluttet)".
                    let after = is_post_label(&lines[*i].folded[m.end..], label);
                    if before || after {
                        return Some((*i, *m));
                    }
                }
            }
            None
        };
        let first = lines.iter().position(|l| !l.folded.trim().is_empty());
        // A journal entry's heading dates the entry; its body tells of other events
        // ("Børnesamtale er afholdt 23/12-2020" in a follow-up entry).
        let heading = || {
            let first = first?;
            mentions
                .iter()
                .find(|(i, m)| unit.journal_entry && *i == first && m.start <= 16)
                .copied()
        };
        let from_heading = heading();
        let found = from_heading
            .or_else(|| labelled(type_labels))
            .or_else(|| labelled(&self.cat.date_labels));
        // Any other "…dato" label ("Underretningsdato:", "Dato for mødet:"), but never a
        // birth date.
        let found = found.or_else(|| {
            mentions.iter().copied().find(|(i, m)| {
                let prefix = label_prefix(lines, *i, m.start);
                let tail: Vec<&str> = words(&prefix).collect();
                let tail = &tail[tail.len().saturating_sub(3)..];
                *i < TITLE_LINES * 2
                    && !skip.iter().any(|s| ends_with_label(&prefix, s))
                    && tail
                        .iter()
                        .any(|w| w.ends_with("dato") && !w.starts_with("fødsel"))
                    && !prefix.contains("fødsel")
                    && !prefix.contains("næste")
            })
        });
        // Any other header field ("Oprettet: 12.03.2015"), then a letter's date line near the
        // top ("Nørreby, den 12. marts 2015"), then an event sentence ("Tilsynet blev aflagt
        // den 5. maj"), each in text order.
        // Each mention's own label is read once, for the field and the event pass alike.
        let kinds = std::cell::OnceCell::new();
        let kinds = || {
            kinds.get_or_init(|| {
                mentions
                    .iter()
                    .map(|(i, m)| self.own_event_label(spec, lines, *i, m.start))
                    .collect::<Vec<_>>()
            })
        };
        let own_first = |kind: LabelKind| {
            mentions
                .iter()
                .zip(kinds())
                .find(|(_, k)| **k == Some(kind))
                .map(|(m, _)| *m)
        };
        let found = found
            .or_else(|| own_first(LabelKind::Field))
            .or_else(|| {
                let first = first?;
                mentions
                    .iter()
                    .find(|(i, m)| {
                        *i < first + TITLE_LINES
                            && is_bare_date_line(lines[*i].folded, m)
                            && !continues_sentence(lines, *i)
                    })
                    .copied()
            })
            .or_else(|| own_first(LabelKind::Event));
        if let Some((i, m)) = found {
            // A journal heading's time may stand without "kl." ("27.11.2018, 12.45: …").
            let heading_time = || {
                from_heading
                    .filter(|h| *h == (i, m))
                    .and_then(|_| self.dates.time_right_after(lines[i].folded, m.end))
            };
            let time = if want_time {
                heading_time()
                    .or_else(|| self.dates.time_after(lines[i].folded, m.end))
                    .or_else(|| {
                        lines.get(i + 1).and_then(|n| {
                            let t = n.folded.trim_start();
                            if t.starts_with("kl") || t.starts_with("tidspunkt") {
                                // ("kl." and "klokken")
                                self.dates.time_after(t, 0)
                            } else {
                                None
                            }
                        })
                    })
            } else {
                None
            };
            return (Some(m.date), Some(i), time);
        }
        let stem = fold_line(unit.file_name);
        let from_name = self.dates.find(&stem).first().map(|m| m.date);
        (from_name, None, None)
    }

    /// The child's first name (folded) from a line like "Barn: Asger Winther", "Vedrørende:
    /// Asger Winther" or "Journal – Ørn Hald" (catalogue `child_name_labels`): the first
    /// capitalised word after the label.
    fn child_first_name(&self, clean: &str, folded: &str) -> Option<String> {
        self.cat.child_name_labels.iter().find_map(|label| {
            let rest = folded.strip_prefix(label.as_str())?;
            if !rest.starts_with([':', ' ', '\t', '–', '-']) {
                return None;
            }
            // The label's letters keep their count when folded: skip as many in `clean`.
            let orig_rest: String = clean.chars().skip(label.chars().count()).collect();
            let name = orig_rest
                .trim_start_matches(|c: char| c == ':' || c == '–' || c == '-' || c.is_whitespace())
                .trim_start_matches("for ")
                .split_whitespace()
                .next()?
                .trim_end_matches([',', '.', ';']);
            (name.chars().next().is_some_and(char::is_uppercase)
                && name.chars().count() >= 2
                && name.chars().all(|c| c.is_alphabetic() || c == '-'))
            .then(|| fold_line(name))
        })
    }

    /// Whether the sentence before a date (up to it) names a document type other than `spec`'s:
    /// "Børnesamtale er afholdt 10. august" in a follow-up is the conversation's date, even
    /// though "afholdt" labels the follow-up's own date elsewhere.
    fn names_other_type(&self, spec: Option<&TypeSpec>, prefix: &str) -> bool {
        let Some(spec) = spec else { return false };
        self.named_type(last_sentence(prefix))
            .is_some_and(|t| t != spec.doc_type)
    }

    /// The document type a piece of text names, if any ("børnesamtale er afholdt").
    fn named_type(&self, text: &str) -> Option<DocType> {
        let tw: Vec<&str> = words(text)
            .filter(|w| !self.cat.stopwords.contains(*w))
            .collect();
        self.best_title(&tw, false).map(|hit| hit.doc_type)
    }

    /// Whether the text before a date labels it as the document's own date in one of the
    /// general forms: a header field ("Oprettet: …", "Tidspunkt for samtalen: den …") or an
    /// event sentence ("Tilsynet blev aflagt d. …"). Never a field or sentence whose words are
    /// someone else's date (catalogue `foreign_date_labels`), one of the type's skip labels, or
    /// that names another document type ("Underretning modtaget: …" in an assessment).
    fn own_event_label(
        &self,
        spec: Option<&TypeSpec>,
        lines: &[Line<'_>],
        i: usize,
        start: usize,
    ) -> Option<LabelKind> {
        let before = strip_date_lead(&lines[i].folded[..start]);
        // The date alone on its line: its label may end the line above (a wrapped sentence or
        // a label over its value).
        let before = if before.is_empty() && i > 0 {
            strip_date_lead(lines[i - 1].folded)
        } else {
            before
        };
        if before.is_empty() {
            return None;
        }
        let skip: &[String] = spec.map_or(&[], |s| &s.skip_labels);
        if skip.iter().any(|s| ends_with_label(before, s)) {
            return None;
        }
        // A one- or two-word label opening its line, then "den"/"d." and the date, is a field
        // without a colon ("Oprettet den 3. marts 2018", "Underskrevet den 28.05.13").
        // Its last word is a past participle ("-et", "-t"), and the line does not continue a
        // sentence from the line above ("… en samtale med" / "Milas den 5.12.2016.").
        let raw_before = lines[i].folded[..start].trim_end();
        let participle = words(before)
            .last()
            .is_some_and(|w| w.chars().count() >= 5 && w.ends_with('t'));
        let bare_field = !before.contains(':')
            && before.len() < raw_before.len()
            && (1..=2).contains(&words(before).count())
            && participle
            && lines[i].clean.trim_start().starts_with(char::is_uppercase)
            && !before.chars().any(|c| c.is_ascii_digit())
            && !line_above_runs_on(lines, i);
        // A field's label ends with a colon, or is a question ("Hvornår holdt vi mødet?").
        let (kind, label) = if bare_field {
            (LabelKind::Field, before)
        } else if let Some(field) = before.strip_suffix([':', '?']) {
            // A field: the whole line before the colon is its label, one to five words.
            let field = field.trim();
            let n = words(field).count();
            if n == 0 || n > 5 || field.chars().any(|c| c.is_ascii_digit()) {
                return None;
            }
            (LabelKind::Field, field)
        } else {
            // A sentence: the last clause before the date must end with an event verb, or an
            // event verb and its object ("truffet afgørelsen").
            let clause = before
                .rsplit(['.', ';', ':', '!', '?', ','])
                .next()
                .unwrap_or(before)
                .trim();
            // The whole sentence, for the check that it names no other document ("afgørelsen,
            // der blev truffet den …").
            let sentence = before
                .rsplit(['.', ';', ':', '!', '?'])
                .next()
                .unwrap_or(before)
                .trim();
            let ws: Vec<&str> = words(clause).collect();
            let type_verbs: &[String] = spec.map_or(&[], |s| &s.event_verbs);
            let is_verb = |w: &str| {
                self.cat
                    .event_verbs
                    .iter()
                    .chain(type_verbs)
                    .any(|v| v == w)
            };
            let n = ws.len();
            let last_two = (n >= 2).then(|| format!("{} {}", ws[n - 2], ws[n - 1]));
            let object_ok = |w: &str| w.chars().count() >= 4 && !self.cat.stopwords.contains(w);
            // "… aflagt", "… fandt sted", "… truffet afgørelsen", "… modtaget i forvaltningen".
            let is_prep = |w: &str| matches!(w, "i" | "på" | "hos" | "ved" | "med");
            let is_event = (n >= 1 && is_verb(ws[n - 1]))
                || last_two.as_deref().is_some_and(is_verb)
                || (n >= 2 && is_verb(ws[n - 2]) && object_ok(ws[n - 1]))
                || (n >= 3 && is_verb(ws[n - 3]) && is_prep(ws[n - 2]) && object_ok(ws[n - 1]));
            if !is_event {
                return None;
            }
            (LabelKind::Event, sentence)
        };
        let context;
        let label = if kind == LabelKind::Event {
            context = sentence_context(lines, i, label);
            context.as_str()
        } else {
            label
        };
        if words(label).any(|w| self.cat.foreign_date_labels.iter().any(|f| w == f)) {
            return None;
        }
        // A label that names another document type is that document's date.
        if let Some(t) = self.named_type(label) {
            if spec.is_none_or(|s| s.doc_type != t) {
                return None;
            }
        }
        Some(kind)
    }

    fn attributes(&self, t: DocType, folded_text: &str) -> Attributes {
        let mut found = [false; 7];
        let applies: Vec<usize> = self
            .cat
            .attributes
            .iter()
            .enumerate()
            .filter(|(_, a)| a.applies_to.contains(&t))
            .map(|(i, _)| i)
            .collect();
        if applies.is_empty() {
            return Attributes::default();
        }
        for m in self.phrases.find_overlapping_iter(folded_text) {
            let Some(Tag::Attr(ai)) = self.tags.get(m.pattern().as_usize()) else {
                continue;
            };
            if !applies.contains(ai) || found[*ai] {
                continue;
            }
            let spec = &self.cat.attributes[*ai];
            if !bounded(folded_text, m.start(), m.end(), spec.exact_words) {
                continue;
            }
            if spec.negation_guard && self.negated(folded_text, m.start()) {
                continue;
            }
            found[*ai] = true;
        }
        for (ai, first, second) in &self.gap_phrases {
            if !applies.contains(ai) || found[*ai] {
                continue;
            }
            let spec = &self.cat.attributes[*ai];
            found[*ai] = folded_text.match_indices(first.as_str()).any(|(at, _)| {
                let end = at + first.len();
                if !bounded(folded_text, at, end, spec.exact_words)
                    || (spec.negation_guard && self.negated(folded_text, at))
                {
                    return false;
                }
                // The second part within the same sentence, at most GAP_PHRASE_WORDS words on.
                let rest = &folded_text[end..];
                let sentence = rest.split(['.', ';', '!', '?']).next().unwrap_or(rest);
                sentence.match_indices(second.as_str()).any(|(k, _)| {
                    words(&sentence[..k]).count() <= GAP_PHRASE_WORDS
                        && bounded(sentence, k, k + second.len(), spec.exact_words)
                })
            });
        }
        let mut a = Attributes::default();
        for ai in applies {
            let v = Some(found[ai]);
            match self.cat.attributes[ai].id {
                AttrId::Anonymous => a.anonymous = v,
                AttrId::Placement => a.placement = v,
                AttrId::WithoutConsent => a.without_consent = v,
                AttrId::Urgent => a.urgent = v,
                AttrId::NoPlan => a.no_plan = v,
                AttrId::ComplaintGuidance => a.complaint_guidance = v,
                AttrId::Goals => a.goals = v,
            }
        }
        a
    }

    /// A negation among the four words before `at`, in the same sentence.
    fn negated(&self, text: &str, at: usize) -> bool {
        let mut start = at.saturating_sub(60);
        while !text.is_char_boundary(start) {
            start += 1;
        }
        let before = &text[start..at];
        let sentence = before.rsplit(['.', '\n', ';']).next().unwrap_or(before);
        let ws: Vec<&str> = words(sentence).collect();
        let tail = &ws[ws.len().saturating_sub(4)..];
        self.cat
            .negations
            .iter()
            .any(|n| phrase_at(tail, n).is_some())
    }
}

/// A line that reads as a sentence (several words, ending with a full stop) is body text,
/// not a heading: "Afgørelsen om støtte blev truffet den 19. april 2013."
fn is_sentence(folded: &str, words: usize, abbreviations: &[String]) -> bool {
    let t = folded.trim_end();
    // A full stop at the end, or inside the line before the next word (a wrapped paragraph);
    // not the stop of an abbreviation ("Børnefaglig undersøgelse jf. SEL § 50").
    let inner_stop = t.match_indices(". ").any(|(i, _)| {
        let before = &t[..i];
        let last = before
            .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
            .next()
            .unwrap_or("");
        before
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphabetic())
            && !abbreviations.iter().any(|a| a == last)
            && t[i + 2..].chars().next().is_some_and(|c| c.is_alphabetic())
    });
    // A final stop after an abbreviation ("… (SEL § 52, stk.") ends no sentence either.
    let final_stop = t.strip_suffix('.').is_some_and(|b| {
        let last = b
            .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
            .next()
            .unwrap_or("");
        !abbreviations.iter().any(|a| a == last)
    });
    words > 4 && (final_stop || inner_stop)
}

/// Which of two title hits wins: the leftmost, then the higher priority, then the longer phrase.
fn better(a: TitleHit, b: TitleHit) -> TitleHit {
    let key = |h: &TitleHit| (std::cmp::Reverse(h.start), h.priority, h.len);
    if key(&b) > key(&a) {
        b
    } else {
        a
    }
}

/// The index keys a line word can match: itself, and its prefixes of four letters or more
/// (a phrase word of four letters or more matches longer forms, see [`word_matches`]).
fn lookup_keys(w: &str) -> impl Iterator<Item = &str> {
    let ends: Vec<usize> = w.char_indices().map(|(i, _)| i).skip(4).collect();
    std::iter::once(w).chain(ends.into_iter().map(move |e| &w[..e]))
}

/// True when `p` matches in `ws` starting at word `s` (see [`phrase_at`]).
fn phrase_from(ws: &[&str], s: usize, p: &Phrase) -> bool {
    let Some(first) = p.words.first() else {
        return false;
    };
    if !ws.get(s).is_some_and(|w| word_matches(w, first)) {
        return false;
    }
    let mut pos = s;
    for pw in &p.words[1..] {
        let lim = (pos + 2 + PHRASE_MAX_GAP).min(ws.len());
        match (pos + 1..lim).find(|&j| word_matches(ws[j], pw)) {
            Some(j) => pos = j,
            None => return false,
        }
    }
    true
}

/// Where `p` starts in `ws` (word index), its words in order with at most [`PHRASE_MAX_GAP`]
/// others between consecutive ones.
fn phrase_at(ws: &[&str], p: &Phrase) -> Option<usize> {
    let first = p.words.first()?;
    'start: for s in 0..ws.len() {
        if !word_matches(ws[s], first) {
            continue;
        }
        let mut pos = s;
        for pw in &p.words[1..] {
            let lim = (pos + 2 + PHRASE_MAX_GAP).min(ws.len());
            match (pos + 1..lim).find(|&j| word_matches(ws[j], pw)) {
                Some(j) => pos = j,
                None => continue 'start,
            }
        }
        return Some(s);
    }
    None
}

/// A phrase word of four letters or more also matches longer forms of it (Danish suffixes:
/// "handleplan" → "handleplanen"); shorter words and numbers must match exactly.
///
/// A long phrase word (ten letters or more) also matches as the last part of a compound, with
/// at least three letters before it: "anbringelse" → "døgnanbringelse", "tvangsanbringelsen";
/// "underretning" → "politiunderretning". Danish puts the head of a compound last, so the
/// compound is still that thing; short words are left out ("høring" is not "afhøring").
fn word_matches(text_word: &str, phrase_word: &str) -> bool {
    text_word == phrase_word
        || (phrase_word.len() >= 4
            && text_word.starts_with(phrase_word)
            && phrase_word.chars().nth(3).is_some()
            && !phrase_word.bytes().all(|c| c.is_ascii_digit()))
        || (text_word.len() >= phrase_word.len() + 3
            && phrase_word.len() >= 10
            && phrase_word.chars().nth(9).is_some()
            && text_word
                .match_indices(phrase_word)
                .any(|(at, _)| text_word[..at].chars().nth(2).is_some()))
}

/// A match is a whole word on the left; on the right too when `exact`, or when its last word is
/// short (so "mål" does not match "målt", but "anbringelse" matches "anbringelsen").
fn bounded(text: &str, start: usize, end: usize, exact: bool) -> bool {
    let left_ok = text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    if !left_ok {
        return false;
    }
    let last_word_len = text[start..end]
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .map_or(0, |w| w.chars().count());
    if exact || last_word_len < 4 {
        return text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
    }
    true
}

/// The text before a date that may hold its label: the line up to the date, or, when that is
/// empty, the previous non-empty line (a label above its value in a table).
fn label_prefix(lines: &[Line<'_>], i: usize, start: usize) -> String {
    let own = lines[i].folded[..start].trim();
    if !own.is_empty() {
        return own.to_string();
    }
    lines[..i]
        .iter()
        .rev()
        .find(|l| !l.folded.trim().is_empty())
        .map(|l| l.folded.trim().to_string())
        .unwrap_or_default()
}

/// True when `prefix` ends with `label`, ignoring trailing punctuation and a "den"/"d." before
/// the date, and with a word boundary before the label.
fn ends_with_label(prefix: &str, label: &str) -> bool {
    let strip = |s: &str| -> String {
        let mut s = s
            .trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, ':' | '.' | ',' | '-' | '–' | '—')
            })
            .to_string();
        // "… den", "… d.", and a weekday before the date ("holdt mandag den 12. marts").
        for tail in [
            " den", " d", " d.", " dato", " mandag", " tirsdag", " onsdag", " torsdag", " fredag",
            " lørdag", " søndag",
        ] {
            if s.ends_with(tail) && s.len() > tail.len() {
                s.truncate(s.len() - tail.len());
                s = s
                    .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '.' | ','))
                    .to_string();
            }
        }
        s
    };
    let p = strip(prefix);
    let l = strip(label);
    if l.is_empty() || !p.ends_with(&l) {
        return false;
    }
    p[..p.len() - l.len()]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// The sentence a label stands in: `prefix` (the text before the date), with the line above
/// put in front when line `i` continues it (starts in lower case), cut at the last sentence end.
fn sentence_context(lines: &[Line<'_>], i: usize, prefix: &str) -> String {
    let continues = lines[i]
        .clean
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    let joined = match i.checked_sub(1).map(|k| lines[k].folded.trim()) {
        Some(prev) if continues && !prev.is_empty() && !prefix.contains(prev) => {
            format!("{prev} {prefix}")
        }
        _ => prefix.to_string(),
    };
    last_sentence(&joined).to_string()
}

/// The last sentence of `text` (after its last `.`, `;`, `!` or `?`), trimmed.
fn last_sentence(text: &str) -> &str {
    text.rsplit(['.', ';', '!', '?'])
        .next()
        .unwrap_or(text)
        .trim()
}

/// Whether `prefix` is a field ("Modtaget i Børn og Familie:") whose label opens with the
/// one-word `label` ("modtaget"): a field label may name where or by whom after its verb.
fn field_label_starts_with(prefix: &str, label: &str) -> bool {
    let Some(label) = one_word_label(label) else {
        return false;
    };
    let Some(field) = strip_date_lead(prefix).strip_suffix(':') else {
        return false;
    };
    let field = field.trim();
    words(field).count() <= 6
        && field
            .strip_prefix(label)
            .is_some_and(|rest| rest.starts_with(' '))
}

/// A catalogue label that is one word once its "den" is dropped ("modtaget den" → "modtaget").
fn one_word_label(label: &str) -> Option<&str> {
    let label = label.trim_end_matches(" den").trim();
    (!label.is_empty() && !label.contains(' ')).then_some(label)
}

/// Whether the text right after a date is `label` (without its "den"), alone or in brackets:
/// "27-11-2017 (afsluttet)", "12.03.2015 modtaget".
fn is_post_label(after: &str, label: &str) -> bool {
    let Some(label) = one_word_label(label) else {
        return false;
    };
    let t = after.trim_start().trim_start_matches('(').trim_start();
    // Only at the end of the line: in "af 04.06.18 modtaget den 07.06.18" the label belongs to
    // the date after it.
    t.strip_prefix(label).is_some_and(|rest| {
        rest.trim_start_matches(|c: char| matches!(c, ')' | '.' | ',' | ';') || c.is_whitespace())
            .is_empty()
    })
}

/// The two general forms of a label (see `Detector::own_event_label`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LabelKind {
    Field,
    Event,
}

/// The text before a date without what may stand between a label and its date: space, "den",
/// "d.", a weekday, a dash. A colon is kept: it tells a field from a sentence.
fn strip_date_lead(before: &str) -> &str {
    let mut s = before.trim_end();
    loop {
        let t =
            s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | ','));
        let mut next = t;
        for tail in [
            "den", "d.", "d", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag",
            "søndag",
        ] {
            if let Some(rest) = t.strip_suffix(tail) {
                if rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric()) {
                    next = rest;
                    break;
                }
            }
        }
        if next.len() == s.len() {
            return s;
        }
        s = next.trim_end();
    }
}

/// Whether line `i` continues a sentence wrapped from the line above ("… der blev truffet
/// afgørelse om støtte" / "den 20. april 2023."): it starts in lower case, and the line directly
/// above is as long as a paragraph's line and does not end a sentence or a label. A letter's date
/// line starts with its place name, or follows a short line or a blank one.
fn continues_sentence(lines: &[Line<'_>], i: usize) -> bool {
    let first = lines[i].clean.trim_start().chars().next();
    // "… aftalt nyt møde den" / "3.9.2021.": the line above stops in the middle of a sentence.
    let prev_mid_sentence = i
        .checked_sub(1)
        .and_then(|k| lines[k].clean.trim().chars().next_back())
        .is_some_and(char::is_lowercase);
    (first.is_some_and(char::is_lowercase)
        || (first.is_some_and(|c| c.is_ascii_digit()) && prev_mid_sentence))
        && line_above_runs_on(lines, i)
}

/// Whether the line directly above `i` is as long as a paragraph's line and ends no sentence
/// or label, so that line `i` may continue it.
fn line_above_runs_on(lines: &[Line<'_>], i: usize) -> bool {
    i.checked_sub(1).is_some_and(|k| {
        let prev = lines[k].clean.trim();
        prev.chars().count() >= 45 && !prev.ends_with(['.', ':', '!', '?'])
    })
}

/// A line that is only a date, optionally after a place name and "den": a letter's date line.
fn is_bare_date_line(folded: &str, m: &DateMention) -> bool {
    let before = folded[..m.start].trim();
    let after = folded[m.end..].trim().trim_end_matches('.');
    let before_ok = before.is_empty()
        || before == "den"
        || before == "d."
        || (before.len() <= 30
            && (before.ends_with(", den") || before.ends_with(",") || before.ends_with(", d.")));
    before_ok && after.is_empty()
}

/// End of a clock time at the start of `s` (" kl. 14.30 - "): after "kl", an optional full
/// stop and the digits of the time, so that a subject opening with a number stays whole
/// ("kl. 14.40 / 24-timersvurdering").
fn leading_time_end(s: &str) -> Option<usize> {
    let t = s.trim_start();
    let offset = s.len() - t.len();
    let rest = t.strip_prefix("klokken").or_else(|| t.strip_prefix("kl"))?;
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    let digits_start = rest.len() - rest.trim_start().len();
    let mut end = digits_start;
    for (i, c) in rest[digits_start..].char_indices() {
        if c.is_ascii_digit() || ((c == '.' || c == ':') && i > 0) {
            end = digits_start + i + c.len_utf8();
        } else {
            break;
        }
    }
    if end == digits_start {
        return None;
    }
    Some(offset + (t.len() - rest.len()) + end)
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.trim().to_string()
    } else {
        let mut out: String = s.chars().take(max).collect();
        out.push('…');
        out
    }
}

#[cfg(test)]
mod tests;
