//! `length`: the length of a string (characters), array (items) or object (members), or a
//! number's value, is within `min` and `max`.

use super::{at_input, options_map, property};
use crate::ruleset::function::{Context, Failure, Function};
use crate::tree::{Node, Value};

/// The function.
pub const FUNCTION: Function = Function {
    name: "length",
    call,
    check_options,
    reads_logical_path: false,
};

fn check_options(options: Option<&Node>) -> Result<(), String> {
    let map = options_map(options, &["min", "max"])?;
    if map.is_empty() {
        return Err("give `min` or `max`".into());
    }
    for (k, e) in map.iter() {
        if e.node.as_number().and_then(|n| n.as_f64()).is_none() {
            return Err(format!("`{k}` is a number"));
        }
    }
    Ok(())
}

fn call(input: Option<&Node>, options: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(input) = input else {
        return Vec::new();
    };
    let value = match &input.value {
        Value::String(s) => s.chars().count() as f64,
        Value::Seq(s) => s.len() as f64,
        Value::Map(m) => m.len() as f64,
        Value::Number(n) => n.as_f64().unwrap_or(0.0),
        _ => return Vec::new(),
    };
    let bound = |k: &str| {
        options
            .and_then(|o| o.get(k))
            .and_then(Node::as_number)
            .map(|n| (n.as_f64().unwrap_or(0.0), n.text().to_string()))
    };
    if let Some((min, text)) = bound("min")
        && value < min
    {
        return at_input(cx, format!("{}must be longer than {text}", property(cx)));
    }
    if let Some((max, text)) = bound("max")
        && value > max
    {
        return at_input(cx, format!("{}must be shorter than {text}", property(cx)));
    }
    Vec::new()
}
