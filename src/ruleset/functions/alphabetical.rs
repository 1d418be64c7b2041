//! `alphabetical`: an object's keys, an array of scalars, or an array of objects by `keyedBy`,
//! are in alphabetical order. The failure points at the first item out of order.

use super::{options_map, print_value};
use crate::ruleset::function::{Context, Failure, Function, Segment};
use crate::tree::{Node, Value};
use icu_collator::options::CollatorOptions;
use icu_collator::{CollatorBorrowed, CollatorPreferences};
use std::cmp::Ordering;
use std::sync::LazyLock;

/// The function.
pub const FUNCTION: Function = Function {
    name: "alphabetical",
    call,
    check_options,
    reads_logical_path: false,
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

/// ICU's root collation, which V8's `localeCompare` uses: `a` before `B`, `TLSv1.1` after
/// `TLSv1_`.
static COLLATOR: LazyLock<Option<CollatorBorrowed<'static>>> = LazyLock::new(|| {
    CollatorBorrowed::try_new(CollatorPreferences::default(), CollatorOptions::default()).ok()
});

/// JavaScript's `Number(v)` of a scalar: `NaN` for text that is not a number.
fn js_number(n: &Node) -> f64 {
    if let Some(x) = n.as_number().and_then(|x| x.as_f64()) {
        return x;
    }
    match &n.value {
        Value::Bool(b) => f64::from(u8::from(*b)),
        Value::Null => 0.0,
        Value::Seq(_) | Value::Map(_) => f64::NAN,
        _ => js_number_of_text(n.as_str().unwrap_or_default()),
    }
}

/// JavaScript's `Number(text)`.
fn js_number_of_text(text: &str) -> f64 {
    let t = text.trim();
    let plain = t
        .strip_prefix(['+', '-'])
        .unwrap_or(t)
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'));
    match t {
        "" => 0.0,
        "Infinity" | "+Infinity" => f64::INFINITY,
        "-Infinity" => f64::NEG_INFINITY,
        _ if plain => t.parse().unwrap_or(f64::NAN),
        _ => f64::NAN,
    }
}

/// Spectral's comparison, as written: numbers by value when the first is a number or not
/// numeric and the second a number or numeric (a `NaN` difference counts as in order),
/// strings by `localeCompare`, anything else as equal. `Greater` is out of order.
fn compare(a: &Node, b: &Node) -> Ordering {
    let (x, y) = (js_number(a), js_number(b));
    if (a.as_number().is_some() || x.is_nan()) && (b.as_number().is_some() || !y.is_nan()) {
        return (x - y).partial_cmp(&0.0).unwrap_or(Ordering::Equal);
    }
    match (a.as_str(), b.as_str()) {
        (Some(a), Some(b)) => text_order(a, b),
        _ => Ordering::Equal,
    }
}

/// [`compare`] of two keys (strings): a key that is not numeric before one that is is in
/// order (the difference is `NaN`); any other pair compares as text.
fn compare_keys(a: &str, b: &str) -> Ordering {
    if js_number_of_text(a).is_nan() && !js_number_of_text(b).is_nan() {
        return Ordering::Equal;
    }
    text_order(a, b)
}

/// `a.localeCompare(b)`.
fn text_order(a: &str, b: &str) -> Ordering {
    match COLLATOR.as_ref() {
        Some(c) => c.compare(a, b),
        None => a.cmp(b),
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
            if let Some(i) = keys
                .windows(2)
                .position(|w| compare_keys(w[0], w[1]) == Ordering::Greater)
            {
                return failure(
                    Segment::Key(keys[i].to_string()),
                    format!("\"{}\" must be placed after \"{}\"", keys[i], keys[i + 1]),
                );
            }
        }
        // Fewer than two items are in order whatever they are, as in Spectral.
        Value::Seq(items) if items.len() >= 2 => {
            // Spectral reports a list it cannot order at the list.
            let whole = |message: &str| {
                vec![Failure {
                    message: message.into(),
                    path: cx.path.to_vec(),
                }]
            };
            let scalar = |n: &Node| n.as_str().is_some() || n.as_number().is_some();
            const TYPES: &str = "must be one of the allowed types: number, string";
            match keyed_by {
                Some(key) => {
                    if items
                        .iter()
                        .any(|n| n.as_map().is_none() && n.as_seq().is_none())
                    {
                        return whole("must be an object");
                    }
                    let values: Vec<&Node> = items.iter().filter_map(|n| n.get(key)).collect();
                    if values.len() < items.len() || !values.iter().all(|v| scalar(v)) {
                        return whole(TYPES);
                    }
                    if values
                        .windows(2)
                        .any(|w| compare(w[0], w[1]) == Ordering::Greater)
                    {
                        // With `keyedBy`, Spectral points at the array, not the item.
                        return whole("properties must follow the alphabetical order");
                    }
                }
                None => {
                    if !items.iter().all(scalar) {
                        return whole(TYPES);
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
            }
        }
        _ => {}
    }
    Vec::new()
}
