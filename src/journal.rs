//! Journal splitting: one exported `.txt` journal holds several dated entries, and each entry is
//! its own document (`path#N`, see the contract).
//!
//! An *entry start* is a line whose first token is a full date — day first with a 4- or 2-digit
//! year (`12.03.2015`, `12-03-15`, `12/3-2015`, `12/3 2015`), ISO (`2015-03-12`) or with a Danish
//! month name (`12. marts 2015`, `12. mar. 2015`) — optionally followed by a clock time
//! (`kl. 14.30`, `14:30`), and then a separator (`–`, `—`, `-`, `:`, `,`) with text after it, or
//! a subject starting with a capital letter (`12/3-2015 Notat`), a `§` or a number joined to a
//! word (`2019-05-27 24-timersvurdering`); a date with `kl.` and a time and
//! nothing else (`12.03.2015 kl. 14.30`) also counts. A line that merely contains a date
//! (`Dato: 12.03.2015`, `Mødet blev holdt 12.03.2015`) is not an entry start, nor is a date alone
//! on a line or a date followed by a lower-case sentence (`12.03.2015 blev der holdt møde`),
//! which is body text. Up to three leading spaces are allowed; the date is validated (day 1–31,
//! month 1–12, four-digit years 1900–2099). Lines may end in `\n`, `\r\n` or `\r`.
//!
//! A text is a *journal* ([`is_journal`]) when it has at least two entry starts, or exactly one
//! that is preceded only by a short preamble: at most [`MAX_PREAMBLE_LINES`] non-blank lines and
//! no `Dato:` label line with a date (a table header `Dato<TAB>Emne` is fine). The single-entry
//! case is real: exports cut per year hold years with one
//! entry (`journal_2022.txt`), and the contract still numbers that entry `#1`. The preamble limit
//! keeps an ordinary note — letterhead, `Sagsnr.`, title, `Dato: 12.03.2015`, body — a note even
//! if a body line happens to open with a date and a capitalised word. For a journal,
//! [`split_entries`] returns one [`JournalEntry`] per start, numbered from 1 in file order; lines
//! before the first start (the preamble: `JOURNALUDSKRIFT`, `Journal for …`, `Sagsnr.: …`,
//! `CPR-nr.: …`) belong to no entry. For any other text it returns an empty vector, and the
//! caller treats the whole file as one ordinary document (id without `#N`).

use regex::Regex;
use std::sync::LazyLock;

/// One dated entry of a journal export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalEntry {
    /// 1-based position in the file: the `N` of the document id `path#N`.
    pub n: u32,
    /// The entry's first line (the dated heading), trimmed.
    pub heading: String,
    /// The entry's text from its heading line up to the next entry start, lines joined with `\n`,
    /// trailing blank lines removed.
    pub text: String,
    /// 1-based line number of the heading in the text (lines split at `\n`, `\r\n` or `\r`).
    pub start_line: usize,
}

const MONTHS: &str = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|\
                      december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec";

/// The date at the start of a line, and the rest of the line after it.
static DATE_START: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?x)^[\ \t]{{0,3}}
        # An optional bracket or weekday before the date: `[12.03.2015]`, `Mandag 12.03.2015`.
        (?:[\[(]|(?i:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|man|tirs|tir|ons|tors|tor|fre|lør|søn)\.?,?[\ ]+(?:den[\ ]+)?))?
        (?:
            (?P<d1>\d{{1,2}})[./-](?P<m1>\d{{1,2}})(?:[./-]|[\ ])(?P<y1>\d{{4}}|\d{{2}})
          | (?P<y2>\d{{4}})-(?P<m2>\d{{1,2}})-(?P<d2>\d{{1,2}})
          | (?P<d3>\d{{1,2}})\.[\ ]?(?i:(?P<mon>{MONTHS}))\.?[\ ]+(?P<y3>\d{{4}})
        )(?P<rest>.*)$"
    );
    Regex::new(&pattern).expect("static regex")
});

/// What may follow the date: an optional clock time, then a separator or a subject.
static AFTER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^
        [\])]?
        (?P<time>[\ \t]*,?[\ \t]*(?i:klokken|kl\.?)?[\ \t]*\d{1,2}[.:]\d{2}\b)?
        [\])]?
        [\ \t]*
        (?:
            (?P<sep>[–—:,|/·•;]|-{1,2})[\ \t]*(?P<after_sep>\S.*)
          | (?P<subject>(?:\p{L}|§|\d{1,3}-\p{L}).*)
        )$",
    )
    .expect("static regex")
});

static TIME_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]*,?[ \t]*(?i:klokken|kl\.?)[ \t]*\d{1,2}[.:]\d{2}[ \t]*$")
        .expect("static regex")
});

/// True when `line` is an entry start (see the module documentation).
pub fn is_entry_start(line: &str) -> bool {
    let Some(caps) = DATE_START.captures(line) else {
        return false;
    };
    let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    let (day, month) = if let (Some(d), Some(m)) = (num("d1"), num("m1")) {
        (d, m)
    } else if let (Some(d), Some(m)) = (num("d2"), num("m2")) {
        (d, m)
    } else {
        (num("d3").unwrap_or(0), 1)
    };
    if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
        return false;
    }
    let year = num("y1").or(num("y2")).or(num("y3")).unwrap_or(0);
    if year >= 100 && !(1900..=2099).contains(&year) {
        return false;
    }
    let rest = caps.name("rest").map_or("", |m| m.as_str());
    // The date must end at a token boundary: `12.03.20151` or `2015-03-123` is not a date.
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    // A date and an explicit clock time alone (`12.03.2015 kl. 14.30`) is a heading too: body
    // text does not state a time of day without saying what happened.
    if TIME_ONLY.is_match(rest) {
        return true;
    }
    let Some(after) = AFTER_DATE.captures(rest) else {
        return false;
    };
    if after.name("sep").is_some() {
        return true;
    }
    // No separator: a subject. Without a clock time it must be capitalised (`12/3-2015 Notat`),
    // so that body sentences opening with a date are not taken for headings.
    let subject = after.name("subject").map_or("", |m| m.as_str());
    // A subject may also open with a paragraph sign or a number joined to a word
    // (`§ 50-undersøgelse`, `24-timersvurdering`): body sentences do not.
    after.name("time").is_some()
        || subject.starts_with(char::is_uppercase)
        || subject.starts_with('§')
        || subject.starts_with(|c: char| c.is_ascii_digit())
}

/// The most non-blank lines a preamble may have before a journal's only entry start.
pub const MAX_PREAMBLE_LINES: usize = 6;

/// True when `text` is a journal export (see the module documentation).
pub fn is_journal(text: &str) -> bool {
    let all = lines(text);
    let starts: Vec<usize> = entry_starts(&all);
    journal_shape(&all, &starts)
}

fn entry_starts(all: &[&str]) -> Vec<usize> {
    all.iter()
        .enumerate()
        .filter(|(_, l)| is_entry_start(l))
        .map(|(i, _)| i)
        .collect()
}

fn journal_shape(all: &[&str], starts: &[usize]) -> bool {
    match starts {
        [] => false,
        [only] => {
            let preamble: Vec<&str> = all[..*only]
                .iter()
                .map(|l| l.trim())
                .filter(|l| !l.is_empty())
                .collect();
            // A "Dato: 12.03.2015" line makes the text a dated note; a table header
            // ("Dato<TAB>Emne") above the entries does not.
            preamble.len() <= MAX_PREAMBLE_LINES
                && !preamble.iter().any(|l| {
                    l.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("dato"))
                        && l.bytes().any(|b| b.is_ascii_digit())
                })
        }
        _ => true,
    }
}

/// The entries of a journal, numbered from 1; empty when `text` is not a journal, in which case
/// the file is one ordinary document.
pub fn split_entries(text: &str) -> Vec<JournalEntry> {
    let all = lines(text);
    let starts = entry_starts(&all);
    if !journal_shape(&all, &starts) {
        return Vec::new();
    }
    let mut entries = Vec::with_capacity(starts.len());
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(all.len());
        let mut body = &all[start..end];
        while let Some((last, init)) = body.split_last() {
            if last.trim().is_empty() {
                body = init;
            } else {
                break;
            }
        }
        entries.push(JournalEntry {
            n: (k + 1) as u32,
            heading: all[start].trim().to_string(),
            text: body.join("\n"),
            start_line: start + 1,
        });
    }
    entries
}

/// The lines before a journal's first entry (its preamble: "Journal for …", "Barn: …"), which
/// may name the child; empty when there are no entries.
pub fn preamble(text: &str, entries: &[JournalEntry]) -> String {
    let Some(first) = entries.first() else {
        return String::new();
    };
    lines(text)[..first.start_line.saturating_sub(1)].join("\n")
}

/// Lines of `text`, accepting `\n`, `\r\n` and lone `\r` endings; a final line ending does not
/// start another (empty) line.
fn lines(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(['\n', '\r']) {
        out.push(&rest[..i]);
        let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
        rest = &rest[i + skip..];
    }
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_forms_start_entries() {
        for line in [
            "12.03.2015 – Telefonsamtale med mor",
            "12.3.2015 - Sagsnotat",
            "2015-03-12: Sagsnotat",
            "2015-03-12 – Telefonnotat",
            "12-03-2015 kl. 14.30 - Børnesamtale",
            "12.03.2015 kl. 14:30 - 24-timers vurdering",
            "12.03.2015 kl. 14.30 Vurdering af underretning",
            "12/3-2015 Notat",
            "12/3 2015: Notat",
            "12/3-15 – Notat",
            "12.03.15: Notat",
            "12. marts 2015 – Møde på skolen",
            "12. Marts 2015: Møde",
            "12. MARTS 2015 – Møde",
            "12. mar. 2015 – Møde",
            "12.03.2015 — Sagsnotat",
            "12.03.2015, Sagsnotat",
            "  12.03.2015 – indrykket overskrift",
            "12.03.2015 Åbning af sag",
            "12.03.2015 kl. 14.30",
            "12.11.2025, klokken 16.35: Telefonsamtale",
            "2019-05-27 24-timersvurdering",
            "12.03.2015 § 50-undersøgelse påbegyndt",
        ] {
            assert!(is_entry_start(line), "{line}");
        }
    }

    #[test]
    fn lines_that_are_not_entry_starts() {
        for line in [
            "Dato: 12.03.2015",
            "Mødet blev holdt 12.03.2015 – alle deltog",
            "12.03.2015",
            "12.03.2015 –",
            "12.03.2015 blev der holdt møde med mor",
            "010203-1234 – CPR",
            "4791 Fjordholm",
            "24-timers vurdering",
            "32.03.2015 – ugyldig dag",
            "12.13.2015 – ugyldig måned",
            "12.03.20151 – for mange cifre",
            "2015-03-123 – for mange cifre",
            "12.03.2015 12.04.2015",
            "12.03.2015 14.30",
            "12.03.2015 3 børn i hjemmet",
            "12.03.2015 2-3 gange om ugen",
            "        12.03.2015 – for dybt indrykket",
            "",
        ] {
            assert!(!is_entry_start(line), "{line}");
        }
    }

    const JOURNAL: &str = "JOURNALUDSKRIFT\nJournal for Søren Ærø\nSagsnr.: 2015-0042\n\
        CPR-nr.: 010203-1234\n\n12.03.2015 – Telefonsamtale med mor\nMor ringede.\n\
        Næste møde 20.03.2015.\n\n2015-03-20: Sagsnotat\nAfgørelse truffet.\n\n\n\
        02-04-2015 kl. 14.30 - Børnesamtale\nSamtale med Søren.\n";

    #[test]
    fn a_table_header_is_no_date_label() {
        let one = "JOURNALOVERSIGT\nSagsnummer:\t2022-0042\n\nDato\tEmne\n\n2022-07-08\tOpfølgning\nTekst.\n";
        assert_eq!(split_entries(one).len(), 1);
        let note = "Notat\nDato: 08.07.2022\n\n2022-07-08\tOpfølgning\nTekst.\n";
        assert!(split_entries(note).is_empty());
    }

    #[test]
    fn splits_with_preamble() {
        let e = split_entries(JOURNAL);
        assert_eq!(e.len(), 3);
        assert_eq!(e.iter().map(|e| e.n).collect::<Vec<_>>(), vec![1, 2, 3]);
        assert_eq!(e[0].heading, "12.03.2015 – Telefonsamtale med mor");
        assert_eq!(
            e[0].text,
            "12.03.2015 – Telefonsamtale med mor\nMor ringede.\nNæste møde 20.03.2015."
        );
        assert_eq!(e[0].start_line, 6);
        assert_eq!(e[1].text, "2015-03-20: Sagsnotat\nAfgørelse truffet.");
        assert_eq!(e[1].start_line, 10);
        assert_eq!(e[2].heading, "02-04-2015 kl. 14.30 - Børnesamtale");
        assert_eq!(
            e[2].text,
            "02-04-2015 kl. 14.30 - Børnesamtale\nSamtale med Søren."
        );
        assert_eq!(e[2].start_line, 14);
        assert!(e
            .iter()
            .all(|e| !e.text.contains("JOURNALUDSKRIFT") && !e.text.contains("CPR")));
        assert!(is_journal(JOURNAL));
    }

    #[test]
    fn crlf_and_cr() {
        let crlf = JOURNAL.replace('\n', "\r\n");
        let e = split_entries(&crlf);
        assert_eq!(e, split_entries(JOURNAL));
        let cr = JOURNAL.replace('\n', "\r");
        assert_eq!(split_entries(&cr), split_entries(JOURNAL));
    }

    #[test]
    fn journal_without_preamble() {
        let t = "12/3-2015 Notat\nlinje\n13. marts 2015 – Møde\nlinje 2";
        let e = split_entries(t);
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].start_line, 1);
        assert_eq!(e[1].text, "13. marts 2015 – Møde\nlinje 2");
    }

    #[test]
    fn a_note_is_not_a_journal() {
        let note = "Skovlund Kommune\nJournalnotat\nDato: 12.03.2015\n\nMor ringede den \
            12.03.2015. Mødet 14.03.2015 er aflyst.\n";
        assert!(!is_journal(note));
        assert!(split_entries(note).is_empty());
        assert!(split_entries("").is_empty());
        // A body line opening with a date does not make a dated note a journal ...
        let dated = "Journalnotat\nDato: 12.03.2015\n\n14.03.2015: Møde aflyst.\n";
        assert!(split_entries(dated).is_empty());
        // ... nor does one after a long letterhead.
        let letter =
            "Kommune\nAdresse\nSagsnr.: 1\nBarn: X\nCPR-nr.: 010203-1234\nSagsbehandler: Y\n\
            Notat\n14.03.2015: Møde aflyst.\n";
        assert!(split_entries(letter).is_empty());
    }

    #[test]
    fn a_journal_with_one_entry() {
        let one = "12.03.2015 – Opfølgningsmøde\nIndsatsen virker.\n";
        assert!(is_journal(one));
        let e = split_entries(one);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].n, 1);
        assert_eq!(e[0].text, "12.03.2015 – Opfølgningsmøde\nIndsatsen virker.");
        let with_preamble = "JOURNALUDSKRIFT\nSagsnr.: 00425\nCPR-nr.: 181109-0459\n\n\
            10-04-2016: Anonym telefonisk underretning\nTekst.\n";
        let e = split_entries(with_preamble);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].start_line, 5);
    }

    #[test]
    fn fixture_journal_in_windows_1252() {
        let bytes = include_bytes!("../fixtures/formats/journal-cp1252.txt");
        let text = crate::extract::text::extract_text(bytes).full_text();
        let e = split_entries(&text);
        assert_eq!(e.len(), 3);
        assert!(e[0]
            .text
            .contains("Børnefaglig undersøgelse drøftet. ÆØÅ æøå."));
        assert_eq!(e[0].heading, "12.03.2015 – Telefonsamtale med mor");
    }

    #[test]
    fn garbage_never_panics() {
        let mut state = 0x9E3779B97F4A7C15u64;
        for len in 0..200 {
            let s: String = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    [
                        '1', '2', '.', '-', '/', ' ', '\n', '\r', 'å', 'M', 'k', 'l', ':', '–',
                    ][(state % 14) as usize]
                })
                .collect();
            let _ = split_entries(&s);
        }
    }
}

#[cfg(test)]
mod more_heading_forms {
    use super::*;

    #[test]
    fn brackets_weekdays_and_other_separators() {
        for line in [
            "[12.03.2015] Telefonnotat",
            "(12.03.2015) Børnesamtale med Anna",
            "Mandag 12.03.2015 – Opfølgningsmøde",
            "tirs. 12.03.2015: Sagsnotat",
            "12.03.2015 | Telefonsamtale med mor",
            "12.03.2015 / Sagsnotat",
            "12.03.2015 · Mail fra skolen",
        ] {
            assert!(is_entry_start(line), "{line}");
        }
        for line in [
            "Dato: 12.03.2015",
            "Mandag var en god dag",
            "[bilag]",
            "12.03.2015",
        ] {
            assert!(!is_entry_start(line), "{line}");
        }
        let text = "Journal\n\n[01.02.2016] Telefonnotat\nMor ringede.\n\n[05.02.2016] Børnesamtale\nAnna fortalte.\n";
        let e = split_entries(text);
        assert_eq!(e.len(), 2);
        assert_eq!(e[1].n, 2);
        assert!(e[1].text.contains("Anna fortalte"));
    }
}
