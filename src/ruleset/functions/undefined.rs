//! `undefined`: the value is absent.

use super::{at_input, no_options, property};
use crate::ruleset::function::{Context, Failure, Function};
use crate::tree::Node;

/// The function.
pub const FUNCTION: Function = Function {
    name: "undefined",
    call,
    check_options: no_options,
    reads_logical_path: false,
};

fn call(input: Option<&Node>, _: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    if input.is_none() {
        return Vec::new();
    }
    at_input(cx, format!("{}must be undefined", property(cx)))
}
