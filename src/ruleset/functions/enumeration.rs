//! `enumeration`: a scalar is one of `values`.

use super::{at_input, options_map, print_value};
use crate::ruleset::function::{Context, Failure, Function};
use crate::tree::Node;

/// The function.
pub const FUNCTION: Function = Function {
    name: "enumeration",
    call,
    check_options,
    reads_logical_path: false,
};

fn check_options(options: Option<&Node>) -> Result<(), String> {
    let map = options_map(options, &["values"])?;
    match map.get("values").map(|e| &e.node) {
        Some(v)
            if v.as_seq().is_some_and(|s| {
                s.iter()
                    .all(|x| x.as_map().is_none() && x.as_seq().is_none())
            }) =>
        {
            Ok(())
        }
        Some(_) => Err("`values` is a list of scalars".into()),
        None => Err("`values` is required".into()),
    }
}

fn call(input: Option<&Node>, options: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(input) = input else {
        return Vec::new();
    };
    if input.as_map().is_some() || input.as_seq().is_some() {
        return Vec::new();
    }
    let values = options
        .and_then(|o| o.get("values"))
        .and_then(Node::as_seq)
        .unwrap_or_default();
    if values.iter().any(|v| v.same_content(input)) {
        return Vec::new();
    }
    let allowed: Vec<String> = values.iter().map(|v| print_value(Some(v))).collect();
    at_input(
        cx,
        format!(
            "{} must be equal to one of the allowed values: {}",
            print_value(Some(input)),
            allowed.join(", ")
        ),
    )
}
