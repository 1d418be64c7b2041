//! `or`: at least one of `properties` is defined on an object.

use super::{at_input, property_list, quoted_list};
use crate::ruleset::function::{Context, Failure, Function};
use crate::tree::Node;

/// The function.
pub const FUNCTION: Function = Function {
    name: "or",
    call,
    check_options: |o| property_list(o, 1).map(|_| ()),
    reads_logical_path: false,
};

fn call(input: Option<&Node>, options: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let (Some(map), Ok(names)) = (input.and_then(Node::as_map), property_list(options, 1)) else {
        return Vec::new();
    };
    if names.iter().any(|n| map.contains_key(n)) {
        return Vec::new();
    }
    at_input(
        cx,
        format!(
            "at least one of {} must be defined",
            quoted_list(&names, "or")
        ),
    )
}
