//! rustc-style text: the finding, the source line from the original file, labels, `help:`,
//! and a summary line. Colour only on a terminal, never when `NO_COLOR` is set.

use super::Summary;
use crate::diag::{Diagnostic, Severity};
use crate::source::SourceMap;

/// Whether to colour output written to stdout.
pub fn use_colour() -> bool {
    use std::io::IsTerminal;
    // NO_COLOR: "when present and not an empty string" (no-color.org).
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

/// Renders all findings and the summary.
pub fn render(findings: &[Diagnostic], sources: &SourceMap, colour: bool) -> String {
    let mut out = String::new();
    for f in findings {
        let text = f.render(sources);
        if colour {
            let (tag, code) = match f.severity {
                Severity::Error => ("error", "\x1b[1;31m"),
                Severity::Warning => ("warning", "\x1b[1;33m"),
                Severity::Info => ("info", "\x1b[1;36m"),
            };
            out.push_str(&text.replacen(tag, &format!("{code}{tag}\x1b[0m"), 1));
        } else {
            out.push_str(&text);
        }
        out.push('\n');
    }
    let s = Summary::of(findings);
    out.push_str(&format!(
        "{} error(s), {} warning(s), {} info(s)\n",
        s.errors, s.warnings, s.infos
    ));
    out
}
