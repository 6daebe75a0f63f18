//! Rich Text Format documents (`.rtf`), as Word, WordPad and LibreOffice write them.
//!
//! RTF is plain ASCII: text interleaved with *control words* (`\par`, `\ansicpg1252`, `\u248`)
//! and *groups* in braces that scope formatting. A *destination* is a group whose content is not
//! body text: font and colour tables, style sheets, document info, pictures, embedded objects, and
//! any group marked ignorable with `\*`. The converter walks the input once, keeps a stack of
//! group states (is this group skipped? the `\ucN` count), drops destinations, and emits text:
//! `\par`/`\line`/`\row` end lines, `\tab`/`\cell` become tabs, `\'hh` bytes are decoded in the
//! document's ANSI code page (`\ansicpg`, default 1252), and `\uN` gives a Unicode character whose
//! following `N` fallback characters (`\ucN`, default 1) are skipped. Header and footer groups are
//! kept, in the place they occur (usually before the body). Malformed input (unbalanced braces,
//! truncated escapes) is read as far as it makes sense and never makes the converter fail. The
//! producer is the `\*\generator` destination, when present.

use std::path::Path;

use encoding_rs::Encoding;

use super::text::{decode_cp865, decode_with, tidy};
use super::{ExtractOptions, Extracted, Extractor};
use crate::model::UnreadableReason;

pub struct RtfExtractor;

impl Extractor for RtfExtractor {
    fn name(&self) -> &'static str {
        "rtf"
    }
    fn version(&self) -> u32 {
        2
    }
    fn extract(&self, _path: &Path, bytes: &[u8], _opts: &ExtractOptions) -> Extracted {
        let start = bytes
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(bytes.len());
        if !bytes[start..].starts_with(b"{\\rtf") {
            return Extracted::failed(
                self.name(),
                UnreadableReason::Corrupt,
                "not an RTF document (no {\\rtf header)",
            );
        }
        let (text, codepage) = rtf_to_text(bytes);
        Extracted {
            producer: generator(bytes),
            pages: vec![text],
            extractor: self.name().to_string(),
            // The ANSI code page of the `\'hh` escapes, named like the text extractor's encodings.
            encoding: Some(if codepage == 1252 {
                "windows-1252".to_string()
            } else {
                format!("cp{codepage}")
            }),
            ..Default::default()
        }
    }
}

/// The `{\*\generator ...}` of the document (Word, LibreOffice and WordPad write one).
fn generator(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(8192)];
    let marker = b"\\generator";
    let start = head.windows(marker.len()).position(|w| w == marker)? + marker.len();
    let rest = &head[start..];
    let end = rest
        .iter()
        .position(|&b| matches!(b, b';' | b'}' | b'{'))
        .unwrap_or(rest.len());
    let value = String::from_utf8_lossy(&rest[..end]).trim().to_string();
    (!value.is_empty()).then_some(value)
}

/// Destinations whose content is never body text.
const SKIPPED_DESTINATIONS: &[&str] = &[
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "object",
    "objdata",
    "themedata",
    "colorschememapping",
    "datastore",
    "latentstyles",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "xmlnstbl",
    "mmathPr",
    "fldinst",
    "filetbl",
    "revtbl",
    "pntxta",
    "pntxtb",
    "bkmkstart",
    "bkmkend",
    "pgdsctbl",
    "listtext",
    "pn",
    "shpinst",
    "nonshppict",
    "background",
    "template",
    "xe",
    "tc",
    "private",
    "userprops",
    "docvar",
    "wgrffmtfilter",
    "passwordhash",
    "protusertbl",
    "operator",
    "password",
    "comment",
    "atnid",
    "atnauthor",
];

#[derive(Clone, Copy)]
struct Group {
    skip: bool,
    /// Fallback characters to skip after `\uN`.
    uc: usize,
}

struct Converter {
    out: String,
    /// `\'hh` bytes waiting to be decoded together (double-byte code pages need pairs).
    pending: Vec<u8>,
    codepage: u32,
    /// A high surrogate from `\uN`, waiting for its low half.
    high_surrogate: Option<u16>,
}

impl Converter {
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let text = decode_codepage(self.codepage, &self.pending);
        self.out.push_str(&text);
        self.pending.clear();
    }

    fn push(&mut self, c: char) {
        self.flush();
        self.high_surrogate = None;
        self.out.push(c);
    }

    fn unicode(&mut self, n: i32) {
        self.flush();
        // Values above 32767 are written negative (RTF parameters are signed 16-bit).
        let unit = if n < 0 { (n + 65536) as u32 } else { n as u32 };
        let unit = unit as u16;
        match unit {
            0xD800..=0xDBFF => self.high_surrogate = Some(unit),
            0xDC00..=0xDFFF => {
                if let Some(high) = self.high_surrogate.take() {
                    let c =
                        0x10000 + ((u32::from(high) - 0xD800) << 10) + (u32::from(unit) - 0xDC00);
                    self.out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                }
            }
            _ => {
                self.high_surrogate = None;
                self.out
                    .push(char::from_u32(u32::from(unit)).unwrap_or('\u{FFFD}'));
            }
        }
    }
}

/// Converts RTF bytes to text; also returns the ANSI code page used for `\'hh` escapes.
pub fn rtf_to_text(bytes: &[u8]) -> (String, u32) {
    let mut conv = Converter {
        out: String::new(),
        pending: Vec::new(),
        codepage: 1252,
        high_surrogate: None,
    };
    let mut stack: Vec<Group> = Vec::new();
    let mut group = Group { skip: false, uc: 1 };
    // Fallback characters still to skip after a `\uN`.
    let mut to_skip = 0usize;
    // True right after `{`: the next control word decides whether the group is a destination.
    let mut group_start = false;
    let mut i = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'{' => {
                // Stack depth is bounded so a file of braces cannot exhaust memory.
                if stack.len() < 10_000 {
                    stack.push(group);
                }
                to_skip = 0;
                group_start = true;
                i += 1;
                continue;
            }
            b'}' => {
                if let Some(outer) = stack.pop() {
                    group = outer;
                }
                to_skip = 0;
                group_start = false;
                i += 1;
                continue;
            }
            b'\\' => {
                let Some(&next) = bytes.get(i + 1) else { break };
                if next.is_ascii_alphabetic() {
                    let word_start = i + 1;
                    let mut j = word_start;
                    while j < bytes.len() && bytes[j].is_ascii_alphabetic() && j - word_start < 32 {
                        j += 1;
                    }
                    let word = std::str::from_utf8(&bytes[word_start..j]).unwrap_or("");
                    let num_start = j;
                    if j < bytes.len() && bytes[j] == b'-' {
                        j += 1;
                    }
                    while j < bytes.len() && bytes[j].is_ascii_digit() {
                        j += 1;
                    }
                    let param: Option<i32> = std::str::from_utf8(&bytes[num_start..j])
                        .ok()
                        .and_then(|s| s.parse().ok());
                    // One space after a control word is its delimiter, not text.
                    if j < bytes.len() && bytes[j] == b' ' {
                        j += 1;
                    }
                    i = j;
                    let first_in_group = std::mem::replace(&mut group_start, false);
                    if word == "bin" {
                        // Binary data of the given length follows; skip it wholesale.
                        i = i.saturating_add(param.unwrap_or(0).max(0) as usize);
                        continue;
                    }
                    if group.skip {
                        continue;
                    }
                    if to_skip > 0 {
                        // A control word counts as one fallback character.
                        to_skip -= 1;
                        continue;
                    }
                    control_word(
                        word,
                        param,
                        first_in_group,
                        &mut group,
                        &mut conv,
                        &mut to_skip,
                    );
                    continue;
                }
                let first_in_group = std::mem::replace(&mut group_start, false);
                i += 2;
                match next {
                    // `{\*\dest ...}`: an ignorable destination we do not know.
                    b'*' => group.skip |= first_in_group,
                    b'\'' => {
                        let hex = bytes
                            .get(i..i + 2)
                            .and_then(|h| std::str::from_utf8(h).ok());
                        let value = hex.and_then(|h| u8::from_str_radix(h, 16).ok());
                        if value.is_some() {
                            i += 2;
                        }
                        if group.skip {
                            continue;
                        }
                        if to_skip > 0 {
                            to_skip -= 1;
                            continue;
                        }
                        if let Some(v) = value {
                            conv.high_surrogate = None;
                            conv.pending.push(v);
                        }
                    }
                    _ if group.skip => {}
                    _ if to_skip > 0 => to_skip -= 1,
                    b'\\' | b'{' | b'}' => conv.push(next as char),
                    b'~' => conv.push(' '),
                    b'_' => conv.push('-'),
                    b'-' => {} // optional hyphen
                    b'\n' | b'\r' => conv.push('\n'),
                    b'|' | b':' => {}
                    _ => {}
                }
                continue;
            }
            b'\r' | b'\n' => {
                i += 1;
                continue;
            }
            _ => {}
        }
        group_start = false;
        i += 1;
        if group.skip {
            continue;
        }
        if to_skip > 0 {
            to_skip -= 1;
            continue;
        }
        if b < 0x80 {
            conv.push(b as char);
        } else {
            // Raw 8-bit bytes are not valid RTF but occur; read them in the code page.
            conv.pending.push(b);
        }
    }
    conv.flush();
    (tidy_rtf(&conv.out), conv.codepage)
}

fn control_word(
    word: &str,
    param: Option<i32>,
    first_in_group: bool,
    group: &mut Group,
    conv: &mut Converter,
    to_skip: &mut usize,
) {
    match word {
        "par" | "line" | "sect" | "page" | "row" => conv.push('\n'),
        "tab" | "cell" => conv.push('\t'),
        "emdash" => conv.push('—'),
        "endash" => conv.push('–'),
        "bullet" => conv.push('•'),
        "lquote" => conv.push('‘'),
        "rquote" => conv.push('’'),
        "ldblquote" => conv.push('“'),
        "rdblquote" => conv.push('”'),
        "emspace" | "enspace" | "qmspace" => conv.push(' '),
        "zwj" | "zwnj" | "zwbo" | "zwnbo" => {}
        "ansicpg" => {
            if let Some(cp) = param.filter(|&p| p > 0) {
                conv.flush();
                conv.codepage = cp as u32;
            }
        }
        "ansi" => conv.codepage = 1252,
        "mac" => conv.codepage = 10000,
        "pc" => conv.codepage = 437,
        "pca" => conv.codepage = 850,
        "uc" => group.uc = param.unwrap_or(1).clamp(0, 16) as usize,
        "u" => {
            if let Some(n) = param {
                conv.unicode(n);
                *to_skip = group.uc;
            }
        }
        // `\header`, `\footer` and their variants are kept: letterheads carry the municipality.
        _ if first_in_group && SKIPPED_DESTINATIONS.contains(&word) => group.skip = true,
        // A few destinations appear without being first in their group (`{\f0\fonttbl ...}`).
        "fonttbl" | "colortbl" | "stylesheet" | "info" | "pict" | "objdata" => group.skip = true,
        _ => {}
    }
}

/// Decodes `\'hh` bytes in an RTF ANSI code page.
fn decode_codepage(codepage: u32, bytes: &[u8]) -> String {
    let label = match codepage {
        65001 => "utf-8",
        437 | 850 | 865 => return decode_cp865(bytes),
        10000 => "macintosh",
        874 => "windows-874",
        932 => "shift_jis",
        936 => "gbk",
        949 => "euc-kr",
        950 => "big5",
        1250..=1258 => return decode_with(windows(codepage), bytes),
        _ => "windows-1252",
    };
    match Encoding::for_label(label.as_bytes()) {
        Some(enc) => decode_with(enc, bytes),
        None => decode_with(encoding_rs::WINDOWS_1252, bytes),
    }
}

fn windows(codepage: u32) -> &'static Encoding {
    Encoding::for_label(format!("windows-{codepage}").as_bytes())
        .unwrap_or(encoding_rs::WINDOWS_1252)
}

/// Trims trailing blanks per line and leading/trailing empty lines; tidies line endings/NFC.
fn tidy_rtf(text: &str) -> String {
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.trim_end_matches([' ', '\t']))
        .collect();
    let joined = lines.join("\n");
    tidy(joined.trim_matches('\n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(bytes: &[u8]) -> Extracted {
        RtfExtractor.extract(Path::new("a.rtf"), bytes, &ExtractOptions::default())
    }

    #[test]
    fn word_style() {
        let e = run(include_bytes!("../../fixtures/formats/word.rtf"));
        assert_eq!(e.failure, None);
        assert_eq!(e.extractor, "rtf");
        assert_eq!(e.encoding.as_deref(), Some("windows-1252"));
        assert_eq!(e.producer.as_deref(), Some("Microsoft Word 14.0"));
        let t = &e.pages[0];
        assert_eq!(
            t,
            "Skovlund Kommune · Børn og Familie\nSide 1\nBørnefaglig undersøgelse\n\
             Dato:\t12.03.2015\nÆØÅ æøå\nny linje\nUnicode: ÆØÅ æøå\nEscapes: { } \\ slut"
        );
    }

    #[test]
    fn libreoffice_style_with_uc2() {
        let e = run(include_bytes!("../../fixtures/formats/libreoffice.rtf"));
        assert_eq!(e.pages[0], "Børnefaglig undersøgelse\nÆØÅ æøå");
    }

    #[test]
    fn code_pages_and_surrogates() {
        let (t, cp) = rtf_to_text(b"{\\rtf1\\ansi\\ansicpg1250 \\'9a\\'e8}");
        assert_eq!((t.as_str(), cp), ("šč", 1250));
        let (t, _) = rtf_to_text(b"{\\rtf1 \\u-10179?\\u-8704?}");
        assert_eq!(t, "\u{1F600}");
        let (t, _) = rtf_to_text(b"{\\rtf1\\pc B\\'9brn}");
        assert_eq!(t, "Børn");
    }

    #[test]
    fn malformed_input() {
        assert_eq!(rtf_to_text(b"{\\rtf1 tekst {\\b fed").0, "tekst fed");
        assert_eq!(rtf_to_text(b"{\\rtf1 a}}}} b\\").0, "a b");
        // A truncated escape keeps its digit as text rather than losing the rest.
        assert_eq!(rtf_to_text(b"{\\rtf1 tr\\'f").0, "trf");
        assert_eq!(rtf_to_text(b"{\\rtf1 \\u").0, "");
        assert_eq!(rtf_to_text(b"{\\rtf1 \\u99999999999999 x}").0, "x");
        assert_eq!(rtf_to_text(b"{\\rtf1 \\bin999999999 x}").0, "");
        let e = run(b"ikke rtf");
        assert_eq!(e.failure.map(|f| f.reason), Some(UnreadableReason::Corrupt));
    }

    #[test]
    fn garbage_never_panics() {
        let mut state = 0xA5A5_5A5A_1234_8765u64;
        let pieces: [&[u8]; 12] = [
            b"{", b"}", b"\\", b"\\'", b"e6", b"\\u-", b"248", b"\\uc", b"\\*", b"\\bin", b"x",
            b"\xff",
        ];
        for len in 0..300 {
            let mut bytes = b"{\\rtf1".to_vec();
            for _ in 0..len {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                bytes.extend_from_slice(pieces[(state % 12) as usize]);
            }
            let _ = run(&bytes);
            let raw: Vec<u8> = (0..len).map(|i| (state >> (i % 56)) as u8).collect();
            let _ = run(&raw);
        }
    }
}
