//! ## What it finds
//! A field declared `type: string` whose examples are numbers, or numeric strings with a
//! description that says it counts something (SailPoint's `accessTokenValiditySeconds`:
//! `type: string`, example `750`, "the number of seconds").
//!
//! ## Why it matters
//! A client generated from the schema sends `"750"` where the server may expect `750`, and
//! fails to read `750` from responses. Validators reject every real example.
//!
//! ## Example
//! ```yaml
//! accessTokenValiditySeconds:
//!   type: string
//!   example: 750
//! ```
//!
//! ## Fix
//! Declare the number: `type: integer` (add `format: int32`/`int64` as fits). If the API
//! really sends a string, write the example as a string (`"750"`). specforge generates a type
//! that accepts both forms until the vendor fixes the schema.

use crate::diag::Severity;
use crate::lint::{Context, Rule, schema_label};
use crate::model::{Evidence, Semantic};

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF122",
    name: "number-as-string",
    severity: Severity::Warning,
    summary: "a number declared as a string (numeric examples, counts in the description)",
    source: include_str!("number_as_string.rs"),
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (api, m) in cx.apis() {
        for s in &m.schemas {
            let Some(Semantic::NumericString { integer, evidence }) = s.semantic.as_deref() else {
                continue;
            };
            let ptr = format!("{}/type", s.pointer);
            let at = cx.key_loc(api, &ptr).unwrap_or(s.loc);
            let values: Vec<String> = evidence
                .iter()
                .filter_map(|e| match e {
                    Evidence::Example { value, .. } => Some(value.to_string()),
                    _ => None,
                })
                .collect();
            let mut unique = values.clone();
            unique.dedup();
            let ty = if *integer { "integer" } else { "number" };
            let mut d = RULE
                .finding(format!(
                    "`{}` is declared `type: string`, but its examples are numeric ({}): the data is a number",
                    schema_label(s),
                    unique.join(", ")
                ))
                .at(at, "declared a string here")
                .pointer(&ptr)
                .help(format!("declare `type: {ty}`; or, if the API really sends a string, write the example as a string"));
            // Keep `null` when the type is a 3.1 list.
            let new_type = match cx.node(api, &ptr).and_then(crate::tree::Node::as_seq) {
                Some(list) => serde_json::Value::Array(
                    list.iter()
                        .map(|t| match t.as_str() {
                            Some("string") => serde_json::json!(ty),
                            _ => t.to_json(),
                        })
                        .collect(),
                ),
                None => serde_json::json!(ty),
            };
            d = d.fix(&*s.pointer, serde_json::json!({ "type": new_type }));
            for e in evidence {
                if let Evidence::Example { loc, value } = e {
                    d = d.also(*loc, format!("{value}"));
                }
            }
            out.push(d);
        }
    }
}
