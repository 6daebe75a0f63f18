//! Danish dates and clock times in text.
//!
//! A *date mention* is a place in a folded line where a calendar date is written, in any of the
//! forms of domain.md: `12.03.2015`, `12.3.2015`, `12-03-2015`, `12/3-2015`, `12/3 2015`,
//! `12/3-15`, `12.03.15`, `2015-03-12`, `12. marts 2015`, `12. mar. 2015`. Day first, always;
//! two-digit years 00–69 are 20xx and 70–99 are 19xx. Month names come from the catalogue. A
//! CPR number (`DDMMYY-XXXX`) is never read as a date: no form matches six digits run together,
//! and a candidate glued to further digits is rejected.

use chrono::NaiveDate;
use regex::Regex;

use crate::patterns::Catalogue;

/// Compiled date and time expressions; built once per run from the catalogue's month names.
#[derive(Debug, Clone)]
pub struct DateParser {
    numeric: Regex,
    named: Regex,
    time: Regex,
    months: std::collections::HashMap<String, u32>,
}

/// A date found in a line: byte range in the folded line and the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub date: NaiveDate,
}

impl DateParser {
    pub fn new(cat: &Catalogue) -> DateParser {
        let mut names: Vec<&String> = cat.months.keys().collect();
        // Longest first, so "marts" wins over "mar".
        names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let alt = names
            .iter()
            .map(|n| regex::escape(n))
            .collect::<Vec<_>>()
            .join("|");
        let numeric = Regex::new(
            r"(?x)
              (?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})
            | (?P<d1>\d{1,2})\.\ ?(?P<m1>\d{1,2})\.\ ?(?P<y1>\d{4}|\d{2})
              # (A space beside a dash is an OCR slip: `02-07- 2022`, `3/12 -2015`.)
            | (?P<d2>\d{1,2})-(?P<m2>\d{1,2})\ ?-\ ?(?P<y2>\d{4})
            | (?P<d3>\d{1,2})/(?P<m3>\d{1,2})(?:\ ?-\ ?|/|\ )(?P<y3>\d{4}|\d{2})
              # OCR slips in a dotted date: a colon or comma for a dot (`13.01:2017`); a
              # four-digit year only, so clock times (`13:01`) are never read as dates.
            | (?P<d4>\d{1,2})[.:,](?P<m4>\d{1,2})[.:,](?P<y4>\d{4})",
        )
        .expect("date regex is valid");
        let named = Regex::new(&format!(
            r"(?P<d>\d{{1,2}})[.,]?\s*(?P<m>{alt})[.:,]?\s*(?P<y>\d{{4}}|\d{{2}})"
        ))
        .expect("month-name date regex is valid");
        let time = Regex::new(r"\b(?:klokken|kl\.?)\s*(?P<h>\d{1,2})[.:](?P<mi>\d{2})\b")
            .expect("time regex is valid");
        DateParser {
            numeric,
            named,
            time,
            months: cat.months.clone(),
        }
    }

    /// All dates in a folded line, in order.
    pub fn find(&self, line: &str) -> Vec<DateMention> {
        let mut out = Vec::new();
        if !line.bytes().any(|b| b.is_ascii_digit()) {
            return out;
        }
        let bytes = line.as_bytes();
        let glued = |s: usize, e: usize| -> bool {
            let before = s > 0
                && (bytes[s - 1].is_ascii_digit()
                    || (s > 1
                        && matches!(bytes[s - 1], b'.' | b'/' | b'-')
                        && bytes[s - 2].is_ascii_digit()));
            let after = e < bytes.len()
                && (bytes[e].is_ascii_digit()
                    || (e + 1 < bytes.len()
                        && matches!(bytes[e], b'-' | b'/')
                        && bytes[e + 1].is_ascii_digit()));
            before || after
        };
        for c in self.numeric.captures_iter(line) {
            let Some(m) = c.get(0) else { continue };
            if glued(m.start(), m.end()) {
                continue;
            }
            let num = |k: &str| c.name(k).and_then(|x| x.as_str().parse::<i32>().ok());
            let (d, mo, y) = if let Some(y) = num("iy") {
                (num("id"), num("im"), Some(y))
            } else if let Some(y) = num("y1") {
                (
                    num("d1"),
                    num("m1"),
                    Some(expand_year(y, c.name("y1").map_or(4, |x| x.len()))),
                )
            } else if let Some(y) = num("y2") {
                (num("d2"), num("m2"), Some(y))
            } else if let Some(y) = num("y4") {
                (num("d4"), num("m4"), Some(y))
            } else {
                (
                    num("d3"),
                    num("m3"),
                    num("y3").map(|y| expand_year(y, c.name("y3").map_or(4, |x| x.len()))),
                )
            };
            if let (Some(d), Some(mo), Some(y)) = (d, mo, y) {
                if let Some(date) = make_date(y, mo, d) {
                    out.push(DateMention {
                        start: m.start(),
                        end: m.end(),
                        date,
                    });
                }
            }
        }
        for c in self.named.captures_iter(line) {
            let Some(m) = c.get(0) else { continue };
            if glued(m.start(), m.end()) {
                continue;
            }
            // The month name must be a whole word ("mar" not in "marked").
            let Some(mm) = c.name("m") else { continue };
            let after_month = line[mm.end()..].chars().next();
            if after_month.is_some_and(|ch| ch.is_alphabetic()) {
                continue;
            }
            // A comma after the month is an OCR slip only before a full year: "5. maj, 20
            // personer" is no date.
            if after_month == Some(',') && c.name("y").is_some_and(|y| y.len() < 4) {
                continue;
            }
            let d = c.name("d").and_then(|x| x.as_str().parse::<i32>().ok());
            let mo = self.months.get(mm.as_str()).map(|m| *m as i32);
            let y = c.name("y").and_then(|x| {
                x.as_str()
                    .parse::<i32>()
                    .ok()
                    .map(|y| expand_year(y, x.len()))
            });
            if let (Some(d), Some(mo), Some(y)) = (d, mo, y) {
                if let Some(date) = make_date(y, mo, d) {
                    out.push(DateMention {
                        start: m.start(),
                        end: m.end(),
                        date,
                    });
                }
            }
        }
        out.sort_by_key(|m| m.start);
        out
    }

    /// A clock time right at byte `from`, with or without "kl." ("27.11.2018, 12.45: …"): the
    /// time after a journal heading's date, where exports often leave "kl." out.
    pub fn time_right_after(&self, line: &str, from: usize) -> Option<String> {
        let rest = line.get(from..)?;
        let t = rest.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
        let t = t
            .strip_prefix("klokken")
            .or_else(|| t.strip_prefix("kl."))
            .or_else(|| t.strip_prefix("kl"))
            .unwrap_or(t)
            .trim_start();
        let hlen = t.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&hlen) {
            return None;
        }
        let sep = t.as_bytes().get(hlen).copied()?;
        let mins = t.get(hlen + 1..hlen + 3)?;
        let after = t.as_bytes().get(hlen + 3);
        if !matches!(sep, b'.' | b':')
            || !mins.bytes().all(|b| b.is_ascii_digit())
            || after.is_some_and(|b| b.is_ascii_digit())
        {
            return None;
        }
        let h: u32 = t[..hlen].parse().ok()?;
        let m: u32 = mins.parse().ok()?;
        (h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
    }

    /// The clock time ("kl. 14.30", "kl. 9:05") in a folded line at or after byte `from`, `HH:MM`.
    pub fn time_after(&self, line: &str, from: usize) -> Option<String> {
        let c = self.time.captures(line.get(from..)?)?;
        let h: u32 = c.name("h")?.as_str().parse().ok()?;
        let m: u32 = c.name("mi")?.as_str().parse().ok()?;
        (h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
    }
}

fn expand_year(y: i32, digits: usize) -> i32 {
    if digits == 2 {
        if y < 70 {
            2000 + y
        } else {
            1900 + y
        }
    } else {
        y
    }
}

fn make_date(y: i32, m: i32, d: i32) -> Option<NaiveDate> {
    if !(1970..=2100).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, u32::try_from(m).ok()?, u32::try_from(d).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold_line;

    fn parser() -> DateParser {
        DateParser::new(&Catalogue::builtin().expect("catalogue"))
    }

    fn one(s: &str) -> Option<String> {
        let p = parser();
        let v = p.find(&fold_line(s));
        v.first().map(|m| m.date.to_string())
    }

    #[test]
    fn every_form_of_domain_md() {
        for s in [
            "12.03.2015",
            "12.3.2015",
            "12-03-2015",
            "12/3-2015",
            "12/3 2015",
            "12/3-15",
            "12.03.15",
            "2015-03-12",
            "12. marts 2015",
            "d. 12. marts 2015",
            "den 12. marts 2015",
            "12. mar. 2015",
            "12. MARTS 2015",
            "12. Marts 2015",
            "12 marts 2015",
            "Modtaget: 12.03.2015 kl. 14.30",
        ] {
            assert_eq!(one(s).as_deref(), Some("2015-03-12"), "{s}");
        }
        assert_eq!(one("d. 3/4-15").as_deref(), Some("2015-04-03"));
        // OCR slips: a comma for the day's full stop, a colon after an abbreviated month.
        assert_eq!(
            one("Afsluttet: 4, marts 2013").as_deref(),
            Some("2013-03-04")
        );
        assert_eq!(one("Dato: 17. mar: 2026").as_deref(), Some("2026-03-17"));
        // A colon or comma for a dot in a numeric date, with a four-digit year.
        assert_eq!(one("Dato:  13.01:2017").as_deref(), Some("2017-01-13"));
        assert_eq!(one("Dato: 13,01.2017").as_deref(), Some("2017-01-13"));
        assert_eq!(one("Modt.: 02-07- 2022").as_deref(), Some("2022-07-02"));
        assert_eq!(
            one("Udfærdiget: 20. sep, 2017").as_deref(),
            Some("2017-09-20")
        );
        assert_eq!(
            one("Underskrevet den 3/12 -2015").as_deref(),
            Some("2015-12-03")
        );
        assert_eq!(one("1. januar 1999").as_deref(), Some("1999-01-01"));
        assert_eq!(one("31.12.69").as_deref(), Some("2069-12-31"));
        assert_eq!(one("31.12.70").as_deref(), Some("1970-12-31"));
    }

    #[test]
    fn not_dates() {
        for s in [
            "CPR-nr.: 010302-3426",
            "0103023426",
            "kl. 14.30",
            "Sagsnr. 2015-0042",
            "31.02.2015",
            "12.13.2015",
            "tlf. 96 41 10 00",
            "1.500.000 kr.",
            "§ 52, stk. 3, nr. 7",
            "10 marked",
            "kl. 13:01",
            "13:01:20",
            "mødet 10:30, 2015-udgaven",
            "den 5. maj, 20 personer",
        ] {
            assert_eq!(one(s), None, "{s}");
        }
    }

    #[test]
    fn several_in_a_line_in_order() {
        let p = parser();
        let v = p.find("dato: 01.02.2016, modtaget 3. marts 2016");
        let d: Vec<String> = v.iter().map(|m| m.date.to_string()).collect();
        assert_eq!(d, ["2016-02-01", "2016-03-03"]);
    }

    #[test]
    fn clock_times() {
        let p = parser();
        assert_eq!(
            p.time_after("modtaget 12.03.2015 kl. 14.30", 0).as_deref(),
            Some("14:30")
        );
        assert_eq!(p.time_after("kl. 9:05", 0).as_deref(), Some("09:05"));
        assert_eq!(
            p.time_right_after("27.11.2018, 12.45: vurdering", 10)
                .as_deref(),
            Some("12:45")
        );
        assert_eq!(
            p.time_right_after("27.11.2018 kl. 7.05 vurdering", 10)
                .as_deref(),
            Some("07:05")
        );
        assert_eq!(p.time_right_after("27.11.2018 – 3 børn", 10), None);
        assert_eq!(p.time_right_after("27.11.2018, 12.455", 10), None);
        assert_eq!(
            p.time_after("den 19. marts 2025 klokken 10.05.", 0)
                .as_deref(),
            Some("10:05")
        );
        assert_eq!(p.time_after("kl. 25.10", 0), None);
        assert_eq!(p.time_after("ingen tid", 0), None);
    }
}
