//! Fault isolation: extraction in worker processes of our own binary.
//!
//! A *worker* is a child process (`casegap __worker`) that reads requests (a file path) on its
//! stdin and answers each with one JSON line ([`Extracted`]) on its stdout. Parsers of hostile
//! files panic, overflow their stacks, abort on memory exhaustion or loop forever; in a worker each
//! of these costs the one document being read: the parent notices the dead or silent worker,
//! reports the document as `timeout`, `too_large`, `corrupt` or `error`, and starts a fresh worker.
//! Workers live long (process start-up is not paid per file) and are recycled after a number of
//! documents so that slow leaks in a parser cannot accumulate.
//!
//! A document that is read with OCR may take minutes. Before each page it OCRs, the worker sends
//! a *progress line* (`~`) on the answer channel; the parent then grants the document time for
//! one more page (the larger of the timeout and `ocr::PAGE_BUDGET`), so the timeout stays a bound
//! on one hung step rather than on the length of a legitimate scan.
//!
//! Inside a worker, ordinary panics are caught with `catch_unwind` (the document is `corrupt` or
//! `error`, the worker lives on), the address space is limited with `setrlimit(RLIMIT_AS)`, and
//! stray prints of a library go to stderr so they cannot corrupt the answer channel.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::extract::{extractor_for, ExtractOptions, Extracted};
use crate::model::UnreadableReason;

/// The line a worker sends when it starts reading a page with OCR (see the module comment).
const PROGRESS_LINE: &str = "~";

/// Limits and options that every worker of a run shares.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    /// The casegap executable (normally `std::env::current_exe()`).
    pub exe: PathBuf,
    /// Wall-clock time one document may take.
    pub timeout: Duration,
    /// Address-space limit of a worker, in MiB (0: none).
    pub memory_limit_mib: u64,
    /// Documents a worker reads before it is replaced.
    pub recycle_after: u32,
    /// Files larger than this are not read at all (`too_large`).
    pub max_file_bytes: u64,
    pub options: ExtractOptions,
}

impl WorkerConfig {
    pub fn new(exe: PathBuf) -> WorkerConfig {
        WorkerConfig {
            exe,
            timeout: Duration::from_secs(60),
            memory_limit_mib: 1024,
            recycle_after: 500,
            max_file_bytes: 256 * 1024 * 1024,
            options: ExtractOptions::default(),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Request {
    /// The path's raw bytes in hex: file names need not be UTF-8.
    path_hex: String,
    options: ExtractOptions,
}

/// A pool of idle workers; a caller borrows one per document. Thread-safe, so rayon threads
/// can share it.
pub struct Pool {
    cfg: WorkerConfig,
    idle: Mutex<Vec<Worker>>,
}

struct Worker {
    child: Child,
    stdin: Option<ChildStdin>,
    answers: Receiver<String>,
    stderr_tail: Arc<Mutex<VecDeque<String>>>,
    stderr_thread: Option<JoinHandle<()>>,
    served: u32,
}

impl Pool {
    pub fn new(cfg: WorkerConfig) -> Pool {
        Pool {
            cfg,
            idle: Mutex::new(Vec::new()),
        }
    }

    pub fn config(&self) -> &WorkerConfig {
        &self.cfg
    }

    /// Extracts one file in a worker. Never fails: every problem becomes an [`Extracted`] with a
    /// failure that says what happened.
    pub fn extract(&self, path: &Path) -> Extracted {
        let name = extractor_for(path).map(|e| e.name()).unwrap_or("none");
        match std::fs::metadata(path) {
            Ok(m) if m.len() > self.cfg.max_file_bytes => {
                return Extracted::failed(
                    name,
                    UnreadableReason::TooLarge,
                    format!(
                        "{} MiB is above the limit of {} MiB",
                        m.len() >> 20,
                        self.cfg.max_file_bytes >> 20
                    ),
                )
            }
            Ok(_) => {}
            Err(e) => return Extracted::failed(name, UnreadableReason::Error, describe_io(&e)),
        }
        let worker = self.idle.lock().ok().and_then(|mut v| v.pop());
        let mut worker = match worker {
            Some(w) => w,
            None => match Worker::spawn(&self.cfg) {
                Ok(w) => w,
                Err(e) => {
                    return Extracted::failed(
                        name,
                        UnreadableReason::Error,
                        format!("cannot start a worker: {e}"),
                    )
                }
            },
        };
        match worker.request(path, &self.cfg) {
            Ok(ex) => {
                worker.served += 1;
                if worker.served < self.cfg.recycle_after {
                    if let Ok(mut idle) = self.idle.lock() {
                        idle.push(worker);
                    }
                } else {
                    worker.shutdown();
                }
                ex
            }
            Err(failure) => {
                let (reason, detail) = failure;
                Extracted::failed(name, reason, detail)
            }
        }
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        if let Ok(mut idle) = self.idle.lock() {
            for w in idle.drain(..) {
                w.shutdown();
            }
        }
    }
}

impl Worker {
    fn spawn(cfg: &WorkerConfig) -> std::io::Result<Worker> {
        let mut child = Command::new(&cfg.exe)
            .arg("__worker")
            .arg(cfg.memory_limit_mib.to_string())
            // A backtrace would only push the one line that says why out of the stderr tail.
            .env("RUST_BACKTRACE", "0")
            .env("OMP_THREAD_LIMIT", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        let stdin = child
            .stdin
            .take()
            .ok_or_else(|| std::io::Error::other("no stdin"))?;
        let stdout = child
            .stdout
            .take()
            .ok_or_else(|| std::io::Error::other("no stdout"))?;
        let stderr = child
            .stderr
            .take()
            .ok_or_else(|| std::io::Error::other("no stderr"))?;
        let (tx, answers) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let stderr_tail = Arc::new(Mutex::new(VecDeque::new()));
        let tail = Arc::clone(&stderr_tail);
        let stderr_thread = std::thread::spawn(move || {
            let mut r = BufReader::new(stderr);
            let mut buf = Vec::new();
            loop {
                buf.clear();
                match r.read_until(b'\n', &mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {
                        if let Ok(mut t) = tail.lock() {
                            let line: String =
                                String::from_utf8_lossy(&buf).chars().take(300).collect();
                            // The lines that say why a worker died are kept whatever follows.
                            t.push_back(line);
                            while t.len() > 20 {
                                match t.iter().position(|l| {
                                    !(l.contains("memory allocation")
                                        || l.contains("overflowed its stack"))
                                }) {
                                    Some(i) => {
                                        t.remove(i);
                                    }
                                    None => {
                                        t.pop_front();
                                    }
                                }
                            }
                        }
                    }
                }
            }
        });
        Ok(Worker {
            child,
            stdin: Some(stdin),
            answers,
            stderr_tail,
            stderr_thread: Some(stderr_thread),
            served: 0,
        })
    }

    fn request(
        &mut self,
        path: &Path,
        cfg: &WorkerConfig,
    ) -> Result<Extracted, (UnreadableReason, String)> {
        let req = Request {
            path_hex: hex(path.as_os_str().as_bytes()),
            options: cfg.options.clone(),
        };
        let line =
            serde_json::to_string(&req).map_err(|e| (UnreadableReason::Error, e.to_string()))?;
        let sent = match self.stdin.as_mut() {
            Some(w) => writeln!(w, "{line}").and_then(|_| w.flush()).is_ok(),
            None => false,
        };
        if !sent {
            return Err(self.crashed());
        }
        let mut deadline = std::time::Instant::now() + cfg.timeout;
        let answer = loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.answers.recv_timeout(left) {
                Ok(line) if line == PROGRESS_LINE => {
                    deadline = std::time::Instant::now() + cfg.timeout.max(crate::ocr::PAGE_BUDGET);
                }
                other => break other,
            }
        };
        match answer {
            Ok(answer) => serde_json::from_str::<Extracted>(&answer).map_err(|e| {
                (
                    UnreadableReason::Error,
                    format!("bad answer from worker: {e}"),
                )
            }),
            Err(RecvTimeoutError::Timeout) => {
                self.kill();
                Err((
                    UnreadableReason::Timeout,
                    format!(
                        "extraction took longer than {} s and was stopped",
                        cfg.timeout.as_secs()
                    ),
                ))
            }
            Err(RecvTimeoutError::Disconnected) => Err(self.crashed()),
        }
    }

    /// The worker died while reading a document: say why, from its exit and its last words.
    fn crashed(&mut self) -> (UnreadableReason, String) {
        let status = self.child.wait().ok();
        if let Some(t) = self.stderr_thread.take() {
            let _ = t.join();
        }
        let tail: String = self
            .stderr_tail
            .lock()
            .map(|t| t.iter().cloned().collect())
            .unwrap_or_default();
        classify_crash(
            &tail,
            status
                .map(|s| s.to_string())
                .unwrap_or_else(|| "unknown status".into()),
        )
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    fn shutdown(self) {
        drop(self);
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        // Closing stdin ends an idle worker's request loop; a busy or hung one is killed.
        drop(self.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn classify_crash(stderr_tail: &str, status: String) -> (UnreadableReason, String) {
    let t = stderr_tail.to_ascii_lowercase();
    if t.contains("memory allocation")
        || t.contains("capacity overflow")
        || t.contains("out of memory")
    {
        (
            UnreadableReason::TooLarge,
            "the document needs more memory than a worker may use (decompression bomb?)".into(),
        )
    } else if t.contains("overflowed its stack") {
        (
            UnreadableReason::Corrupt,
            "the parser overflowed its stack (deeply nested objects)".into(),
        )
    } else {
        (
            UnreadableReason::Error,
            format!("the extractor crashed ({status})"),
        )
    }
}

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied: the file cannot be read".into(),
        std::io::ErrorKind::NotFound => "the file vanished during the scan".into(),
        _ => format!("cannot read the file: {e}"),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Extracts one file in this process: the body of a worker, also used by `casegap extract`.
pub fn extract_here(path: &Path, options: &ExtractOptions) -> Extracted {
    let Some(extractor) = extractor_for(path) else {
        return Extracted::failed(
            "none",
            UnreadableReason::Unsupported,
            "casegap does not read this file type",
        );
    };
    let mut bytes = Vec::new();
    if let Err(e) = std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)) {
        return Extracted::failed(extractor.name(), UnreadableReason::Error, describe_io(&e));
    }
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        extractor.extract(path, &bytes, options)
    })) {
        Ok(ex) => ex,
        Err(p) => Extracted::failed(
            extractor.name(),
            UnreadableReason::Corrupt,
            format!(
                "the extractor failed: {}",
                crate::extract::pdf::panic_message(&p)
            ),
        ),
    }
}

/// The worker's main loop: `casegap __worker MEMORY_MIB`. Returns the process exit code.
pub fn worker_main(memory_limit_mib: u64) -> i32 {
    // The answer channel is a private copy of stdout; fd 1 itself is pointed at stderr so that
    // a library's println! cannot corrupt the JSON lines.
    // SAFETY: plain POSIX calls on file descriptors this process owns.
    let answer_fd = unsafe { libc::dup(1) };
    if answer_fd < 0 {
        return 2;
    }
    unsafe {
        libc::dup2(2, 1);
    }
    if memory_limit_mib > 0 {
        let bytes = memory_limit_mib.saturating_mul(1024 * 1024) as libc::rlim_t;
        let lim = libc::rlimit {
            rlim_cur: bytes,
            rlim_max: bytes,
        };
        // SAFETY: setrlimit with a valid struct.
        unsafe {
            libc::setrlimit(libc::RLIMIT_AS, &lim);
        }
    }
    // Panics are answered as failures; their default message would only be noise.
    std::panic::set_hook(Box::new(|_| {}));
    use std::os::unix::io::FromRawFd;
    // SAFETY: answer_fd is a fresh descriptor owned by nobody else.
    let answers = std::io::BufWriter::new(unsafe { std::fs::File::from_raw_fd(answer_fd) });
    // Shared with the OCR progress hook, which runs on the extraction thread; whole lines are
    // written under the lock, so progress and answers never interleave.
    let answers = Arc::new(Mutex::new(answers));
    let hook_answers = Arc::clone(&answers);
    crate::ocr::set_progress_hook(Box::new(move || {
        if let Ok(mut w) = hook_answers.lock() {
            let _ = writeln!(w, "{PROGRESS_LINE}").and_then(|_| w.flush());
        }
    }));
    // One long-lived thread with a big stack serves every request: deeply nested (but
    // legitimate) files get a chance, beyond it the overflow kills this worker and the parent
    // reports the document; and no thread is created per document.
    let served = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || -> i32 {
            let stdin = std::io::stdin();
            for line in stdin.lock().lines() {
                let Ok(line) = line else { break };
                let ex = match serde_json::from_str::<Request>(&line) {
                    Ok(req) => match unhex(&req.path_hex) {
                        Some(raw) => {
                            let path = PathBuf::from(std::ffi::OsStr::from_bytes(&raw));
                            extract_here(&path, &req.options)
                        }
                        None => Extracted::failed("none", UnreadableReason::Error, "bad request"),
                    },
                    Err(e) => Extracted::failed(
                        "none",
                        UnreadableReason::Error,
                        format!("bad request: {e}"),
                    ),
                };
                let Ok(json) = serde_json::to_string(&ex) else {
                    return 2;
                };
                let written = match answers.lock() {
                    Ok(mut w) => writeln!(w, "{json}").and_then(|_| w.flush()).is_ok(),
                    Err(_) => false,
                };
                if !written {
                    return 0;
                }
            }
            0
        });
    match served {
        Ok(h) => h.join().unwrap_or(2),
        Err(_) => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trip() {
        let raw = b"a/\xff\xfeb.pdf";
        assert_eq!(unhex(&hex(raw)).as_deref(), Some(&raw[..]));
        assert_eq!(unhex("abc"), None);
        assert_eq!(unhex("zz"), None);
    }

    #[test]
    fn crashes_are_classified() {
        assert_eq!(
            classify_crash(
                "memory allocation of 1073741824 bytes failed\n",
                "signal 6".into()
            )
            .0,
            UnreadableReason::TooLarge
        );
        assert_eq!(
            classify_crash(
                "thread '<unknown>' has overflowed its stack\n",
                "signal 6".into()
            )
            .0,
            UnreadableReason::Corrupt
        );
        assert_eq!(
            classify_crash("", "signal 11".into()).0,
            UnreadableReason::Error
        );
    }
}
