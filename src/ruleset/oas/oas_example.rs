//! `oasExample`: the examples and defaults of a schema, parameter, header or media type are
//! valid against its schema.

use super::common::{Formats, key};
use super::oas_schema::validate;
use super::schema_check::{Refs, Relax};
use crate::ruleset::function::{Context, Failure, Function, Segment};
use crate::tree::{Node, Value as Tree};
use serde_json::Value;

/// The function.
pub const FUNCTION: Function = Function {
    name: "oasExample",
    call,
    check_options,
    reads_logical_path: true,
};

/// What the given node is: a Schema Object whose own `example`/`default` are checked, or an
/// object with a `schema` and `example`/`examples` beside it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Schema,
    Media,
}

struct Settings<'a> {
    v2: bool,
    kind: Kind,
    /// `$` (the input is the schema) or the field holding it.
    schema_field: &'a str,
}

fn settings(options: Option<&Node>) -> Result<Settings<'_>, String> {
    let map = options
        .and_then(Node::as_map)
        .ok_or("oasExample needs functionOptions (oasVersion, schemaField, type)")?;
    let mut s = Settings {
        v2: false,
        kind: Kind::Schema,
        schema_field: "$",
    };
    for (k, e) in map.iter() {
        match (k.as_str(), &e.node.value) {
            ("oasVersion", Tree::Number(n)) if matches!(n.as_i64(), Some(2 | 3)) => {
                s.v2 = n.as_i64() == Some(2)
            }
            ("schemaField", Tree::String(f)) => s.schema_field = f,
            ("type", Tree::String(t)) if t == "schema" || t == "media" => {
                s.kind = if t == "media" {
                    Kind::Media
                } else {
                    Kind::Schema
                }
            }
            ("oasVersion" | "schemaField" | "type", _) => {
                return Err(format!(
                    "bad `{k}`: oasVersion is 2 or 3, schemaField a string, type `schema` or `media`"
                ));
            }
            _ => return Err(format!("unknown option `{k}`")),
        }
    }
    Ok(s)
}

fn check_options(options: Option<&Node>) -> Result<(), String> {
    settings(options).map(|_| ())
}

fn call(input: Option<&Node>, options: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let (Some(target), Ok(s)) = (input.filter(|n| n.as_map().is_some()), settings(options)) else {
        return Vec::new();
    };
    // The document holding the schema: its references are relative to it.
    let (schema_node, schema_doc) = if s.schema_field == "$" {
        (Some(target), cx.resolver.map(|r| r.doc))
    } else {
        match target.get(s.schema_field).map(|n| cx.deref_in(n)) {
            Some((n, d)) => (Some(n), d),
            None => (None, None),
        }
    };
    let Some(mut schema) = schema_node.map(Node::to_json).filter(Value::is_object) else {
        return Vec::new();
    };
    if Formats::of(cx.document).oas2
        && let Some(o) = schema.as_object_mut()
        && o.get("required").is_some_and(Value::is_boolean)
    {
        o.remove("required");
    }
    let relax = match s.kind {
        Kind::Media => media_direction(cx.logical_path, s.v2),
        Kind::Schema => Relax::default(),
    };
    // Resolved: references in any file are followed from the schema's own document, as in
    // Spectral's resolved document. Unresolved: local ones look into the linted document.
    let refs = match (cx.resolver, schema_doc) {
        (Some(r), Some(doc)) => Refs::Resolved {
            docs: r.docs,
            doc,
            oas2: Formats::of(cx.document).oas2,
        },
        _ => Refs::Document(cx.document, Formats::of(cx.document).oas2),
    };
    items(target, &s, cx)
        .into_iter()
        .flat_map(|(value, path)| validate(value, &schema, cx, refs, relax, &path))
        .collect()
}

/// The values to check, with their paths.
fn items<'a>(
    target: &'a Node,
    s: &Settings<'_>,
    cx: &Context<'a>,
) -> Vec<(Option<&'a Node>, Vec<Segment>)> {
    let path = cx.path;
    let at = |rest: &[&str]| {
        let mut p = path.to_vec();
        p.extend(rest.iter().map(|k| key(k)));
        p
    };
    let mut out = Vec::new();
    match s.kind {
        Kind::Schema => {
            let fields: &[&str] = if s.v2 {
                &["example", "x-example", "default"]
            } else {
                &["example", "default"]
            };
            for f in fields {
                if let Some(v) = target.get(f) {
                    out.push((Some(v), at(&[f])));
                }
            }
        }
        // OpenAPI 3: `example` if present, else each of `examples`' `value`s. OpenAPI 2: each
        // member of `examples` (by media type) is itself the value.
        Kind::Media => {
            if !s.v2
                && let Some(v) = target.get("example")
            {
                out.push((Some(v), at(&["example"])));
                return out;
            }
            let Some((examples, examples_doc)) =
                target.get("examples").map(|n| cx.deref_within(None, n))
            else {
                return out;
            };
            let Some(examples) = examples.as_map() else {
                return out;
            };
            for (name, e) in examples.iter() {
                let (example, _) = cx.deref_within(examples_doc, &e.node);
                if s.v2 {
                    out.push((Some(example), at(&["examples", name])));
                } else if example.as_map().is_some() && example.get("externalValue").is_none() {
                    out.push((example.get("value"), at(&["examples", name, "value"])));
                }
            }
        }
    }
    out
}

/// What the media type's examples need not hold: read-only properties in a request's,
/// write-only ones in a response's.
fn media_direction(path: &[Segment], v2: bool) -> Relax {
    let starts = |prefix: &[&str]| {
        prefix.len() <= path.len()
            && prefix
                .iter()
                .zip(path)
                .all(|(p, s)| *p == "*" || matches!(s, Segment::Key(k) if k == p))
    };
    let operation = starts(&["paths", "*", "*", "responses"]);
    if v2 {
        Relax {
            request: false,
            response: starts(&["responses"]) || operation,
        }
    } else {
        Relax {
            request: starts(&["components", "requestBodies"])
                || starts(&["paths", "*", "*", "requestBody"]),
            response: starts(&["components", "responses"]) || operation,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::run;
    use super::FUNCTION;

    const SCHEMA: Option<&str> = Some("{schemaField: $, oasVersion: 3, type: schema}");
    const MEDIA: Option<&str> = Some("{schemaField: schema, oasVersion: 3, type: media}");

    #[test]
    fn a_schemas_example_and_default_are_checked() {
        let doc = "openapi: 3.0.0\ns: {type: integer, example: x, default: 1}";
        assert_eq!(run(&FUNCTION, doc, "s", SCHEMA), ["s.example"]);
    }

    #[test]
    fn media_examples_are_checked_at_their_value() {
        let doc = "openapi: 3.0.0
m:
  schema: {type: object, properties: {n: {type: integer}}}
  examples: {a: {value: {n: x}}, b: {externalValue: 'http://x'}, c: {summary: no value}}
";
        assert_eq!(
            run(&FUNCTION, doc, "m", MEDIA),
            ["m.examples.a.value.n", "m.examples.c.value"]
        );
    }

    #[test]
    fn read_only_properties_are_not_required_of_requests() {
        let doc = "openapi: 3.0.0
paths: {/a: {post: {requestBody: {content: {a/json: {
  schema: {type: object, required: [id], properties: {id: {readOnly: true}}},
  example: {}}}}}}}
";
        assert!(
            run(
                &FUNCTION,
                doc,
                "paths./a.post.requestBody.content.a/json",
                MEDIA
            )
            .is_empty()
        );
    }

    #[test]
    fn swagger_2_media_examples_are_the_values() {
        let doc = "swagger: '2.0'\nr: {schema: {type: string}, examples: {application/json: 1}}";
        let o = Some("{schemaField: schema, oasVersion: 2, type: media}");
        assert_eq!(run(&FUNCTION, doc, "r", o), ["r.examples.application/json"]);
    }
}
