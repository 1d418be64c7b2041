//! `[lint]` in `specforge.toml`: severities per rule and ignores.
//!
//! ```toml
//! [lint.rules]
//! SF153 = "off"              # by code or name; "error" | "warning" | "info" | "off"
//! number-as-string = "error"
//! SF142 = "warning"          # an opt-in (house-style) rule runs only when given a severity
//!
//! [[lint.ignore]]
//! rule = "SF111"             # code or name
//! file = "specs/000_*.txt"   # optional glob (`*` and `?`)
//! pointer = "/components/schemas/OAuthClientTypeElem"   # optional prefix
//! reason = "the vendor's documented layout; the generated type parses it"   # optional
//! ```
//!
//! An ignore entry is an acknowledgment of a known vendor defect: the finding is counted as
//! acknowledged, not reported. An entry that no longer matches anything is itself reported
//! (SF020), so acknowledgments do not outlive the defects they were written for.

use super::{Rule, Selection};
use crate::diag::{Diagnostic, Severity};
use crate::ingest::Workspace;
use std::collections::BTreeMap;

/// One ignore entry.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ignore {
    /// Rule code or name.
    pub rule: String,
    /// File glob.
    #[serde(default)]
    pub file: Option<String>,
    /// JSON-pointer prefix.
    #[serde(default)]
    pub pointer: Option<String>,
    /// Why the finding is acknowledged (for people; not interpreted).
    #[serde(default)]
    pub reason: Option<String>,
    /// Where the entry is written in `specforge.toml`, once located.
    #[serde(skip)]
    pub loc: Option<crate::source::Loc>,
}

/// Lint settings.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LintConfig {
    /// Severity per rule code or name (`off` disables).
    #[serde(default)]
    pub rules: BTreeMap<String, String>,
    /// Ignores.
    #[serde(default)]
    pub ignore: Vec<Ignore>,
    /// Fail `check` and `lint` on warnings too, not only errors.
    #[serde(default)]
    pub deny_warnings: bool,
    /// Spectral rulesets to run beside the built-in rules, relative to the project root.
    #[serde(default)]
    pub rulesets: Vec<String>,
    /// Report every finding: ignore entries and `x-specforge-ignore` are not applied
    /// (`lint --no-ignore`).
    #[serde(skip)]
    pub no_ignore: bool,
    /// Run the opt-in rules too, at their default severity, unless `rules` says otherwise
    /// (`lint --all-rules`).
    #[serde(skip)]
    pub all_rules: bool,
}

impl LintConfig {
    /// Reads `[lint]` from the project's table.
    pub fn from_table(t: Option<&toml::Table>) -> Result<Self, String> {
        match t {
            None => Ok(Self::default()),
            Some(t) => toml::Value::Table(t.clone())
                .try_into()
                .map_err(|e: toml::de::Error| e.message().to_string()),
        }
    }

    /// The severity for `rule`, or `None` when it is off (set `off`, or an opt-in rule nothing
    /// asked for).
    pub fn severity(&self, rule: &Rule) -> Option<Severity> {
        let set = self
            .rules
            .get(rule.code)
            .or_else(|| self.rules.get(rule.name));
        match set.map(String::as_str) {
            None => {
                (rule.selection == Selection::Default || self.all_rules).then_some(rule.severity)
            }
            Some("off") => None,
            Some("error") => Some(Severity::Error),
            Some("warning") => Some(Severity::Warning),
            Some("info") => Some(Severity::Info),
            Some(_) => Some(rule.severity),
        }
    }

    /// The first ignore entry that covers `d`, by index.
    pub fn ignored(&self, d: &Diagnostic, ws: &Workspace) -> Option<usize> {
        let p = d.primary.as_ref()?;
        let file = ws.sources.name(p.loc.file);
        self.ignore.iter().position(|i| {
            (i.rule == d.code || i.rule == d.name)
                && i.file.as_deref().is_none_or(|g| glob(g, file))
                && i.pointer
                    .as_deref()
                    .is_none_or(|ptr| p.pointer.as_deref().is_some_and(|x| x.starts_with(ptr)))
        })
    }
}

/// `*` (any run) and `?` (one character) glob match; a pattern without `/` matches file names.
pub fn glob(pattern: &str, path: &str) -> bool {
    let subject = if pattern.contains('/') {
        path
    } else {
        path.rsplit('/').next().unwrap_or(path)
    };
    fn m(p: &[char], s: &[char]) -> bool {
        match (p.first(), s.first()) {
            (None, None) => true,
            (Some('*'), _) => m(&p[1..], s) || (!s.is_empty() && m(p, &s[1..])),
            (Some('?'), Some(_)) => m(&p[1..], &s[1..]),
            (Some(a), Some(b)) if a == b => m(&p[1..], &s[1..]),
            _ => false,
        }
    }
    let p: Vec<char> = pattern.chars().collect();
    let s: Vec<char> = subject.chars().collect();
    m(&p, &s)
}

#[cfg(test)]
mod tests {
    use super::glob;

    #[test]
    fn globs() {
        assert!(glob("000_*.txt", "specs/000_3e82.txt"));
        assert!(glob("specs/*.txt", "specs/000.txt"));
        assert!(!glob("001_*.txt", "specs/000_3e82.txt"));
        assert!(glob("a?c", "abc"));
    }
}
