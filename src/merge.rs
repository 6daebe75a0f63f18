//! Merging sharded scans (issue: overnight runs). Not implemented yet.

use crate::cli::{ExitCode, MergeArgs};

/// Runs `casegap merge`.
pub fn run(_args: &MergeArgs) -> Result<ExitCode, String> {
    Err("`casegap merge` is not implemented yet".to_string())
}
