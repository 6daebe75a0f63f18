//! The output-folder lock: one scan (or merge) at a time writes into an output folder.
//!
//! A *lock* is an exclusive `flock` on `OUT/.casegap.lock`, held for the whole run. Overnight
//! jobs overlap when a night's run is slow and the next one starts (cron does not wait); two
//! runs renaming their files into one folder would leave a mix of both. The kernel drops the
//! lock when the process dies, however it dies, so a run killed with SIGKILL leaves no stale
//! lock behind and the restarted run goes ahead (and, with the cache, resumes). The file's
//! content (pid, start time) is for people only.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};

use crate::cpr;

/// The lock file's name inside the output folder.
pub const FILE_NAME: &str = ".casegap.lock";

/// A held lock; released when dropped (or when the process ends).
#[derive(Debug)]
pub struct OutLock {
    _file: File,
    path: PathBuf,
}

impl OutLock {
    /// Takes the lock of `out_dir` (created if needed), or says who holds it.
    pub fn acquire(out_dir: &Path) -> Result<OutLock, String> {
        std::fs::create_dir_all(out_dir)
            .map_err(|e| format!("cannot create the output folder '{}': {e}", shown(out_dir)))?;
        let path = out_dir.join(FILE_NAME);
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(&path)
            .map_err(|e| format!("cannot create the lock file '{}': {e}", shown(&path)))?;
        // SAFETY: flock on a descriptor this process owns.
        let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
        if rc != 0 {
            let err = std::io::Error::last_os_error();
            if err.raw_os_error() == Some(libc::EWOULDBLOCK) {
                let holder = std::fs::read_to_string(&path).unwrap_or_default();
                return Err(format!(
                    "another casegap run is writing to '{}' ({}); wait for it or use another --out",
                    shown(out_dir),
                    cpr::mask(holder.trim())
                ));
            }
            return Err(format!("cannot lock '{}': {err}", shown(&path)));
        }
        // Only now, holding the lock, is the holder's note ours to rewrite.
        let _ = file.set_len(0);
        let _ = writeln!(
            file,
            "pid {} since {}",
            std::process::id(),
            chrono::Local::now().format("%Y-%m-%d %H:%M:%S")
        );
        Ok(OutLock { _file: file, path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Removes the temporary files that a killed run left in the output folder (outputs are
    /// written to temporary files and renamed into place, so a run killed mid-write leaves
    /// one behind). Safe only because the lock is held: no other run is writing them now.
    /// Returns how many were removed.
    pub fn remove_stale_temp_files(&self) -> usize {
        let Some(dir) = self.path.parent() else {
            return 0;
        };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return 0;
        };
        entries
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter(|e| is_temp_name(&e.file_name().to_string_lossy()))
            .filter(|e| std::fs::remove_file(e.path()).is_ok())
            .count()
    }
}

/// The names of casegap's temporary files: `tempfile`'s default (`.tmpXXXXXX`, used by the
/// pipeline) and the reports' (`.casegap-XXXXXX.tmp`).
fn is_temp_name(name: &str) -> bool {
    (name.starts_with(".tmp") && name.len() > 4)
        || (name.starts_with(".casegap-") && name.ends_with(".tmp"))
}

fn shown(p: &Path) -> String {
    cpr::mask(&p.display().to_string()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_holder_at_a_time() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        let first = OutLock::acquire(&out).unwrap();
        // flock locks belong to open file descriptions, so a second open in this process
        // conflicts just as another process would.
        let e = OutLock::acquire(&out).unwrap_err();
        assert!(e.contains("another casegap run"), "{e}");
        assert!(e.contains(&format!("pid {}", std::process::id())), "{e}");
        drop(first);
        let again = OutLock::acquire(&out).unwrap();
        assert!(again.path().ends_with(FILE_NAME));
    }

    #[test]
    fn leftovers_of_a_killed_run_are_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path();
        for f in [
            ".tmpAb12Cd",
            ".casegap-x1y2.tmp",
            "cases.jsonl",
            ".tmp",
            "notes.tmp",
        ] {
            std::fs::write(out.join(f), "x").unwrap();
        }
        let lock = OutLock::acquire(out).unwrap();
        assert_eq!(lock.remove_stale_temp_files(), 2);
        for f in ["cases.jsonl", ".tmp", "notes.tmp", FILE_NAME] {
            assert!(out.join(f).exists(), "{f}");
        }
    }
}
