//! ## What it finds
//! Schemas without `type` where one is evident and tools do not infer it: `enum` values all of
//! one JSON type, `pattern`/`minLength` (a string), `minimum`/`maximum` (a number), `items`
//! (an array), `required` without `properties` (an object). A schema with `properties` is not
//! reported: generators and specforge's model read it as an object, so the missing
//! `type: object` (507 of 678 findings on the corpus of issue 16) changes nothing anyone uses.
//!
//! ## Why it matters
//! Without `type`, any value of another type validates: `"abc"` passes a schema that only says
//! `minimum: 0`. Generators fall back to an untyped value for it, and for an untyped `enum`.
//!
//! ## Example
//! ```yaml
//! Status:
//!   enum: [active, closed]
//! ```
//!
//! ## Fix
//! Add the evident type (`type: string` here).

use crate::diag::Severity;
use crate::lint::{Context, Rule, schema_label};
use crate::tree::Value;

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF154",
    name: "missing-type",
    severity: Severity::Warning,
    selection: crate::lint::Selection::Default,
    summary: "a schema without `type` whose other keywords make the type evident",
    source: include_str!("missing_type.rs"),
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (api, m) in cx.apis() {
        for s in &m.schemas {
            // A member of allOf/anyOf/oneOf gets its type from the composition around it.
            let in_composition = s
                .pointer
                .rsplit('/')
                .nth(1)
                .is_some_and(|p| matches!(p, "allOf" | "anyOf" | "oneOf"));
            if in_composition
                || !s.types.is_empty()
                || s.never
                || s.reference.is_some()
                || !s.all_of.is_empty()
                || !s.any_of.is_empty()
                || !s.one_of.is_empty()
                || s.not().is_some()
            {
                continue;
            }
            // `properties` says object to every reader: nothing to report.
            let evident = if !s.properties.is_empty() {
                None
            } else if !s.required.is_empty() {
                Some(("object", "required"))
            } else if s.items.is_some() || !s.prefix_items.is_empty() {
                Some(("array", "items"))
            } else if s.pattern.is_some()
                || s.bounds().min_length.is_some()
                || s.bounds().max_length.is_some()
            {
                Some((
                    "string",
                    if s.pattern.is_some() {
                        "pattern"
                    } else {
                        "minLength"
                    },
                ))
            } else if s.bounds().minimum.is_some() || s.bounds().maximum.is_some() {
                Some((
                    "number",
                    if s.bounds().minimum.is_some() {
                        "minimum"
                    } else {
                        "maximum"
                    },
                ))
            } else if let Some(values) = &s.enum_values {
                let all = |f: fn(&Value) -> bool| {
                    !values.is_empty() && values.iter().all(|v| f(&v.value))
                };
                if all(|v| matches!(v, Value::String(_))) {
                    Some(("string", "enum"))
                } else if all(|v| matches!(v, Value::Number(_))) {
                    Some(("number", "enum"))
                } else {
                    None
                }
            } else {
                None
            };
            let Some((ty, because)) = evident else {
                continue;
            };
            let at = cx
                .key_loc(api, &format!("{}/{because}", s.pointer))
                .unwrap_or(s.loc);
            out.push(
                RULE.finding(format!(
                    "`{}` has no `type`, but its `{because}` says it is {} {ty}",
                    schema_label(s),
                    if ty.starts_with(['a', 'o']) {
                        "an"
                    } else {
                        "a"
                    }
                ))
                .at(at, format!("`{because}` implies `type: {ty}`"))
                .pointer(&*s.pointer)
                .help(if because == "enum" {
                    format!(
                        "add `type: {ty}`; without it generated code cannot give the field a type"
                    )
                } else {
                    format!(
                        "add `type: {ty}`; without it a value of any other type validates (`{because}` only constrains {ty}s)"
                    )
                })
                .fix(&*s.pointer, serde_json::json!({ "type": ty })),
            );
        }
    }
}
