//! `alphabetical`: an object's keys, an array of scalars, or an array of objects by `keyedBy`,
//! are in alphabetical order. The failure points at the first item out of order.

use super::{options_map, print_value};
use crate::ruleset::function::{Context, Failure, Function, Segment};
use crate::tree::{Node, Value};
use std::cmp::Ordering;

/// The function.
pub const FUNCTION: Function = Function {
    name: "alphabetical",
    call,
    check_options,
};

fn check_options(options: Option<&Node>) -> Result<(), String> {
    if options.is_none() {
        return Ok(());
    }
    let map = options_map(options, &["keyedBy"])?;
    match map.get("keyedBy") {
        Some(e) if e.node.as_str().is_none() => Err("`keyedBy` is a property name".into()),
        _ => Ok(()),
    }
}

/// JS's default comparison of two scalars for sorting: numbers by value, the rest as text.
fn compare(a: &Node, b: &Node) -> Ordering {
    match (
        a.as_number().and_then(|n| n.as_f64()),
        b.as_number().and_then(|n| n.as_f64()),
    ) {
        (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
        _ => a
            .as_text()
            .unwrap_or_default()
            .cmp(b.as_text().unwrap_or_default()),
    }
}

fn call(input: Option<&Node>, options: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    let Some(input) = input else {
        return Vec::new();
    };
    let keyed_by = options
        .and_then(|o| o.get("keyedBy"))
        .and_then(Node::as_str);
    let failure = |at: Segment, message: String| {
        let mut path = cx.path.to_vec();
        path.push(at);
        vec![Failure { message, path }]
    };
    match &input.value {
        Value::Map(m) => {
            let keys: Vec<&str> = m.keys().map(|k| k.as_str()).collect();
            if let Some(i) = keys.windows(2).position(|w| w[0] > w[1]) {
                return failure(
                    Segment::Key(keys[i].to_string()),
                    format!("\"{}\" must be placed after \"{}\"", keys[i], keys[i + 1]),
                );
            }
        }
        Value::Seq(items) => match keyed_by {
            Some(key) => {
                let at = |n: &Node| n.get(key).cloned();
                for w in items.windows(2) {
                    if let (Some(a), Some(b)) = (at(&w[0]), at(&w[1]))
                        && compare(&a, &b) == Ordering::Greater
                    {
                        // With `keyedBy`, Spectral points at the array, not the item.
                        return vec![Failure {
                            message: "properties must follow the alphabetical order".into(),
                            path: cx.path.to_vec(),
                        }];
                    }
                }
            }
            None => {
                if items
                    .iter()
                    .any(|n| n.as_map().is_some() || n.as_seq().is_some())
                {
                    return Vec::new();
                }
                if let Some(i) = items
                    .windows(2)
                    .position(|w| compare(&w[0], &w[1]) == Ordering::Greater)
                {
                    return failure(
                        Segment::Index(i),
                        format!(
                            "{} must be placed after {}",
                            print_value(Some(&items[i])),
                            print_value(Some(&items[i + 1]))
                        ),
                    );
                }
            }
        },
        _ => {}
    }
    Vec::new()
}
