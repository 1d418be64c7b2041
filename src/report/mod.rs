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

/// How many findings one rule has, for the per-rule summary.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RuleCount<'a> {
    /// The rule's code.
    pub code: &'a str,
    /// Its name.
    pub name: &'a str,
    /// The severity its findings were reported at (the highest, if several).
    pub severity: Severity,
    /// How many.
    pub count: usize,
}

/// Findings counted per rule: most first, then by code.
pub fn by_rule(findings: &[Diagnostic]) -> Vec<RuleCount<'_>> {
    let mut counts: std::collections::BTreeMap<&str, RuleCount<'_>> = Default::default();
    for f in findings {
        let c = counts.entry(&f.code).or_insert(RuleCount {
            code: &f.code,
            name: &f.name,
            severity: f.severity,
            count: 0,
        });
        c.count += 1;
        c.severity = c.severity.max(f.severity);
    }
    let mut out: Vec<RuleCount> = counts.into_values().collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.code.cmp(b.code)));
    out
}
