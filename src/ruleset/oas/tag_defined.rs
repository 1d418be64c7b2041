//! `oasTagDefined`: every tag an operation names is declared in the top-level `tags`.

use super::common::{failure, key, no_options, operations};
use crate::ruleset::function::{Context, Failure, Function, Segment};
use crate::tree::Node;

/// The function.
pub const FUNCTION: Function = Function {
    name: "oasTagDefined",
    call,
    check_options: no_options,
    reads_logical_path: false,
};

fn call(input: Option<&Node>, _: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(doc) = input.filter(|n| n.as_map().is_some()) else {
        return Vec::new();
    };
    let declared: Vec<&str> = doc
        .get("tags")
        .and_then(Node::as_seq)
        .unwrap_or_default()
        .iter()
        .filter_map(|t| t.get("name").and_then(Node::as_str))
        .collect();
    let mut out = Vec::new();
    for op in operations(doc.get("paths"), cx) {
        let Some(tags) = op.node.get("tags").and_then(Node::as_seq) else {
            continue;
        };
        for (i, tag) in tags.iter().enumerate() {
            if !tag.as_str().is_some_and(|t| declared.contains(&t)) {
                out.push(failure(
                    "Operation tags must be defined in global tags.",
                    vec![
                        key("paths"),
                        key(op.path),
                        key(op.method),
                        key("tags"),
                        Segment::Index(i),
                    ],
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::run;
    use super::FUNCTION;

    #[test]
    fn undeclared_tags_fail() {
        let doc = "tags: [{name: a}]\npaths: {/x: {get: {tags: [a, b]}}}";
        assert_eq!(run(&FUNCTION, doc, "", None), ["paths./x.get.tags.1"]);
    }

    #[test]
    fn without_global_tags_every_tag_fails() {
        let doc = "paths: {/x: {get: {tags: [a]}, post: {tags: []}}}";
        assert_eq!(run(&FUNCTION, doc, "", None), ["paths./x.get.tags.0"]);
    }
}
