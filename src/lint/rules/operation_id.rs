//! ## What it finds
//! Operations without an `operationId`, with one used by another operation, or with one that
//! cannot become an identifier (characters outside letters, digits, `_`, `-`, `.`). A webhook
//! without one is not reported: its key in `webhooks` (`eval_run_succeeded`) already names it.
//! A document whose operations have no operationIds at all gets one finding, not one per
//! operation.
//!
//! ## Why it matters
//! Generated clients name methods after the operationId; without one, names are guessed from
//! method and path and change when the path changes; duplicates collide.
//!
//! ## Example
//! Two operations with `operationId: getClient`.
//!
//! ## Fix
//! Give every operation a unique, stable operationId.

use crate::diag::Severity;
use crate::lint::{Context, Rule};
use std::collections::BTreeMap;

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF161",
    name: "operation-id",
    severity: Severity::Warning,
    selection: crate::lint::Selection::Default,
    summary: "an operation whose operationId is missing, duplicated, or not identifier-like",
    source: include_str!("operation_id.rs"),
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (api, m) in cx.apis() {
        let mut seen: BTreeMap<&str, &crate::model::Operation> = BTreeMap::new();
        // A webhook is named by its key (OpenAI gives none of its webhooks an operationId).
        let unnamed: Vec<&crate::model::Operation> = m
            .operations
            .iter()
            .filter(|op| op.operation_id.is_none() && !op.pointer.starts_with("/webhooks/"))
            .collect();
        let named = m
            .operations
            .iter()
            .filter(|op| op.operation_id.is_some())
            .count();
        // A document that names none of its operations made one choice, not one slip per
        // operation: one finding, with the first few as secondary places.
        let once = named == 0 && unnamed.len() > 1;
        if once {
            let list: Vec<String> = unnamed
                .iter()
                .map(|op| format!("`{} {}`", op.method, op.path))
                .collect();
            let mut d = RULE
                .finding(format!(
                    "none of the {} operations has an operationId ({})",
                    unnamed.len(),
                    crate::lint::listing(&list, 3, ", ")
                ))
                .at(unnamed[0].loc, "no operationId")
                .pointer(&unnamed[0].pointer)
                .help("add a unique operationId to each; generated method names come from it, and are guessed from method and path without one");
            for op in unnamed.iter().skip(1).take(4) {
                d = d.also(op.loc, "no operationId either");
            }
            out.push(d);
        }
        for op in &m.operations {
            let Some(id) = op.operation_id.as_deref() else {
                if once || op.pointer.starts_with("/webhooks/") {
                    continue;
                }
                out.push(
                    RULE.finding(format!("`{} {}` has no operationId", op.method, op.path))
                        .at(op.loc, "no operationId")
                        .pointer(&op.pointer)
                        .help("add a unique operationId; generated method names come from it"),
                );
                continue;
            };
            let ptr = format!("{}/operationId", op.pointer);
            let at = cx.key_loc(api, &ptr).unwrap_or(op.loc);
            if let Some(first) = seen.get(id) {
                out.push(
                    RULE.finding(format!(
                        "operationId `{id}` of `{} {}` is also used by `{} {}`",
                        op.method, op.path, first.method, first.path
                    ))
                    .at(at, "duplicate")
                    .pointer(&ptr)
                    .also(
                        cx.key_loc(api, &format!("{}/operationId", first.pointer))
                            .unwrap_or(first.loc),
                        "first use",
                    )
                    .help("operationIds must be unique in an API"),
                );
            } else {
                seen.insert(id, op);
            }
            // `apps/get-authenticated` (GitHub), `pets:list` and Tyk's path-shaped
            // `/users/{user_id}/custom-attributes-GET` map cleanly onto identifiers (generators
            // drop the separators); spaces and other punctuation do not.
            if id.is_empty()
                || !id
                    .chars()
                    .all(|c| c.is_alphanumeric() || "_-./:{}".contains(c))
            {
                out.push(
                    RULE.finding(format!(
                        "operationId `{id}` has characters that cannot become part of an identifier"
                    ))
                    .at(at, "here")
                    .pointer(&ptr)
                    .help("use letters, digits and `_ - . / :` only"),
                );
            }
        }
    }
}
