//! `falsy`: the value is absent, `false`, `0`, `""` or `null`.

use super::{at_input, no_options, property, truthy_value};
use crate::ruleset::function::{Context, Failure, Function};
use crate::tree::Node;

/// The function.
pub const FUNCTION: Function = Function {
    name: "falsy",
    call,
    check_options: no_options,
    reads_logical_path: false,
};

fn call(input: Option<&Node>, _: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    if !truthy_value(input) {
        return Vec::new();
    }
    at_input(cx, format!("{}must be falsy", property(cx)))
}
