//! Discovery: which cases an export holds and which files belong to each.
//!
//! A *case* is a folder of the export: by default every directory directly under the export
//! root (the contract's layout); `--case-depth N` takes the directories N levels down for exports
//! that group cases (e.g. by year or team). Everything under a case folder belongs to it. Hidden
//! entries (starting with `.`) and OS litter are skipped; symbolic links are never followed (a
//! link can lead outside the export or into a loop) but are listed so nothing goes unaccounted.
//! Case ids and document ids are masked for CPR numbers here, at the source, so no later stage can
//! leak one.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::cpr;
use crate::model::{Unreadable, UnreadableReason};

/// A case folder found under the export root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseDir {
    /// The folder's name (path under the root for deeper layouts), CPR-masked.
    pub id: String,
    pub path: PathBuf,
}

/// A file of a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFile {
    /// Path relative to the case folder, `/`-separated, CPR-masked.
    pub id: String,
    pub path: PathBuf,
    pub size: u64,
    /// Modification time in seconds since the epoch (cache fast path; never used as a date).
    pub mtime: i64,
}

/// The cases of an export, sorted by id, and what lay outside any case.
#[derive(Debug, Default)]
pub struct Export {
    pub cases: Vec<CaseDir>,
    /// Files above the case level (e.g. directly in the root), CPR-masked: reported, not read.
    pub loose_files: Vec<String>,
}

/// A fatal problem with the export root itself.
#[derive(Debug)]
pub struct RootError(pub String);

/// OS litter that is never a case document.
pub fn is_litter(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    name.starts_with('.')
        || lower == "thumbs.db"
        || lower == "desktop.ini"
        || name.starts_with("~$")
}

/// Checks that `root` is a folder casegap can list: the one fatal input problem.
pub fn check_root(root: &Path) -> Result<(), RootError> {
    let meta = std::fs::metadata(root).map_err(|e| {
        RootError(match e.kind() {
            std::io::ErrorKind::NotFound => {
                format!("export root '{}' does not exist", root.display())
            }
            std::io::ErrorKind::PermissionDenied => {
                format!(
                    "export root '{}' cannot be read: permission denied",
                    root.display()
                )
            }
            _ => format!("export root '{}' cannot be read: {e}", root.display()),
        })
    })?;
    if !meta.is_dir() {
        return Err(RootError(format!(
            "export root '{}' is a file, not a folder; give the folder that holds the case folders",
            root.display()
        )));
    }
    std::fs::read_dir(root).map_err(|e| {
        RootError(format!(
            "export root '{}' cannot be listed: {e}",
            root.display()
        ))
    })?;
    Ok(())
}

/// Finds the case folders under `root`, `depth` levels down (1 = directly under the root).
pub fn find_cases(root: &Path, depth: usize) -> Result<Export, RootError> {
    check_root(root)?;
    let depth = depth.max(1);
    let mut export = Export::default();
    let walker = WalkDir::new(root)
        .min_depth(1)
        .max_depth(depth)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !is_litter(&e.file_name().to_string_lossy()));
    for entry in walker {
        let Ok(entry) = entry else { continue };
        let rel = relative_id(root, entry.path());
        if entry.file_type().is_dir() {
            if entry.depth() == depth {
                export.cases.push(CaseDir {
                    id: rel,
                    path: entry.into_path(),
                });
            }
        } else {
            export.loose_files.push(rel);
        }
    }
    export.cases.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(export)
}

/// The files of one case, sorted by id, and the entries that could not be listed or followed.
pub fn list_files(case: &CaseDir) -> (Vec<CaseFile>, Vec<Unreadable>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let walker = WalkDir::new(&case.path)
        .min_depth(1)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !is_litter(&e.file_name().to_string_lossy()));
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_dir() => {}
            Ok(e) if e.file_type().is_symlink() => problems.push(Unreadable {
                id: relative_id(&case.path, e.path()),
                reason: UnreadableReason::Unsupported,
                detail: "symbolic link, not followed".into(),
                pages: 0,
            }),
            Ok(e) if e.file_type().is_file() => {
                let (size, mtime) = e
                    .metadata()
                    .map(|m| {
                        use std::os::unix::fs::MetadataExt;
                        (m.len(), m.mtime())
                    })
                    .unwrap_or((0, 0));
                files.push(CaseFile {
                    id: relative_id(&case.path, e.path()),
                    path: e.into_path(),
                    size,
                    mtime,
                });
            }
            Ok(e) => problems.push(Unreadable {
                id: relative_id(&case.path, e.path()),
                reason: UnreadableReason::Unsupported,
                detail: "not a regular file (device, socket or pipe)".into(),
                pages: 0,
            }),
            Err(err) => {
                let id = err
                    .path()
                    .map(|p| relative_id(&case.path, p))
                    .unwrap_or_else(|| "?".into());
                let detail = match err.io_error().map(|e| e.kind()) {
                    Some(std::io::ErrorKind::PermissionDenied) => {
                        "permission denied: the folder cannot be listed".into()
                    }
                    _ => "the folder cannot be listed".to_string(),
                };
                problems.push(Unreadable {
                    id,
                    reason: UnreadableReason::Error,
                    detail,
                    pages: 0,
                });
            }
        }
    }
    files.sort_by(|a, b| a.id.cmp(&b.id));
    problems.sort_by(|a, b| a.id.cmp(&b.id));
    (files, problems)
}

/// `path` relative to `base`, `/`-separated, lossily decoded and CPR-masked.
pub fn relative_id(base: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    cpr::mask(&parts.join("/")).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn finds_cases_and_files() {
        let t = tempfile::tempdir().expect("tempdir");
        let r = t.path();
        fs::create_dir_all(r.join("2015-0042 010203-1234/Dok")).expect("mkdir");
        fs::create_dir_all(r.join("A-1")).expect("mkdir");
        fs::create_dir_all(r.join(".hidden")).expect("mkdir");
        fs::write(r.join("loose.pdf"), b"x").expect("write");
        fs::write(r.join("2015-0042 010203-1234/Dok/b 0102031234.pdf"), b"x").expect("write");
        fs::write(r.join("2015-0042 010203-1234/a.txt"), b"x").expect("write");
        fs::write(r.join("2015-0042 010203-1234/Thumbs.db"), b"x").expect("write");
        fs::write(r.join("2015-0042 010203-1234/~$lock.docx"), b"x").expect("write");
        fs::write(r.join("2015-0042 010203-1234/.DS_Store"), b"x").expect("write");
        std::os::unix::fs::symlink(r.join("A-1"), r.join("2015-0042 010203-1234/loop"))
            .expect("symlink");
        let ex = find_cases(r, 1).expect("root ok");
        let ids: Vec<_> = ex.cases.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["2015-0042 XXXXXX-XXXX", "A-1"]);
        assert_eq!(ex.loose_files, ["loose.pdf"]);
        let (files, problems) = list_files(&ex.cases[0]);
        let fids: Vec<_> = files.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(fids, ["Dok/b XXXXXX-XXXX.pdf", "a.txt"]);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].id, "loop");
    }

    #[test]
    fn bad_roots_are_errors() {
        let t = tempfile::tempdir().expect("tempdir");
        let e = find_cases(&t.path().join("nope"), 1).expect_err("missing");
        assert!(e.0.contains("does not exist"));
        let f = t.path().join("file");
        fs::write(&f, b"x").expect("write");
        let e = find_cases(&f, 1).expect_err("file");
        assert!(e.0.contains("is a file"));
    }

    #[test]
    fn deeper_layouts() {
        let t = tempfile::tempdir().expect("tempdir");
        fs::create_dir_all(t.path().join("2015/c1")).expect("mkdir");
        fs::create_dir_all(t.path().join("2016/c2")).expect("mkdir");
        let ex = find_cases(t.path(), 2).expect("ok");
        let ids: Vec<_> = ex.cases.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["2015/c1", "2016/c2"]);
    }
}
