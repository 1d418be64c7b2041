//! `typedEnum`: every `enum` member has the schema's `type` (with `nullable` / `x-nullable`
//! adding `null` in OpenAPI 3.0 / 2).

use super::common::{Formats, below, failure, key, no_options};
use crate::ruleset::function::{Context, Failure, Function, Segment};
use crate::tree::{Node, Value};

/// The function.
pub const FUNCTION: Function = Function {
    name: "typedEnum",
    call,
    check_options: no_options,
    reads_logical_path: false,
};

fn call(input: Option<&Node>, _: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(schema) = input else {
        return Vec::new();
    };
    let Some(members) = schema.get("enum").and_then(Node::as_seq) else {
        return Vec::new();
    };
    let mut types: Vec<&str> = match schema.get("type").map(|t| &t.value) {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Seq(items)) => match items.iter().map(Node::as_str).collect::<Option<_>>() {
            Some(list) => list,
            None => return Vec::new(),
        },
        _ => return Vec::new(),
    };
    let listed = matches!(schema.get("type").map(|t| &t.value), Some(Value::Seq(_)));
    let formats = Formats::of(cx.document);
    let flag = |k: &str| schema.get(k).and_then(Node::as_bool) == Some(true);
    let nullable = (formats.oas3_0 && flag("nullable")) || (formats.oas2 && flag("x-nullable"));
    if nullable {
        types.push("null");
    }
    let integers = types.contains(&"integer");
    let shown = types.join(",");
    let mut out = Vec::new();
    for (i, m) in members.iter().enumerate() {
        let ty = type_of(m, integers);
        // A single string type compares with `===`; a list (or nullable) with `includes`.
        let ok = if listed || nullable {
            types.contains(&ty)
        } else {
            types[0] == ty
        };
        if !ok {
            out.push(failure(
                format!("Enum value {} must be \"{shown}\".", print(m)),
                below(cx, [key("enum"), Segment::Index(i)]),
            ));
        }
    }
    out
}

/// The JSON Schema type of a value; whole numbers are `integer` only when that is asked for.
fn type_of(n: &Node, integers: bool) -> &'static str {
    match &n.value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::String(_) => "string",
        Value::Seq(_) => "array",
        Value::Map(_) => "object",
        Value::Number(x) => {
            if integers && x.as_f64().is_some_and(|f| f.fract() == 0.0) {
                "integer"
            } else {
                "number"
            }
        }
    }
}

/// A value as a message shows it.
fn print(n: &Node) -> String {
    match &n.value {
        Value::String(s) => format!("\"{s}\""),
        _ => n.to_json().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::common::testing::run;
    use super::FUNCTION;

    #[test]
    fn members_of_another_type_fail() {
        let doc = "openapi: 3.1.0\ns: {type: integer, enum: [1, 2.0, 2.5, '3']}";
        assert_eq!(run(&FUNCTION, doc, "s", None), ["s.enum.2", "s.enum.3"]);
    }

    #[test]
    fn nullable_admits_null_in_3_0_only() {
        let doc = "openapi: 3.0.3\ns: {type: string, nullable: true, enum: [a, null]}";
        assert!(run(&FUNCTION, doc, "s", None).is_empty());
        let doc = "openapi: 3.1.0\ns: {type: string, nullable: true, enum: [a, null]}";
        assert_eq!(run(&FUNCTION, doc, "s", None), ["s.enum.1"]);
        let doc = "swagger: '2.0'\ns: {type: string, x-nullable: true, enum: [null]}";
        assert!(run(&FUNCTION, doc, "s", None).is_empty());
    }

    #[test]
    fn type_lists() {
        let doc = "openapi: 3.1.0\ns: {type: [string, 'null'], enum: [a, null, 1]}";
        assert_eq!(run(&FUNCTION, doc, "s", None), ["s.enum.2"]);
    }
}
