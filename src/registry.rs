//! Every diagnostic code specforge reports, in one list: the codes of reading documents, the
//! project file, the model and generation ([`crate::ingest::codes`], `SF0xx`) and the lint
//! rules ([`crate::lint::registry`], `SF1xx`). `specforge explain`, `specforge rules`, SARIF's
//! rule list and the README's code tables (a test compares them) all read it, so none can
//! name a code the others lack.

use crate::diag::{Phase, Severity};
use crate::lint::Rule;

/// One diagnostic code.
#[derive(Clone, Copy)]
pub struct Entry {
    /// Stable code, e.g. `SF005`.
    pub code: &'static str,
    /// Stable kebab-case name.
    pub name: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// The part of specforge that reports it.
    pub phase: Phase,
    /// One line saying what it reports.
    pub summary: &'static str,
    /// The lint rule, for lint codes (its documentation, its check).
    pub rule: Option<&'static Rule>,
}

impl Entry {
    /// The documentation `explain` prints: a rule's doc sections, or for a code of specforge
    /// itself its summary and what settings do not apply to it.
    pub fn documentation(&self) -> String {
        match self.rule {
            Some(r) => r.doc(),
            None => format!(
                "{}.\n\nReported by specforge itself ({}), not by a lint rule: `[lint.rules]` and `[[lint.ignore]]` do not apply to it.\n",
                upper_first(self.summary),
                match self.phase {
                    Phase::Ingest => "reading the documents",
                    Phase::Config => "reading the project file or checking acknowledgments",
                    Phase::Model => "building the model",
                    Phase::Codegen => "generating code",
                    Phase::Lint => "a lint rule",
                }
            ),
        }
    }

    /// Its default as `rules` lists it and the README's tables write it: the severity, or
    /// `opt-in (warning)` for a lint rule that runs only when asked for.
    pub fn default_label(&self) -> String {
        if self.opt_in() {
            format!("opt-in ({})", self.severity.as_str())
        } else {
            self.severity.as_str().to_string()
        }
    }

    /// Whether `lint` reports it only when asked for: an opt-in rule, or one of the
    /// codes of specforge itself shown only with `--all-rules` (SF017).
    fn opt_in(&self) -> bool {
        self.rule.map(|r| r.selection) == Some(crate::lint::Selection::OptIn)
            || crate::ingest::codes::lint_opt_in(self.code)
    }

    /// The whole text of `specforge explain CODE`.
    pub fn explain(&self) -> String {
        let kind = match self.rule.map(|r| r.selection) {
            Some(crate::lint::Selection::Default) => {
                format!("{} by default", self.severity.as_str())
            }
            Some(crate::lint::Selection::OptIn) => format!(
                "opt-in: off by default; `[lint.rules] {} = \"{}\"` or `lint --all-rules` runs it",
                self.code,
                self.severity.as_str()
            ),
            None if crate::ingest::codes::lint_opt_in(self.code) => format!(
                "{}, {}; `lint` shows it only with `--all-rules`",
                self.severity.as_str(),
                self.phase.as_str()
            ),
            None => format!("{}, {}", self.severity.as_str(), self.phase.as_str()),
        };
        format!(
            "{} {} ({kind})\n\n{}",
            self.code,
            self.name,
            self.documentation()
        )
    }
}

/// `text` with its first letter upper-cased (summaries are written as clauses).
fn upper_first(text: &str) -> String {
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Every code, in code order.
pub fn all() -> Vec<Entry> {
    let mut all: Vec<Entry> = crate::ingest::codes::ALL
        .iter()
        .map(|c| Entry {
            code: c.code,
            name: c.name,
            severity: c.severity,
            phase: c.phase,
            summary: c.summary,
            rule: None,
        })
        .chain(crate::lint::registry::RULES.iter().map(|&r| Entry {
            code: r.code,
            name: r.name,
            severity: r.severity,
            phase: Phase::Lint,
            summary: r.summary,
            rule: Some(r),
        }))
        .collect();
    all.sort_by_key(|e| e.code);
    all
}

/// The code with this code (any case) or name.
pub fn find(code_or_name: &str) -> Option<Entry> {
    all()
        .into_iter()
        .find(|e| e.code.eq_ignore_ascii_case(code_or_name) || e.name == code_or_name)
}

/// The code or name nearest to a misspelt `what`, for a did-you-mean.
pub fn closest(what: &str) -> Option<&'static str> {
    let entries = all();
    crate::similar::closest(what, entries.iter().flat_map(|e| [e.code, e.name]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_listed_once() {
        let all = all();
        let mut codes: Vec<&str> = all.iter().map(|e| e.code).collect();
        codes.dedup();
        assert_eq!(codes.len(), all.len(), "a code is defined twice");
        let mut names: Vec<&str> = all.iter().map(|e| e.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), all.len(), "a name is used twice");
        // Lint rules are SF1xx and up, specforge's own codes SF0xx.
        for e in &all {
            assert_eq!(e.rule.is_some(), !e.code.starts_with("SF0"), "{}", e.code);
        }
    }

    #[test]
    fn explain_covers_every_phase() {
        assert!(
            find("SF005")
                .unwrap()
                .explain()
                .contains("reading the documents")
        );
        assert!(find("sf028").unwrap().explain().contains("generating code"));
        assert!(
            find("SF014")
                .unwrap()
                .explain()
                .starts_with("SF014 config-error (error, config)")
        );
        assert!(find("number-as-string").unwrap().rule.is_some());
        assert_eq!(closest("unresolved-rf"), Some("unresolved-ref"));
    }
}
