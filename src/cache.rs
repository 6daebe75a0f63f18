//! The extraction cache (issue: overnight runs). Not implemented yet.

use crate::cli::{CacheArgs, ExitCode};

/// Runs `casegap cache`.
pub fn run_command(_args: &CacheArgs) -> Result<ExitCode, String> {
    Err("`casegap cache` is not implemented yet".to_string())
}
