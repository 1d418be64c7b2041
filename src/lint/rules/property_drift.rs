//! ## What it finds
//! The same property name with a different type or meaning in different schemas of one API:
//! Tyk's `GrantType` is a comma-separated set in `OAuthClientTypeBasic` but a single value in
//! `ProductClientTypeResponse`.
//!
//!
//! Only declarations of one field are compared: the two owners share at least two other
//! properties, or the two descriptions say mostly the same. Same-named fields of unrelated
//! objects are different fields, and an object that types every scalar as a string (a usage
//! report of text columns) has chosen that representation for all of them.
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
    selection: crate::lint::Selection::Default,
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
            // Declared a string, whatever hints at a number (Telnyx's `house_number: {type:
            // string, example: 600}`, SailPoint's `length` "an integer value"): on the wire a
            // string like any other, so not drift beside one; beside a real number it is.
            // That the data is numeric is SF122's finding.
            Semantic::NumericString { .. } => "a single string value".into(),
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

/// How often a property has one shape, and its first declarations with it (at most
/// [`MAX_PLACES`], to find a related pair among).
type Uses = (usize, Vec<Place>);

/// Declarations kept per shape of a name.
const MAX_PLACES: usize = 8;

/// Whether two declarations of `name` are of one field: their owners share at least two
/// other properties (two kinds of client type), or their descriptions say mostly the same.
/// Same-named fields of unrelated objects (a boolean `legacy` flag in one, a version string in
/// another) mean different things, and are not drift.
fn related(m: &ApiModel, name: &str, a: Place, b: Place) -> bool {
    let (oa, ob) = (m.schema(a.0), m.schema(b.0));
    if all_text(m, oa) || all_text(m, ob) {
        return false;
    }
    let shared = oa
        .properties
        .keys()
        .filter(|k| k.as_str() != name && ob.properties.contains_key(k.as_str()))
        .take(2)
        .count();
    if shared >= 2 {
        return true;
    }
    let description = |o: &Schema| {
        o.properties.get(name).and_then(|p| {
            p.description
                .as_deref()
                .or(m.resolve(p.schema).description.as_deref())
                .map(words)
        })
    };
    match (description(oa), description(ob)) {
        (Some(x), Some(y)) if !x.is_empty() && !y.is_empty() => {
            let common = x.intersection(&y).count();
            common * 2 >= x.union(&y).count()
        }
        _ => false,
    }
}

/// Whether an object types every scalar it has as a string, and has several (Telnyx's usage
/// report: `cost`, `parts`, `sent`, `received` all strings): its text is the record's chosen
/// representation, not one field drifting from the others.
fn all_text(m: &ApiModel, owner: &Schema) -> bool {
    let mut scalars = 0;
    for p in owner.properties.values() {
        match shape(m, m.schema(p.schema)).as_deref() {
            Some("a single string value") => scalars += 1,
            Some(_) => return false,
            None => {}
        }
    }
    scalars >= 4
}

/// The lower-case words of a description.
fn words(text: &str) -> std::collections::BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(str::to_lowercase)
        .collect()
}

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
                    Some((_, (n, places))) => {
                        *n += 1;
                        if places.len() < MAX_PLACES {
                            places.push((s.id, p.key_loc));
                        }
                    }
                    None => {
                        // Most names have one shape: no room for four.
                        shapes.reserve_exact(1);
                        shapes.push((shape, (1, vec![(s.id, p.key_loc)])));
                    }
                }
            }
        }
        for (name, shapes) in uses {
            // An enum and a plain string of the same family are not drift, nor a string whose
            // layout one schema documents (a timestamp) and another leaves plain.
            let plain = |k: &str| {
                k == "a string"
                    || k == "a single value of a string enum"
                    || k == "a single string value"
                    || (k.starts_with("a timestamp (") && !k.contains("epoch"))
            };
            if shapes.len() < 2 || shapes.iter().all(|(k, _)| plain(k)) {
                continue;
            }
            let mut ranked: Vec<(&Cow<'static, str>, &Uses)> =
                shapes.iter().map(|(k, u)| (k, u)).collect();
            // Most used first; ties by first appearance in the files.
            ranked.sort_by_key(|(_, (n, places))| (std::cmp::Reverse(*n), places[0].1));
            let (main_shape, (_, mains)) = ranked[0];
            for &(shape, (_, places)) in &ranked[1..] {
                // Reported only where one declaration is of the same field as a main one.
                let Some((&(owner, loc), &main)) = places.iter().find_map(|p| {
                    mains
                        .iter()
                        .find(|q| related(m, name, *p, **q))
                        .map(|q| (p, q))
                }) else {
                    continue;
                };
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
