//! ## What it finds
//! One API answering the same kind of operation with different status codes: create
//! operations (a POST to a collection whose items have their own path, `POST /pets` beside
//! `/pets/{id}`, or an operationId/summary starting with "create"; not a POST that runs a
//! query or an action) that
//! succeed with `200` in one place and `201` in another; request validation errors declared as
//! `400` here and `422` there.
//!
//! ## Why it matters
//! Clients hard-code success and error handling per status; drift means some handlers are
//! wrong, and generated code has a different response type per operation for the same thing.
//!
//! ## Example
//! `create-oauth-provider-client-type` answers `200`, `create-product-client-type` answers
//! `201`; the first reports a bad payload as `400`, the second as `422`.
//!
//! ## Fix
//! Document what the API really returns; if the API itself is inconsistent, that is worth a
//! report to the vendor.

use crate::diag::{Diagnostic, Severity};
use crate::lint::{Context, Rule};
use crate::model::{HttpMethod, Operation};
use crate::tree::pointer_join;

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF143",
    name: "status-code-drift",
    severity: Severity::Warning,
    selection: crate::lint::Selection::OptIn,
    summary: "create operations answering 200 and 201, or validation errors as 400 and 422, in one API",
    source: include_str!("status_drift.rs"),
    check,
};

/// A path with its parameter names dropped (`/pets/{id}` → `/pets/{}`), to compare shapes.
fn shape(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_param = false;
    for c in path.trim_end_matches('/').chars() {
        match c {
            '{' => {
                in_param = true;
                out.push_str("{}");
            }
            '}' => in_param = false,
            _ if in_param => {}
            c => out.push(c),
        }
    }
    out
}

/// Paths (as [`shape`]s) that have an item below them: `/pets` when `/pets/{id}` exists.
fn collections(ops: &[Operation]) -> std::collections::HashSet<String> {
    ops.iter()
        .filter_map(|o| shape(&o.path).strip_suffix("/{}").map(str::to_string))
        .collect()
}

/// A create: a POST whose operationId or summary says "create", or a POST to a collection
/// that has items (`POST /pets` beside `/pets/{id}`). A POST that runs a query, an action, or
/// adds to a list (`POST /query`, `AddEmailToAccessList`) is not one.
fn is_create(op: &Operation, collections: &std::collections::HashSet<String>) -> bool {
    if op.method != HttpMethod::Post || op.webhook {
        return false;
    }
    let says_create = |s: &str| {
        let s = s.trim().to_ascii_lowercase();
        s.starts_with("create") || s.starts_with("post_create") || s.starts_with("post-create")
    };
    op.operation_id.as_deref().is_some_and(says_create)
        || op.summary.as_deref().is_some_and(says_create)
        || collections.contains(&shape(&op.path))
}

fn success(op: &Operation) -> Option<&str> {
    op.responses
        .iter()
        .map(|r| r.status.as_str())
        .filter(|s| s.starts_with('2'))
        .min()
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (api, m) in cx.apis() {
        let loc = |op: &Operation, status: &str| {
            let ptr = pointer_join(&format!("{}/responses", op.pointer), status);
            (cx.key_loc(api, &ptr).unwrap_or(op.loc), ptr)
        };
        // Create operations: 200 vs 201.
        let collections = collections(&m.operations);
        let creates: Vec<(&Operation, &str)> = m
            .operations
            .iter()
            .filter(|o| is_create(o, &collections))
            .filter_map(|o| success(o).map(|s| (o, s)))
            .filter(|(_, s)| *s == "200" || *s == "201")
            .collect();
        let with = |code: &str| {
            creates
                .iter()
                .filter(|(_, s)| *s == code)
                .collect::<Vec<_>>()
        };
        let (ok, created) = (with("200"), with("201"));
        if !ok.is_empty() && !created.is_empty() {
            // 201 is the standard answer to a create; the 200s are reported unless they are most.
            let (minority, majority, m_code, maj_code) = if ok.len() <= created.len() {
                (&ok, &created, "200", "201")
            } else {
                (&created, &ok, "201", "200")
            };
            let (op, _) = minority[0];
            let (other, _) = majority[0];
            let (at, ptr) = loc(op, m_code);
            out.push(
                RULE.finding(format!(
                    "create operation `{}` succeeds with {m_code}, while `{}` succeeds with {maj_code} ({} vs {} create operations)",
                    op.name,
                    other.name,
                    minority.len(),
                    majority.len()
                ))
                .at(at, format!("{m_code} here"))
                .pointer(ptr)
                .also(loc(other, maj_code).0, format!("{maj_code} here"))
                .help("document the status the API really returns; one status for every create is what clients expect"),
            );
        }
        // Validation errors: 400 vs 422 on operations with a request body.
        let has = |o: &Operation, s: &str| o.responses.iter().any(|r| r.status == s);
        let bodied: Vec<&Operation> = m
            .operations
            .iter()
            .filter(|o| o.request_body.is_some())
            .collect();
        let only400: Vec<&&Operation> = bodied
            .iter()
            .filter(|o| has(o, "400") && !has(o, "422"))
            .collect();
        let only422: Vec<&&Operation> = bodied
            .iter()
            .filter(|o| has(o, "422") && !has(o, "400"))
            .collect();
        if !only400.is_empty() && !only422.is_empty() {
            let (minority, majority, m_code, maj_code) = if only400.len() <= only422.len() {
                (&only400, &only422, "400", "422")
            } else {
                (&only422, &only400, "422", "400")
            };
            let op = minority[0];
            let other = majority[0];
            let (at, ptr) = loc(op, m_code);
            out.push(
                RULE.finding(format!(
                    "`{}` reports an invalid request body as {m_code}, while `{}` uses {maj_code} for the same",
                    op.name, other.name
                ))
                .at(at, format!("{m_code} here"))
                .pointer(ptr)
                .also(loc(other, maj_code).0, format!("{maj_code} here"))
                .help("use one status for request validation errors across the API (and document both if the API really sends both)"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::shape;

    #[test]
    fn shapes_drop_parameter_names() {
        assert_eq!(shape("/pets/{petId}/tags/{tag}/"), "/pets/{}/tags/{}");
    }
}
