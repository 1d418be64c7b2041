//! ## What it finds
//! An OpenAPI 3.2 operation whose parameters, its own and its Path Item's together, have an
//! `in: querystring` parameter beside `in: query` parameters, or more than one
//! `in: querystring` parameter.
//!
//! ## Why it matters
//! A `querystring` parameter is the whole query string. There is no room beside it for
//! another one or for separate query parameters, so a client cannot send both and a server
//! cannot tell which parameter a query string is for. The OpenAPI schema catches this only
//! within one `parameters` list; split between a Path Item and its operation, it passes.
//!
//! ## Example
//! A Path Item with `- {name: filter, in: querystring, content: {...}}` whose `get` adds
//! `- {name: page, in: query}`.
//!
//! ## Fix
//! Move the `query` parameters into the `querystring` parameter's schema (as properties of
//! an `application/x-www-form-urlencoded` object), or keep separate `query` parameters and
//! drop the `querystring` one.

use crate::diag::Severity;
use crate::lint::{Context, Rule};
use crate::model::ParamLocation;
use std::collections::BTreeSet;

/// The rule.
pub const RULE: Rule = Rule {
    code: "SF167",
    name: "querystring-conflict",
    severity: Severity::Error,
    selection: crate::lint::Selection::Default,
    summary: "a 3.2 `querystring` parameter beside `query` parameters or another `querystring` one",
    source: include_str!("querystring_conflict.rs"),
    check,
};

fn check(cx: &Context<'_>, out: &mut Vec<crate::diag::Diagnostic>) {
    for (_, m) in cx.apis() {
        // A Path Item's parameter is shared by its operations: one finding per pair of
        // declarations, not per operation.
        let mut seen = BTreeSet::new();
        for op in &m.operations {
            let whole: Vec<_> = op
                .parameters
                .iter()
                .filter(|p| p.location == ParamLocation::QueryString)
                .collect();
            let Some(first) = whole.first() else {
                continue;
            };
            let others = op.parameters.iter().filter(|p| {
                p.location == ParamLocation::Query
                    || p.location == ParamLocation::QueryString && p.pointer != first.pointer
            });
            for other in others {
                if !seen.insert((first.pointer.clone(), other.pointer.clone())) {
                    continue;
                }
                let what = if other.location == ParamLocation::Query {
                    format!("the query parameter `{}`", other.name)
                } else {
                    format!("a second querystring parameter `{}`", other.name)
                };
                out.push(
                    RULE.finding(format!(
                        "`{}` has the querystring parameter `{}`, the whole query string, and {what} beside it",
                        op.name, first.name
                    ))
                    .at(other.loc, "cannot be sent beside the querystring")
                    .pointer(&other.pointer)
                    .also(first.loc, "the whole query string")
                    .help("make it a property of the querystring parameter's schema, or drop the querystring parameter"),
                );
            }
        }
    }
}
