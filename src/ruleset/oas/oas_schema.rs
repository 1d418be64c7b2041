//! `oasSchema`: the input is valid against the Schema Object in `functionOptions.schema`,
//! read in the dialect of the document's OpenAPI version.

use super::common::{Formats, failure};
use super::schema_check::{Refs, Relax, draft, rewrite_nullable, violations};
use crate::ruleset::function::{Context, Failure, Function};
use crate::tree::Node;

/// The function.
pub const FUNCTION: Function = Function {
    name: "oasSchema",
    call,
    check_options,
    reads_logical_path: false,
};

fn check_options(options: Option<&Node>) -> Result<(), String> {
    let map = options
        .and_then(Node::as_map)
        .ok_or("oasSchema needs functionOptions with `schema`")?;
    if let Some(k) = map.keys().find(|k| k.as_str() != "schema") {
        return Err(format!("unknown option `{k}` (only `schema` is allowed)"));
    }
    match map.get("schema") {
        Some(e) if e.node.as_map().is_some() => Ok(()),
        _ => Err("`schema` must be a mapping (a Schema Object)".into()),
    }
}

fn call(input: Option<&Node>, options: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(schema) = options.and_then(|o| o.get("schema")) else {
        return Vec::new();
    };
    validate(
        input,
        &schema.to_json(),
        cx,
        Refs::Document(cx.document, Formats::of(cx.document).oas2),
        Relax::default(),
        cx.path,
    )
}

/// `value` (absent: a failure, as Spectral's `schema` reports it) against `schema`, at `path`.
/// `refs`: where the schema's references point; `relax`: what is not required of the value.
pub fn validate(
    value: Option<&Node>,
    schema: &serde_json::Value,
    cx: &Context<'_>,
    refs: Refs<'_>,
    relax: Relax,
    path: &[crate::ruleset::function::Segment],
) -> Vec<Failure> {
    let Some(value) = value else {
        return vec![failure("the value must exist", path.to_vec())];
    };
    let formats = Formats::of(cx.document);
    let mut schema = schema.clone();
    rewrite_nullable(&mut schema, formats.oas2);
    violations(&value.to_json(), &schema, draft(formats), refs, relax, path)
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::run;
    use super::FUNCTION;

    #[test]
    fn duplicated_enum_members_fail_at_the_enum() {
        let o = Some("schema: {type: array, uniqueItems: true}");
        let doc = "openapi: 3.0.0\ns: {enum: [a, b, a]}";
        assert_eq!(run(&FUNCTION, doc, "s.enum", o), ["s.enum"]);
        let doc = "openapi: 3.0.0\ns: {enum: [a, b]}";
        assert!(run(&FUNCTION, doc, "s.enum", o).is_empty());
    }

    #[test]
    fn the_first_violation_is_located_inside_the_value() {
        let o = Some("schema: {type: object, properties: {n: {type: integer}}}");
        let doc = "openapi: 3.1.0\nv: {n: x}";
        assert_eq!(run(&FUNCTION, doc, "v", o), ["v.n"]);
    }

    /// A ruleset's schema that refers to itself (`#`, its own `definitions`) is resolved
    /// inside itself, not in the linted document.
    #[test]
    fn a_schema_refers_to_itself() {
        let o = Some("schema: {type: object, properties: {child: {$ref: '#'}}}");
        let doc = "openapi: 3.1.0\nv: {child: {child: 1}}";
        assert_eq!(run(&FUNCTION, doc, "v", o), ["v.child.child"]);
        let o = Some("schema: {$ref: '#/definitions/n', definitions: {n: {type: integer}}}");
        let doc = "openapi: 3.1.0\ndefinitions: {n: {type: string}}\nv: 1";
        assert!(run(&FUNCTION, doc, "v", o).is_empty());
    }

    #[test]
    fn nullable_admits_null() {
        let o = Some("schema: {type: string, nullable: true}");
        assert!(run(&FUNCTION, "openapi: 3.0.0\nv: null", "v", o).is_empty());
        let o = Some("schema: {type: string, x-nullable: true}");
        assert!(run(&FUNCTION, "swagger: '2.0'\nv: null", "v", o).is_empty());
    }
}
