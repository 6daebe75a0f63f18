//! The HTML report `report.html`: one self-contained page an auditor opens offline.
//!
//! *Self-contained* means the file needs nothing else: the CSS, the JavaScript and the SVG
//! charts are inline, and nothing is fetched from the network (case data must not leave the
//! machine, and audit rooms are often offline). The page has two halves. The *overview* is
//! static HTML written here: the scan facts, the headline share of cases with a gap ("Mangler i
//! 82 % af sagerne"), a bar chart of the share of cases per rule, and errors/warnings by regime;
//! it reads without JavaScript. The *case list* is rendered in the browser from one embedded
//! JSON blob (`<script type="application/json">`, compressed when large): a filterable, sortable table, and per case a
//! detail section (timeline, gaps with evidence, deadlines, unreadable files) built only when the
//! case is opened. Cases are JSON arrays, not objects, and no markup exists for a case until it
//! is opened, so size grows only with the data itself. The table shows 500 rows at a time ("Vis
//! flere") so the DOM stays small.
//!
//! *Compression*: above [`COMPRESS_ABOVE`] bytes of JSON the blob is written as raw DEFLATE in
//! base64 and unpacked by the page with `DecompressionStream("deflate-raw")` (every current
//! browser; older ones get a notice pointing to the CSV and Excel files). Measured on 10,000
//! synthetic cases (168,654 documents with ~190-byte snippets, `scripts/gen_cases.py`): the page
//! is 9.9 MB instead of 53.7 MB, writing it takes 2.5 s in a release build, and headless Chromium
//! 156 has the table rendered 1.5-2.1 s after navigation either way (real time, measured over
//! the DevTools protocol; unpacking costs about what parsing the 5x larger page saved).
//!
//! Escaping: every string from the data goes through [`esc`] here or `esc()` in the script; the
//! JSON blob has every `<` written as `\u003c`, so no data can close the script element.

use super::{atomic_write, pct, rule_ids, Exporter, Labels, Overview, RunInfo};
use crate::model::{CaseReport, Regime, Severity};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

pub const FILE: &str = "report.html";

/// Writes `report.html`.
#[derive(Debug, Clone, Copy, Default)]
pub struct HtmlExporter;

impl Exporter for HtmlExporter {
    fn name(&self) -> &'static str {
        "html"
    }
    fn file_names(&self) -> Vec<&'static str> {
        vec![FILE]
    }
    fn write(
        &self,
        out_dir: &Path,
        info: &RunInfo,
        cases: &[CaseReport],
        labels: &Labels,
    ) -> Result<(), String> {
        atomic_write(&out_dir.join(FILE), |w| write_html(w, info, cases, labels))
    }
}

/// `s` escaped for HTML text and attribute values (double- or single-quoted).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The size of the embedded JSON above which it is compressed (see the module docs): about
/// 1,000 typical cases. Below it the plain JSON keeps small reports readable in any browser and
/// in a text editor; above it the file would be five times larger than it needs to be.
pub const COMPRESS_ABOVE: usize = 4 << 20;

/// Writes the page to `w`, compressing the embedded data above [`COMPRESS_ABOVE`] bytes.
pub fn write_html(
    w: &mut dyn Write,
    info: &RunInfo,
    cases: &[CaseReport],
    labels: &Labels,
) -> io::Result<()> {
    write_html_with(w, info, cases, labels, COMPRESS_ABOVE)
}

/// Writes the page to `w`, compressing the embedded data when its JSON is larger than
/// `compress_above` bytes (0: always).
pub fn write_html_with(
    w: &mut dyn Write,
    info: &RunInfo,
    cases: &[CaseReport],
    labels: &Labels,
    compress_above: usize,
) -> io::Result<()> {
    let o = Overview::of(cases);
    let as_of = info.as_of.format("%Y-%m-%d").to_string();
    write!(
        w,
        "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"casegap {ver}\">\n\
         <title>casegap – mangler i børnesager pr. {as_of}</title>\n<style>{CSS}</style>\n\
         </head>\n<body>\n<header>\n<h1>Mangler i børnesager</h1>\n\
         <p class=\"meta\">Opgjort pr. <b>{as_of}</b> · casegap {ver} · mønsterkatalog {cv} \
         (<code>{ch}</code>) · dannet {gen}</p>\n</header>\n",
        ver = esc(&info.tool_version),
        cv = esc(&info.catalogue_version),
        ch = esc(&info.catalogue_hash),
        gen = esc(&info.generated_at),
    )?;
    overview(w, &o, cases, labels, &as_of)?;
    case_list(w, cases, labels, &as_of, compress_above)?;
    write!(w, "<script>{JS}</script>\n</body>\n</html>\n")
}

fn overview(
    w: &mut dyn Write,
    o: &Overview,
    cases: &[CaseReport],
    labels: &Labels,
    as_of: &str,
) -> io::Result<()> {
    writeln!(w, "<section id=\"oversigt\">\n<h2>Oversigt</h2>")?;
    writeln!(
        w,
        "<p class=\"headline\">Mangler i <strong>{}</strong> af sagerne</p>\n\
         <p class=\"sub\">{} af {} sager har mindst én mangel; {} ({}) har mindst én fejl.</p>",
        o.share(o.cases_with_gap),
        o.cases_with_gap,
        o.cases,
        o.cases_with_error,
        o.share(o.cases_with_error),
    )?;
    writeln!(w, "<dl class=\"facts\">")?;
    for (label, value, id) in [
        ("Opgjort pr.", as_of.to_string(), "as_of"),
        ("Sager", o.cases.to_string(), "cases"),
        ("Dokumenter", o.documents.to_string(), "documents"),
        (
            "Ulæselige dokumenter",
            o.unreadable.to_string(),
            "unreadable",
        ),
        (
            "Ufuldstændige sager",
            format!("{} ({})", o.cases_incomplete, o.share(o.cases_incomplete)),
            "cases_incomplete",
        ),
        ("Kommende frister", o.upcoming.to_string(), "upcoming"),
    ] {
        writeln!(
            w,
            "<div data-fact=\"{id}\"><dt>{label}</dt><dd>{}</dd></div>",
            esc(&value)
        )?;
    }
    writeln!(w, "</dl>")?;
    if o.cases_incomplete > 0 {
        writeln!(
            w,
            "<p class=\"warn\">{} (ulæselige eller udaterede \
             nøgledokumenter): deres mangler kan være falske alarmer, og en sag uden mangler er \
             ikke bevis for, at reglerne er overholdt.</p>",
            if o.cases_incomplete == 1 {
                "1 sag er ufuldstændig".to_string()
            } else {
                format!("{} sager er ufuldstændige", o.cases_incomplete)
            }
        )?;
    }
    writeln!(w, "<h3>Andel af sagerne med hver mangel</h3>")?;
    bar_chart(w, o, labels)?;
    writeln!(w, "<h3>Fejl og advarsler efter lov</h3>")?;
    split_table(w, o, cases)?;
    writeln!(w, "</section>")
}

/// The share of cases per rule as horizontal bars, most frequent first. Each bar's label sits
/// above it, so long Danish labels need no text measuring.
fn bar_chart(w: &mut dyn Write, o: &Overview, labels: &Labels) -> io::Result<()> {
    let mut rules: Vec<_> = o.rules.iter().enumerate().collect();
    // Most frequent first; ties keep the law's order.
    rules.sort_by(|(ia, a), (ib, b)| b.cases.cmp(&a.cases).then(ia.cmp(ib)));
    const ROW: usize = 38;
    const BAR_W: f64 = 640.0;
    let h = rules.len() * ROW + 6;
    writeln!(
        w,
        "<svg class=\"bars\" viewBox=\"0 0 960 {h}\" role=\"img\" \
         aria-label=\"Andel af sagerne med hver mangel\">"
    )?;
    for (i, (_, rc)) in rules.iter().enumerate() {
        let y = i * ROW;
        let frac = if o.cases == 0 {
            0.0
        } else {
            rc.cases as f64 / o.cases as f64
        };
        let bw = (frac * BAR_W).max(if rc.cases > 0 { 2.0 } else { 0.0 });
        writeln!(
            w,
            "<g data-rule=\"{id}\" data-cases=\"{n}\"><text x=\"0\" y=\"{ty}\">{label} \
             <tspan class=\"id\">({id})</tspan></text><rect class=\"track\" x=\"0\" y=\"{by}\" \
             width=\"{BAR_W}\" height=\"14\"/><rect x=\"0\" y=\"{by}\" width=\"{bw:.1}\" \
             height=\"14\"/><text class=\"v\" x=\"{vx}\" y=\"{vy}\">{n} {noun} · {share}</text></g>",
            id = esc(&rc.rule),
            label = esc(labels.rule(&rc.rule)),
            n = rc.cases,
            noun = if rc.cases == 1 { "sag" } else { "sager" },
            ty = y + 14,
            by = y + 19,
            vx = BAR_W + 8.0,
            vy = y + 31,
            share = o.share(rc.cases),
        )?;
    }
    writeln!(w, "</svg>")
}

/// Gaps and cases by severity and by regime.
fn split_table(w: &mut dyn Write, o: &Overview, cases: &[CaseReport]) -> io::Result<()> {
    let cases_with = |f: &dyn Fn(Severity, Regime) -> bool| {
        cases
            .iter()
            .filter(|c| c.gaps.iter().any(|g| f(g.severity, g.regime)))
            .count()
    };
    let rows: [(&str, &str, usize, usize); 4] = [
        (
            "error",
            "Fejl",
            o.gaps_error,
            cases_with(&|s, _| s == Severity::Error),
        ),
        (
            "warning",
            "Advarsler",
            o.gaps_warning,
            cases_with(&|s, _| s == Severity::Warning),
        ),
        (
            "SEL",
            "Serviceloven (SEL, før 2024)",
            o.gaps_sel,
            cases_with(&|_, r| r == Regime::SEL),
        ),
        (
            "BL",
            "Barnets lov (BL, fra 2024)",
            o.gaps_bl,
            cases_with(&|_, r| r == Regime::BL),
        ),
    ];
    writeln!(
        w,
        "<table class=\"split\"><thead><tr><th></th><th>Mangler</th><th>Sager</th>\
         <th>Andel af sagerne</th></tr></thead><tbody>"
    )?;
    for (id, label, gaps, n) in rows {
        writeln!(
            w,
            "<tr data-split=\"{id}\"><th>{label}</th><td>{gaps}</td><td>{n}</td><td>{}</td></tr>",
            pct(n, o.cases)
        )?;
    }
    writeln!(w, "</tbody></table>")
}

fn case_list(
    w: &mut dyn Write,
    cases: &[CaseReport],
    labels: &Labels,
    as_of: &str,
    compress_above: usize,
) -> io::Result<()> {
    let rules = rule_ids(cases);
    writeln!(
        w,
        "<section id=\"sager\">\n<h2>Sager</h2>\n<div class=\"filters\">\n\
         <input id=\"q\" type=\"search\" placeholder=\"Sags-id\" aria-label=\"Søg efter sags-id\">\n\
         <select id=\"f-rule\" aria-label=\"Regel\"><option value=\"\">Alle regler</option>"
    )?;
    for r in &rules {
        writeln!(
            w,
            "<option value=\"{}\">{}</option>",
            esc(r),
            esc(labels.rule(r))
        )?;
    }
    writeln!(
        w,
        "</select>\n<select id=\"f-sev\" aria-label=\"Alvor\"><option value=\"\">Alle</option>\
         <option value=\"error\">Med fejl</option><option value=\"warning\">Med advarsler</option>\
         <option value=\"none\">Uden mangler</option></select>\n\
         <select id=\"f-reg\" aria-label=\"Lov\"><option value=\"\">SEL og BL</option>\
         <option value=\"SEL\">SEL</option><option value=\"BL\">BL</option></select>\n\
         <select id=\"f-comp\" aria-label=\"Fuldstændighed\"><option value=\"\">Alle sager</option>\
         <option value=\"1\">Fuldstændige</option><option value=\"0\">Ufuldstændige</option></select>\n\
         <span id=\"count\"></span>\n</div>\n\
         <noscript><p class=\"warn\">Sagslisten kræver JavaScript. Alle data findes også i \
         gaps.csv, cases.csv og report.xlsx.</p></noscript>\n\
         <table id=\"cases\"><thead><tr>\
         <th><button data-k=\"id\">Sag</button></th>\
         <th><button data-k=\"comp\">Fuldstændig</button></th>\
         <th><button data-k=\"reg\">Lov</button></th>\
         <th><button data-k=\"docs\">Dokumenter</button></th>\
         <th><button data-k=\"unr\">Ulæselige</button></th>\
         <th><button data-k=\"e\">Fejl</button></th>\
         <th><button data-k=\"w\">Advarsler</button></th>\
         <th><button data-k=\"nr\">Mangler</button></th>\
         </tr></thead><tbody></tbody></table>\n\
         <p><button id=\"more\" hidden>Vis flere</button></p>\n</section>"
    )?;
    let data = Data {
        as_of,
        rule_labels: rules.iter().map(|r| (r.as_str(), labels.rule(r))).collect(),
        types: labels
            .doc_types
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect(),
        reasons: labels
            .reasons
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect(),
        cases: cases.iter().map(JCase::of).collect(),
    };
    let json = serde_json::to_vec(&data).map_err(io::Error::other)?;
    if json.len() > compress_above {
        // Base64 has no `<`, so it cannot end the script element either.
        let packed = deflate_raw(&json)?;
        drop(json);
        write!(
            w,
            "<script type=\"application/octet-stream\" id=\"casegap-data\" \
             data-encoding=\"deflate-raw+base64\">"
        )?;
        base64(w, &packed)?;
    } else {
        write!(w, "<script type=\"application/json\" id=\"casegap-data\">")?;
        ScriptSafe(&mut *w).write_all(&json)?;
    }
    writeln!(w, "</script>")
}

/// `data` compressed as a raw DEFLATE stream (RFC 1951), what the browser's
/// `DecompressionStream("deflate-raw")` reads. The project's DEFLATE encoder is the one inside
/// the `zip` crate, which offers no bare stream, so the data goes into a one-entry ZIP archive
/// in memory and the entry's compressed bytes are read back raw, undecoded.
fn deflate_raw(data: &[u8]) -> io::Result<Vec<u8>> {
    use std::io::Read;
    use zip::write::SimpleFileOptions;
    let opts = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(6))
        .large_file(data.len() as u64 >= u64::from(u32::MAX));
    let mut zw = zip::ZipWriter::new(io::Cursor::new(Vec::new()));
    zw.start_file("data.json", opts).map_err(io::Error::other)?;
    zw.write_all(data)?;
    let archive = zw.finish().map_err(io::Error::other)?.into_inner();
    let mut zr = zip::ZipArchive::new(io::Cursor::new(archive)).map_err(io::Error::other)?;
    let mut entry = zr.by_index_raw(0).map_err(io::Error::other)?;
    let mut out = Vec::with_capacity(usize::try_from(entry.compressed_size()).unwrap_or(0));
    entry.read_to_end(&mut out)?;
    Ok(out)
}

/// Writes `data` as standard base64 (RFC 4648, with padding), the form `atob` reads.
pub(crate) fn base64(w: &mut dyn Write, data: &[u8]) -> io::Result<()> {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut line = Vec::with_capacity(64 * 1024);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        line.push(A[(n >> 18) as usize & 63]);
        line.push(A[(n >> 12) as usize & 63]);
        line.push(if chunk.len() > 1 {
            A[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        line.push(if chunk.len() > 2 {
            A[n as usize & 63]
        } else {
            b'='
        });
        if line.len() >= 64 * 1024 - 4 {
            w.write_all(&line)?;
            line.clear();
        }
    }
    w.write_all(&line)
}

/// The embedded data. Cases are arrays, not objects: 10,000 cases with a dozen documents each
/// repeat the keys some 150,000 times. The field order is the contract with the script's
/// index constants (`ID`, `COMP`, ...).
#[derive(Serialize)]
struct Data<'a> {
    #[serde(rename = "asOf")]
    as_of: &'a str,
    #[serde(rename = "ruleLabels")]
    rule_labels: BTreeMap<&'a str, &'a str>,
    types: BTreeMap<&'a str, &'a str>,
    reasons: BTreeMap<&'a str, &'a str>,
    cases: Vec<JCase<'a>>,
}

/// `[case_id, complete (0/1), regimes, incomplete_reasons, documents, unreadable, gaps,
/// upcoming]`.
#[derive(Serialize)]
struct JCase<'a>(
    &'a str,
    u8,
    Vec<&'static str>,
    &'a [String],
    Vec<JDoc<'a>>,
    Vec<(&'a str, &'static str, &'a str)>,
    Vec<JGap<'a>>,
    Vec<JUpcoming<'a>>,
);

/// `[id, type, date, time, pages, attributes, evidence page, evidence snippet]`.
#[derive(Serialize)]
struct JDoc<'a>(
    &'a str,
    &'static str,
    Option<String>,
    Option<&'a str>,
    u32,
    String,
    Option<u32>,
    Option<&'a str>,
);

/// `[rule, severity (0 error, 1 warning), regime, legal_basis, trigger, due, found, message]`.
#[derive(Serialize)]
struct JGap<'a>(
    &'a str,
    u8,
    &'static str,
    &'a str,
    &'a str,
    Option<String>,
    Option<String>,
    &'a str,
);

/// `[rule, due, trigger, regime, message]`.
#[derive(Serialize)]
struct JUpcoming<'a>(&'a str, String, &'a str, &'static str, &'a str);

fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

impl<'a> JCase<'a> {
    fn of(c: &'a CaseReport) -> JCase<'a> {
        JCase(
            &c.case_id,
            u8::from(c.complete),
            c.regimes.iter().map(|r| r.id()).collect(),
            &c.incomplete_reasons,
            c.documents
                .iter()
                .map(|d| {
                    JDoc(
                        &d.id,
                        d.doc_type.id(),
                        d.date.map(ymd),
                        d.time.as_deref(),
                        d.pages,
                        super::xlsx::attributes_text(&d.attributes),
                        d.evidence.as_ref().map(|e| e.page),
                        d.evidence.as_ref().map(|e| e.snippet.as_str()),
                    )
                })
                .collect(),
            c.unreadable
                .iter()
                .map(|u| (u.id.as_str(), u.reason.id(), u.detail.as_str()))
                .collect(),
            c.gaps
                .iter()
                .map(|g| {
                    JGap(
                        &g.rule,
                        match g.severity {
                            Severity::Error => 0,
                            Severity::Warning => 1,
                        },
                        g.regime.id(),
                        &g.legal_basis,
                        &g.trigger,
                        g.due.map(ymd),
                        g.found.map(ymd),
                        &g.message,
                    )
                })
                .collect(),
            c.upcoming
                .iter()
                .map(|u| JUpcoming(&u.rule, ymd(u.due), &u.trigger, u.regime.id(), &u.message))
                .collect(),
        )
    }
}

/// A writer for JSON inside a `<script>` element: every `<` becomes `\u003c`. In JSON a `<`
/// can only occur inside a string, where the escape means the same, and without any `<` the
/// data can neither close the element (`</script>`) nor open a comment (`<!--`). `<` is ASCII,
/// so it is never part of a multi-byte UTF-8 sequence and can be replaced byte by byte.
struct ScriptSafe<W: Write>(W);

impl<W: Write> Write for ScriptSafe<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while let Some(i) = rest.iter().position(|&b| b == b'<') {
            self.0.write_all(&rest[..i])?;
            self.0.write_all(b"\\u003c")?;
            rest = &rest[i + 1..];
        }
        self.0.write_all(rest)?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

const CSS: &str = r##"
:root{--fg:#1b1f24;--mute:#5b6570;--line:#d7dce1;--err:#b42318;--warn:#b76e00;--bar:#2f6fab;--bg2:#f4f6f8}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--fg);margin:0 auto;max-width:1200px;padding:1rem 1.5rem 4rem}
h1{margin:.2rem 0}h2{border-bottom:2px solid var(--line);padding-bottom:.2rem;margin-top:2rem}
.meta,.sub,.id,.mute{color:var(--mute)}
.headline{font-size:1.9rem;margin:.6rem 0 0}.headline strong{color:var(--err)}
.facts{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0;padding:0}
.facts div{background:var(--bg2);border-radius:6px;padding:.4rem .8rem;min-width:9rem}
.facts dt{font-size:.8rem;color:var(--mute)}.facts dd{margin:0;font-size:1.25rem;font-weight:600}
.warn{background:#fff4e0;border-left:4px solid var(--warn);padding:.5rem .8rem}
svg.bars{width:100%;max-width:960px;height:auto;font-size:13px}
svg.bars rect{fill:var(--bar)}svg.bars rect.track{fill:var(--bg2)}svg.bars .v{fill:var(--fg)}svg.bars .id{fill:var(--mute);font-size:11px}
table{border-collapse:collapse}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
td.n,.split td{text-align:right;font-variant-numeric:tabular-nums}
.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.6rem 0;position:sticky;top:0;background:#fff;padding:.4rem 0;z-index:1}
.filters input,.filters select{font:inherit;padding:.25rem .4rem}
#cases{width:100%}#cases thead button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer}
#cases thead button[data-dir="1"]::after{content:" ▲"}#cases thead button[data-dir="-1"]::after{content:" ▼"}
#cases tbody button.open{font:inherit;white-space:nowrap;background:none;border:0;padding:0;color:#0b57a4;cursor:pointer;text-decoration:underline}
#cases td:nth-child(3){white-space:nowrap}
tr.inc td:first-child{border-left:3px solid var(--warn)}
.tag{display:inline-block;background:var(--bg2);border-radius:3px;padding:0 .3rem;margin:1px;font-size:.85rem}
.tag.e{border-left:3px solid var(--err)}.tag.w{border-left:3px solid var(--warn)}
tr.detail>td{background:#fbfcfd;padding:.6rem 1rem 1.2rem}
.case h4{margin:.8rem 0 .3rem}.case td:nth-child(2),.case td:nth-child(3),.case td:nth-child(5),.case td:nth-child(6){white-space:nowrap}.case table{font-size:.92rem;width:100%}
.sev-e{color:var(--err);font-weight:600}.sev-w{color:var(--warn);font-weight:600}
svg.tl{width:100%;max-width:820px;height:auto;font-size:11px}svg.tl line{stroke:#9aa5b1}svg.tl line.asof{stroke:var(--fg);stroke-dasharray:3 3}
svg.tl circle{fill:var(--c);stroke:#fff;stroke-width:1}svg.tl path.e{fill:var(--err)}svg.tl path.w{fill:var(--warn)}svg.tl path.u{fill:#fff;stroke:var(--warn);stroke-width:1.5}svg.tl text{fill:var(--mute)}
.g-n{--c:#d9822b}.g-i{--c:#7b5ea7}.g-d{--c:#1f8a70}.g-p{--c:#2f6fab}.g-o{--c:#9aa5b1}
.sw{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;background:var(--c);margin-right:.3rem;vertical-align:-1px}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.85rem;color:var(--mute);margin:.1rem 0 .4rem}
.tri{display:inline-block;width:0;height:0;border:.35rem solid transparent;border-bottom:.6rem solid var(--err);border-top:0;margin-right:.3rem}
.tri.w{border-bottom-color:var(--warn)}.tri.u{border-bottom-color:#c9ced4}
.filters select{max-width:22rem}
ol.docs{padding-left:1.2rem;margin:.2rem 0}ol.docs li{margin:.15rem 0}
q{color:var(--mute);font-style:italic}code{font-size:.88em}
@media print{.filters,#more{display:none}}
"##;

const JS: &str = r##"
(function(){"use strict";
// Large reports carry their data compressed (deflate-raw, then base64): unpacking it is
// asynchronous, so the page is built once the data is there.
var el=document.getElementById("casegap-data");
function fail(msg){var p=document.createElement("p");p.className="warn";p.textContent=msg;document.getElementById("sager").appendChild(p);}
if(!el.getAttribute("data-encoding")){main(JSON.parse(el.textContent));return;}
if(typeof DecompressionStream!=="function"){fail("Sagslisten kræver en nyere browser (Chrome, Edge, Firefox eller Safari fra 2023). Alle data findes også i gaps.csv, cases.csv og report.xlsx.");return;}
var bin=atob(el.textContent),u8=new Uint8Array(bin.length);for(var k=0;k<bin.length;k++)u8[k]=bin.charCodeAt(k);bin=null;
new Response(new Blob([u8]).stream().pipeThrough(new DecompressionStream("deflate-raw"))).text().then(function(t){main(JSON.parse(t));},function(e){fail("Sagslisten kunne ikke pakkes ud: "+e);});
function main(D){var C=D.cases;
var ID=0,COMP=1,REG=2,WHY=3,DOCS=4,UNR=5,GAPS=6,UP=7;
function $(i){return document.getElementById(i);}
function esc(s){return String(s==null?"":s).replace(/[&<>"']/g,function(c){return{"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"}[c];});}
function rl(r){return D.ruleLabels[r]||r;}
function tl(t){return D.types[t]||t;}
function ul(r){return D.reasons[r]||r;}
// sev[rule]: bit 1 = the case has an error of that rule, bit 2 = a warning.
var rows=C.map(function(c,i){var e=0,w=0,seen={},rs=[];c[GAPS].forEach(function(g){if(g[1])w++;else e++;if(!seen[g[0]])rs.push(g[0]);seen[g[0]]=(seen[g[0]]||0)|(g[1]?2:1);});
return{i:i,id:c[ID],comp:c[COMP],reg:c[REG].join(", "),docs:c[DOCS].length,unr:c[UNR].length,e:e,w:w,nr:rs.length,rules:rs,sev:seen};});
var q=$("q"),fr=$("f-rule"),fs=$("f-sev"),fg=$("f-reg"),fc=$("f-comp"),tb=document.querySelector("#cases tbody"),more=$("more");
var sortK="id",dir=1,PAGE=500,shown=PAGE,open={};
function keep(x){var t=q.value.trim().toLowerCase(),r=fr.value,s=fs.value,g=fg.value,c=fc.value;
// With a rule chosen, the severity filter applies to that rule's gaps.
var m=r?(x.sev[r]||0):(x.e?1:0)|(x.w?2:0);if(t&&x.id.toLowerCase().indexOf(t)<0)return false;if(r&&!m)return false;
if(s==="error"&&!(m&1))return false;if(s==="warning"&&!(m&2))return false;if(s==="none"&&(x.e||x.w))return false;
if(g&&C[x.i][REG].indexOf(g)<0)return false;if(c&&String(x.comp)!==c)return false;return true;}
function cmp(a,b){var x=a[sortK],y=b[sortK];if(x<y)return -dir;if(x>y)return dir;return a.id<b.id?-1:a.id>b.id?1:0;}
function rowHtml(x){return'<tr data-i="'+x.i+'"'+(x.comp?'':' class="inc"')+'><td><button class="open" aria-expanded="'+(open[x.i]?"true":"false")+'">'+esc(x.id)+'</button></td><td>'+(x.comp?"ja":"<b>nej</b>")+'</td><td>'+esc(x.reg)+'</td><td class="n">'+x.docs+'</td><td class="n">'+x.unr+'</td><td class="n">'+x.e+'</td><td class="n">'+x.w+'</td><td>'+x.rules.map(function(r){return'<span class="tag '+(x.sev[r]&1?"e":"w")+'" data-rule="'+esc(r)+'" title="'+esc(r)+'">'+esc(rl(r))+'</span>';}).join(" ")+'</td></tr>';}
function render(){var f=rows.filter(keep).sort(cmp),h=[];$("count").textContent=f.length+" af "+rows.length+" sager";
f.slice(0,shown).forEach(function(x){h.push(rowHtml(x));if(open[x.i])h.push(detail(x.i));});tb.innerHTML=h.join("");
more.hidden=f.length<=shown;more.textContent="Vis flere ("+(f.length-shown)+" mere)";}
function detail(i){return'<tr class="detail" data-for="'+i+'"><td colspan="8">'+caseHtml(C[i])+'</td></tr>';}
function docOf(c,id){for(var k=0;k<c[DOCS].length;k++)if(c[DOCS][k][0]===id)return c[DOCS][k];return null;}
function ev(d){return d&&d[7]?' <q>'+esc(d[7])+'</q> <span class="mute">(s. '+esc(d[6])+')</span>':'';}
function day(t){return new Date(t).toISOString().slice(0,10);}
// Document types fall in five groups with one colour each, so a case's course (notification,
// investigation, decision, plan and follow-up) reads at a glance on the timeline.
var GROUP={notification:"n",notification_assessment:"n",receipt:"n",investigation_decision:"i",investigation:"i",preliminary_assessment:"i",partial_assessment:"i",child_conversation:"i",measure_decision:"d",termination_decision:"d",hearing:"d",consent:"d",plan:"p",follow_up:"p",supervision_visit:"p",status_statement:"p"};
var GNAME={n:"Underretning",i:"Undersøgelse og samtale",d:"Afgørelse og høring",p:"Plan og opfølgning",o:"Andet"};
function grp(t){return GROUP[t]||"o";}
function sw(t){return'<span class="sw g-'+grp(t)+'" aria-hidden="true"></span>';}
function timeline(c){var p=[],m=[];c[DOCS].forEach(function(d){if(d[2])p.push({t:Date.parse(d[2]),d:d});});c[GAPS].forEach(function(g){if(g[5])m.push({t:Date.parse(g[5]),g:g});});
c[UP].forEach(function(u){m.push({t:Date.parse(u[1]),u:u});});
var all=p.concat(m).map(function(x){return x.t;});if(!all.length)return"";var lo=Math.min.apply(null,all),hi=Math.max.apply(null,all);if(hi===lo)hi=lo+864e5;
function X(t){return(20+(t-lo)/(hi-lo)*760).toFixed(1);}
// Documents closer than a few pixels stack upwards instead of hiding each other.
var s='<svg class="tl" viewBox="0 0 800 78" role="img" aria-label="Tidslinje"><line x1="20" y1="50" x2="780" y2="50"/>',stack={},used={};
p.forEach(function(x){var v=X(x.t),b=Math.round(v/7),k=stack[b]=(stack[b]||0)+1;used[grp(x.d[1])]=1;
s+='<circle class="g-'+grp(x.d[1])+'" cx="'+v+'" cy="'+(50-9*Math.min(k-1,3))+'" r="4.5" data-type="'+esc(x.d[1])+'"><title>'+esc(x.d[2]+" "+tl(x.d[1])+": "+x.d[0])+'</title></circle>';});
var a=Date.parse(D.asOf);if(a>=lo&&a<=hi)s+='<line class="asof" x1="'+X(a)+'" y1="8" x2="'+X(a)+'" y2="70"><title>Opgjort pr. '+esc(D.asOf)+'</title></line>';
m.forEach(function(x){var v=X(x.t);if(x.g)s+='<path class="'+(x.g[1]?"w":"e")+'" d="M'+v+' 58l-5 9h10z"><title>'+esc("Frist "+x.g[5]+": "+rl(x.g[0]))+'</title></path>';
else s+='<path class="u" d="M'+v+' 58l-5 9h10z"><title>'+esc("Kommende frist "+x.u[1]+": "+rl(x.u[0]))+'</title></path>';});
s+='<text x="20" y="12">'+day(lo)+'</text><text x="780" y="12" text-anchor="end">'+day(hi)+'</text></svg><p class="legend">';
["n","i","d","p","o"].forEach(function(g){if(used[g])s+='<span><span class="sw g-'+g+'"></span>'+GNAME[g]+'</span>';});
return s+'<span><span class="tri e"></span>Frist, fejl</span><span><span class="tri w"></span>Frist, advarsel</span>'+(c[UP].length?'<span><span class="tri u"></span>Kommende frist</span>':'')+'</p>';}
function caseHtml(c){var h='<div class="case" data-case="'+esc(c[ID])+'">';
if(!c[COMP])h+='<p class="warn"><b>Ufuldstændig sag:</b> manglerne kan være falske alarmer, og fravær af mangler er ikke bevis for, at reglerne er overholdt.'+(c[WHY].length?'<br>'+c[WHY].map(esc).join("<br>"):'')+'</p>';
h+='<h4>Mangler ('+c[GAPS].length+')</h4>';
if(c[GAPS].length){h+='<table><thead><tr><th>Regel</th><th>Alvor</th><th>Lov</th><th>Hjemmel</th><th>Frist</th><th>Fundet</th><th>Besked og bevis</th></tr></thead><tbody>';
c[GAPS].forEach(function(g){h+='<tr data-rule="'+esc(g[0])+'" data-severity="'+(g[1]?"warning":"error")+'"><td>'+esc(rl(g[0]))+' <span class="mute">('+esc(g[0])+')</span></td><td class="'+(g[1]?"sev-w":"sev-e")+'">'+(g[1]?"Advarsel":"Fejl")+'</td><td>'+esc(g[2])+'</td><td>'+esc(g[3])+'</td><td>'+esc(g[5]||"–")+'</td><td>'+esc(g[6]||"ikke fundet")+'</td><td>'+esc(g[7])+'<br><span class="mute">Udløst af</span> <code>'+esc(g[4])+'</code>'+ev(docOf(c,g[4]))+'</td></tr>';});
h+='</tbody></table>';}else h+='<p>Ingen mangler fundet.</p>';
if(c[UP].length){h+='<h4>Kommende frister</h4><ul>';c[UP].forEach(function(u){h+='<li data-rule="'+esc(u[0])+'"><b>'+esc(u[1])+'</b> '+esc(rl(u[0]))+' ('+esc(u[3])+') – <code>'+esc(u[2])+'</code>'+(u[4]?' '+esc(u[4]):'')+'</li>';});h+='</ul>';}
if(c[UNR].length){h+='<h4>Ulæselige dokumenter ('+c[UNR].length+')</h4><ul>';c[UNR].forEach(function(u){h+='<li data-reason="'+esc(u[1])+'"><code>'+esc(u[0])+'</code> – '+esc(ul(u[1]))+(u[2]?': '+esc(u[2]):'')+'</li>';});h+='</ul>';}
var ds=c[DOCS].slice().sort(function(a,b){return a[2]===b[2]?0:!a[2]?1:!b[2]?-1:a[2]<b[2]?-1:1;});
h+='<h4>Dokumenter ('+ds.length+')</h4>'+timeline(c)+'<ol class="docs">';
ds.forEach(function(d){h+='<li data-type="'+esc(d[1])+'">'+sw(d[1])+'<b>'+esc(d[2]||"udateret")+(d[3]?" kl. "+esc(d[3]):"")+'</b> '+esc(tl(d[1]))+' – <code>'+esc(d[0])+'</code>'+(d[4]?' <span class="mute">'+d[4]+' s.</span>':'')+(d[5]?' <span class="mute">['+esc(d[5])+']</span>':'')+ev(d)+'</li>';});
return h+'</ol></div>';}
tb.addEventListener("click",function(e){var b=e.target.closest("button.open");if(!b)return;var tr=b.closest("tr"),i=+tr.getAttribute("data-i");
if(open[i]){delete open[i];var n=tr.nextElementSibling;if(n&&n.classList.contains("detail"))n.remove();b.setAttribute("aria-expanded","false");}
else{open[i]=1;tr.insertAdjacentHTML("afterend",detail(i));b.setAttribute("aria-expanded","true");}});
document.querySelectorAll("#cases thead button").forEach(function(b){b.addEventListener("click",function(){var k=b.getAttribute("data-k");dir=k===sortK?-dir:(k==="id"||k==="reg"?1:-1);sortK=k;
document.querySelectorAll("#cases thead button").forEach(function(o){o.removeAttribute("data-dir");});b.setAttribute("data-dir",String(dir));shown=PAGE;render();});});
[q,fr,fs,fg,fc].forEach(function(el){el.addEventListener("input",function(){shown=PAGE;render();});});
more.addEventListener("click",function(){shown+=PAGE;render();});
var hsh=decodeURIComponent(location.hash.slice(1));if(hsh.indexOf("sag=")===0){var id=hsh.slice(4);q.value=id;rows.forEach(function(x){if(x.id===id)open[x.i]=1;});}
render();
// For tests and load-time measurements: the page is ready, and how long it took from navigation.
document.documentElement.setAttribute("data-render-ms",String(Math.round(performance.now())));}})();
"##;
