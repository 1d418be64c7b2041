//! ## What it finds
//! The same property name with a different type or meaning in different schemas of one API:
//! Tyk's `GrantType` is a comma-separated set in `OAuthClientTypeBasic` but a single value in
//! `ProductClientTypeResponse`.
//!
//! ## Why it matters
//! A client that copies a value from one response into another request breaks; generated code
//! has two unrelated types for what users think of as one field.
//!
//! ## Example
//! `GrantType: {type: string, description: Format as CSV, ...}` in one schema and
//! `GrantType: {type: string, enum: [...], example: authorization_code}` in another.
//!
//! ## Fix
//! Align the definitions (one shared component referenced from both places), or rename one
//! of the fields if they really mean different things.

use crate::diag::Severity;
use crate::lint::{Context, Rule, schema_label};
use crate::model::{ApiModel, Schema, Semantic};
use std::collections::BTreeMap;

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF141",
    name: "property-drift",
    severity: Severity::Warning,
    summary: "one property name with different types or meanings across schemas of an API",
    source: include_str!("property_drift.rs"),
    check,
};

/// Generic names whose meaning legitimately depends on the object.
const GENERIC: &[&str] = &[
    "id",
    "name",
    "type",
    "value",
    "data",
    "status",
    "kind",
    "code",
    "items",
    "key",
    "result",
    "error",
    "errors",
    "message",
    "details",
    "metadata",
    "attributes",
    "properties",
    "links",
    "meta",
];

fn shape(m: &ApiModel, s: &Schema) -> String {
    let s = m.resolve(s.id);
    let ty: Vec<&str> = s.types.iter().map(|t| t.as_str()).collect();
    let ty = if ty.is_empty() {
        "any".to_string()
    } else {
        ty.join("|")
    };
    match &s.semantic {
        Some(Semantic::DelimitedSet { separator, .. }) => {
            format!("a `{separator}`-separated set (string)")
        }
        Some(Semantic::Timestamp { format, .. }) => format!("a timestamp ({})", format.describe()),
        Some(Semantic::NumericString { .. }) => "a number written as a string".to_string(),
        None if s.enum_values.is_some() => format!("a single {ty} enum value"),
        None if ty.starts_with(['a', 'e', 'i', 'o', 'u']) => format!("an {ty}"),
        None => format!("a {ty}"),
    }
}

/// Where a property is declared: owner schema label, key location, pointer.
type Place = (String, crate::source::Loc, String);

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (_, m) in cx.apis() {
        // property name → shape → (owner schema label, property key loc)
        let mut uses: BTreeMap<&str, BTreeMap<String, Vec<Place>>> = BTreeMap::new();
        for s in &m.schemas {
            for (name, p) in &s.properties {
                if GENERIC.contains(&name.to_ascii_lowercase().as_str()) {
                    continue;
                }
                let ptr = format!(
                    "{}/properties/{}",
                    s.pointer,
                    crate::tree::pointer_join("", name).trim_start_matches('/')
                );
                uses.entry(name.as_str())
                    .or_default()
                    .entry(shape(m, m.schema(p.schema)))
                    .or_default()
                    .push((schema_label(s), p.key_loc, ptr));
            }
        }
        for (name, shapes) in uses {
            if shapes.len() < 2 {
                continue;
            }
            let mut ranked: Vec<(&String, &Vec<_>)> = shapes.iter().collect();
            // Most used first; ties by first appearance in the files.
            ranked.sort_by_key(|(_, v)| (std::cmp::Reverse(v.len()), v[0].1));
            let (main_shape, main) = ranked[0];
            for (shape, places) in &ranked[1..] {
                let (owner, loc, ptr) = &places[0];
                out.push(
                    RULE.finding(format!(
                        "`{name}` is {shape} in `{owner}` but {main_shape} in `{}`",
                        main[0].0
                    ))
                    .at(*loc, (*shape).clone())
                    .pointer(ptr)
                    .also(main[0].1, main_shape.clone())
                    .help("define the field once (a shared component) or give the two fields different names"),
                );
            }
        }
    }
}
