//! `oasOpIdUnique`: no two operations share an `operationId`.

use super::common::{failure, key, no_options, operations, strict_equal};
use crate::ruleset::function::{Context, Failure, Function};
use crate::tree::Node;

/// The function.
pub const FUNCTION: Function = Function {
    name: "oasOpIdUnique",
    call,
    check_options: no_options,
    reads_logical_path: false,
};

fn call(input: Option<&Node>, _: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let mut seen: Vec<&Node> = Vec::new();
    let mut out = Vec::new();
    for op in operations(input, cx) {
        let Some(id) = op.node.get("operationId") else {
            continue;
        };
        if seen.iter().any(|s| strict_equal(s, id)) {
            // Spectral names the place from `paths`, whatever the rule's `given`.
            out.push(failure(
                "operationId must be unique.",
                vec![
                    key("paths"),
                    key(op.path),
                    key(op.method),
                    key("operationId"),
                ],
            ));
        } else {
            seen.push(id);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::run;
    use super::FUNCTION;

    #[test]
    fn the_second_use_of_an_id_fails() {
        let doc = "paths: {/a: {get: {operationId: x}, put: {operationId: y}}, /b: {get: {operationId: x}}}";
        assert_eq!(
            run(&FUNCTION, doc, "paths", None),
            ["paths./b.get.operationId"]
        );
    }

    #[test]
    fn non_operations_are_skipped() {
        let doc = "paths: {/a: {get: {operationId: x}, x-get: {operationId: x}, parameters: []}}";
        assert!(run(&FUNCTION, doc, "paths", None).is_empty());
    }
}
