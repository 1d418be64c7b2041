//! rustc-style text: the finding, the source line from the original file, labels, `help:`,
//! and a summary line. Colour only on a terminal, never when `NO_COLOR` is set.

use super::Summary;
use crate::diag::Diagnostic;
use crate::source::SourceMap;

/// When to colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColourChoice {
    /// On a terminal, unless `NO_COLOR` is set (no-color.org); always when `CLICOLOR_FORCE`
    /// is set and not `0` (bixense.com/clicolors).
    #[default]
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

impl ColourChoice {
    /// Whether to colour what is written to a stream that `is_terminal` or not.
    pub fn colour(self, is_terminal: bool) -> bool {
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        match self {
            ColourChoice::Always => true,
            ColourChoice::Never => false,
            ColourChoice::Auto if set("NO_COLOR") => false,
            ColourChoice::Auto if set("CLICOLOR_FORCE") => {
                std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| v != "0")
            }
            ColourChoice::Auto => is_terminal,
        }
    }
}

/// Places listed under a finding whose message repeats elsewhere, at most.
const MAX_ALSO: usize = 5;

/// Renders all findings and the summary. A finding whose rule and message repeat at other
/// places is shown once, in full, with the other places listed under it; with findings of more
/// than one rule, a count per rule comes before the totals.
pub fn render(findings: &[Diagnostic], sources: &SourceMap, colour: bool) -> String {
    let mut out = String::new();
    let mut groups: std::collections::HashMap<(&str, &str), Vec<usize>> = Default::default();
    for (i, f) in findings.iter().enumerate() {
        groups.entry((&f.code, &f.message)).or_default().push(i);
    }
    for (i, f) in findings.iter().enumerate() {
        let same = &groups[&(&*f.code, f.message.as_str())];
        if same[0] != i {
            continue;
        }
        let mut text = f.render_styled(sources, colour);
        if same.len() > 1 {
            let places: Vec<String> = same[1..]
                .iter()
                .take(MAX_ALSO)
                .filter_map(|&j| findings[j].primary.as_ref())
                .map(|p| sources.describe(p.loc))
                .collect();
            let more = (same.len() - 1).saturating_sub(MAX_ALSO);
            let tail = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            // Aligned with the finding's own `= help:` line.
            let width = f
                .primary
                .iter()
                .map(|p| p.as_ref())
                .chain(&f.secondary)
                .map(|l| l.loc.line.to_string().len())
                .max()
                .unwrap_or(1);
            text.push_str(&format!(
                "{} = note: the same at {}{tail}\n",
                " ".repeat(width),
                places.join(", ")
            ));
        }
        out.push_str(&text);
        out.push('\n');
    }
    let rules = super::by_rule(findings);
    if rules.len() > 1 {
        out.push_str("findings by rule:\n");
        for r in &rules {
            // A ruleset rule's code is its name: said once.
            let name = if r.name == r.code { "" } else { r.name };
            out.push_str(
                format!(
                    "{:>7}  {:<7}  {} {name}",
                    r.count,
                    r.severity.as_str(),
                    r.code
                )
                .trim_end(),
            );
            out.push('\n');
        }
    }
    let s = Summary::of(findings);
    out.push_str(&format!(
        "{} error(s), {} warning(s), {} info(s)\n",
        s.errors, s.warnings, s.infos
    ));
    out
}
