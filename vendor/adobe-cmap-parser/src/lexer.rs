//! The CMap lexer: turns the bytes of a CMap (a PDF `ToUnicode` stream or an embedded encoding
//! CMap) into the flat list of PostScript values that `get_unicode_map` and `get_byte_mapping`
//! interpret.
//!
//! Upstream 0.4.1 builds this list with `pom` parser combinators. They are correct but slow: every
//! failed alternative formats an error message, and a CMap tries several alternatives per byte.
//! On a caseload of generated case files the CMap parser was 38 % of all pdf-extract CPU time.
//! This module is a hand-written, allocation-light replacement that accepts exactly the same
//! language and produces exactly the same values, quirks included (see the tests in
//! `tests/reference.rs`, which run the original `pom` grammar side by side on real CMaps and on
//! mutated ones). The two deliberate differences are where the original would crash: a
//! dictionary key that is not UTF-8 is decoded lossily instead of panicking, and values nested
//! deeper than `MAX_DEPTH` end the value list instead of overflowing the stack.
//!
//! The grammar, in the original's terms (PEG: ordered choice, each failed alternative restores
//! the position):
//!
//! ```text
//! file    = (comment* content_space value)+          -- stops at the first unit that fails
//! value   = ("true" | "false" | integer | number | name | operator | literal_string
//!            | dictionary | hex_string | array) content_space
//! ```

#![warn(clippy::all)]

use crate::Value;
use std::collections::HashMap;

/// Nesting depth (arrays and dictionaries) beyond which a value is rejected.
const MAX_DEPTH: usize = 256;

/// A CMap that does not start with a value: nothing could be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// Byte offset where reading stopped.
    pub position: usize,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "no CMap value at byte {}", self.position)
    }
}

impl std::error::Error for Error {}

/// Reads the values of a CMap up to the first byte sequence that is not a value. Fails only when
/// not even one value could be read, as the original did.
pub fn parse(input: &[u8]) -> Result<Vec<Value>, Error> {
    let mut lx = Lexer { b: input, pos: 0 };
    let mut values = Vec::new();
    loop {
        let unit_start = lx.pos;
        while lx.comment() {}
        lx.content_space();
        match lx.value(0) {
            Some(v) => values.push(v),
            None => {
                lx.pos = unit_start;
                break;
            }
        }
    }
    if values.is_empty() {
        Err(Error { position: lx.pos })
    } else {
        Ok(values)
    }
}

struct Lexer<'a> {
    b: &'a [u8],
    pos: usize,
}

/// Space between tokens in the top-level value list: `pom::char_class::multispace`.
fn is_content_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

/// Space inside arrays, dictionaries and hex strings: PDF white space.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0 | 0x0C)
}

/// Bytes that end a name (`#` only starts an escape).
fn ends_name(c: u8) -> bool {
    matches!(
        c,
        b' ' | b'\t'
            | b'\n'
            | b'\r'
            | 0x0C
            | b'('
            | b')'
            | b'<'
            | b'>'
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'/'
            | b'%'
            | b'#'
    )
}

fn is_operator_char(c: u8) -> bool {
    c.is_ascii_alphabetic() || matches!(c, b'*' | b'\'' | b'"')
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

impl Lexer<'_> {
    fn cur(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn at(&self, offset: usize) -> Option<u8> {
        self.b.get(self.pos + offset).copied()
    }

    fn starts_with(&self, s: &[u8]) -> bool {
        self.b[self.pos.min(self.b.len())..].starts_with(s)
    }

    /// `%` … end of line. A comment must end with a line break.
    fn comment(&mut self) -> bool {
        if self.cur() != Some(b'%') {
            return false;
        }
        let rest = &self.b[self.pos + 1..];
        match rest.iter().position(|&c| c == b'\r' || c == b'\n') {
            None => false,
            Some(i) => {
                self.pos += 1 + i;
                self.eol();
                true
            }
        }
    }

    /// `\r\n` | `\n` | `\r`.
    fn eol(&mut self) -> bool {
        match self.cur() {
            Some(b'\r') if self.at(1) == Some(b'\n') => {
                self.pos += 2;
                true
            }
            Some(b'\r') | Some(b'\n') => {
                self.pos += 1;
                true
            }
            _ => false,
        }
    }

    fn content_space(&mut self) {
        while self.cur().is_some_and(is_content_space) {
            self.pos += 1;
        }
    }

    fn space(&mut self) {
        while self.cur().is_some_and(is_space) {
            self.pos += 1;
        }
    }

    /// Two hex digits as one byte, or nothing consumed.
    fn hex_byte(&mut self) -> Option<u8> {
        let hi = hex_value(self.cur()?)?;
        let lo = hex_value(self.at(1)?)?;
        self.pos += 2;
        Some(hi << 4 | lo)
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        let v = if self.starts_with(b"true") {
            self.pos += 4;
            Value::Boolean(true)
        } else if self.starts_with(b"false") {
            self.pos += 5;
            Value::Boolean(false)
        } else if let Some(i) = self.integer() {
            Value::Integer(i)
        } else if let Some(n) = self.number() {
            Value::Number(n)
        } else if let Some(n) = self.name() {
            Value::Name(n)
        } else if let Some(o) = self.operator() {
            Value::Operator(o)
        } else if let Some(s) = self.literal_string() {
            Value::LiteralString(s)
        } else if let Some(d) = self.dictionary(depth) {
            Value::Dictionary(d)
        } else if let Some(s) = self.hex_string() {
            Value::LiteralString(s)
        } else if let Some(a) = self.array(depth) {
            Value::Array(a)
        } else {
            return None;
        };
        self.content_space();
        Some(v)
    }

    fn sign(&mut self) {
        if matches!(self.cur(), Some(b'+' | b'-')) {
            self.pos += 1;
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while self.cur().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        self.pos - start
    }

    /// `[+-]?[0-9]+` that fits an i64 (the original falls through to `number` on overflow).
    fn integer(&mut self) -> Option<i64> {
        let start = self.pos;
        self.sign();
        if self.digits() == 0 {
            self.pos = start;
            return None;
        }
        // The slice is ASCII sign and digits, so it is valid UTF-8.
        let parsed = std::str::from_utf8(&self.b[start..self.pos])
            .ok()
            .and_then(|s| s.parse::<i64>().ok());
        if parsed.is_none() {
            self.pos = start;
        }
        parsed
    }

    /// `[+-]?` then `[0-9]+` or `.[0-9]+`, kept as text. Only reached where `integer` failed:
    /// an integer too large for i64, or a leading dot.
    fn number(&mut self) -> Option<String> {
        let start = self.pos;
        self.sign();
        if self.digits() == 0 {
            // `[0-9]+ . [0-9]*` cannot match here either: it also needs a leading digit.
            if self.cur() == Some(b'.') {
                self.pos += 1;
                if self.digits() == 0 {
                    self.pos = start;
                    return None;
                }
            } else {
                self.pos = start;
                return None;
            }
        }
        Some(String::from_utf8_lossy(&self.b[start..self.pos]).into_owned())
    }

    /// `/` then name bytes, with `#xx` escapes.
    fn name(&mut self) -> Option<Vec<u8>> {
        if self.cur() != Some(b'/') {
            return None;
        }
        self.pos += 1;
        let mut out = Vec::new();
        while let Some(c) = self.cur() {
            if !ends_name(c) {
                out.push(c);
                self.pos += 1;
            } else if c == b'#' {
                let save = self.pos;
                self.pos += 1;
                match self.hex_byte() {
                    Some(byte) => out.push(byte),
                    None => {
                        self.pos = save;
                        break;
                    }
                }
            } else {
                break;
            }
        }
        Some(out)
    }

    fn operator(&mut self) -> Option<String> {
        let start = self.pos;
        while self.cur().is_some_and(is_operator_char) {
            self.pos += 1;
        }
        if self.pos == start {
            return None;
        }
        // Letters and `*'"` only: ASCII.
        Some(String::from_utf8_lossy(&self.b[start..self.pos]).into_owned())
    }

    /// `( … )` with balanced inner parentheses (kept) and backslash escapes. Fails, consuming
    /// nothing, when the input ends first.
    fn literal_string(&mut self) -> Option<Vec<u8>> {
        if self.cur() != Some(b'(') {
            return None;
        }
        let start = self.pos;
        self.pos += 1;
        let mut out = Vec::new();
        let mut depth = 0usize;
        loop {
            let Some(c) = self.cur() else {
                self.pos = start;
                return None;
            };
            self.pos += 1;
            match c {
                b')' if depth == 0 => return Some(out),
                b')' => {
                    depth -= 1;
                    out.push(b')');
                }
                b'(' => {
                    depth += 1;
                    out.push(b'(');
                }
                b'\\' => self.escape(&mut out),
                _ => out.push(c),
            }
        }
    }

    /// After a backslash: one escape. Anything unknown (or an octal value over 255) yields
    /// nothing and leaves the following bytes to be read as plain text.
    fn escape(&mut self, out: &mut Vec<u8>) {
        let simple = match self.cur() {
            Some(b'\\') => Some(b'\\'),
            Some(b'(') => Some(b'('),
            Some(b')') => Some(b')'),
            Some(b'n') => Some(b'\n'),
            Some(b'r') => Some(b'\r'),
            Some(b't') => Some(b'\t'),
            Some(b'b') => Some(0x08),
            Some(b'f') => Some(0x0C),
            _ => None,
        };
        if let Some(byte) = simple {
            self.pos += 1;
            out.push(byte);
            return;
        }
        let mut n = 0usize;
        let mut value = 0u32;
        while n < 3 {
            match self.at(n) {
                Some(d @ b'0'..=b'7') => {
                    value = value * 8 + u32::from(d - b'0');
                    n += 1;
                }
                _ => break,
            }
        }
        if n > 0 {
            if let Ok(byte) = u8::try_from(value) {
                self.pos += n;
                out.push(byte);
            }
            // Over 255: the original's octal alternative fails; the digits stay as text.
            return;
        }
        self.eol();
    }

    /// `<<` then `name value` pairs then `>>`.
    fn dictionary(&mut self, depth: usize) -> Option<HashMap<String, Value>> {
        if !self.starts_with(b"<<") || depth >= MAX_DEPTH {
            return None;
        }
        let start = self.pos;
        self.pos += 2;
        self.space();
        let mut dict = HashMap::new();
        loop {
            let entry_start = self.pos;
            let Some(key) = self.name() else { break };
            self.space();
            match self.value(depth + 1) {
                Some(v) => {
                    dict.insert(String::from_utf8_lossy(&key).into_owned(), v);
                }
                None => {
                    self.pos = entry_start;
                    break;
                }
            }
        }
        if self.starts_with(b">>") {
            self.pos += 2;
            Some(dict)
        } else {
            self.pos = start;
            None
        }
    }

    /// `<` hex digit pairs (space allowed between pairs) `>`.
    fn hex_string(&mut self) -> Option<Vec<u8>> {
        if self.cur() != Some(b'<') {
            return None;
        }
        let start = self.pos;
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            let save = self.pos;
            self.space();
            match self.hex_byte() {
                Some(byte) => out.push(byte),
                None => {
                    self.pos = save;
                    break;
                }
            }
        }
        self.space();
        if self.cur() == Some(b'>') {
            self.pos += 1;
            Some(out)
        } else {
            self.pos = start;
            None
        }
    }

    /// `[` values `]`.
    fn array(&mut self, depth: usize) -> Option<Vec<Value>> {
        if self.cur() != Some(b'[') || depth >= MAX_DEPTH {
            return None;
        }
        let start = self.pos;
        self.pos += 1;
        self.space();
        let mut items = Vec::new();
        while let Some(v) = self.value(depth + 1) {
            items.push(v);
        }
        if self.cur() == Some(b']') {
            self.pos += 1;
            Some(items)
        } else {
            self.pos = start;
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(s: &[u8]) -> Vec<Value> {
        parse(s).unwrap()
    }

    #[test]
    fn bfchar_block() {
        let v = lex(b"2 beginbfchar\n<0003> <0020>\n<0011> <002E>\nendbfchar\n");
        assert_eq!(
            v,
            vec![
                Value::Integer(2),
                Value::Operator("beginbfchar".into()),
                Value::LiteralString(vec![0, 3]),
                Value::LiteralString(vec![0, 0x20]),
                Value::LiteralString(vec![0, 0x11]),
                Value::LiteralString(vec![0, 0x2e]),
                Value::Operator("endbfchar".into()),
            ]
        );
    }

    #[test]
    fn quirks_of_the_original_grammar() {
        // A decimal is an integer followed by a dotted number.
        assert_eq!(
            lex(b"1.5"),
            vec![Value::Integer(1), Value::Number(".5".into())]
        );
        // An integer too large for i64 is a number.
        assert_eq!(
            lex(b"99999999999999999999"),
            vec![Value::Number("99999999999999999999".into())]
        );
        // "true" is matched as a prefix.
        assert_eq!(
            lex(b"truex"),
            vec![Value::Boolean(true), Value::Operator("x".into())]
        );
        // An odd hex string ends the list.
        assert_eq!(lex(b"/A <ABC> /B"), vec![Value::Name(b"A".to_vec())]);
        // Octal escapes over 255 drop the backslash and keep the digits.
        assert_eq!(
            lex(b"(\\101\\777)"),
            vec![Value::LiteralString(b"A777".to_vec())]
        );
        // Nested parentheses are kept, the outer ones are not.
        assert_eq!(
            lex(b"(a(b)c)"),
            vec![Value::LiteralString(b"a(b)c".to_vec())]
        );
        // A comment must end with a line break; leading space before a comment ends the list.
        assert!(parse(b"%no newline").is_err());
        assert!(parse(b"  %c\n/A").is_err());
        // Name escapes.
        assert_eq!(lex(b"/A#20B"), vec![Value::Name(b"A B".to_vec())]);
    }

    #[test]
    fn deep_nesting_stops_instead_of_overflowing() {
        let mut s = vec![b'['; 100_000];
        s.extend(vec![b']'; 100_000]);
        assert!(parse(&s).is_err());
        let mut ok = b"/A ".to_vec();
        ok.extend(&s);
        assert_eq!(parse(&ok).unwrap(), vec![Value::Name(b"A".to_vec())]);
    }
}
