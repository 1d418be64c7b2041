//! `typedEnum`: every `enum` member of a schema has one of the schema's `type`s (`null` is
//! allowed by `nullable: true` too).

use super::no_options;
use crate::ruleset::function::{Context, Failure, Function, Segment};
use crate::tree::{Node, Value};

/// The function.
pub const FUNCTION: Function = Function {
    name: "typedEnum",
    call,
    check_options: no_options,
};

fn has_type(v: &Node, ty: &str) -> bool {
    match (&v.value, ty) {
        (Value::Null, "null") | (Value::Bool(_), "boolean") | (Value::String(_), "string") => true,
        (Value::Seq(_), "array") | (Value::Map(_), "object") => true,
        (Value::Number(_), "number") => true,
        (Value::Number(n), "integer") => n.as_f64().is_some_and(|f| f.fract() == 0.0),
        _ => false,
    }
}

fn call(input: Option<&Node>, _: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(schema) = input else { return Vec::new() };
    let (Some(members), Some(ty)) = (schema.get("enum").and_then(Node::as_seq), schema.get("type")) else {
        return Vec::new();
    };
    let types: Vec<&str> = match &ty.value {
        Value::String(s) => vec![s.as_str()],
        Value::Seq(s) => s.iter().filter_map(Node::as_str).collect(),
        _ => return Vec::new(),
    };
    let nullable = schema.get("nullable").and_then(Node::as_bool) == Some(true);
    let shown = types.iter().map(|t| format!("\"{t}\"")).collect::<Vec<_>>().join(" or ");
    let mut out = Vec::new();
    for (i, m) in members.iter().enumerate() {
        if types.iter().any(|t| has_type(m, t)) || (nullable && matches!(m.value, Value::Null)) {
            continue;
        }
        let mut path = cx.path.to_vec();
        path.extend([Segment::Key("enum".into()), Segment::Index(i)]);
        out.push(Failure {
            message: format!("Enum value {} must be {shown}.", super::print_value(Some(m))),
            path,
        });
    }
    out
}
