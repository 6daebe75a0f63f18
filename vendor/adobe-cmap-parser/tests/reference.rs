//! Differential test: the hand-written lexer against upstream's `pom` grammar, copied verbatim
//! from adobe-cmap-parser 0.4.1 into `tests/upstream/`. Both run on real CMaps (`tests/cmaps/`, taken from PDFs
//! of many producers; set `CMAP_CORPUS=DIR` to add a directory of `.cmap` files) and on
//! deterministic mutations of them (bytes deleted, duplicated, replaced by grammar-significant
//! bytes), so the quirks of the original grammar are covered, not only well-formed input.

mod upstream;

use adobe_cmap_parser::Value;
use upstream::parse;

fn samples() -> Vec<(String, Vec<u8>)> {
    let mut dirs = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/cmaps"
    ))];
    if let Some(extra) = std::env::var_os("CMAP_CORPUS") {
        dirs.push(extra.into());
    }
    let mut out = Vec::new();
    for dir in dirs {
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .expect("sample dir")
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        for p in paths {
            out.push((p.display().to_string(), std::fs::read(&p).unwrap()));
        }
    }
    out
}

/// Upstream's result, or None where upstream panics (a non-UTF-8 dictionary key), or overflows
/// (not reached by these inputs).
fn reference(input: &[u8]) -> Option<Result<Vec<Value>, ()>> {
    std::panic::catch_unwind(|| parse(input).map_err(|_| ())).ok()
}

fn check(label: &str, input: &[u8]) -> bool {
    let Some(expected) = reference(input) else {
        return false;
    };
    let got = adobe_cmap_parser::parse(input).map_err(|_| ());
    assert_eq!(got, expected, "lexer differs from upstream on {label}");
    true
}

#[test]
fn same_values_as_upstream_on_real_cmaps() {
    let samples = samples();
    assert!(samples.len() >= 50, "expected the committed samples");
    for (label, bytes) in &samples {
        assert!(check(label, bytes));
    }
}

/// A small deterministic generator, so a failure is reproducible from its seed.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const INTERESTING: &[u8] = b"()<>[]{}/%#\\ \t\r\n\x00\x0c+-.0179aAfFgtrue*'\"";

fn mutate(rng: &mut Lcg, base: &[u8]) -> Vec<u8> {
    let mut v = base.to_vec();
    for _ in 0..1 + rng.below(4) {
        if v.is_empty() {
            break;
        }
        let i = rng.below(v.len());
        match rng.below(4) {
            0 => {
                v.remove(i);
            }
            1 => {
                let c = INTERESTING[rng.below(INTERESTING.len())];
                v[i] = c;
            }
            2 => {
                let c = INTERESTING[rng.below(INTERESTING.len())];
                v.insert(i, c);
            }
            _ => {
                let end = (i + 1 + rng.below(16)).min(v.len());
                let chunk = v[i..end].to_vec();
                v.splice(i..i, chunk);
            }
        }
    }
    v
}

#[test]
fn same_values_as_upstream_on_mutated_cmaps() {
    let samples = samples();
    let mut rng = Lcg(0x5eed);
    let mut compared = 0;
    for (label, bytes) in &samples {
        // Mutations near the start exercise the early-exit paths, near the mappings the rest.
        let window = &bytes[..bytes.len().min(1200)];
        for round in 0..60 {
            let m = mutate(&mut rng, window);
            if check(&format!("{label} mutation {round}"), &m) {
                compared += 1;
            }
        }
    }
    assert!(compared > 2000, "only {compared} mutations compared");
}

#[test]
fn same_values_as_upstream_on_token_soup() {
    // Random sequences of grammar fragments: reaches quirks real CMaps never show.
    const PIECES: &[&[u8]] = &[
        b"(",
        b")",
        b"\\",
        b"\\(",
        b"\\101",
        b"\\777",
        b"\\\n",
        b"\\\r\n",
        b"<",
        b">",
        b"<<",
        b">>",
        b"<0A>",
        b"<0 A>",
        b"<ABC>",
        b"[",
        b"]",
        b"/N",
        b"/#41",
        b"/#4",
        b"%c\n",
        b"%c",
        b" ",
        b"\n",
        b"\r",
        b"\x00",
        b"\x0c",
        b"1",
        b"-2",
        b"+",
        b".5",
        b"1.5",
        b"99999999999999999999",
        b"true",
        b"false",
        b"begin",
        b"*",
        b"'",
        b"\"",
        b"#",
        b"{",
        b"}",
        b"\xc3\xa6",
    ];
    let mut rng = Lcg(42);
    for round in 0..20000 {
        let mut s = Vec::new();
        for _ in 0..1 + rng.below(12) {
            s.extend_from_slice(PIECES[rng.below(PIECES.len())]);
        }
        check(
            &format!("soup {round}: {:?}", String::from_utf8_lossy(&s)),
            &s,
        );
    }
}
