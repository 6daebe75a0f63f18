//! Log lines for unattended runs.
//!
//! A *log line* is one timestamped, CPR-masked line about the run: its start, warnings (a cache
//! set aside, a shard selection), and the closing one-line summary. On a terminal the progress
//! bar and the closing table speak instead; when stderr is not a terminal (cron, systemd,
//! Kubernetes) the lines go to stderr, and with `--log FILE` also to that file, as text or as
//! JSON objects (`--log-format json`) for log collectors.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;

use crate::cpr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

impl LogFormat {
    pub fn parse(s: &str) -> Result<LogFormat, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "text" => Ok(LogFormat::Text),
            "json" => Ok(LogFormat::Json),
            other => Err(format!(
                "--log-format '{other}' is unknown; use text or json"
            )),
        }
    }
}

/// Where log lines go.
pub struct Logger {
    format: LogFormat,
    stderr: bool,
    file: Option<Mutex<File>>,
}

impl Logger {
    /// `stderr`: write lines to stderr too (when it is not a terminal and not `--quiet`).
    pub fn new(format: LogFormat, stderr: bool, file: Option<&Path>) -> Result<Logger, String> {
        let file = match file {
            Some(p) => Some(Mutex::new(
                OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(p)
                    .map_err(|e| format!("cannot open the log file '{}': {e}", p.display()))?,
            )),
            None => None,
        };
        Ok(Logger {
            format,
            stderr,
            file,
        })
    }

    /// A logger that writes nothing.
    pub fn silent() -> Logger {
        Logger {
            format: LogFormat::Text,
            stderr: false,
            file: None,
        }
    }

    pub fn info(&self, msg: &str) {
        self.line("info", msg);
    }

    pub fn warn(&self, msg: &str) {
        self.line("warning", msg);
    }

    /// Whether any line is written at all.
    pub fn active(&self) -> bool {
        self.stderr || self.file.is_some()
    }

    fn line(&self, level: &str, msg: &str) {
        if !self.active() {
            return;
        }
        let ts = chrono::Local::now()
            .format("%Y-%m-%dT%H:%M:%S%:z")
            .to_string();
        let msg = cpr::mask(msg);
        let line = match self.format {
            LogFormat::Text => format!("{ts} casegap {level}: {msg}"),
            LogFormat::Json => {
                serde_json::json!({"time": ts, "level": level, "msg": msg}).to_string()
            }
        };
        if self.stderr {
            eprintln!("{line}");
        }
        if let Some(f) = &self.file {
            if let Ok(mut f) = f.lock() {
                let _ = writeln!(f, "{line}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_masked_and_formatted() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("run.log");
        let l = Logger::new(LogFormat::Json, false, Some(&p)).expect("logger");
        l.info("case 2019-0042 010203-1234 scanned");
        l.warn("cache set aside");
        let text = std::fs::read_to_string(&p).expect("log");
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|x| serde_json::from_str(x).expect("json"))
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["msg"], "case 2019-0042 XXXXXX-XXXX scanned");
        assert_eq!(lines[1]["level"], "warning");
        assert!(LogFormat::parse("xml").is_err());
    }
}
