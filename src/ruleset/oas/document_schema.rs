//! `oasDocumentSchema`: the document is valid against the OpenAPI schema of its version.
//!
//! This reuses the project's check against the OpenAPI Initiative's schemas (SF100,
//! `openapi-schema`): the same violations, explained the same way, as Spectral-shaped
//! failures. Swagger 2.0 documents are not checked here (the project carries no 2.0 schema;
//! see docs/spectral-compat.md).

use super::common::{Formats, no_options};
use crate::diag::Segment;
use crate::ingest::SpecVersion;
use crate::lint::rules::openapi_schema::{dialect_violations, memo_dialect_violations};
use crate::ruleset::function::{Context, Failure, Function};
use crate::tree::{Node, Value, unescape_pointer_token};
use std::sync::Arc;

/// The function.
pub const FUNCTION: Function = Function {
    name: "oasDocumentSchema",
    call,
    check_options: no_options,
    reads_logical_path: false,
};

fn call(input: Option<&Node>, _: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(doc) = input else {
        return Vec::new();
    };
    let formats = Formats::of(doc);
    // Spectral checks every 3.x but 3.1 and 3.2 against the 3.0 schema.
    let version = if !formats.oas3 {
        return Vec::new();
    } else if formats.oas3_2 {
        SpecVersion::V32
    } else if formats.oas3_1 {
        SpecVersion::V31
    } else {
        SpecVersion::V30
    };
    // Spectral's schemas check Schema Objects as JSON Schema too (3.1, 3.2). The run's
    // check when there is one: for 3.0, SF100 then reuses it for the same tree.
    let found = match cx.memo {
        Some(memo) => memo_dialect_violations(memo, version, doc),
        None => Arc::new(dialect_violations(version, &doc.to_json())),
    };
    found
        .iter()
        .map(|v| Failure {
            path: below_pointer(cx.path, doc, &v.pointer),
            message: v.message.clone(),
        })
        .collect()
}

/// `path` followed by the steps of `pointer` (relative to `doc`), as indexes where `doc` has
/// sequences, so the engine can locate the node.
fn below_pointer(path: &[Segment], doc: &Node, pointer: &str) -> Vec<Segment> {
    let mut at = path.to_vec();
    let mut inside = Some(doc);
    for token in pointer.split('/').skip(1) {
        let token = unescape_pointer_token(token);
        let (next, segment) = match inside.map(|n| &n.value) {
            Some(Value::Seq(items)) => {
                match token.parse::<usize>().ok().filter(|&i| i < items.len()) {
                    Some(i) => (items.get(i), Segment::Index(i)),
                    None => (None, Segment::Key(token)),
                }
            }
            Some(Value::Map(m)) => (m.get(&token).map(|e| &e.node), Segment::Key(token)),
            _ => (None, Segment::Key(token)),
        };
        inside = next;
        at.push(segment);
    }
    at
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::run;
    use super::FUNCTION;

    #[test]
    fn a_missing_required_field_is_found() {
        let doc = "openapi: 3.0.3\ninfo: {title: t}\npaths: {}";
        assert_eq!(run(&FUNCTION, doc, "", None), ["info"]);
    }

    #[test]
    fn a_valid_document_passes() {
        let doc = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}";
        assert!(run(&FUNCTION, doc, "", None).is_empty());
    }
}
