//! ## What it finds
//! A request body that is optional (no `required: true`; OpenAPI's default is `false`) while
//! its schema has required properties.
//!
//! ## Why it matters
//! The API cannot do anything useful with an absent body that would have to contain required
//! fields; generated clients make the body optional and let callers send nothing, and servers
//! generated from the spec accept requests the real API rejects.
//!
//! ## Example
//! ```yaml
//! requestBody:
//!   content:
//!     application/json:
//!       schema: {$ref: '#/components/schemas/OAuthClientTypeBasic'}  # required: [Name, ...]
//! ```
//!
//! ## Fix
//! Add `required: true` to the request body.

use crate::diag::Severity;
use crate::lint::{Context, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF152",
    name: "optional-body-with-required-fields",
    severity: Severity::Warning,
    selection: crate::lint::Selection::Default,
    summary: "an optional request body whose schema has required properties",
    source: include_str!("optional_body_required_fields.rs"),
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (api, m) in cx.apis() {
        // A webhook's body is sent by the API itself; it is never absent.
        for op in m.operations.iter().filter(|o| !o.webhook) {
            let Some(body) = &op.request_body else {
                continue;
            };
            if body.required {
                continue;
            }
            let Some(schema) = body.content.iter().find_map(|c| c.schema) else {
                continue;
            };
            let s = m.resolve(schema);
            let mut required: Vec<&str> = s.required.iter().map(|(n, _)| n.as_str()).collect();
            for &part in &s.all_of {
                required.extend(m.resolve(part).required.iter().map(|(n, _)| n.as_str()));
            }
            if required.is_empty() {
                continue;
            }
            let at = cx.key_loc(api, &body.pointer).unwrap_or(body.loc);
            out.push(
                RULE.finding(format!(
                    "the request body of `{}` is optional, but {} requires {}",
                    op.name,
                    match s.component_name() {
                        Some(n) => format!("its schema `{n}`"),
                        None => "its schema".to_string(),
                    },
                    required
                        .iter()
                        .map(|r| format!("`{r}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
                .at(at, "optional (no `required: true`)")
                .pointer(&body.pointer)
                .also(s.loc, "schema with required properties")
                .help("add `required: true` to the request body")
                .fix(&body.pointer, serde_json::json!({ "required": true })),
            );
        }
    }
}
