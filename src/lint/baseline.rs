//! Baselines: record today's findings so CI reports only new ones, letting a team adopt
//! specforge on a large vendor spec gradually.
//!
//! A finding is matched by rule, file and JSON pointer (its message when it has no pointer), not
//! by line, so edits elsewhere in the file do not invalidate the baseline.

use crate::diag::Diagnostic;
use crate::source::SourceMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One recorded finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    /// Rule code.
    pub code: String,
    /// File, as displayed.
    pub file: String,
    /// JSON pointer (or the message when the finding has none).
    pub key: String,
}

/// A baseline file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Baseline {
    /// Format version.
    pub version: u32,
    /// The recorded findings, sorted.
    pub findings: BTreeSet<Entry>,
}

fn entry(d: &Diagnostic, sources: &SourceMap) -> Entry {
    let p = d.primary.as_deref();
    Entry {
        code: d.code.to_string(),
        file: p
            .map(|p| sources.name(p.loc.file).to_string())
            .unwrap_or_default(),
        key: p
            .and_then(|p| p.pointer.clone())
            .unwrap_or_else(|| d.message.clone()),
    }
}

impl Baseline {
    /// A baseline of `findings`.
    pub fn record(findings: &[Diagnostic], sources: &SourceMap) -> Self {
        Baseline {
            version: 1,
            findings: findings.iter().map(|d| entry(d, sources)).collect(),
        }
    }

    /// Serialised, stable (sorted) JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("serialises") + "\n"
    }

    /// Parses a baseline file.
    pub fn parse(text: &str) -> Result<Self, String> {
        serde_json::from_str(text).map_err(|e| format!("not a specforge baseline: {e}"))
    }

    /// The findings not in the baseline.
    pub fn new_findings(&self, findings: Vec<Diagnostic>, sources: &SourceMap) -> Vec<Diagnostic> {
        findings
            .into_iter()
            .filter(|d| !self.findings.contains(&entry(d, sources)))
            .collect()
    }
}
