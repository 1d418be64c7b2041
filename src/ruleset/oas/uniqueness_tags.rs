//! `uniquenessTags`: no two top-level tags share a name.

use super::common::{below, failure, key, no_options, strict_equal};
use crate::ruleset::function::{Context, Failure, Function, Segment};
use crate::tree::Node;

/// The function.
pub const FUNCTION: Function = Function {
    name: "uniquenessTags",
    call,
    check_options: no_options,
    reads_logical_path: false,
};

fn call(input: Option<&Node>, _: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(tags) = input.and_then(Node::as_seq) else {
        return Vec::new();
    };
    // Every tag must be an object with a string name, or nothing is checked.
    let Some(names) = tags
        .iter()
        .map(|t| t.get("name").filter(|n| n.as_str().is_some()))
        .collect::<Option<Vec<&Node>>>()
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, name) in names.iter().enumerate() {
        if names[..i].iter().any(|n| strict_equal(n, name)) {
            out.push(failure(
                format!(
                    "\"tags\" object contains duplicate tag name \"{}\".",
                    name.as_str().unwrap_or_default()
                ),
                below(cx, [Segment::Index(i), key("name")]),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::run;
    use super::FUNCTION;

    #[test]
    fn repeated_names_fail_after_the_first() {
        let doc = "tags: [{name: a}, {name: b}, {name: a}, {name: a}]";
        assert_eq!(
            run(&FUNCTION, doc, "tags", None),
            ["tags.2.name", "tags.3.name"]
        );
    }
}
