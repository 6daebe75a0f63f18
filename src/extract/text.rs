//! Plain-text notes (`.txt` journal exports and notes) and the text decoding shared by the other
//! text-based extractors.
//!
//! The *encoding* of a note is the character set its bytes are written in. Danish case systems
//! export notes as UTF-8 (with or without a byte-order mark), UTF-16 with a BOM, windows-1252,
//! ISO-8859-1 and, from old DOS systems, code page 865. The decision is made in a fixed order,
//! most certain evidence first: a BOM; then valid UTF-8 (legacy single-byte text with Danish
//! letters is practically never valid UTF-8); then UTF-16 without a BOM, recognised by its
//! pattern of NUL bytes; then code page 865, recognised by its Danish letters (`0x91` æ, `0x9B` ø,
//! `0x86` å, ...) standing inside words; otherwise windows-1252. A general-purpose detector such
//! as `chardetng` is deliberately not consulted: it answers in WHATWG terms, where ISO-8859-1 *is*
//! windows-1252, and any other answer (Polish, Cyrillic, ...) would be wrong for these exports. The
//! label `ISO-8859-1` is given when the bytes contain no `0x80..=0x9F` (then both decode the same),
//! `windows-1252` when they do (those are the typographic quotes and dashes only 1252 defines).
//!
//! The decoded text is *tidied* ([`tidy`]) the same way by every extractor: line endings become
//! `\n` and Unicode is composed (NFC), so `å` written as `a` + ring matches patterns for `å`.

use std::path::Path;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use unicode_normalization::UnicodeNormalization;

use super::{ExtractOptions, Extracted, Extractor};
use crate::model::UnreadableReason;

pub struct TextExtractor;

impl Extractor for TextExtractor {
    fn name(&self) -> &'static str {
        "text"
    }
    fn version(&self) -> u32 {
        2
    }
    fn extract(&self, _path: &Path, bytes: &[u8], _opts: &ExtractOptions) -> Extracted {
        extract_text(bytes)
    }
}

/// Extracts a text note: decodes it, refuses binary content, splits pages at form feeds.
pub fn extract_text(bytes: &[u8]) -> Extracted {
    let name = "text";
    // An RTF document saved as .txt is read as RTF: its control words are not note text.
    if bytes.starts_with(b"{\\rtf") {
        let (text, _) = super::rtf::rtf_to_text(bytes);
        return Extracted {
            pages: vec![text],
            extractor: name.to_string(),
            encoding: Some("RTF".to_string()),
            ..Default::default()
        };
    }
    let decoded = decode(bytes);
    // A BOM or the UTF-16 NUL pattern says what the file is; otherwise NUL bytes and control
    // characters mean it is not text at all (an image or a Word file renamed to .txt).
    if !decoded.encoding.starts_with("UTF-16") {
        if let Some(kind) = binary_signature(bytes) {
            return Extracted::failed(
                name,
                UnreadableReason::Unsupported,
                format!("the file is a {kind}, not text"),
            );
        }
        if let Some(detail) = binary_reason(bytes) {
            return Extracted::failed(name, UnreadableReason::Corrupt, detail);
        }
    }
    let text = tidy(&decoded.text);
    // A trailing Ctrl-Z is the DOS end-of-file mark, not content.
    let text = text.trim_end_matches('\u{1a}');
    let pages = text.split('\u{c}').map(str::to_string).collect();
    Extracted {
        pages,
        extractor: name.to_string(),
        encoding: Some(decoded.encoding.to_string()),
        ..Default::default()
    }
}

/// Text decoded from bytes, with the name of the encoding it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// `UTF-8`, `UTF-8 (BOM)`, `UTF-16LE`, `UTF-16BE`, `windows-1252`, `ISO-8859-1` or `IBM865`.
    pub encoding: &'static str,
}

/// Decodes a note's bytes in the order described in the module documentation. Never fails:
/// malformed sequences become U+FFFD.
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Decoded {
            text: decode_with(UTF_8, rest),
            encoding: "UTF-8 (BOM)",
        };
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Decoded {
            text: decode_with(UTF_16LE, rest),
            encoding: "UTF-16LE",
        };
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Decoded {
            text: decode_with(UTF_16BE, rest),
            encoding: "UTF-16BE",
        };
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        if looks_like_utf16(bytes).is_none() {
            return Decoded {
                text: s.to_string(),
                encoding: "UTF-8",
            };
        }
    }
    match looks_like_utf16(bytes) {
        Some(true) => {
            return Decoded {
                text: decode_with(UTF_16LE, bytes),
                encoding: "UTF-16LE",
            }
        }
        Some(false) => {
            return Decoded {
                text: decode_with(UTF_16BE, bytes),
                encoding: "UTF-16BE",
            }
        }
        None => {}
    }
    decode_legacy(bytes)
}

/// Decodes bytes known not to be UTF-8 or UTF-16: code page 865 when its Danish letters are
/// evident, otherwise windows-1252 (labelled ISO-8859-1 when the two cannot differ).
pub fn decode_legacy(bytes: &[u8]) -> Decoded {
    if looks_like_cp865(bytes) {
        return Decoded {
            text: decode_cp865(bytes),
            encoding: "IBM865",
        };
    }
    let encoding = if bytes.iter().any(|b| (0x80..=0x9F).contains(b)) {
        "windows-1252"
    } else {
        "ISO-8859-1"
    };
    Decoded {
        text: decode_with(WINDOWS_1252, bytes),
        encoding,
    }
}

/// Decodes without BOM sniffing (the caller has already handled any BOM).
pub fn decode_with(encoding: &'static Encoding, bytes: &[u8]) -> String {
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// Line endings to `\n`, Unicode to NFC. Every extractor passes its text through this.
pub fn tidy(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    if unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes
    {
        text
    } else {
        text.nfc().collect()
    }
}

/// `Some(true)` for UTF-16LE, `Some(false)` for UTF-16BE without a BOM: in Danish text nearly every
/// code unit has a zero high byte, so zeros fill one byte position and not the other.
fn looks_like_utf16(bytes: &[u8]) -> Option<bool> {
    if bytes.len() < 8 || bytes.len() % 2 != 0 {
        return None;
    }
    let pairs = bytes.len() / 2;
    let even_zero = bytes.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_zero = bytes.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd_zero * 10 >= pairs * 7 && even_zero * 20 <= pairs {
        Some(true)
    } else if even_zero * 10 >= pairs * 7 && odd_zero * 20 <= pairs {
        Some(false)
    } else {
        None
    }
}

/// Code page 865 bytes for Danish (and German/French) letters. In windows-1252 the same bytes are
/// quotes, daggers and undefined positions, so seeing them *between letters* is strong evidence.
fn is_cp865_letter(b: u8) -> bool {
    matches!(
        b,
        0x91 | 0x92 | 0x9B | 0x9D | 0x86 | 0x8F // æ Æ ø Ø å Å
            | 0x81 | 0x82 | 0x84 | 0x8E | 0x94 | 0x99 | 0x9A // ü é ä Ä ö Ö Ü
    )
}

fn looks_like_cp865(bytes: &[u8]) -> bool {
    let is_letter = |b: u8| b.is_ascii_alphabetic() || is_cp865_letter(b);
    let mut evidence = 0usize;
    for (i, &b) in bytes.iter().enumerate() {
        if !is_cp865_letter(b) {
            continue;
        }
        let before = i
            .checked_sub(1)
            .and_then(|j| bytes.get(j))
            .copied()
            .is_some_and(is_letter);
        let after = bytes.get(i + 1).copied().is_some_and(is_letter);
        // Inside a word ("m\x9Bde") is evidence. At a word's end only the lower-case letters
        // count (Danish words end in å/ø/æ: "på", "sø"); 1252 closing quotes ’ ” (0x92, 0x94)
        // also follow letters, and an opening quote ‘ (0x91) never does.
        let word_end_letter = matches!(b, 0x91 | 0x9B | 0x86 | 0x81 | 0x82 | 0x84);
        if before && (after || word_end_letter) {
            evidence += 1;
        }
    }
    // windows-1252/ISO-8859-1 Danish letters live in 0xC0..=0xFF; cp865 puts box drawing there.
    let latin_letters = bytes.iter().filter(|&&b| b >= 0xC0).count();
    evidence > 0 && evidence > latin_letters * 2
}

/// Code page 865 (DOS Nordic) for bytes 0x80..=0xFF; encoding_rs does not have it.
const CP865_HIGH: [char; 128] = [
    '\u{00C7}', '\u{00FC}', '\u{00E9}', '\u{00E2}', '\u{00E4}', '\u{00E0}', '\u{00E5}', '\u{00E7}',
    '\u{00EA}', '\u{00EB}', '\u{00E8}', '\u{00EF}', '\u{00EE}', '\u{00EC}', '\u{00C4}', '\u{00C5}',
    '\u{00C9}', '\u{00E6}', '\u{00C6}', '\u{00F4}', '\u{00F6}', '\u{00F2}', '\u{00FB}', '\u{00F9}',
    '\u{00FF}', '\u{00D6}', '\u{00DC}', '\u{00F8}', '\u{00A3}', '\u{00D8}', '\u{20A7}', '\u{0192}',
    '\u{00E1}', '\u{00ED}', '\u{00F3}', '\u{00FA}', '\u{00F1}', '\u{00D1}', '\u{00AA}', '\u{00BA}',
    '\u{00BF}', '\u{2310}', '\u{00AC}', '\u{00BD}', '\u{00BC}', '\u{00A1}', '\u{00AB}', '\u{00A4}',
    '\u{2591}', '\u{2592}', '\u{2593}', '\u{2502}', '\u{2524}', '\u{2561}', '\u{2562}', '\u{2556}',
    '\u{2555}', '\u{2563}', '\u{2551}', '\u{2557}', '\u{255D}', '\u{255C}', '\u{255B}', '\u{2510}',
    '\u{2514}', '\u{2534}', '\u{252C}', '\u{251C}', '\u{2500}', '\u{253C}', '\u{255E}', '\u{255F}',
    '\u{255A}', '\u{2554}', '\u{2569}', '\u{2566}', '\u{2560}', '\u{2550}', '\u{256C}', '\u{2567}',
    '\u{2568}', '\u{2564}', '\u{2565}', '\u{2559}', '\u{2558}', '\u{2552}', '\u{2553}', '\u{256B}',
    '\u{256A}', '\u{2518}', '\u{250C}', '\u{2588}', '\u{2584}', '\u{258C}', '\u{2590}', '\u{2580}',
    '\u{03B1}', '\u{00DF}', '\u{0393}', '\u{03C0}', '\u{03A3}', '\u{03C3}', '\u{00B5}', '\u{03C4}',
    '\u{03A6}', '\u{0398}', '\u{03A9}', '\u{03B4}', '\u{221E}', '\u{03C6}', '\u{03B5}', '\u{2229}',
    '\u{2261}', '\u{00B1}', '\u{2265}', '\u{2264}', '\u{2320}', '\u{2321}', '\u{00F7}', '\u{2248}',
    '\u{00B0}', '\u{2219}', '\u{00B7}', '\u{221A}', '\u{207F}', '\u{00B2}', '\u{25A0}', '\u{00A0}',
];

/// Decodes DOS code page 865 (also used, approximately, for RTF's `\pc`/`\pca` code pages).
pub fn decode_cp865(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| {
            if b < 0x80 {
                b as char
            } else {
                CP865_HIGH[(b & 0x7F) as usize]
            }
        })
        .collect()
}

/// Recognises common binary formats by their first bytes, for a clear `unsupported` detail.
pub(crate) fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"%PDF-", "PDF document"),
        (b"PK\x03\x04", "zip archive (e.g. a .docx)"),
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            "legacy Office document",
        ),
        (b"\x89PNG", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"II*\x00", "TIFF image"),
        (b"MM\x00*", "TIFF image"),
        (b"{\\rtf", "RTF document"),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
}

/// A detail when the bytes are not text: NUL bytes or many control characters.
pub(crate) fn binary_reason(bytes: &[u8]) -> Option<String> {
    if bytes.is_empty() {
        return None;
    }
    let nul = bytes.iter().filter(|&&b| b == 0).count();
    let control = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1A | 0))
        .count();
    // One stray NUL happens in sloppy exports; a few percent never does in a text note.
    if nul > 0 && (nul * 100 >= bytes.len() || nul >= 16) {
        return Some(format!(
            "binary content: {} NUL bytes in {} bytes",
            nul,
            bytes.len()
        ));
    }
    if control * 20 >= bytes.len() && control >= 4 {
        return Some(format!(
            "binary content: {} control bytes in {} bytes",
            control,
            bytes.len()
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(bytes: &[u8]) -> Extracted {
        TextExtractor.extract(Path::new("a.txt"), bytes, &ExtractOptions::default())
    }

    fn check(bytes: &[u8], encoding: &str) {
        let e = run(bytes);
        assert_eq!(e.failure, None);
        assert_eq!(e.extractor, "text");
        assert_eq!(e.encoding.as_deref(), Some(encoding));
        let t = e.full_text();
        assert!(
            t.contains("Børnefaglig undersøgelse er påbegyndt."),
            "{encoding}: {t:?}"
        );
        assert!(t.contains("ÆØÅ æøå"), "{encoding}: {t:?}");
        assert!(t.contains("Søren Ærø på Åløkke."), "{encoding}: {t:?}");
        assert!(!t.contains('\r'));
        assert!(
            t.starts_with("Journalnotat\nDato: 12.03.2015\n\n"),
            "{encoding}: {t:?}"
        );
    }

    #[test]
    fn utf8() {
        check(
            include_bytes!("../../fixtures/formats/note-utf8.txt"),
            "UTF-8",
        );
    }

    #[test]
    fn utf8_bom_crlf() {
        check(
            include_bytes!("../../fixtures/formats/note-utf8-bom.txt"),
            "UTF-8 (BOM)",
        );
    }

    #[test]
    fn windows_1252_with_en_dash() {
        let bytes = include_bytes!("../../fixtures/formats/note-cp1252.txt");
        check(bytes, "windows-1252");
        assert!(run(bytes).full_text().contains("æøå – Søren"));
    }

    #[test]
    fn iso_8859_1() {
        check(
            include_bytes!("../../fixtures/formats/note-latin1.txt"),
            "ISO-8859-1",
        );
    }

    #[test]
    fn utf16_both_byte_orders() {
        check(
            include_bytes!("../../fixtures/formats/note-utf16le.txt"),
            "UTF-16LE",
        );
        check(
            include_bytes!("../../fixtures/formats/note-utf16be.txt"),
            "UTF-16BE",
        );
    }

    #[test]
    fn utf16_without_bom() {
        let bytes: Vec<u8> = "Børnefaglig undersøgelse er påbegyndt. ÆØÅ æøå"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let e = run(&bytes);
        assert_eq!(e.encoding.as_deref(), Some("UTF-16LE"));
        assert!(e.full_text().contains("ÆØÅ æøå"));
    }

    #[test]
    fn cp865() {
        check(
            include_bytes!("../../fixtures/formats/note-cp865.txt"),
            "IBM865",
        );
    }

    #[test]
    fn cp1252_quotes_are_not_cp865() {
        // ‘citat’ and ’s in windows-1252 use 0x91/0x92, which are æ/Æ in code page 865.
        let bytes = b"Mor sagde \x91nej\x92 til m\xf8det p\xe5 skolen, og s\xe5 gik hun.";
        let e = run(bytes);
        assert_eq!(e.encoding.as_deref(), Some("windows-1252"));
        assert!(e.full_text().contains("‘nej’ til mødet på skolen"));
        // Quotes alone, no Danish letters at all, are still windows-1252.
        let e = run(b"Mor sagde \x91nej\x92 og \x93ja\x94 \x96 det var alt.");
        assert_eq!(e.encoding.as_deref(), Some("windows-1252"));
        assert!(e.full_text().contains("‘nej’ og “ja” – det"));
    }

    #[test]
    fn ascii_is_utf8_and_cr_only_is_normalised() {
        let e = run(b"linje 1\rlinje 2\r\nlinje 3");
        assert_eq!(e.encoding.as_deref(), Some("UTF-8"));
        assert_eq!(e.full_text(), "linje 1\nlinje 2\nlinje 3");
    }

    #[test]
    fn decomposed_letters_are_composed() {
        let e = run("Bo\u{0308}rn a\u{030A}".as_bytes());
        assert_eq!(e.pages, vec!["Börn å".to_string()]);
    }

    #[test]
    fn form_feed_splits_pages() {
        let e = run(b"side 1\x0cside 2");
        assert_eq!(e.pages, vec!["side 1".to_string(), "side 2".to_string()]);
    }

    #[test]
    fn binary_is_refused() {
        let e = run(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
        assert_eq!(
            e.failure.map(|f| f.reason),
            Some(UnreadableReason::Unsupported)
        );
        let mut junk = vec![0u8; 400];
        junk.extend_from_slice(b"abc\x01\x02\x03");
        junk.extend([7u8; 100]);
        let e = run(&junk);
        assert_eq!(e.failure.map(|f| f.reason), Some(UnreadableReason::Corrupt));
    }

    #[test]
    fn rtf_named_txt_is_read_as_rtf() {
        let e = run(include_bytes!("../../fixtures/formats/word.rtf"));
        assert_eq!(e.encoding.as_deref(), Some("RTF"));
        assert!(e
            .full_text()
            .contains("Børnefaglig undersøgelse\nDato:\t12.03.2015"));
    }

    #[test]
    fn empty_file_is_one_empty_page() {
        let e = run(b"");
        assert_eq!(e.failure, None);
        assert_eq!(e.pages, vec![String::new()]);
    }

    #[test]
    fn garbage_never_panics() {
        let mut state = 0x2545F4914F6CDD1Du64;
        for len in 0..300 {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    (state >> 24) as u8
                })
                .collect();
            let _ = run(&bytes);
        }
    }
}
