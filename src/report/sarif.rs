//! SARIF 2.1.0 for GitHub code scanning: every rule with its help, results with 1-based
//! regions and repository-relative URIs, the JSON pointer as a logical location, and
//! `partialFingerprints` so alerts match across runs.

use crate::diag::{Diagnostic, Severity};
use crate::source::SourceMap;
use serde_json::{Value, json};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A stable fingerprint: rule, file, JSON pointer (not the line, which moves with edits).
fn fingerprint(f: &Diagnostic, sources: &SourceMap) -> String {
    let p = f.primary.as_deref();
    let key = format!(
        "{}|{}|{}",
        f.code,
        p.map_or("", |p| sources.name(p.loc.file)),
        p.and_then(|p| p.pointer.as_deref()).unwrap_or(&f.message)
    );
    // FNV-1a, 64 bit: deterministic across runs and platforms.
    let mut h: u64 = 0xcbf29ce484222325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}")
}

fn uri(path: &str) -> String {
    path.trim_start_matches("./").replace(' ', "%20")
}

/// The findings as a SARIF 2.1.0 log.
pub fn render(findings: &[Diagnostic], sources: &SourceMap) -> String {
    // Every code of the registry, so that every result names a rule of the log. A lint
    // rule's help is its documentation (also as markdown); a code's help points at `explain`.
    let entries: Vec<(&str, &str, &str, Value, Severity)> = crate::registry::all()
        .into_iter()
        .map(|e| {
            let help = match e.rule {
                Some(r) => json!({ "text": r.doc(), "markdown": r.doc() }),
                None => json!({ "text": format!("`specforge explain {}`", e.code) }),
            };
            (e.code, e.name, e.summary, help, e.severity)
        })
        .collect();
    let ids: Vec<&str> = entries.iter().map(|e| e.0).collect();
    let rules: Vec<Value> = entries
        .into_iter()
        .map(|(code, name, summary, help, severity)| {
            json!({
                "id": code,
                "name": name,
                "shortDescription": { "text": summary },
                "fullDescription": { "text": summary },
                "help": help,
                "defaultConfiguration": { "level": level(severity) },
            })
        })
        .collect();
    let results: Vec<Value> = findings
        .iter()
        .map(|f| {
            let mut r = json!({
                "ruleId": f.code,
                "level": level(f.severity),
                "message": { "text": match &f.help { Some(h) => format!("{}\nhelp: {h}", f.message), None => f.message.clone() } },
                "partialFingerprints": { "specforge/v1": fingerprint(f, sources) },
            });
            if let Some(idx) = ids.iter().position(|&x| x == f.code) {
                r["ruleIndex"] = json!(idx);
            }
            if let Some(p) = &f.primary {
                let mut loc = json!({
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(sources.name(p.loc.file)) },
                        "region": { "startLine": p.loc.line, "startColumn": p.loc.col },
                    }
                });
                if let Some(ptr) = &p.pointer {
                    loc["logicalLocations"] = json!([{ "fullyQualifiedName": ptr, "kind": "member" }]);
                }
                r["locations"] = json!([loc]);
            }
            if !f.secondary.is_empty() {
                r["relatedLocations"] = Value::Array(
                    f.secondary
                        .iter()
                        .enumerate()
                        .map(|(i, l)| {
                            json!({
                                "id": i + 1,
                                "message": { "text": l.message },
                                "physicalLocation": {
                                    "artifactLocation": { "uri": uri(sources.name(l.loc.file)) },
                                    "region": { "startLine": l.loc.line, "startColumn": l.loc.col },
                                }
                            })
                        })
                        .collect(),
                );
            }
            r
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "specforge",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://crates.io/crates/specforge",
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&log).expect("serialises") + "\n"
}
