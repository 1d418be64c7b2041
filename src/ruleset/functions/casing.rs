//! `casing`: a string is in one casing (flat, camel, pascal, kebab, cobol, snake, macro),
//! optionally without digits, optionally as several such words joined by a separator.

use super::{at_input, options_map, print_value};
use crate::ruleset::function::{Context, Failure, Function};
use crate::tree::Node;

/// The function.
pub const FUNCTION: Function = Function {
    name: "casing",
    call,
    check_options,
    reads_logical_path: false,
};

const TYPES: [&str; 7] = [
    "flat", "camel", "pascal", "kebab", "cobol", "snake", "macro",
];

fn check_options(options: Option<&Node>) -> Result<(), String> {
    let map = options_map(options, &["type", "disallowDigits", "separator"])?;
    match map.get("type").and_then(|e| e.node.as_str()) {
        Some(t) if TYPES.contains(&t) => {}
        Some(t) => {
            return Err(format!(
                "unknown casing type `{t}` (the types are {})",
                TYPES.join(", ")
            ));
        }
        None => return Err(format!("`type` is required: one of {}", TYPES.join(", "))),
    }
    if let Some(e) = map.get("disallowDigits")
        && e.node.as_bool().is_none()
    {
        return Err("`disallowDigits` is true or false".into());
    }
    if let Some(e) = map.get("separator") {
        let sep = options_map(Some(&e.node), &["char", "allowLeading"])
            .map_err(|m| format!("`separator`: {m}"))?;
        match sep.get("char").and_then(|c| c.node.as_str()) {
            Some(c) if c.chars().count() == 1 => {}
            _ => return Err("`separator.char` is one character".into()),
        }
        if let Some(a) = sep.get("allowLeading")
            && a.node.as_bool().is_none()
        {
            return Err("`separator.allowLeading` is true or false".into());
        }
    }
    Ok(())
}

/// The regex source of one word in `kind`.
fn word(kind: &str, digits: bool) -> String {
    let d = if digits { "0-9" } else { "" };
    match kind {
        "flat" => format!("[a-z][a-z{d}]*"),
        "camel" => format!("[a-z][a-z{d}]*(?:[A-Z{d}](?:[a-z{d}]+|$))*"),
        "pascal" => format!("[A-Z][a-z{d}]*(?:[A-Z{d}](?:[a-z{d}]+|$))*"),
        "kebab" => format!("[a-z][a-z{d}]*(?:-[a-z{d}]+)*"),
        "cobol" => format!("[A-Z][A-Z{d}]*(?:-[A-Z{d}]+)*"),
        "snake" => format!("[a-z][a-z{d}]*(?:_[a-z{d}]+)*"),
        _ => format!("[A-Z][A-Z{d}]*(?:_[A-Z{d}]+)*"),
    }
}

fn call(input: Option<&Node>, options: Option<&Node>, cx: &Context<'_>) -> Vec<Failure> {
    // Spectral's casing takes a non-empty string (`minLength: 1`); anything else is skipped.
    let (Some(s), Some(o)) = (
        input.and_then(Node::as_str).filter(|s| !s.is_empty()),
        options,
    ) else {
        return Vec::new();
    };
    let kind = o.get("type").and_then(Node::as_str).unwrap_or("flat");
    let digits = o.get("disallowDigits").and_then(Node::as_bool) != Some(true);
    let w = word(kind, digits);
    let source = match o.get("separator") {
        Some(sep) => {
            let c = fancy_regex::escape(sep.get("char").and_then(Node::as_str).unwrap_or("-"))
                .into_owned();
            let leading = if sep.get("allowLeading").and_then(Node::as_bool) == Some(true) {
                format!("{c}?")
            } else {
                String::new()
            };
            format!("^{leading}{w}(?:{c}{w})*$")
        }
        None => format!("^{w}$"),
    };
    match super::pattern::regex(&source) {
        Ok(re) if !re.is_match(s).unwrap_or(false) => {
            at_input(cx, format!("{} must be {kind} case", print_value(input)))
        }
        _ => Vec::new(),
    }
}
