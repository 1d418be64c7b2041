//! `oasOpFormDataConsumeCheck`: a Swagger 2 operation with an `in: formData` parameter
//! consumes a form media type.

use super::common::{failure, js_string, no_options};
use crate::ruleset::function::{Context, Failure, Function};
use crate::tree::Node;

/// The function.
pub const FUNCTION: Function = Function {
    name: "oasOpFormDataConsumeCheck",
    call,
    check_options: no_options,
    reads_logical_path: false,
};

fn call(input: Option<&Node>, _: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(op) = input else {
        return Vec::new();
    };
    // Both fields are required of the input, as arrays; otherwise there is nothing to check.
    let (Some(consumes), Some(parameters)) = (
        op.get("consumes").and_then(Node::as_seq),
        op.get("parameters").and_then(Node::as_seq),
    ) else {
        return Vec::new();
    };
    let form = parameters
        .iter()
        .any(|p| cx.deref(p).get("in").and_then(Node::as_str) == Some("formData"));
    let joined = consumes
        .iter()
        .map(|c| js_string(Some(c)))
        .collect::<Vec<_>>()
        .join(",");
    if form
        && !joined.contains("application/x-www-form-urlencoded")
        && !joined.contains("multipart/form-data")
    {
        return vec![failure(
            "Consumes must include urlencoded, multipart, or form-data media type when using formData parameter.",
            cx.path.to_vec(),
        )];
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::run;
    use super::FUNCTION;

    #[test]
    fn form_parameters_need_a_form_media_type() {
        let doc = "swagger: '2.0'\npaths: {/a: {post: {consumes: [application/json], parameters: [{in: formData, name: f}]}}}";
        assert_eq!(
            run(&FUNCTION, doc, "paths./a.post", None),
            ["paths./a.post"]
        );
        let doc = "swagger: '2.0'\npaths: {/a: {post: {consumes: [multipart/form-data], parameters: [{in: formData, name: f}]}}}";
        assert!(run(&FUNCTION, doc, "paths./a.post", None).is_empty());
    }

    #[test]
    fn without_consumes_nothing_is_checked() {
        let doc = "swagger: '2.0'\npaths: {/a: {post: {parameters: [{in: formData, name: f}]}}}";
        assert!(run(&FUNCTION, doc, "paths./a.post", None).is_empty());
    }
}
