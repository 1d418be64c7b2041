//! `refSiblings`: a `$ref` stands alone in its object (OpenAPI 2 and 3.0 ignore its siblings).

use super::common::{at, failure, key, no_options};
use crate::ruleset::function::{Context, Failure, Function};
use crate::tree::Node;

/// The function.
pub const FUNCTION: Function = Function {
    name: "refSiblings",
    call,
    check_options: no_options,
    reads_logical_path: false,
};

/// The input is the `$ref` value; its parent object is what is checked.
fn call(_: Option<&Node>, _: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some((_, parent_path)) = cx.path.split_last() else {
        return Vec::new();
    };
    let Some(parent) = at(cx.document, parent_path).and_then(Node::as_map) else {
        return Vec::new();
    };
    if parent.len() == 1 {
        return Vec::new();
    }
    parent
        .keys()
        .filter(|k| k.as_str() != "$ref")
        .map(|k| {
            let mut path = parent_path.to_vec();
            path.push(key(k));
            failure("$ref must not be placed next to any other properties", path)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::run;
    use super::FUNCTION;

    #[test]
    fn each_sibling_fails() {
        let doc = "a: {description: d, $ref: '#/b', title: t}";
        assert_eq!(
            run(&FUNCTION, doc, "a.$ref", None),
            ["a.description", "a.title"]
        );
        assert!(run(&FUNCTION, "a: {$ref: '#/b'}", "a.$ref", None).is_empty());
    }
}
