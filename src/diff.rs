//! Changes between two scans (issue: overnight runs). Not implemented yet.

use crate::cli::{DiffArgs, ExitCode};

/// Runs `casegap diff`.
pub fn run(_args: &DiffArgs) -> Result<ExitCode, String> {
    Err("`casegap diff` is not implemented yet".to_string())
}
