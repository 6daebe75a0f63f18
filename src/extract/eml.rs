//! E-mails saved as `.eml` (RFC 822/MIME), as case systems export mails from schools and
//! municipalities.
//!
//! The *text of a mail* is its header lines `Subject:`, `From:`, `To:` and `Date:` (RFC 2047
//! encoded words decoded), a blank line, then its body. The body is every inline `text/plain`
//! part; only when a mail has none (HTML-only mails) are its `text/html` parts converted with the
//! HTML extractor's [`html_to_text`]. In a `multipart/alternative` mail the HTML part repeats the
//! plain text, so it is skipped rather than doubling every date. Transfer encodings
//! (quoted-printable, base64) and charsets are undone by `mailparse`. Attachments (parts with
//! `Content-Disposition: attachment`, or non-text parts) are ignored: an attached letter is a
//! document of its own, and reading it here would give the mail that letter's type and date. The
//! producer is the `X-Mailer` or `User-Agent` header; the encoding is the charset of the first
//! body part used.

use std::path::Path;

use mailparse::{DispositionType, ParsedMail};

use super::html::html_to_text;
use super::text::tidy;
use super::{ExtractOptions, Extracted, Extractor};
use crate::model::UnreadableReason;

pub struct EmlExtractor;

impl Extractor for EmlExtractor {
    fn name(&self) -> &'static str {
        "eml"
    }
    fn version(&self) -> u32 {
        2
    }
    fn extract(&self, _path: &Path, bytes: &[u8], _opts: &ExtractOptions) -> Extracted {
        let name = self.name();
        let mail = match mailparse::parse_mail(bytes) {
            Ok(mail) => mail,
            Err(e) => {
                return Extracted::failed(
                    name,
                    UnreadableReason::Corrupt,
                    format!("not a mail: {e}"),
                )
            }
        };
        let mut text = String::new();
        for header in ["Subject", "From", "To", "Date"] {
            if let Some(value) = mail
                .headers
                .iter()
                .find(|h| h.get_key().eq_ignore_ascii_case(header))
            {
                let value = value.get_value();
                let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
                text.push_str(&format!("{header}: {value}\n"));
            }
        }
        let mut plain = Vec::new();
        let mut html = Vec::new();
        collect_parts(&mail, &mut plain, &mut html, 0);
        let (parts, is_html) = if plain.is_empty() {
            (html, true)
        } else {
            (plain, false)
        };
        let encoding = parts.first().map(|p| p.ctype.charset.clone());
        let mut bodies = Vec::new();
        for part in parts {
            // A part whose charset or transfer encoding cannot be undone is skipped, not fatal.
            if let Ok(body) = part.get_body() {
                bodies.push(if is_html { html_to_text(&body) } else { body });
            }
        }
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(bodies.join("\n\n").trim_end());
        let producer = ["X-Mailer", "User-Agent"].iter().find_map(|key| {
            let value = mail
                .headers
                .iter()
                .find(|h| h.get_key().eq_ignore_ascii_case(key))?;
            let value = value.get_value().trim().to_string();
            (!value.is_empty()).then_some(value)
        });
        Extracted {
            producer,
            pages: vec![tidy(&text)],
            extractor: name.to_string(),
            encoding,
            ..Default::default()
        }
    }
}

/// Walks the MIME tree, collecting inline text parts. Nesting is bounded (mailparse's own limit
/// applies too) so a hostile mail cannot recurse deeply.
fn collect_parts<'a>(
    part: &'a ParsedMail<'a>,
    plain: &mut Vec<&'a ParsedMail<'a>>,
    html: &mut Vec<&'a ParsedMail<'a>>,
    depth: usize,
) {
    if depth > 32 {
        return;
    }
    let mimetype = part.ctype.mimetype.to_ascii_lowercase();
    if mimetype.starts_with("multipart/") || !part.subparts.is_empty() {
        for sub in &part.subparts {
            collect_parts(sub, plain, html, depth + 1);
        }
        return;
    }
    if part.get_content_disposition().disposition == DispositionType::Attachment {
        return;
    }
    match mimetype.as_str() {
        "text/plain" | "text" => plain.push(part),
        "text/html" => html.push(part),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(bytes: &[u8]) -> Extracted {
        EmlExtractor.extract(Path::new("a.eml"), bytes, &ExtractOptions::default())
    }

    #[test]
    fn quoted_printable_utf8_with_attachment() {
        let e = run(include_bytes!("../../fixtures/formats/mail-qp.eml"));
        assert_eq!(e.failure, None);
        assert_eq!(e.extractor, "eml");
        assert_eq!(e.encoding.as_deref(), Some("utf-8"));
        let t = &e.pages[0];
        assert!(
            t.starts_with(
                "Subject: Børnefaglig undersøgelse – ÆØÅ\nFrom: Søren Ærø <soeren@example.dk>\n\
             To: sagsbehandler@kommune.dk\nDate: Thu, 12 Mar 2015 10:12:00 +0000\n\n\
             Journalnotat\nDato: 12.03.2015\n"
            ),
            "{t:?}"
        );
        // The soft line break inside "på" is joined.
        assert!(
            t.contains("Børnefaglig undersøgelse er påbegyndt.\nÆØÅ æøå – Søren Ærø på Åløkke.")
        );
        // The alternative HTML part and the PDF attachment are not included.
        assert!(!t.contains("HTML-udgave") && !t.contains("PDF"), "{t:?}");
    }

    #[test]
    fn base64_iso_8859_1() {
        let e = run(include_bytes!("../../fixtures/formats/mail-b64-latin1.eml"));
        let t = &e.pages[0];
        assert!(
            t.starts_with(
                "Subject: Underretning om Søren\nFrom: skole@example.dk\n\
                               To: Børn og Familie <bf@kommune.dk>\n"
            ),
            "{t:?}"
        );
        assert!(
            t.contains("Børnefaglig undersøgelse er påbegyndt.\nÆØÅ æøå - Søren"),
            "{t:?}"
        );
        assert_eq!(e.encoding.as_deref(), Some("iso-8859-1"));
    }

    #[test]
    fn mailer_is_the_producer() {
        let e = run(b"Subject: Notat\r\nX-Mailer: Microsoft Outlook 16.0\r\n\r\nTekst");
        assert_eq!(e.producer.as_deref(), Some("Microsoft Outlook 16.0"));
        assert_eq!(e.pages[0], "Subject: Notat\n\nTekst");
    }

    #[test]
    fn html_only_mail() {
        let e = run(include_bytes!("../../fixtures/formats/mail-html.eml"));
        let t = &e.pages[0];
        assert!(
            t.ends_with("\n\nBørnefaglig undersøgelse\nÆØÅ æøå"),
            "{t:?}"
        );
        assert!(!t.contains("p{}"));
    }

    #[test]
    fn garbage_never_panics() {
        let mut state = 0x0123456789ABCDEFu64;
        let pieces: [&[u8]; 10] = [
            b"Content-Type: multipart/mixed; boundary=b\r\n",
            b"--b\r\n",
            b"Content-Transfer-Encoding: base64\r\n",
            b"Content-Type: text/plain; charset=x-unknown\r\n",
            b"\r\n",
            b"=?utf-8?q?S=C3=B8?=",
            b"Subject: ",
            b"\xff\xfe\x00",
            b"=\r\n",
            b"--b--\r\n",
        ];
        for len in 0..300 {
            let mut bytes = Vec::new();
            for _ in 0..len % 40 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                bytes.extend_from_slice(pieces[(state % 10) as usize]);
            }
            let _ = run(&bytes);
            let raw: Vec<u8> = (0..len).map(|i| (state >> (i % 56)) as u8).collect();
            let _ = run(&raw);
        }
    }
}
