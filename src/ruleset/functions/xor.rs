//! `xor`: exactly one of `properties` is defined on an object.

use super::{at_input, property_list, quoted_list};
use crate::ruleset::function::{Context, Failure, Function};
use crate::tree::Node;

/// The function.
pub const FUNCTION: Function = Function {
    name: "xor",
    call,
    check_options: |o| property_list(o, 2).map(|_| ()),
    reads_logical_path: false,
};

fn call(input: Option<&Node>, options: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let (Some(map), Ok(names)) = (input.and_then(Node::as_map), property_list(options, 2)) else {
        return Vec::new();
    };
    let defined = names.iter().filter(|n| map.contains_key(n)).count();
    if defined == 1 {
        return Vec::new();
    }
    at_input(
        cx,
        format!(
            "{} must not be both defined or both undefined",
            quoted_list(&names, "and")
        ),
    )
}
