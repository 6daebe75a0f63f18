//! Build script: a fingerprint of casegap's own source for cache keys.
//!
//! The cache remembers each file's detected documents ("derived" results). Those depend on the
//! detection code as well as on the catalogue, so their key carries `CASEGAP_SOURCE_HASH`, a
//! hash of every file under `src/`: a rebuilt binary with other detection code never reuses
//! results of the old one, even at the same package version.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=src");
    let mut all = Vec::new();
    files(Path::new("src"), &mut all);
    all.sort();
    let mut h = DefaultHasher::new();
    for p in &all {
        p.to_string_lossy().hash(&mut h);
        std::fs::read(p).unwrap_or_default().hash(&mut h);
    }
    println!("cargo:rustc-env=CASEGAP_SOURCE_HASH={:016x}", h.finish());
}
