//! ## What it finds
//! Operations that use a tag one small edit away from a tag the document's `tags` list
//! defines (a typo: `Acount` beside `Account`), and security requirements naming a scheme that
//! `components.securitySchemes` does not define. OpenAPI allows tags the list does not
//! declare, so an undeclared tag like no declared one is not reported.
//!
//! ## Why it matters
//! A misspelt tag splits one group of operations in two (in docs, and in SDK modules named
//! by tag) and loses the declared tag's description; an undefined security scheme
//! means clients cannot know how to authenticate, and generated code sends no credentials.
//!
//! ## Example
//! `security: [{bearer: []}]` with only `oauth2` defined.
//!
//! ## Fix
//! Define the tag or scheme, or correct the name.

use crate::diag::Severity;
use crate::lint::{Context, Rule};
use crate::tree::Node;

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF164",
    name: "undefined-tag-or-security-scheme",
    severity: Severity::Warning,
    selection: crate::lint::Selection::Default,
    summary: "operation tags or security requirements naming something never defined",
    source: include_str!("undefined_references.rs"),
    check,
};

/// The declared tag `tag` misspells: the same ignoring case and separators, or one edit away
/// (two for long names). Looser matching took Telnyx's `Messaging` for a slip of `Messages`.
fn near_miss<'t>(tag: &str, declared: &[&'t str]) -> Option<&'t str> {
    let fold = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let key = fold(tag);
    let limit = if key.chars().count() >= 12 { 2 } else { 1 };
    declared.iter().copied().find(|d| {
        let other = fold(d);
        // Short names (`v1`, `v2`) differ by one edit and mean different things.
        other == key
            || (key.chars().count() >= 4 && crate::similar::edit_distance(&key, &other) <= limit)
    })
}

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (api, m) in cx.apis() {
        let tags: Vec<&str> = api
            .doc
            .get("tags")
            .and_then(Node::as_seq)
            .map(|t| {
                t.iter()
                    .filter_map(|x| x.get("name").and_then(Node::as_str))
                    .collect()
            })
            .unwrap_or_default();
        // An undefined tag is one defect however many operations use it: reported once, at
        // its first use, with the operations that use it.
        let mut undefined: std::collections::BTreeMap<
            &str,
            Vec<(&crate::model::Operation, String)>,
        > = Default::default();
        if !tags.is_empty() {
            for op in &m.operations {
                for (i, t) in op.tags.iter().enumerate() {
                    // OpenAPI allows undeclared tags; only a near miss of a declared one is a
                    // defect (SailPoint's 163 undeclared tags are a choice, not 163 typos).
                    if !tags.contains(&t.as_str()) && near_miss(t, &tags).is_some() {
                        undefined
                            .entry(t.as_str())
                            .or_default()
                            .push((op, format!("{}/tags/{i}", op.pointer)));
                    }
                }
            }
        }
        for (t, uses) in undefined {
            let (op, ptr) = &uses[0];
            let named: Vec<String> = uses.iter().map(|(o, _)| format!("`{}`", o.name)).collect();
            let by = crate::lint::listing(&named, 3, ", ");
            out.push(
                RULE.finding(format!(
                    "tag `{t}` (used by {by}) is not in the document's `tags` list"
                ))
                .at(cx.key_loc(api, ptr).unwrap_or(op.loc), "undefined tag")
                .pointer(ptr.clone())
                .help(match near_miss(t, &tags) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => "add it to the top-level `tags` with a description".to_string(),
                }),
            );
        }
        for op in &m.operations {
            let reqs = m.effective_security(op);
            for (i, req) in reqs.into_iter().flatten().enumerate() {
                for name in req.keys() {
                    if m.security_schemes.contains_key(name) {
                        continue;
                    }
                    let ptr = if op.security.is_some() {
                        format!("{}/security/{i}", op.pointer)
                    } else {
                        format!("/security/{i}")
                    };
                    out.push(
                        RULE.finding(format!("`{}` requires security scheme `{name}`, which `components.securitySchemes` does not define", op.name))
                            .at(cx.key_loc(api, &ptr).unwrap_or(op.loc), "undefined scheme")
                            .pointer(ptr)
                            .help(match crate::similar::closest(name, m.security_schemes.keys().map(String::as_str)) {
                                Some(s) => format!("did you mean `{s}`?"),
                                None => "define the scheme under `components.securitySchemes`".to_string(),
                            }),
                    );
                }
            }
        }
    }
}
