//! `oasDiscriminator`: a Swagger 2 `discriminator` names a property the schema defines and
//! requires.

use super::common::{below, failure, key, no_options};
use crate::ruleset::function::{Context, Failure, Function};
use crate::tree::Node;

/// The function.
pub const FUNCTION: Function = Function {
    name: "oasDiscriminator",
    call,
    check_options: no_options,
    reads_logical_path: false,
};

fn call(input: Option<&Node>, _: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(schema) = input else {
        return Vec::new();
    };
    let Some(name) = schema.get("discriminator").and_then(Node::as_str) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let defined = schema
        .get("properties")
        .and_then(Node::as_map)
        .is_some_and(|p| p.contains_key(name));
    if !defined {
        out.push(failure(
            "The discriminator property must be defined in this schema.",
            below(cx, [key("properties")]),
        ));
    }
    let required = schema
        .get("required")
        .and_then(Node::as_seq)
        .is_some_and(|r| r.iter().any(|n| n.as_str() == Some(name)));
    if !required {
        out.push(failure(
            "The discriminator property must be in the required property list.",
            below(cx, [key("required")]),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::run;
    use super::FUNCTION;

    #[test]
    fn property_must_be_defined_and_required() {
        let doc = "d: {Pet: {discriminator: kind, properties: {kind: {}}}}";
        assert_eq!(run(&FUNCTION, doc, "d.Pet", None), ["d.Pet.required"]);
        let doc = "d: {Pet: {discriminator: kind}}";
        assert_eq!(
            run(&FUNCTION, doc, "d.Pet", None),
            ["d.Pet.properties", "d.Pet.required"]
        );
        let doc = "d: {Pet: {discriminator: kind, properties: {kind: {}}, required: [kind]}}";
        assert!(run(&FUNCTION, doc, "d.Pet", None).is_empty());
    }
}
