//! `oasOpParams`: an operation's parameters are unique by `in` and `name`, and it has at most
//! one body parameter and not both body and form parameters.

use super::common::{below, failure, is_object, js_string, no_options};
use crate::ruleset::function::{Context, Failure, Function, Segment};
use crate::tree::Node;

/// The function.
pub const FUNCTION: Function = Function {
    name: "oasOpParams",
    call,
    check_options: no_options,
    reads_logical_path: false,
};

fn call(input: Option<&Node>, _: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(params) = input.and_then(Node::as_seq) else {
        return Vec::new();
    };
    if params.len() < 2 {
        return Vec::new();
    }
    let mut seen: Vec<String> = Vec::new();
    let mut duplicates = Vec::new();
    let (mut body, mut form) = (Vec::new(), Vec::new());
    for (i, p) in params.iter().enumerate() {
        let p = cx.deref(p);
        if !is_object(p) || p.get("$ref").is_some() {
            continue;
        }
        let fingerprint = format!("{}-{}", js_string(p.get("in")), js_string(p.get("name")));
        if seen.contains(&fingerprint) {
            duplicates.push(i);
        } else {
            seen.push(fingerprint);
        }
        match p.get("in").and_then(Node::as_str) {
            Some("body") => body.push(i),
            Some("formData") => form.push(i),
            _ => {}
        }
    }
    let mut out: Vec<Failure> = duplicates
        .into_iter()
        .map(|i| {
            failure(
                "A parameter in this operation already exposes the same combination of \"name\" and \"in\" values.",
                below(cx, [Segment::Index(i)]),
            )
        })
        .collect();
    if !body.is_empty() && !form.is_empty() {
        out.push(failure(
            "Operation must not have both \"in:body\" and \"in:formData\" parameters.",
            cx.path.to_vec(),
        ));
    }
    out.extend(body.iter().skip(1).map(|&i| {
        failure(
            "Operation must not have more than a single instance of the \"in:body\" parameter.",
            below(cx, [Segment::Index(i)]),
        )
    }));
    out
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::run;
    use super::FUNCTION;

    #[test]
    fn repeated_name_and_place_fails_at_the_repeat() {
        let doc = "p: [{in: query, name: a}, {in: header, name: a}, {in: query, name: a}]";
        assert_eq!(run(&FUNCTION, doc, "p", None), ["p.2"]);
    }

    #[test]
    fn body_rules() {
        let doc = "p: [{in: body, name: a}, {in: body, name: b}, {in: formData, name: c}]";
        assert_eq!(run(&FUNCTION, doc, "p", None), ["p", "p.1"]);
    }

    #[test]
    fn references_are_not_compared() {
        let doc = "p: [{$ref: '#/x'}, {$ref: '#/x'}]";
        assert!(run(&FUNCTION, doc, "p", None).is_empty());
    }
}
