//! Renderers of findings, one per output format. All take the same [`Diagnostic`]s; none
//! knows about rules beyond their code, name and documentation.

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use crate::diag::{Diagnostic, Severity};

/// Counts by severity.
#[derive(Debug, Clone, Copy, Default, serde::Serialize)]
pub struct Summary {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
}

impl Summary {
    /// Counts `findings`.
    pub fn of(findings: &[Diagnostic]) -> Self {
        let mut s = Summary::default();
        for f in findings {
            match f.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
        }
        s
    }
}
