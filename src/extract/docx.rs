//! Word documents (`.docx`, Office Open XML): a zip archive whose `word/document.xml` holds the
//! body and `word/header*.xml` / `word/footer*.xml` the page headers and footers.
//!
//! A *paragraph* (`w:p`) becomes one line; within it, text comes from `w:t` runs, `w:tab` is a tab
//! and `w:br`/`w:cr` a line break. Table cells are joined with tabs and each table row is one line,
//! so a two-column letterhead row like `Dato: | 12.03.2015` reads `Dato:\t12.03.2015`, as it
//! does in the PDF of the same letter. Headers come first, then the body, then footers: the order
//! of a printed page, and the order `pdftotext` gives for the PDF version of the same document.
//! Deleted revisions (`w:delText`), field codes (`w:instrText`) and the `mc:Fallback` copy of
//! text boxes are left out, so nothing is read twice. The producer is `docProps/app.xml`'s
//! `Application` and `AppVersion`.
//!
//! Hostile archives are refused before they cost memory: each part is read through a
//! [`Read::take`] limit of [`MAX_PART_BYTES`] (a zip bomb declares a small size and inflates to
//! gigabytes), and a larger part is `too_large`. Not a zip, or no `word/document.xml`, is
//! `corrupt`; a password-protected Word file (an OLE container with an `EncryptedPackage`) is
//! `encrypted`; a legacy binary `.doc` renamed to `.docx` is `unsupported`.

use std::io::{Cursor, Read};
use std::path::Path;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::text::tidy;
use super::{ExtractOptions, Extracted, Extractor};
use crate::model::UnreadableReason;

/// The most an uncompressed part may hold (64 MiB); real documents are a few hundred KB.
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;
/// Headers and footers read at most (Word writes up to three of each per section).
const MAX_HEADER_PARTS: usize = 64;

pub struct DocxExtractor;

impl Extractor for DocxExtractor {
    fn name(&self) -> &'static str {
        "docx"
    }
    fn version(&self) -> u32 {
        2
    }
    fn extract(&self, _path: &Path, bytes: &[u8], _opts: &ExtractOptions) -> Extracted {
        match extract_docx(bytes) {
            Ok((text, producer)) => Extracted {
                producer,
                ..Extracted::ok(self.name(), vec![text])
            },
            Err((reason, detail)) => Extracted::failed(self.name(), reason, detail),
        }
    }
}

type Failure = (UnreadableReason, String);

/// The document's text and its producing application (`docProps/app.xml`), if recorded.
fn extract_docx(bytes: &[u8]) -> Result<(String, Option<String>), Failure> {
    if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        let marker: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        return Err(
            if bytes.windows(marker.len()).any(|w| w == marker.as_slice()) {
                (
                    UnreadableReason::Encrypted,
                    "password-protected Word document".into(),
                )
            } else {
                (
                    UnreadableReason::Unsupported,
                    "legacy Word .doc file named .docx".into(),
                )
            },
        );
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| (UnreadableReason::Corrupt, format!("not a zip archive: {e}")))?;
    let names: Vec<String> = zip.file_names().map(str::to_string).collect();
    if !names.iter().any(|n| n == "word/document.xml") {
        return Err((
            UnreadableReason::Corrupt,
            "no word/document.xml in the archive".into(),
        ));
    }
    let headers = numbered_parts(&names, "word/header");
    let footers = numbered_parts(&names, "word/footer");
    if headers.len() + footers.len() > MAX_HEADER_PARTS {
        return Err((
            UnreadableReason::TooLarge,
            "too many header and footer parts".into(),
        ));
    }
    let mut sections = Vec::new();
    for name in headers
        .iter()
        .map(String::as_str)
        .chain(["word/document.xml"])
        .chain(footers.iter().map(String::as_str))
    {
        let xml = read_part(&mut zip, name)?;
        let text = xml_to_text(&xml).map_err(|e| {
            (
                UnreadableReason::Corrupt,
                format!("{name}: malformed XML: {e}"),
            )
        })?;
        let text = text.trim_matches('\n');
        if !text.trim().is_empty() {
            sections.push(text.to_string());
        }
    }
    let text = sections.join("\n");
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.trim_end_matches([' ', '\t']))
        .collect();
    // The producer is a fact for people, never a reason to fail.
    let producer = if names.iter().any(|n| n == "docProps/app.xml") {
        read_part(&mut zip, "docProps/app.xml")
            .ok()
            .and_then(|xml| application(&xml))
    } else {
        None
    };
    Ok((tidy(&lines.join("\n")), producer))
}

/// `Application` and `AppVersion` from `docProps/app.xml`, e.g. `Microsoft Office Word 16.0000`.
fn application(xml: &[u8]) -> Option<String> {
    let xml = String::from_utf8_lossy(xml);
    let element = |name: &str| -> Option<String> {
        let start = xml.find(&format!("<{name}>"))? + name.len() + 2;
        let end = start + xml[start..].find('<')?;
        let value = xml[start..end].trim();
        (!value.is_empty()).then(|| value.to_string())
    };
    let app = element("Application")?;
    Some(match element("AppVersion") {
        Some(version) => format!("{app} {version}"),
        None => app,
    })
}

/// Parts `prefix<N>.xml` sorted by N (so `header10` follows `header2`).
fn numbered_parts(names: &[String], prefix: &str) -> Vec<String> {
    let mut parts: Vec<(u32, String)> = names
        .iter()
        .filter_map(|n| {
            let number = n.strip_prefix(prefix)?.strip_suffix(".xml")?;
            let n_value = if number.is_empty() {
                0
            } else {
                number.parse().ok()?
            };
            Some((n_value, n.clone()))
        })
        .collect();
    parts.sort();
    parts.into_iter().map(|(_, n)| n).collect()
}

/// Reads one part, refusing it when it inflates beyond [`MAX_PART_BYTES`].
fn read_part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Vec<u8>, Failure> {
    let file = zip
        .by_name(name)
        .map_err(|e| (UnreadableReason::Corrupt, format!("{name}: {e}")))?;
    if file.size() > MAX_PART_BYTES {
        return Err((
            UnreadableReason::TooLarge,
            format!("{name} declares {} bytes", file.size()),
        ));
    }
    let mut data = Vec::new();
    file.take(MAX_PART_BYTES + 1)
        .read_to_end(&mut data)
        .map_err(|e| (UnreadableReason::Corrupt, format!("{name}: {e}")))?;
    if data.len() as u64 > MAX_PART_BYTES {
        return Err((
            UnreadableReason::TooLarge,
            format!("{name} inflates beyond {MAX_PART_BYTES} bytes"),
        ));
    }
    Ok(data)
}

/// The text of one WordprocessingML part (see the module documentation).
fn xml_to_text(xml: &[u8]) -> Result<String, quick_xml::Error> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = String::new();
    let mut in_text = false;
    // Depth inside elements whose content is not read (`mc:Fallback`, `w:tabs` tab stops).
    let mut skip_depth = 0usize;
    let mut table_depth = 0usize;
    loop {
        let event = reader.read_event_into(&mut buf)?;
        match event {
            Event::Start(e) => {
                let name = e.local_name();
                let name = name.as_ref();
                if skip_depth > 0
                    || matches!(name, b"Fallback" | b"tabs" | b"instrText" | b"delText")
                {
                    skip_depth += 1;
                } else {
                    match name {
                        b"t" => in_text = true,
                        b"tbl" => table_depth += 1,
                        _ => {}
                    }
                }
            }
            Event::End(e) => {
                if skip_depth > 0 {
                    skip_depth -= 1;
                    continue;
                }
                match e.local_name().as_ref() {
                    b"t" => in_text = false,
                    b"p" => end_paragraph(&mut out, table_depth),
                    b"tc" => {
                        trim_end_blanks(&mut out);
                        out.push('\t');
                    }
                    b"tr" => {
                        trim_end_blanks(&mut out);
                        out.push('\n');
                    }
                    b"tbl" => table_depth = table_depth.saturating_sub(1),
                    _ => {}
                }
            }
            Event::Empty(e) => {
                if skip_depth > 0 {
                    continue;
                }
                match e.local_name().as_ref() {
                    b"tab" | b"ptab" => out.push('\t'),
                    b"br" | b"cr" => out.push('\n'),
                    b"noBreakHyphen" => out.push('-'),
                    b"p" => end_paragraph(&mut out, table_depth),
                    _ => {}
                }
            }
            Event::Text(t) if in_text && skip_depth == 0 => match t.unescape() {
                Ok(s) => out.push_str(&s),
                Err(_) => out.push_str(&String::from_utf8_lossy(&t)),
            },
            Event::CData(t) if in_text && skip_depth == 0 => {
                out.push_str(&String::from_utf8_lossy(&t));
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

/// A paragraph ends the line, except inside a table cell, where paragraphs are joined by spaces
/// so the row stays on one line.
fn end_paragraph(out: &mut String, table_depth: usize) {
    if table_depth > 0 {
        if !out.is_empty() && !out.ends_with([' ', '\t', '\n']) {
            out.push(' ');
        }
    } else {
        trim_end_blanks(out);
        out.push('\n');
    }
}

fn trim_end_blanks(out: &mut String) {
    let len = out.trim_end_matches([' ', '\t']).len();
    out.truncate(len);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn run(bytes: &[u8]) -> Extracted {
        DocxExtractor.extract(Path::new("a.docx"), bytes, &ExtractOptions::default())
    }

    fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, data) in parts {
            let opts = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            w.start_file(*name, opts).unwrap();
            w.write_all(data).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn python_docx_fixture() {
        let e = run(include_bytes!("../../fixtures/formats/doc.docx"));
        assert_eq!(e.failure, None);
        assert_eq!(e.extractor, "docx");
        // python-docx's template says it was made by Word.
        assert_eq!(
            e.producer.as_deref(),
            Some("Microsoft Macintosh Word 14.0000")
        );
        assert_eq!(
            e.pages,
            vec![
                "Skovlund Kommune · Børn og Familie\nBørnefaglig undersøgelse\nDato:\t12.03.2015\n\
                  Barnets navn:\tSøren Ærø\nÆØÅ æøå\tefter tab\nefter linjeskift\n\
                  Undersøgelsen er afsluttet på Åløkke.\nSide 1 – ÆØÅ"
                    .to_string()
            ]
        );
    }

    const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#;

    #[test]
    fn revisions_fields_tab_stops_and_fallbacks_are_not_text() {
        let xml = format!(
            r#"<w:document {NS}><w:body><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>
            <w:r><w:instrText>PAGE</w:instrText></w:r><w:del><w:r><w:delText>slettet</w:delText></w:r></w:del>
            <w:r><w:t xml:space="preserve">Dato: </w:t></w:r><w:r><w:t>12.03.2015 &amp; B&#248;rn</w:t></w:r></w:p>
            <mc:AlternateContent><mc:Choice><w:p><w:r><w:t>Tekstboks</w:t></w:r></w:p></mc:Choice>
            <mc:Fallback><w:p><w:r><w:t>Tekstboks</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>
            <w:p/><w:p><w:r><w:t>slut</w:t></w:r></w:p></w:body></w:document>"#
        );
        let bytes = zip_of(&[("word/document.xml", xml.as_bytes())]);
        let e = run(&bytes);
        assert_eq!(
            e.pages,
            vec!["Dato: 12.03.2015 & Børn\nTekstboks\n\nslut".to_string()]
        );
    }

    #[test]
    fn failures() {
        let e = run(b"PK\x03\x04 not really");
        assert_eq!(e.failure.map(|f| f.reason), Some(UnreadableReason::Corrupt));
        let e = run(&zip_of(&[("word/other.xml", b"<x/>")]));
        assert_eq!(e.failure.map(|f| f.reason), Some(UnreadableReason::Corrupt));
        let e = run(&zip_of(&[(
            "word/document.xml",
            b"<w:document><w:body><w:p>",
        )]));
        assert_eq!(
            e.failure.map(|f| f.reason),
            None,
            "truncated XML still yields what it has"
        );
        let e = run(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 legacy");
        assert_eq!(
            e.failure.map(|f| f.reason),
            Some(UnreadableReason::Unsupported)
        );
    }

    #[test]
    fn zip_bomb_is_too_large() {
        // 65 MiB of zeros deflates to about 64 KB.
        let zeros = vec![0u8; (MAX_PART_BYTES + 1024 * 1024) as usize];
        let bytes = zip_of(&[("word/document.xml", &zeros)]);
        assert!(bytes.len() < 1024 * 1024);
        let e = run(&bytes);
        assert_eq!(
            e.failure.map(|f| f.reason),
            Some(UnreadableReason::TooLarge)
        );
    }

    #[test]
    fn garbage_never_panics() {
        let fixture = include_bytes!("../../fixtures/formats/doc.docx");
        let mut state = 0x1357_9BDF_2468_ACE0u64;
        for round in 0..200 {
            let mut bytes = fixture.to_vec();
            for _ in 0..(round % 20 + 1) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let at = (state % bytes.len() as u64) as usize;
                bytes[at] = (state >> 40) as u8;
            }
            let _ = run(&bytes);
            let _ = run(&bytes[..(state % bytes.len() as u64) as usize]);
        }
    }
}
