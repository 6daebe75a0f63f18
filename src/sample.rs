//! Samples of cases for auditors (issue: sample reviews). Not implemented yet.

use crate::cli::{ExitCode, SampleArgs};

/// Runs `casegap sample`.
pub fn run(_args: &SampleArgs) -> Result<ExitCode, String> {
    Err("`casegap sample` is not implemented yet".to_string())
}
