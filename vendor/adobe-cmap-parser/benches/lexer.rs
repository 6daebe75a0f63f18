//! The patched tokenizer against upstream's `pom` grammar on the committed sample CMaps
//! (`cargo bench -p adobe-cmap-parser`). Both figures come from the same run.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

#[path = "../tests/upstream/mod.rs"]
mod upstream;

fn samples() -> Vec<Vec<u8>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cmaps");
    let mut out: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .expect("tests/cmaps")
        .filter_map(|e| std::fs::read(e.ok()?.path()).ok())
        .collect();
    out.sort();
    out
}

fn bench(c: &mut Criterion) {
    let samples = samples();
    let bytes: usize = samples.iter().map(Vec::len).sum();
    let mut g = c.benchmark_group("cmap_tokenize");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("hand_written", |b| {
        b.iter(|| {
            samples
                .iter()
                .map(|s| adobe_cmap_parser::parse(s).map_or(0, |v| v.len()))
                .sum::<usize>()
        })
    });
    g.bench_function("upstream_pom", |b| {
        b.iter(|| {
            samples
                .iter()
                .map(|s| upstream::parse(s).map_or(0, |v| v.len()))
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
