//! ## What it finds
//! One API writing schema examples both as `example` (a single value, deprecated in 3.1) and
//! as `examples` (a list, JSON Schema 2020-12).
//!
//! ## Why it matters
//! Tools that read one keyword miss the other: a 3.0 tool drops `examples`, and mock servers
//! and doc renderers show different examples for the same kind of field.
//!
//! ## Example
//! `Name: {type: string, examples: [foo]}` in one schema and `Name: {type: string, example: foo}`
//! in another.
//!
//! ## Fix
//! In 3.1 documents write `examples: [..]` everywhere; in 3.0 documents, `example`.

use crate::diag::Severity;
use crate::ingest::SpecVersion;
use crate::lint::{Context, Rule};
use crate::model::ExampleSource;

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF145",
    name: "mixed-example-keywords",
    severity: Severity::Info,
    selection: crate::lint::Selection::OptIn,
    summary: "schema examples written both as `example` and as `examples` in one API",
    source: include_str!("example_keyword_mixed.rs"),
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (api, m) in cx.apis() {
        let mut single = Vec::new();
        let mut list = Vec::new();
        for s in &m.schemas {
            let own: Vec<_> = s
                .examples
                .iter()
                .filter(|e| e.source == ExampleSource::Schema && e.pointer.starts_with(&*s.pointer))
                .collect();
            if own.iter().any(|e| e.pointer.ends_with("/example")) {
                single.push(s);
            }
            if own.iter().any(|e| e.pointer.contains("/examples/")) {
                list.push(s);
            }
        }
        if single.is_empty() || list.is_empty() {
            continue;
        }
        // Report the keyword that does not fit the dialect: `example` in 3.1, `examples` in 3.0.
        let v31 = m.spec_version >= SpecVersion::V31;
        let (bad, good, bad_kw, good_kw) = if v31 {
            (&single, &list, "example", "examples")
        } else {
            (&list, &single, "examples", "example")
        };
        let first = bad[0];
        let ptr = format!("{}/{bad_kw}", first.pointer);
        out.push(
            RULE.finding(format!(
                "this API writes schema examples as `{bad_kw}` ({} schemas) and as `{good_kw}` ({} schemas)",
                bad.len(),
                good.len()
            ))
            .at(cx.key_loc(api, &ptr).unwrap_or(first.loc), format!("`{bad_kw}` here"))
            .pointer(ptr)
            .also(cx.key_loc(api, &format!("{}/{good_kw}", good[0].pointer)).unwrap_or(good[0].loc), format!("`{good_kw}` here"))
            .help(format!("use `{good_kw}` throughout (the form this document's OpenAPI version prefers)")),
        );
    }
}
