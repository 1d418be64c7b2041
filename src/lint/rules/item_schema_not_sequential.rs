//! ## What it finds
//! An OpenAPI 3.2 `itemSchema` on a media type that is not sequential: `application/json`
//! rather than `text/event-stream`, `application/jsonl`, `application/x-ndjson`,
//! `application/json-seq` or a `multipart` type.
//!
//! ## Why it matters
//! `itemSchema` describes each item of a stream. A JSON document is one value, not a
//! sequence, so tools ignore the schema (or apply it to the whole body, and reject valid
//! data). Usually the media type is what is wrong: the API streams JSON Lines or events.
//!
//! ## Example
//! `content: {application/json: {itemSchema: {$ref: '#/components/schemas/Event'}}}`.
//!
//! ## Fix
//! Name the sequential media type the API sends (`application/jsonl`,
//! `text/event-stream`), or describe the whole body with `schema`.

use crate::diag::Severity;
use crate::lint::{Context, Rule};
use std::collections::BTreeSet;

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF169",
    name: "item-schema-not-sequential",
    severity: Severity::Warning,
    selection: crate::lint::Selection::Default,
    summary: "a 3.2 `itemSchema` on a media type that is not a sequence (`application/json`)",
    source: include_str!("item_schema_not_sequential.rs"),
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (_, m) in cx.apis() {
        let mut seen = BTreeSet::new();
        for op in &m.operations {
            let bodies = op.request_body.iter().flat_map(|b| &b.content);
            let responses = op.responses.iter().flat_map(|r| &r.content);
            for mt in bodies.chain(responses) {
                let Some(item) = mt.item_schema else {
                    continue;
                };
                if mt.is_sequential() || !seen.insert(item) {
                    continue;
                }
                let s = m.schema(item);
                out.push(
                    RULE.finding(format!(
                        "`{}` is not a sequential media type, so its `itemSchema` describes nothing (in `{}`)",
                        mt.media_type, op.name
                    ))
                    .at(mt.loc, "one value, not a sequence")
                    .pointer(s.pointer.strip_suffix("/itemSchema").map_or(&*s.pointer, |p| p))
                    .also(s.loc, "the item schema")
                    .help("name the sequential type the API sends (`application/jsonl`, `text/event-stream`), or describe the whole body with `schema`"),
                );
            }
        }
    }
}
