//! GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding,
//! escaped as `@actions/core` escapes them.

use crate::diag::{Diagnostic, Severity};
use crate::source::SourceMap;

fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One annotation line per finding.
pub fn render(findings: &[Diagnostic], sources: &SourceMap) -> String {
    let mut out = String::new();
    for f in findings {
        let level = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let title = property(&format!("{} {}", f.code, f.name));
        let message = match &f.help {
            Some(h) => data(&format!("{}\nhelp: {h}", f.message)),
            None => data(&f.message),
        };
        match &f.primary {
            Some(p) => out.push_str(&format!(
                "::{level} file={},line={},col={},title={title}::{message}\n",
                property(sources.name(p.loc.file)),
                p.loc.line,
                p.loc.col
            )),
            None => out.push_str(&format!("::{level} title={title}::{message}\n")),
        }
    }
    out
}
