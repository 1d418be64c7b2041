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
use std::borrow::Cow;
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

/// What kind of data a property holds: its JSON type family (integer counts as number) and
/// semantic kind. `None` for untyped schemas (`anyOf` wrappers and the like), which are
/// compatible with anything.
fn shape(m: &ApiModel, s: &Schema) -> Option<Cow<'static, str>> {
    let s = m.resolve(s.id);
    if let Some(sem) = s.semantic.as_deref() {
        return Some(match sem {
            Semantic::DelimitedSet { separator, .. } => {
                format!("a `{separator}`-separated set of members").into()
            }
            Semantic::Timestamp { format, .. } => {
                format!("a timestamp ({})", format.describe()).into()
            }
            Semantic::NumericString { .. } => "a number written as a string".into(),
        });
    }
    let mut families: Vec<&str> = s
        .types
        .iter()
        .map(|t| match t.as_str() {
            "integer" => "number",
            other => other,
        })
        .collect();
    families.dedup();
    // Objects and arrays legitimately differ between resources (`address` as a line of text
    // in one, a structure in another); only scalars and semantic kinds are compared, and an
    // enum is a string like any other.
    match families.as_slice() {
        ["string"] => Some("a single string value".into()),
        ["number"] => Some("a number".into()),
        ["boolean"] => Some("a boolean".into()),
        _ => None,
    }
}

/// Where a property is declared: the owner schema and the property key's location. Labels
/// and pointers are built only for the places reported: a large spec has tens of thousands of
/// properties and few drifts.
type Place = (crate::model::SchemaId, crate::source::Loc);

/// How often a property has one shape, and its first declaration with it.
type Uses = (usize, Place);

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (_, m) in cx.apis() {
        // property name → shape → uses. The shapes of one name are a short list (usually one):
        // a map per name cost a 500-byte node each, a megabyte on a large spec.
        let mut uses: BTreeMap<&str, Vec<(Cow<'static, str>, Uses)>> = BTreeMap::new();
        for s in &m.schemas {
            for (name, p) in &s.properties {
                if GENERIC.contains(&name.to_ascii_lowercase().as_str()) {
                    continue;
                }
                let Some(shape) = shape(m, m.schema(p.schema)) else {
                    continue;
                };
                let shapes = uses.entry(name.as_str()).or_default();
                match shapes.iter_mut().find(|(k, _)| *k == shape) {
                    Some((_, (n, _))) => *n += 1,
                    None => {
                        // Most names have one shape: no room for four.
                        shapes.reserve_exact(1);
                        shapes.push((shape, (1, (s.id, p.key_loc))));
                    }
                }
            }
        }
        for (name, shapes) in uses {
            // An enum and a plain string of the same family are not drift.
            let plain = |k: &str| k == "a string" || k == "a single value of a string enum";
            if shapes.len() < 2 || shapes.iter().all(|(k, _)| plain(k)) {
                continue;
            }
            let mut ranked: Vec<(&Cow<'static, str>, &Uses)> =
                shapes.iter().map(|(k, u)| (k, u)).collect();
            // Most used first; ties by first appearance in the files.
            ranked.sort_by_key(|(_, (n, first))| (std::cmp::Reverse(*n), first.1));
            let (main_shape, &(_, main)) = ranked[0];
            for &(shape, &(_, (owner, loc))) in &ranked[1..] {
                let owner = m.schema(owner);
                let ptr = crate::tree::pointer_join(&format!("{}/properties", owner.pointer), name);
                out.push(
                    RULE.finding(format!(
                        "`{name}` is {shape} in `{}` but {main_shape} in `{}`",
                        schema_label(owner),
                        schema_label(m.schema(main.0))
                    ))
                    .at(loc, shape.to_string())
                    .pointer(&ptr)
                    .also(main.1, main_shape.to_string())
                    .help("define the field once (a shared component) or give the two fields different names"),
                );
            }
        }
    }
}
