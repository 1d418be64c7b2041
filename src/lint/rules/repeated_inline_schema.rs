//! ## What it finds
//! The same inline object schema (two or more properties) written out more than once in an API,
//! instead of being defined once as a component and referenced.
//!
//! ## Why it matters
//! Copies drift apart when one is edited; generated code gets several identical types with
//! different names, so values cannot be passed from one operation to another.
//!
//! ## Example
//! Two operations whose `200` responses both inline
//! `{type: object, properties: {id: …, name: …}}`.
//!
//! ## Fix
//! Move the schema to `components/schemas` and `$ref` it from each place. (specforge generates
//! one type for identical inline schemas either way.)

use crate::diag::Severity;
use crate::lint::{Context, Rule, schema_label};
use crate::model::SchemaName;
use crate::tree::Node;
use std::collections::BTreeMap;

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF155",
    name: "repeated-inline-schema",
    severity: Severity::Info,
    selection: crate::lint::Selection::OptIn,
    summary: "an identical inline object schema written out more than once",
    source: include_str!("repeated_inline_schema.rs"),
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (api, m) in cx.apis() {
        // Cheap key first (property names), canonical JSON only among candidates sharing it.
        let mut by_names: BTreeMap<Vec<&str>, Vec<&crate::model::Schema>> = BTreeMap::new();
        for s in &m.schemas {
            if matches!(s.name, SchemaName::Inline(_)) && s.properties.len() >= 2 {
                by_names
                    .entry(s.properties.keys().map(crate::tree::Key::as_str).collect())
                    .or_default()
                    .push(s);
            }
        }
        // Canonical JSON text of the schema node → places.
        let mut seen: BTreeMap<String, Vec<&crate::model::Schema>> = BTreeMap::new();
        for candidates in by_names.values().filter(|c| c.len() > 1) {
            for s in candidates {
                let Some(node) = api.doc.pointer(&s.pointer) else {
                    continue;
                };
                seen.entry(canonical(node)).or_default().push(s);
            }
        }
        // A schema inside a repeated copy repeats with it: report the outermost copies only.
        let repeated: Vec<&str> = seen
            .values()
            .filter(|c| c.len() > 1)
            .flat_map(|c| c.iter().map(|s| &*s.pointer))
            .collect();
        let nested = |p: &str| {
            repeated
                .iter()
                .any(|o| p.len() > o.len() && p.starts_with(o) && p.as_bytes()[o.len()] == b'/')
        };
        for copies in seen.values().filter(|c| c.len() > 1) {
            let outer: Vec<_> = copies.iter().filter(|s| !nested(&s.pointer)).collect();
            if outer.len() < 2 {
                continue;
            }
            // One finding per group: at the second copy, the first as related.
            let (first, second) = (outer[0], outer[1]);
            out.push(
                RULE.finding(format!(
                    "the inline schema of `{}` ({} properties) is written out {} times; `{}` repeats it",
                    schema_label(first),
                    first.properties.len(),
                    outer.len(),
                    schema_label(second),
                ))
                .at(second.loc, "repeated here")
                .pointer(&*second.pointer)
                .also(first.loc, "first written here")
                .help("define it once under `components/schemas` and `$ref` it"),
            );
        }
    }
}

/// JSON text with sorted keys and no descriptions/examples, so cosmetic differences do not count
/// as different schemas.
fn canonical(n: &Node) -> String {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(o) => {
                for k in ["description", "example", "examples", "title"] {
                    o.remove(k);
                }
                o.sort_keys();
                o.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = n.to_json();
    strip(&mut v);
    v.to_string()
}
