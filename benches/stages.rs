//! Criterion benchmarks of casegap's own stages (extraction is the peers' business and is
//! measured end to end by `scripts/bench.sh`): detection (normalise + match + classify + dates)
//! in MB/s, date parsing, journal splitting, rules per case, and report writing.
//!
//! Run: `cargo bench --bench stages`. Texts are built from the bundled fixtures and a realistic
//! letter, so the figures do not depend on `../shared`.

use std::hint::black_box;

use casegap::detect::{Detector, Unit};
use casegap::journal;
use casegap::model::{Attributes, CaseReport, DocType, Document, Evidence};
use casegap::normalize::fold_line;
use casegap::patterns::Catalogue;
use casegap::rules::{self, RuleCatalogue};
use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const LETTER: &str = "Nørreby Kommune\nFamilieafdelingen\nRådhuspladsen 4, 9790 Nørreby\n\
Sagsnr.: 2015-0042\nCPR-nr.: 010302-3426\nSagsbehandler: Socialrådgiver Mette Holm\n\n\
BØRNEFAGLIG UNDERSØGELSE EFTER SERVICELOVENS § 50\n\nPåbegyndt: 12.03.2015\nAfsluttet: 3. juli 2015\n\n\
Undersøgelsen er iværksat på baggrund af underretningen af 12. marts 2015 og afgørelsen af 20.03.2015.\n\
Formålet med undersøgelsen er at afdække Annas ressourcer og vanskeligheder og vurdere, om der er \
behov for særlig støtte.\nUdvikling og adfærd\nAnna beskrives af Nørrebyskolen som en vellidt og \
hjælpsom elev. Der har været perioder med højt fravær, særligt om mandagen. Mor fortæller, at hun \
har svært ved at få hverdagen til at hænge sammen.\nFamilieforhold\nFar bor i en anden by og ser \
Anna hver anden weekend. Anna har en god relation til sin mormor, som bor tæt på.\n\
Skoleforhold\nAnna har svært ved at læse og får ekstra undervisning i dansk.\n\
Samlet vurdering\nDet vurderes, at Annas behov ikke bliver tilstrækkeligt dækket i hjemmet. \
Der henvises til handleplanen af 1. august 2015.\n\nMed venlig hilsen\nMette Holm\n";

fn detector() -> Detector {
    Detector::new(Catalogue::builtin().expect("catalogue")).expect("detector")
}

fn texts() -> Vec<(String, Vec<String>)> {
    let mut v = vec![(
        "Dokument 000123.pdf".to_string(),
        vec![LETTER.to_string(), LETTER.replace("BØRNEFAGLIG", "Bilag")],
    )];
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/formats");
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if let Ok(t) = std::fs::read_to_string(&p) {
                v.push((
                    p.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    vec![t],
                ));
            }
        }
    }
    v
}

fn bench_detect(c: &mut Criterion) {
    let det = detector();
    let docs = texts();
    let bytes: usize = docs
        .iter()
        .map(|(_, p)| p.iter().map(String::len).sum::<usize>())
        .sum();
    let mut g = c.benchmark_group("detect");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("documents", |b| {
        b.iter(|| {
            for (name, pages) in &docs {
                black_box(det.detect(&Unit {
                    file_name: name,
                    pages,
                    journal_entry: false,
                    text_note: false,
                    context: "",
                }));
            }
        })
    });
    g.finish();
}

fn bench_dates(c: &mut Criterion) {
    let det = detector();
    let lines: Vec<String> = LETTER.lines().map(fold_line).collect();
    let mut g = c.benchmark_group("dates");
    g.throughput(Throughput::Bytes(
        lines.iter().map(String::len).sum::<usize>() as u64,
    ));
    g.bench_function("find", |b| {
        b.iter(|| {
            for l in &lines {
                black_box(det.date_parser().find(l));
            }
        })
    });
    g.finish();
}

fn journal_text(entries: usize) -> String {
    let mut s = String::from("JOURNALUDSKRIFT\nSagsnr.: 2015-0042\n\n");
    for i in 0..entries {
        let d =
            NaiveDate::from_ymd_opt(2015, 1, 1).expect("date") + chrono::Days::new(i as u64 * 9);
        s.push_str(&format!("{} – Telefonsamtale med mor\nMor ringede og fortalte, at Anna har haft en god uge.\nSagen er drøftet på teammøde.\n\n", d.format("%d.%m.%Y")));
    }
    s
}

fn bench_journal(c: &mut Criterion) {
    let text = journal_text(200);
    let mut g = c.benchmark_group("journal");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("split_200_entries", |b| {
        b.iter(|| black_box(journal::split_entries(&text)))
    });
    g.finish();
}

fn doc(id: &str, t: DocType, date: &str) -> Document {
    Document {
        id: id.to_string(),
        doc_type: t,
        date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
        time: None,
        pages: 1,
        attributes: Attributes {
            complaint_guidance: Some(true),
            goals: Some(true),
            placement: Some(false),
            ..Default::default()
        },
        evidence: Some(Evidence {
            page: 1,
            snippet: "Handleplan … Dato: 01.08.2015".into(),
        }),
        extractor: None,
        encoding: None,
        overridden: false,
    }
}

fn case_docs() -> Vec<Document> {
    let mut v = vec![
        doc("a", DocType::Notification, "2015-03-12"),
        doc("b", DocType::NotificationAssessment, "2015-03-13"),
        doc("c", DocType::Receipt, "2015-03-16"),
        doc("d", DocType::InvestigationDecision, "2015-03-20"),
        doc("e", DocType::Investigation, "2015-07-03"),
        doc("f", DocType::ChildConversation, "2015-06-01"),
        doc("g", DocType::Plan, "2015-08-01"),
        doc("h", DocType::MeasureDecision, "2015-08-03"),
    ];
    for i in 0..20 {
        let d = NaiveDate::from_ymd_opt(2015, 9, 1).expect("date") + chrono::Days::new(i * 60);
        v.push(doc(&format!("f{i}"), DocType::FollowUp, &d.to_string()));
    }
    v
}

fn bench_rules(c: &mut Criterion) {
    let cat = RuleCatalogue::builtin();
    let docs = case_docs();
    let as_of = NaiveDate::from_ymd_opt(2026, 6, 30).expect("date");
    c.bench_function("rules/evaluate_case_28_docs", |b| {
        b.iter(|| black_box(rules::evaluate(&docs, as_of, &cat)))
    });
}

fn bench_reports(c: &mut Criterion) {
    let cat = RuleCatalogue::builtin();
    let as_of = NaiveDate::from_ymd_opt(2026, 6, 30).expect("date");
    let cases: Vec<CaseReport> = (0..200)
        .map(|i| {
            let documents = case_docs();
            let ev = rules::evaluate(&documents, as_of, &cat);
            CaseReport {
                case_id: format!("2015-{i:04}"),
                regimes: ev.regimes,
                complete: true,
                incomplete_reasons: Vec::new(),
                documents,
                unreadable: Vec::new(),
                gaps: ev.gaps,
                upcoming: ev.upcoming,
            }
        })
        .collect();
    let info = casegap::report::RunInfo {
        tool_version: "bench".into(),
        as_of,
        catalogue_version: "bench".into(),
        catalogue_hash: "0".repeat(64),
        generated_at: "2026-06-30".into(),
    };
    let labels = casegap::report::Labels::builtin();
    let dir = tempfile::tempdir().expect("tempdir");
    let mut g = c.benchmark_group("report_200_cases");
    g.sample_size(10);
    for f in [
        casegap::report::Format::Html,
        casegap::report::Format::Csv,
        casegap::report::Format::Xlsx,
    ] {
        let ex = casegap::report::exporters(&[f], casegap::report::CsvStyle::Excel);
        g.bench_function(f.id(), |b| {
            b.iter(|| {
                casegap::report::write_with(dir.path(), &ex, &info, &cases, &labels)
                    .expect("written")
            })
        });
    }
    g.finish();
}

criterion_group!(
    benches,
    bench_detect,
    bench_dates,
    bench_journal,
    bench_rules,
    bench_reports
);
criterion_main!(benches);
