//! `oasOpSuccessResponse`: an operation's `responses` has a 2xx or 3xx code (or, in OpenAPI 3,
//! the `2XX`/`3XX` ranges).

use super::common::{Formats, failure, no_options};
use crate::ruleset::function::{Context, Failure, Function};
use crate::tree::Node;

/// The function.
pub const FUNCTION: Function = Function {
    name: "oasOpSuccessResponse",
    call,
    check_options: no_options,
    reads_logical_path: false,
};

fn call(input: Option<&Node>, _: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(responses) = input.and_then(Node::as_map) else {
        return Vec::new();
    };
    let ranges = Formats::of(cx.document).oas3;
    let success = responses.keys().any(|code| {
        (ranges && (code == "2XX" || code == "3XX"))
            // JavaScript's Number(code): surrounding blanks are ignored.
            || code.trim().parse::<f64>().is_ok_and(|n| (200.0..400.0).contains(&n))
    });
    if success {
        return Vec::new();
    }
    vec![failure(
        "Operation must define at least a single 2xx or 3xx response",
        cx.path.to_vec(),
    )]
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::run;
    use super::FUNCTION;

    #[test]
    fn an_operation_without_success_fails_at_its_responses() {
        let doc = "openapi: 3.0.0\npaths: {/a: {get: {responses: {'400': {}, default: {}}}}}";
        assert_eq!(
            run(&FUNCTION, doc, "paths./a.get.responses", None),
            ["paths./a.get.responses"]
        );
    }

    #[test]
    fn codes_and_ranges_count() {
        let doc = "openapi: 3.0.0\npaths: {/a: {get: {responses: {'2XX': {}}}, put: {responses: {'302': {}}}}}";
        assert!(run(&FUNCTION, doc, "paths./a.get.responses", None).is_empty());
        assert!(run(&FUNCTION, doc, "paths./a.put.responses", None).is_empty());
        // Ranges are OpenAPI 3's.
        let doc = "swagger: '2.0'\npaths: {/a: {get: {responses: {'2XX': {}}}}}";
        assert_eq!(run(&FUNCTION, doc, "paths./a.get.responses", None).len(), 1);
    }

    #[test]
    fn absent_responses_are_another_rules_finding() {
        let doc = "openapi: 3.0.0\npaths: {/a: {get: {}}}";
        assert!(run(&FUNCTION, doc, "paths./a.get.responses", None).is_empty());
    }
}
