//! JSON: `{"findings": [...], "summary": {...}}`, in a stable order (file, line, column, code).

use super::Summary;
use crate::diag::{Diagnostic, Label};
use crate::source::SourceMap;
use serde_json::{Value, json};

fn label(l: &Label, sources: &SourceMap) -> Value {
    json!({
        "file": sources.name(l.loc.file),
        "line": l.loc.line,
        "column": l.loc.col,
        "pointer": l.pointer,
        "message": l.message,
    })
}

/// The findings as one JSON document.
pub fn render(findings: &[Diagnostic], sources: &SourceMap) -> String {
    let items: Vec<Value> = findings
        .iter()
        .map(|f| {
            let p = f.primary.as_deref();
            json!({
                "code": f.code,
                "name": f.name,
                "severity": f.severity,
                "message": f.message,
                "file": p.map(|p| sources.name(p.loc.file)),
                "line": p.map(|p| p.loc.line),
                "column": p.map(|p| p.loc.col),
                "pointer": p.and_then(|p| p.pointer.clone()),
                "label": p.map(|p| p.message.clone()),
                "help": f.help,
                "related": f.secondary.iter().map(|l| label(l, sources)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let s = Summary::of(findings);
    let doc = json!({
        "findings": items,
        "summary": {
            "errors": s.errors,
            "warnings": s.warnings,
            "infos": s.infos,
            "total": findings.len(),
            "by_rule": super::by_rule(findings),
        },
    });
    serde_json::to_string_pretty(&doc).expect("serialises") + "\n"
}
