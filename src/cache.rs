//! The extraction cache: text already read from a file is not read again the next night.
//!
//! A *cache entry* is one [`Extracted`] value (the whole extraction outcome, pages and status)
//! filed under the *content hash* of the file (blake3 of its bytes) and a *key* naming the
//! extractor, its version and the [`ExtractOptions`] (see [`key_extra`]): the same bytes read by
//! the same extractor with the same options always give the same text, wherever the file lies
//! and whatever it is called. A second table, the *fast path*, maps (absolute path, size,
//! modification time) to the content hash, so that an unchanged file is neither extracted nor
//! even re-hashed.
//!
//! The store is one SQLite file (`extract-v1.sqlite`, the schema version in the name so that
//! tools of different schemas never fight over one file) in write-ahead-log mode. Every store
//! is its own transaction and reaches the operating system before the call returns, so a run
//! killed with SIGKILL and restarted with the same command redoes only the documents that were
//! being read when it died. Entries are zstd-compressed (with zstd's content checksum) and carry
//! a blake3 sum of their key and data: a damaged entry is a miss, never a wrong text. A damaged
//! or foreign file is moved aside to `*.corrupt-<timestamp>` and the cache starts anew. The
//! cache holds the text of documents about children, so its folder is 0700 and its files 0600.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rusqlite::{params, Connection, ErrorCode, OptionalExtension};

use crate::cli::{CacheArgs, ExitCode};
use crate::cpr;
use crate::extract::{extractor_for, ExtractOptions, Extracted};
use crate::model::UnreadableReason;
use crate::worker::Pool;

/// The cache file inside the cache folder.
pub const FILE_NAME: &str = "extract-v1.sqlite";
/// SQLite's `application_id` of a casegap cache ("CGAP"): tells our file from a foreign one.
const APPLICATION_ID: i32 = 0x4347_4150;
/// SQLite's `user_version`: the schema of this file. A new schema gets a new [`FILE_NAME`] too.
const SCHEMA_VERSION: i32 = 1;
/// The first 16 bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// A file modified this recently is not put on the fast path: a second write of the same size
/// within the file system's timestamp granularity would otherwise go unnoticed (git's "racy
/// clean" problem). Its content is still cached by hash.
const RACY_WINDOW: Duration = Duration::from_secs(2);
/// `last_used` is rewritten on a hit only when older than this, so that a night of hits is not
/// a night of writes; LRU at hour granularity is plenty for pruning.
const TOUCH_EVERY_S: i64 = 3600;
/// zstd level: 3 is zstd's default; extracted text compresses about 4:1 at it, and higher levels
/// cost more time than the disk they save.
const ZSTD_LEVEL: i32 = 3;

/// The size and modification time of a file: the fast path's "has it changed?" test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    pub size: u64,
    /// Nanoseconds since the epoch (negative before it).
    pub mtime_ns: i64,
}

impl FileStamp {
    pub fn of(meta: &fs::Metadata) -> FileStamp {
        FileStamp {
            size: meta.len(),
            mtime_ns: meta.mtime().saturating_mul(1_000_000_000) + meta.mtime_nsec(),
        }
    }
}

/// Figures of `casegap cache stats`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CacheStats {
    pub location: PathBuf,
    /// Cached extractions.
    pub entries: u64,
    /// Their compressed size.
    pub bytes: u64,
    /// Fast-path records (path, size, mtime → hash).
    pub paths: u64,
    /// The cache files' size on disk (database and write-ahead log).
    pub disk_bytes: u64,
}

/// What `prune` removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PruneOutcome {
    pub removed: u64,
    pub disk_before: u64,
    pub disk_after: u64,
}

/// An open extraction cache. All methods take `&self` and may be called from many threads:
/// one connection behind a mutex, because SQLite writes are serial anyway and a lookup takes
/// microseconds next to the milliseconds of an extraction.
pub struct Cache {
    conn: Mutex<Connection>,
    file: PathBuf,
    /// Set when the database failed under us mid-run: from then on every call is a miss, so a
    /// failing disk costs speed, never a wrong result or a crash.
    broken: AtomicBool,
    warnings: Mutex<Vec<String>>,
    /// Extractions served from the cache / read by a worker since it was opened.
    hits: AtomicU64,
    misses: AtomicU64,
}

/// The default cache folder: `$XDG_CACHE_HOME/casegap`, else `~/.cache/casegap`. `None` when
/// neither variable gives an absolute path (the XDG spec says to ignore relative ones).
pub fn default_dir() -> Option<PathBuf> {
    let abs = |v: Option<std::ffi::OsString>| {
        v.map(PathBuf::from)
            .filter(|p| p.is_absolute() && !p.as_os_str().is_empty())
    };
    if let Some(x) = abs(std::env::var_os("XDG_CACHE_HOME")) {
        return Some(x.join("casegap"));
    }
    abs(std::env::var_os("HOME")).map(|h| h.join(".cache").join("casegap"))
}

/// The cache folder of a run: `--cache DIR`, else the default.
pub fn resolve_dir(flag: Option<&Path>) -> Result<PathBuf, String> {
    match flag {
        Some(d) => Ok(d.to_path_buf()),
        None => default_dir().ok_or_else(|| {
            "no cache folder: neither XDG_CACHE_HOME nor HOME is set; give --cache DIR or \
             --no-cache"
                .to_string()
        }),
    }
}

/// Why opening failed in a way that moving the file aside cures.
enum OpenError {
    /// The file is damaged or not ours.
    Bad(String),
    /// Anything else (permissions, a busy file, a full disk): moving aside would not help and
    /// could destroy a good cache that another process holds.
    Other(String),
}

impl Cache {
    /// Opens (creating if needed) the cache in `dir`. A damaged or foreign cache file is moved
    /// aside and replaced by an empty one; the returned warning says so, for the caller to
    /// print. An error means no cache can be had here; the caller may run without one.
    pub fn open(dir: &Path) -> Result<(Cache, Option<String>), String> {
        make_private_dir(dir)?;
        let file = dir.join(FILE_NAME);
        match open_checked(&file) {
            Ok(conn) => Ok((Cache::wrap(conn, file), None)),
            Err(OpenError::Other(e)) => Err(format!(
                "cannot open the extraction cache '{}': {e}",
                shown(&file)
            )),
            Err(OpenError::Bad(why)) => {
                let aside = set_aside(&file)?;
                let conn = match open_checked(&file) {
                    Ok(c) => c,
                    Err(OpenError::Bad(e) | OpenError::Other(e)) => {
                        return Err(format!(
                            "cannot create the extraction cache '{}': {e}",
                            shown(&file)
                        ))
                    }
                };
                let warning = format!(
                    "the extraction cache '{}' was unusable ({why}); it was moved aside to '{}' \
                     and a new one started",
                    shown(&file),
                    shown(&aside)
                );
                Ok((Cache::wrap(conn, file), Some(warning)))
            }
        }
    }

    fn wrap(conn: Connection, file: PathBuf) -> Cache {
        Cache {
            conn: Mutex::new(conn),
            file,
            broken: AtomicBool::new(false),
            warnings: Mutex::new(Vec::new()),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
        }
    }

    /// The cache file.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// (hits, misses) of [`extract_cached`] since the cache was opened: a miss is a file a
    /// worker read. After a killed run, the restart's misses are the documents redone.
    pub fn hit_counts(&self) -> (u64, u64) {
        (
            self.hits.load(Ordering::Relaxed),
            self.misses.load(Ordering::Relaxed),
        )
    }

    /// Problems met since the cache was opened (each once), for the caller to log. They never
    /// change a result: a failing cache only turns into misses.
    pub fn take_warnings(&self) -> Vec<String> {
        self.warnings
            .lock()
            .map(|mut w| std::mem::take(&mut *w))
            .unwrap_or_default()
    }

    fn warn(&self, msg: String) {
        if let Ok(mut w) = self.warnings.lock() {
            if !w.contains(&msg) {
                w.push(msg);
            }
        }
    }

    /// Runs `f` on the connection; database errors disable the cache for the rest of the run
    /// (after a warning) and come back as `None`.
    fn with_conn<T>(&self, f: impl FnOnce(&mut Connection) -> rusqlite::Result<T>) -> Option<T> {
        if self.broken.load(Ordering::Relaxed) {
            return None;
        }
        let mut conn = match self.conn.lock() {
            Ok(c) => c,
            Err(_) => return None,
        };
        match f(&mut conn) {
            Ok(v) => Some(v),
            Err(e) => {
                // A busy database (another process's long write) is a passing miss; anything
                // else (corruption, a full disk, I/O errors) will not get better this run.
                if !matches!(
                    e.sqlite_error_code(),
                    Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
                ) {
                    self.broken.store(true, Ordering::Relaxed);
                    self.warn(format!(
                        "the extraction cache '{}' failed ({}); continuing without it",
                        shown(&self.file),
                        cpr::mask(&e.to_string())
                    ));
                }
                None
            }
        }
    }

    /// The fast path: the extraction of `path` if it is unchanged since it was stored (same
    /// size and modification time) and was read with the same `key` (see [`key_extra`]).
    pub fn lookup<T: serde::de::DeserializeOwned>(
        &self,
        path: &Path,
        stamp: FileStamp,
        key: &str,
    ) -> Option<T> {
        let abs = absolute(path);
        let row = self.with_conn(|c| {
            c.prepare_cached(
                "SELECT e.hash, e.data, e.sum, e.last_used FROM files f
                 JOIN extractions e ON e.hash = f.hash AND e.key = ?4
                 WHERE f.path = ?1 AND f.size = ?2 AND f.mtime_ns = ?3",
            )?
            .query_row(
                params![
                    abs.as_os_str().as_bytes(),
                    stamp.size as i64,
                    stamp.mtime_ns,
                    key
                ],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Vec<u8>>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, i64>(3)?,
                    ))
                },
            )
            .optional()
        })??;
        self.decode_hit(&row.0, key, &row.1, &row.2, row.3)
    }

    /// The content hash recorded for `path` as it is now (`stamp`), if any.
    pub fn hash_of(&self, path: &Path, stamp: FileStamp) -> Option<String> {
        let abs = absolute(path);
        self.with_conn(|c| {
            c.prepare_cached(
                "SELECT hash FROM files WHERE path = ?1 AND size = ?2 AND mtime_ns = ?3",
            )?
            .query_row(
                params![
                    abs.as_os_str().as_bytes(),
                    stamp.size as i64,
                    stamp.mtime_ns
                ],
                |r| r.get::<_, String>(0),
            )
            .optional()
        })
        .flatten()
    }

    /// The slow path: the extraction of any file with these bytes, read with the same `key`.
    pub fn lookup_content<T: serde::de::DeserializeOwned>(
        &self,
        hash: &str,
        key: &str,
    ) -> Option<T> {
        let row = self.with_conn(|c| {
            c.prepare_cached(
                "SELECT data, sum, last_used FROM extractions WHERE hash = ?1 AND key = ?2",
            )?
            .query_row(params![hash, key], |r| {
                Ok((
                    r.get::<_, Vec<u8>>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })
            .optional()
        })??;
        self.decode_hit(hash, key, &row.0, &row.1, row.2)
    }

    /// Checks and decodes a hit; a damaged entry is deleted and counts as a miss.
    fn decode_hit<T: serde::de::DeserializeOwned>(
        &self,
        hash: &str,
        key: &str,
        data: &[u8],
        sum: &str,
        last_used: i64,
    ) -> Option<T> {
        match decode(hash, key, data, sum) {
            Some(ex) => {
                let now = unix_now();
                // A write per hit would make a warm run write as much as a cold one; the
                // recency the pruning needs is coarse, so only stale entries are touched.
                if last_used >= now - TOUCH_EVERY_S {
                    return Some(ex);
                }
                self.with_conn(|c| {
                    c.prepare_cached(
                        "UPDATE extractions SET last_used = ?3
                         WHERE hash = ?1 AND key = ?2 AND last_used < ?3 - ?4",
                    )?
                    .execute(params![hash, key, now, TOUCH_EVERY_S])
                });
                Some(ex)
            }
            None => {
                self.warn(format!(
                    "a damaged entry in the extraction cache '{}' was dropped and read anew",
                    shown(&self.file)
                ));
                self.with_conn(|c| {
                    c.execute(
                        "DELETE FROM extractions WHERE hash = ?1 AND key = ?2",
                        params![hash, key],
                    )
                });
                None
            }
        }
    }

    /// Records that `path` (as it is now, `stamp`) has the bytes `hash`, without an extraction:
    /// used when a moved or copied file hit on content.
    pub fn remember_path(&self, path: &Path, stamp: FileStamp, hash: &str) {
        if racy(stamp) {
            return;
        }
        let abs = absolute(path);
        self.with_conn(|c| {
            c.prepare_cached(
                "INSERT OR REPLACE INTO files(path, size, mtime_ns, hash) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![
                abs.as_os_str().as_bytes(),
                stamp.size as i64,
                stamp.mtime_ns,
                hash
            ])
        });
    }

    /// Stores an extraction of `path` (whose bytes hash to `hash` and whose stamp was `stamp`
    /// when they were hashed) under `key`. Durable against a killed process when it returns.
    pub fn store<T: serde::Serialize>(
        &self,
        path: &Path,
        stamp: FileStamp,
        hash: &str,
        key: &str,
        ex: &T,
    ) {
        let Some((data, sum)) = encode(hash, key, ex) else {
            return;
        };
        let abs = absolute(path);
        let now = unix_now();
        let fast_path = !racy(stamp);
        self.with_conn(|c| {
            let tx = c.transaction()?;
            tx.prepare_cached(
                "INSERT OR REPLACE INTO extractions(hash, key, data, bytes, sum, created, last_used)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            )?
            .execute(params![hash, key, data, data.len() as i64, sum, now])?;
            if fast_path {
                tx.prepare_cached(
                    "INSERT OR REPLACE INTO files(path, size, mtime_ns, hash) VALUES (?1, ?2, ?3, ?4)",
                )?
                .execute(params![
                    abs.as_os_str().as_bytes(),
                    stamp.size as i64,
                    stamp.mtime_ns,
                    hash
                ])?;
            }
            tx.commit()
        });
    }

    /// Entry counts and sizes.
    pub fn stats(&self) -> Result<CacheStats, String> {
        let (entries, bytes, paths) = self
            .with_conn(|c| {
                let (n, b) = c.query_row(
                    "SELECT count(*), coalesce(sum(bytes), 0) FROM extractions",
                    [],
                    |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)),
                )?;
                let p = c.query_row("SELECT count(*) FROM files", [], |r| r.get::<_, i64>(0))?;
                Ok((n, b, p))
            })
            .ok_or_else(|| self.failure())?;
        Ok(CacheStats {
            location: self.file.clone(),
            entries: entries.max(0) as u64,
            bytes: bytes.max(0) as u64,
            paths: paths.max(0) as u64,
            disk_bytes: disk_size(&self.file),
        })
    }

    /// Evicts the least recently used entries until the cache file is at most `max_bytes`
    /// (estimated from the entries' sizes plus their share of the file's overhead), then
    /// compacts the file.
    pub fn prune(&self, max_bytes: u64) -> Result<PruneOutcome, String> {
        let before = disk_size(&self.file);
        let removed = self
            .with_conn(|c| {
                let (n, data): (i64, i64) = c.query_row(
                    "SELECT count(*), coalesce(sum(bytes), 0) FROM extractions",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                // The file's overhead (pages, indexes, the fast path) spread over the entries,
                // so that the trimmed file, not just the sum of blobs, meets the limit.
                let overhead = if n > 0 {
                    (before as i64 - data).max(0) / n
                } else {
                    0
                };
                let mut total = data + overhead * n;
                let tx = c.transaction()?;
                let mut doomed: Vec<(String, String)> = Vec::new();
                {
                    let mut q = tx.prepare(
                        "SELECT hash, key, bytes FROM extractions ORDER BY last_used, created",
                    )?;
                    let mut rows = q.query([])?;
                    while total > max_bytes as i64 {
                        let Some(r) = rows.next()? else { break };
                        total -= r.get::<_, i64>(2)? + overhead;
                        doomed.push((r.get(0)?, r.get(1)?));
                    }
                }
                {
                    let mut del =
                        tx.prepare("DELETE FROM extractions WHERE hash = ?1 AND key = ?2")?;
                    for (h, k) in &doomed {
                        del.execute(params![h, k])?;
                    }
                }
                tx.execute(
                    "DELETE FROM files WHERE hash NOT IN (SELECT hash FROM extractions)",
                    [],
                )?;
                tx.commit()?;
                Ok(doomed.len() as u64)
            })
            .ok_or_else(|| self.failure())?;
        self.compact()?;
        Ok(PruneOutcome {
            removed,
            disk_before: before,
            disk_after: disk_size(&self.file),
        })
    }

    /// Removes every entry.
    pub fn clear(&self) -> Result<u64, String> {
        let n = self
            .with_conn(|c| {
                let n = c.query_row("SELECT count(*) FROM extractions", [], |r| {
                    r.get::<_, i64>(0)
                })?;
                c.execute_batch("DELETE FROM extractions; DELETE FROM files;")?;
                Ok(n.max(0) as u64)
            })
            .ok_or_else(|| self.failure())?;
        self.compact()?;
        Ok(n)
    }

    /// Gives freed pages back to the file system.
    fn compact(&self) -> Result<(), String> {
        self.with_conn(|c| c.execute_batch("VACUUM; PRAGMA wal_checkpoint(TRUNCATE);"))
            .ok_or_else(|| self.failure())
    }

    fn failure(&self) -> String {
        self.take_warnings()
            .pop()
            .unwrap_or_else(|| format!("the extraction cache '{}' failed", shown(&self.file)))
    }
}

/// Creates `dir` as 0700 and tightens an existing one we own: the cache holds the text of case
/// documents.
fn make_private_dir(dir: &Path) -> Result<(), String> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| format!("cannot create the cache folder '{}': {e}", shown(dir)))?;
    tighten(dir, 0o700);
    Ok(())
}

/// Sets `mode` on a file or folder we own when it is wider; someone else's is left alone (and
/// cannot be changed anyway).
fn tighten(p: &Path, mode: u32) {
    if let Ok(m) = fs::metadata(p) {
        // SAFETY: geteuid has no preconditions.
        let me = unsafe { libc::geteuid() };
        if m.uid() == me && m.permissions().mode() & 0o777 != mode {
            let _ = fs::set_permissions(p, fs::Permissions::from_mode(mode));
        }
    }
}

/// Opens the cache file and checks that it is ours, of our schema, and sound.
fn open_checked(file: &Path) -> Result<Connection, OpenError> {
    // A file that does not start with SQLite's magic is not a database at all; SQLite would
    // say so too, but only at the first query, and some damage it reports as a generic error.
    match File::open(file) {
        Ok(mut f) => {
            let mut head = [0u8; 16];
            let n = f.read(&mut head).unwrap_or(0);
            if n > 0 && (n < 16 || &head != SQLITE_MAGIC) {
                return Err(OpenError::Bad("not an SQLite file".into()));
            }
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            // Created here with 0600 before SQLite sees it; SQLite gives its -wal and -shm
            // files the same mode.
            OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(false)
                .mode(0o600)
                .open(file)
                .map_err(|e| OpenError::Other(e.to_string()))?;
        }
        Err(e) => return Err(OpenError::Other(e.to_string())),
    }
    tighten(file, 0o600);
    let conn = Connection::open(file).map_err(classify)?;
    conn.busy_timeout(Duration::from_secs(30))
        .map_err(classify)?;
    // WAL with synchronous=NORMAL: a commit is in the OS's hands when it returns, so it
    // survives the process being killed; only a power cut may lose the last few, which merely
    // get extracted again.
    conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")
        .map_err(classify)?;
    for side in ["-wal", "-shm"] {
        let mut s = file.as_os_str().to_owned();
        s.push(side);
        tighten(Path::new(&s), 0o600);
    }
    let pragma = |name: &str| -> Result<i32, OpenError> {
        conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))
            .map_err(classify)
    };
    let app = pragma("application_id")?;
    let version = pragma("user_version")?;
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(classify)?;
    if app == 0 && version == 0 && tables == 0 {
        conn.execute_batch(&format!(
            "BEGIN;
             CREATE TABLE extractions(
                 hash TEXT NOT NULL, key TEXT NOT NULL, data BLOB NOT NULL,
                 bytes INTEGER NOT NULL, sum TEXT NOT NULL,
                 created INTEGER NOT NULL, last_used INTEGER NOT NULL,
                 PRIMARY KEY (hash, key)) WITHOUT ROWID;
             CREATE INDEX extractions_lru ON extractions(last_used);
             CREATE TABLE files(
                 path BLOB PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
                 hash TEXT NOT NULL) WITHOUT ROWID;
             PRAGMA application_id = {APPLICATION_ID};
             PRAGMA user_version = {SCHEMA_VERSION};
             COMMIT;"
        ))
        .map_err(classify)?;
        return Ok(conn);
    }
    if app != APPLICATION_ID {
        return Err(OpenError::Bad("not a casegap cache".into()));
    }
    if version != SCHEMA_VERSION {
        return Err(OpenError::Bad(format!(
            "schema {version}, expected {SCHEMA_VERSION}"
        )));
    }
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(classify)?;
    if check != "ok" {
        return Err(OpenError::Bad("failed SQLite's integrity check".into()));
    }
    Ok(conn)
}

fn classify(e: rusqlite::Error) -> OpenError {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => OpenError::Bad(e.to_string()),
        _ => OpenError::Other(e.to_string()),
    }
}

/// Moves a bad cache file (and its write-ahead log) to `*.corrupt-<timestamp>`, kept for a
/// post-mortem rather than deleted.
fn set_aside(file: &Path) -> Result<PathBuf, String> {
    let stamp = chrono::Local::now().format("%Y%m%dT%H%M%S");
    let mut aside = PathBuf::from(format!("{}.corrupt-{stamp}", file.display()));
    let mut n = 1;
    while aside.exists() {
        n += 1;
        aside = PathBuf::from(format!("{}.corrupt-{stamp}-{n}", file.display()));
    }
    fs::rename(file, &aside).map_err(|e| {
        format!(
            "the extraction cache '{}' is unusable and cannot be moved aside: {e}",
            shown(file)
        )
    })?;
    let side = |suffix: &str| PathBuf::from(format!("{}{suffix}", file.display()));
    let _ = fs::rename(side("-wal"), format!("{}-wal", aside.display()));
    // The shared-memory index is rebuilt from the log; a stale one must not meet a new file.
    let _ = fs::remove_file(side("-shm"));
    Ok(aside)
}

fn encode<T: serde::Serialize>(hash: &str, key: &str, ex: &T) -> Option<(Vec<u8>, String)> {
    let json = serde_json::to_vec(ex).ok()?;
    // A single frame that records its size, so decoding can allocate once (see `decode`).
    let data = zstd::bulk::compress(&json, ZSTD_LEVEL).ok()?;
    let sum = entry_sum(hash, key, &data);
    Some((data, sum))
}

fn decode<T: serde::de::DeserializeOwned>(
    hash: &str,
    key: &str,
    data: &[u8],
    sum: &str,
) -> Option<T> {
    if entry_sum(hash, key, data) != sum {
        return None;
    }
    // One decompression context per thread: creating one per entry dominated a warm scan.
    thread_local! {
        static DCTX: std::cell::RefCell<Option<zstd::bulk::Decompressor<'static>>> =
            const { std::cell::RefCell::new(None) };
    }
    let size = zstd::zstd_safe::get_frame_content_size(data).ok().flatten();
    let json = match size {
        Some(n) if n <= MAX_ENTRY_BYTES => DCTX.with(|cell| {
            let mut slot = cell.borrow_mut();
            if slot.is_none() {
                *slot = zstd::bulk::Decompressor::new().ok();
            }
            slot.as_mut()?.decompress(data, n as usize).ok()
        })?,
        // Entries written before sizes were recorded.
        _ => zstd::stream::decode_all(data).ok()?,
    };
    serde_json::from_slice(&json).ok()
}

/// The largest decompressed entry accepted (a damaged size field must not allocate gigabytes).
const MAX_ENTRY_BYTES: u64 = 512 * 1024 * 1024;

/// Binds an entry's data to its key, so that a row damaged, or copied under another key, is
/// recognised.
fn entry_sum(hash: &str, key: &str, data: &[u8]) -> String {
    let mut h = blake3::Hasher::new();
    h.update(hash.as_bytes());
    h.update(&[0]);
    h.update(key.as_bytes());
    h.update(&[0]);
    h.update(data);
    h.finalize().to_hex()[..32].to_string()
}

/// blake3 of a file's bytes, hex, read in a stream (files may be hundreds of MiB).
pub fn content_hash(path: &Path) -> io::Result<String> {
    let mut h = blake3::Hasher::new();
    h.update_reader(File::open(path)?)?;
    Ok(h.finalize().to_hex().to_string())
}

/// The part of an entry's key besides the content hash: extractor name and version, and the
/// options that change its output. OCR languages matter only when OCR is on, so a run without
/// OCR hits whatever languages it was given. `None` for a file no extractor reads.
pub fn key_extra(path: &Path, opts: &ExtractOptions) -> Option<String> {
    let e = extractor_for(path)?;
    Some(if opts.ocr {
        format!("{}/{};ocr={}", e.name(), e.version(), opts.ocr_languages)
    } else {
        format!("{}/{};ocr=off", e.name(), e.version())
    })
}

/// Whether an outcome is a fact about the bytes, worth keeping. Timeouts, memory and size
/// limits and I/O errors depend on the machine, the load and the flags of one run, so they are
/// tried again next time.
pub fn cacheable(ex: &Extracted) -> bool {
    match &ex.failure {
        None => true,
        Some(f) => matches!(
            f.reason,
            UnreadableReason::NoText | UnreadableReason::Encrypted | UnreadableReason::Corrupt
        ),
    }
}

/// Extracts `path` through the cache: the fast path, then the content hash, then a worker
/// (storing what it read). Without a cache this is `pool.extract(path)`. Never fails, like
/// [`Pool::extract`].
pub fn extract_cached(cache: Option<&Cache>, pool: &Pool, path: &Path) -> Extracted {
    let Some(cache) = cache else {
        return pool.extract(path);
    };
    let Some(key) = key_extra(path, &pool.config().options) else {
        return pool.extract(path);
    };
    let stamp = match fs::metadata(path) {
        // Too large is decided by the pool without reading; no point hashing the file first.
        Ok(m) if m.len() <= pool.config().max_file_bytes => FileStamp::of(&m),
        _ => return pool.extract(path),
    };
    if let Some(ex) = cache.lookup(path, stamp, &key) {
        cache.hits.fetch_add(1, Ordering::Relaxed);
        return ex;
    }
    let Ok(hash) = content_hash(path) else {
        return pool.extract(path);
    };
    if let Some(ex) = cache.lookup_content(&hash, &key) {
        cache.remember_path(path, stamp, &hash);
        cache.hits.fetch_add(1, Ordering::Relaxed);
        return ex;
    }
    cache.misses.fetch_add(1, Ordering::Relaxed);
    let ex = pool.extract(path);
    // A file rewritten while it was hashed or read would file one content's text under
    // another's hash; such a result is used but not kept.
    let unchanged = fs::metadata(path).is_ok_and(|m| FileStamp::of(&m) == stamp);
    if unchanged && cacheable(&ex) {
        cache.store(path, stamp, &hash, &key, &ex);
    }
    ex
}

/// A value derived from a file (its detected documents), remembered like an extraction: by the
/// file's path, size and modification time, under `key` (which must name everything the value
/// depends on besides the bytes). `compute` runs on a miss; its result is stored when `keep`
/// says it is a lasting one (not a timeout of tonight's busy machine).
pub fn derived_cached<T, F>(
    cache: Option<&Cache>,
    path: &Path,
    key: &str,
    keep: fn(&T) -> bool,
    compute: F,
) -> T
where
    T: serde::Serialize + serde::de::DeserializeOwned,
    F: FnOnce() -> T,
{
    let Some(cache) = cache else { return compute() };
    let Ok(stamp) = fs::metadata(path).map(|m| FileStamp::of(&m)) else {
        return compute();
    };
    if let Some(v) = cache.lookup::<T>(path, stamp, key) {
        return v;
    }
    let v = compute();
    // Only for a file that is unchanged since it was read, with its bytes' hash.
    if keep(&v) && fs::metadata(path).is_ok_and(|m| FileStamp::of(&m) == stamp) && !racy(stamp) {
        // The extraction just stored recorded the bytes' hash; hash again only without it.
        let hash = cache
            .hash_of(path, stamp)
            .or_else(|| content_hash(path).ok());
        if let Some(hash) = hash {
            cache.store(path, stamp, &hash, key, &v);
        }
    }
    v
}

/// Runs `casegap cache stats|prune|clear`.
pub fn run_command(args: &CacheArgs) -> Result<ExitCode, String> {
    let dir = resolve_dir(args.cache.as_deref())?;
    let action = args.action.trim().to_ascii_lowercase();
    if !matches!(action.as_str(), "stats" | "prune" | "clear") {
        return Err(format!(
            "unknown cache action '{}'; use stats, prune or clear",
            cpr::mask(&args.action)
        ));
    }
    if action == "prune" && args.max_size.is_none() {
        return Err("cache prune needs --max-size, e.g. --max-size 500M".into());
    }
    if action != "prune" && args.max_size.is_some() {
        return Err("--max-size is for `casegap cache prune` only".into());
    }
    let max = args.max_size.as_deref().map(parse_size).transpose()?;
    if action == "stats" && !dir.join(FILE_NAME).exists() {
        println!("location: {}", shown(&dir.join(FILE_NAME)));
        println!("entries: 0 (no cache yet)");
        return Ok(ExitCode::Ok);
    }
    let (cache, warning) = Cache::open(&dir)?;
    if let Some(w) = warning {
        eprintln!("casegap: warning: {}", cpr::mask(&w));
    }
    match action.as_str() {
        "stats" => {
            let s = cache.stats()?;
            println!("location: {}", shown(&s.location));
            println!("entries: {}", s.entries);
            println!("bytes: {} ({})", s.bytes, human(s.bytes));
            println!("paths: {}", s.paths);
            println!("on disk: {} ({})", s.disk_bytes, human(s.disk_bytes));
        }
        "prune" => {
            let o = cache.prune(max.unwrap_or(0))?;
            println!(
                "removed {} entries; {} → {}",
                o.removed,
                human(o.disk_before),
                human(o.disk_after)
            );
        }
        _ => {
            let n = cache.clear()?;
            println!("removed {n} entries from {}", shown(cache.file()));
        }
    }
    Ok(ExitCode::Ok)
}

/// Parses a size: bytes, or a number with K, M, G or T (powers of 1024; `KB`, `MiB` and
/// lower case accepted), e.g. `500M`, `1.5G`.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let bad = || format!("'{}' is not a size; write e.g. 500M or 2G", cpr::mask(s));
    let n: f64 = num.parse().map_err(|_| bad())?;
    let shift = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 0,
        "K" | "KB" | "KIB" => 10,
        "M" | "MB" | "MIB" => 20,
        "G" | "GB" | "GIB" => 30,
        "T" | "TB" | "TIB" => 40,
        _ => return Err(bad()),
    };
    let v = n * (1u64 << shift) as f64;
    if !v.is_finite() || v < 0.0 || v > u64::MAX as f64 {
        return Err(bad());
    }
    Ok(v as u64)
}

fn human(b: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = b as f64;
    let mut i = 0;
    while v >= 1024.0 && i + 1 < UNITS.len() {
        v /= 1024.0;
        i += 1;
    }
    if i == 0 {
        format!("{b} B")
    } else {
        format!("{v:.1} {}", UNITS[i])
    }
}

fn disk_size(file: &Path) -> u64 {
    ["", "-wal"]
        .iter()
        .filter_map(|s| fs::metadata(format!("{}{s}", file.display())).ok())
        .map(|m| m.len())
        .sum()
}

fn racy(stamp: FileStamp) -> bool {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(i64::MAX);
    now.saturating_sub(stamp.mtime_ns) < RACY_WINDOW.as_nanos() as i64
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Fast-path paths are absolute so that runs from different working folders share entries.
fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// A path for a message: CPR-masked (cache paths normally hold none, but `--cache` is free).
fn shown(p: &Path) -> String {
    cpr::mask(&p.display().to_string()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::worker::WorkerConfig;
    use std::sync::Arc;

    fn sample(text: &str) -> Extracted {
        let mut ex = Extracted::ok("text", vec![text.to_string(), "side 2".into()]);
        ex.encoding = Some("UTF-8".into());
        ex
    }

    /// A file whose mtime is well outside the racy window.
    fn old_file(dir: &Path, name: &str, body: &str) -> (PathBuf, FileStamp) {
        let p = dir.join(name);
        fs::write(&p, body).unwrap();
        let f = File::options().write(true).open(&p).unwrap();
        f.set_modified(SystemTime::now() - Duration::from_secs(3600))
            .unwrap();
        let stamp = FileStamp::of(&fs::metadata(&p).unwrap());
        (p, stamp)
    }

    fn open(dir: &Path) -> Cache {
        let (c, w) = Cache::open(dir).unwrap();
        assert!(w.is_none(), "{w:?}");
        c
    }

    #[test]
    fn round_trip_survives_reopening() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("cache");
        let (p, st) = old_file(tmp.path(), "a.txt", "Underretning modtaget");
        let h = content_hash(&p).unwrap();
        let ex = sample("Underretning modtaget den 12. marts 2015");
        {
            let c = open(&dir);
            assert_eq!(c.lookup::<Extracted>(&p, st, "text/1;ocr=off"), None);
            c.store(&p, st, &h, "text/1;ocr=off", &ex);
        }
        let c = open(&dir);
        assert_eq!(
            c.lookup::<Extracted>(&p, st, "text/1;ocr=off"),
            Some(ex.clone())
        );
        assert_eq!(
            c.lookup_content::<Extracted>(&h, "text/1;ocr=off"),
            Some(ex)
        );
        // Another extractor version or OCR setting is another entry.
        assert_eq!(c.lookup::<Extracted>(&p, st, "text/2;ocr=off"), None);
        assert_eq!(c.lookup_content::<Extracted>(&h, "text/1;ocr=dan"), None);
        let s = c.stats().unwrap();
        assert_eq!((s.entries, s.paths), (1, 1));
        assert!(s.bytes > 0 && s.disk_bytes > 0);
    }

    #[test]
    fn fast_path_misses_when_the_file_changes() {
        let tmp = tempfile::tempdir().unwrap();
        let c = open(&tmp.path().join("c"));
        let (p, st) = old_file(tmp.path(), "a.txt", "one");
        let h = content_hash(&p).unwrap();
        c.store(&p, st, &h, "k", &sample("one"));
        assert!(c.lookup::<Extracted>(&p, st, "k").is_some());
        let later = FileStamp {
            mtime_ns: st.mtime_ns + 1,
            ..st
        };
        assert_eq!(c.lookup::<Extracted>(&p, later, "k"), None);
        let bigger = FileStamp {
            size: st.size + 1,
            ..st
        };
        assert_eq!(c.lookup::<Extracted>(&p, bigger, "k"), None);
        // The content is still known by its hash.
        assert!(c.lookup_content::<Extracted>(&h, "k").is_some());
    }

    #[test]
    fn recently_modified_files_skip_the_fast_path() {
        let tmp = tempfile::tempdir().unwrap();
        let c = open(&tmp.path().join("c"));
        let p = tmp.path().join("fresh.txt");
        fs::write(&p, "new").unwrap();
        let st = FileStamp::of(&fs::metadata(&p).unwrap());
        let h = content_hash(&p).unwrap();
        c.store(&p, st, &h, "k", &sample("new"));
        assert_eq!(c.lookup::<Extracted>(&p, st, "k"), None);
        assert!(c.lookup_content::<Extracted>(&h, "k").is_some());
    }

    #[test]
    fn corrupt_and_foreign_files_are_set_aside() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("c");
        fs::create_dir_all(&dir).unwrap();
        fs::write(
            dir.join(FILE_NAME),
            b"this is not a database at all, just junk bytes",
        )
        .unwrap();
        let (c, w) = Cache::open(&dir).unwrap();
        let w = w.expect("a warning");
        assert!(w.contains("moved aside"), "{w}");
        let aside: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().contains(".corrupt-"))
            .collect();
        assert_eq!(aside.len(), 1);
        // The new cache works.
        let (p, st) = old_file(tmp.path(), "a.txt", "x");
        c.store(&p, st, "h", "k", &sample("x"));
        assert!(c.lookup::<Extracted>(&p, st, "k").is_some());
        drop(c);

        // A sound SQLite file that is not ours.
        fs::remove_file(dir.join(FILE_NAME)).unwrap();
        let _ = fs::remove_file(dir.join(format!("{FILE_NAME}-wal")));
        let _ = fs::remove_file(dir.join(format!("{FILE_NAME}-shm")));
        let foreign = Connection::open(dir.join(FILE_NAME)).unwrap();
        foreign
            .execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
            .unwrap();
        drop(foreign);
        let (_c, w) = Cache::open(&dir).unwrap();
        assert!(w.unwrap().contains("not a casegap cache"));
    }

    #[test]
    fn damaged_pages_are_detected() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("c");
        {
            let c = open(&dir);
            let (p, st) = old_file(tmp.path(), "a.txt", "x");
            for i in 0..200 {
                let text = format!("{i} {}", "tekst ".repeat(200));
                c.store(&p, st, &format!("h{i}"), "k", &sample(&text));
            }
            c.with_conn(|c| c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);"));
        }
        // Scribble over the middle of the file, past the header.
        let f = dir.join(FILE_NAME);
        let mut bytes = fs::read(&f).unwrap();
        let mid = bytes.len() / 2;
        for b in &mut bytes[mid..mid + 8192] {
            *b = 0xA5;
        }
        fs::write(&f, bytes).unwrap();
        let (c, w) = Cache::open(&dir).unwrap();
        assert!(w.is_some());
        assert_eq!(c.stats().unwrap().entries, 0);
    }

    #[test]
    fn a_damaged_entry_is_a_miss() {
        let tmp = tempfile::tempdir().unwrap();
        let c = open(&tmp.path().join("c"));
        let (p, st) = old_file(tmp.path(), "a.txt", "x");
        c.store(&p, st, "h", "k", &sample("x"));
        c.with_conn(|c| c.execute("UPDATE extractions SET data = x'28b52ffd00'", []));
        assert_eq!(c.lookup::<Extracted>(&p, st, "k"), None);
        assert_eq!(c.stats().unwrap().entries, 0);
        assert_eq!(c.take_warnings().len(), 1);
    }

    #[test]
    fn folder_and_files_are_private() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("c");
        fs::create_dir(&dir).unwrap();
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
        let c = open(&dir);
        let (p, st) = old_file(tmp.path(), "a.txt", "x");
        c.store(&p, st, "h", "k", &sample("x"));
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), 0o700);
        for e in fs::read_dir(&dir).unwrap() {
            let e = e.unwrap().path();
            assert_eq!(mode(&e), 0o600, "{}", e.display());
        }
    }

    #[test]
    fn concurrent_stores_and_lookups() {
        let tmp = tempfile::tempdir().unwrap();
        let c = Arc::new(open(&tmp.path().join("c")));
        let (p, st) = old_file(tmp.path(), "a.txt", "x");
        let threads: Vec<_> = (0..8)
            .map(|t| {
                let c = Arc::clone(&c);
                let p = p.clone();
                std::thread::spawn(move || {
                    for i in 0..50 {
                        let h = format!("h{t}-{i}");
                        let ex = sample(&h);
                        c.store(&p.join(&h), st, &h, "k", &ex);
                        assert_eq!(c.lookup::<Extracted>(&p.join(&h), st, "k"), Some(ex));
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let s = c.stats().unwrap();
        assert_eq!((s.entries, s.paths), (400, 400));
        assert!(c.take_warnings().is_empty());
    }

    #[test]
    fn prune_evicts_least_recently_used() {
        let tmp = tempfile::tempdir().unwrap();
        let c = open(&tmp.path().join("c"));
        let (p, st) = old_file(tmp.path(), "a.txt", "x");
        // Incompressible text, so that sizes are predictable.
        let mut seed = 7u64;
        for i in 0..40 {
            let text: String = (0..20_000)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    char::from(b'a' + (seed >> 59) as u8)
                })
                .collect();
            c.store(
                &p.join(format!("{i}")),
                st,
                &format!("h{i}"),
                "k",
                &sample(&text),
            );
        }
        // Entry i was last used at i; entry 0 is then used again.
        c.with_conn(|c| {
            c.execute(
                "UPDATE extractions SET last_used = CAST(substr(hash, 2) AS INTEGER)",
                [],
            )
        });
        c.with_conn(|c| {
            c.execute(
                "UPDATE extractions SET last_used = 1000 WHERE hash = 'h0'",
                [],
            )
        });
        let before = c.stats().unwrap();
        assert_eq!(before.entries, 40);
        let o = c.prune(before.disk_bytes / 2).unwrap();
        let after = c.stats().unwrap();
        assert!(o.removed >= 15 && o.removed <= 25, "{o:?}");
        assert!(after.disk_bytes <= before.disk_bytes / 2, "{after:?}");
        assert!(
            c.lookup_content::<Extracted>("h0", "k").is_some(),
            "recently used survives"
        );
        assert!(
            c.lookup_content::<Extracted>("h1", "k").is_none(),
            "oldest goes first"
        );
        assert!(c.lookup_content::<Extracted>("h39", "k").is_some());
        assert_eq!(after.paths, after.entries);
        assert_eq!(c.clear().unwrap(), after.entries);
        assert_eq!(c.stats().unwrap().entries, 0);
    }

    #[test]
    fn extract_cached_uses_the_fast_path_and_content_hits() {
        let tmp = tempfile::tempdir().unwrap();
        let c = open(&tmp.path().join("c"));
        // A pool that cannot start workers: a hit must never need one.
        let pool = Pool::new(WorkerConfig::new(tmp.path().join("no-such-exe")));
        let (p, st) = old_file(tmp.path(), "note.txt", "Journalnotat");
        let key = key_extra(&p, &pool.config().options).unwrap();
        let ex = sample("Journalnotat");
        c.store(&p, st, &content_hash(&p).unwrap(), &key, &ex);
        assert_eq!(extract_cached(Some(&c), &pool, &p), ex);
        // The same bytes under another name: found by content, then on the fast path.
        let (q, _) = old_file(tmp.path(), "copy.txt", "Journalnotat");
        assert_eq!(extract_cached(Some(&c), &pool, &q), ex);
        assert_eq!(c.stats().unwrap().paths, 2);
        // Without a cache the pool is asked (and here fails to start a worker).
        let miss = extract_cached(None, &pool, &p);
        assert_eq!(
            miss.failure.map(|f| f.reason),
            Some(UnreadableReason::Error)
        );
        // A worker failure is not cached.
        let (r, _) = old_file(tmp.path(), "other.txt", "andet");
        let failed = extract_cached(Some(&c), &pool, &r);
        assert!(failed.failure.is_some());
        assert_eq!(c.stats().unwrap().entries, 1);
    }

    #[test]
    fn keys_and_sizes() {
        let opts = ExtractOptions::default();
        assert!(key_extra(Path::new("a.pdf"), &opts)
            .unwrap()
            .starts_with("pdf-extract/"));
        assert!(key_extra(Path::new("a.jpg"), &opts).is_none());
        let ocr = ExtractOptions {
            ocr: true,
            ocr_languages: "dan".into(),
        };
        assert!(key_extra(Path::new("a.pdf"), &ocr)
            .unwrap()
            .ends_with("ocr=dan"));
        assert_eq!(parse_size("500M"), Ok(500 << 20));
        assert_eq!(parse_size("2G"), Ok(2 << 30));
        assert_eq!(parse_size("1.5k"), Ok(1536));
        assert_eq!(parse_size("123"), Ok(123));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("5X").is_err());
        assert!(cacheable(&Extracted::failed(
            "pdf",
            UnreadableReason::NoText,
            ""
        )));
        assert!(!cacheable(&Extracted::failed(
            "pdf",
            UnreadableReason::Timeout,
            ""
        )));
    }
}
