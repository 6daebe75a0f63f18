//! HTML documents (`.html`, `.htm`, `.xhtml`) and the HTML-to-text conversion the e-mail extractor
//! also uses for HTML-only mails.
//!
//! The *visible text* of a page is what a browser would show, as lines: the text outside tags,
//! with entities decoded, whitespace collapsed, and a line break wherever a block element (`p`,
//! `div`, `h1`–`h6`, `li`, `tr`, `br`, ...) starts or ends; table cells are separated by tabs so a
//! row like `Dato: | 12.03.2015` stays on one line. `<script>`, `<style>` and everything in
//! `<head>` are dropped, except the `<title>`, which becomes the first line. The scanner is hand
//! written and forgiving (case exports contain HTML from Word, mail clients and old systems) and
//! never fails: malformed markup degrades to text.
//!
//! The *charset* is taken, in order, from a BOM, a `<meta charset>` or `http-equiv` content type in
//! the first 2 KB, valid UTF-8, and finally windows-1252, the encoding of legacy Danish HTML.

use std::path::Path;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

use super::text::{binary_reason, binary_signature, decode_with, tidy};
use super::{ExtractOptions, Extracted, Extractor};
use crate::model::UnreadableReason;

pub struct HtmlExtractor;

impl Extractor for HtmlExtractor {
    fn name(&self) -> &'static str {
        "html"
    }
    fn version(&self) -> u32 {
        2
    }
    fn extract(&self, _path: &Path, bytes: &[u8], _opts: &ExtractOptions) -> Extracted {
        let (html, encoding) = decode_html(bytes);
        // A PDF or image saved as .html (it happens in exports) is not a page with no text.
        if !encoding.starts_with("UTF-16") {
            if let Some(kind) = binary_signature(bytes) {
                let detail = format!("the file is a {kind}, not HTML");
                return Extracted::failed(self.name(), UnreadableReason::Unsupported, detail);
            }
            if let Some(detail) = binary_reason(bytes) {
                return Extracted::failed(self.name(), UnreadableReason::Corrupt, detail);
            }
        }
        Extracted {
            pages: vec![html_to_text(&html)],
            extractor: self.name().to_string(),
            encoding: Some(encoding),
            ..Default::default()
        }
    }
}

/// Decodes an HTML file's bytes, returning the text and the name of the charset used.
pub fn decode_html(bytes: &[u8]) -> (String, String) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (decode_with(UTF_8, rest), "UTF-8 (BOM)".into());
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return (decode_with(UTF_16LE, rest), "UTF-16LE".into());
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return (decode_with(UTF_16BE, rest), "UTF-16BE".into());
    }
    let valid_utf8 = std::str::from_utf8(bytes).is_ok();
    if let Some(declared) = meta_charset(bytes) {
        // A page declared UTF-8 that is not valid UTF-8 was saved by a tool that lied; the
        // legacy encoding is then the better guess. A declared UTF-16 in an ASCII-compatible
        // file is impossible and ignored, as browsers do.
        let usable =
            declared != UTF_16LE && declared != UTF_16BE && (declared != UTF_8 || valid_utf8);
        if usable {
            return (decode_with(declared, bytes), declared.name().to_string());
        }
    }
    if valid_utf8 {
        return (decode_with(UTF_8, bytes), "UTF-8".into());
    }
    (decode_with(WINDOWS_1252, bytes), "windows-1252".into())
}

/// The charset declared by a `<meta>` tag in the first 2 KB, if encoding_rs knows it.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let mut value = &tag[c + b"charset".len()..];
            value = trim_ascii_start(value);
            if let Some(v) = value.strip_prefix(b"=") {
                let v = trim_ascii_start(v);
                let v = v
                    .strip_prefix(b"\"")
                    .or_else(|| v.strip_prefix(b"'"))
                    .unwrap_or(v);
                let len = v
                    .iter()
                    .position(|&b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .unwrap_or(v.len());
                if let Some(enc) = Encoding::for_label(&v[..len]) {
                    return Some(enc);
                }
            }
        }
        from = end;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn trim_ascii_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

/// Elements whose start and end both break the line.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

/// Converts HTML to its visible text (see the module documentation). Never panics.
pub fn html_to_text(html: &str) -> String {
    let mut out = Output::default();
    let mut title = String::new();
    let mut in_head = false;
    let mut in_title = false;
    let mut pre_depth = 0usize;
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            emit_text(rest, in_head, in_title, pre_depth > 0, &mut out, &mut title);
            break;
        };
        emit_text(
            &rest[..lt],
            in_head,
            in_title,
            pre_depth > 0,
            &mut out,
            &mut title,
        );
        rest = &rest[lt..];
        let Some(tag) = parse_tag(rest) else {
            // A `<` that opens no tag (`a < b`) is text.
            emit_text("<", in_head, in_title, pre_depth > 0, &mut out, &mut title);
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        let name = tag.name.as_str();
        match (name, tag.closing) {
            ("script" | "style" | "noscript" | "template" | "svg", false) if !tag.self_closing => {
                // Raw text up to the matching end tag, never rendered.
                rest = skip_past_end_tag(rest, name);
            }
            ("head", false) => in_head = true,
            ("head", true) | ("body", false) => in_head = false,
            ("title", false) => in_title = true,
            ("title", true) => in_title = false,
            ("br", _) => out.newline(),
            ("td" | "th", false) => out.cell(),
            ("pre", false) => {
                pre_depth += 1;
                out.block();
            }
            ("pre", true) => {
                pre_depth = pre_depth.saturating_sub(1);
                out.block();
            }
            _ if BLOCK.contains(&name) => out.block(),
            _ => {}
        }
    }
    let body = out.finish();
    let title = collapse(&decode_entities(&title));
    let title = title.trim();
    let text = if title.is_empty() {
        body
    } else {
        format!("{title}\n{body}")
    };
    tidy(text.trim_end())
}

fn emit_text(
    raw: &str,
    in_head: bool,
    in_title: bool,
    pre: bool,
    out: &mut Output,
    title: &mut String,
) {
    if raw.is_empty() {
        return;
    }
    if in_title {
        title.push_str(raw);
    } else if !in_head {
        out.text(&decode_entities(raw), pre);
    }
}

/// Builds the text: collapses whitespace like a browser and keeps line breaks tidy.
#[derive(Default)]
struct Output {
    text: String,
    /// A space is owed before the next word.
    space: bool,
}

impl Output {
    fn text(&mut self, s: &str, pre: bool) {
        if pre {
            self.text.push_str(s);
            self.space = false;
            return;
        }
        for c in s.chars() {
            if c.is_whitespace() && c != '\u{a0}' {
                self.space = true;
            } else {
                if self.space && !self.at_line_start() {
                    self.text.push(' ');
                }
                self.space = false;
                // A non-breaking space is a space to everything downstream.
                self.text.push(if c == '\u{a0}' { ' ' } else { c });
            }
        }
    }

    fn at_line_start(&self) -> bool {
        self.text.is_empty() || self.text.ends_with(['\n', '\t'])
    }

    fn trim_trailing_blanks(&mut self) {
        let len = self.text.trim_end_matches([' ', '\t']).len();
        self.text.truncate(len);
    }

    fn newline(&mut self) {
        self.trim_trailing_blanks();
        self.text.push('\n');
        self.space = false;
    }

    /// A block boundary: end the line unless already at one; at most one blank line.
    fn block(&mut self) {
        self.trim_trailing_blanks();
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
        self.space = false;
    }

    fn cell(&mut self) {
        self.trim_trailing_blanks();
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\t');
        }
        self.space = false;
    }

    fn finish(self) -> String {
        // Trim each line and allow at most one empty line in a row.
        let mut out = String::with_capacity(self.text.len());
        let mut blank = 0;
        for line in self.text.split('\n') {
            let line = line.trim_matches(|c: char| c == ' ' || c == '\t');
            if line.is_empty() {
                blank += 1;
                if blank > 1 || out.is_empty() {
                    continue;
                }
            } else {
                blank = 0;
            }
            out.push_str(line);
            out.push('\n');
        }
        out
    }
}

struct Tag {
    /// Lower-case element name; empty for comments, doctypes and processing instructions.
    name: String,
    closing: bool,
    self_closing: bool,
    /// Bytes of input the tag occupies.
    len: usize,
}

/// Parses the tag at the start of `s` (which starts with `<`); `None` when it is not a tag.
fn parse_tag(s: &str) -> Option<Tag> {
    let after = &s[1..];
    if let Some(comment) = after.strip_prefix("!--") {
        let len = comment.find("-->").map_or(s.len(), |e| 4 + e + 3);
        return Some(Tag {
            name: String::new(),
            closing: false,
            self_closing: true,
            len,
        });
    }
    if after.starts_with(['!', '?']) {
        let len = after.find('>').map_or(s.len(), |e| 1 + e + 1);
        return Some(Tag {
            name: String::new(),
            closing: false,
            self_closing: true,
            len,
        });
    }
    let (closing, body) = match after.strip_prefix('/') {
        Some(b) => (true, b),
        None => (false, after),
    };
    let name_len = body.find(|c: char| !(c.is_ascii_alphanumeric() || c == ':' || c == '-'))?;
    let name_len = if name_len == 0 { return None } else { name_len };
    if !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name = body[..name_len].to_ascii_lowercase();
    // Find the closing `>`, skipping quoted attribute values that may contain one.
    let offset = s.len() - body.len() + name_len;
    let mut quote: Option<char> = None;
    let mut len = None;
    for (i, c) in s[offset..].char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => {
                len = Some(offset + i + 1);
                break;
            }
            (None, '<') => {
                // An unterminated tag: end it here so the following tag is still seen.
                len = Some(offset + i);
                break;
            }
            _ => {}
        }
    }
    // An unterminated quote: retry without quote awareness rather than swallowing the file.
    let len = len.unwrap_or_else(|| s[offset..].find('>').map_or(s.len(), |j| offset + j + 1));
    let self_closing = s[..len].trim_end_matches('>').ends_with('/');
    Some(Tag {
        name,
        closing,
        self_closing,
        len,
    })
}

/// The rest of `s` after `</name ...>`, matched case-insensitively; empty if there is none.
fn skip_past_end_tag<'a>(s: &'a str, name: &str) -> &'a str {
    let needle = format!("</{name}");
    let lower = s.to_ascii_lowercase();
    match lower.find(&needle) {
        Some(i) => match s[i..].find('>') {
            Some(j) => &s[i + j + 1..],
            None => "",
        },
        None => "",
    }
}

/// Collapses runs of whitespace to single spaces.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes character references: the named entities common in Danish documents and numeric
/// ones (`&#230;`, `&#xE6;`). Unknown entities are left as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match decode_entity(rest) {
            Some((decoded, len)) => {
                out.push_str(&decoded);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Decodes the entity at the start of `s` (starting with `&`): the text and the bytes consumed.
fn decode_entity(s: &str) -> Option<(String, usize)> {
    let body = &s[1..];
    if let Some(num) = body.strip_prefix('#') {
        let (digits, radix, prefix) = match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16, 2),
            None => (num, 10, 1),
        };
        let n = digits
            .find(|c: char| !c.is_digit(radix))
            .unwrap_or(digits.len());
        if n == 0 || n > 8 {
            return None;
        }
        let value = u32::from_str_radix(&digits[..n], radix).ok()?;
        let semicolon = usize::from(digits[n..].starts_with(';'));
        let c = match value {
            // HTML maps these C1 references to windows-1252, as Word-made pages rely on.
            0x80..=0x9F => decode_with(WINDOWS_1252, &[value as u8]).chars().next(),
            0 => Some('\u{FFFD}'),
            v => char::from_u32(v).or(Some('\u{FFFD}')),
        }?;
        return Some((c.to_string(), 1 + prefix + n + semicolon));
    }
    let n = body
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(body.len());
    if n == 0 || !body[n..].starts_with(';') {
        return None;
    }
    let c = named_entity(&body[..n])?;
    Some((c.to_string(), 1 + n + 1))
}

fn named_entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" => " ",
        "aelig" => "æ",
        "oslash" => "ø",
        "aring" => "å",
        "AElig" => "Æ",
        "Oslash" => "Ø",
        "Aring" => "Å",
        "auml" => "ä",
        "ouml" => "ö",
        "uuml" => "ü",
        "Auml" => "Ä",
        "Ouml" => "Ö",
        "Uuml" => "Ü",
        "eacute" => "é",
        "Eacute" => "É",
        "egrave" => "è",
        "aacute" => "á",
        "agrave" => "à",
        "oacute" => "ó",
        "iacute" => "í",
        "uacute" => "ú",
        "ccedil" => "ç",
        "szlig" => "ß",
        "ndash" => "–",
        "mdash" => "—",
        "hellip" => "…",
        "laquo" => "«",
        "raquo" => "»",
        "lsquo" => "‘",
        "rsquo" => "’",
        "sbquo" => "‚",
        "ldquo" => "“",
        "rdquo" => "”",
        "bdquo" => "„",
        "bull" => "•",
        "middot" => "·",
        "sect" => "§",
        "para" => "¶",
        "copy" => "©",
        "reg" => "®",
        "deg" => "°",
        "euro" => "€",
        "pound" => "£",
        "times" => "×",
        "divide" => "÷",
        "frac12" => "½",
        "shy" => "",
        "zwnj" | "zwj" => "",
        "ensp" | "emsp" | "thinsp" => " ",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(bytes: &[u8]) -> Extracted {
        HtmlExtractor.extract(Path::new("a.html"), bytes, &ExtractOptions::default())
    }

    fn check_fixture(bytes: &[u8], encoding: &str) {
        let e = run(bytes);
        assert_eq!(e.failure, None);
        assert_eq!(e.extractor, "html");
        assert_eq!(e.encoding.as_deref(), Some(encoding));
        assert_eq!(e.pages.len(), 1);
        let t = &e.pages[0];
        assert!(t.starts_with("Børnefaglig undersøgelse\n"), "{t:?}");
        assert!(
            t.contains("Skovlund Kommune · Børn & Familie\nTorvet 1\n"),
            "{t:?}"
        );
        assert!(t.contains("Dato:\t12.03.2015\nBarn:\tSøren Ærø\n"), "{t:?}");
        assert!(t.contains("\nBørnefaglig undersøgelse\nÆØÅ æøå\n"), "{t:?}");
        assert!(t.contains("ÆØÅ æøå æøå <x> \"q\" slut\n"), "{t:?}");
        assert!(t.contains("Punkt ét\nPunkt to"), "{t:?}");
        assert!(!t.contains("Skript") && !t.contains("Stil") && !t.contains("font-family"));
    }

    #[test]
    fn utf8_with_meta_charset() {
        check_fixture(
            include_bytes!("../../fixtures/formats/page-utf8.html"),
            "UTF-8",
        );
    }

    #[test]
    fn windows_1252_with_http_equiv() {
        check_fixture(
            include_bytes!("../../fixtures/formats/page-cp1252.htm"),
            "windows-1252",
        );
    }

    #[test]
    fn undeclared_charsets() {
        let e = run("<p>Børn ÆØÅ</p>".as_bytes());
        assert_eq!(
            (e.pages[0].as_str(), e.encoding.as_deref()),
            ("Børn ÆØÅ", Some("UTF-8"))
        );
        let e = run(b"<p>B\xf8rn \xc6\xd8\xc5</p>");
        assert_eq!(e.pages[0], "Børn ÆØÅ");
        assert_eq!(e.encoding.as_deref(), Some("windows-1252"));
        // Declared UTF-8 but actually windows-1252.
        let e = run(b"<meta charset=utf-8><p>B\xf8rn</p>");
        assert_eq!(e.pages[0], "Børn");
        let e = run(b"%PDF-1.4 binary");
        assert_eq!(
            e.failure.map(|f| f.reason),
            Some(UnreadableReason::Unsupported)
        );
    }

    #[test]
    fn malformed_markup_degrades_to_text() {
        assert_eq!(html_to_text("a < b og c > d"), "a < b og c > d");
        assert_eq!(html_to_text("<p>Åben <b>fed"), "Åben fed");
        assert_eq!(html_to_text("<p title=\"x>y\">tekst</p>"), "tekst");
        assert_eq!(
            html_to_text("<p>før<!-- kommentar <p>x</p> -->efter"),
            "førefter"
        );
        assert_eq!(html_to_text("<script>aldrig slut"), "");
        assert_eq!(
            html_to_text("&amp &unknown; &#xZZ; &#98765432109;"),
            "&amp &unknown; &#xZZ; &#98765432109;"
        );
        assert_eq!(html_to_text("&#150; &#x2013;"), "– –");
        assert_eq!(
            html_to_text("<div>en<br/>to</div><div>tre</div>"),
            "en\nto\ntre"
        );
        assert_eq!(html_to_text("<pre>  a\n  b</pre>"), "a\nb");
        assert_eq!(html_to_text("<p æ<b>x</b>"), "x");
    }

    #[test]
    fn garbage_never_panics() {
        let mut state = 0xDEADBEEFCAFEF00Du64;
        let alphabet: Vec<char> = "<>/!-=\"'&#;x0a1pPscriptæ \n\u{FFFD}".chars().collect();
        for len in 0..400 {
            let s: String = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    alphabet[(state % alphabet.len() as u64) as usize]
                })
                .collect();
            let _ = html_to_text(&s);
            let bytes: Vec<u8> = (0..len).map(|i| (state >> (i % 56)) as u8).collect();
            let _ = run(&bytes);
        }
    }
}
