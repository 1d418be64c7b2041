//! JSON: `{"findings": [...], "summary": {...}}`, in a stable order (file, line, column, code).

use super::Summary;
use crate::diag::{Diagnostic, Label, Segment};
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

/// The pointer as Spectral's path: keys, and indices as numbers where a token is all digits
/// (the differential harness compares findings by rule, path and severity).
fn spectral_path(pointer: &str) -> Vec<Value> {
    match pointer.strip_prefix('/') {
        None => Vec::new(),
        Some(rest) => rest
            .split('/')
            .map(|t| match t.parse::<u64>() {
                Ok(i) if !t.starts_with('0') || t == "0" => json!(i),
                _ => json!(crate::tree::unescape_pointer_token(t)),
            })
            .collect(),
    }
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
                "path": p.and_then(|p| match &p.path {
                    Some(path) => Some(path.iter().map(|s| match s {
                        Segment::Key(k) => json!(k),
                        Segment::Index(i) => json!(i),
                    }).collect()),
                    None => p.pointer.as_deref().map(spectral_path),
                }),
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
