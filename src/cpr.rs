//! CPR numbers: finding and masking them.
//!
//! A *CPR number* is the Danish personal identification number, `DDMMYY-XXXX` or `DDMMYYXXXX`
//! (domain.md). It is sensitive personal data, so every string casegap writes (ids, snippets,
//! file names, logs, errors) goes through [`mask`]. Masking is exact and identical across tools:
//! each number becomes `XXXXXX-XXXX` and nothing else changes. The modulus-11 check is not
//! required, because numbers issued since 2007 may fail it.

use regex::Regex;
use std::borrow::Cow;
use std::sync::OnceLock;

/// The mask that replaces every CPR number.
pub const MASK: &str = "XXXXXX-XXXX";

fn cpr_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    // The regex crate has no look-around; the boundary characters are checked in `find_all`.
    RE.get_or_init(|| {
        Regex::new(r"(0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])[0-9]{2}-?[0-9]{4}")
            .expect("CPR regex is valid")
    })
}

/// Byte ranges of the CPR numbers in `s`. A match must not touch a digit or a hyphen on either
/// side, so that longer numbers (case numbers, phone numbers) are not cut into a CPR number.
pub fn find_all(s: &str) -> Vec<(usize, usize)> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    while start < s.len() {
        let Some(m) = cpr_regex().find_at(s, start) else {
            break;
        };
        let before_ok = m.start() == 0 || !matches!(bytes[m.start() - 1], b'0'..=b'9' | b'-');
        let after_ok = m.end() == s.len() || !matches!(bytes[m.end()], b'0'..=b'9' | b'-');
        if before_ok && after_ok {
            out.push((m.start(), m.end()));
            start = m.end();
        } else {
            // Retry one character later: a number may start inside a rejected candidate.
            start = m.start() + 1;
        }
    }
    out
}

/// True when `s` holds a CPR number.
pub fn contains(s: &str) -> bool {
    !find_all(s).is_empty()
}

/// `s` with every CPR number replaced by [`MASK`].
pub fn mask(s: &str) -> Cow<'_, str> {
    let found = find_all(s);
    if found.is_empty() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for (a, b) in found {
        out.push_str(&s[last..a]);
        out.push_str(MASK);
        last = b;
    }
    out.push_str(&s[last..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_both_forms() {
        assert_eq!(mask("00669 010302-3426"), "00669 XXXXXX-XXXX");
        assert_eq!(mask("CPR-nr.: 0103021234."), "CPR-nr.: XXXXXX-XXXX.");
        assert_eq!(
            mask("a 311299-1234 b 010100-0001"),
            "a XXXXXX-XXXX b XXXXXX-XXXX"
        );
    }

    #[test]
    fn leaves_other_numbers_alone() {
        assert_eq!(mask("Sagsnr. 2015-0042"), "Sagsnr. 2015-0042");
        assert_eq!(mask("tlf 96411000"), "tlf 96411000");
        assert_eq!(mask("12.03.2015"), "12.03.2015");
        // Not a valid day/month.
        assert_eq!(mask("320102-1234"), "320102-1234");
        assert_eq!(mask("011302-1234"), "011302-1234");
        // Part of a longer number.
        assert_eq!(mask("12010212345"), "12010212345");
        assert_eq!(mask("9-010302-3426"), "9-010302-3426");
    }

    #[test]
    fn finds_number_after_rejected_candidate() {
        assert_eq!(mask("x0103021234"), "xXXXXXX-XXXX");
        assert!(contains("født 010302-3426"));
        assert!(!contains("ingen her"));
    }
}
