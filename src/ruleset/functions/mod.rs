//! Spectral's core functions, natively, one per file: their options checked when the ruleset
//! loads, their messages worded as Spectral words them (so `{{error}}` templates read the same).

mod alphabetical;
mod casing;
mod defined;
mod enumeration;
mod falsy;
mod length;
mod or;
mod pattern;
mod schema;
mod truthy;
mod undefined;
mod unreferenced;
mod xor;

use super::function::{Context, Failure, Function, Segment};
use crate::tree::{Node, Value};

/// The core functions. `typedEnum` is `spectral:oas`'s (it reads the document's version for
/// `nullable`), found after these.
pub const CORE: &[Function] = &[
    truthy::FUNCTION,
    falsy::FUNCTION,
    defined::FUNCTION,
    undefined::FUNCTION,
    pattern::FUNCTION,
    casing::FUNCTION,
    length::FUNCTION,
    enumeration::FUNCTION,
    alphabetical::FUNCTION,
    schema::FUNCTION,
    xor::FUNCTION,
    or::FUNCTION,
    unreferenced::FUNCTION,
];

/// The function a ruleset names: a core one, or one of `spectral:oas`'s.
pub fn find(name: &str) -> Option<&'static Function> {
    CORE.iter()
        .chain(super::oas::FUNCTIONS.iter())
        .find(|f| f.name == name)
}

/// Every name [`find`] knows, for "did you mean".
pub fn names() -> impl Iterator<Item = &'static str> {
    CORE.iter()
        .chain(super::oas::FUNCTIONS.iter())
        .map(|f| f.name)
}

/// One failure at the input's own path.
fn at_input(cx: &Context<'_>, message: String) -> Vec<Failure> {
    vec![Failure {
        message,
        path: cx.path.to_vec(),
    }]
}

/// Spectral's `#{{print("property")}}`: `"name" property ` for the input's last key, or
/// nothing at the root.
fn property(cx: &Context<'_>) -> String {
    match cx.path.last() {
        Some(Segment::Key(k)) => format!("\"{k}\" property "),
        Some(Segment::Index(i)) => format!("\"{i}\" property "),
        None => String::new(),
    }
}

/// Spectral's `printValue`: strings quoted, containers by kind.
pub fn print_value(node: Option<&Node>) -> String {
    match node.map(|n| &n.value) {
        None => "undefined".into(),
        Some(Value::Null) => "null".into(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::Number(n)) => n.text().to_string(),
        Some(Value::String(s)) => format!("\"{s}\""),
        Some(Value::Seq(_)) => "Array[]".into(),
        Some(Value::Map(_)) => "Object{}".into(),
    }
}

/// JavaScript truthiness of a value (absent is falsy).
fn truthy_value(node: Option<&Node>) -> bool {
    match node.map(|n| &n.value) {
        None | Some(Value::Null) | Some(Value::Bool(false)) => false,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0 && !f.is_nan()),
        Some(Value::String(s)) => !s.is_empty(),
        _ => true,
    }
}

/// Options must be absent (functions that take none).
fn no_options(options: Option<&Node>) -> Result<(), String> {
    match options {
        None
        | Some(Node {
            value: Value::Null, ..
        }) => Ok(()),
        Some(_) => Err("this function takes no options".into()),
    }
}

/// The options as a mapping whose keys are all among `allowed`.
fn options_map<'n>(
    options: Option<&'n Node>,
    allowed: &[&str],
) -> Result<&'n crate::tree::Map, String> {
    let Some(map) = options.and_then(Node::as_map) else {
        return Err(format!("options are a mapping with {}", allowed.join(", ")));
    };
    for k in map.keys() {
        if !allowed.contains(&k.as_str()) {
            return Err(format!(
                "unknown option `{k}` (the options are {})",
                allowed.join(", ")
            ));
        }
    }
    Ok(map)
}

/// `properties`: a list of at least `min` strings.
fn property_list(options: Option<&Node>, min: usize) -> Result<Vec<String>, String> {
    let map = options_map(options, &["properties"])?;
    let list = map
        .get("properties")
        .and_then(|e| e.node.as_seq())
        .ok_or("`properties` is required: a list of property names")?;
    let names: Vec<String> = list
        .iter()
        .filter_map(|n| n.as_str().map(str::to_string))
        .collect();
    if names.len() != list.len() || names.len() < min {
        return Err(format!(
            "`properties` is a list of at least {min} property names"
        ));
    }
    Ok(names)
}

/// `"a" and "b"`, `"a", "b" and "c"`.
fn quoted_list(names: &[String], last_joiner: &str) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    match q.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} {last_joiner} {last}", rest.join(", "))
        }
        _ => q.join(""),
    }
}

#[cfg(test)]
mod tests;
