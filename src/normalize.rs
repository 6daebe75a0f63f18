//! Normalisation: Danish text as it really is, made matchable.
//!
//! The *clean* text keeps the document's lines and letter case but repairs what PDF producers,
//! OCR and legacy editors do to it: Unicode NFC (never NFKD, which splits å), ligatures, soft
//! hyphens, non-breaking and other odd spaces, words hyphenated at line ends, runs of spaces.
//! The *folded* text is the clean text, line for line, in the form patterns are written in:
//! lower case (æ ø å included), the old spelling "aa" as "å", "§50"/"paragraf 50" as "§ 50", and
//! the common OCR slips of "§" ("8 50-undersøgelse", "S 50"). Because both keep the same lines,
//! a match in the folded text is shown to people from the same line of the clean text.

use std::sync::OnceLock;

use regex::Regex;
use unicode_normalization::UnicodeNormalization;

/// A text in both forms, split into lines that correspond one to one.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    pub clean: Vec<String>,
    pub folded: Vec<String>,
}

impl Normalized {
    pub fn new(raw: &str) -> Normalized {
        let clean = clean_lines(raw);
        let folded = clean.iter().map(|l| fold_line(l)).collect();
        Normalized { clean, folded }
    }

    /// All folded lines joined with newlines.
    pub fn folded_text(&self) -> String {
        self.folded.join("\n")
    }
}

/// Repairs a raw text and splits it into lines (see the module comment).
pub fn clean_lines(raw: &str) -> Vec<String> {
    // Most extracted text is already NFC; the quick check spares composing it again.
    let nfc: std::borrow::Cow<'_, str> = match unicode_normalization::is_nfc_quick(raw.chars()) {
        unicode_normalization::IsNormalized::Yes => std::borrow::Cow::Borrowed(raw),
        _ => std::borrow::Cow::Owned(raw.nfc().collect()),
    };
    let mut lines: Vec<String> = Vec::new();
    for line in nfc.split(['\n', '\r', '\u{c}', '\u{2028}', '\u{2029}']) {
        // Fast path: printable ASCII without runs of spaces needs no repair.
        let b = line.as_bytes();
        if b.iter().all(|c| (0x21..0x7f).contains(c) || *c == b' ')
            && !line.contains("  ")
            && !line.starts_with(' ')
        {
            lines.push(line.trim_end().to_string());
            continue;
        }
        let mut out = String::with_capacity(line.len());
        let mut last_space = true;
        for c in line.chars() {
            let mapped: Option<&str> = match c {
                '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' => Some(""),
                '\u{FB00}' => Some("ff"),
                '\u{FB01}' => Some("fi"),
                '\u{FB02}' => Some("fl"),
                '\u{FB03}' => Some("ffi"),
                '\u{FB04}' => Some("ffl"),
                '\u{FB05}' | '\u{FB06}' => Some("st"),
                '\u{2010}' | '\u{2011}' => Some("-"),
                _ => None,
            };
            if let Some(m) = mapped {
                out.push_str(m);
                if !m.is_empty() {
                    last_space = false;
                }
                continue;
            }
            if c.is_whitespace() || c == '\u{00A0}' || c.is_control() {
                if !last_space {
                    out.push(' ');
                    last_space = true;
                }
            } else {
                out.push(c);
                last_space = false;
            }
        }
        let trimmed = out.trim_end().to_string();
        lines.push(trimmed);
    }
    join_hyphenated(&mut lines);
    lines
}

/// Joins words hyphenated at line ends ("børnefag-" + "lig undersøgelse"). A suspended compound
/// ("Børne- og Familieafdelingen") keeps its hyphen: the next word is a conjunction.
fn join_hyphenated(lines: &mut [String]) {
    for i in 0..lines.len().saturating_sub(1) {
        let ends_hyphen = {
            let l = &lines[i];
            let mut rev = l.chars().rev();
            rev.next() == Some('-') && rev.next().is_some_and(|c| c.is_alphabetic())
        };
        if !ends_hyphen {
            continue;
        }
        // PDF producers may put an empty line between the halves ("Tilsyn-" / "" / "sbesøg").
        let j = if lines[i + 1].trim().is_empty() && i + 2 < lines.len() {
            i + 2
        } else {
            i + 1
        };
        let next = lines[j].trim_start().to_string();
        let first_word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
        let starts_lower = first_word.chars().next().is_some_and(|c| c.is_lowercase());
        // An upper-case title broken inside a word ("HANDL-" / "EPLAN") continues in upper case.
        let all_caps = |w: &str| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase());
        let head: String = {
            let l = &lines[i];
            let body = &l[..l.len() - 1];
            let rev: String = body
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .collect();
            rev.chars().rev().collect()
        };
        let caps_break = all_caps(&head) && all_caps(&first_word);
        if first_word.is_empty()
            || !(starts_lower || caps_break)
            || matches!(first_word.to_lowercase().as_str(), "og" | "eller" | "samt")
        {
            continue;
        }
        lines[i].pop();
        lines[i].push_str(&first_word);
        let rest = next[first_word.len()..].trim_start().to_string();
        lines[j] = rest;
    }
}

fn section_regexes() -> &'static [(Regex, &'static str)] {
    static RE: OnceLock<Vec<(Regex, &'static str)>> = OnceLock::new();
    RE.get_or_init(|| {
        let build = |p: &str| Regex::new(p).expect("normalisation regex is valid");
        vec![
            // "paragraf 50", "§50", "§§ 50" -> "§ 50"
            (build(r"(?:\bparagraf|§+)\s*(\d)"), "§ $1"),
            // "Paragraf" at a line end, its number on the next line: still the sign.
            (build(r"\bparagraf$"), "§"),
            // OCR: "8 50-undersøgelse", "s 50-undersøgelse", "5 50-undersøgelse"
            (
                build(r"(?:^|\s)[8s5$]\s?(50|20)([- ]?undersøgelse)"),
                " § $1$2",
            ),
        ]
    })
}

/// Folds one clean line into the matching form.
pub fn fold_line(line: &str) -> String {
    // str::to_lowercase has an ASCII fast path; most of a Danish line is ASCII.
    let mut s = line.to_lowercase();
    if s.contains("aa") {
        s = s.replace("aa", "å");
    }
    if s.contains('§') || s.contains("paragraf") || s.contains("undersøgelse") {
        // (The OCR forms all end in "undersøgelse", so that test covers them too.)
        for (re, rep) in section_regexes() {
            if re.is_match(&s) {
                s = re.replace_all(&s, *rep).into_owned();
            }
        }
    }
    s
}

/// Splits a folded line into words: letters and digits, `§` as a word of its own; hyphens,
/// punctuation and spaces separate.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !(c.is_alphanumeric() || c == '§'))
        .flat_map(|w| {
            // "§50" is already split by folding; split a leading § just in case.
            if w.len() > 2 && w.starts_with('§') {
                vec![&w[..'§'.len_utf8()], &w['§'.len_utf8()..]]
            } else {
                vec![w]
            }
        })
        .filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_and_case_folding_keep_danish_letters() {
        // "å" written as a + combining ring must become one letter.
        let n = Normalized::new("BØRNEFAGLIG UNDERSØGELSE a\u{030A} ÆØÅ");
        assert_eq!(n.folded[0], "børnefaglig undersøgelse å æøå");
    }

    #[test]
    fn ligatures_soft_hyphens_and_spaces() {
        let n = Normalized::new("Ansøgning om ﬁnansiering\u{00A0}af  under\u{00AD}retning");
        assert_eq!(n.clean[0], "Ansøgning om finansiering af underretning");
    }

    #[test]
    fn hyphenation_at_line_end_is_joined() {
        let n = Normalized::new("Børnefag-\nlig undersøgelse\nBørne- og\nog Familie-\nafdelingen");
        assert_eq!(n.clean[0], "Børnefaglig");
        assert_eq!(n.clean[1], "undersøgelse");
        assert_eq!(n.clean[2], "Børne- og");
        assert_eq!(n.clean[3], "og Familieafdelingen");
        assert_eq!(n.clean[4], "");
        let n = Normalized::new("HANDL-\nEPLAN\nBØRNE-\nOG UNGEUDVALGET\nNord-\nJylland");
        assert_eq!(n.clean[0], "HANDLEPLAN");
        assert_eq!(n.clean[2], "BØRNE-");
        assert_eq!(n.clean[4], "Nord-");
    }

    #[test]
    fn paragraph_forms_and_ocr_slips() {
        assert_eq!(fold_line("§50-undersøgelse"), "§ 50-undersøgelse");
        assert_eq!(fold_line("Paragraf 50-undersøgelse"), "§ 50-undersøgelse");
        assert_eq!(fold_line("8 50-undersøgelse"), " § 50-undersøgelse");
        assert_eq!(fold_line("S 20-undersøgelse"), " § 20-undersøgelse");
        assert_eq!(fold_line("$ 20-undersøgelsen"), " § 20-undersøgelsen");
        assert_eq!(fold_line("servicelovens §§ 50"), "servicelovens § 50");
        assert_eq!(fold_line("Paragraf"), "§");
        assert_eq!(fold_line("paragraffen gælder"), "paragraffen gælder");
    }

    #[test]
    fn old_spelling_aa() {
        assert_eq!(fold_line("Aabenraa Kommune"), "åbenrå kommune");
    }

    #[test]
    fn words_split_on_hyphens_and_keep_paragraph_sign() {
        let w: Vec<_> = words("§ 50-undersøgelse, 24-timers vurdering").collect();
        assert_eq!(w, ["§", "50", "undersøgelse", "24", "timers", "vurdering"]);
    }

    #[test]
    fn crlf_and_form_feeds_split_lines() {
        let n = Normalized::new("a\r\nb\u{c}c");
        assert_eq!(n.clean, ["a", "", "b", "c"]);
    }
}
