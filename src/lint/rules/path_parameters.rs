//! ## What it finds
//! Path templates whose `{name}` has no `in: path` parameter, and path parameters whose name
//! does not appear in the template (or that are not `required: true`). One of each in an
//! operation is one rename, reported once.
//!
//! ## Why it matters
//! A client cannot fill a placeholder it has no parameter for; a declared parameter that is
//! not in the path is never sent. Both are usually a rename done in one place only.
//!
//! ## Example
//! `/clients/{client_id}` with a parameter named `clientId`.
//!
//! ## Fix
//! Make the template and the parameter names match, and mark path parameters required.

use crate::diag::Severity;
use crate::lint::{Context, Rule};
use crate::model::ParamLocation;

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF163",
    name: "path-parameter-mismatch",
    severity: Severity::Error,
    selection: crate::lint::Selection::Default,
    summary: "path template placeholders and `in: path` parameters that do not match",
    source: include_str!("path_parameters.rs"),
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (api, m) in cx.apis() {
        for op in m.operations.iter().filter(|o| !o.webhook) {
            // Placeholders may share a segment with text: `{sid}.json`, `{id}?beta=true`.
            let names = op.path_placeholders();
            let declared: Vec<&crate::model::Parameter> = op
                .parameters
                .iter()
                .filter(|p| p.location == ParamLocation::Path)
                .collect();
            let lonely_names: Vec<&str> = names
                .iter()
                .copied()
                .filter(|n| !declared.iter().any(|p| p.name == *n))
                .collect();
            let lonely_params: Vec<&&crate::model::Parameter> = declared
                .iter()
                .filter(|p| !names.contains(&p.name.as_str()))
                .collect();
            // One placeholder without a parameter and one parameter without a placeholder are
            // one rename done in one place only: one finding, not two.
            let renamed = match (lonely_names.as_slice(), lonely_params.as_slice()) {
                ([n], [p]) => {
                    out.push(
                        RULE.finding(format!(
                            "path parameter `{}` of `{}` does not match the placeholder `{{{n}}}` of `{}`",
                            p.name, op.name, op.path
                        ))
                        .at(p.loc, "not in the template")
                        .pointer(&p.pointer)
                        .also(op.loc, format!("the path has `{{{n}}}`"))
                        .help(format!("rename one so they match (a client cannot fill `{{{n}}}`, and `{}` is never sent)", p.name)),
                    );
                    true
                }
                _ => false,
            };
            for n in &names {
                if !renamed && !declared.iter().any(|p| p.name == *n) {
                    let suggestion =
                        crate::similar::closest(n, declared.iter().map(|p| p.name.as_str()));
                    out.push(
                        RULE.finding(format!(
                            "`{{{n}}}` in `{}` has no `in: path` parameter in `{}`",
                            op.path, op.name
                        ))
                        .at(op.loc, "operation")
                        .pointer(&op.pointer)
                        .help(match suggestion {
                            Some(s) => {
                                format!("the parameter `{s}` looks like it; make the names match")
                            }
                            None => format!("declare `- name: {n}, in: path, required: true`"),
                        }),
                    );
                }
            }
            for p in &declared {
                if !renamed && !names.contains(&p.name.as_str()) {
                    out.push(
                        RULE.finding(format!("path parameter `{}` of `{}` is not in the path `{}`", p.name, op.name, op.path))
                            .at(p.loc, "not in the template")
                            .pointer(&p.pointer)
                            .help("rename it to match a `{placeholder}` of the path, or make it a query parameter"),
                    );
                }
                let required = cx
                    .node(api, &p.pointer)
                    .and_then(|n| n.get("required"))
                    .and_then(crate::tree::Node::as_bool);
                if required != Some(true) {
                    out.push(
                        RULE.finding(format!(
                            "path parameter `{}` of `{}` is not marked `required: true`",
                            p.name, op.name
                        ))
                        .at(p.loc, "path parameters are always required")
                        .pointer(&p.pointer)
                        .help("add `required: true`")
                        .fix(&p.pointer, serde_json::json!({ "required": true })),
                    );
                }
            }
        }
    }
}
