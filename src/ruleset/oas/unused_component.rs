//! `oasUnusedComponent`: every reusable component (schema, response, parameter, …) is
//! referenced somewhere in the document.

use super::common::{failure, key, no_options};
use crate::ruleset::function::{Context, Failure, Function};
use crate::tree::{Node, Value};
use std::collections::HashSet;

/// The function.
pub const FUNCTION: Function = Function {
    name: "oasUnusedComponent",
    call,
    check_options: no_options,
    reads_logical_path: false,
};

/// The component kinds Spectral checks (security schemes are used by name, not `$ref`).
const KINDS: [&str; 8] = [
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "links",
    "callbacks",
];

fn call(input: Option<&Node>, _: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(components) = input
        .and_then(|d| d.get("components"))
        .filter(|c| c.as_map().is_some())
    else {
        return Vec::new();
    };
    let refs = local_references(cx.document);
    let mut out = Vec::new();
    for kind in KINDS {
        if let Some(objects) = components.get(kind) {
            out.extend(unreferenced(objects, &["components", kind], &refs));
        }
    }
    out
}

/// The targets of the document's local references (`#/components/schemas/Pet`), decoded:
/// percent-escapes and `~1`/`~0` undone, as Spectral's reference graph holds them.
pub fn local_references(doc: &Node) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut pointer = String::new();
    doc.walk(&mut pointer, &mut |_, n| {
        if let Some(target) = n
            .get("$ref")
            .and_then(Node::as_str)
            .and_then(|r| r.strip_prefix('#'))
        {
            out.insert(decode(target));
        }
    });
    out
}

/// A pointer with its percent-escapes and `~1`/`~0` undone.
fn decode(pointer: &str) -> String {
    let bytes = pointer.as_bytes();
    let mut raw = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (
                bytes.get(i + 1).and_then(|&b| hex(b)),
                bytes.get(i + 2).and_then(|&b| hex(b)),
            )
        {
            raw.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        raw.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&raw)
        .replace("~1", "/")
        .replace("~0", "~")
}

/// The members of `objects` (at `location`) that no reference in `refs` names.
pub fn unreferenced(objects: &Node, location: &[&str], refs: &HashSet<String>) -> Vec<Failure> {
    let Value::Map(m) = &objects.value else {
        return Vec::new();
    };
    let prefix: String = location.iter().map(|s| format!("/{s}")).collect();
    m.keys()
        .filter(|name| !refs.contains(&format!("{prefix}/{name}")))
        .map(|name| {
            let mut path: Vec<_> = location.iter().map(|s| key(s)).collect();
            path.push(key(name));
            failure("Potential orphaned reusable object has been detected", path)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::run;
    use super::FUNCTION;

    #[test]
    fn components_nothing_references_fail() {
        let doc = "openapi: 3.0.0
paths: {/a: {get: {responses: {'200': {$ref: '#/components/responses/Ok'}}}}}
components:
  responses: {Ok: {description: ok, content: {a/b: {schema: {$ref: '#/components/schemas/A%20B'}}}}}
  schemas:
    A B: {type: object}
    Lonely: {properties: {x: {$ref: '#/components/schemas/Used~1ByLonely'}}}
    Used/ByLonely: {}
  securitySchemes: {k: {type: http, scheme: basic}}
";
        assert_eq!(run(&FUNCTION, doc, "", None), ["components.schemas.Lonely"]);
    }
}
