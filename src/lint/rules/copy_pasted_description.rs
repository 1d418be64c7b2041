//! ## What it finds
//! Sibling properties of one object sharing the same description, where the description fits
//! one of them at most (Tyk's `UpdatedAt` is "Timestamp of when this client type was
//! created", copied from `CreatedAt`). A deprecated property and its sibling are not compared:
//! a field renamed with the old name kept as a deprecated alias (Adyen's
//! `recurringDetailReference`, "Use `storedPaymentMethodId` instead") holds the same value, and
//! one description for both is right.
//!
//! ## Why it matters
//! Documentation and generated doc comments then state something false about the field; the
//! copy usually hides a missing explanation of what the second field means.
//!
//! ## Example
//! ```yaml
//! CreatedAt: {description: Timestamp of when this client type was created}
//! UpdatedAt: {description: Timestamp of when this client type was created}
//! ```
//!
//! ## Fix
//! Describe each property on its own ("…was last updated").

use crate::diag::Severity;
use crate::lint::{Context, Rule, schema_label};
use crate::tree::pointer_join;

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF153",
    name: "copy-pasted-description",
    severity: Severity::Warning,
    selection: crate::lint::Selection::Default,
    summary: "sibling properties sharing one (copy-pasted) description",
    source: include_str!("copy_pasted_description.rs"),
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (api, m) in cx.apis() {
        for s in &m.schemas {
            let props: Vec<(&str, Option<&str>, &crate::model::Property)> = s
                .properties
                .iter()
                .map(|(n, p)| {
                    (
                        n.as_str(),
                        p.description
                            .as_deref()
                            .or(m.schema(p.schema).description.as_deref()),
                        p,
                    )
                })
                .collect();
            for (i, (name, desc, p)) in props.iter().enumerate() {
                let Some(desc) = desc else {
                    continue;
                };
                if desc.split_whitespace().count() < 3 {
                    continue; // "Identifier", "The name": too short to call a copy
                }
                let Some((first, _, fp)) = props[..i].iter().find(|(_, d, _)| *d == Some(*desc))
                else {
                    continue;
                };
                // A deprecated alias and its replacement describe one value.
                if m.schema(p.schema).deprecated || m.schema(fp.schema).deprecated {
                    continue;
                }
                // Shared generic text ("ISO 8601 timestamp") is fine; a copy is text that names
                // the first property ("…was created") and not the second (`UpdatedAt`).
                if !mentions(desc, first, name) || mentions(desc, name, first) {
                    continue;
                }
                let props_ptr = format!("{}/properties", s.pointer);
                let ptr = pointer_join(&pointer_join(&props_ptr, name), "description");
                let first_ptr = pointer_join(&pointer_join(&props_ptr, first), "description");
                let at = cx.key_loc(api, &ptr).or_else(|| {
                    let target = m.schema(p.schema);
                    cx.key_loc(api, &format!("{}/description", target.pointer))
                });
                out.push(
                    RULE.finding(format!(
                        "`{name}` in `{}` has the same description as `{first}`: \"{desc}\"",
                        schema_label(s)
                    ))
                    .at(at.unwrap_or(p.key_loc), "copied description")
                    .pointer(ptr)
                    .also(
                        cx.key_loc(api, &first_ptr).unwrap_or(fp.key_loc),
                        format!("`{first}` says the same"),
                    )
                    .help(format!("describe what `{name}` holds")),
                );
            }
        }
    }
}

/// Whether `desc` mentions a word of `name` (4+ letters, matched on a 5-letter stem) that
/// `other` does not have.
fn mentions(desc: &str, name: &str, other: &str) -> bool {
    let text = desc.to_lowercase();
    let other = crate::lint::identifier_words(other);
    crate::lint::identifier_words(name)
        .into_iter()
        .filter(|w| w.len() >= 4 && !other.contains(w))
        .any(|w| {
            let stem: String = w.chars().take(5).collect();
            text.split(|c: char| !c.is_alphanumeric())
                .any(|t| t.starts_with(&stem))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_heuristic() {
        let d = "Timestamp of when this client type was created";
        assert!(mentions(d, "CreatedAt", "UpdatedAt"));
        assert!(!mentions(d, "UpdatedAt", "CreatedAt"));
        assert!(!mentions(
            "ISO 8601 timestamp with millisecond precision.",
            "created_at",
            "updated_at"
        ));
        assert_eq!(
            crate::lint::identifier_words("UpdatedAt"),
            ["updated", "at"]
        );
        assert_eq!(crate::lint::identifier_words("client_id"), ["client", "id"]);
    }
}
