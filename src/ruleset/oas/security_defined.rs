//! `oasSecurityDefined`: a security requirement names defined schemes, and scopes those
//! schemes list.

use super::common::{below, failure, key};
use crate::ruleset::function::{Context, Failure, Function, Segment};
use crate::tree::Node;

/// The function.
pub const FUNCTION: Function = Function {
    name: "oasSecurityDefined",
    call,
    check_options,
    reads_logical_path: false,
};

/// The OpenAPI major version the options name (where schemes are defined).
fn version(options: Option<&Node>) -> Option<i64> {
    options?.get("oasVersion")?.as_number()?.as_i64()
}

fn check_options(options: Option<&Node>) -> Result<(), String> {
    let map = options
        .and_then(Node::as_map)
        .ok_or("oasSecurityDefined needs functionOptions with `oasVersion`")?;
    if let Some(k) = map.keys().find(|k| k.as_str() != "oasVersion") {
        return Err(format!(
            "unknown option `{k}` (only `oasVersion` is allowed)"
        ));
    }
    match version(options) {
        Some(2 | 3) | None => Ok(()),
        Some(v) => Err(format!("`oasVersion` must be 2 or 3, not {v}")),
    }
}

fn call(input: Option<&Node>, options: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(requirement) = input.and_then(Node::as_map) else {
        return Vec::new();
    };
    // The input must map each scheme to a list of strings, or nothing is checked.
    let valid = requirement.values().all(|e| {
        e.node
            .as_seq()
            .is_some_and(|s| s.iter().all(|n| n.as_str().is_some()))
    });
    if !valid || requirement.is_empty() || cx.document.as_map().is_none() {
        return Vec::new();
    }
    let v2 = version(options) == Some(2);
    let schemes = if v2 {
        cx.document.get("securityDefinitions")
    } else {
        cx.document
            .get("components")
            .and_then(|c| c.get("securitySchemes"))
    }
    .and_then(Node::as_map);
    let mut out = Vec::new();
    for (name, scopes) in requirement.iter() {
        let Some(scheme) = schemes.and_then(|s| s.get(name)) else {
            let object = if cx.path.len() == 2 {
                "API"
            } else {
                "Operation"
            };
            let location = if v2 {
                "securityDefinitions"
            } else {
                "components.securitySchemes"
            };
            out.push(failure(
                format!("{object} \"security\" values must match a scheme defined in the \"{location}\" object."),
                below(cx, [key(name)]),
            ));
            continue;
        };
        for (i, scope) in scopes.node.as_seq().unwrap_or_default().iter().enumerate() {
            let scope = scope.as_str().unwrap_or_default();
            if !scope_defined(v2, scope, &scheme.node) {
                out.push(failure(
                    format!("\"{scope}\" must be listed among scopes."),
                    below(cx, [key(name), Segment::Index(i)]),
                ));
            }
        }
    }
    out
}

fn scope_defined(v2: bool, scope: &str, scheme: &Node) -> bool {
    let listed = |scopes: Option<&Node>| {
        scopes
            .and_then(Node::as_map)
            .is_some_and(|m| m.contains_key(scope))
    };
    if v2 {
        return listed(scheme.get("scopes"));
    }
    scheme
        .get("flows")
        .and_then(Node::as_map)
        .is_some_and(|flows| flows.values().any(|f| listed(f.node.get("scopes"))))
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::run;
    use super::FUNCTION;

    const DOC3: &str = "openapi: 3.0.0
components:
  securitySchemes:
    oauth: {type: oauth2, flows: {implicit: {scopes: {read: r}}}}
security: [{oauth: [read, write]}, {missing: []}]
";

    #[test]
    fn undefined_schemes_and_scopes_fail() {
        let o = Some("oasVersion: 3");
        assert_eq!(
            run(&FUNCTION, DOC3, "security.0", o),
            ["security.0.oauth.1"]
        );
        assert_eq!(
            run(&FUNCTION, DOC3, "security.1", o),
            ["security.1.missing"]
        );
    }

    #[test]
    fn swagger_2_reads_security_definitions() {
        let doc = "swagger: '2.0'\nsecurityDefinitions: {k: {type: oauth2, scopes: {a: a}}}\nsecurity: [{k: [a, b]}]";
        assert_eq!(
            run(&FUNCTION, doc, "security.0", Some("oasVersion: 2")),
            ["security.0.k.1"]
        );
    }

    #[test]
    fn options_are_checked() {
        let bad = super::super::common::testing::yaml("oasVersion: 4");
        assert!((FUNCTION.check_options)(Some(&bad)).is_err());
    }
}
